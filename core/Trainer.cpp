// The training loop: maximum-likelihood training of a classifier with cross-entropy.
//
// Structure, so that later task types and data-parallel training slot in without a rewrite:
//  - BatchSource owns the device copies of one split and turns index batches into float tensors;
//  - ClassificationTask knows the model, the loss and how to score predictions;
//  - trainLoop() drives epochs, the optimizer, the LR schedule, control tokens and reporting.
// A language-model task would be a second Task with its own loss/metrics; a process group would
// all-reduce gradients between backward() and step() and shard the index order per rank.
#include "core/Trainer.h"

#include "core/Metrics.h"
#include "core/Models.h"

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
constexpr double kPixelMax = 255.0;
constexpr double kMinStd = 1e-6;
constexpr double kPi = 3.14159265358979323846;

/// Seconds since construction, excluding intervals spent paused.
class ActiveClock {
public:
    ActiveClock() : start_(Clock::now()) {}
    double seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count() - paused_; }
    void addPause(double s) { paused_ += s; }

private:
    Clock::time_point start_;
    double paused_ = 0.0;
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
        : scale_(scale), shift_(shift) {
        // from_blob wraps the caller's memory without copying; it is only read.
        auto* pixels = const_cast<uint8_t*>(set.pixels.data());
        auto* labels = const_cast<int64_t*>(set.labels.data());
        images_ = torch::from_blob(pixels, {set.size(), set.channels, set.height, set.width}, torch::kUInt8);
        labels_ = torch::from_blob(labels, {set.size()}, torch::kInt64);
        if (!device.is_cpu()) {
            images_ = images_.to(device);
            labels_ = labels_.to(device);
        }
    }
    int64_t size() const { return labels_.size(0); }
    /// Float images for the given sample indices: x * scale + shift.
    torch::Tensor images(const torch::Tensor& idx) const {
        return images_.index_select(0, idx).to(torch::kFloat).mul_(scale_).add_(shift_);
    }
    torch::Tensor labels(const torch::Tensor& idx) const { return labels_.index_select(0, idx); }

private:
    torch::Tensor images_, labels_;
    double scale_, shift_;
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

torch::Tensor indexTensor(const std::vector<int64_t>& v, const torch::Device& device) {
    return torch::tensor(v, torch::kInt64).to(device);
}

torch::Tensor rangeTensor(int64_t n, const torch::Device& device) {
    return torch::arange(n, torch::TensorOptions().dtype(torch::kInt64).device(device));
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainConfig& c, std::vector<torch::Tensor> params) {
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

void setLr(torch::optim::Optimizer& opt, double lr) {
    for (auto& group : opt.param_groups()) group.options().set_lr(lr);
}

/// Classification: the model, its loss (cross-entropy, i.e. maximum likelihood) and its evaluation.
class ClassificationTask {
public:
    ClassificationTask(torch::nn::Sequential model, std::vector<std::string> classNames)
        : model_(std::move(model)), classNames_(std::move(classNames)) {}

    torch::nn::Sequential& model() { return model_; }

    /// Mean cross-entropy of a batch; counts correct predictions into `correct` (a device tensor).
    torch::Tensor loss(const torch::Tensor& x, const torch::Tensor& y, torch::Tensor& correct) {
        torch::Tensor logits = model_->forward(x);
        correct.add_(logits.detach().argmax(1).eq(y).sum());
        return torch::nn::functional::cross_entropy(logits, y);
    }

    /// Loss, accuracy, per-class metrics and confusion matrix over `idx` of `src`; optional predictions.
    EvalMetrics evaluate(const BatchSource& src, const torch::Tensor& idx, std::vector<Prediction>* predictions) {
        c10::InferenceMode inference;
        model_->eval();
        const int64_t k = int64_t(classNames_.size());
        const int64_t n = idx.size(0);
        auto opts = torch::TensorOptions().dtype(torch::kInt64).device(idx.device());
        torch::Tensor cells = torch::zeros({k * k}, opts);
        torch::Tensor lossSum = torch::zeros({}, torch::TensorOptions().dtype(torch::kDouble).device(idx.device()));
        std::vector<torch::Tensor> conf, pred;
        for (int64_t b = 0; b < n; b += kEvalBatchSize) {
            torch::Tensor part = idx.slice(0, b, std::min(n, b + kEvalBatchSize));
            torch::Tensor y = src.labels(part);
            torch::Tensor logits = model_->forward(src.images(part));
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
        model_->train();
        ConfusionMatrix cm;
        cm.reset(classNames_);
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
    torch::nn::Sequential model_;
    std::vector<std::string> classNames_;
};

std::string describeDevice(const torch::Device& d) {
    if (d.is_cuda()) return "cuda:" + std::to_string(d.index() < 0 ? 0 : d.index());
    return "cpu";
}

std::string formatLr(double lr) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", lr);
    return buf;
}

RunSummary trainImpl(const TrainConfig& cfg, const Dataset& data, TrainObserver& obs, RunControl& control) {
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

    // Splits: the data set's own validation set, else a seeded hold-out from the training set.
    std::vector<int64_t> trainRows, valRows;
    if (data.val.size() == 0 && cfg.valFraction > 0.0) {
        splitIndices(data.train.size(), cfg.valFraction, cfg.seed, trainRows, valRows);
    } else {
        trainRows.resize(size_t(data.train.size()));
        for (int64_t i = 0; i < data.train.size(); ++i) trainRows[size_t(i)] = i;
    }
    if (trainRows.empty()) throw std::invalid_argument("the validation split leaves no training samples");

    double scale = 1.0 / kPixelMax, shift = 0.0;
    if (cfg.normalize) {
        const auto [mean, stdev] = pixelStats(data.train, trainRows);
        scale = 1.0 / (kPixelMax * stdev);
        shift = -mean / stdev;
    }
    const BatchSource train(data.train, device, scale, shift);
    std::unique_ptr<BatchSource> ownVal;
    const BatchSource* valSrc = nullptr;
    torch::Tensor valIdx;
    std::string valName = "validation";
    const bool hasTestSet = data.test.size() > 0;
    std::unique_ptr<BatchSource> testSrc;
    if (hasTestSet) testSrc = std::make_unique<BatchSource>(data.test, device, scale, shift);
    if (cfg.evalOnTestEachEpoch && hasTestSet) {
        valSrc = testSrc.get();
        valIdx = rangeTensor(testSrc->size(), device);
        valName = "test";
    } else if (!valRows.empty()) {
        valSrc = &train;
        valIdx = indexTensor(valRows, device);
    } else if (data.val.size() > 0) {
        ownVal = std::make_unique<BatchSource>(data.val, device, scale, shift);
        valSrc = ownVal.get();
        valIdx = rangeTensor(ownVal->size(), device);
    }
    const torch::Tensor trainIdx = indexTensor(trainRows, device);

    const InputShape shape{data.train.channels, data.train.height, data.train.width};
    ClassificationTask task(makeModel(cfg.preset, shape, data.classCount()), data.classNames);
    task.model()->to(device);
    task.model()->train();
    auto optimizer = makeOptimizer(cfg, task.model()->parameters());

    const int64_t n = trainIdx.size(0);
    const int64_t batchesPerEpoch = (n + cfg.batchSize - 1) / cfg.batchSize;
    const int64_t totalSteps = batchesPerEpoch * cfg.epochs;
    obs.onStart(summary.device, threads, batchesPerEpoch);

    ActiveClock runClock;
    int64_t step = 0;
    for (int epoch = 1; epoch <= cfg.epochs && summary.status == RunStatus::Finished; ++epoch) {
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
            optimizer->zero_grad();
            torch::Tensor loss = task.loss(train.images(idx), y, correct);
            const double lossValue = loss.item<double>();
            ++step;
            if (!std::isfinite(lossValue)) {
                summary.status = RunStatus::Diverged;
                summary.message = std::string("loss became ") + (std::isnan(lossValue) ? "NaN" : "infinite") +
                                  " at step " + std::to_string(step) + " (epoch " + std::to_string(epoch) +
                                  ", lr " + formatLr(lr) + "): lower the learning rate";
                break;
            }
            loss.backward();
            optimizer->step();
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
        if (valSrc) em.val = task.evaluate(*valSrc, valIdx, nullptr);
        em.valSetName = valSrc ? valName : "";
        em.evalSeconds = std::chrono::duration<double>(Clock::now() - evalStart).count();
        em.elapsedSec = runClock.seconds();
        summary.epochs.push_back(em);
        obs.onEpoch(em);
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

std::string torchVersion() {
#ifdef TORCH_VERSION
    return TORCH_VERSION;
#else
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
           std::to_string(TORCH_VERSION_PATCH);
#endif
}

RunSummary train(const TrainConfig& cfg, const Dataset& data, TrainObserver& observer, RunControl& control) {
    RunSummary summary;
    try {
        summary = trainImpl(cfg, data, observer, control);
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
