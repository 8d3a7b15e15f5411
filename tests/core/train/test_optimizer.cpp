// The one-pass Adam/AdamW against LibTorch's own implementation.
#include "core/train/FastAdam.h"

#include <torch/optim/adam.h>
#include <torch/utils.h>

#include <QtTest>

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

}  // namespace

class TestOptimizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesLibTorch_data();
    void matchesLibTorch();
    void stateSurvivesSaveAndLoad();
    void reportsNonFiniteGradientsOfTheLastStep();
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
    torch::serialize::OutputArchive out;
    first.save(out);
    std::ostringstream bytes;
    out.save_to(bytes);

    torch::Tensor q = p.detach().clone().set_requires_grad(true);
    ts::FastAdam second({q}, torch::optim::AdamWOptions(1e-2), true);
    torch::serialize::InputArchive in;
    std::istringstream readBack(bytes.str());
    in.load_from(readBack);
    second.load(in);
    p.mutable_grad() = torch::full({8, 4}, 0.5);
    q.mutable_grad() = torch::full({8, 4}, 0.5);
    first.step();
    second.step();  // with the loaded moments and step count, the second step is the same
    QCOMPARE((p - q).abs().max().item<double>(), 0.0);
}

QTEST_APPLESS_MAIN(TestOptimizer)
#include "test_optimizer.moc"
