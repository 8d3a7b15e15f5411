// Writes a run folder: metrics.csv (appended live), summary.json and predictions.csv. Torch-free.
#pragma once

#include "core/common/AtomicFile.h"
#include "core/data/Dataset.h"
#include "core/train/TrainConfig.h"
#include "core/train/Trainer.h"
#include "core/common/Types.h"

#include <fstream>
#include <string>

namespace ts {

/// Summary of a data set for display and for summary.json; valFraction is the hold-out the trainer will use.
DatasetInfo describeDataset(const Dataset& ds, double valFraction);

/// Where runs are kept by default: $XDG_DATA_HOME/trainscope/runs (~/.local/share/trainscope/runs).
std::string defaultRunsRoot();

/// A new, unused run folder name under `root`: <root>/<YYYYmmdd-HHMMSS>-<preset>[-N].
std::string newRunDir(const std::string& root, const std::string& preset);

/// The summary.json document of a run.
std::string summaryJson(const TrainConfig& cfg, const DatasetInfo& data, const RunSummary& s);

/// An observer that records a run into a folder as it trains (layout: core/RunStore.h).
class RunWriter : public TrainObserver {
public:
    /// Creates `dir` (and parents), writes run.json and status.json ("running"), locks the folder and
    /// opens metrics.csv and epochs.jsonl. Throws std::runtime_error when it cannot.
    /// With `resumeAt`, the folder is an existing run continued from that checkpoint: rows logged after it
    /// (by the process that was interrupted) are dropped, and new rows are appended.
    RunWriter(const std::string& dir, const TrainConfig& cfg, const DatasetInfo& data,
              const CheckpointInfo* resumeAt = nullptr);
    /// Releases the folder lock (a run that never finished then reads as interrupted).
    ~RunWriter() override;
    RunWriter(const RunWriter&) = delete;
    RunWriter& operator=(const RunWriter&) = delete;

    void onStart(const std::string& device, int threads, int64_t batchesPerEpoch) override;
    void onBatch(const BatchMetrics& m) override;
    void onEpoch(const EpochMetrics& m) override;
    void onFinished(const RunSummary& s) override;

    /// The run folder.
    const std::string& dir() const { return m_dir; }

    /// The last write error, or "" when every file was written.
    const std::string& error() const { return m_error; }

    /// Header line of metrics.csv.
    static const char* metricsHeader();

private:
    std::string m_dir;
    TrainConfig m_cfg;
    DatasetInfo m_data;
    void writeRunJson();
    void writeStatus(const std::string& status, const std::string& message, double totalSeconds);

    std::string m_startedAt;
    std::string m_device;
    int m_threads = 0;
    int m_lockFd = -1;
    std::ofstream m_metrics;
    std::ofstream m_epochs;
    std::ofstream m_valPredictions;
    std::string m_error;
};

}  // namespace ts
