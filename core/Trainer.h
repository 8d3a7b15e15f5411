// The training loop. Its interface is torch-free; torch lives in Trainer.cpp and Models.cpp.
#pragma once

#include "Dataset.h"
#include "TrainConfig.h"
#include "Types.h"

#include <atomic>
#include <functional>
#include <string>

namespace ts {

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
    /// A non-fatal note for the user (e.g. "CUDA not available, using CPU").
    virtual void onMessage(const std::string& text) { (void)text; }
    /// Once, with the final summary (also for stopped or failed runs).
    virtual void onFinished(const RunSummary& s) { (void)s; }
};

/// Flags the caller flips from another thread; the trainer polls them at batch boundaries.
struct RunControl {
    std::atomic<bool> stop{false};
    std::atomic<bool> pause{false};
};

/// Resolves "auto"/"cpu"/"cuda" to the device that will be used; fills `note` when falling back.
std::string resolveDevice(const std::string& requested, std::string* note);

/// Picks the thread count for "0 = automatic".
int defaultThreadCount();

/// Version of the LibTorch the core was built against, e.g. "1.13.1".
std::string torchVersion();

/// Trains and evaluates a model on `data` as `cfg` says. Never throws: errors come back
/// as RunStatus::Failed with a message. Reports progress to `observer`.
RunSummary train(const TrainConfig& cfg, const Dataset& data, TrainObserver& observer, RunControl& control);

}  // namespace ts
