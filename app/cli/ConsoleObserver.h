// The console side of `trainscope-cli train`: one line per epoch (language models: per evaluation) on stdout, a
// live progress line on a terminal's stderr, and every event passed on to the run folder's writer.
#pragma once

#include "core/runs/RunWriter.h"
#include "core/train/Trainer.h"

#include <cstdint>
#include <string>

namespace ts::cli {

/// Prints training progress for people and records the run folder through a RunWriter.
class ConsoleObserver : public ts::TrainObserver {
public:
    /// Reports a run of `cfg` (`quiet`: only the final summary) and writes it through `writer`.
    ConsoleObserver(ts::RunWriter& writer, const ts::TrainConfig& cfg, bool quiet);

    /// Device, threads and batches per epoch, once.
    void onStart(const std::string& device, int threads, int64_t batchesPerEpoch) override;
    /// The live progress line, at most every kProgressIntervalSec, on a terminal.
    void onBatch(const ts::BatchMetrics& m) override;
    /// One line per epoch with losses, accuracies, speed and the time left.
    void onEpoch(const ts::EpochMetrics& m) override;
    /// A note for the user, on stderr.
    void onMessage(const std::string& text) override;
    /// Records the sample in the run folder (layers.csv).
    void onHealth(const ts::HealthSample& h) override;
    /// Records the alert (alerts.jsonl) and prints it with its advice on stderr (also when quiet).
    void onAlert(const ts::Alert& a) override;
    /// Data-parallel runs: records every process's figures (processes.json); each epoch line is followed by them.
    void onProcesses(const std::vector<ts::ProcessFigures>& processes) override;
    /// Clears the progress line and finishes the run folder.
    void onFinished(const ts::RunSummary& s) override;

private:
    /// A language model's evaluation line: step, losses, perplexity, bits per byte, tokens/s, ETA.
    void printEvaluation(const ts::EpochMetrics& m, double eta) const;
    /// "  processes: rank 0 812/s (in collectives 9%), rank 1 ..." after an epoch line of a data-parallel run.
    void printProcesses() const;
    /// "3/5" (epoch 3 of 5); with several evaluations per epoch the fraction of epochs done, "0.75/2".
    std::string epochText(int round) const;

    ts::RunWriter& m_writer;
    bool m_languageModel;
    int m_epochs;      // evaluations of the whole run (classifiers: epochs x evaluations per epoch)
    int m_partsPerEpoch;
    bool m_quiet;
    bool m_tty;
    double m_lastProgress = -1.0;
    double m_epochSeconds = 0.0;
    int m_epochsHere = 0;
    std::vector<ts::ProcessFigures> m_processes;  ///< the latest figures of a data-parallel run's processes  ///< epochs run by this process (a resumed run starts later than epoch 1)
};

}  // namespace ts::cli
