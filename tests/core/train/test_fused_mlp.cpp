// The fused MLP training step (core/train/fused/FusedMlp.h) against autograd: the same gradients, the same weights
// after hundreds of steps, the same run through the trainer, and the models it must leave to autograd.
#include "core/health/ActivationTap.h"
#include "core/train/FastAdam.h"
#include "core/train/FastSgd.h"
#include "core/train/Models.h"
#include "core/train/Trainer.h"
#include "core/train/fused/FusedMlp.h"
#include "support/Fixtures.h"

#include <QtTest>

#include <cmath>

namespace {

constexpr int kSteps = 300;
// With TrainScope's products the two paths round differently (by about 1e-7 of a gradient), and at these learning
// rates on random data momentum and Adam amplify that over hundreds of steps: the paths are compared over fewer.
constexpr int kStepsOwnProducts = 30;
constexpr int64_t kFeatures = 48, kClasses = 7;

/// Two copies of one network: the same modules, the same initial weights.
std::pair<torch::nn::Sequential, torch::nn::Sequential> twins(const std::function<torch::nn::Sequential()>& make) {
    torch::manual_seed(11);
    torch::nn::Sequential a = make();
    torch::manual_seed(11);
    torch::nn::Sequential b = make();
    return {a, b};
}

torch::nn::Sequential presetNet(const char* preset) {
    return ts::makeModel(preset, ts::InputShape{1, 6, 8, true}, kClasses);
}

/// Largest absolute difference between the two networks' parameters (0 when identical).
double parameterGap(torch::nn::Sequential& a, torch::nn::Sequential& b) {
    double gap = 0.0;
    const auto pa = a->parameters(), pb = b->parameters();
    for (size_t i = 0; i < pa.size(); ++i) gap = std::max(gap, (pa[i] - pb[i]).abs().max().item<double>());
    return gap;
}

struct Comparison {
    double lossGap = 0.0;        ///< largest |loss difference| ÷ loss over the steps
    double parameterGap = 0.0;   ///< after the last step
    int64_t correctFused = 0, correctAutograd = 0;
};

using OptimizerFactory = std::function<std::unique_ptr<torch::optim::Optimizer>(torch::nn::Sequential&)>;

/// Trains both twins for kSteps steps (kStepsOwnProducts with TrainScope's products) on the same random batches (sizes cycling through `batches`, so that short
/// batches come up), `a` through autograd and `b` through the fused step, each with its own optimizer from
/// `optimizer` (for `b`, `fusedOptimizer` when given: the fused step then updates the weights in place with it).
/// The fused step's products run in `products`.
Comparison compare(torch::nn::Sequential a, torch::nn::Sequential b, const std::vector<int64_t>& batches,
                   ts::MatrixKernel products, const OptimizerFactory& optimizer,
                   const OptimizerFactory& fusedOptimizer = {}) {
    std::unique_ptr<ts::FusedMlp> fused = ts::FusedMlp::create(b, torch::kCPU);
    if (!fused) throw std::runtime_error("the fused step refused a plain MLP");
    fused->setMatrixKernel(products);
    auto optA = optimizer(a), optB = fusedOptimizer ? fusedOptimizer(b) : optimizer(b);
    auto* partial = dynamic_cast<ts::PartialUpdate*>(optB.get());
    if (fusedOptimizer) fused->setPartialUpdate(partial);
    Comparison c;
    torch::manual_seed(3);
    const int steps = products == ts::MatrixKernel::Own ? kStepsOwnProducts : kSteps;
    for (int step = 0; step < steps; ++step) {
        const int64_t n = batches[size_t(step) % batches.size()];
        const torch::Tensor x = torch::randn({n, 1, 6, 8}), y = torch::randint(kClasses, {n}, torch::kInt64);
        for (auto& p : a->parameters()) p.mutable_grad().reset();
        for (auto& p : b->parameters()) p.mutable_grad().reset();
        if (fusedOptimizer) partial->beginPartialStep();
        const torch::Tensor logits = a->forward(x);
        const torch::Tensor lossA = torch::nn::functional::cross_entropy(logits, y);
        lossA.backward();
        c.correctAutograd += logits.argmax(1).eq(y).sum().item<int64_t>();
        const torch::Tensor lossB = fused->lossAndGradients(x, y, c.correctFused, nullptr);
        if (lossB.requires_grad()) throw std::runtime_error("the fused loss must not need backward()");
        const double la = lossA.item<double>(), lb = lossB.item<double>();
        c.lossGap = std::max(c.lossGap, std::abs(la - lb) / std::max(std::abs(la), 1e-12));
        optA->step();
        optB->step();
    }
    c.parameterGap = parameterGap(a, b);
    return c;
}

/// LibTorch's BLAS products, and TrainScope's kernel where this processor runs it.
std::vector<ts::MatrixKernel> productKernels() {
    if (ts::matrixProductKernelAvailable()) return {ts::MatrixKernel::Torch, ts::MatrixKernel::Own};
    return {ts::MatrixKernel::Torch};
}

const char* kernelName(ts::MatrixKernel k) { return k == ts::MatrixKernel::Own ? "own products" : "BLAS products"; }

std::unique_ptr<torch::optim::Optimizer> sgd(torch::nn::Sequential& net, double momentum) {
    return std::make_unique<torch::optim::SGD>(net->parameters(), torch::optim::SGDOptions(1e-2).momentum(momentum));
}

}  // namespace

class TestFusedMlp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameNumbersAsAutograd_data();
    void sameNumbersAsAutograd();
    void gradientsMatchOneByOne();
    void kernelEpiloguesMatchTensorOps();
    void inPlaceUpdatesMatchAutograd_data();
    void inPlaceUpdatesMatchAutograd();
    void refusesWhatItCannotTrain();
    void ownProductsOnTwoThreads();
    void tapSeesTheSameActivations();
    void trainerRunsAreTheSame();
    void inPlaceStepReadsItsGradients();
    void logitsAreTheForwardPass();

private:
    void checkGradients(ts::MatrixKernel products, const char* net);
};

void TestFusedMlp::sameNumbersAsAutograd_data() {
    QTest::addColumn<QString>("net");
    QTest::addColumn<QString>("optimizer");
    QTest::newRow("seed preset (ReLU on the logits), SGD") << "seed" << "sgd";
    QTest::newRow("mlp preset, SGD with momentum") << "mlp" << "momentum";
    QTest::newRow("mlp preset, AdamW (one-pass)") << "mlp" << "adamw";
    QTest::newRow("GELU stack without biases, AdamW") << "gelu" << "adamw";
}

// Over 300 steps (30 with TrainScope's products, SGD only) with short batches among them, the weights stay equal to
// autograd's, to float32 rounding.
void TestFusedMlp::sameNumbersAsAutograd() {
    QFETCH(QString, net);
    QFETCH(QString, optimizer);
    torch::set_num_threads(1);
    auto make = [&]() -> torch::nn::Sequential {
        if (net != "gelu") return presetNet(net.toLatin1().constData());
        torch::nn::Sequential s;
        s->push_back(torch::nn::Flatten());
        s->push_back(torch::nn::Linear(torch::nn::LinearOptions(kFeatures, 33).bias(false)));
        s->push_back(torch::nn::GELU());
        s->push_back(torch::nn::Linear(torch::nn::LinearOptions(33, 17).bias(false)));
        s->push_back(torch::nn::GELU());
        s->push_back(torch::nn::Linear(torch::nn::LinearOptions(17, kClasses).bias(false)));
        return s;
    };
    auto makeOptimizer = [&](torch::nn::Sequential& s) -> std::unique_ptr<torch::optim::Optimizer> {
        if (optimizer == "sgd") return sgd(s, 0.0);
        if (optimizer == "momentum") return sgd(s, 0.9);
        return std::make_unique<ts::FastAdam>(s->parameters(), torch::optim::AdamWOptions(1e-3).weight_decay(1e-4), true);
    };
    // Adam's first steps are about lr * sign(gradient): where a weight's gradient is near 0, rounding 1e-7 apart
    // can flip its sign and move it a whole step the other way. Its paths are compared with the BLAS's products.
    const std::vector<ts::MatrixKernel> kernels =
        optimizer == "adamw" ? std::vector<ts::MatrixKernel>{ts::MatrixKernel::Torch} : productKernels();
    for (const ts::MatrixKernel products : kernels) {
        auto [a, b] = twins(make);
        const Comparison c = compare(a, b, {64, 64, 64, 13}, products, makeOptimizer);
        qInfo("%s, %s: loss gap %.3g (relative), parameter gap %.3g", qPrintable(net), kernelName(products), c.lossGap,
              c.parameterGap);
        QVERIFY2(c.lossGap < 1e-5, qPrintable(QString::number(c.lossGap)));
        QVERIFY2(c.parameterGap < 1e-5, qPrintable(QString::number(c.parameterGap)));
        QCOMPARE(c.correctFused, c.correctAutograd);
    }
}

void TestFusedMlp::inPlaceUpdatesMatchAutograd_data() {
    QTest::addColumn<QString>("net");
    QTest::addColumn<double>("momentum");
    QTest::newRow("seed preset, plain SGD") << "seed" << 0.0;
    QTest::newRow("mlp preset, SGD with momentum") << "mlp" << 0.9;
}

// The weights updated block by block during the backward pass (the one-pass SGD applying each block of a gradient)
// equal LibTorch's SGD after autograd: over 300 steps bit for bit with the BLAS's products, over 30 to float32
// rounding with TrainScope's.
void TestFusedMlp::inPlaceUpdatesMatchAutograd() {
    QFETCH(QString, net);
    QFETCH(double, momentum);
    torch::set_num_threads(1);
    const auto options = torch::optim::SGDOptions(1e-2).momentum(momentum);
    for (const ts::MatrixKernel products : productKernels()) {
        auto [a, b] = twins([&] { return presetNet(net.toLatin1().constData()); });
        const Comparison c = compare(
            a, b, {64, 64, 64, 13}, products,
            [&](torch::nn::Sequential& s) { return std::make_unique<torch::optim::SGD>(s->parameters(), options); },
            [&](torch::nn::Sequential& s) -> std::unique_ptr<torch::optim::Optimizer> {
                return std::make_unique<ts::FastSgd>(
                    std::vector<torch::optim::OptimizerParamGroup>{torch::optim::OptimizerParamGroup(s->parameters())},
                    options);
            });
        if (products == ts::MatrixKernel::Torch) QCOMPARE(c.parameterGap, 0.0);
        else QVERIFY2(c.parameterGap < 1e-5, qPrintable(QString::number(c.parameterGap)));
        QVERIFY2(c.lossGap < 1e-5, qPrintable(QString::number(c.lossGap)));
        QCOMPARE(c.correctFused, c.correctAutograd);
        for (const auto& p : b->parameters()) QVERIFY2(!p.grad().defined(), "updated in place: no gradient kept");
    }
}

namespace {

/// A stack with biases and an exact GELU after each hidden layer (and none on the logits).
torch::nn::Sequential geluNet() {
    torch::nn::Sequential s;
    s->push_back(torch::nn::Flatten());
    s->push_back(torch::nn::Linear(kFeatures, 40));
    s->push_back(torch::nn::GELU());
    s->push_back(torch::nn::Linear(40, 21));
    s->push_back(torch::nn::GELU());
    s->push_back(torch::nn::Linear(21, kClasses));
    return s;
}

}  // namespace

// One batch, one step: every gradient equals autograd's to float32 rounding, with either kernel, through ReLUs (the
// seed preset) and through GELUs with biases.
void TestFusedMlp::gradientsMatchOneByOne() {
    for (const ts::MatrixKernel products : productKernels()) {
        checkGradients(products, "seed");
        checkGradients(products, "gelu");
    }
}

void TestFusedMlp::checkGradients(ts::MatrixKernel products, const char* net) {
    torch::set_num_threads(1);
    const bool gelu = std::string(net) == "gelu";
    auto [a, b] = twins([&] { return gelu ? geluNet() : presetNet(net); });
    std::unique_ptr<ts::FusedMlp> fused = ts::FusedMlp::create(b, torch::kCPU);
    QVERIFY(fused);
    fused->setMatrixKernel(products);
    torch::manual_seed(4);
    const torch::Tensor x = torch::randn({64, 1, 6, 8}), y = torch::randint(kClasses, {64}, torch::kInt64);
    torch::nn::functional::cross_entropy(a->forward(x), y).backward();
    int64_t correct = 0;
    fused->lossAndGradients(x, y, correct, nullptr);
    const auto pa = a->named_parameters(), pb = b->named_parameters();
    for (const auto& item : pa) {
        const torch::Tensor ga = item.value().grad(), gb = pb[item.key()].grad();
        QVERIFY2(gb.defined(), item.key().c_str());
        const double gap = (ga - gb).abs().max().item<double>();
        // The kernel's GELU is within 5e-7 of ATen's: a little more room for its derivative's products.
        const double room = gelu && products == ts::MatrixKernel::Own ? 1e-5 : 1e-6;
        QVERIFY2(gap <= room * std::max(ga.abs().max().item<double>(), 1e-12),
                 qPrintable(QString(net) + " " + QString::fromStdString(item.key()) + ": " + QString::number(gap)));
    }
}

namespace {

/// c = a b through the kernel with `epilogue`, on `threads` threads: a [m, k] and b [k, n] given as tensors (any
/// strides), c [m, n] starting as `initial` (SgdStep adds to it).
torch::Tensor kernelProduct(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& initial,
                            const ts::ProductEpilogue& epilogue, int threads = 1) {
    torch::Tensor c = initial.clone();
    ts::matrixProduct(a.size(0), b.size(1), a.size(1), {a.data_ptr<float>(), a.stride(0), a.stride(1)},
                      {b.data_ptr<float>(), b.stride(0), b.stride(1)}, c.data_ptr<float>(), c.size(1), threads,
                      epilogue);
    return c;
}

bool sameValues(const torch::Tensor& x, const torch::Tensor& y, double tolerance) {
    if (!torch::equal(x.isnan(), y.isnan())) return false;
    const torch::Tensor finite = ~x.isnan();
    return (x.masked_select(finite) - y.masked_select(finite)).abs().max().item<double>() <= tolerance;
}

}  // namespace

// The fused step's epilogues against the tensor operations they replace, with a transposed right-hand side (the
// feature-major activations: packed by 16 x 16 register transposes, the edges one by one), NaN where it must go, and
// the same bits on two threads.
void TestFusedMlp::kernelEpiloguesMatchTensorOps() {
    if (!ts::matrixProductKernelAvailable()) QSKIP("this processor has no AVX-512: LibTorch's products are used");
    using Kind = ts::ProductEpilogue::Kind;
    torch::manual_seed(8);
    const int64_t m = 29, k = 37, n = 45;  // blocks of rows, tiles of the panel and panels all end early
    torch::Tensor a = torch::randn({m, k});
    const torch::Tensor b = torch::randn({n, k}).t();  // columns contiguous
    const torch::Tensor bias = torch::randn({m}), zero = torch::zeros({m, n});
    const torch::Tensor product = torch::mm(a, b);
    const double tolerance = 1e-5;

    ts::ProductEpilogue store;
    store.rowBias = bias.data_ptr<float>();
    QVERIFY(sameValues(kernelProduct(a, b, zero, store), product + bias.unsqueeze(1), tolerance));

    ts::ProductEpilogue relu = store;
    relu.kind = Kind::Relu;
    torch::Tensor withNaN = a.clone();
    withNaN[3][5] = std::nanf("");
    const torch::Tensor reluOut = kernelProduct(withNaN, b, zero, relu);
    QVERIFY(sameValues(reluOut, torch::relu(torch::mm(withNaN, b) + bias.unsqueeze(1)), tolerance));
    QVERIFY(reluOut[3].isnan().all().item<bool>());  // ATen's relu keeps NaN: so does the epilogue

    torch::Tensor rectified = torch::relu(torch::randn({m, n}));
    rectified[0][0] = std::nanf("");  // threshold_backward passes the gradient where the output is NaN
    ts::ProductEpilogue derivative;
    derivative.kind = Kind::ReluGradient;
    derivative.rectified = rectified.data_ptr<float>();
    const torch::Tensor expected = torch::threshold_backward(product, rectified, 0.0);
    QVERIFY(sameValues(kernelProduct(a, b, zero, derivative), expected, tolerance));

    const torch::Tensor weights = torch::randn({m, n});
    ts::ProductSums sums;
    ts::ProductEpilogue step;
    step.kind = Kind::SgdStep;
    step.scale = -0.01f;
    step.sums = &sums;
    const torch::Tensor stepped = kernelProduct(a, b, weights, step);
    QVERIFY(sameValues(stepped, weights - 0.01f * product, tolerance));
    const double squares = product.to(torch::kDouble).pow(2).sum().item<double>();
    QVERIFY2(std::abs(sums.sumSquares - squares) <= 1e-5 * squares, qPrintable(QString::number(sums.sumSquares)));
    QVERIFY(!sums.sawNaN);
    ts::ProductSums twoThreadSums;
    step.sums = &twoThreadSums;
    QVERIFY(torch::equal(kernelProduct(a, b, weights, step, 2), stepped));
    QCOMPARE(twoThreadSums.sumSquares, sums.sumSquares);

    // Ten panels of columns (the last one short), packed from contiguous rows, on two threads: the same bits as one.
    const torch::Tensor wide = torch::randn({k, 300}), wideZero = torch::zeros({m, 300});
    const torch::Tensor oneThread = kernelProduct(a, wide, wideZero, store);
    QVERIFY(sameValues(oneThread, torch::mm(a, wide) + bias.unsqueeze(1), tolerance));
    QVERIFY(torch::equal(kernelProduct(a, wide, wideZero, store, 2), oneThread));
    ts::ProductSums nanSums;
    step.sums = &nanSums;
    kernelProduct(withNaN, b, weights, step);
    QVERIFY(nanSums.sawNaN);
}

// Plain SGD applied in the weight gradients' epilogues still reads the step's gradients: the optimizer's gradient
// norm is autograd's, and a NaN in the batch is reported as NaN.
void TestFusedMlp::inPlaceStepReadsItsGradients() {
    torch::set_num_threads(1);
    for (const ts::MatrixKernel products : productKernels()) {
        auto [a, b] = twins([] { return presetNet("seed"); });
        std::unique_ptr<ts::FusedMlp> fused = ts::FusedMlp::create(b, torch::kCPU);
        fused->setMatrixKernel(products);
        ts::FastSgd optimizer({torch::optim::OptimizerParamGroup(b->parameters())}, torch::optim::SGDOptions(1e-2));
        fused->setPartialUpdate(&optimizer);
        torch::manual_seed(6);
        torch::Tensor x = torch::randn({64, 1, 6, 8});
        const torch::Tensor y = torch::randint(kClasses, {64}, torch::kInt64);
        torch::nn::functional::cross_entropy(a->forward(x), y).backward();
        double squares = 0.0;
        for (const auto& p : a->parameters()) squares += p.grad().to(torch::kDouble).pow(2).sum().item<double>();
        int64_t correct = 0;
        optimizer.beginPartialStep();
        fused->lossAndGradients(x, y, correct, nullptr);
        optimizer.step();
        QVERIFY2(std::abs(optimizer.gradientNorm() - std::sqrt(squares)) <= 1e-5 * std::sqrt(squares),
                 qPrintable(QString("%1: %2 vs %3").arg(kernelName(products)).arg(optimizer.gradientNorm())
                                .arg(std::sqrt(squares))));
        QCOMPARE(optimizer.nonFiniteGradient(), 0.0);
        x[2][0][1][1] = std::nanf("");
        optimizer.beginPartialStep();
        fused->lossAndGradients(x, y, correct, nullptr);
        optimizer.step();
        QVERIFY(std::isnan(optimizer.nonFiniteGradient()));
    }
}

// The kernel shares rows among threads in whole blocks: the fused step's gradients on two threads are the same bits.
void TestFusedMlp::ownProductsOnTwoThreads() {
    if (!ts::matrixProductKernelAvailable()) QSKIP("this processor has no AVX-512: LibTorch's products are used");
    std::vector<std::vector<torch::Tensor>> grads;
    for (const int threads : {1, 2}) {
        torch::set_num_threads(threads);
        torch::manual_seed(5);
        torch::nn::Sequential net = presetNet("mlp");
        std::unique_ptr<ts::FusedMlp> fused = ts::FusedMlp::create(net, torch::kCPU);
        fused->setMatrixKernel(ts::MatrixKernel::Own);
        const torch::Tensor x = torch::randn({64, 1, 6, 8}), y = torch::randint(kClasses, {64}, torch::kInt64);
        int64_t correct = 0;
        fused->lossAndGradients(x, y, correct, nullptr);
        grads.emplace_back();
        for (const auto& p : net->parameters()) grads.back().push_back(p.grad().clone());
    }
    torch::set_num_threads(1);
    for (size_t i = 0; i < grads[0].size(); ++i) QVERIFY(torch::equal(grads[0][i], grads[1][i]));
}

void TestFusedMlp::refusesWhatItCannotTrain() {
    std::string why;
    torch::nn::Sequential cnn = ts::makeModel("cnn", ts::InputShape{1, 8, 8, true}, 3);
    QVERIFY(!ts::FusedMlp::create(cnn, torch::kCPU, &why));
    QVERIFY2(why.find("Conv2d") != std::string::npos, why.c_str());

    torch::nn::Sequential dropout;
    dropout->push_back(torch::nn::Linear(4, 4));
    dropout->push_back(torch::nn::Dropout(0.5));
    dropout->push_back(torch::nn::Linear(4, 2));
    QVERIFY(!ts::FusedMlp::create(dropout, torch::kCPU, &why));
    QVERIFY2(why.find("Dropout") != std::string::npos, why.c_str());

    torch::nn::Sequential twoActivations;
    twoActivations->push_back(torch::nn::Linear(4, 4));
    twoActivations->push_back(torch::nn::ReLU());
    twoActivations->push_back(torch::nn::ReLU());
    QVERIFY(!ts::FusedMlp::create(twoActivations, torch::kCPU, &why));

    torch::nn::Sequential mlp = presetNet("mlp");
    QVERIFY(ts::FusedMlp::create(mlp, torch::kCPU, &why));
    // Labels outside the classes are an error with a message, not a wild write.
    std::unique_ptr<ts::FusedMlp> fused = ts::FusedMlp::create(mlp, torch::kCPU);
    int64_t correct = 0;
    const torch::Tensor x = torch::randn({4, kFeatures});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             fused->lossAndGradients(x, torch::full({4}, kClasses, torch::kInt64), correct, nullptr));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             fused->lossAndGradients(torch::randn({4, 5}), torch::zeros({4}, torch::kInt64), correct, nullptr));
}

// Training health's tap gets the same layers and figures from the fused step as from the module-by-module forward.
void TestFusedMlp::tapSeesTheSameActivations() {
    auto [a, b] = twins([] { return presetNet("seed"); });
    std::unique_ptr<ts::FusedMlp> fused = ts::FusedMlp::create(b, torch::kCPU);
    const torch::Tensor x = torch::randn({32, 1, 6, 8}), y = torch::randint(kClasses, {32}, torch::kInt64);
    ts::ActivationTap tapA, tapB;
    tapA.arm();
    ts::forwardSequential(a, x, &tapA);
    tapB.arm();
    int64_t correct = 0;
    fused->lossAndGradients(x, y, correct, &tapB);
    const auto la = tapA.take(), lb = tapB.take();
    QCOMPARE(lb.size(), size_t(3));  // two hidden ReLUs and the seed preset's ReLU on the logits
    QCOMPARE(la.size(), lb.size());
    for (size_t i = 0; i < la.size(); ++i) {
        QCOMPARE(lb[i].name, la[i].name);
        QCOMPARE(lb[i].units, la[i].units);
        QCOMPARE(lb[i].deadFraction, la[i].deadFraction);
        QVERIFY(std::abs(lb[i].mean - la[i].mean) <= 1e-6 * std::max(1.0, std::abs(la[i].mean)));
    }
}

// Through the trainer: the default (fused) run and an --autograd run of the seed preset take the same steps to the
// same accuracies.
void TestFusedMlp::trainerRunsAreTheSame() {
    const ts::Dataset data = ts::testing::quadrantDataset(600, 200);
    ts::TrainConfig cfg = ts::testing::quickConfig("seed", 2, 32);
    cfg.threads = 1;
    struct Losses : ts::TrainObserver {
        std::vector<double> steps;
        void onBatch(const ts::BatchMetrics& m) override { steps.push_back(m.loss); }
    };
    ts::RunControl control;
    Losses fusedLosses, autogradLosses;
    const ts::RunSummary fusedRun = ts::train(cfg, data, fusedLosses, control);
    cfg.fusedStep = false;
    const ts::RunSummary autogradRun = ts::train(cfg, data, autogradLosses, control);
    QCOMPARE(fusedRun.status, ts::RunStatus::Finished);
    QCOMPARE(autogradRun.status, ts::RunStatus::Finished);
    QCOMPARE(fusedLosses.steps.size(), autogradLosses.steps.size());
    for (size_t i = 0; i < fusedLosses.steps.size(); ++i)
        QVERIFY2(std::abs(fusedLosses.steps[i] - autogradLosses.steps[i]) <= 1e-5 * std::abs(autogradLosses.steps[i]),
                 qPrintable(QString("step %1: %2 vs %3").arg(i + 1).arg(fusedLosses.steps[i]).arg(autogradLosses.steps[i])));
    QCOMPARE(fusedRun.test.accuracy, autogradRun.test.accuracy);
    QCOMPARE(fusedRun.epochs.back().trainAccuracy, autogradRun.epochs.back().trainAccuracy);
}

QTEST_GUILESS_MAIN(TestFusedMlp)
// The evaluation's forward pass through the fused step's buffers is the network's forward(): bit for bit with the
// BLAS's products, to float32 rounding with TrainScope's. Asked under InferenceMode for more rows than training has
// used, it leaves buffers that the next training step can still write.
void TestFusedMlp::logitsAreTheForwardPass() {
    torch::set_num_threads(1);
    for (const ts::MatrixKernel products : productKernels()) {
        for (const char* net : {"seed", "mlp", "gelu"}) {
            auto [a, b] = twins([&] { return std::string(net) == "gelu" ? geluNet() : presetNet(net); });
            std::unique_ptr<ts::FusedMlp> fused = ts::FusedMlp::create(b, torch::kCPU);
            fused->setMatrixKernel(products);
            torch::manual_seed(8);
            int64_t correct = 0;
            fused->lossAndGradients(torch::randn({16, 1, 6, 8}), torch::randint(kClasses, {16}, torch::kInt64), correct,
                                    nullptr);
            const torch::Tensor x = torch::randn({70, 1, 6, 8});
            torch::Tensor expected, got;
            {
                c10::InferenceMode inference;
                expected = a->forward(x);
                got = fused->logits(x);
            }
            QCOMPARE(got.sizes(), expected.sizes());
            const double gap = (got - expected).abs().max().item<double>();
            const QByteArray what = QByteArray(net) + ", " + kernelName(products) + ": " + QByteArray::number(gap);
            if (products == ts::MatrixKernel::Torch) QVERIFY2(gap == 0.0, what.constData());
            else QVERIFY2(gap <= 1e-5 * std::max(1.0, expected.abs().max().item<double>()), what.constData());
            QCOMPARE(fused->logits(x.narrow(0, 0, 0)).size(0), int64_t(0));
            const torch::Tensor y = torch::randint(kClasses, {70}, torch::kInt64);
            QVERIFY(std::isfinite(fused->lossAndGradients(x, y, correct, nullptr).item<double>()));
        }
    }
}

#include "test_fused_mlp.moc"
