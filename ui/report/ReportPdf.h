// The PDF report of a run or an evaluation: the content of core/Report (tables, SVG charts) laid out on
// A4 pages with QPdfWriter.
// Charts are drawn with QSvgRenderer onto the PDF painter, so they stay vectors. Widget-free: works in
// a worker thread and in the headless trainscope-report tool (QGuiApplication, offscreen platform).
#pragma once

#include "core/eval/Evaluation.h"
#include "core/report/Report.h"
#include "core/runs/RunStore.h"

#include <QString>

class QIODevice;

namespace ts {

/// Lays out `content` (of a run or an evaluation; empty pieces are left out; headings in its phrases' language) as a
/// paginated PDF into
/// `device` (open for writing). Returns the number of pages.
/// Throws std::runtime_error when the PDF cannot be drawn.
int renderReportPdf(const ReportContent& content, QIODevice* device);

/// Writes the PDF report of `run` in `ph`'s language to `path` atomically (temporary file, then rename). Throws
/// std::runtime_error naming the path when the folder is missing or read-only, or the disk is full; nothing is left
/// behind then.
void writeReportPdf(const RunRecord& run, const QString& path, const ReportPhrases& ph = {});

/// Writes the PDF report of an evaluation to `path`, like writeReportPdf.
void writeEvaluationReportPdf(const EvaluationResult& result, const QString& path, const ReportPhrases& ph = {});

}  // namespace ts
