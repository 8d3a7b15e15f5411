// Pieces of the reports' HTML pages that run, evaluation and sweep reports share: the page style and tables.
#pragma once

#include "core/report/Report.h"

#include <string>
#include <utility>
#include <vector>

namespace ts::report {

/// A table with numeric columns right-aligned, emphasized and flagged rows marked, and its note.
std::string htmlTable(const ReportTable& t, const std::string& cssClass = {});
/// A two-column item/value table.
std::string kvTableRows(const std::vector<std::pair<std::string, std::string>>& rows);
/// The page style: system fonts, cards for sections, tabular numbers; plain when printed.
const char* reportCss();

}  // namespace ts::report
