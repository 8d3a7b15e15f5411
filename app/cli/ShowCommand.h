// `trainscope-cli show RUN_DIR`: one run's configuration, epochs and test results.
#pragma once

#include "app/cli/Command.h"

#include <string>

namespace ts::cli {

/// Prints what a run folder holds.
class ShowCommand : public Command {
public:
    /// Adds `show` and its argument to `app`.
    explicit ShowCommand(CLI::App& app);
    /// Prints the run; 0.
    int run() override;

private:
    std::string m_runDir;
};

}  // namespace ts::cli
