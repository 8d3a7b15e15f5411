// `trainscope-cli train --data PATH [options]` and `train --resume RUN_DIR`: the same training as the GUI,
// headless, writing a run folder (and a report when asked).
#pragma once

#include "app/cli/Command.h"
#include "core/data/DatasetLoader.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ts::cli {

struct TrainPlan;

/// Trains a model on a data set, or continues a stopped run, from the command line.
class TrainCommand : public Command {
public:
    /// Adds `train` and its options to `app`.
    explicit TrainCommand(CLI::App& app);
    /// Trains and writes the run folder; 0 when the run finished or was stopped, 1 when it failed.
    int run() override;

private:
    void addDataOptions();
    void addTrainingOptions();
    void addOutputOptions();
    /// The configuration, data and report the options ask for; throws UsageError for a bad combination.
    TrainPlan plan() const;
    /// The run to resume and its configuration, after checking it can be resumed.
    void planResume(TrainPlan& p) const;
    /// Puts the training options that were given over the preset's (or the resumed run's) values.
    void applyOverrides(TrainPlan& p) const;
    /// Trains as planned and prints the outcome; the exit status.
    int train(TrainPlan& p) const;

    // Options as typed; the training ones stay empty unless given, so the preset's values stand.
    std::string m_data, m_preset = "mlp", m_out, m_runsDir, m_resume, m_report;
    ts::LoadOptions m_load;
    bool m_quiet = false;
    std::optional<int> m_epochs, m_batchSize, m_threads, m_earlyStop;
    std::optional<double> m_lr, m_momentum, m_weightDecay, m_valFraction;
    std::optional<uint64_t> m_seed;
    std::optional<std::string> m_optimizer, m_schedule, m_device;
};

}  // namespace ts::cli
