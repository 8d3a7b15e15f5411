// The language-model task: tokenizer, token splits on the device, the GPT, random training windows from torch's
// generator (so a resumed run continues the same sequence), loss estimates on windows fixed at the start, samples
// with their metrics and watch-list hits, and the whole-test-split figures.
#include "core/lm/LanguageModelTask.h"

#include "core/common/Numbers.h"
#include "core/lm/Generate.h"
#include "core/lm/Gpt.h"
#include "core/lm/LanguageModelInfo.h"
#include "core/lm/TextGenerator.h"
#include "core/text/TextCorpus.h"
#include "core/text/TextMetrics.h"
#include "core/text/TextSplit.h"
#include "core/text/Tokenizer.h"
#include "core/text/WatchList.h"
#include "core/train/Checkpoint.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace ts {

namespace {

constexpr uint64_t kEvalWindowSalt = 0xA0761D6478BD642Full;  // eval windows: their own sequence, fixed per seed
constexpr int64_t kTestWindowsPerBatch = 64;
constexpr size_t kPromptMaxBytes = 40;
constexpr int kTopAlternatives = 5;
constexpr double kProgressStep = 0.25;  // report tokenizer training progress in quarters

/// Token ids of a split on the device (int32, converted per batch), and what they stand for in bytes.
struct TokenSplit {
    torch::Tensor ids;      // [n] int32 on the device
    int64_t size() const { return ids.defined() ? ids.size(0) : 0; }
};

/// A tensor that owns `ids` (no copy on the CPU).
torch::Tensor ownedTokens(std::vector<int32_t>&& ids, const torch::Device& device) {
    auto* owner = new std::vector<int32_t>(std::move(ids));
    torch::Tensor t = torch::from_blob(owner->data(), {int64_t(owner->size())},
                                       [owner](void*) { delete owner; }, torch::kInt32);
    return device.is_cpu() ? t : t.to(device);
}

/// The first whole line at or after `from` in `text`, cut to kPromptMaxBytes at a space; a short line keeps its
/// line feed so that the model continues on the next line.
std::string openingLineAt(std::string_view text, size_t from) {
    size_t start = text.find('\n', from);
    while (start != std::string_view::npos && start + 1 < text.size() && text[start + 1] == '\n') ++start;
    if (start == std::string_view::npos || start + 1 >= text.size()) return {};
    ++start;
    const size_t end = std::min(text.find('\n', start), text.size());
    std::string line(text.substr(start, end - start));
    if (line.size() < kPromptMaxBytes) return end < text.size() ? line + "\n" : line;
    const size_t cut = line.rfind(' ', kPromptMaxBytes);
    return line.substr(0, cut == std::string::npos || cut == 0 ? kPromptMaxBytes : cut);
}

class LanguageModelTask : public TrainingTask {
public:
    LanguageModelTask(const TrainConfig& cfg, const Dataset& data) : m_cfg(cfg), m_data(data) {}

    void prepare(const torch::Device& device, const TrainOptions& options, TrainObserver& observer) override;
    torch::nn::Module& model() override { return *m_model; }
    std::vector<ParameterGroup> parameterGroups() override;
    int rounds() const override { return int((m_cfg.steps + m_cfg.evalEvery - 1) / m_cfg.evalEvery); }
    int64_t stepsInRound(int round) const override {
        return std::min<int64_t>(m_cfg.evalEvery, m_cfg.steps - int64_t(round - 1) * m_cfg.evalEvery);
    }
    int64_t totalSteps() const override { return m_cfg.steps; }
    const char* roundName() const override { return "evaluation"; }
    bool measuresGradientNorm() const override { return true; }
    void beginRound(int round) override { m_round = round; }
    torch::Tensor stepLoss(int64_t index, int64_t& count) override;
    void setActivationTap(ActivationTap* tap) override { m_model->setActivationTap(tap); }
    void evaluate(EpochMetrics& m) override;
    void test(RunSummary& summary) override;
    void describe(RunSummary& summary) const override;
    std::string checkpointPayload() const override { return m_payload; }

private:
    /// Figures of a set of windows: summed nats, targets, target bytes, top-1 and top-5 hits.
    struct WindowScore {
        double nats = 0.0;
        int64_t targets = 0, bytes = 0, top1 = 0, top5 = 0;
    };
    void makeTokenizer(const TrainOptions& options, TrainObserver& observer);
    void encodeSplits(TrainObserver& observer);
    void prepareSamples();
    /// x and y [B, T] of windows starting at `starts` (int64 on the CPU) of `split`.
    std::pair<torch::Tensor, torch::Tensor> windows(const TokenSplit& split, const torch::Tensor& starts, int64_t length) const;
    /// Scores windows of `length` starting at `starts` (batched); with top-k counts when asked.
    WindowScore score(const TokenSplit& split, const std::vector<int64_t>& starts, int64_t length, int64_t batch, bool topK);
    std::vector<int64_t> fixedStarts(const TokenSplit& split, uint64_t salt) const;
    TextSample sample(const std::string& prompt, int64_t step);

    const TrainConfig& m_cfg;
    const Dataset& m_data;
    torch::Device m_device{torch::kCPU};
    TextSplit m_split;
    std::unique_ptr<Tokenizer> m_tokenizer;
    TokenizerSummary m_tokenizerSummary;
    TokenSplit m_train, m_val, m_test;
    torch::Tensor m_byteLengths;  // [vocab] int64 on the device
    Gpt m_model{nullptr};
    std::string m_payload;
    std::vector<int64_t> m_trainEvalStarts, m_valEvalStarts;
    std::vector<std::string> m_prompts;
    NgramIndex m_trainNgrams;
    WatchList m_watchList;
    int m_round = 1;  // the round in progress (beginRound)
};

void LanguageModelTask::prepare(const torch::Device& device, const TrainOptions& options, TrainObserver& observer) {
    if (!m_data.text) throw std::invalid_argument("the language model needs a text corpus");
    m_device = device;
    m_split = splitCorpus(*m_data.text, TextSplitFractions{m_cfg.valFraction, m_cfg.testFraction});
    makeTokenizer(options, observer);
    encodeSplits(observer);
    const LanguageModelInfo info = LanguageModelInfo::fromConfig(m_cfg, m_tokenizer->vocabSize(), m_tokenizer->toJson());
    const GptConfig shape = gptConfigOf(info);
    shape.validate();
    m_model = Gpt(shape);
    m_model->to(m_device);
    m_model->train();
    m_payload = languageModelInfoToJson(info);
    m_trainEvalStarts = fixedStarts(m_train, kEvalWindowSalt);
    m_valEvalStarts = fixedStarts(m_val, kEvalWindowSalt + 1);
    prepareSamples();
}

void LanguageModelTask::makeTokenizer(const TrainOptions& options, TrainObserver& observer) {
    if (!options.resumeFrom.empty()) {  // tokenize exactly as the interrupted run did
        const LanguageModelInfo info = languageModelInfoFromJson(readCheckpointModelInfo(options.resumeFrom));
        m_tokenizer = tokenizerFromJson(info.tokenizerJson);
        return;
    }
    TokenizerOptions to;
    to.kind = m_cfg.tokenizer;
    to.vocabSize = m_cfg.vocabSize;
    to.threads = std::max(1, torch::get_num_threads());
    double reported = -1.0;
    std::string phase;
    m_tokenizer = ts::makeTokenizer(to, m_split.train, [&](const std::string& p, double fraction) {
        if (p == phase && fraction < reported + kProgressStep) return;
        phase = p;
        reported = fraction;
        if (p == "training" && m_cfg.tokenizer != "char")
            observer.onMessage("training the " + m_cfg.tokenizer + " tokenizer" +
                               (fraction >= 0.0 ? " (" + std::to_string(int(fraction * 100)) + "%)" : std::string()));
    });
}

void LanguageModelTask::encodeSplits(TrainObserver& observer) {
    const int threads = std::max(1, torch::get_num_threads());
    std::vector<int32_t> train = m_tokenizer->encodeAll(m_split.train, threads);
    std::vector<int32_t> val = m_tokenizer->encodeAll(m_split.validation, threads);
    std::vector<int32_t> test = m_tokenizer->encodeAll(m_split.test, threads);
    checkContextWindow(m_data.text->path(), int64_t(train.size()), int64_t(val.size()), m_cfg.contextLength);
    if (val.size() < size_t(m_cfg.contextLength) + 1)
        throw std::invalid_argument("the validation split of " + m_data.text->path() + " has " +
                                    std::to_string(val.size()) + " tokens, fewer than one context window (" +
                                    std::to_string(m_cfg.contextLength) +
                                    " + 1): use a longer text, a larger validation share or a shorter context");
    TokenizerSummary& s = m_tokenizerSummary;
    s.kind = m_tokenizer->kind();
    s.vocabSize = m_tokenizer->vocabSize();
    s.trainTokens = int64_t(train.size());
    s.valTokens = int64_t(val.size());
    s.testTokens = int64_t(test.size());
    s.valUnknownRate = unknownRate(*m_tokenizer, val);
    s.testUnknownRate = unknownRate(*m_tokenizer, test);
    if (s.valUnknownRate > 0.0 || s.testUnknownRate > 0.0)
        observer.onMessage("characters that never occur in the training text are unknown tokens: " +
                           formatC("%.3f", s.valUnknownRate * 100.0) + "% of validation, " +
                           formatC("%.3f", s.testUnknownRate * 100.0) + "% of test tokens");
    const std::vector<int32_t> lengths = m_tokenizer->tokenByteLengths();
    m_byteLengths = torch::tensor(std::vector<int64_t>(lengths.begin(), lengths.end()), torch::kInt64).to(m_device);
    m_train.ids = ownedTokens(std::move(train), m_device);
    m_val.ids = ownedTokens(std::move(val), m_device);
    m_test.ids = ownedTokens(std::move(test), m_device);
}

void LanguageModelTask::prepareSamples() {
    m_prompts = m_cfg.prompts;
    if (m_prompts.empty() && m_cfg.sampleTokens > 0) {
        m_prompts.push_back("");
        const std::string_view val = m_split.validation.empty() ? std::string_view() : m_split.validation.front();
        for (const size_t at : {size_t(0), val.size() / 2}) {
            const std::string opening = openingLineAt(val, at);
            if (!opening.empty() && std::find(m_prompts.begin(), m_prompts.end(), opening) == m_prompts.end())
                m_prompts.push_back(opening);
        }
    }
    if (m_cfg.sampleTokens > 0 && !m_prompts.empty()) m_trainNgrams = NgramIndex(m_split.train);
    if (!m_cfg.watchList.empty()) m_watchList = WatchList::load(m_cfg.watchList);
}

std::vector<ParameterGroup> LanguageModelTask::parameterGroups() {
    // nanoGPT: weight decay on the matrices (two or more dimensions), none on gains and biases.
    ParameterGroup decay{{}, true}, noDecay{{}, false};
    for (const torch::Tensor& p : m_model->parameters())
        (p.dim() >= 2 ? decay : noDecay).parameters.push_back(p);
    return {decay, noDecay};
}

std::pair<torch::Tensor, torch::Tensor> LanguageModelTask::windows(const TokenSplit& split, const torch::Tensor& starts,
                                                                   int64_t length) const {
    const torch::Tensor offsets = torch::arange(length + 1, torch::kInt64);
    const torch::Tensor idx = (starts.unsqueeze(1) + offsets.unsqueeze(0)).to(m_device);
    const torch::Tensor w = split.ids.index_select(0, idx.flatten()).view({starts.size(0), length + 1}).to(torch::kInt64);
    return {w.slice(1, 0, length), w.slice(1, 1, length + 1)};
}

torch::Tensor LanguageModelTask::stepLoss(int64_t index, int64_t& count) {
    const int64_t t = m_cfg.contextLength;
    // nanoGPT's get_batch: starts uniform in [0, n - T - 1]. The generator is seeded from the run's seed and the
    // step, so every process draws the same global batch (and takes its rows of it) and a resume continues alike.
    const int64_t step = int64_t(m_round - 1) * m_cfg.evalEvery + index;
    const torch::Tensor all = at::randint(m_train.size() - t, {int64_t(m_cfg.batchSize)},
                                          dataGenerator(m_cfg.seed, uint64_t(step)), torch::kInt64);
    const auto [first, last] = shard(0, m_cfg.batchSize);
    const torch::Tensor starts = all.slice(0, first, last);
    const auto [x, y] = timedBatch([&] { return windows(m_train, starts, t); });
    count = x.numel();
    return languageModelLoss(m_model->forward(x), y);
}

std::vector<int64_t> LanguageModelTask::fixedStarts(const TokenSplit& split, uint64_t salt) const {
    const int64_t span = split.size() - m_cfg.contextLength;  // starts 0 .. span - 1
    std::vector<int64_t> starts;
    if (span <= 0) return starts;
    std::mt19937_64 rng(m_cfg.seed ^ salt);
    const int64_t n = int64_t(m_cfg.evalBatches) * m_cfg.batchSize;
    for (int64_t i = 0; i < n; ++i) starts.push_back(int64_t(rng() % uint64_t(span)));
    return starts;
}

LanguageModelTask::WindowScore LanguageModelTask::score(const TokenSplit& split, const std::vector<int64_t>& starts,
                                                        int64_t length, int64_t batch, bool topK) {
    WindowScore s;
    c10::InferenceMode inference;
    for (size_t b = 0; b < starts.size(); b += size_t(batch)) {
        const size_t e = std::min(starts.size(), b + size_t(batch));
        const torch::Tensor st = torch::tensor(std::vector<int64_t>(starts.begin() + long(b), starts.begin() + long(e)), torch::kInt64);
        const auto [x, y] = windows(split, st, length);
        const torch::Tensor logits = m_model->forward(x);
        const torch::Tensor flat = logits.reshape({-1, logits.size(-1)});
        const torch::Tensor targets = y.reshape({-1});
        s.nats += torch::nn::functional::cross_entropy(
                      flat, targets, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                      .item<double>();
        s.targets += targets.numel();
        s.bytes += m_byteLengths.index_select(0, targets).sum().item<int64_t>();
        s.top1 += flat.argmax(1).eq(targets).sum().item<int64_t>();
        if (topK) {
            const int64_t k = std::min<int64_t>(kTopAlternatives, flat.size(1));
            s.top5 += std::get<1>(flat.topk(k, 1)).eq(targets.unsqueeze(1)).any(1).sum().item<int64_t>();
        }
    }
    return s;
}

void LanguageModelTask::evaluate(EpochMetrics& m) {
    m_model->eval();
    const WindowScore train = score(m_train, m_trainEvalStarts, m_cfg.contextLength, m_cfg.batchSize, false);
    const WindowScore val = score(m_val, m_valEvalStarts, m_cfg.contextLength, m_cfg.batchSize, false);
    m_model->train();
    m.languageModel = true;
    m.trainLoss = train.targets > 0 ? train.nats / double(train.targets) : 0.0;
    m.val.loss = val.targets > 0 ? val.nats / double(val.targets) : 0.0;
    m.val.accuracy = val.targets > 0 ? double(val.top1) / double(val.targets) : 0.0;
    m.valSetName = "validation";
    m.valSplit = "val";
    m.lm.valPerplexity = perplexity(m.val.loss);
    m.lm.valBitsPerByte = bitsPerByte(val.nats, val.bytes);
    m.lm.trainBitsPerByte = bitsPerByte(train.nats, train.bytes);
    m.lm.valTokenAccuracy = m.val.accuracy;
    for (const std::string& prompt : m_prompts) {
        m.lm.samples.push_back(sample(prompt, m.step));
        m.lm.watchHits += int64_t(m.lm.samples.back().watchHits.size());
    }
}

TextSample LanguageModelTask::sample(const std::string& prompt, int64_t step) {
    TextSample s;
    s.step = step;
    s.prompt = prompt;
    s.temperature = m_cfg.sampleTemperature;
    s.topK = m_cfg.sampleTopK;
    s.seed = m_cfg.sampleSeed;
    GenerationOptions options;
    options.maxTokens = m_cfg.sampleTokens;
    options.temperature = m_cfg.sampleTemperature;
    options.topK = m_cfg.sampleTopK;
    options.seed = m_cfg.sampleSeed;
    options.startToken = generationStartToken(*m_tokenizer);
    const std::vector<int32_t> promptIds = m_tokenizer->encode(prompt);
    const std::vector<int64_t> ids = generate(m_model, std::vector<int64_t>(promptIds.begin(), promptIds.end()), options);
    s.text = m_tokenizer->decode(std::vector<int32_t>(ids.begin(), ids.end()));
    const SampleMetrics figures = sampleMetrics(s.text, m_trainNgrams.size() > 0 ? &m_trainNgrams : nullptr);
    s.distinct1 = figures.distinct1;
    s.distinct2 = figures.distinct2;
    s.repetition = figures.repetition;
    s.memorization = figures.memorization;
    for (const WatchHit& hit : m_watchList.find(s.text))
        s.watchHits.push_back(WatchMatch{int64_t(hit.begin), int64_t(hit.end), m_watchList.entries()[hit.entry]});
    return s;
}

void LanguageModelTask::test(RunSummary& summary) {
    const int64_t n = m_test.size();
    if (n < 2) return;
    // Non-overlapping windows of the context length over the whole test split (a shorter one when the split is
    // shorter than a window): every target token is predicted once.
    const int64_t length = std::min<int64_t>(m_cfg.contextLength, n - 1);
    std::vector<int64_t> starts;
    for (int64_t s = 0; s + length + 1 <= n; s += length) starts.push_back(s);
    m_model->eval();
    const WindowScore t = score(m_test, starts, length, kTestWindowsPerBatch, true);
    m_model->train();
    LanguageModelTest& r = summary.lmTest;
    r.tokens = t.targets;
    r.loss = t.targets > 0 ? t.nats / double(t.targets) : 0.0;
    r.perplexity = perplexity(r.loss);
    r.bitsPerByte = bitsPerByte(t.nats, t.bytes);
    r.tokenAccuracy = t.targets > 0 ? double(t.top1) / double(t.targets) : 0.0;
    r.top5Accuracy = t.targets > 0 ? double(t.top5) / double(t.targets) : 0.0;
    summary.hasLmTest = true;
}

void LanguageModelTask::describe(RunSummary& summary) const {
    summary.task = languageModelTaskName();
    summary.tokenizer = m_tokenizerSummary;
    summary.parameters = m_model->parameterCount();
}

}  // namespace

std::unique_ptr<TrainingTask> makeLanguageModelTask(const TrainConfig& cfg, const Dataset& data) {
    return std::make_unique<LanguageModelTask>(cfg, data);
}

}  // namespace ts
