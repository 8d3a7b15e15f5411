// Writes a run folder: metrics.csv (appended live), summary.json and predictions.csv; for a language model
// samples.jsonl (every sample of every evaluation) instead of the predictions. Torch-free.
// A write that fails while the run trains throws FileWriteError out of the observer callback, which stops the
// training cleanly (the trainer turns it into a failed run); onFinished() never throws and keeps its error.
#pragma once

#include "core/common/AppendFile.h"
#include "core/common/AtomicFile.h"
#include "core/data/Dataset.h"
#include "core/train/TrainConfig.h"
#include "core/train/Trainer.h"
#include "core/common/Types.h"
#include "core/runs/RunFolder.h"

#include <string>

namespace ts {

/// Summary of a data set for display and for summary.json; valFraction is the hold-out the trainer will use
/// (text corpora: the validation and test shares of the corpus, core/data/TextDataset.h).
DatasetInfo describeDataset(const Dataset& ds, double valFraction, double testFraction = 0.05);

/// The summary.json document of a run (a language model's has task, tokenizer, parameters, evals[] and its test).
std::string summaryJson(const TrainConfig& cfg, const DatasetInfo& data, const RunSummary& s);

/// An observer that records a run into a folder as it trains (layout: core/RunStore.h).
class RunWriter : public TrainObserver {
public:
    /// Creates `dir` (and parents), writes run.json and status.json ("running"), locks the folder and
    /// opens metrics.csv and epochs.jsonl. Throws std::runtime_error when it cannot, and refuses a folder
    /// that already holds a run (holdsRun()) unless it resumes it.
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
    /// Appends the sample's rows to layers.csv (flushed with the next epoch).
    void onHealth(const HealthSample& h) override;
    /// Appends the alert to alerts.jsonl and flushes it (alerts are rare and worth keeping).
    void onAlert(const Alert& a) override;
    void onFinished(const RunSummary& s) override;
    /// Data-parallel runs: processes.json, rewritten atomically (the window's per-process table reads it).
    void onProcesses(const std::vector<ProcessFigures>& processes) override;

    /// The run folder.
    const std::string& dir() const { return m_dir; }

    /// The first write error, or "" when every file was written.
    const std::string& error() const { return m_error; }

    /// When resuming a run whose process died without closing it (killed, crashed, power cut): a note that
    /// its stale lock and "running" status were taken over; "" otherwise.
    const std::string& takeoverNote() const { return m_takeoverNote; }

    /// Header line of a classifier's metrics.csv.
    static const char* metricsHeader();
    /// Header line of a language model's metrics.csv: the first seven columns in the classifier's places
    /// (tokens/s where samples/s is), then grad_norm and the evaluation figures.
    static const char* languageModelMetricsHeader();

private:
    std::string m_dir;
    TrainConfig m_cfg;
    DatasetInfo m_data;
    void writeRunJson();
    void writeStatus(const std::string& status, const std::string& message, double totalSeconds);
    void lockFolder(bool resuming);
    void prepareFiles(const CheckpointInfo* resumeAt);
    void openLogs(const CheckpointInfo* resumeAt);
    void keepError(const std::exception& e);
    const char* headerLine() const;
    void writeEvaluation(const EpochMetrics& m);
    void writePredictions(const RunSummary& s);

    std::string m_startedAt;
    std::string m_device;
    int m_threads = 0;
    int m_lockFd = -1;
    AppendFile m_metrics;
    AppendFile m_epochs;
    AppendFile m_valPredictions;
    AppendFile m_samples;
    AppendFile m_layers;
    AppendFile m_alerts;
    std::string m_error;
    std::string m_takeoverNote;
};

}  // namespace ts
