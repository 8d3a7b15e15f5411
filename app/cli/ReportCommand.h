// `report DIR [--format html|pdf|csv|json] -o FILE`, DIR a run folder or an evaluation folder (made by
// `evaluate --out`): its arguments are shared by trainscope-cli (no Qt) and the Qt-linked trainscope-report
// tool. HTML, CSV and JSON are made by core; PDF needs Qt, so the CLI hands it to trainscope-report (found
// next to the CLI or on PATH) with the offscreen Qt platform.
#pragma once

#include "app/cli/Command.h"
#include "app/cli/ReportRequest.h"
#include "core/report/Report.h"

#include <string>

namespace ts {

/// The report arguments as typed, before the format is worked out from the output's name.
struct ReportArguments {
    std::string dir;     ///< RUN_DIR|EVAL_DIR|SWEEP_DIR
    std::string format;  ///< --format; "" = from the output's extension
    std::string output;  ///< -o, --output
};

/// Declares `RUN_DIR|EVAL_DIR|SWEEP_DIR [--format F] (-o|--output) FILE` on `command`, parsed into `args`.
void addReportArguments(CLI::App& command, ReportArguments& args);

/// The request `args` ask for; the format defaults to the output's extension. Throws cli::UsageError when
/// neither says which format.
ReportRequest reportRequest(const ReportArguments& args);

/// The report format a `train --report FILE` asks for. Throws cli::UsageError for an unknown extension.
ReportFormat reportFormatForFile(const std::string& file);

/// Path of the trainscope-report tool: next to this executable, else found on PATH; "" when missing.
std::string findReportTool();

/// Writes the report of a run, an evaluation or a sweep folder. HTML, CSV and JSON in-process; PDF by running
/// trainscope-report (offscreen Qt).
/// Throws std::runtime_error with a message for the user (the file, the reason) on failure.
void exportReportFromCli(const ReportRequest& request);

namespace cli {

/// `trainscope-cli report`: exports a run or an evaluation as HTML, PDF, CSV or JSON.
class ReportCommand : public Command {
public:
    /// Adds `report` and its arguments to `app`.
    explicit ReportCommand(CLI::App& app);
    /// Writes the report; 0 when it is written.
    int run() override;

private:
    ReportArguments m_args;
};

}  // namespace cli

}  // namespace ts
