// Pieces of the reports' HTML pages that run, evaluation and sweep reports share: the page style and tables.
#pragma once

#include "core/report/Report.h"

#include <string>
#include <utility>
#include <vector>

namespace ts::report {

/// A table with numeric columns right-aligned, emphasized and flagged rows marked, and its note; missing figures
/// ("n/a") in the language of `ph`.
std::string htmlTable(const ReportTable& t, const std::string& cssClass, const ReportPhrases& ph);
/// A two-column item/value table.
std::string kvTableRows(const std::vector<std::pair<std::string, std::string>>& rows, const ReportPhrases& ph);
/// The page up to the opening of <main>: doctype, <html lang> in the report's language, the title and the style (with
/// CJK fonts in the font lists when the report is translated).
std::string htmlHead(const std::string& title, const ReportPhrases& ph);
/// The notes on damaged pieces, the end of the last section, the footer and the end of the page.
std::string warningsAndFooter(const std::vector<std::string>& warnings, const std::string& generatedAt,
                              const ReportPhrases& ph);

}  // namespace ts::report
