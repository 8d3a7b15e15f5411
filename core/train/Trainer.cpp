// The training loop: maximum-likelihood training of a classifier with cross-entropy.
//
// Structure, so that later task types and data-parallel training slot in without a rewrite:
//  - BatchSource owns the device copies of one split and turns index batches into float tensors;
//  - ClassificationTask knows the model, the loss and how to score predictions;
//  - TrainingRun drives epochs, the optimizer, the LR schedule, control tokens and reporting.
// A language-model task would be a second Task with its own loss/metrics; a process group would
// all-reduce gradients between backward() and step() and shard the index order per rank.
#include "core/train/Trainer.h"

#include "core/common/Numbers.h"
#include "core/eval/Metrics.h"
#include "core/train/Checkpoint.h"
#include "core/train/FastAdam.h"
#include "core/train/ModelInfo.h"
#include "core/train/Models.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <random>
#include <stdexcept>
#include <thread>

namespace ts {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int64_t kEvalBatchSize = 1000;          // inference batch: large for throughput, small for memory
constexpr auto kPausePollInterval = std::chrono::milliseconds(20);
constexpr uint64_t kSplitSeedSalt = 0x9E3779B97F4A7C15ull;  // decorrelates the split from model init
constexpr double kMinStd = 1e-6;
constexpr double kPi = 3.14159265358979323846;

/// Seconds since construction, excluding intervals spent paused.
class ActiveClock {
public:
    ActiveClock() : m_start(Clock::now()) {}
    double seconds() const { return std::chrono::duration<double>(Clock::now() - m_start).count() - m_paused; }
    void addPause(double s) { m_paused += s; }

private:
    Clock::time_point m_start;
    double m_paused = 0.0;
};

/// Blocks while control.pause is set (and stop is not); returns the seconds spent waiting.
double waitWhilePaused(RunControl& control) {
    if (!control.pause.load()) return 0.0;
    const auto t0 = Clock::now();
    while (control.pause.load() && !control.stop.load()) std::this_thread::sleep_for(kPausePollInterval);
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

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
        torch::Tensor x = m_images.index_select(0, idx);
        if (x.scalar_type() == torch::kFloat) return x;
        return x.to(torch::kFloat).mul_(m_scale).add_(m_shift);
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
    return {mean, std::max(std::sqrt(var), kMinStd)};
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

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainConfig& c, std::vector<torch::Tensor> params,
                                                       const torch::Device& device) {
    // On the CPU, Adam and AdamW use the one-pass implementation (same state layout, same arithmetic).
    if (device.is_cpu() && (c.optimizer == "adam" || c.optimizer == "adamw"))
        return std::make_unique<FastAdam>(params, torch::optim::AdamWOptions(c.lr).weight_decay(c.weightDecay),
                                          c.optimizer == "adamw");
    if (c.optimizer == "sgd")
        return std::make_unique<torch::optim::SGD>(
            params, torch::optim::SGDOptions(c.lr).momentum(c.momentum).weight_decay(c.weightDecay));
    if (c.optimizer == "adam")
        return std::make_unique<torch::optim::Adam>(params, torch::optim::AdamOptions(c.lr).weight_decay(c.weightDecay));
    if (c.optimizer == "adamw")
        return std::make_unique<torch::optim::AdamW>(params, torch::optim::AdamWOptions(c.lr).weight_decay(c.weightDecay));
    throw std::invalid_argument("unknown optimizer '" + c.optimizer + "'");
}

/// Learning rate for a 0-based global step of a run with `totalSteps` steps.
double scheduledLr(const TrainConfig& c, int64_t step, int64_t totalSteps, int epoch) {
    if (c.schedule == "cosine" && totalSteps > 0)
        return c.lr * 0.5 * (1.0 + std::cos(kPi * double(step) / double(totalSteps)));
    if (c.schedule == "step") return c.lr * std::pow(c.stepGamma, (epoch - 1) / c.stepEpochs);
    return c.lr;
}

/// Drops the gradients instead of zeroing them (PyTorch's set_to_none): backward() then hands each
/// parameter its freshly computed gradient, where zeroing would cost a write pass and accumulating into
/// the zeros a read-modify-write pass over every parameter, each step.
void clearGradients(torch::optim::Optimizer& opt) {
    for (auto& group : opt.param_groups())
        for (auto& p : group.params()) p.mutable_grad().reset();
}

void setLr(torch::optim::Optimizer& opt, double lr) {
    for (auto& group : opt.param_groups()) group.options().set_lr(lr);
}

/// Classification: the model, its loss (cross-entropy, i.e. maximum likelihood) and its evaluation.
class ClassificationTask {
public:
    ClassificationTask(torch::nn::Sequential model, std::vector<std::string> classNames)
        : m_model(std::move(model)), m_classNames(std::move(classNames)) {}

    torch::nn::Sequential& model() { return m_model; }

    /// Mean cross-entropy of a batch; counts correct predictions into `correct` (a device tensor).
    torch::Tensor loss(const torch::Tensor& x, const torch::Tensor& y, torch::Tensor& correct) {
        torch::Tensor logits = m_model->forward(x);
        correct.add_(logits.detach().argmax(1).eq(y).sum());
        return torch::nn::functional::cross_entropy(logits, y);
    }

    /// Loss, accuracy, per-class metrics and confusion matrix over `idx` of `src`; optional predictions.
    EvalMetrics evaluate(const BatchSource& src, const torch::Tensor& idx, std::vector<Prediction>* predictions) {
        c10::InferenceMode inference;
        m_model->eval();
        const int64_t k = int64_t(m_classNames.size());
        const int64_t n = idx.size(0);
        auto opts = torch::TensorOptions().dtype(torch::kInt64).device(idx.device());
        torch::Tensor cells = torch::zeros({k * k}, opts);
        torch::Tensor lossSum = torch::zeros({}, torch::TensorOptions().dtype(torch::kDouble).device(idx.device()));
        std::vector<torch::Tensor> conf, pred;
        for (int64_t b = 0; b < n; b += kEvalBatchSize) {
            torch::Tensor part = idx.slice(0, b, std::min(n, b + kEvalBatchSize));
            torch::Tensor y = src.labels(part);
            torch::Tensor logits = m_model->forward(src.images(part));
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
    std::vector<std::string> m_classNames;
};

std::string describeDevice(const torch::Device& d) {
    if (d.is_cuda()) return "cuda:" + std::to_string(d.index() < 0 ? 0 : d.index());
    return "cpu";
}

std::string formatLr(double lr) { return formatC("%g", lr); }


std::string divergedMessage(const char* what, double value, int64_t step, int epoch, double lr) {
    return std::string(what) + " became " + (std::isnan(value) ? "NaN" : "infinite") + " at step " +
           std::to_string(step) + " (epoch " + std::to_string(epoch) + ", lr " + formatLr(lr) +
           "): lower the learning rate";
}

/// Sum of every gradient element, as one scalar (non-finite when any element is).
double gradientSum(torch::nn::Module& model) {
    torch::Tensor total;
    for (const auto& p : model.parameters()) {
        if (!p.grad().defined()) continue;
        torch::Tensor s = p.grad().sum();
        total = total.defined() ? total + s : s;
    }
    return total.defined() ? total.item<double>() : 0.0;
}

/// Tracks the best validation loss, keeps a copy of the best weights, and decides when to stop early.
class EarlyStopper {
public:
    explicit EarlyStopper(const TrainConfig& cfg) : m_patience(cfg.earlyStopPatience), m_minDelta(cfg.earlyStopMinDelta) {}

    /// Records an epoch; returns true when it has the best validation loss so far.
    bool observe(const EpochMetrics& e, torch::nn::Module& model) {
        if (e.val.empty()) return false;
        if (m_bestEpoch == 0 || e.val.loss < m_bestLoss - m_minDelta) {
            m_bestLoss = e.val.loss;
            m_bestEpoch = e.epoch;
            m_sinceBest = 0;
            if (m_patience > 0) snapshot(model);
            return true;
        }
        ++m_sinceBest;
        return false;
    }
    bool shouldStop() const { return m_patience > 0 && m_sinceBest >= m_patience; }
    /// Puts the best weights back (early stopping only keeps them when patience > 0).
    void restoreBest(torch::nn::Module& model) {
        if (m_best.empty()) return;
        torch::NoGradGuard guard;
        auto params = model.named_parameters(true);
        auto buffers = model.named_buffers(true);
        for (auto& [name, value] : m_best) {
            if (auto* p = params.find(name)) p->copy_(value);
            else if (auto* b = buffers.find(name)) b->copy_(value);
        }
    }
    std::string reason() const {
        const std::string buf = formatC("%.4f", m_bestLoss);
        return "early stopping: the validation loss did not improve for " + std::to_string(m_sinceBest) +
               " epochs; restored the best weights (epoch " + std::to_string(m_bestEpoch) + ", validation loss " +
               buf + ")";
    }

private:
    void snapshot(torch::nn::Module& model) {
        m_best.clear();
        for (const auto& item : model.named_parameters(true)) m_best.emplace_back(item.key(), item.value().detach().clone());
        for (const auto& item : model.named_buffers(true)) m_best.emplace_back(item.key(), item.value().detach().clone());
    }

    int m_patience;
    double m_minDelta;
    double m_bestLoss = 0.0;
    int m_bestEpoch = 0;
    int m_sinceBest = 0;
    std::vector<std::pair<std::string, torch::Tensor>> m_best;
};

/// One call of train(): the data on the device, the model, the optimizer, the position in the run and
/// the summary it builds, shared by the steps of setting up, training the epochs and testing.
class TrainingRun {
public:
    TrainingRun(const TrainConfig& cfg, const Dataset& data, TrainObserver& obs, RunControl& control,
                const TrainOptions& options)
        : m_cfg(cfg), m_data(data), m_obs(obs), m_control(control), m_options(options), m_stopper(cfg) {}

    /// Trains to cfg.epochs (or until stopped, diverged or stopped early), then scores the test set.
    RunSummary run();

private:
    /// Checks the request, picks the device and thread count, and seeds torch.
    void prepareDevice();

    /// Splits the rows, puts the splits on the device and picks the set each epoch is validated on.
    ModelInfo prepareData();

    /// Builds the model (its initialization draws from torch's generator) and the optimizer.
    void prepareModel(const ModelInfo& info);

    /// Continues from options.resumeFrom: weights, optimizer, RNG state, position and history.
    void resume();

    /// One epoch's batches in a fresh (shuffled) order; ends early when the run is stopped or diverges.
    void trainEpoch(int epoch);

    /// Waits out a pause (left out of both clocks); false, with the status set, when the user stopped the run.
    bool keepGoing(int epoch);

    /// One optimizer step on batch `b` of `order`; false, with the status set, when the loss or a gradient is NaN/Inf.
    bool trainBatch(const torch::Tensor& order, int64_t b, int epoch);

    /// Marks the run as diverged because `what` became `value`; returns false (stop training).
    bool diverged(const char* what, double value, int epoch);

    /// Tells the observer about the batch just trained.
    void reportBatch(int epoch, int64_t b, double lossValue);

    /// Evaluates the finished epoch, records it, writes its checkpoints; false when early stopping ends the run.
    bool finishEpoch(int epoch);

    /// The epoch's training totals and its validation metrics and predictions.
    EpochMetrics evaluateEpoch(int epoch);

    /// Scores the final (or restored best) model on the test set; a stopped run's model counts too.
    void testFinalModel();

    const TrainConfig& m_cfg;
    const Dataset& m_data;
    TrainObserver& m_obs;
    RunControl& m_control;
    const TrainOptions& m_options;
    RunSummary m_summary;
    torch::Device m_device{torch::kCPU};

    // The data on the device, and what each epoch is validated on.
    std::unique_ptr<BatchSource> m_train, m_test, m_ownVal;
    torch::Tensor m_trainIdx;
    const BatchSource* m_valSrc = nullptr;
    torch::Tensor m_valIdx;
    std::string m_valName = "validation";
    std::string m_valSplit;  // which split of the data the validation predictions index

    // The model and how it learns.
    std::unique_ptr<ClassificationTask> m_task;
    std::string m_modelInfo;  // the input contract as JSON, stored in every checkpoint
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    const FastAdam* m_fastAdam = nullptr;
    EarlyStopper m_stopper;

    // Where the run stands.
    int64_t m_trainCount = 0;
    int64_t m_batchesPerEpoch = 0;
    int64_t m_totalSteps = 0;
    int m_startEpoch = 1;
    int64_t m_step = 0;
    double m_pastSeconds = 0.0;  // active seconds of the epochs before a resume
    ActiveClock m_runClock;

    // The epoch in progress.
    ActiveClock m_epochClock;
    torch::Tensor m_correct;  // correct predictions so far, on the device
    double m_lossSum = 0.0;
    int64_t m_seen = 0;
    double m_lr = 0.0;
};

RunSummary TrainingRun::run() {
    prepareDevice();
    const ModelInfo info = prepareData();
    prepareModel(info);
    if (!m_options.resumeFrom.empty()) resume();
    m_obs.onStart(m_summary.device, m_summary.threads, m_batchesPerEpoch);

    m_runClock = ActiveClock();
    m_runClock.addPause(-m_pastSeconds);  // elapsed time continues from where the run left off
    for (int epoch = m_startEpoch; epoch <= m_cfg.epochs && m_summary.status == RunStatus::Finished; ++epoch) {
        trainEpoch(epoch);
        if (m_summary.status != RunStatus::Finished) break;
        if (!finishEpoch(epoch)) break;
    }
    testFinalModel();
    m_summary.totalSeconds = m_runClock.seconds();
    return std::move(m_summary);
}

void TrainingRun::prepareDevice() {
    const std::string invalid = validateConfig(m_cfg);
    if (!invalid.empty()) throw std::invalid_argument(invalid);
    if (m_data.train.size() == 0) throw std::invalid_argument("the training set is empty");
    if (m_data.classCount() < 2) throw std::invalid_argument("the data set needs at least 2 classes");

    std::string note;
    m_device = torch::Device(resolveDevice(m_cfg.device, &note));
    if (!note.empty()) m_obs.onMessage(note);
    const int threads = m_cfg.threads > 0 ? m_cfg.threads : defaultThreadCount();
    // Per thread under OpenMP: this sets the pool of the thread that trains (the worker, not the GUI).
    torch::set_num_threads(threads);
    torch::manual_seed(m_cfg.seed);
    m_summary.device = describeDevice(m_device);
    m_summary.threads = threads;
}

ModelInfo TrainingRun::prepareData() {
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
    return info;
}

void TrainingRun::prepareModel(const ModelInfo& info) {
    m_task = std::make_unique<ClassificationTask>(makeModel(m_cfg.preset, info.shape, m_data.classCount()),
                                                  m_data.classNames);
    m_modelInfo = modelInfoToJson(info);
    m_task->model()->to(m_device);
    m_task->model()->train();
    m_optimizer = makeOptimizer(m_cfg, m_task->model()->parameters(), m_device);
    m_fastAdam = dynamic_cast<const FastAdam*>(m_optimizer.get());

    m_trainCount = m_trainIdx.size(0);
    m_batchesPerEpoch = (m_trainCount + m_cfg.batchSize - 1) / m_cfg.batchSize;
    m_totalSteps = m_batchesPerEpoch * m_cfg.epochs;
}

void TrainingRun::resume() {
    const Checkpoint ck = loadCheckpoint(m_options.resumeFrom, *m_task->model(), *m_optimizer, m_device);
    m_startEpoch = ck.info.epoch + 1;
    m_step = ck.info.step;
    m_summary.epochs = ck.history;
    for (const EpochMetrics& e : ck.history) m_stopper.observe(e, *m_task->model());
    if (!m_summary.epochs.empty()) m_pastSeconds = m_summary.epochs.back().elapsedSec;
    m_obs.onMessage("resumed from " + m_options.resumeFrom + " after epoch " + std::to_string(ck.info.epoch) +
                    " (step " + std::to_string(m_step) + ")");
}

void TrainingRun::trainEpoch(int epoch) {
    m_epochClock = ActiveClock();
    torch::Tensor order = m_trainIdx;
    if (m_cfg.shuffle) order = m_trainIdx.index_select(0, torch::randperm(m_trainCount, torch::kInt64).to(m_device));
    m_correct = torch::zeros({}, torch::TensorOptions().dtype(torch::kInt64).device(m_device));
    m_lossSum = 0.0;
    m_seen = 0;
    m_lr = m_cfg.lr;
    for (int64_t b = 0; b < m_batchesPerEpoch; ++b)
        if (!keepGoing(epoch) || !trainBatch(order, b, epoch)) break;
}

bool TrainingRun::keepGoing(int epoch) {
    if (m_control.pause.load()) {
        const double waited = waitWhilePaused(m_control);
        m_runClock.addPause(waited);
        m_epochClock.addPause(waited);
    }
    if (!m_control.stop.load()) return true;
    m_summary.status = RunStatus::Stopped;
    m_summary.message = "stopped by the user at step " + std::to_string(m_step) + " (epoch " +
                        std::to_string(epoch) + ")";
    return false;
}

bool TrainingRun::trainBatch(const torch::Tensor& order, int64_t b, int epoch) {
    m_lr = scheduledLr(m_cfg, m_step, m_totalSteps, epoch);
    setLr(*m_optimizer, m_lr);
    const torch::Tensor idx =
        order.slice(0, b * m_cfg.batchSize, std::min(m_trainCount, (b + 1) * m_cfg.batchSize));
    const torch::Tensor y = m_train->labels(idx);
    clearGradients(*m_optimizer);
    torch::Tensor loss = m_task->loss(m_train->images(idx), y, m_correct);
    const double lossValue = loss.item<double>();
    ++m_step;
    if (!std::isfinite(lossValue)) return diverged("loss", lossValue, epoch);
    loss.backward();
    if (!m_fastAdam) {
        // One reduction over all gradients: a NaN or Inf anywhere makes the sum non-finite.
        const double gradSum = gradientSum(*m_task->model());
        if (!std::isfinite(gradSum)) return diverged("a gradient", gradSum, epoch);
    }
    m_optimizer->step();
    // The one-pass optimizer checks the gradients while it applies them (no second pass over them).
    if (m_fastAdam && m_fastAdam->nonFiniteGradient() != 0.0)
        return diverged("a gradient", m_fastAdam->nonFiniteGradient(), epoch);
    const int64_t bs = idx.size(0);
    m_lossSum += lossValue * double(bs);
    m_seen += bs;
    if (m_step % m_cfg.logEvery == 0 || b + 1 == m_batchesPerEpoch) reportBatch(epoch, b, lossValue);
    return true;
}

bool TrainingRun::diverged(const char* what, double value, int epoch) {
    m_summary.status = RunStatus::Diverged;
    m_summary.message = divergedMessage(what, value, m_step, epoch, m_lr);
    return false;
}

void TrainingRun::reportBatch(int epoch, int64_t b, double lossValue) {
    BatchMetrics m;
    m.step = m_step;
    m.epoch = epoch;
    m.batch = int(b + 1);
    m.batchesPerEpoch = int(m_batchesPerEpoch);
    m.loss = lossValue;
    m.lr = m_lr;
    m.samplesPerSec = double(m_seen) / std::max(m_epochClock.seconds(), 1e-9);
    m.elapsedSec = m_runClock.seconds();
    m_obs.onBatch(m);
}

bool TrainingRun::finishEpoch(int epoch) {
    const EpochMetrics em = evaluateEpoch(epoch);
    m_summary.epochs.push_back(em);
    const bool best = m_stopper.observe(em, *m_task->model());
    if (!m_options.checkpointDir.empty()) {
        const CheckpointInfo info{epoch, m_step, em.val.loss};
        const std::string last = m_options.checkpointDir + "/" + lastCheckpointName();
        saveCheckpoint(last, info, *m_task->model(), *m_optimizer, m_summary.epochs, m_modelInfo);
        if (best) copyCheckpoint(last, m_options.checkpointDir + "/" + bestCheckpointName());
        m_obs.onCheckpoint(epoch, m_step, best);
    }
    m_obs.onEpoch(em);
    if (!m_stopper.shouldStop()) return true;
    m_stopper.restoreBest(*m_task->model());
    m_summary.message = m_stopper.reason();
    m_obs.onMessage(m_summary.message);
    return false;
}

EpochMetrics TrainingRun::evaluateEpoch(int epoch) {
    EpochMetrics em;
    em.epoch = epoch;
    em.epochs = m_cfg.epochs;
    em.step = m_step;
    em.seconds = m_epochClock.seconds();
    em.trainLoss = m_seen > 0 ? m_lossSum / double(m_seen) : 0.0;
    em.trainAccuracy = m_seen > 0 ? double(m_correct.item<int64_t>()) / double(m_seen) : 0.0;
    em.lr = m_lr;
    em.samplesPerSec = double(m_seen) / std::max(em.seconds, 1e-9);
    const auto evalStart = Clock::now();
    if (m_valSrc) em.val = m_task->evaluate(*m_valSrc, m_valIdx, &em.valPredictions);
    em.valSetName = m_valSrc ? m_valName : "";
    em.valSplit = m_valSplit;
    em.evalSeconds = std::chrono::duration<double>(Clock::now() - evalStart).count();
    em.elapsedSec = m_runClock.seconds();
    return em;
}

void TrainingRun::testFinalModel() {
    if (!m_test || m_summary.status == RunStatus::Diverged || m_step == 0) return;
    m_summary.test = m_task->evaluate(*m_test, rangeTensor(m_test->size(), m_device), &m_summary.testPredictions);
    m_summary.hasTest = true;
}

}  // namespace

ModelInfo describeModelInput(const TrainConfig& cfg, const Dataset& data) {
    std::vector<int64_t> trainRows, valRows;
    splitRows(cfg, data, trainRows, valRows);
    return modelInfoFor(cfg, data, trainRows);
}

std::string resolveDevice(const std::string& requested, std::string* note) {
    const bool cuda = torch::cuda::is_available();
    if (requested == "cpu") return "cpu";
    if (requested == "cuda") {
        if (!cuda)
            throw std::runtime_error(
                "CUDA was requested but is not available (this LibTorch has no CUDA support or no GPU is visible); "
                "use device 'cpu' or 'auto'");
        return "cuda";
    }
    if (requested != "auto") throw std::invalid_argument("unknown device '" + requested + "' (choose auto, cpu or cuda)");
    if (note) note->clear();
    return cuda ? "cuda" : "cpu";
}

int defaultThreadCount() {
    const unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1 : int(hw);
}


RunSummary train(const TrainConfig& cfg, const Dataset& data, TrainObserver& observer, RunControl& control,
                 const TrainOptions& options) {
    RunSummary summary;
    try {
        summary = TrainingRun(cfg, data, observer, control, options).run();
    } catch (const c10::Error& e) {
        summary.status = RunStatus::Failed;
        summary.message = e.what_without_backtrace();
    } catch (const std::exception& e) {
        summary.status = RunStatus::Failed;
        summary.message = e.what();
    }
    observer.onFinished(summary);
    return summary;
}

}  // namespace ts
