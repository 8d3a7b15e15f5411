// The training loop: maximum-likelihood training of a classifier with cross-entropy.
//
// Structure, so that later task types and data-parallel training slot in without a rewrite:
//  - BatchSource owns the device copies of one split and turns index batches into float tensors;
//  - ClassificationTask knows the model, the loss and how to score predictions;
//  - trainLoop() drives epochs, the optimizer, the LR schedule, control tokens and reporting.
// A language-model task would be a second Task with its own loss/metrics; a process group would
// all-reduce gradients between backward() and step() and shard the index order per rank.
#include "core/train/Trainer.h"
#include "core/common/Numbers.h"

#include "core/common/AtomicFile.h"

#include "core/eval/Metrics.h"
#include "core/train/FastAdam.h"
#include "core/train/ModelInfo.h"
#include "core/train/Models.h"
#include "core/runs/RunStore.h"

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <sstream>
#include <cmath>
#include <memory>
#include <random>
#include <stdexcept>
#include <thread>

#include <ATen/CPUGeneratorImpl.h>

namespace ts {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int64_t kEvalBatchSize = 1000;          // inference batch: large for throughput, small for memory
constexpr auto kPausePollInterval = std::chrono::milliseconds(20);
constexpr uint64_t kSplitSeedSalt = 0x9E3779B97F4A7C15ull;  // decorrelates the split from model init
constexpr double kPixelMax = 255.0;
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

struct Checkpoint {
    CheckpointInfo info;
    std::vector<EpochMetrics> history;
};

constexpr int64_t kCheckpointFormat = 1;

/// Model, optimizer, position, RNG state and metric history, written to a temp file and renamed.
void saveCheckpoint(const std::string& path, const CheckpointInfo& info, torch::nn::Module& model,
                    torch::optim::Optimizer& opt, const std::vector<EpochMetrics>& history,
                    const std::string& modelInfo) {
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive modelArchive, optArchive;
    model.save(modelArchive);
    opt.save(optArchive);
    archive.write("model", modelArchive);
    archive.write("optimizer", optArchive);
    archive.write("format", c10::IValue(kCheckpointFormat));
    archive.write("epoch", c10::IValue(int64_t(info.epoch)));
    archive.write("step", c10::IValue(info.step));
    archive.write("val_loss", c10::IValue(info.valLoss));
    {
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        archive.write("cpu_rng", gen.get_state(), /*is_buffer=*/true);
    }
    std::string lines;
    for (const EpochMetrics& e : history) lines += toJson(e).dump() + "\n";
    archive.write("history", c10::IValue(lines));
    archive.write("model_info", c10::IValue(modelInfo));
    const std::string tmp = temporaryPathFor(path);
    try {
        archive.save_to(tmp);
    } catch (const std::exception& e) {
        std::remove(tmp.c_str());
        throw std::runtime_error("cannot write the checkpoint " + path + ": " + e.what());
    }
    commitFileAtomically(tmp, path);
}

void copyFileAtomically(const std::string& from, const std::string& to) {
    const std::string tmp = temporaryPathFor(to);
    std::error_code ec;
    std::filesystem::copy_file(from, tmp, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) {
        std::remove(tmp.c_str());
        throw std::runtime_error("cannot write the checkpoint " + to + ": " + ec.message());
    }
    commitFileAtomically(tmp, to);
}

int64_t readInt(torch::serialize::InputArchive& a, const char* key) {
    c10::IValue v;
    a.read(key, v);
    return v.toInt();
}

Checkpoint loadCheckpoint(const std::string& path, torch::nn::Module& model, torch::optim::Optimizer& opt,
                          const torch::Device& device) {
    Checkpoint ck;
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(path, device);
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot read the checkpoint " + path + " (" + e.what_without_backtrace() +
                                 "); it may be damaged: resume from checkpoint-best.pt or start a new run");
    }
    torch::serialize::InputArchive modelArchive, optArchive;
    archive.read("model", modelArchive);
    archive.read("optimizer", optArchive);
    model.load(modelArchive);
    opt.load(optArchive);
    ck.info.epoch = int(readInt(archive, "epoch"));
    ck.info.step = readInt(archive, "step");
    torch::Tensor rng;
    archive.read("cpu_rng", rng, /*is_buffer=*/true);
    {
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        gen.set_state(rng.cpu());
    }
    c10::IValue history;
    archive.read("history", history);
    std::istringstream lines(history.toStringRef());
    std::string line;
    while (std::getline(lines, line))
        if (!line.empty()) ck.history.push_back(epochFromJson(Json::parse(line)));
    return ck;
}

RunSummary trainImpl(const TrainConfig& cfg, const Dataset& data, TrainObserver& obs, RunControl& control,
                     const TrainOptions& options) {
    RunSummary summary;
    const std::string invalid = validateConfig(cfg);
    if (!invalid.empty()) throw std::invalid_argument(invalid);
    if (data.train.size() == 0) throw std::invalid_argument("the training set is empty");
    if (data.classCount() < 2) throw std::invalid_argument("the data set needs at least 2 classes");

    std::string note;
    const torch::Device device(resolveDevice(cfg.device, &note));
    if (!note.empty()) obs.onMessage(note);
    const int threads = cfg.threads > 0 ? cfg.threads : defaultThreadCount();
    // Per thread under OpenMP: this sets the pool of the thread that trains (the worker, not the GUI).
    torch::set_num_threads(threads);
    torch::manual_seed(cfg.seed);
    summary.device = describeDevice(device);
    summary.threads = threads;

    std::vector<int64_t> trainRows, valRows;
    splitRows(cfg, data, trainRows, valRows);
    if (trainRows.empty()) throw std::invalid_argument("the validation split leaves no training samples");
    const ModelInfo info = modelInfoFor(cfg, data, trainRows);
    const double scale = info.inputScale, shift = info.inputShift;
    const BatchSource train(data.train, device, scale, shift);
    std::unique_ptr<BatchSource> ownVal;
    const BatchSource* valSrc = nullptr;
    torch::Tensor valIdx;
    std::string valName = "validation";
    std::string valSplit;  // which split of `data` the validation predictions index
    const bool hasTestSet = data.test.size() > 0;
    std::unique_ptr<BatchSource> testSrc;
    if (hasTestSet) testSrc = std::make_unique<BatchSource>(data.test, device, scale, shift);
    if (cfg.evalOnTestEachEpoch && hasTestSet) {
        valSrc = testSrc.get();
        valIdx = rangeTensor(testSrc->size(), device);
        valName = "test";
        valSplit = "test";
    } else if (!valRows.empty()) {
        valSrc = &train;
        valSplit = "train";
        valIdx = indexTensor(valRows, device);
    } else if (data.val.size() > 0) {
        ownVal = std::make_unique<BatchSource>(data.val, device, scale, shift);
        valSrc = ownVal.get();
        valSplit = "val";
        valIdx = rangeTensor(ownVal->size(), device);
    }
    const torch::Tensor trainIdx = indexTensor(trainRows, device);

    ClassificationTask task(makeModel(cfg.preset, info.shape, data.classCount()), data.classNames);
    const std::string modelInfo = modelInfoToJson(info);
    task.model()->to(device);
    task.model()->train();
    auto optimizer = makeOptimizer(cfg, task.model()->parameters(), device);
    const auto* fastAdam = dynamic_cast<const FastAdam*>(optimizer.get());

    const int64_t n = trainIdx.size(0);
    const int64_t batchesPerEpoch = (n + cfg.batchSize - 1) / cfg.batchSize;
    const int64_t totalSteps = batchesPerEpoch * cfg.epochs;

    int startEpoch = 1;
    int64_t step = 0;
    double pastSeconds = 0.0;  // active seconds of the epochs before a resume
    EarlyStopper stopper(cfg);
    if (!options.resumeFrom.empty()) {
        const Checkpoint ck = loadCheckpoint(options.resumeFrom, *task.model(), *optimizer, device);
        startEpoch = ck.info.epoch + 1;
        step = ck.info.step;
        summary.epochs = ck.history;
        for (const EpochMetrics& e : ck.history) stopper.observe(e, *task.model());
        if (!summary.epochs.empty()) pastSeconds = summary.epochs.back().elapsedSec;
        obs.onMessage("resumed from " + options.resumeFrom + " after epoch " + std::to_string(ck.info.epoch) +
                      " (step " + std::to_string(step) + ")");
    }
    obs.onStart(summary.device, threads, batchesPerEpoch);

    ActiveClock runClock;
    runClock.addPause(-pastSeconds);  // elapsed time continues from where the run left off
    for (int epoch = startEpoch; epoch <= cfg.epochs && summary.status == RunStatus::Finished; ++epoch) {
        ActiveClock epochClock;
        torch::Tensor order = trainIdx;
        if (cfg.shuffle) order = trainIdx.index_select(0, torch::randperm(n, torch::kInt64).to(device));
        torch::Tensor correct = torch::zeros({}, torch::TensorOptions().dtype(torch::kInt64).device(device));
        double lossSum = 0.0;
        int64_t seen = 0;
        double lr = cfg.lr;
        for (int64_t b = 0; b < batchesPerEpoch; ++b) {
            if (control.pause.load()) {
                const double waited = waitWhilePaused(control);
                runClock.addPause(waited);
                epochClock.addPause(waited);
            }
            if (control.stop.load()) {
                summary.status = RunStatus::Stopped;
                summary.message = "stopped by the user at step " + std::to_string(step) + " (epoch " +
                                  std::to_string(epoch) + ")";
                break;
            }
            lr = scheduledLr(cfg, step, totalSteps, epoch);
            setLr(*optimizer, lr);
            const torch::Tensor idx = order.slice(0, b * cfg.batchSize, std::min(n, (b + 1) * cfg.batchSize));
            const torch::Tensor y = train.labels(idx);
            clearGradients(*optimizer);
            torch::Tensor loss = task.loss(train.images(idx), y, correct);
            const double lossValue = loss.item<double>();
            ++step;
            if (!std::isfinite(lossValue)) {
                summary.status = RunStatus::Diverged;
                summary.message = divergedMessage("loss", lossValue, step, epoch, lr);
                break;
            }
            loss.backward();
            if (!fastAdam) {
                // One reduction over all gradients: a NaN or Inf anywhere makes the sum non-finite.
                const double gradSum = gradientSum(*task.model());
                if (!std::isfinite(gradSum)) {
                    summary.status = RunStatus::Diverged;
                    summary.message = divergedMessage("a gradient", gradSum, step, epoch, lr);
                    break;
                }
            }
            optimizer->step();
            // The one-pass optimizer checks the gradients while it applies them (no second pass over them).
            if (fastAdam && fastAdam->nonFiniteGradient() != 0.0) {
                summary.status = RunStatus::Diverged;
                summary.message = divergedMessage("a gradient", fastAdam->nonFiniteGradient(), step, epoch, lr);
                break;
            }
            const int64_t bs = idx.size(0);
            lossSum += lossValue * double(bs);
            seen += bs;
            if (step % cfg.logEvery == 0 || b + 1 == batchesPerEpoch) {
                BatchMetrics m;
                m.step = step;
                m.epoch = epoch;
                m.batch = int(b + 1);
                m.batchesPerEpoch = int(batchesPerEpoch);
                m.loss = lossValue;
                m.lr = lr;
                m.samplesPerSec = double(seen) / std::max(epochClock.seconds(), 1e-9);
                m.elapsedSec = runClock.seconds();
                obs.onBatch(m);
            }
        }
        if (summary.status != RunStatus::Finished) break;

        EpochMetrics em;
        em.epoch = epoch;
        em.epochs = cfg.epochs;
        em.step = step;
        em.seconds = epochClock.seconds();
        em.trainLoss = seen > 0 ? lossSum / double(seen) : 0.0;
        em.trainAccuracy = seen > 0 ? double(correct.item<int64_t>()) / double(seen) : 0.0;
        em.lr = lr;
        em.samplesPerSec = double(seen) / std::max(em.seconds, 1e-9);
        const auto evalStart = Clock::now();
        if (valSrc) em.val = task.evaluate(*valSrc, valIdx, &em.valPredictions);
        em.valSetName = valSrc ? valName : "";
        em.valSplit = valSplit;
        em.evalSeconds = std::chrono::duration<double>(Clock::now() - evalStart).count();
        em.elapsedSec = runClock.seconds();
        summary.epochs.push_back(em);
        const bool best = stopper.observe(em, *task.model());
        if (!options.checkpointDir.empty()) {
            const CheckpointInfo info{epoch, step, em.val.loss};
            const std::string last = options.checkpointDir + "/" + lastCheckpointName();
            saveCheckpoint(last, info, *task.model(), *optimizer, summary.epochs, modelInfo);
            if (best) copyFileAtomically(last, options.checkpointDir + "/" + bestCheckpointName());
            obs.onCheckpoint(epoch, step, best);
        }
        obs.onEpoch(em);
        if (stopper.shouldStop()) {
            stopper.restoreBest(*task.model());
            summary.message = stopper.reason();
            obs.onMessage(summary.message);
            break;
        }
    }

    // A stopped run still has a usable model: score it on the test set so nothing finished is lost.
    if (hasTestSet && summary.status != RunStatus::Diverged && step > 0) {
        summary.test = task.evaluate(*testSrc, rangeTensor(testSrc->size(), device), &summary.testPredictions);
        summary.hasTest = true;
    }
    summary.totalSeconds = runClock.seconds();
    return summary;
}

}  // namespace

ModelInfo describeModelInput(const TrainConfig& cfg, const Dataset& data) {
    std::vector<int64_t> trainRows, valRows;
    splitRows(cfg, data, trainRows, valRows);
    return modelInfoFor(cfg, data, trainRows);
}

CheckpointInfo readCheckpointInfo(const std::string& path) {
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(path, torch::Device(torch::kCPU));
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot read the checkpoint " + path + " (" + e.what_without_backtrace() + ")");
    }
    CheckpointInfo info;
    info.epoch = int(readInt(archive, "epoch"));
    info.step = readInt(archive, "step");
    c10::IValue v;
    archive.read("val_loss", v);
    info.valLoss = v.toDouble();
    return info;
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
        summary = trainImpl(cfg, data, observer, control, options);
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
