// Writes a run folder: metrics.csv (appended live), summary.json and predictions.csv. Torch-free.
#pragma once

#include "core/Dataset.h"
#include "core/TrainConfig.h"
#include "core/Trainer.h"
#include "core/Types.h"

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

/// Writes `content` to `path` through a temporary file and a rename, so no half-written file is left.
/// Throws std::runtime_error naming the path and the reason (e.g. a full disk).
void writeFileAtomically(const std::string& path, const std::string& content);

/// An observer that records a run into a folder as it trains.
class RunWriter : public TrainObserver {
public:
    /// Creates `dir` (and parents) and opens metrics.csv. Throws std::runtime_error when it cannot.
    RunWriter(const std::string& dir, const TrainConfig& cfg, const DatasetInfo& data);

    void onBatch(const BatchMetrics& m) override;
    void onEpoch(const EpochMetrics& m) override;
    void onFinished(const RunSummary& s) override;

    /// The last write error, or "" when every file was written.
    const std::string& error() const { return error_; }

    /// Header line of metrics.csv.
    static const char* metricsHeader();

private:
    std::string dir_;
    TrainConfig cfg_;
    DatasetInfo data_;
    std::ofstream metrics_;
    std::string error_;
};

}  // namespace ts
