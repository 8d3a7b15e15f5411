// `trainscope-cli runs [--runs-dir DIR]`: the runs in a runs folder, one line each.
#pragma once

#include "app/cli/Command.h"

#include <string>

namespace ts::cli {

/// Lists the runs of a runs folder as a table.
class RunsCommand : public Command {
public:
    /// Adds `runs` and its options to `app`.
    explicit RunsCommand(CLI::App& app);
    /// Prints the table; 0.
    int run() override;

private:
    std::string m_runsDir;
};

}  // namespace ts::cli
