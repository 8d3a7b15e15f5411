// The one-pass Adam/AdamW and SGD against LibTorch's own implementations.
#include "core/train/FastAdam.h"
#include "core/train/FastSgd.h"

#include <torch/optim/adam.h>
#include <torch/utils.h>

#include <QtTest>

#include <cmath>
#include <vector>

namespace {

constexpr int kSteps = 25;

/// Runs `steps` updates with the same random gradients through both optimizers; returns the largest
/// absolute difference between their parameters.
double maxDifference(bool decoupled, double weightDecay) {
    torch::manual_seed(5);
    const torch::Tensor init = torch::randn({37, 53});
    torch::Tensor a = init.clone().set_requires_grad(true);
    torch::Tensor b = init.clone().set_requires_grad(true);
    const auto options = torch::optim::AdamWOptions(3e-3).weight_decay(weightDecay);
    ts::FastAdam fast({a}, options, decoupled);
    std::unique_ptr<torch::optim::Optimizer> reference;
    if (decoupled) reference = std::make_unique<torch::optim::AdamW>(std::vector<torch::Tensor>{b}, options);
    else reference = std::make_unique<torch::optim::Adam>(std::vector<torch::Tensor>{b},
                                                          torch::optim::AdamOptions(3e-3).weight_decay(weightDecay));
    for (int i = 0; i < kSteps; ++i) {
        const torch::Tensor g = torch::randn({37, 53});
        a.mutable_grad() = g.clone();
        b.mutable_grad() = g.clone();
        fast.step();
        reference->step();
    }
    return (a - b).abs().max().item<double>();
}

/// The one-pass SGD and LibTorch's, `kSteps` steps on the same random gradients (a parameter of 300,000 elements, in
/// several parallel chunks, and a small one with a tail); the largest difference between their parameters. `norms`
/// gets the largest relative difference between the readout's gradient norm and the gradients' own.
double sgdDifference(double momentum, double dampening, double weightDecay, bool nesterov, double& norms) {
    torch::manual_seed(9);
    const std::vector<std::vector<int64_t>> shapes{{300000}, {7, 3}};
    std::vector<torch::Tensor> a, b;
    for (const auto& shape : shapes) {
        const torch::Tensor init = torch::randn(shape);
        a.push_back(init.clone().set_requires_grad(true));
        b.push_back(init.clone().set_requires_grad(true));
    }
    const auto options =
        torch::optim::SGDOptions(3e-2).momentum(momentum).dampening(dampening).weight_decay(weightDecay).nesterov(nesterov);
    std::vector<torch::optim::OptimizerParamGroup> groups{torch::optim::OptimizerParamGroup(a)};
    ts::FastSgd fast(groups, options);
    torch::optim::SGD reference(b, options);
    norms = 0.0;
    for (int i = 0; i < kSteps; ++i) {
        std::vector<torch::Tensor> grads;
        for (size_t k = 0; k < a.size(); ++k) {
            const torch::Tensor g = torch::randn(a[k].sizes());
            a[k].mutable_grad() = g.clone();
            b[k].mutable_grad() = g.clone();
            grads.push_back(g.flatten());
        }
        fast.step();
        reference.step();
        const double norm = torch::cat(grads).to(torch::kDouble).norm().item<double>();
        norms = std::max(norms, std::abs(fast.gradientNorm() - norm) / norm);
    }
    double diff = 0.0;
    for (size_t k = 0; k < a.size(); ++k) diff = std::max(diff, (a[k] - b[k]).abs().max().item<double>());
    return diff;
}

/// Saves `from`'s state as a checkpoint does and loads it into `to`.
void copyState(torch::optim::Optimizer& from, torch::optim::Optimizer& to) {
    torch::serialize::OutputArchive out;
    from.save(out);
    std::ostringstream bytes;
    out.save_to(bytes);
    torch::serialize::InputArchive in;
    std::istringstream readBack(bytes.str());
    in.load_from(readBack);
    to.load(in);
}

}  // namespace

class TestOptimizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesLibTorch_data();
    void matchesLibTorch();
    void stateSurvivesSaveAndLoad();
    void sgdMatchesLibTorchBitForBit_data();
    void sgdMatchesLibTorchBitForBit();
    void sgdStateSurvivesSaveAndLoad();
    void reportsNonFiniteGradientsOfTheLastStep();
    void adamRoundsAsDocumented_data();
    void adamRoundsAsDocumented();
};

// The trainer relies on this instead of its own pass over the gradients.
void TestOptimizer::reportsNonFiniteGradientsOfTheLastStep() {
    torch::set_num_threads(2);  // several parallel chunks: a NaN in the last one must still be seen
    torch::Tensor big = torch::zeros({300000}).set_requires_grad(true);
    torch::Tensor small = torch::zeros({7, 3}).set_requires_grad(true);
    ts::FastAdam fast({big, small}, torch::optim::AdamWOptions(1e-3), true);
    big.mutable_grad() = torch::randn({300000});
    small.mutable_grad() = torch::randn({7, 3});
    fast.step();
    QCOMPARE(fast.nonFiniteGradient(), 0.0);

    big.mutable_grad()[299999] = std::numeric_limits<float>::quiet_NaN();
    fast.step();
    QVERIFY(std::isnan(fast.nonFiniteGradient()));

    big.mutable_grad()[299999] = 1.0f;
    small.mutable_grad()[6][2] = -std::numeric_limits<float>::infinity();
    fast.step();
    QVERIFY(std::isinf(fast.nonFiniteGradient()));

    // A non-contiguous gradient takes the tensor-operation path, which checks too.
    small.mutable_grad() = torch::randn({3, 7}).t();
    small.mutable_grad()[0][0] = std::numeric_limits<float>::quiet_NaN();
    big.mutable_grad() = torch::randn({300000});
    fast.step();
    QVERIFY(std::isnan(fast.nonFiniteGradient()));

    small.mutable_grad() = torch::randn({7, 3});
    fast.step();  // the flag is per step
    QCOMPARE(fast.nonFiniteGradient(), 0.0);
}

void TestOptimizer::matchesLibTorch_data() {
    QTest::addColumn<bool>("decoupled");
    QTest::addColumn<double>("weightDecay");
    QTest::newRow("adamw") << true << 1e-2;
    QTest::newRow("adam, L2") << false << 1e-2;
    QTest::newRow("adam, no decay") << false << 0.0;
}

void TestOptimizer::matchesLibTorch() {
    QFETCH(bool, decoupled);
    QFETCH(double, weightDecay);
    const double diff = maxDifference(decoupled, weightDecay);
    QVERIFY2(diff < 1e-5, qPrintable(QString::number(diff)));  // parameters move by ~0.07 over the steps
}

void TestOptimizer::stateSurvivesSaveAndLoad() {
    torch::manual_seed(1);
    torch::Tensor p = torch::randn({8, 4}).set_requires_grad(true);
    ts::FastAdam first({p}, torch::optim::AdamWOptions(1e-2), true);
    p.mutable_grad() = torch::ones({8, 4});
    first.step();

    torch::Tensor q = p.detach().clone().set_requires_grad(true);
    ts::FastAdam second({q}, torch::optim::AdamWOptions(1e-2), true);
    copyState(first, second);
    p.mutable_grad() = torch::full({8, 4}, 0.5);
    q.mutable_grad() = torch::full({8, 4}, 0.5);
    first.step();
    second.step();  // with the loaded moments and step count, the second step is the same
    QCOMPARE((p - q).abs().max().item<double>(), 0.0);
}

void TestOptimizer::sgdMatchesLibTorchBitForBit_data() {
    QTest::addColumn<double>("momentum");
    QTest::addColumn<double>("dampening");
    QTest::addColumn<double>("weightDecay");
    QTest::addColumn<bool>("nesterov");
    QTest::newRow("plain (the seed preset)") << 0.0 << 0.0 << 0.0 << false;
    QTest::newRow("weight decay") << 0.0 << 0.0 << 1e-2 << false;
    QTest::newRow("momentum") << 0.9 << 0.0 << 0.0 << false;
    QTest::newRow("momentum, dampening, decay") << 0.9 << 0.1 << 1e-3 << false;
    QTest::newRow("nesterov") << 0.9 << 0.0 << 1e-3 << true;
}

// The seed preset reproduces the tutorial's accuracies only if every update rounds as LibTorch's does.
void TestOptimizer::sgdMatchesLibTorchBitForBit() {
    QFETCH(double, momentum);
    QFETCH(double, dampening);
    QFETCH(double, weightDecay);
    QFETCH(bool, nesterov);
    torch::set_num_threads(2);
    double norms = 0.0;
    const double diff = sgdDifference(momentum, dampening, weightDecay, nesterov, norms);
    QCOMPARE(diff, 0.0);
    QVERIFY2(norms < 1e-6, qPrintable(QString::number(norms)));
}

void TestOptimizer::sgdStateSurvivesSaveAndLoad() {
    torch::manual_seed(2);
    torch::Tensor p = torch::randn({8, 4}).set_requires_grad(true);
    const auto options = torch::optim::SGDOptions(1e-2).momentum(0.9);
    ts::FastSgd first({torch::optim::OptimizerParamGroup({p})}, options);
    p.mutable_grad() = torch::ones({8, 4});
    first.step();
    // LibTorch's SGD reads the momentum buffer the one-pass SGD wrote, and the next steps agree.
    torch::Tensor q = p.detach().clone().set_requires_grad(true);
    torch::optim::SGD second({q}, options);
    copyState(first, second);
    p.mutable_grad() = torch::full({8, 4}, 0.5);
    q.mutable_grad() = torch::full({8, 4}, 0.5);
    first.step();
    second.step();
    QCOMPARE((p - q).abs().max().item<double>(), 0.0);
}

QTEST_APPLESS_MAIN(TestOptimizer)
void TestOptimizer::adamRoundsAsDocumented_data() {
    QTest::addColumn<bool>("decoupled");
    QTest::newRow("adamw") << true;
    QTest::newRow("adam, L2") << false;
}

// Whatever vectors the processor runs the element loop on (AVX-512, AVX2, SSE2), each step is AdamCoefficients'
// arithmetic, every operation rounded to float in order (this file's loop, built without FMA), bit for bit: a fused
// multiply-add or a reordering anywhere would change the last bits of some of the 3,001 weights.
void TestOptimizer::adamRoundsAsDocumented() {
    QFETCH(bool, decoupled);
    torch::set_num_threads(1);
    torch::manual_seed(4);
    const int64_t n = 3001;  // whole vectors and a tail
    torch::Tensor p = torch::randn({n}).set_requires_grad(true);
    std::vector<float> P(p.data_ptr<float>(), p.data_ptr<float>() + n), M(size_t(n), 0.0f), V(size_t(n), 0.0f);
    const double lr = 3e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, wd = 1e-2;
    ts::FastAdam adam({p}, torch::optim::AdamWOptions(lr).betas({beta1, beta2}).eps(eps).weight_decay(wd), decoupled);
    for (int step = 1; step <= 3; ++step) {
        const torch::Tensor g = torch::randn({n});
        p.mutable_grad() = g.clone();
        adam.step();
        const float b1 = float(beta1), b2 = float(beta2), c1 = float(1.0 - beta1), c2 = float(1.0 - beta2);
        const float invSqrtBias2 = float(1.0 / std::sqrt(1.0 - std::pow(beta2, step)));
        const float stepSize = float(lr / (1.0 - std::pow(beta1, step))), e = float(eps);
        const float decay = decoupled ? float(1.0 - lr * wd) : 1.0f, l2 = decoupled ? 0.0f : float(wd);
        const float* G = g.data_ptr<float>();
        for (int64_t i = 0; i < n; ++i) {
            const float gi = G[i] + l2 * P[size_t(i)];
            M[size_t(i)] = b1 * M[size_t(i)] + c1 * gi;
            V[size_t(i)] = b2 * V[size_t(i)] + c2 * gi * gi;
            const float denominator = std::sqrt(V[size_t(i)]) * invSqrtBias2 + e;
            P[size_t(i)] = P[size_t(i)] * decay - stepSize * M[size_t(i)] / denominator;
        }
    }
    const torch::Tensor expected = torch::from_blob(P.data(), {n}, torch::kFloat);
    QVERIFY(torch::equal(p.detach(), expected));
}

#include "test_optimizer.moc"
