// The GPT model and its generation: shapes, causality, tied weights, size, init, learning, sampling.
#include "core/lm/Generate.h"
#include "core/lm/Gpt.h"
#include "core/lm/attention/CausalAttention.h"
#include "core/lm/linear/Linear.h"
#include "core/kernels/MatrixProductKernel.h"
#include "core/train/FastAdam.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace {

constexpr int64_t kVocab = 65;               // tiny-shakespeare's characters
constexpr int64_t kTinyParameters = 804096;  // 65*128 + 64*128 + 4*(2*128 + 128*384 + 128*128 + 2*128*512) + 128
constexpr int64_t kTinyPositionTable = 64 * 128;

/// A small GPT for the tests that need a model, not the preset.
ts::GptConfig smallTestConfig() {
    ts::GptConfig c;
    c.vocabSize = 16;
    c.contextLength = 32;
    c.layers = 2;
    c.heads = 2;
    c.embedding = 32;
    return c;
}

torch::Tensor randomTokens(int64_t batch, int64_t length, int64_t vocab) {
    return torch::randint(vocab, {batch, length}, torch::kLong);
}

/// Greedy decoding written out: the argmax of the last position's logits, token after token.
std::vector<int64_t> greedy(ts::Gpt& model, std::vector<int64_t> context, int64_t n) {
    torch::NoGradGuard noGrad;
    std::vector<int64_t> out;
    for (int64_t i = 0; i < n; ++i) {
        const torch::Tensor logits = model->forward(torch::tensor(context, torch::kLong).unsqueeze(0));
        const int64_t next = logits[0][-1].argmax().item<int64_t>();
        context.push_back(next);
        out.push_back(next);
    }
    return out;
}

}  // namespace

class TestGpt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }
    void presets();
    void shapes();
    void causal();
    void outputTiedToEmbedding();
    void parameterCountOfTiny();
    void initStatistics();
    void optimizerGroups();
    void manualAndFusedAttentionAgree();
    void ownAttentionKernelMatchesMaskedSoftmax();
    void ownLinearMatchesLibTorch();
    void fusedGeluMatchesLibTorch();
    void geluMlpMatchesLayers();
    void ownProductsTrainAsBlasDoes();
    void overfitsRepeatedText();
    void generationIsSeeded();
    void topOneIsGreedy();
    void cacheGivesSameTokens();
    void streamsProbabilities();
};

void TestGpt::presets() {
    const auto tiny = ts::GptConfig::preset("gpt-tiny", kVocab);
    QVERIFY(tiny);
    QCOMPARE(tiny->layers, 4);
    QCOMPARE(tiny->contextLength, 64);
    QVERIFY(!tiny->bias);
    const auto small = ts::GptConfig::preset("gpt-small", kVocab);
    QVERIFY(small);
    QCOMPARE(small->embedding, 384);
    QCOMPARE(small->dropout, 0.2);
    QVERIFY(!ts::GptConfig::preset("mlp", kVocab));
    ts::GptConfig bad = *tiny;
    bad.heads = 3;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bad.validate());
}

void TestGpt::shapes() {
    torch::manual_seed(1);
    ts::Gpt model(smallTestConfig());
    const torch::Tensor logits = model->forward(randomTokens(3, 7, 16));
    QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{3, 7, 16}));
    const torch::Tensor loss = ts::languageModelLoss(logits, randomTokens(3, 7, 16));
    QCOMPARE(loss.dim(), 0);
    QVERIFY(std::abs(loss.item<double>() - std::log(16.0)) < 0.5);  // about uniform at init
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model->forward(randomTokens(1, 33, 16)));
}

void TestGpt::causal() {
    torch::manual_seed(2);
    ts::Gpt model(smallTestConfig());
    model->eval();
    torch::NoGradGuard noGrad;
    torch::Tensor idx = randomTokens(2, 20, 16);
    const torch::Tensor before = model->forward(idx);
    idx.index_put_({torch::indexing::Slice(), 12}, (idx.index({torch::indexing::Slice(), 12}) + 1) % 16);
    const torch::Tensor after = model->forward(idx);
    using torch::indexing::Slice;
    QVERIFY(torch::allclose(before.index({Slice(), Slice(0, 12)}), after.index({Slice(), Slice(0, 12)}), 0, 1e-6));
    QVERIFY(!torch::allclose(before.index({Slice(), Slice(12)}), after.index({Slice(), Slice(12)}), 0, 1e-4));
}

void TestGpt::outputTiedToEmbedding() {
    torch::manual_seed(3);
    ts::Gpt model(smallTestConfig());
    int64_t vocabByWidth = 0;
    for (const auto& p : model->parameters()) vocabByWidth += p.sizes().vec() == std::vector<int64_t>{16, 32};
    QCOMPARE(vocabByWidth, 1);  // one [vocab, width] matrix: the embedding is the output layer
    // Token 5 never appears in the input, yet its embedding row gets a gradient through the output layer.
    const torch::Tensor idx = torch::zeros({1, 4}, torch::kLong);
    model->forward(idx).select(-1, 5).sum().backward();
    QVERIFY(model->tokenEmbedding()->weight.grad()[5].abs().sum().item<double>() > 0.0);
}

void TestGpt::parameterCountOfTiny() {
    ts::Gpt model(ts::GptConfig::tiny(kVocab));
    QCOMPARE(model->parameterCount(), kTinyParameters);
    QCOMPARE(model->parameterCount(false), kTinyParameters - kTinyPositionTable);
    const double flops = ts::trainingFlopsPerToken(model->config(), model->parameterCount(false));
    QCOMPARE(flops, 6.0 * double(kTinyParameters - kTinyPositionTable) + 12.0 * 4 * 4 * 32 * 64);
}

void TestGpt::initStatistics() {
    torch::manual_seed(4);
    ts::Gpt model(ts::GptConfig::tiny(kVocab));
    const auto named = model->named_parameters();
    const double residual = 0.02 / std::sqrt(8.0);
    auto stdOf = [&](const std::string& name) { return named[name].std().item<double>(); };
    QVERIFY(std::abs(stdOf("wte.weight") - 0.02) < 0.002);
    QVERIFY(std::abs(stdOf("h0.attn.c_attn.weight") - 0.02) < 0.001);
    QVERIFY(std::abs(stdOf("h3.mlp_fc.weight") - 0.02) < 0.001);
    QVERIFY(std::abs(stdOf("h0.attn.c_proj.weight") - residual) < 0.0005);
    QVERIFY(std::abs(stdOf("h2.mlp_proj.weight") - residual) < 0.0005);
    QVERIFY(torch::equal(named["ln_f.weight"], torch::ones({128})));
    QVERIFY(!named.contains("ln_f.bias"));
}

void TestGpt::optimizerGroups() {
    ts::Gpt model(ts::GptConfig::tiny(kVocab));
    const auto groups = model->optimizerGroups(torch::optim::AdamWOptions(1e-3).weight_decay(0.1));
    QCOMPARE(groups.size(), size_t(2));
    QCOMPARE(groups[0].params().size(), size_t(2 + 4 * 4));  // wte, wpe and four matrices per block
    QCOMPARE(groups[1].params().size(), size_t(4 * 2 + 1));  // the LayerNorm gains
    const auto& decayed = static_cast<const torch::optim::AdamWOptions&>(groups[0].options());
    const auto& plain = static_cast<const torch::optim::AdamWOptions&>(groups[1].options());
    QCOMPARE(decayed.weight_decay(), 0.1);
    QCOMPARE(plain.weight_decay(), 0.0);
    QCOMPARE(plain.lr(), 1e-3);
    ts::FastAdam optimizer(groups, torch::optim::AdamWOptions(1e-3), true);
    QCOMPARE(optimizer.param_groups().size(), size_t(2));
}

namespace {

/// One forward and backward pass of `model` after each of `configure`: the logits and every parameter's gradient
/// (the embeddings and the tied output layer included) agree with the first pass's to 1e-5.
void checkPassesAgree(ts::Gpt& model, const torch::Tensor& idx, const torch::Tensor& targets,
                      const std::vector<std::function<void()>>& configure) {
    std::vector<torch::Tensor> outputs;
    std::vector<std::vector<torch::Tensor>> grads;
    for (const auto& setUp : configure) {
        setUp();
        model->zero_grad(true);
        const torch::Tensor logits = model->forward(idx);
        ts::languageModelLoss(logits, targets).backward();
        outputs.push_back(logits.detach());
        grads.emplace_back();
        for (const auto& p : model->parameters()) grads.back().push_back(p.grad().clone());
    }
    for (size_t k = 1; k < configure.size(); ++k) {
        QVERIFY((outputs[0] - outputs[k]).abs().max().item<double>() < 1e-5);
        for (size_t i = 0; i < grads[0].size(); ++i)
            QVERIFY2((grads[0][i] - grads[k][i]).abs().max().item<double>() < 1e-5, qPrintable(QString::number(i)));
    }
}

}  // namespace

void TestGpt::manualAndFusedAttentionAgree() {
    torch::manual_seed(5);
    ts::Gpt model(smallTestConfig());
    std::vector<ts::AttentionKernel> kernels{ts::AttentionKernel::Manual, ts::AttentionKernel::Fused};
    if (ts::fusedAttentionAvailable()) kernels.push_back(ts::AttentionKernel::Sdpa);
    std::vector<std::function<void()>> configure;
    for (const auto kernel : kernels) configure.push_back([&model, kernel] { model->setAttentionKernel(kernel); });
    checkPassesAgree(model, randomTokens(2, 24, 16), randomTokens(2, 24, 16), configure);
}

namespace {

/// Our causal attention against the masked softmax written out (LibTorch's ops under autograd) for B x T positions
/// and `heads` heads of `headSize`: outputs and gradients, on one thread and on two, with and without autograd.
void checkOwnAttention(int64_t batch, int64_t time, int64_t heads, int64_t headSize) {
    const int64_t width = heads * headSize;
    torch::manual_seed(9);
    const torch::Tensor qkv = torch::randn({batch, time, 3 * width}) * 2.0f;
    const torch::Tensor upstream = torch::randn({batch, time, width});
    const torch::Tensor a = qkv.clone().requires_grad_(true), b = qkv.clone().requires_grad_(true);
    const torch::Tensor ours = ts::causalSelfAttention(a, heads);
    const auto split = b.view({batch, time, 3, heads, headSize}).permute({2, 0, 3, 1, 4});
    const torch::Tensor reference = ts::causalAttention(split[0], split[1], split[2], 0.0, ts::AttentionKernel::Manual)
                                        .transpose(1, 2)
                                        .reshape({batch, time, width});
    QVERIFY((ours - reference).abs().max().item<double>() < 1e-5);
    (ours * upstream).sum().backward();
    (reference * upstream).sum().backward();
    // Relative to the largest gradient (the scores are large here, so are some gradients).
    const double gap = ((a.grad() - b.grad()).abs().max() / b.grad().abs().max()).item<double>();
    QVERIFY2(gap < 1e-5, qPrintable(QString::number(gap)));
    // Position 0 sees only itself: its output is its own value, whatever the scores.
    QVERIFY(torch::allclose(ours.select(1, 0), qkv.select(1, 0).narrow(1, 2 * width, width)));
    // The same numbers on two threads (the heads split among them) and without autograd.
    const int threads = at::get_num_threads();
    at::set_num_threads(2);
    const torch::Tensor c = qkv.clone().requires_grad_(true);
    const torch::Tensor two = ts::causalSelfAttention(c, heads);
    (two * upstream).sum().backward();
    at::set_num_threads(threads);
    QVERIFY(torch::equal(two, ours.detach()));
    QVERIFY(torch::equal(c.grad(), a.grad()));
    torch::NoGradGuard noGrad;
    QVERIFY(torch::equal(ts::causalSelfAttention(qkv, heads), ours.detach()));
}

}  // namespace

void TestGpt::ownAttentionKernelMatchesMaskedSoftmax() {
    // Vector path (heads of 16 and 32 floats), 37 and 70 positions: rows that end inside a vector, and more than
    // four vectors of keys.
    checkOwnAttention(2, 37, 3, 16);
    checkOwnAttention(2, 70, 2, 32);
    // Heads of 12 floats take the scalar path.
    checkOwnAttention(2, 37, 3, 12);
}

namespace {

/// Our linear layer against torch::linear for x [2, rows / 2, k] and a weight [n, k]: output and both gradients,
/// on one thread and on two (the same bits), with and without autograd.
void checkOwnLinear(int64_t rows, int64_t k, int64_t n) {
    torch::manual_seed(11);
    const torch::Tensor x = torch::randn({2, rows / 2, k}), w = torch::randn({n, k}) * 0.1f;
    const torch::Tensor upstream = torch::randn({2, rows / 2, n});
    QVERIFY(ts::ownLinearSupported(x, w));
    const torch::Tensor xa = x.clone().requires_grad_(true), wa = w.clone().requires_grad_(true);
    const torch::Tensor xb = x.clone().requires_grad_(true), wb = w.clone().requires_grad_(true);
    const torch::Tensor ours = ts::linearWithoutBias(xa, wa), reference = torch::linear(xb, wb);
    QCOMPARE(ours.sizes().vec(), reference.sizes().vec());
    auto gap = [](const torch::Tensor& a, const torch::Tensor& b) {
        return ((a - b).abs().max() / b.abs().max()).item<double>();
    };
    QVERIFY2(gap(ours, reference) < 1e-6, qPrintable(QString::number(gap(ours, reference))));
    (ours * upstream).sum().backward();
    (reference * upstream).sum().backward();
    QVERIFY2(gap(xa.grad(), xb.grad()) < 1e-6, qPrintable(QString::number(gap(xa.grad(), xb.grad()))));
    QVERIFY2(gap(wa.grad(), wb.grad()) < 1e-6, qPrintable(QString::number(gap(wa.grad(), wb.grad()))));
    const int threads = at::get_num_threads();
    at::set_num_threads(2);
    const torch::Tensor xc = x.clone().requires_grad_(true), wc = w.clone().requires_grad_(true);
    const torch::Tensor two = ts::linearWithoutBias(xc, wc);
    (two * upstream).sum().backward();
    at::set_num_threads(threads);
    QVERIFY(torch::equal(two, ours.detach()));
    QVERIFY(torch::equal(xc.grad(), xa.grad()));
    QVERIFY(torch::equal(wc.grad(), wa.grad()));
    torch::NoGradGuard noGrad;
    QVERIFY(torch::equal(ts::linearWithoutBias(x, w), ours.detach()));
}

}  // namespace

void TestGpt::ownLinearMatchesLibTorch() {
    if (!ts::matrixProductKernelAvailable()) QSKIP("this processor has no AVX-512: LibTorch's products are used");
    checkOwnLinear(768, 128, 384);  // gpt-tiny's query/key/value projection: whole blocks of rows and columns
    checkOwnLinear(50, 13, 65);     // rows that end inside a block, a panel of one column, a short k
    checkOwnLinear(60, 40, 16);     // only the first vector of each panel
    checkOwnLinear(48, 1, 20);      // k of one
    checkOwnLinear(50, 40, 130);    // few rows against many columns: computed transposed
    // Too few rows (one generated token), or a mismatch: LibTorch's product, no error of ours.
    QVERIFY(!ts::ownLinearSupported(torch::randn({1, 3, 8}), torch::randn({4, 8})));
    QVERIFY(!ts::ownLinearSupported(torch::randn({64, 8}), torch::randn({4, 9})));
    QVERIFY(!ts::ownLinearSupported(torch::randn({64, 8}, torch::kDouble), torch::randn({4, 8}, torch::kDouble)));
    QVERIFY(torch::allclose(ts::linearWithoutBias(torch::ones({1, 3, 8}), torch::ones({4, 8})),
                            torch::full({1, 3, 4}, 8.0f)));
}

void TestGpt::fusedGeluMatchesLibTorch() {
    if (!ts::matrixProductKernelAvailable()) QSKIP("this processor has no AVX-512: LibTorch's products are used");
    // The exact GELU and its derivative, from deep in the left tail (where 1 + erf cancels if computed naively)
    // to the right, and at 0, against ATen's.
    const torch::Tensor x = torch::cat({torch::linspace(-12.0, 12.0, 4801), torch::tensor({0.0f, -30.0f, 30.0f})});
    const torch::Tensor reference = torch::gelu(x);
    const torch::Tensor slope = torch::gelu_backward(torch::ones_like(x), x);
    double worst = 0.0, worstSlope = 0.0;
    for (int64_t i = 0; i < x.numel(); ++i) {
        const float v = x[i].item<float>();
        worst = std::max(worst, std::abs(double(ts::kernelGelu(v)) - reference[i].item<double>()));
        worstSlope = std::max(worstSlope, std::abs(double(ts::kernelGeluDerivative(v)) - slope[i].item<double>()));
    }
    QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
    QVERIFY2(worstSlope < 1e-6, qPrintable(QString::number(worstSlope)));
    QCOMPARE(ts::kernelGelu(0.0f), 0.0f);
    QCOMPARE(ts::kernelGelu(-30.0f), -0.0f);
    QVERIFY(std::isnan(ts::kernelGelu(std::nanf(""))));
}

void TestGpt::geluMlpMatchesLayers() {
    if (!ts::matrixProductKernelAvailable()) QSKIP("this processor has no AVX-512: LibTorch's products are used");
    torch::manual_seed(13);
    torch::nn::Linear in(torch::nn::LinearOptions(24, 96).bias(false)), out(torch::nn::LinearOptions(96, 24).bias(false));
    const torch::Tensor x = torch::randn({2, 25, 24}), upstream = torch::randn({2, 25, 24});
    auto run = [&](bool fused, int threads) {
        for (auto& p : {in->weight, out->weight}) p.mutable_grad() = torch::Tensor();
        const torch::Tensor input = x.clone().requires_grad_(true);
        at::set_num_threads(threads);
        ts::GeluMlpOutput result;
        if (fused) {
            result = ts::geluMlp(in, out, input);
        } else {
            result.hidden = torch::gelu(in(input));
            result.out = out(result.hidden);
        }
        (result.out * upstream).sum().backward();
        at::set_num_threads(1);
        return std::vector<torch::Tensor>{result.out.detach(), result.hidden.detach(), input.grad(),
                                          in->weight.grad().clone(), out->weight.grad().clone()};
    };
    const auto reference = run(false, 1), ours = run(true, 1), two = run(true, 2);
    for (size_t i = 0; i < reference.size(); ++i) {
        const double gap = ((ours[i] - reference[i]).abs().max() / reference[i].abs().max()).item<double>();
        QVERIFY2(gap < 1e-5, qPrintable(QString("output %1: %2").arg(i).arg(gap)));
        QVERIFY(torch::equal(ours[i], two[i]));  // the same bits on two threads
    }
    torch::NoGradGuard noGrad;
    QVERIFY(torch::equal(ts::geluMlp(in, out, x).out, ours[0]));  // inference: no node, same numbers
    // One generated token: LibTorch's layers.
    const torch::Tensor one = torch::randn({1, 1, 24});
    QVERIFY(torch::allclose(ts::geluMlp(in, out, one).out, out(torch::gelu(in(one)))));
}

void TestGpt::ownProductsTrainAsBlasDoes() {
    if (!ts::matrixProductKernelAvailable()) QSKIP("this processor has no AVX-512: LibTorch's products are used");
    torch::manual_seed(12);
    ts::Gpt model(smallTestConfig());
    std::vector<std::function<void()>> configure;
    for (const auto kernel : {ts::MatrixKernel::Torch, ts::MatrixKernel::Own})
        configure.push_back([&model, kernel] { model->setMatrixKernel(kernel); });
    checkPassesAgree(model, randomTokens(2, 25, 16), randomTokens(2, 25, 16), configure);  // 50 rows: a partial block
}

void TestGpt::overfitsRepeatedText() {
    constexpr int kSteps = 150;
    constexpr double kTargetLoss = 0.1;
    torch::manual_seed(6);
    ts::GptConfig config = smallTestConfig();
    ts::Gpt model(config);
    ts::FastAdam optimizer(model->optimizerGroups(torch::optim::AdamWOptions(1e-2).weight_decay(0.1)),
                           torch::optim::AdamWOptions(1e-2), true);
    // "abcdefg" repeated: every next token is determined by the current one.
    const torch::Tensor text = torch::arange(0, 8 * 40, torch::kLong).remainder(7).unsqueeze(0);
    const torch::Tensor x = text.narrow(1, 0, 32), y = text.narrow(1, 1, 32);
    double loss = 0.0;
    for (int step = 0; step < kSteps; ++step) {
        for (auto& p : model->parameters()) p.mutable_grad() = torch::Tensor();
        const torch::Tensor l = ts::languageModelLoss(model->forward(x), y);
        l.backward();
        torch::nn::utils::clip_grad_norm_(model->parameters(), 1.0);
        optimizer.step();
        loss = l.item<double>();
    }
    QVERIFY2(loss < kTargetLoss, qPrintable(QString::number(loss)));
    ts::GenerationOptions options;
    options.maxTokens = 10;
    options.topK = 1;
    QCOMPARE(ts::generate(model, {0, 1, 2}, options), (std::vector<int64_t>{3, 4, 5, 6, 0, 1, 2, 3, 4, 5}));
}

void TestGpt::generationIsSeeded() {
    torch::manual_seed(7);
    ts::Gpt model(smallTestConfig());
    ts::GenerationOptions options;
    options.maxTokens = 40;
    torch::manual_seed(99);
    const torch::Tensor expectedDraw = torch::rand({4});
    torch::manual_seed(99);
    const auto a = ts::generate(model, {1, 2, 3}, options);
    QVERIFY(torch::equal(torch::rand({4}), expectedDraw));  // training's generator untouched
    QCOMPARE(ts::generate(model, {1, 2, 3}, options), a);
    options.seed += 1;
    QVERIFY(ts::generate(model, {1, 2, 3}, options) != a);
    QVERIFY(model->is_training());  // the mode is restored
    options.temperature = 0.0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ts::generate(model, {1}, options));
}

void TestGpt::topOneIsGreedy() {
    torch::manual_seed(8);
    ts::Gpt model(smallTestConfig());
    model->eval();
    ts::GenerationOptions options;
    options.maxTokens = 20;
    options.topK = 1;
    options.temperature = 0.7;
    QCOMPARE(ts::generate(model, {4, 9}, options), greedy(model, {4, 9}, 20));
}

void TestGpt::cacheGivesSameTokens() {
    torch::manual_seed(9);
    ts::Gpt model(smallTestConfig());
    ts::GenerationOptions options;
    options.maxTokens = 25;  // 5 + 25 positions fit the 32-token window
    const std::vector<int64_t> prompt{3, 1, 4, 1, 5};
    const auto cached = ts::generate(model, prompt, options);
    options.useCache = false;
    QCOMPARE(ts::generate(model, prompt, options), cached);
    options.maxTokens = 100;  // past the window: the cache restarts, and still yields valid tokens
    options.useCache = true;
    const auto longer = ts::generate(model, prompt, options);
    QCOMPARE(longer.size(), size_t(100));
    QVERIFY(std::equal(cached.begin(), cached.end(), longer.begin()));
}

void TestGpt::streamsProbabilities() {
    torch::manual_seed(10);
    ts::Gpt model(smallTestConfig());
    ts::GenerationOptions options;
    options.maxTokens = 30;
    options.topK = 3;
    int received = 0;
    const auto tokens = ts::generate(model, {}, options, [&](const ts::GeneratedToken& t) {
        ++received;
        if (t.alternatives.size() != 5) return false;
        double sum = 0.0;
        for (const auto& a : t.alternatives) sum += a.probability;
        const bool ok = std::abs(sum - 1.0) < 1e-9 && t.alternatives[3].probability == 0.0 &&
                        t.alternatives[0].probability >= t.probability && t.probability > 0.0;
        return ok && received < 12;  // stop early after twelve
    });
    QCOMPARE(received, 12);
    QCOMPARE(tokens.size(), size_t(12));
}

QTEST_APPLESS_MAIN(TestGpt)
#include "test_gpt.moc"
