// `trainscope-cli lr-find --data PATH --preset NAME [--start 1e-7] [--end 10] [--steps 100] [--out DIR]`: the
// learning-rate range test, headless; prints the suggestions and leaves lr-find.json and lr-find.svg.
#pragma once

#include "app/cli/Command.h"
#include "app/cli/TrainingInputs.h"
#include "core/data/DatasetLoader.h"
#include "core/health/LrFindResult.h"

#include <string>

namespace ts::cli {

/// Runs the learning-rate range test for a preset on a data set from the command line.
class LrFindCommand : public Command {
public:
    /// Adds `lr-find` and its options to `app`.
    explicit LrFindCommand(CLI::App& app);
    /// Runs the test and writes its record; 0 when it ran, 1 when it failed.
    int run() override;

private:
    void addOptions();
    /// The configuration the options ask for; throws UsageError for a bad one.
    ts::TrainConfig plannedConfig() const;
    /// The folder for the record: --out, else a new folder under the runs root's lr-find/.
    std::string recordDir(const std::string& preset) const;

    std::string m_data, m_preset = "mlp", m_out, m_runsDir;
    ts::LoadOptions m_load;
    ts::LrFindSettings m_settings;
    bool m_quiet = false;
    ConfigOverrides m_overrides;
};

}  // namespace ts::cli
