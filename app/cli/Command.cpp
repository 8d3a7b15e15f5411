#include "app/cli/Command.h"

#include "core/common/Numbers.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <unistd.h>
#include <vector>

namespace ts::cli {

namespace {

constexpr size_t kMaxSuggestionDistance = 2;  // "--epoch" is one edit from "--epochs"
constexpr size_t kMinSuggestedLength = 4;     // "-x" is too short to guess what was meant
constexpr int kProgressLineWidth = 70;        // the live progress line is never wider

/// Levenshtein distance: the fewest single-character edits that turn `a` into `b`.
size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/// The option of `app` closest to the unknown `typed` ("--epochs" for "--epoch"), or "" when none is close.
std::string closestOption(const CLI::App& app, const std::string& typed) {
    const std::string name = typed.substr(0, typed.find('='));
    if (name.size() < kMinSuggestedLength) return {};
    std::string best;
    size_t bestDistance = kMaxSuggestionDistance + 1;
    for (const CLI::Option* opt : app.get_options()) {
        for (const std::string& longName : opt->get_lnames()) {
            const size_t d = editDistance(name, "--" + longName);
            if (d < bestDistance) {
                bestDistance = d;
                best = "--" + longName;
            }
        }
    }
    return best;
}

/// The usage error for the first leftover argument of `app`, or nothing when there is none.
void rejectLeftoversOf(const CLI::App& app, const char* whatPositional) {
    const std::vector<std::string> left = app.remaining(false);
    if (left.empty()) return;
    const std::string& first = left.front();
    if (first.size() > 1 && first[0] == '-') {
        const std::string guess = closestOption(app, first);
        throw UsageError("unknown option " + first + (guess.empty() ? "" : " (did you mean " + guess + "?)"));
    }
    throw UsageError(std::string(whatPositional) + " '" + first + "'");
}

/// The name messages use for an option declared as `names`: its long name ("--output" of "-o,--output").
std::string longName(const std::string& names) {
    const size_t dashes = names.find("--");
    return dashes == std::string::npos ? names : names.substr(dashes, names.find(',', dashes) - dashes);
}

/// A usage error saying `text` is not a valid value of `option`.
UsageError invalidValue(const char* what, const std::string& option, const std::string& text) {
    return UsageError(std::string("invalid ") + what + " for " + option + ": '" + text + "'");
}

}  // namespace

// "a, b ,c" -> {"a", "b", "c"}: items trimmed of spaces, empty ones dropped.
std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = text.find(',', start);
        std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

UsageError::UsageError(const std::string& message) : CLI::ParseError("UsageError", message, kExitUsage) {}

Command::Command(CLI::App& app, const std::string& name, const std::string& description)
    : m_command(app.add_subcommand(name, description)) {
    m_command->allow_extras();  // leftovers are reported by rejectLeftovers, naming the closest option
}

bool Command::chosen() const { return m_command->parsed(); }

CLI::Option* addOptionWith(CLI::App& command, const std::string& name, const std::string& valueName,
                           const std::string& description, StoreValue store) {
    // 0 or 1 values, so that a left-out value reaches the callback as "" and is reported by name.
    CLI::callback_t callback = [option = longName(name), store = std::move(store)](const CLI::results_t& values) {
        if (values.empty() || values.back().empty()) throw UsageError("missing value for " + option);
        store(option, values.back());
        return true;
    };
    return command.add_option(name, callback, description)
        ->type_name(valueName)
        ->expected(0, 1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
}

void parseValue(const std::string&, const std::string& text, std::string& out) { out = text; }

void parseValue(const std::string& option, const std::string& text, int& out) {
    int64_t value = 0;
    if (!ts::parseInt64(text, value) || value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        throw invalidValue("integer", option, text);
    out = int(value);
}

void parseValue(const std::string& option, const std::string& text, int64_t& out) {
    if (!ts::parseInt64(text, out)) throw invalidValue("integer", option, text);
}

void parseValue(const std::string& option, const std::string& text, uint64_t& out) {
    if (!ts::parseUint64(text, out)) throw invalidValue("integer", option, text);
}

void parseValue(const std::string& option, const std::string& text, double& out) {
    if (!ts::parseDouble(text, out)) throw invalidValue("number", option, text);
}

void rejectLeftovers(const CLI::App& app) {
    rejectLeftoversOf(app, "unknown command");
    for (const CLI::App* sub : app.get_subcommands()) rejectLeftoversOf(*sub, "unexpected argument");
}

int exitForParseError(const CLI::App& app, const CLI::ParseError& e) {
    if (e.get_exit_code() == kExitOk) return app.exit(e);  // --help, --version
    std::string helpFor = app.get_name();
    for (const CLI::App* sub : app.get_subcommands())
        if (!sub->get_group().empty()) helpFor += " " + sub->get_name();  // not the hidden `help`
    std::fprintf(stderr, "%s: %s (see %s --help)\n", app.get_name().c_str(), e.what(), helpFor.c_str());
    return kExitUsage;
}

std::string percent(double v) { return ts::formatFixed(100.0 * v, 2) + "%"; }

bool stderrIsTerminal() { return ::isatty(STDERR_FILENO) != 0; }

void clearProgressLine() { std::fprintf(stderr, "\r%*s\r", kProgressLineWidth, ""); }

}  // namespace ts::cli
