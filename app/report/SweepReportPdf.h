// The PDF report of a sweep: core's sweep report blocks (standalone SVGs) stacked on A4 pages with QPdfWriter,
// each block kept whole on a page and drawn as vectors by QSvgRenderer. Widget-free (offscreen platform).
#pragma once

#include "core/report/ReportPhrases.h"

#include <string>

namespace ts {

/// Writes the PDF report of the sweep in `dir`, in `ph`'s language, to `path` atomically. Throws std::runtime_error
/// naming the file (a missing or damaged sweep.json, an unwritable destination, a chart that cannot be drawn).
void writeSweepReportPdf(const std::string& dir, const std::string& path, const ReportPhrases& ph = {});

}  // namespace ts
