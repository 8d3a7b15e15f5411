// Classification as a training task: the splits on the device, the network, cross-entropy, and each epoch's
// validation with the confusion matrix and predictions.
#include "core/train/ClassificationTask.h"

#include "core/eval/Metrics.h"
#include "core/train/Models.h"
#include "core/train/fused/FusedMlp.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace ts {

namespace {

constexpr int64_t kClassifierEvalBatch = 1000;     // inference batch: large for throughput, small for memory
constexpr uint64_t kSplitSeedSalt = 0x9E3779B97F4A7C15ull;  // decorrelates the split from model init
constexpr double kMinPixelStd = 1e-6;

/// One split on the training device: uint8 images and int64 labels, converted to float per batch.
class BatchSource {
public:
    BatchSource(const ImageSet& set, const torch::Device& device, double scale, double shift)
        : m_scale(scale), m_shift(shift) {
        // from_blob wraps the caller's memory without copying; it is only read.
        auto* labels = const_cast<int64_t*>(set.labels.data());
        if (set.isTabular()) {  // already standardized by the loader
            m_images = torch::from_blob(const_cast<float*>(set.features.data()), {set.size(), set.sampleBytes()}, torch::kFloat);
            m_scale = 1.0;
            m_shift = 0.0;
        } else {
            auto* pixels = const_cast<uint8_t*>(set.pixels.data());
            m_images = torch::from_blob(pixels, {set.size(), set.channels, set.height, set.width}, torch::kUInt8);
        }
        m_labels = torch::from_blob(labels, {set.size()}, torch::kInt64);
        if (!device.is_cpu()) {
            m_images = m_images.to(device);
            m_labels = m_labels.to(device);
        }
    }
    int64_t size() const { return m_labels.size(0); }
    /// Float inputs for the given sample indices: pixels * scale + shift, or the tabular features as they are.
    torch::Tensor images(const torch::Tensor& idx) const {
        if (m_images.scalar_type() == torch::kFloat) return m_images.index_select(0, idx);
        return gatherPixels(m_images, idx, m_scale, m_shift);
    }
    torch::Tensor labels(const torch::Tensor& idx) const { return m_labels.index_select(0, idx); }

private:
    torch::Tensor m_images, m_labels;
    double m_scale, m_shift;
};

/// Mean and standard deviation of all pixels of a split, in [0,1] units.
std::pair<double, double> pixelStats(const ImageSet& set, const std::vector<int64_t>& rows) {
    const int64_t sample = set.sampleBytes();
    std::vector<uint64_t> hist(256, 0);
    for (int64_t r : rows) {
        const uint8_t* p = set.pixels.data() + r * sample;
        for (int64_t i = 0; i < sample; ++i) ++hist[p[i]];
    }
    double n = 0, sum = 0, sq = 0;
    for (int v = 0; v < 256; ++v) {
        const double x = v / kPixelMax, c = double(hist[size_t(v)]);
        n += c;
        sum += c * x;
        sq += c * x * x;
    }
    if (n == 0) return {0.0, 1.0};
    const double mean = sum / n;
    const double var = std::max(sq / n - mean * mean, 0.0);
    return {mean, std::max(std::sqrt(var), kMinPixelStd)};
}

/// Seeded train/validation split of 0..n-1: Fisher-Yates with a fixed engine, so it is the same everywhere.
void splitIndices(int64_t n, double fraction, uint64_t seed, std::vector<int64_t>& train, std::vector<int64_t>& val) {
    std::vector<int64_t> perm(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) perm[size_t(i)] = i;
    std::mt19937_64 rng(seed ^ kSplitSeedSalt);
    for (int64_t i = n - 1; i > 0; --i) {
        const int64_t j = int64_t(rng() % uint64_t(i + 1));
        std::swap(perm[size_t(i)], perm[size_t(j)]);
    }
    const auto nVal = int64_t(std::llround(fraction * double(n)));
    val.assign(perm.begin(), perm.begin() + nVal);
    train.assign(perm.begin() + nVal, perm.end());
    std::sort(val.begin(), val.end());
    std::sort(train.begin(), train.end());
}

/// Splits: the data set's own validation set, else a seeded hold-out from the training set.
void splitRows(const TrainConfig& cfg, const Dataset& data, std::vector<int64_t>& trainRows, std::vector<int64_t>& valRows) {
    trainRows.clear();
    valRows.clear();
    if (data.val.size() == 0 && cfg.valFraction > 0.0) {
        splitIndices(data.train.size(), cfg.valFraction, cfg.seed, trainRows, valRows);
    } else {
        trainRows.resize(size_t(data.train.size()));
        for (int64_t i = 0; i < data.train.size(); ++i) trainRows[size_t(i)] = i;
    }
}

/// The model's input contract: shape, classes, and the pixel scaling from the training rows' statistics.
ModelInfo modelInfoFor(const TrainConfig& cfg, const Dataset& data, const std::vector<int64_t>& trainRows) {
    ModelInfo info;
    info.preset = cfg.preset;
    info.shape = InputShape{data.train.channels, data.train.height, data.train.width, !data.train.isTabular()};
    info.classNames = data.classNames;
    info.inputScale = 1.0 / kPixelMax;
    info.inputShift = 0.0;
    if (cfg.normalize && !data.train.isTabular() && !trainRows.empty()) {
        const auto [mean, stdev] = pixelStats(data.train, trainRows);
        info.inputScale = 1.0 / (kPixelMax * stdev);
        info.inputShift = -mean / stdev;
    }
    info.featureNames = data.featureNames;
    info.featureShift = data.featureShift;
    info.featureScale = data.featureScale;
    return info;
}

torch::Tensor indexTensor(const std::vector<int64_t>& v, const torch::Device& device) {
    return torch::tensor(v, torch::kInt64).to(device);
}

torch::Tensor rangeTensor(int64_t n, const torch::Device& device) {
    return torch::arange(n, torch::TensorOptions().dtype(torch::kInt64).device(device));
}

/// A classifier: the network, its loss (cross-entropy, i.e. maximum likelihood) and its evaluation.
class ClassifierModel {
public:
    ClassifierModel(torch::nn::Sequential model, std::vector<std::string> classNames)
        : m_model(std::move(model)), m_classNames(std::move(classNames)) {}

    torch::nn::Sequential& model() { return m_model; }
    /// Training health: hidden activations go to `tap` while it is armed.
    void setTap(ActivationTap* tap) { m_tap = tap; }
    /// Trains through the fused MLP step instead of autograd from now on (null: autograd).
    void setFused(std::unique_ptr<FusedMlp> fused) { m_fused = std::move(fused); }
    FusedMlp* fused() const { return m_fused.get(); }

    /// Mean cross-entropy of a batch; counts correct predictions into `correct` (a device tensor). On the fused
    /// path the gradients are already in place and the loss needs no backward().
    torch::Tensor loss(const torch::Tensor& x, const torch::Tensor& y, torch::Tensor& correct) {
        if (m_fused && y.numel() > 0) {
            int64_t right = 0;
            torch::Tensor loss = m_fused->lossAndGradients(x, y, right, m_tap);
            correct.add_(right);
            return loss;
        }
        torch::Tensor logits = forwardSequential(m_model, x, m_tap);
        if (y.numel() == 0) return logits.sum();  // an empty share of a short last batch: zero, with zero gradients
        correct.add_(logits.detach().argmax(1).eq(y).sum());
        return torch::nn::functional::cross_entropy(logits, y);
    }

    /// Loss, accuracy, per-class metrics and confusion matrix over `idx` of `src`; optional predictions.
    EvalMetrics evaluate(const BatchSource& src, const torch::Tensor& idx, std::vector<Prediction>* predictions,
                         int64_t batchSize) {
        c10::InferenceMode inference;
        m_model->eval();
        const int64_t k = int64_t(m_classNames.size());
        const int64_t n = idx.size(0);
        auto opts = torch::TensorOptions().dtype(torch::kInt64).device(idx.device());
        torch::Tensor cells = torch::zeros({k * k}, opts);
        torch::Tensor lossSum = torch::zeros({}, torch::TensorOptions().dtype(torch::kDouble).device(idx.device()));
        std::vector<torch::Tensor> conf, pred;
        for (int64_t b = 0; b < n; b += batchSize) {
            torch::Tensor part = idx.slice(0, b, std::min(n, b + batchSize));
            torch::Tensor y = src.labels(part);
            // A fused run evaluates on the products it trains on (TrainScope's kernel where the processor has it).
            torch::Tensor logits = m_fused ? m_fused->logits(src.images(part)) : m_model->forward(src.images(part));
            lossSum += torch::nn::functional::cross_entropy(
                           logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                           .to(torch::kDouble);
            torch::Tensor p = logits.argmax(1);
            cells += torch::bincount(y * k + p, {}, k * k);
            if (predictions) {
                conf.push_back(torch::softmax(logits, 1).amax(1).cpu());
                pred.push_back(p.cpu());
            }
        }
        m_model->train();
        ConfusionMatrix cm;
        cm.reset(m_classNames);
        torch::Tensor cellsCpu = cells.cpu();
        std::copy(cellsCpu.data_ptr<int64_t>(), cellsCpu.data_ptr<int64_t>() + k * k, cm.counts.begin());
        EvalMetrics m = metricsFromConfusion(cm, n > 0 ? lossSum.item<double>() / double(n) : 0.0);
        if (predictions) {
            const torch::Tensor rows = idx.cpu().contiguous(), truth = src.labels(idx).cpu().contiguous();
            const torch::Tensor c = conf.empty() ? torch::empty({0}) : torch::cat(conf).to(torch::kDouble).contiguous();
            const torch::Tensor p = pred.empty() ? torch::empty({0}, torch::kInt64) : torch::cat(pred).contiguous();
            const int64_t* rowPtr = rows.data_ptr<int64_t>();
            const int64_t* truePtr = truth.data_ptr<int64_t>();
            const int64_t* predPtr = p.data_ptr<int64_t>();
            const double* confPtr = c.data_ptr<double>();
            predictions->resize(size_t(n));
            for (int64_t i = 0; i < n; ++i)
                (*predictions)[size_t(i)] = Prediction{rowPtr[i], int(truePtr[i]), int(predPtr[i]), confPtr[i]};
        }
        return m;
    }

private:
    torch::nn::Sequential m_model;
    std::unique_ptr<FusedMlp> m_fused;
    ActivationTap* m_tap = nullptr;
    std::vector<std::string> m_classNames;
};

/// The classifier presets as a task: epochs of (shuffled) batches, validated after each epoch.
class ClassificationTask : public EpochTask {
public:
    ClassificationTask(const TrainConfig& cfg, const Dataset& data) : EpochTask(cfg.epochs, cfg.evalsPerEpoch), m_cfg(cfg), m_data(data) {}

    void prepare(const torch::Device& device, const TrainOptions& options, TrainObserver& observer) override;
    torch::nn::Module& model() override { return *m_classifier->model(); }
    void orderEpoch(int epoch) override;
    void startCounting() override;
    torch::Tensor batchLoss(int64_t batch, int64_t& count) override;
    void setActivationTap(ActivationTap* tap) override { m_tap = tap; }
    void setPartialUpdate(PartialUpdate* update) override {
        if (FusedMlp* fused = m_classifier ? m_classifier->fused() : nullptr) fused->setPartialUpdate(update);
    }
    void reduceRound() override;
    void evaluate(EpochMetrics& m) override;
    void test(RunSummary& summary) override;
    void describe(RunSummary& summary) const override;
    std::string checkpointPayload() const override { return m_modelInfo; }

private:
    /// Samples per inference batch: the tutorial's own batch for the seed preset (its logits, ReLU-clipped, tie often,
    /// and a GEMM of another height may round a near-tie the other way), else a large batch for throughput.
    int64_t evalBatch() const { return m_cfg.evalOnTestEachEpoch ? int64_t(m_cfg.batchSize) : kClassifierEvalBatch; }

    const TrainConfig& m_cfg;
    const Dataset& m_data;
    torch::Device m_device{torch::kCPU};
    std::unique_ptr<BatchSource> m_train, m_test, m_ownVal;
    torch::Tensor m_trainIdx;
    const BatchSource* m_valSrc = nullptr;
    torch::Tensor m_valIdx;
    std::string m_valName = "validation";
    std::string m_valSplit;  // which split of the data the validation predictions index
    std::unique_ptr<ClassifierModel> m_classifier;
    ActivationTap* m_tap = nullptr;
    std::string m_modelInfo;  // the input contract as JSON, stored in every checkpoint
    int64_t m_trainCount = 0;
    // The epoch in progress.
    torch::Tensor m_order;
    torch::Tensor m_correct;  // correct predictions so far, on the device
    int64_t m_seen = 0;
    double m_roundCorrect = 0.0, m_roundSeen = 0.0;  // of every process, after reduceRound()
};

void ClassificationTask::prepare(const torch::Device& device, const TrainOptions&, TrainObserver&) {
    if (m_data.train.size() == 0) throw std::invalid_argument("the training set is empty");
    if (m_data.classCount() < 2) throw std::invalid_argument("the data set needs at least 2 classes");
    m_device = device;
    std::vector<int64_t> trainRows, valRows;
    splitRows(m_cfg, m_data, trainRows, valRows);
    if (trainRows.empty()) throw std::invalid_argument("the validation split leaves no training samples");
    const ModelInfo info = modelInfoFor(m_cfg, m_data, trainRows);
    const double scale = info.inputScale, shift = info.inputShift;
    m_train = std::make_unique<BatchSource>(m_data.train, m_device, scale, shift);
    if (m_data.test.size() > 0) m_test = std::make_unique<BatchSource>(m_data.test, m_device, scale, shift);
    if (m_cfg.evalOnTestEachEpoch && m_test) {
        m_valSrc = m_test.get();
        m_valIdx = rangeTensor(m_test->size(), m_device);
        m_valName = "test";
        m_valSplit = "test";
    } else if (!valRows.empty()) {
        m_valSrc = m_train.get();
        m_valSplit = "train";
        m_valIdx = indexTensor(valRows, m_device);
    } else if (m_data.val.size() > 0) {
        m_ownVal = std::make_unique<BatchSource>(m_data.val, m_device, scale, shift);
        m_valSrc = m_ownVal.get();
        m_valSplit = "val";
        m_valIdx = rangeTensor(m_ownVal->size(), m_device);
    }
    m_trainIdx = indexTensor(trainRows, m_device);
    m_classifier = std::make_unique<ClassifierModel>(makeModel(m_cfg.preset, info.shape, m_data.classCount()),
                                                     m_data.classNames);
    m_modelInfo = modelInfoToJson(info);
    m_classifier->model()->to(m_device);
    m_classifier->model()->train();
    // The MLPs train through the fused step on the CPU (one process; data-parallel runs average autograd's gradients).
    if (m_cfg.fusedStep && worldSize() == 1) {
        m_classifier->setFused(FusedMlp::create(m_classifier->model(), m_device));
    }
    m_trainCount = m_trainIdx.size(0);
    m_batchesPerEpoch = (m_trainCount + m_cfg.batchSize - 1) / m_cfg.batchSize;
    checkParts();
}

void ClassificationTask::orderEpoch(int epoch) {
    m_order = m_trainIdx;
    // A seeded permutation per epoch, the same on every process (each takes its share of every batch).
    if (m_cfg.shuffle)
        m_order = m_trainIdx.index_select(
            0, at::randperm(m_trainCount, dataGenerator(m_cfg.seed, uint64_t(epoch)), torch::kInt64).to(m_device));
}

void ClassificationTask::startCounting() {
    m_correct = torch::zeros({}, torch::TensorOptions().dtype(torch::kInt64).device(m_device));
    m_seen = 0;
}

torch::Tensor ClassificationTask::batchLoss(int64_t batch, int64_t& count) {
    const auto [first, last] = shard(batch * m_cfg.batchSize, std::min(m_trainCount, (batch + 1) * m_cfg.batchSize));
    const torch::Tensor idx = m_order.slice(0, first, last);
    count = idx.size(0);
    m_seen += count;
    const auto [x, y] = timedBatch([&] { return std::make_pair(m_train->images(idx), m_train->labels(idx)); });
    m_classifier->setTap(m_tap);
    return m_classifier->loss(x, y, m_correct);
}

void ClassificationTask::reduceRound() {
    std::vector<double> totals{double(m_correct.item<int64_t>()), double(m_seen)};
    sumAcross(totals);
    m_roundCorrect = totals[0];
    m_roundSeen = totals[1];
}

void ClassificationTask::evaluate(EpochMetrics& m) {
    m.trainAccuracy = m_roundSeen > 0 ? m_roundCorrect / m_roundSeen : 0.0;
    if (m_valSrc) m.val = m_classifier->evaluate(*m_valSrc, m_valIdx, &m.valPredictions, evalBatch());
    m.valSetName = m_valSrc ? m_valName : "";
    m.valSplit = m_valSplit;
}

void ClassificationTask::test(RunSummary& summary) {
    if (!m_test) return;
    summary.test =
        m_classifier->evaluate(*m_test, rangeTensor(m_test->size(), m_device), &summary.testPredictions, evalBatch());
    summary.hasTest = true;
}

void ClassificationTask::describe(RunSummary& summary) const {
    summary.task = "classification";
    summary.parameters = parameterCount(*m_classifier->model());
}

}  // namespace

std::unique_ptr<TrainingTask> makeClassificationTask(const TrainConfig& cfg, const Dataset& data) {
    return std::make_unique<ClassificationTask>(cfg, data);
}

ModelInfo describeModelInput(const TrainConfig& cfg, const Dataset& data) {
    std::vector<int64_t> trainRows, valRows;
    splitRows(cfg, data, trainRows, valRows);
    return modelInfoFor(cfg, data, trainRows);
}

}  // namespace ts
