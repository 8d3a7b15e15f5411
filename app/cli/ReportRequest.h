// What a report command asks for (shared by trainscope-cli and trainscope-report), without CLI11.
#pragma once

#include "core/report/Report.h"

#include <string>

namespace ts {

/// A parsed report command.
struct ReportRequest {
    std::string runDir;  ///< a run folder, or an evaluation folder (see isEvaluationFolder)
    ReportFormat format = ReportFormat::Html;
    std::string output;
    std::string language;  ///< trainscope-report --lang: the HTML and PDF reports' language ("" : English)
};

/// True when `dir` is an evaluation folder: it has evaluation.json and no run.json.
bool isEvaluationFolder(const std::string& dir);

}  // namespace ts
