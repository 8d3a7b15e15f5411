// The look of --help for trainscope-cli and trainscope-report: CLI11's layout, with descriptions wrapped to
// the width of a terminal and the option's value named (FILE, N, X) without CLI11's "Excludes:" lists (the
// descriptions say which options go together).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace ts::cli {

/// Lays out --help: option, value name, wrapped description.
class HelpFormatter : public CLI::Formatter {
public:
    HelpFormatter();

    /// CLI11's help text with one blank line (not two) between option groups.
    std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;
    /// The app's description, wrapped.
    std::string make_description(const CLI::App* app) const override;
    /// The footer, wrapped.
    std::string make_footer(const CLI::App* app) const override;
    /// A subcommand and its description, wrapped, in the list of subcommands.
    std::string make_subcommand(const CLI::App* sub) const override;
    /// " VALUE" for an option that takes one (plus REQUIRED), nothing for a flag.
    std::string make_option_opts(const CLI::Option* opt) const override;
    /// An option, its value and its description, wrapped to the right-hand column.
    std::string make_option(const CLI::Option* opt, bool is_positional) const override;
};

/// `text` with line breaks between words so that no line is longer than `width` (existing breaks stay).
std::string wrapText(const std::string& text, size_t width);

}  // namespace ts::cli
