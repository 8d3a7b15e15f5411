#include "app/cli/HelpFormatter.h"

#include <sstream>

namespace ts::cli {

namespace {

constexpr size_t kHelpWidth = 100;     // characters per line of --help
constexpr size_t kOptionColumn = 30;   // where option descriptions start

/// Two spaces, `name` padded to the description column, then `desc` wrapped to the rest of the line.
std::string twoColumns(const std::string& name, const std::string& desc) {
    std::string out = "  " + name;
    if (out.size() >= kOptionColumn) out += "\n" + std::string(kOptionColumn, ' ');
    else out.append(kOptionColumn - out.size(), ' ');
    for (const char c : wrapText(desc, kHelpWidth - kOptionColumn)) {
        out += c;
        if (c == '\n') out.append(kOptionColumn, ' ');
    }
    return out + "\n";
}

}  // namespace

HelpFormatter::HelpFormatter() { column_width(kOptionColumn); }

std::string HelpFormatter::make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const {
    std::string help = CLI::Formatter::make_help(app, std::move(name), mode);
    for (size_t at; (at = help.find("\n\n\n")) != std::string::npos;) help.erase(at, 1);
    return help;
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
    const std::string& footer = app->get_footer();
    return footer.empty() ? std::string() : wrapText(footer, kHelpWidth) + "\n";
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
    return twoColumns(sub->get_display_name(true), sub->get_description());
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
    const std::string& desc = app->get_description();
    return desc.empty() ? std::string() : wrapText(desc, kHelpWidth) + "\n";
}

std::string HelpFormatter::make_option_opts(const CLI::Option* opt) const {
    std::string out;
    if (!opt->nonpositional()) return out;  // the name says it
    if (opt->get_type_size() != 0 && !opt->get_type_name().empty()) out += " " + opt->get_type_name();
    if (opt->get_required()) out += " REQUIRED";
    return out;
}

std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
    return twoColumns(make_option_name(opt, is_positional) + make_option_opts(opt), opt->get_description());
}

std::string wrapText(const std::string& text, size_t width) {
    std::string out;
    std::istringstream paragraphs(text);
    std::string paragraph;
    bool firstParagraph = true;
    while (std::getline(paragraphs, paragraph)) {
        if (!firstParagraph) out += '\n';
        firstParagraph = false;
        std::istringstream words(paragraph);
        std::string word;
        size_t lineLength = 0;
        while (words >> word) {
            if (lineLength > 0 && lineLength + 1 + word.size() > width) {
                out += '\n';
                lineLength = 0;
            } else if (lineLength > 0) {
                out += ' ';
                ++lineLength;
            }
            out += word;
            lineLength += word.size();
        }
    }
    return out;
}

}  // namespace ts::cli
