// Training a model: the entry point and the observer it reports to. Torch-free; the loop lives in
// core/train/TrainingLoop.cpp behind the TrainingTask seam (core/train/TrainingTask.h).
#pragma once

#include "core/data/Dataset.h"
#include "core/train/ModelInfo.h"
#include "core/common/BuildInfo.h"
#include "core/train/TrainConfig.h"
#include "core/common/Types.h"

#include <atomic>
#include <functional>
#include <string>

namespace ts {

class Collective;

/// Receives progress from Trainer::run. Called on the thread that runs the trainer.
class TrainObserver {
public:
    virtual ~TrainObserver() = default;
    /// Training is about to start on the given device with the given thread count.
    virtual void onStart(const std::string& device, int threads, int64_t batchesPerEpoch) { (void)device; (void)threads; (void)batchesPerEpoch; }
    /// Every cfg.logEvery batches.
    virtual void onBatch(const BatchMetrics& m) { (void)m; }
    /// After each epoch's training and evaluation.
    virtual void onEpoch(const EpochMetrics& m) { (void)m; }
    /// A checkpoint was written at the end of `epoch` (`best` when it is also the best so far).
    virtual void onCheckpoint(int epoch, int64_t step, bool best) { (void)epoch; (void)step; (void)best; }
    /// A non-fatal note for the user (e.g. "CUDA not available, using CPU").
    virtual void onMessage(const std::string& text) { (void)text; }
    /// Every cfg.health.interval steps when diagnostics are on: per-layer gradient, weight and update figures
    /// and the hidden layers' activations (core/health/Health.h).
    virtual void onHealth(const HealthSample& h) { (void)h; }
    /// An alert was raised (a spike, exploding or vanishing updates, overfitting, a plateau, a dead layer,
    /// a NaN/Inf). Alerts never stop a run unless cfg.health.stopOn names their kind.
    virtual void onAlert(const Alert& a) { (void)a; }
    /// Data-parallel runs, on rank 0: every process's figures (at most about once a second).
    virtual void onProcesses(const std::vector<ProcessFigures>& processes) { (void)processes; }
    /// Once, with the final summary (also for stopped or failed runs).
    virtual void onFinished(const RunSummary& s) { (void)s; }
};

/// Flags the caller flips from another thread; the trainer polls them at batch boundaries.
struct RunControl {
    std::atomic<bool> stop{false};
    std::atomic<bool> pause{false};
};

/// Where a run keeps its checkpoints, and what it continues from.
struct TrainOptions {
    std::string checkpointDir;  ///< folder for checkpoint-last.pt and checkpoint-best.pt; "" writes none
    std::string resumeFrom;     ///< checkpoint to continue from; "" starts fresh
    Collective* collective = nullptr;  ///< the process group of a data-parallel run (core/dist); null: one process
};

/// What a checkpoint says about where training stood.
struct CheckpointInfo {
    int epoch = 0;        ///< epochs completed
    int64_t step = 0;     ///< batches completed
    double valLoss = 0.0; ///< validation loss of that epoch
};

/// File names inside a run folder.
inline const char* lastCheckpointName() { return "checkpoint-last.pt"; }
inline const char* bestCheckpointName() { return "checkpoint-best.pt"; }

/// Reads the position stored in a checkpoint. Throws std::runtime_error when the file is unreadable.
CheckpointInfo readCheckpointInfo(const std::string& path);

/// The input contract a run with `cfg` on `data` gives its model (what its checkpoints store as
/// "model_info"): shape, classes and the pixel scaling worked out from the training rows.
ModelInfo describeModelInput(const TrainConfig& cfg, const Dataset& data);

/// Resolves "auto"/"cpu"/"cuda" to the device that will be used; fills `note` when falling back.
std::string resolveDevice(const std::string& requested, std::string* note);

/// Picks the thread count for "0 = automatic".
int defaultThreadCount();


/// Why the preset of `cfg` cannot train on `data` (a language model on a table or images, a classifier on a
/// text corpus), with what to do; "" when it fits.
std::string presetDataMismatch(const TrainConfig& cfg, const Dataset& data);

/// Trains and evaluates a model on `data` as `cfg` says. Never throws: errors come back
/// as RunStatus::Failed with a message. Reports progress to `observer`. With options.resumeFrom it
/// continues a run from its checkpoint to cfg.epochs; the summary then holds the earlier epochs too.
RunSummary train(const TrainConfig& cfg, const Dataset& data, TrainObserver& observer, RunControl& control,
                 const TrainOptions& options = {});

}  // namespace ts
