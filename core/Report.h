// Run reports: a self-contained HTML page, CSV and JSON metric exports, and the SVG charts both the
// HTML page and the Qt PDF renderer draw. Torch-free and Qt-free.
//
// buildReportContent() turns a RunRecord into format-neutral pieces (tables of text, SVG charts);
// reportHtml() lays them out as one HTML file with no external references (inline CSS and SVG,
// system fonts, no scripts), and ui/ReportPdf lays out the same pieces on PDF pages.
#pragma once

#include "core/RunStore.h"
#include "core/Types.h"

#include <string>
#include <utility>
#include <vector>

namespace ts {

/// The formats a report can be exported to.
enum class ReportFormat { Html, Pdf, Csv, Json };

/// Lower-case name of a format: "html", "pdf", "csv", "json".
const char* reportFormatName(ReportFormat f);
/// Parses "html" | "pdf" | "csv" | "json" (case-insensitive); false for anything else.
bool parseReportFormat(const std::string& name, ReportFormat* out);
/// The format a file name asks for by its extension (.html/.htm, .pdf, .csv, .json); false when unknown.
bool reportFormatFromPath(const std::string& path, ReportFormat* out);

/// Where a report was made: versions and the machine.
struct ReportEnvironment {
    std::string trainscopeVersion;
    std::string torchVersion;
    std::string cpuName;   ///< model name from /proc/cpuinfo ("" when unknown)
    int cpuCores = 0;      ///< logical CPUs of this machine
    std::string hostName;
    std::string os;        ///< e.g. "Linux 6.1.0-18-amd64 x86_64"
};

/// The environment of this process and machine.
ReportEnvironment currentEnvironment();

/// The CPU model name of this machine from /proc/cpuinfo, or "" when it cannot be read.
std::string cpuModelName();

/// A table of preformatted text cells.
struct ReportTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> numeric;       ///< per column: right-align (numbers)
    std::vector<int> emphasizedRows; ///< rows drawn in bold (e.g. the best epoch)
    std::string note;                ///< a footnote under the table ("" for none)
};

/// A labelled value for the key-figure tiles at the top of a report.
struct ReportFigure {
    std::string label;
    std::string value;
};

/// Everything a report shows, formatted, independent of HTML or PDF.
struct ReportContent {
    std::string title;                   ///< "TrainScope report: <run name>"
    std::string runName;
    std::string status;                  ///< finished | stopped | diverged | failed | interrupted | running
    std::string statusMessage;
    std::vector<ReportFigure> figures;   ///< accuracy, loss, F1, epochs, durations, device
    std::vector<std::pair<std::string, std::string>> overview;  ///< run id, started, device, durations, folder
    std::string evalLabel;               ///< which evaluation the final tables show, e.g. "Test set (10,000 samples)"
    ReportTable finalMetrics;            ///< macro and weighted precision/recall/F1, accuracy and loss
    ReportTable perClass;                ///< class, precision, recall, F1, support
    ReportTable perEpoch;
    ReportTable config;
    ReportTable dataset;
    ReportTable environment;
    std::string lossSvg;                 ///< per-batch loss (faint), smoothed loss, validation loss per epoch
    std::string accuracySvg;             ///< train and validation accuracy per epoch
    std::string lrSvg;                   ///< learning rate per step
    std::string confusionSvg;            ///< heatmap with counts ("" when there is no evaluation)
    std::string histogramSvg;            ///< training samples per class ("" when unknown)
    std::vector<std::string> tags;
    std::string notes;
    std::vector<std::string> warnings;   ///< damaged pieces of the run folder that were skipped
    std::string generatedAt;             ///< local time the report was made
};

/// Size and kind of the SVG charts.
struct SvgOptions {
    int width = 760;          ///< chart width in SVG user units (CSS pixels)
    int height = 300;         ///< chart height (heatmap and histogram size themselves)
    bool standalone = false;  ///< add the XML namespace, for a file or QSvgRenderer; HTML inlines without it
};

/// Formats every piece of a report from a run.
ReportContent buildReportContent(const RunRecord& run, const ReportEnvironment& env, const SvgOptions& svg = {});

/// Loss chart: raw per-batch loss (faint, decimated min/max per pixel column), its smoothed EMA, and validation loss per epoch.
std::string lossChartSvg(const RunRecord& run, const SvgOptions& opt);
/// Accuracy chart in percent per epoch: training and validation.
std::string accuracyChartSvg(const RunRecord& run, const SvgOptions& opt);
/// Learning rate per step (per epoch when the run has no batch rows).
std::string lrChartSvg(const RunRecord& run, const SvgOptions& opt);
/// Confusion-matrix heatmap (rows true class, columns predicted) with the count in each cell.
std::string confusionMatrixSvg(const ConfusionMatrix& cm, const SvgOptions& opt);
/// Horizontal bar chart of training samples per class.
std::string classHistogramSvg(const DatasetInfo& data, const SvgOptions& opt);

/// A point of a curve.
struct CurvePoint {
    double x = 0.0;
    double y = 0.0;
};

/// Reduces a curve sorted by x to at most two points (its minimum and maximum, in x order) per
/// pixel column of [xMin, xMax] split into `columns`, so spikes survive and the SVG stays small.
std::vector<CurvePoint> decimateMinMax(const std::vector<CurvePoint>& points, double xMin, double xMax, int columns);

/// Debiased exponential moving average (the GUI's smoothing): ema_t = w*ema_{t-1} + (1-w)*x_t, divided by 1 - w^t.
std::vector<double> smoothEma(const std::vector<double>& values, double weight);

/// The self-contained HTML report.
std::string reportHtml(const ReportContent& content);

/// One CSV table of the whole history. Column `kind` says what a row is: `batch` (per logged step),
/// `epoch` (per epoch, validation metrics), `test` (final test metrics), `class` (per-class metrics of
/// an evaluation) and `confusion` (one matrix cell of an evaluation); `set` is validation or test.
std::string reportCsv(const RunRecord& run);

/// JSON export: run facts, config, data set, environment, `steps` (one object per logged batch),
/// `epochs` (full validation metrics with the confusion matrix per epoch) and `test`.
std::string reportJson(const RunRecord& run, const ReportEnvironment& env);

/// Checks that a report can be created at `path`: its folder exists, is a folder and is writable, and
/// `path` is not a folder. Throws std::runtime_error with a message for the user naming the path.
void checkReportDestination(const std::string& path);

/// Writes finished report bytes (any format, PDF included) to `path` atomically: checks the destination,
/// writes a temporary file, syncs it and renames it into place. Throws std::runtime_error naming the path
/// (missing or read-only folder, full disk); an earlier file at `path` and the run stay untouched.
void writeReportFile(const std::string& path, const std::string& bytes);

/// Writes an HTML, CSV or JSON report of `run` to `path` atomically (temporary file, then rename).
/// Throws std::runtime_error naming the path when it cannot be written (missing or read-only folder,
/// full disk), leaving no partial file behind; throws std::invalid_argument for ReportFormat::Pdf,
/// which needs Qt (ui/ReportPdf, or the trainscope-report tool).
void writeReport(const RunRecord& run, ReportFormat format, const std::string& path);

}  // namespace ts
