// `trainscope-cli train --data PATH [options]` and `train --resume RUN_DIR`: the same training as the GUI,
// headless, writing a run folder (and a report when asked).
#pragma once

#include "app/cli/Command.h"
#include "app/cli/TrainingInputs.h"
#include "core/data/DatasetLoader.h"
#include "core/dist/DistEnv.h"
#include "core/train/TrainConfig.h"

#include <functional>
#include <string>
#include <vector>

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
    void addTrainingOptions();
    void addLanguageModelOptions();
    void addHealthOptions();
    void addOutputOptions();
    /// Declares `name VALUE` that, when given, sets `field` of the configuration over the preset's value.
    template <typename T>
    void addOverride(const std::string& name, const std::string& valueName, T ts::TrainConfig::*field,
                     const std::string& description);
    /// The configuration, data and report the options ask for; throws UsageError for a bad combination.
    /// `rank`: this process's rank in a data-parallel run (the others do not check the run folder: rank 0 owns it).
    TrainPlan plan(int rank) const;
    /// --config FILE: the configuration (and data set) of a run.json, summary.json or plain options object.
    void planFromConfigFile(TrainPlan& p) const;
    /// The run to resume and its configuration, after checking it can be resumed.
    void planResume(TrainPlan& p, int rank) const;
    /// Trains as planned and prints the outcome; the exit status. In a data-parallel run rank 0 writes the run.
    int train(TrainPlan& p, const ts::DistEnv& env) const;
    /// A data-parallel run's other ranks: train their shares, write nothing, print only failures.
    int trainAsPeer(TrainPlan& p, const ts::DistEnv& env) const;
    /// --nproc N: starts N workers of this command line on this machine and waits for them.
    int launch(const TrainPlan& p) const;

    // Options as typed.
    std::string m_data, m_preset = "mlp", m_out, m_runsDir, m_resume, m_report, m_config;
    ts::LoadOptions m_load;
    bool m_quiet = false;
    bool m_overwrite = false;
    int m_stopAfter = 0;  ///< --stop-after N: pause after N rounds (0: run to the end)
    std::vector<std::string> m_promptList;  ///< --prompt, in order (replace the default prompts)
    /// The training options given, each setting its field over the preset's (or the resumed run's) value.
    ConfigOverrides m_overrides;
};

}  // namespace ts::cli
