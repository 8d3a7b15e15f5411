// `trainscope-cli sweep --data PATH --preset NAME --param lr=log:1e-4:1e-1 [--param ...] [--strategy
// grid|random|halving] [--trials N] [--objective val_loss|...] --out SWEEP_DIR`, and `sweep --resume SWEEP_DIR`:
// trains the trials one after another as ordinary runs inside SWEEP_DIR, keeps sweep.json and trials.csv current
// after every change, and prints the results table.
#pragma once

#include "app/cli/Command.h"
#include "app/cli/TrainingInputs.h"
#include "core/data/DatasetLoader.h"
#include "core/sweep/Sweep.h"

#include <string>
#include <vector>

namespace ts::cli {

class TrialProcesses;

/// Runs a hyperparameter sweep from the command line.
class SweepCommand : public Command {
public:
    /// Adds `sweep` and its options to `app`.
    explicit SweepCommand(CLI::App& app);
    /// Runs (or continues) the sweep; 0 when every trial ran (some may have failed), 1 when the sweep could not.
    int run() override;

private:
    void addOptions();
    /// The sweep the options define; throws UsageError for a bad one.
    ts::SweepDefinition plannedDefinition() const;
    /// Trains every trial of `rung` that is pending, --parallel at a time; false when the sweep must end early
    /// (stopped, time limit).
    bool runRung(ts::Sweep& sweep, int rung, TrialProcesses& trials) const;

    std::string m_data, m_preset = "mlp", m_out, m_resume, m_strategy = "random", m_objective = "val_loss", m_config;
    std::vector<std::string> m_params;
    ts::LoadOptions m_load;
    int m_trials = 12, m_gridPoints = 3, m_minRounds = 1, m_eta = 3, m_parallel = 1;
    uint64_t m_seed = 0;
    double m_timeLimitMinutes = 0.0;
    bool m_quiet = false;
    ConfigOverrides m_overrides;
    std::string m_dir;  ///< the sweep folder being run
    double m_startedAt = 0.0;
};

}  // namespace ts::cli
