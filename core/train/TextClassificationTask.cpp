// The text classification task (text-bow and text-transformer): texts featurized once at prepare (hashed n-gram
// ids, or a tokenizer's ids trained on the training rows), epochs of shuffled batches through the model, and each
// epoch's validation with the confusion matrix and predictions.
#include "core/train/TextClassificationTask.h"

#include "core/eval/Metrics.h"
#include "core/train/Checkpoint.h"
#include "core/train/Models.h"
#include "core/train/TextClassifierModel.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ts {

namespace {

constexpr int64_t kTextEvalBatch = 256;                       // texts per inference batch
constexpr uint64_t kTextHoldOutSalt = 0xD1B54A32D192ED03ull;  // the hold-out's own sequence, fixed per seed
constexpr int kTextBowWordMin = 1;
constexpr int kTextBowWordMax = 2;
constexpr int kTextBowCharMin = 2;
constexpr int kTextBowCharMax = 5;
constexpr const char* kTextTransformerName = "text-transformer";

/// A seeded hold-out of `fraction` of 0..n-1 (torch's CPU generator, the same everywhere); both lists sorted.
void textHoldOut(int64_t n, double fraction, uint64_t seed, std::vector<int64_t>& train, std::vector<int64_t>& val) {
    const int64_t nVal = std::min<int64_t>(int64_t(std::llround(fraction * double(n))), n > 0 ? n - 1 : 0);
    torch::Generator gen = at::make_generator<at::CPUGeneratorImpl>(seed ^ kTextHoldOutSalt);
    const torch::Tensor perm = torch::randperm(n, gen, torch::kInt64);
    const int64_t* p = perm.data_ptr<int64_t>();
    val.assign(p, p + nVal);
    train.assign(p + nVal, p + n);
    std::sort(val.begin(), val.end());
    std::sort(train.begin(), train.end());
}

torch::Tensor textRows(const std::vector<int64_t>& rows, const torch::Device& device) {
    return torch::tensor(rows, torch::kInt64).to(device);
}

/// A featurized split with its labels, on the device.
struct TextSplitTensors {
    TextInputs inputs;
    torch::Tensor labels;  // [n] int64
    int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
};

class TextClassificationTask : public EpochTask {
public:
    TextClassificationTask(const TrainConfig& cfg, const Dataset& data) : EpochTask(cfg.epochs, cfg.evalsPerEpoch), m_cfg(cfg), m_data(data) {}

    void prepare(const torch::Device& device, const TrainOptions& options, TrainObserver& observer) override;
    torch::nn::Module& model() override { return m_model->module(); }
    std::vector<ParameterGroup> parameterGroups() override { return m_model->parameterGroups(); }
    void setActivationTap(ActivationTap* tap) override { m_model->setActivationTap(tap); }
    void orderEpoch(int epoch) override;
    void startCounting() override;
    torch::Tensor batchLoss(int64_t batch, int64_t& count) override;
    void reduceRound() override;
    void evaluate(EpochMetrics& m) override;
    void test(RunSummary& summary) override;
    void describe(RunSummary& summary) const override;
    std::string checkpointPayload() const override { return textClassifierInfoToJson(m_model->info()); }

private:
    /// The model's description: the featurizer from the configuration, a text-transformer's tokenizer trained on
    /// the rows trained on (or read from the checkpoint resumed from).
    TextClassifierInfo describeModel(const TrainOptions& options, const std::vector<int64_t>& trainRows,
                                     TrainObserver& observer);
    TextSplitTensors featurize(const TextExamples& set) const;
    /// The tokenizer's figures for the run summary (text-transformer).
    void summarizeTokens(TrainObserver& observer);
    /// Loss, accuracy, per-class metrics and confusion matrix of the texts at `rows` of `split`, and predictions
    /// indexed by those rows.
    EvalMetrics score(const TextSplitTensors& split, const torch::Tensor& rows, std::vector<Prediction>& predictions);

    const TrainConfig& m_cfg;
    const Dataset& m_data;
    torch::Device m_device{torch::kCPU};
    TextSplitTensors m_train, m_val, m_test;
    torch::Tensor m_trainRows, m_valRows;  // rows of m_train trained on; rows validated on (of m_train or m_val)
    const TextSplitTensors* m_valSource = nullptr;
    std::string m_valSplit;
    std::unique_ptr<TextClassifierModel> m_model;
    TokenizerSummary m_tokenizerSummary;
    // The epoch in progress.
    torch::Tensor m_order;
    torch::Tensor m_correct;  // correct predictions so far, on the device
    int64_t m_seen = 0;
    double m_roundCorrect = 0.0, m_roundSeen = 0.0;  // of every process, after reduceRound()
};

void TextClassificationTask::prepare(const torch::Device& device, const TrainOptions& options, TrainObserver& observer) {
    if (m_data.textTrain.size() == 0) throw std::invalid_argument("the training set has no texts");
    if (m_data.classCount() < 2) throw std::invalid_argument("the data set needs at least 2 classes");
    m_device = device;
    std::vector<int64_t> trainRows, valRows;
    if (m_data.textVal.size() == 0 && m_cfg.valFraction > 0.0) {
        textHoldOut(m_data.textTrain.size(), m_cfg.valFraction, m_cfg.seed, trainRows, valRows);
    } else {
        for (int64_t i = 0; i < m_data.textTrain.size(); ++i) trainRows.push_back(i);
    }
    m_model = makeTextClassifierModel(describeModel(options, trainRows, observer));
    m_train = featurize(m_data.textTrain);
    if (m_data.textTest.size() > 0) m_test = featurize(m_data.textTest);
    if (!valRows.empty()) {
        m_valSource = &m_train;
        m_valSplit = "train";
        m_valRows = textRows(valRows, m_device);
    } else if (m_data.textVal.size() > 0) {
        m_val = featurize(m_data.textVal);
        m_valSource = &m_val;
        m_valSplit = "val";
        m_valRows = torch::arange(m_data.textVal.size(), torch::TensorOptions().dtype(torch::kInt64).device(m_device));
    }
    m_trainRows = textRows(trainRows, m_device);
    m_model->module().to(m_device);
    m_model->module().train();
    m_batchesPerEpoch = (m_trainRows.size(0) + m_cfg.batchSize - 1) / m_cfg.batchSize;
    checkParts();
    summarizeTokens(observer);
}

TextClassifierInfo TextClassificationTask::describeModel(const TrainOptions& options,
                                                         const std::vector<int64_t>& trainRows, TrainObserver& observer) {
    TextClassifierInfo info;
    info.preset = m_cfg.preset;
    info.classNames = m_data.classNames;
    if (m_cfg.preset != kTextTransformerName) {
        info.ngrams = textBowNgrams(m_cfg);
        info.embedding = m_cfg.textEmbedding;
        return info;
    }
    info.shape.contextLength = m_cfg.contextLength;
    info.shape.layers = m_cfg.layers;
    info.shape.heads = m_cfg.heads;
    info.shape.embedding = m_cfg.embedding;
    info.shape.dropout = m_cfg.dropout;
    if (!options.resumeFrom.empty()) {  // tokenize exactly as the interrupted run did
        info.tokenizerJson = textClassifierInfoFromJson(readCheckpointModelInfo(options.resumeFrom)).tokenizerJson;
        return info;
    }
    std::vector<std::string_view> trainText;
    for (const int64_t row : trainRows) trainText.push_back(m_data.textTrain.texts[size_t(row)]);
    TokenizerOptions to;
    to.kind = m_cfg.tokenizer;
    to.vocabSize = m_cfg.vocabSize;
    to.threads = std::max(1, torch::get_num_threads());
    if (m_cfg.tokenizer != "char") observer.onMessage("training the " + m_cfg.tokenizer + " tokenizer");
    info.tokenizerJson = makeTokenizer(to, trainText)->toJson();
    return info;
}

TextSplitTensors TextClassificationTask::featurize(const TextExamples& set) const {
    return {m_model->featurize(set.texts, m_device), torch::tensor(set.labels, torch::kInt64).to(m_device)};
}

void TextClassificationTask::summarizeTokens(TrainObserver& observer) {
    const Tokenizer* tokenizer = m_model->tokenizer();
    if (!tokenizer) return;
    TokenizerSummary& s = m_tokenizerSummary;
    s.kind = tokenizer->kind();
    s.vocabSize = tokenizer->vocabSize();
    const auto tokens = [](const TextSplitTensors& split) {
        return split.size() > 0 ? split.inputs.tokens.lengths.sum().item<int64_t>() : int64_t(0);
    };
    s.trainTokens = tokens(m_train);
    s.valTokens = tokens(m_val);
    s.testTokens = tokens(m_test);
    const int64_t truncated = m_train.inputs.tokens.truncated + m_val.inputs.tokens.truncated + m_test.inputs.tokens.truncated;
    if (truncated > 0)
        observer.onMessage(std::to_string(truncated) + " of " +
                           std::to_string(m_train.size() + m_val.size() + m_test.size()) + " texts are longer than " +
                           std::to_string(m_cfg.contextLength) + " tokens; their first " +
                           std::to_string(m_cfg.contextLength) + " tokens are kept");
}

void TextClassificationTask::orderEpoch(int epoch) {
    m_order = m_trainRows;
    // A seeded permutation per epoch, the same on every process (each takes its share of every batch).
    if (m_cfg.shuffle)
        m_order = m_trainRows.index_select(
            0, at::randperm(m_trainRows.size(0), dataGenerator(m_cfg.seed, uint64_t(epoch)), torch::kInt64).to(m_device));
}

void TextClassificationTask::startCounting() {
    m_correct = torch::zeros({}, torch::TensorOptions().dtype(torch::kInt64).device(m_device));
    m_seen = 0;
}

torch::Tensor TextClassificationTask::batchLoss(int64_t batch, int64_t& count) {
    const int64_t n = m_order.size(0);
    const auto [first, last] = shard(batch * m_cfg.batchSize, std::min(n, (batch + 1) * m_cfg.batchSize));
    const torch::Tensor rows = m_order.slice(0, first, last);
    count = rows.size(0);
    m_seen += count;
    const torch::Tensor logits = m_model->forward(m_train.inputs, rows);
    if (count == 0) return logits.sum();  // an empty share of a short last batch: zero, with zero gradients
    const torch::Tensor y = m_train.labels.index_select(0, rows);
    m_correct.add_(logits.detach().argmax(1).eq(y).sum());
    return torch::nn::functional::cross_entropy(logits, y);
}

EvalMetrics TextClassificationTask::score(const TextSplitTensors& split, const torch::Tensor& rows,
                                          std::vector<Prediction>& predictions) {
    c10::InferenceMode inference;
    m_model->module().eval();
    const int64_t n = rows.size(0), k = m_data.classCount();
    std::vector<torch::Tensor> parts;
    for (int64_t b = 0; b < n; b += kTextEvalBatch) {
        const torch::Tensor part = rows.slice(0, b, std::min(n, b + kTextEvalBatch));
        parts.push_back(m_model->forward(split.inputs, part));
    }
    m_model->module().train();
    const torch::Tensor logits = parts.empty() ? torch::zeros({0, k}, torch::kFloat) : torch::cat(parts).cpu();
    const torch::Tensor truth = split.labels.index_select(0, rows).cpu();
    const double lossSum = n > 0 ? torch::nn::functional::cross_entropy(
                                       logits, truth, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                                       .item<double>()
                                 : 0.0;
    const auto [confidence, predicted] = torch::softmax(logits, 1).to(torch::kDouble).max(1);
    const torch::Tensor cells = torch::bincount(truth * k + predicted, {}, k * k).contiguous();
    ConfusionMatrix cm;
    cm.reset(m_data.classNames);
    std::copy(cells.data_ptr<int64_t>(), cells.data_ptr<int64_t>() + k * k, cm.counts.begin());
    const torch::Tensor rowsCpu = rows.cpu().contiguous(), truthCpu = truth.contiguous();
    const torch::Tensor predCpu = predicted.contiguous(), confCpu = confidence.contiguous();
    const int64_t* rowPtr = rowsCpu.data_ptr<int64_t>();
    const int64_t* truePtr = truthCpu.data_ptr<int64_t>();
    const int64_t* predPtr = predCpu.data_ptr<int64_t>();
    const double* confPtr = confCpu.data_ptr<double>();
    predictions.resize(size_t(n));
    for (int64_t i = 0; i < n; ++i)
        predictions[size_t(i)] = Prediction{rowPtr[i], int(truePtr[i]), int(predPtr[i]), confPtr[i]};
    return metricsFromConfusion(cm, n > 0 ? lossSum / double(n) : 0.0);
}

void TextClassificationTask::reduceRound() {
    std::vector<double> totals{double(m_correct.item<int64_t>()), double(m_seen)};
    sumAcross(totals);
    m_roundCorrect = totals[0];
    m_roundSeen = totals[1];
}

void TextClassificationTask::evaluate(EpochMetrics& m) {
    m.trainAccuracy = m_roundSeen > 0 ? m_roundCorrect / m_roundSeen : 0.0;
    if (m_valSource) m.val = score(*m_valSource, m_valRows, m.valPredictions);
    m.valSetName = m_valSource ? "validation" : "";
    m.valSplit = m_valSplit;
}

void TextClassificationTask::test(RunSummary& summary) {
    if (m_test.size() == 0) return;
    const torch::Tensor all = torch::arange(m_test.size(), torch::TensorOptions().dtype(torch::kInt64).device(m_device));
    summary.test = score(m_test, all, summary.testPredictions);
    summary.hasTest = true;
}

void TextClassificationTask::describe(RunSummary& summary) const {
    summary.task = "classification";
    summary.parameters = parameterCount(m_model->module());
    if (m_model->tokenizer()) summary.tokenizer = m_tokenizerSummary;
}

}  // namespace

NgramSettings textBowNgrams(const TrainConfig& cfg) {
    NgramSettings s;
    s.buckets = cfg.hashBuckets;
    s.wordMin = kTextBowWordMin;
    s.wordMax = kTextBowWordMax;
    s.charMin = kTextBowCharMin;
    s.charMax = kTextBowCharMax;
    s.symbols = true;
    s.balanced = true;
    return s;
}

std::unique_ptr<TrainingTask> makeTextClassificationTask(const TrainConfig& cfg, const Dataset& data) {
    return std::make_unique<TextClassificationTask>(cfg, data);
}

}  // namespace ts
