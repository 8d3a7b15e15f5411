// `report DIR --format html|pdf|csv|json -o FILE`, DIR a run folder or an evaluation folder (made by
// `evaluate --out`): shared by trainscope-cli (no Qt) and the
// Qt-linked trainscope-report tool. HTML, CSV and JSON are made by core; PDF needs Qt, so the CLI hands
// it to trainscope-report (found next to the CLI or on PATH) with the offscreen Qt platform.
#pragma once

#include "core/report/Report.h"

#include <string>

namespace ts {

/// A parsed report command.
struct ReportRequest {
    std::string runDir;  ///< a run folder, or an evaluation folder (see isEvaluationFolder)
    ReportFormat format = ReportFormat::Html;
    std::string output;
};

/// Usage text of the report command, for --help.
const char* reportUsage();

/// True when `dir` is an evaluation folder: it has evaluation.json and no run.json.
bool isEvaluationFolder(const std::string& dir);

/// Parses `DIR [--format F] (-o|--output) FILE` from argv[first...]; the format defaults to the output's
/// extension. Throws std::invalid_argument with a message for the user on a usage error.
ReportRequest parseReportRequest(int argc, char** argv, int first);

/// The report format a `train --report FILE` asks for. Throws std::invalid_argument for an unknown extension.
ReportFormat reportFormatForFile(const std::string& file);

/// Path of the trainscope-report tool: next to this executable, else found on PATH; "" when missing.
std::string findReportTool();

/// Writes the report of a run or an evaluation folder. HTML, CSV and JSON in-process; PDF by running
/// trainscope-report (offscreen Qt).
/// Throws std::runtime_error with a message for the user (the file, the reason) on failure.
void exportReportFromCli(const ReportRequest& request);

}  // namespace ts
