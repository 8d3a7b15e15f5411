// Run and evaluation reports: a self-contained HTML page, CSV and JSON exports, and the SVG charts both
// the HTML page and the Qt PDF renderer draw. Torch-free and Qt-free.
//
// buildReportContent() turns a RunRecord, and buildEvaluationReportContent() an EvaluationResult, into
// format-neutral pieces (tables of text, SVG charts); reportHtml() lays them out as one HTML file with
// no external references (inline CSS and SVG, system fonts, no scripts), and ui/ReportPdf lays out the
// same pieces on PDF pages. A piece left empty is left out, so one layout serves both kinds.
//
// The implementation is split by concern: RunReportContent.cpp and EvaluationReportContent.cpp (content),
// LineChartSvg.cpp, MatrixChartSvg.cpp and CalibrationChartSvg.cpp (charts, on SvgPrimitives), ReportHtml.cpp,
// ReportCsv.cpp, ReportJson.cpp and ReportFiles.cpp (formats, environment, writing). The charts take their
// ticks, decimation, smoothing and colours from core/plot, as the window's charts do.
#pragma once

#include "core/eval/Evaluation.h"
#include "core/plot/Decimation.h"  // CurvePoint, decimateMinMax: the charts' decimation
#include "core/plot/Smoothing.h"   // smoothEma, kDefaultSmoothingWeight: the loss curve's smoothing
#include "core/report/ReportPhrases.h"
#include "core/runs/RunStore.h"
#include "core/common/Types.h"

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
    std::vector<int> flaggedRows;    ///< rows drawn as warnings (bold on amber), e.g. a class that got worse
    std::string note;                ///< a footnote under the table ("" for none)
};

/// A labelled value for the key-figure tiles at the top of a report.
struct ReportFigure {
    ReportFigure() = default;
    ReportFigure(std::string l, std::string v, std::string d = {})
        : label(std::move(l)), value(std::move(v)), detail(std::move(d)) {}
    std::string label;
    std::string value;
    std::string detail;  ///< a small line under the value, e.g. the run's own test value ("" for none)
};

/// A stretch of a generated sample's text; `marked` when it is a watch-list hit.
struct ReportTextSpan {
    std::string text;
    bool marked = false;
};

/// A language model's continuation of one prompt at one evaluation, cut into marked and plain stretches.
struct ReportSample {
    int64_t step = 0;
    std::vector<ReportTextSpan> spans;
    int64_t hits = 0;                    ///< watch-list hits in this sample
};

/// A stretch of a document's text and how surprising the model found it (language-model evaluations).
struct ReportShadedSpan {
    std::string text;
    double shade = -1.0;    ///< the token's loss over the document's largest, in [0, 1]; -1: not a scored token
    double loss = 0.0;      ///< nats
};

/// A surprising document's text, token by token.
struct ReportShadedText {
    std::string title;      ///< "line 12 · perplexity 41.3"
    std::vector<ReportShadedSpan> spans;
    bool trimmed = false;   ///< only the document's start is shown
};

/// One prompt's samples at a few evaluations, first to last.
struct ReportPromptSamples {
    std::string prompt;
    std::vector<ReportSample> samples;
    int64_t hits = 0;                    ///< watch-list hits in this prompt's samples at every evaluation
    int evaluations = 0;                 ///< evaluations that wrote a sample of this prompt
};

/// The "Training health" section of a run report (issue 16): alerts, the global gradient norm, the last health
/// sample's per-layer figures and the machine. Empty when the run recorded none of them.
struct ReportHealth {
    std::string summary;      ///< one sentence: how many alerts and health samples, the sampling interval
    ReportTable alerts;       ///< step, kind, message, advice
    std::string gradNormSvg;  ///< global gradient norm per step ("" when not measured or already with the curves)
    std::string layersTitle;  ///< "Layers at step 1,880 (epoch 2)"
    ReportTable layers;       ///< one row per parameter and hidden layer; out-of-band update ratios flagged
    ReportTable system;       ///< mean throughput, data share, CPU, peak memory, GPU memory when known
    /// True when the section has nothing to show.
    bool empty() const { return alerts.rows.empty() && gradNormSvg.empty() && layers.rows.empty() && system.rows.empty(); }
};

/// Everything a report shows, formatted, independent of HTML or PDF. Run reports fill the run pieces,
/// evaluation reports the evaluation pieces; the renderers leave out what is empty.
struct ReportContent {
    std::string title;                   ///< "TrainScope report: <run name>"
    std::string runName;
    std::string subtitle;                ///< replaces the status line under the title when set (evaluations)
    std::string status;                  ///< finished | stopped | diverged | failed | interrupted | running ("" : no badge)
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
    std::string overviewTitle = "Run";   ///< heading of the `overview` table at the end
    std::string historyTitle = "Per-epoch history";  ///< heading of `perEpoch` ("Per-evaluation history" for language models)
    ReportPhrases phrases;               ///< the language the content is in; the renderers write their headings in it

    // Language-model run reports only (empty otherwise).
    std::string gradNormSvg;             ///< gradient norm per step before clipping, the clip threshold drawn
    ReportTable tokenizer;               ///< kind, vocabulary, tokens per split, unknown rates
    std::vector<ReportPromptSamples> samples;  ///< each prompt's samples at a few evaluations
    std::string samplesNote;             ///< how the samples were made and which evaluations are shown

    // Run reports with training-health data only (empty otherwise).
    ReportHealth health;

    // Evaluation reports only (empty in run reports).
    std::vector<std::string> alerts;     ///< warnings shown prominently under the key figures
    std::string reliabilitySvg;          ///< reliability diagram: accuracy per confidence bin against the diagonal
    std::string confidenceSvg;           ///< confidence histogram, correct vs wrong predictions
    std::string calibrationText;         ///< one sentence on ECE and MCE under the calibration charts
    std::string driftTitle;              ///< heading of the drift section ("" : no drift section)
    std::string driftText;               ///< the reference data, or why there is none
    std::string driftVerdict;            ///< "Class distribution: PSI 0.031, no significant shift" ("" without reference)
    std::string driftLevel;              ///< "ok" | "moderate" | "large": how the verdict is coloured
    ReportTable driftClasses;            ///< class distribution: reference vs current counts and shares
    ReportTable driftTests;              ///< chi-square statistic, dof, p-value, PSI, verdict
    std::string featuresTitle;           ///< e.g. "Feature shift (image statistics)"
    ReportTable driftFeatures;           ///< one row per feature, largest KS first
    std::vector<std::string> noteItems;  ///< a bulleted list of notes
    // Language-model evaluations only: the most surprising documents with their tokens shaded by loss (HTML).
    std::vector<ReportShadedText> shadedTexts;
    std::string shadedNote;
};

/// PSI rule of thumb: < 0.1 "no significant shift", 0.1-0.25 "moderate shift", > 0.25 "large shift".
std::string psiVerdict(double psi, const ReportPhrases& ph = {});

/// Size and kind of the SVG charts.
struct SvgOptions {
    int width = 760;          ///< chart width in SVG user units (CSS pixels)
    int height = 300;         ///< chart height (heatmap and histogram size themselves)
    bool standalone = false;  ///< add the XML namespace, for a file or QSvgRenderer; HTML inlines without it
};

/// Formats every piece of a report from a run (a language model's report when the run is one).
ReportContent buildReportContent(const RunRecord& run, const ReportEnvironment& env, const SvgOptions& svg = {},
                                 const ReportPhrases& ph = {});
/// The report of a language-model run: test figures, loss curves, gradient norm, per-evaluation history with
/// perplexity and bits per byte, tokenizer, configuration, and each prompt's samples at a few evaluations.
ReportContent buildLanguageModelReportContent(const RunRecord& run, const ReportEnvironment& env, const SvgOptions& svg = {},
                                              const ReportPhrases& ph = {});
/// The training-health section of a run: shown when the run has layers.csv, alerts or system figures. The gradient-norm
/// chart is left out when `gradNormShown` (the report already draws it with the training curves).
ReportHealth buildHealthSection(const RunRecord& run, bool gradNormShown, const SvgOptions& svg = {},
                                const ReportPhrases& ph = {});
/// The evaluations whose samples a report shows out of `count`: all up to `shown`, else first to last evenly spread.
std::vector<size_t> shownEvaluations(size_t count, size_t shown);
/// `sample`'s text cut at its watch-list hits (overlapping or out-of-range hits are skipped).
std::vector<ReportTextSpan> sampleSpans(const TextSample& sample);

/// Loss chart: raw per-batch loss (faint, decimated min/max per pixel column), its debiased EMA with the window's
/// default weight (kDefaultSmoothingWeight, 0.9), and validation loss per epoch.
std::string lossChartSvg(const RunRecord& run, const SvgOptions& opt, const ReportPhrases& ph = {});
/// Accuracy chart in percent per epoch: training and validation.
std::string accuracyChartSvg(const RunRecord& run, const SvgOptions& opt, const ReportPhrases& ph = {});
/// Gradient norm per step before clipping, with the clip threshold `clip` drawn when it is positive; "" without norms.
std::string gradNormChartSvg(const RunRecord& run, double clip, const SvgOptions& opt, const ReportPhrases& ph = {});
/// Learning rate per step (per epoch when the run has no batch rows).
std::string lrChartSvg(const RunRecord& run, const SvgOptions& opt, const ReportPhrases& ph = {});
/// Confusion-matrix heatmap (rows true class, columns predicted) with the count in each cell.
std::string confusionMatrixSvg(const ConfusionMatrix& cm, const SvgOptions& opt, const ReportPhrases& ph = {});
/// Horizontal bar chart of training samples per class.
std::string classHistogramSvg(const DatasetInfo& data, const SvgOptions& opt, const ReportPhrases& ph = {});

/// Formats every piece of an evaluation report: title "TrainScope evaluation: <model file> on <data name>",
/// key figures (with the run's test values when there is a comparison), metrics, per-class table with
/// baseline F1 and change (flagged classes highlighted), confusion matrix, calibration charts, drift.
ReportContent buildEvaluationReportContent(const EvaluationResult& result, const ReportEnvironment& env,
                                           const SvgOptions& svg = {}, const ReportPhrases& ph = {});

/// A language model's evaluation report (EvaluationResult::lm set): loss, perplexity, bits per byte and accuracies
/// against the run's test split, calibration of the next-token probability, the per-document perplexity histogram,
/// the most surprising documents (the history table), text drift and the samples with their watch-list hits.
/// buildEvaluationReportContent hands language models to it.
ReportContent buildLanguageModelEvaluationReportContent(const EvaluationResult& result, const ReportEnvironment& env,
                                                        const SvgOptions& svg = {}, const ReportPhrases& ph = {});

/// Reliability diagram: accuracy per confidence bin as bars, the gap to the bin's mean confidence, the
/// diagonal of perfect calibration; ECE and MCE in the title. "" when no bin has predictions.
std::string reliabilityDiagramSvg(const Calibration& calibration, const SvgOptions& opt, const ReportPhrases& ph = {});
/// Confidence histogram: per bin, correct predictions with the wrong ones stacked on top. "" when empty.
std::string confidenceHistogramSvg(const ConfidenceHistogram& histogram, const SvgOptions& opt,
                                   const ReportPhrases& ph = {});

/// The self-contained HTML report.
std::string reportHtml(const ReportContent& content);

/// One CSV table of the whole history. Column `kind` says what a row is: `batch` (per logged step),
/// `epoch` (per epoch, validation metrics), `test` (final test metrics), `class` (per-class metrics of
/// an evaluation) and `confusion` (one matrix cell of an evaluation); `set` is validation or test.
/// A language model's CSV has its own columns: `batch` (per step, with tokens/s and grad norm), `eval` (per
/// evaluation: losses, perplexity, bits per byte, watch hits), `test` and `sample` (prompt and text) rows.
/// A run with training-health data (alerts or per-layer samples; a classifier's also measured gradient norms) gets
/// the columns layer,weight_norm,update_ratio,dead_fraction,alert,message,advice at the end (a classifier's with
/// grad_norm before them), `layer` rows (one per parameter or hidden layer per health sample; the layer's gradient
/// norm in grad_norm) and `alert` rows; batch rows carry the global grad_norm.
std::string reportCsv(const RunRecord& run);

/// JSON export: run facts, config, data set, environment, `steps` (one object per logged batch),
/// `epochs` (full validation metrics with the confusion matrix per epoch) and `test`; a language model's adds
/// `task`, `tokenizer`, `parameters`, `samples` (samples.jsonl's lines) and its own `test`. Each step has its
/// `grad_norm` when it was measured; a run with training-health data adds `alerts` (alerts.jsonl's objects) and
/// `health` (per sample: step, epoch, parameters' norms and update ratios, layers' activations).
std::string reportJson(const RunRecord& run, const ReportEnvironment& env);

/// CSV of an evaluation: columns kind,set,class,precision,recall,f1,support,accuracy,loss,ece,delta_f1,
/// delta_recall,flagged. `kind` is `class` (one row per class), `macro` and `weighted` (averages) or
/// `overall` (accuracy, loss, ECE); `set` is `evaluation`, or `baseline` for the run's own test metrics
/// (present when the evaluation has a comparison). Changes and flags are on the evaluation's class rows.
/// A language model's evaluation has its own columns (languageModelEvaluationReportCsv).
std::string evaluationReportCsv(const EvaluationResult& result);
/// CSV of a language model's evaluation: kind,set,name,tokens,loss,perplexity,bits_per_byte,token_accuracy,
/// top5_accuracy,ece; `overall` rows for the evaluation (and `baseline`, the run's test split, when known), then one
/// `document` row per document.
std::string languageModelEvaluationReportCsv(const EvaluationResult& result);

/// JSON export of an evaluation: evaluation.json's document (toJson of the result), plus
/// `report_generated_at` and `environment`.
std::string evaluationReportJson(const EvaluationResult& result, const ReportEnvironment& env);

/// Checks that a report can be created at `path`: its folder exists, is a folder and is writable, and
/// `path` is not a folder. Throws std::runtime_error with a message for the user naming the path.
void checkReportDestination(const std::string& path);

/// Writes finished report bytes (any format, PDF included) to `path` atomically: checks the destination,
/// writes a temporary file, syncs it and renames it into place. Throws std::runtime_error naming the path
/// (missing or read-only folder, full disk); an earlier file at `path` and the run stay untouched.
void writeReportFile(const std::string& path, const std::string& bytes);

/// Writes an HTML, CSV or JSON report of `run` to `path` atomically (temporary file, then rename). The HTML page is
/// in `ph`'s language; CSV and JSON are for programs and stay English.
/// Throws std::runtime_error naming the path when it cannot be written (missing or read-only folder,
/// full disk), leaving no partial file behind; throws std::invalid_argument for ReportFormat::Pdf,
/// which needs Qt (ui/ReportPdf, or the trainscope-report tool).
void writeReport(const RunRecord& run, ReportFormat format, const std::string& path, const ReportPhrases& ph = {});

/// writeReport for an evaluation: HTML, CSV or JSON, written atomically, the same errors.
void writeEvaluationReport(const EvaluationResult& result, ReportFormat format, const std::string& path,
                           const ReportPhrases& ph = {});

}  // namespace ts
