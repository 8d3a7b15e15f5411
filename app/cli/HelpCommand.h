// `trainscope-cli help [COMMAND]`: the same text as `--help` and `COMMAND --help`, for people who type
// help as a word. Hidden from the list of subcommands.
#pragma once

#include "app/cli/Command.h"

#include <string>

namespace ts::cli {

/// Prints the help of the program or of one of its subcommands.
class HelpCommand : public Command {
public:
    /// Adds the hidden `help` subcommand to `app`.
    explicit HelpCommand(CLI::App& app);
    /// Prints the help asked for; throws UsageError for an unknown subcommand.
    int run() override;

private:
    CLI::App& m_app;
    std::string m_topic;
};

}  // namespace ts::cli
