// What the subcommands of trainscope-cli share: the Command base class, exit statuses, usage errors, and
// helpers that declare CLI11 options with strict values (a bad number is a usage error naming the option;
// a missing value says "missing value for --name"), plus small console helpers.
#pragma once

#include "app/cli/ExitStatus.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace ts::cli {

/// A usage error found by a command itself (after CLI11 parsed the line): exit status 2 and the message.
class UsageError : public CLI::ParseError {
public:
    /// A usage error with a message for the user.
    explicit UsageError(const std::string& message);
};

/// One subcommand of trainscope-cli: declares its options on a CLI11 subcommand, then runs with them.
class Command {
public:
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /// True when the parsed command line chose this subcommand.
    bool chosen() const;
    /// Runs the subcommand with the parsed options and returns the exit status. Throws CLI::ParseError for a
    /// usage error it finds, std::exception (with a message for the user) when the work fails.
    virtual int run() = 0;

protected:
    /// Adds the subcommand `name` to `app`; the derived class declares its options on m_command.
    Command(CLI::App& app, const std::string& name, const std::string& description);

    CLI::App* m_command;
};

/// How an option's value is taken: `store(option, text)`, `option` its long name for messages; throws
/// CLI::ParseError (e.g. UsageError) when the value is bad.
using StoreValue = std::function<void(const std::string& option, const std::string& text)>;

/// Declares `--name VALUE` (or "-o,--output VALUE") on `command`, taken by `store`. A repeated option keeps
/// its last value; a left-out value is "missing value for --name".
CLI::Option* addOptionWith(CLI::App& command, const std::string& name, const std::string& valueName,
                           const std::string& description, StoreValue store);

/// "a, b ,c" -> {"a", "b", "c"}: items trimmed of spaces, empty ones dropped.
std::vector<std::string> splitList(const std::string& text);

/// Stores `text` as the value of `option` (a usage error naming the option when it is not a number).
void parseValue(const std::string& option, const std::string& text, std::string& out);
void parseValue(const std::string& option, const std::string& text, int& out);
void parseValue(const std::string& option, const std::string& text, uint64_t& out);
void parseValue(const std::string& option, const std::string& text, int64_t& out);
void parseValue(const std::string& option, const std::string& text, double& out);
/// As above; the optional stays empty unless the option is given.
template <typename T>
void parseValue(const std::string& option, const std::string& text, std::optional<T>& out) {
    T value{};
    parseValue(option, text, value);
    out = std::move(value);
}

/// Declares `--name VALUE` that stores its value, parsed strictly, in `target`.
template <typename T>
CLI::Option* addOption(CLI::App& command, const std::string& name, const std::string& valueName, T& target,
                       const std::string& description) {
    return addOptionWith(command, name, valueName, description,
                         [&target](const std::string& option, const std::string& text) { parseValue(option, text, target); });
}

/// Throws a usage error for anything CLI11 left over: an unknown option (naming the closest known one)
/// or an unexpected argument, of the app itself or of the subcommand chosen.
void rejectLeftovers(const CLI::App& app);

/// The exit status for a parse error of `app`, after saying it: --help and --version print to stdout and
/// give 0; a usage error prints "PROGRAM: MESSAGE (see PROGRAM [COMMAND] --help)" on stderr and gives 2.
int exitForParseError(const CLI::App& app, const CLI::ParseError& e);

/// `v` (a fraction) as a percentage with two decimals: "93.25%".
std::string percent(double v);

/// True when standard error is a terminal (live progress lines are drawn only there).
bool stderrIsTerminal();
/// Blanks the live progress line on standard error.
void clearProgressLine();

}  // namespace ts::cli
