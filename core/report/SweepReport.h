// The report of a sweep (issue 19), for someone without TrainScope: the definition and its outcome, the results
// table, the parallel-coordinates plot, the objective against each parameter and the best trial's curves, as a
// self-contained HTML page; the results table and the definition as CSV and JSON. Torch-free and Qt-free; the PDF
// is drawn by the Qt layer from sweepReportPdfBlocks().
#pragma once

#include "core/report/Report.h"
#include "core/sweep/Sweep.h"

#include <string>
#include <vector>

namespace ts {

/// Everything a sweep report shows, formatted, independent of HTML or PDF.
struct SweepReportContent {
    std::string title;                 ///< "TrainScope sweep: <folder name>"
    std::string subtitle;              ///< data set, preset, strategy and objective in one line
    std::vector<ReportFigure> figures; ///< trials planned/finished/pruned/failed, time, the best objective
    ReportTable definition;            ///< data set, preset, strategy and its rule, objective, budget, seed
    ReportTable space;                 ///< one row per parameter: its name, kind and space
    ReportTable results;               ///< one row per trial, best first; the best emphasized, pruned ones noted
    std::string parallelSvg;           ///< parallel coordinates ("" when no trial has an objective)
    std::string scatterSvg;            ///< the objective against each parameter
    std::string bestTitle;             ///< "Best trial: 7 (lr=0.003, weight_decay=1e-05)" ("" : none)
    ReportTable bestValues;            ///< the best trial's values, objective, rounds and run folder
    std::string bestLossSvg;           ///< the best trial's training and validation loss
    std::string bestAccuracySvg;       ///< its accuracy (classifiers) per epoch
    ReportTable environment;
    std::vector<std::string> warnings; ///< e.g. the best trial's run folder could not be read
    std::string generatedAt;
    ReportPhrases phrases;             ///< the language the content is in; the renderers write their headings in it
};

/// True when `dir` holds a sweep.json.
bool isSweepFolder(const std::string& dir);

/// Formats every piece of the report of the sweep in `dir` (its best trial's run folder is read from there).
SweepReportContent buildSweepReportContent(const std::string& dir, const Sweep& sweep, const ReportEnvironment& env,
                                           const SvgOptions& svg = {}, const ReportPhrases& ph = {});

/// The self-contained HTML page of a sweep report.
std::string sweepReportHtml(const SweepReportContent& content);

/// The results table as CSV: rank,trial,status,rung,rounds,objective,<one column per parameter>,seconds,run_dir,
/// message; one row per trial, best first (rank empty for trials without an objective).
std::string sweepReportCsv(const Sweep& sweep);

/// JSON export: `sweep` (name and folder), `definition` (data set, base configuration, parameters with their
/// spaces, strategy, halving's rungs and eta, objective, budget, seed), `summary` (counts, time, best trial) and
/// `trials` (the results table, best first, every parameter), with `report_generated_at` and `environment`.
std::string sweepReportJson(const std::string& dir, const Sweep& sweep, const ReportEnvironment& env);

/// Writes an HTML, CSV or JSON report of the sweep in `dir` to `path` atomically (the HTML page in `ph`'s language). Throws std::runtime_error naming
/// the file (a missing or damaged sweep.json, an unwritable destination); std::invalid_argument for PDF (Qt's).
void writeSweepReport(const std::string& dir, ReportFormat format, const std::string& path, const ReportPhrases& ph = {});

/// A piece of the PDF: a standalone SVG, kept whole on a page.
struct PdfBlock {
    std::string svg;
    bool keepWithNext = false;  ///< a heading: starts a new page with the block after it rather than alone
};

/// The PDF's content as a column of blocks at most `width` wide (headings, figures, tables cut into pieces that fit
/// a page, charts), drawn one under the other by the Qt layer.
std::vector<PdfBlock> sweepReportPdfBlocks(const SweepReportContent& content, int width);

}  // namespace ts
