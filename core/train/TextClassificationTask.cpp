// The text-bow task: texts hashed to n-gram ids once at prepare, epochs of shuffled batches through the
// bag-of-n-grams model, and each epoch's validation with the confusion matrix and predictions.
#include "core/train/TextClassificationTask.h"

#include "core/common/Json.h"
#include "core/eval/Metrics.h"
#include "core/train/BagOfNgrams.h"
#include "core/train/Models.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ts {

namespace {

constexpr int64_t kTextEvalBatch = 1024;                      // texts per inference batch
constexpr uint64_t kTextHoldOutSalt = 0xD1B54A32D192ED03ull;  // the hold-out's own sequence, fixed per seed
constexpr int kTextBowWordMin = 1;
constexpr int kTextBowWordMax = 2;
constexpr int kTextBowCharMin = 3;
constexpr int kTextBowCharMax = 5;

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
    HashedTexts texts;
    torch::Tensor labels;  // [n] int64
};

TextSplitTensors textSplitTensors(const TextExamples& set, const NgramSettings& ngrams, const torch::Device& device) {
    return {hashTexts(set.texts, ngrams, device), torch::tensor(set.labels, torch::kInt64).to(device)};
}

class TextClassificationTask : public EpochTask {
public:
    TextClassificationTask(const TrainConfig& cfg, const Dataset& data) : EpochTask(cfg.epochs), m_cfg(cfg), m_data(data) {}

    void prepare(const torch::Device& device, const TrainOptions& options, TrainObserver& observer) override;
    torch::nn::Module& model() override { return *m_model; }
    std::vector<ParameterGroup> parameterGroups() override;
    void beginRound(int round) override;
    torch::Tensor stepLoss(int64_t index, int64_t& count) override;
    void evaluate(EpochMetrics& m) override;
    void test(RunSummary& summary) override;
    void describe(RunSummary& summary) const override;
    std::string checkpointPayload() const override { return m_payload; }

private:
    /// Loss, accuracy, per-class metrics and confusion matrix of the texts at `rows` of `split`, and predictions
    /// indexed by those rows.
    EvalMetrics score(const TextSplitTensors& split, const torch::Tensor& rows, std::vector<Prediction>& predictions);

    const TrainConfig& m_cfg;
    const Dataset& m_data;
    torch::Device m_device{torch::kCPU};
    NgramSettings m_ngrams;
    TextSplitTensors m_train, m_val, m_test;
    torch::Tensor m_trainRows, m_valRows;  // rows of m_train trained on; rows validated on (of m_train or m_val)
    const TextSplitTensors* m_valSource = nullptr;
    std::string m_valSplit;
    BagOfNgrams m_model{nullptr};
    std::string m_payload;
    // The epoch in progress.
    torch::Tensor m_order;
    torch::Tensor m_correct;  // correct predictions so far, on the device
    int64_t m_seen = 0;
};

void TextClassificationTask::prepare(const torch::Device& device, const TrainOptions&, TrainObserver&) {
    if (m_data.textTrain.size() == 0) throw std::invalid_argument("the training set has no texts");
    if (m_data.classCount() < 2) throw std::invalid_argument("the data set needs at least 2 classes");
    m_device = device;
    m_ngrams = textBowNgrams(m_cfg);
    std::vector<int64_t> trainRows, valRows;
    if (m_data.textVal.size() == 0 && m_cfg.valFraction > 0.0) {
        textHoldOut(m_data.textTrain.size(), m_cfg.valFraction, m_cfg.seed, trainRows, valRows);
    } else {
        for (int64_t i = 0; i < m_data.textTrain.size(); ++i) trainRows.push_back(i);
    }
    m_train = textSplitTensors(m_data.textTrain, m_ngrams, m_device);
    if (m_data.textTest.size() > 0) m_test = textSplitTensors(m_data.textTest, m_ngrams, m_device);
    if (!valRows.empty()) {
        m_valSource = &m_train;
        m_valSplit = "train";
        m_valRows = textRows(valRows, m_device);
    } else if (m_data.textVal.size() > 0) {
        m_val = textSplitTensors(m_data.textVal, m_ngrams, m_device);
        m_valSource = &m_val;
        m_valSplit = "val";
        m_valRows = torch::arange(m_data.textVal.size(), torch::TensorOptions().dtype(torch::kInt64).device(m_device));
    }
    m_trainRows = textRows(trainRows, m_device);
    m_model = BagOfNgrams(m_ngrams.buckets, m_cfg.textEmbedding, m_data.classCount());
    m_model->to(m_device);
    m_model->train();
    m_batchesPerEpoch = (m_trainRows.size(0) + m_cfg.batchSize - 1) / m_cfg.batchSize;

    Json info;
    info.set("preset", m_cfg.preset);
    info.set("task", "text-classification");
    info.set("class_names", jsonArray(m_data.classNames));
    info.set("hash", "fnv1a64");
    info.set("lowercase", true);
    info.set("buckets", m_ngrams.buckets);
    info.set("embedding", m_cfg.textEmbedding);
    info.set("word_ngrams", jsonArray(std::vector<int64_t>{m_ngrams.wordMin, m_ngrams.wordMax}));
    info.set("char_ngrams", jsonArray(std::vector<int64_t>{m_ngrams.charMin, m_ngrams.charMax}));
    m_payload = info.dump();
}

std::vector<ParameterGroup> TextClassificationTask::parameterGroups() {
    // Weight decay on the output layer only: decaying the n-gram table would touch every bucket every step.
    ParameterGroup decay{{}, true}, noDecay{{}, false};
    for (const auto& item : m_model->named_parameters())
        (item.key().rfind("bag.", 0) == 0 ? noDecay : decay).parameters.push_back(item.value());
    return {decay, noDecay};
}

void TextClassificationTask::beginRound(int) {
    m_order = m_trainRows;
    if (m_cfg.shuffle)
        m_order = m_trainRows.index_select(0, torch::randperm(m_trainRows.size(0), torch::kInt64).to(m_device));
    m_correct = torch::zeros({}, torch::TensorOptions().dtype(torch::kInt64).device(m_device));
    m_seen = 0;
}

torch::Tensor TextClassificationTask::stepLoss(int64_t index, int64_t& count) {
    const int64_t n = m_order.size(0);
    const torch::Tensor rows = m_order.slice(0, index * m_cfg.batchSize, std::min(n, (index + 1) * m_cfg.batchSize));
    count = rows.size(0);
    m_seen += count;
    const auto [ids, offsets] = m_train.texts.batch(rows);
    const torch::Tensor logits = m_model->forward(ids, offsets);
    const torch::Tensor y = m_train.labels.index_select(0, rows);
    m_correct.add_(logits.detach().argmax(1).eq(y).sum());
    return torch::nn::functional::cross_entropy(logits, y);
}

EvalMetrics TextClassificationTask::score(const TextSplitTensors& split, const torch::Tensor& rows,
                                          std::vector<Prediction>& predictions) {
    c10::InferenceMode inference;
    m_model->eval();
    const int64_t n = rows.size(0), k = m_data.classCount();
    std::vector<torch::Tensor> parts;
    for (int64_t b = 0; b < n; b += kTextEvalBatch) {
        const torch::Tensor part = rows.slice(0, b, std::min(n, b + kTextEvalBatch));
        const auto [ids, offsets] = split.texts.batch(part);
        parts.push_back(m_model->forward(ids, offsets));
    }
    m_model->train();
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

void TextClassificationTask::evaluate(EpochMetrics& m) {
    m.trainAccuracy = m_seen > 0 ? double(m_correct.item<int64_t>()) / double(m_seen) : 0.0;
    if (m_valSource) m.val = score(*m_valSource, m_valRows, m.valPredictions);
    m.valSetName = m_valSource ? "validation" : "";
    m.valSplit = m_valSplit;
}

void TextClassificationTask::test(RunSummary& summary) {
    if (m_test.texts.size() == 0) return;
    const torch::Tensor all = torch::arange(m_test.texts.size(), torch::TensorOptions().dtype(torch::kInt64).device(m_device));
    summary.test = score(m_test, all, summary.testPredictions);
    summary.hasTest = true;
}

void TextClassificationTask::describe(RunSummary& summary) const {
    summary.task = "classification";
    summary.parameters = parameterCount(*m_model);
}

}  // namespace

NgramSettings textBowNgrams(const TrainConfig& cfg) {
    NgramSettings s;
    s.buckets = cfg.hashBuckets;
    s.wordMin = kTextBowWordMin;
    s.wordMax = kTextBowWordMax;
    s.charMin = kTextBowCharMin;
    s.charMax = kTextBowCharMax;
    return s;
}

std::unique_ptr<TrainingTask> makeTextClassificationTask(const TrainConfig& cfg, const Dataset& data) {
    return std::make_unique<TextClassificationTask>(cfg, data);
}

}  // namespace ts
