// The run store: every run lives in its own folder, written as it trains and readable afterwards.
// Torch-free. Layout of a run folder:
//   run.json          configuration, data set identity (path + content hash), device, start time
//   status.json       running | finished | stopped | diverged | failed (rewritten atomically)
//   .lock             flock()ed by the writing process; a "running" run whose lock is free was interrupted
//   metrics.csv       one row per logged batch and per epoch, appended live
//   epochs.jsonl      one JSON line per epoch with the full validation metrics and confusion matrix
//   summary.json      the final summary (config, epochs[], test{...})
//   predictions.csv   index,true,predicted,confidence for every test sample
//   val-predictions.csv  epoch,index,true,predicted,confidence for every validation sample of every epoch
//   samples.jsonl     language models: one line per generated sample (every prompt at every evaluation)
//   layers.csv        training health: per-layer figures every few steps (core/health/HealthLog.h)
//   alerts.jsonl      training health: one line per alert (spikes, overfitting, plateaus, ...)
//   processes.json    data-parallel runs: each process's figures, rewritten about once a second while training
//   meta.json         the user's name, tags and notes for the run
//   checkpoint-*.pt   model and optimizer state (written by the trainer)
#pragma once

#include "core/common/Json.h"
#include "core/runs/RunJson.h"
#include "core/train/TrainConfig.h"
#include "core/common/Types.h"

#include <filesystem>
#include <string>
#include <vector>

namespace ts {

/// What the user says about a run.
struct RunMeta {
    std::string name;                 ///< display name; defaults to the folder name
    std::vector<std::string> tags;
    std::string notes;
};

/// Everything a run folder holds, read back.
struct RunRecord {
    std::string dir;                  ///< absolute path of the run folder
    std::string id;                   ///< folder name
    RunMeta meta;
    std::string status;               ///< running | finished | stopped | diverged | failed | interrupted
    std::string message;              ///< why it stopped, diverged or failed
    std::string startedAt;            ///< ISO 8601 local time
    double totalSeconds = 0.0;
    TrainConfig config;
    DatasetInfo dataset;
    std::string datasetHash;          ///< content hash of the data files
    std::string device;
    int threads = 0;
    std::vector<BatchMetrics> batches;  ///< empty when loaded without batches
    std::vector<EpochMetrics> epochs;
    bool hasTest = false;
    EvalMetrics test;
    std::vector<Prediction> testPredictions;  ///< from predictions.csv; only when loaded with batches
                                              ///< (each epoch's valPredictions likewise)
    std::vector<std::string> warnings;  ///< damaged pieces that were skipped (e.g. a truncated last line)
    std::string task = "classification";  ///< classification | language-model
    TokenizerSummary tokenizer;         ///< language models, from summary.json (empty before the run ends)
    bool hasLmTest = false;             ///< language models: the test split was scored
    LanguageModelTest lmTest;
    int64_t parameters = 0;             ///< trainable parameters (0 when unknown)
    std::vector<TextSample> samples;    ///< language models: samples.jsonl, in file order; only when loaded with batches
    std::vector<Alert> alerts;          ///< alerts.jsonl, in file order (empty when the run has none)
    std::vector<HealthSample> health;   ///< layers.csv, one per health sample; only when loaded with batches (epoch and
                                        ///< global grad norm filled from metrics.csv's row of the same step when there)
    int worldSize = 1;                  ///< processes that trained it (data-parallel when > 1)
    std::string distBackend;            ///< gloo | nccl for a data-parallel run ("" when not known yet)
    std::vector<ProcessFigures> processes;  ///< each process's last figures: summary.json's "distributed", else
                                            ///< processes.json (a run still training)

    /// Highest validation accuracy over the epochs (0 when none).
    double bestValAccuracy() const;
    /// Lowest validation loss over the evaluations (NaN when none was recorded).
    double bestValLoss() const;
    /// True for a language-model run.
    bool isLanguageModel() const { return task == "language-model"; }
    /// Display name: meta.name, else the folder name.
    std::string displayName() const { return meta.name.empty() ? id : meta.name; }
};

/// File name of the per-epoch validation predictions in a run folder.
inline const char* valPredictionsFileName() { return "val-predictions.csv"; }
/// File name of a language model's generated samples in a run folder.
inline const char* samplesFileName() { return "samples.jsonl"; }

/// Reads a run folder. Throws std::runtime_error when `dir` is not a run folder (no run.json).
/// Damaged files from a killed process never throw: what can be read is returned, with warnings.
RunRecord loadRun(const std::string& dir, bool withBatches = true);

/// All runs under `root` (without batches), newest first. Folders that are not runs are skipped.
std::vector<RunRecord> listRuns(const std::string& root);

/// Saves the user's name, tags and notes (atomically).
void saveRunMeta(const std::string& dir, const RunMeta& meta);

/// Deletes a run folder and everything in it. Refuses folders without run.json.
void deleteRun(const std::string& dir);

/// Parses a JSON file; a null value (and a warning) when it is missing or damaged. Never throws.
Json readJsonFile(const std::filesystem::path& path, std::vector<std::string>& warnings, bool required = false);

}  // namespace ts
