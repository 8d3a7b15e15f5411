// A language model's evaluation report: key figures against the run's test split, the next-token metrics table,
// calibration charts, the per-document perplexity histogram, the most surprising documents, text drift and the
// samples with their watch-list hits; and its CSV export.
#include "core/common/Numbers.h"
#include "core/eval/LanguageModelEvaluation.h"
#include "core/eval/TextDrift.h"
#include "core/report/Report.h"
#include "core/report/ReportSections.h"
#include "core/report/ReportText.h"
#include "core/report/SvgPrimitives.h"

#include <algorithm>
#include <cmath>

namespace ts {

using namespace report;

namespace {

constexpr int kHistogramBins = 30;
constexpr int kHistogramXTicks = 8;
constexpr size_t kExcerptBytes = 160;         // of each surprising document in the table
constexpr double kDivergenceModerate = 0.02;  // JS divergence (bits) of token distributions: rule of thumb
constexpr double kDivergenceLarge = 0.1;
constexpr double kKsSignificance = 0.01;
constexpr size_t kShadedDocuments = 10;     // documents shown with their tokens shaded (HTML)
const std::string kBarColor = "#4c78a8";

/// Start of `text` on one line, cut at a character boundary, with an ellipsis when cut.
std::string excerptOf(const std::string& text) {
    size_t cut = std::min(text.size(), kExcerptBytes);
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::string out = text.substr(0, cut);
    for (char& ch : out)
        if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    return cut < text.size() ? out + "\u2026" : out;
}

/// Histogram of the documents' loss (ln of perplexity) among those ranked (enough predicted tokens).
std::string perplexityHistogramSvg(const LanguageModelEvaluation& lm, const SvgOptions& opt) {
    std::vector<double> losses;
    for (const DocumentScore& d : lm.documents)
        if (d.tokens >= lm.minimumDocumentTokens && std::isfinite(d.loss)) losses.push_back(d.loss);
    if (losses.empty()) return {};
    const auto [lo, hi] = std::minmax_element(losses.begin(), losses.end());
    const Axis xa = makeAxis(*lo, std::max(*hi, *lo + 1e-6), kHistogramXTicks, true, false);
    std::vector<int64_t> counts(size_t(kHistogramBins), 0);
    const double width = (xa.hi - xa.lo) / kHistogramBins;
    for (double v : losses) counts[size_t(std::clamp(int((v - xa.lo) / width), 0, kHistogramBins - 1))]++;
    const Axis ya = makeAxis(0.0, double(*std::max_element(counts.begin(), counts.end())), kMaxYIntervals, true, true);
    const int w = opt.width, h = opt.height;
    const double x0 = plotLeft(widestTickLabel(ya)), y0 = kTitleBaseline + kLabelFontSize + kTickLength * 3;
    const double pw = std::max(kMinPlotSide, w - x0 - kMarginRight), ph = std::max(kMinPlotSide, h - y0 - kMarginBottom);
    auto sx = [&](double v) { return x0 + (v - xa.lo) / (xa.hi - xa.lo) * pw; };
    auto sy = [&](double v) { return y0 + ph - (v - ya.lo) / (ya.hi - ya.lo) * ph; };
    const std::string title = "Per-document perplexity";
    const std::string summary = thousands(int64_t(losses.size())) + " documents of " +
                                std::to_string(lm.minimumDocumentTokens) + "+ predicted tokens";
    std::string out = svgOpen(w, h, opt, title + " \u00b7 " + summary);
    out += text(x0, kTitleBaseline, title, kTitleFontSize, "start", kInk, " font-weight=\"bold\"");
    out += text(x0 + textWidth(title, kTitleFontSize) + kLegendGap, kTitleBaseline, summary, kLabelFontSize, "start", kMutedInk);
    out += plotFrame(x0, y0, pw, ph, true);
    for (double t : ya.ticks)
        if (onAxis(ya, t)) out += yTick(x0, pw, sy(t), tickLabel(t, ya.step), t > ya.lo);
    for (double t : xa.ticks)
        if (onAxis(xa, t)) out += xTick(sx(t), y0, ph, tickLabel(t, xa.step) + " (" + general(std::exp(t)) + ")", false);
    for (int b = 0; b < kHistogramBins; ++b) {
        const int64_t n = counts[size_t(b)];
        if (n == 0) continue;
        const double left = xa.lo + b * width;
        out += "<g><title>" + esc("loss " + fixed(left, 2) + "-" + fixed(left + width, 2) + " (perplexity " +
                                  general(std::exp(left)) + "-" + general(std::exp(left + width)) + "): " + thousands(n) +
                                  " documents") + "</title>";
        out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/></g>\n", sx(left) + 0.5,
                       sy(double(n)), std::max(1.0, sx(left + width) - sx(left) - 1.0), sy(0) - sy(double(n)),
                       kBarColor.c_str());
    }
    out += plotFrame(x0, y0, pw, ph, false);
    out += axisTitles(x0, y0, pw, ph, h, "document loss, nats per token (perplexity)", "documents");
    return out + "</svg>\n";
}

/// Title, subtitle, key figures and the overview table.
void addHeaderAndFigures(ReportContent& c, const EvaluationResult& r, const LanguageModelEvaluation& lm) {
    const std::string modelFile = fileNameOf(r.modelPath, "model");
    const std::string dataName = r.dataName.empty() ? fileNameOf(r.dataPath, "data") : r.dataName;
    const std::string runName = !r.comparison.runName.empty() ? r.comparison.runName : fileNameOf(r.runDir, "");
    const LanguageModelTest& m = lm.metrics;
    const LanguageModelTest& b = lm.baseline;
    c.runName = modelFile;
    c.title = "TrainScope evaluation: " + modelFile + " on " + dataName;
    c.overviewTitle = "Evaluation";
    c.generatedAt = localTimeNow();
    c.alerts = r.warnings;
    c.noteItems = r.notes;
    c.subtitle = "Language model \u00b7 " + thousands(int64_t(lm.documents.size())) + " documents \u00b7 " +
                 thousands(m.tokens) + " predicted tokens \u00b7 Device: " + (r.device.empty() ? "unknown" : r.device) +
                 " \u00b7 Time: " + formatDuration(r.seconds) +
                 (lm.hasBaseline ? " \u00b7 Compared with the test split of run " + runName : "");
    auto versus = [&](const std::string& value, const std::string& change) {
        return lm.hasBaseline ? "run's test: " + value + " (" + change + ")" : std::string();
    };
    c.figures.push_back({"Loss", fixed(m.loss, 4), versus(fixed(b.loss, 4), signedFixed(m.loss - b.loss, 4))});
    c.figures.push_back({"Perplexity", fixed(m.perplexity, 3), versus(fixed(b.perplexity, 3), signedFixed(m.perplexity - b.perplexity, 3))});
    c.figures.push_back({"Bits per byte", fixed(m.bitsPerByte, 4), versus(fixed(b.bitsPerByte, 4), signedFixed(m.bitsPerByte - b.bitsPerByte, 4))});
    c.figures.push_back({"Top-1 accuracy", percent(m.tokenAccuracy), versus(percent(b.tokenAccuracy), pointsChange(m.tokenAccuracy - b.tokenAccuracy))});
    c.figures.push_back({"Top-5 accuracy", percent(m.top5Accuracy), versus(percent(b.top5Accuracy), pointsChange(m.top5Accuracy - b.top5Accuracy))});
    c.figures.push_back({"ECE", percent(lm.calibration.ece), "MCE " + percent(lm.calibration.mce)});
    c.overview = {
        {"Model file", r.modelPath.empty() ? "unknown" : r.modelPath},
        {"Model kind", r.modelKind.empty() ? "unknown" : r.modelKind},
        {"Model", r.modelDescription.empty() ? "unknown" : r.modelDescription},
        {"Run", r.runDir.empty() ? "none (the model's run is not known)" : r.runDir},
        {"Data", r.dataPath.empty() ? "unknown" : r.dataPath},
        {"Device", r.device.empty() ? "unknown" : r.device},
        {"Evaluation time", formatDuration(r.seconds)},
    };
}

/// The next-token metrics, next to the run's test-split figures and the change when known.
void addMetrics(ReportContent& c, const EvaluationResult& r, const LanguageModelEvaluation& lm) {
    const LanguageModelTest& m = lm.metrics;
    const LanguageModelTest& b = lm.baseline;
    c.evalLabel = "Next-token prediction over " + thousands(m.tokens) + " tokens of " +
                  (r.dataName.empty() ? fileNameOf(r.dataPath, "the data") : r.dataName);
    c.finalMetrics.header = {"Metric", "Value"};
    c.finalMetrics.numeric = {false, true};
    if (lm.hasBaseline) {
        c.finalMetrics.header = {"Metric", "This text", "Run's test split", "Change"};
        c.finalMetrics.numeric = {false, true, true, true};
    }
    auto row = [&](const std::string& name, double now, double then, bool asPercent, int decimals) {
        std::vector<std::string> cells = {name, asPercent ? percent(now) : fixed(now, decimals)};
        if (lm.hasBaseline) {
            cells.push_back(asPercent ? percent(then) : fixed(then, decimals));
            cells.push_back(asPercent ? pointsChange(now - then) : signedFixed(now - then, decimals));
        }
        c.finalMetrics.rows.push_back(std::move(cells));
    };
    row("Loss (nats per token)", m.loss, b.loss, false, 4);
    row("Perplexity", m.perplexity, b.perplexity, false, 3);
    row("Bits per byte", m.bitsPerByte, b.bitsPerByte, false, 4);
    row("Top-1 next-token accuracy", m.tokenAccuracy, b.tokenAccuracy, true, 0);
    row("Top-5 next-token accuracy", m.top5Accuracy, b.top5Accuracy, true, 0);
    std::vector<std::string> tokens = {"Predicted tokens", thousands(m.tokens)};
    if (lm.hasBaseline) tokens.insert(tokens.end(), {thousands(b.tokens), ""});
    c.finalMetrics.rows.push_back(tokens);
    c.finalMetrics.note = "Every token after a text's first is predicted once, in windows of " +
                          std::to_string(lm.contextLength) + " tokens advancing by " + std::to_string(lm.stride) +
                          (lm.hasBaseline ? "; the run's test split was scored in non-overlapping windows." : ".");
}

/// A document's text cut at its scored tokens, each shaded by its loss over the document's largest.
ReportShadedText shadedText(const DocumentScore& d, size_t rank) {
    ReportShadedText t;
    t.title = std::to_string(rank) + ". " + d.name + " \u00b7 perplexity " + fixed(d.perplexity, 2);
    t.trimmed = d.textTrimmed;
    float largest = 0.0f;
    for (const TokenLoss& l : d.tokenLosses) largest = std::max(largest, l.loss);
    int64_t at = 0;
    const int64_t size = int64_t(d.text.size());
    for (const TokenLoss& l : d.tokenLosses) {
        if (l.begin < at || l.end > size || l.end <= l.begin) continue;
        if (l.begin > at) t.spans.push_back({d.text.substr(size_t(at), size_t(l.begin - at)), -1.0, 0.0});
        t.spans.push_back({d.text.substr(size_t(l.begin), size_t(l.end - l.begin)),
                           largest > 0.0f ? double(l.loss / largest) : 0.0, double(l.loss)});
        at = l.end;
    }
    if (at < size) t.spans.push_back({d.text.substr(size_t(at)), -1.0, 0.0});
    return t;
}

/// The most surprising documents: rank, name, figures and the start of the text.
void addSurprising(ReportContent& c, const LanguageModelEvaluation& lm) {
    c.historyTitle = "Most surprising documents";
    c.perEpoch.header = {"#", "Document", "Tokens", "Perplexity", "Bits per byte", "Text"};
    c.perEpoch.numeric = {true, false, true, true, true, false};
    for (size_t i = 0; i < lm.mostSurprising.size(); ++i) {
        const DocumentScore& d = lm.documents[lm.mostSurprising[i]];
        c.perEpoch.rows.push_back({std::to_string(i + 1), d.name, thousands(d.tokens), fixed(d.perplexity, 2),
                                   fixed(d.bitsPerByte, 3), excerptOf(d.text)});
    }
    c.perEpoch.note = "Highest perplexity first, among documents of at least " +
                      std::to_string(lm.minimumDocumentTokens) + " predicted tokens.";
    for (size_t i = 0; i < lm.mostSurprising.size() && i < kShadedDocuments; ++i)
        c.shadedTexts.push_back(shadedText(lm.documents[lm.mostSurprising[i]], i + 1));
    if (!c.shadedTexts.empty())
        c.shadedNote = "The " + std::to_string(c.shadedTexts.size()) +
                       " most surprising documents; the redder a token, the higher its loss (hover for nats).";
}

}  // namespace

ReportTable report::tokenMoversTable(const TextDriftReport& d) {
    ReportTable t;
    t.header = {"Direction", "Token", "Reference share", "Share here", "Change"};
    t.numeric = {false, false, true, true, true};
    auto add = [&](const char* direction, const TokenShift& s) {
        const std::string token = s.token == " " ? "\u2423 (space)" : s.token;
        t.rows.push_back({direction, token, percent(s.referenceShare), percent(s.currentShare),
                          pointsChange(s.currentShare - s.referenceShare)});
    };
    for (const TokenShift& s : d.rising) add("more frequent", s);
    for (const TokenShift& s : d.falling) add("less frequent", s);
    return t;
}

namespace {

/// Text drift: the verdict, the tests and the tokens whose share moved most.
void addDrift(ReportContent& c, const TextDriftReport& d) {
    c.driftTitle = "Text drift";
    c.driftText = d.hasReference ? "Against the " + d.referenceName + ", in " + d.tokenKind + "."
                                 : "The training text is not known (no run, no --reference): only this text's figures.";
    c.driftTests.header = {"Measure", "Reference", "This text"};
    c.driftTests.numeric = {false, true, true};
    const std::string none = d.hasReference ? "" : "\u2013";
    c.driftTests.rows = {
        {"Documents", d.hasReference ? thousands(d.referenceDocuments) : none, thousands(d.currentDocuments)},
        {"Tokens", d.hasReference ? thousands(d.referenceTokens) : none, thousands(d.currentTokens)},
        {"Unknown tokens", d.hasReference ? percent(d.referenceUnknownRate) : none, percent(d.currentUnknownRate)},
        {"Mean tokens per document", d.hasReference ? fixed(d.referenceMeanLength, 1) : none, fixed(d.currentMeanLength, 1)},
    };
    if (!d.hasReference) return;
    c.driftTests.rows.push_back({"Jensen-Shannon divergence (bits)", "", fixed(d.jsDivergence, 4)});
    c.driftTests.rows.push_back({"Length KS statistic (p-value)", "", fixed(d.lengthKs.statistic, 3) + " (" + pValueText(d.lengthKs.pValue) + ")"});
    c.driftLevel = d.jsDivergence < kDivergenceModerate ? "ok" : d.jsDivergence < kDivergenceLarge ? "moderate" : "large";
    c.driftVerdict = "Token distribution: JS divergence " + fixed(d.jsDivergence, 4) + " bits (" +
                     (c.driftLevel == "ok" ? "close" : c.driftLevel == "moderate" ? "moderate shift" : "large shift") +
                     "); unknown tokens " + percent(d.referenceUnknownRate) + " \u2192 " + percent(d.currentUnknownRate) +
                     "; document length " + (d.lengthKs.pValue < kKsSignificance ? "differs" : "similar") + " (KS " +
                     fixed(d.lengthKs.statistic, 3) + ")";
    c.featuresTitle = "Tokens whose share moved most";
    c.driftFeatures = tokenMoversTable(d);
}

/// The samples: one per prompt, with its watch-list hits marked.
void addSamples(ReportContent& c, const LanguageModelEvaluation& lm) {
    for (const TextSample& s : lm.samples) {
        ReportPromptSamples p;
        p.prompt = s.prompt;
        p.samples.push_back({s.step, sampleSpans(s), int64_t(s.watchHits.size())});
        p.hits = int64_t(s.watchHits.size());
        p.evaluations = 1;
        c.samples.push_back(std::move(p));
    }
    if (!lm.samples.empty())
        c.samplesNote = "Continuations of prompts taken from the text (temperature " +
                        formatShortest(lm.samples.front().temperature) + ", top-k " +
                        std::to_string(lm.samples.front().topK) + ", seed " + std::to_string(lm.samples.front().seed) +
                        "); " + thousands(lm.watchHits) + " watch-list hits, marked.";
}

/// The scoring set-up and the text's facts, with the perplexity histogram.
void addSetup(ReportContent& c, const EvaluationResult& r, const LanguageModelEvaluation& lm, const SvgOptions& svg) {
    c.config.header = {"Setting", "Value"};
    c.config.rows = {
        {"Tokenizer", lm.tokenizerKind + " (" + thousands(lm.vocabSize) + " tokens)"},
        {"Context window", thousands(lm.contextLength) + " tokens"},
        {"Stride", thousands(lm.stride) + " tokens"},
        {"Ranked documents", "at least " + std::to_string(lm.minimumDocumentTokens) + " predicted tokens"},
    };
    int64_t bytes = 0;
    for (const DocumentScore& d : lm.documents) bytes += d.bytes;
    c.dataset.header = {"Item", "Value"};
    c.dataset.rows = {
        {"Name", r.dataName.empty() ? "unknown" : r.dataName},
        {"Path", r.dataPath.empty() ? "unknown" : r.dataPath},
        {"Format", r.dataFormat.empty() ? "unknown" : r.dataFormat},
        {"Documents", thousands(int64_t(lm.documents.size()))},
        {"UTF-8 bytes", thousands(bytes)},
    };
    c.histogramSvg = perplexityHistogramSvg(lm, svg);
}

}  // namespace

ReportContent buildLanguageModelEvaluationReportContent(const EvaluationResult& r, const ReportEnvironment& env,
                                                        const SvgOptions& svg) {
    ReportContent c;
    const LanguageModelEvaluation& lm = *r.lm;
    addHeaderAndFigures(c, r, lm);
    addMetrics(c, r, lm);
    addCalibrationCharts(c, lm.calibration, lm.confidence, svg);
    addSurprising(c, lm);
    addDrift(c, lm.drift);
    addSamples(c, lm);
    addSetup(c, r, lm, svg);
    c.environment = environmentTable(env, {{"Evaluation device", r.device.empty() ? "unknown" : r.device}});
    return c;
}

std::string languageModelEvaluationReportCsv(const EvaluationResult& r) {
    const LanguageModelEvaluation& lm = *r.lm;
    std::string out = "kind,set,name,tokens,loss,perplexity,bits_per_byte,token_accuracy,top5_accuracy,ece\n";
    auto overall = [&](const char* set, const LanguageModelTest& m, const std::string& ece) {
        out += std::string("overall,") + set + ",," + std::to_string(m.tokens) + ',' + formatCsvNumber(m.loss) + ',' +
               formatCsvNumber(m.perplexity) + ',' + formatCsvNumber(m.bitsPerByte) + ',' +
               formatCsvNumber(m.tokenAccuracy) + ',' + formatCsvNumber(m.top5Accuracy) + ',' + ece + '\n';
    };
    overall("evaluation", lm.metrics, formatCsvNumber(lm.calibration.ece));
    if (lm.hasBaseline) overall("baseline", lm.baseline, "");
    for (const DocumentScore& d : lm.documents)
        out += "document,evaluation," + csvText(d.name) + ',' + std::to_string(d.tokens) + ',' + formatCsvNumber(d.loss) +
               ',' + formatCsvNumber(d.perplexity) + ',' + formatCsvNumber(d.bitsPerByte) + ",,,\n";
    return out;
}

}  // namespace ts
