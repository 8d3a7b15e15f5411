#include "app/cli/ReportToolCommandLine.h"

#include "app/cli/HelpFormatter.h"
#include "app/cli/ReportCommand.h"

#include <memory>
#include <string>

namespace ts::cli {

std::optional<int> parseReportToolCommandLine(int argc, char** argv, ReportRequest& request) {
    CLI::App cli("Writes a report of a TrainScope run folder, evaluation folder (made by trainscope-cli evaluate) or sweep "
                 "folder (made by trainscope-cli sweep): "
                 "a self-contained HTML page, a paginated PDF, or the metrics as CSV or JSON. The format defaults to "
                 "FILE's extension. Needs no display.",
                 "trainscope-report");
    cli.formatter(std::make_shared<HelpFormatter>());
    cli.set_version_flag("--version", std::string("trainscope-report ") + TRAINSCOPE_VERSION);
    cli.allow_extras();  // unknown options are reported by rejectLeftovers
    ReportArguments args;
    addReportArguments(cli, args);
    std::string language;
    cli::addOption(cli, "--lang", "LANGUAGE", language,
                   "the language of HTML and PDF reports: en (default) or zh_CN (CSV and JSON stay English)");
    try {
        cli.parse(argc, argv);
        rejectLeftovers(cli);
        request = reportRequest(args);
        request.language = language;
    } catch (const CLI::ParseError& e) {
        return exitForParseError(cli, e);
    }
    return std::nullopt;
}

}  // namespace ts::cli
