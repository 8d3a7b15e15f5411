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
std::string perplexityHistogramSvg(const LanguageModelEvaluation& lm, const SvgOptions& opt, const ReportPhrases& ph) {
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
    const double pw = std::max(kMinPlotSide, w - x0 - kMarginRight), plotH = std::max(kMinPlotSide, h - y0 - kMarginBottom);
    auto sx = [&](double v) { return x0 + (v - xa.lo) / (xa.hi - xa.lo) * pw; };
    auto sy = [&](double v) { return y0 + plotH - (v - ya.lo) / (ya.hi - ya.lo) * plotH; };
    const std::string title = ph("Report", "Per-document perplexity");
    const std::string summary = fillIn(ph("Report", "%1 documents of %2+ predicted tokens"),
                                       {thousands(int64_t(losses.size())), std::to_string(lm.minimumDocumentTokens)});
    std::string out = svgOpen(w, h, opt, title + " \u00b7 " + summary);
    out += text(x0, kTitleBaseline, title, kTitleFontSize, "start", kInk, " font-weight=\"bold\"");
    out += text(x0 + textWidth(title, kTitleFontSize) + kLegendGap, kTitleBaseline, summary, kLabelFontSize, "start", kMutedInk);
    out += plotFrame(x0, y0, pw, plotH, true);
    for (double t : ya.ticks)
        if (onAxis(ya, t)) out += yTick(x0, pw, sy(t), tickLabel(t, ya.step), t > ya.lo);
    for (double t : xa.ticks)
        if (onAxis(xa, t)) out += xTick(sx(t), y0, plotH, tickLabel(t, xa.step) + " (" + general(std::exp(t)) + ")", false);
    for (int b = 0; b < kHistogramBins; ++b) {
        const int64_t n = counts[size_t(b)];
        if (n == 0) continue;
        const double left = xa.lo + b * width;
        out += "<g><title>" + esc(fillIn(ph("Report", "loss %1-%2 (perplexity %3-%4): %5 documents"),
                                         {fixed(left, 2), fixed(left + width, 2), general(std::exp(left)),
                                          general(std::exp(left + width)), thousands(n)})) + "</title>";
        out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/></g>\n", sx(left) + 0.5,
                       sy(double(n)), std::max(1.0, sx(left + width) - sx(left) - 1.0), sy(0) - sy(double(n)),
                       kBarColor.c_str());
    }
    out += plotFrame(x0, y0, pw, plotH, false);
    out += axisTitles(x0, y0, pw, plotH, h, ph("Report", "document loss, nats per token (perplexity)"),
                      ph("Report", "documents"));
    return out + "</svg>\n";
}

/// Title, subtitle, key figures and the overview table.
void addHeaderAndFigures(ReportContent& c, const EvaluationResult& r, const LanguageModelEvaluation& lm,
                         const ReportPhrases& ph) {
    const std::string modelFile = fileNameOf(r.modelPath, "model");
    const std::string dataName = r.dataName.empty() ? fileNameOf(r.dataPath, "data") : r.dataName;
    const std::string runName = !r.comparison.runName.empty() ? r.comparison.runName : fileNameOf(r.runDir, "");
    const LanguageModelTest& m = lm.metrics;
    const LanguageModelTest& b = lm.baseline;
    c.phrases = ph;
    c.runName = modelFile;
    c.title = fillIn(ph("Report", "TrainScope evaluation: %1 on %2"), {modelFile, dataName});
    c.overviewTitle = ph("Report", "Evaluation");
    c.historyTitle = ph("Report", "Per-epoch history");
    c.generatedAt = localTimeNow();
    c.alerts = r.warnings;
    c.noteItems = r.notes;
    c.subtitle = ph("Report", "Language model") + " \u00b7 " +
                 fillIn(ph("Report", "%1 documents"), {thousands(int64_t(lm.documents.size()))}) + " \u00b7 " +
                 fillIn(ph("Report", "%1 predicted tokens"), {thousands(m.tokens)}) + " \u00b7 " +
                 fillIn(ph("Report", "Device: %1"), {orUnknown(r.device, ph)}) + " \u00b7 " +
                 fillIn(ph("Report", "Time: %1"), {formatDuration(r.seconds)}) +
                 (lm.hasBaseline ? " \u00b7 " + fillIn(ph("Report", "Compared with the test split of run %1"), {runName}) : "");
    auto versus = [&](const std::string& value, const std::string& change) {
        return lm.hasBaseline ? fillIn(ph("Report", "run's test: %1 (%2)"), {value, change}) : std::string();
    };
    c.figures.push_back({ph("Report", "Loss"), fixed(m.loss, 4), versus(fixed(b.loss, 4), signedFixed(m.loss - b.loss, 4))});
    c.figures.push_back({ph("Report", "Perplexity"), fixed(m.perplexity, 3), versus(fixed(b.perplexity, 3), signedFixed(m.perplexity - b.perplexity, 3))});
    c.figures.push_back({ph("Report", "Bits per byte"), fixed(m.bitsPerByte, 4), versus(fixed(b.bitsPerByte, 4), signedFixed(m.bitsPerByte - b.bitsPerByte, 4))});
    c.figures.push_back({ph("Report", "Top-1 accuracy"), percent(m.tokenAccuracy), versus(percent(b.tokenAccuracy), pointsChange(m.tokenAccuracy - b.tokenAccuracy))});
    c.figures.push_back({ph("Report", "Top-5 accuracy"), percent(m.top5Accuracy), versus(percent(b.top5Accuracy), pointsChange(m.top5Accuracy - b.top5Accuracy))});
    c.figures.push_back({"ECE", percent(lm.calibration.ece), "MCE " + percent(lm.calibration.mce)});
    c.overview = evaluationOverview(r, ph);
}

/// The next-token metrics, next to the run's test-split figures and the change when known.
void addMetrics(ReportContent& c, const EvaluationResult& r, const LanguageModelEvaluation& lm, const ReportPhrases& ph) {
    const LanguageModelTest& m = lm.metrics;
    const LanguageModelTest& b = lm.baseline;
    c.evalLabel = fillIn(ph("Report", "Next-token prediction over %1 tokens of %2"),
                         {thousands(m.tokens), r.dataName.empty() ? fileNameOf(r.dataPath, ph("Report", "the data")) : r.dataName});
    c.finalMetrics.header = {ph("Report", "Metric"), ph("Report", "Value")};
    c.finalMetrics.numeric = {false, true};
    if (lm.hasBaseline) {
        c.finalMetrics.header = {ph("Report", "Metric"), ph("Report", "This text"), ph("Report", "Run's test split"),
                                 ph("Report", "Change")};
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
    row(ph("Report", "Loss (nats per token)"), m.loss, b.loss, false, 4);
    row(ph("Report", "Perplexity"), m.perplexity, b.perplexity, false, 3);
    row(ph("Report", "Bits per byte"), m.bitsPerByte, b.bitsPerByte, false, 4);
    row(ph("Report", "Top-1 next-token accuracy"), m.tokenAccuracy, b.tokenAccuracy, true, 0);
    row(ph("Report", "Top-5 next-token accuracy"), m.top5Accuracy, b.top5Accuracy, true, 0);
    std::vector<std::string> tokens = {ph("Report", "Predicted tokens"), thousands(m.tokens)};
    if (lm.hasBaseline) tokens.insert(tokens.end(), {thousands(b.tokens), ""});
    c.finalMetrics.rows.push_back(tokens);
    c.finalMetrics.note = fillIn(ph("Report", "Every token after a text's first is predicted once, in windows of %1 tokens "
                                              "advancing by %2"),
                                 {std::to_string(lm.contextLength), std::to_string(lm.stride)}) +
                          (lm.hasBaseline ? ph("Report", "; the run's test split was scored in non-overlapping windows.")
                                          : ph("Report", "."));
}

/// A document's text cut at its scored tokens, each shaded by its loss over the document's largest.
ReportShadedText shadedText(const DocumentScore& d, size_t rank, const ReportPhrases& ph) {
    ReportShadedText t;
    t.title = std::to_string(rank) + ". " + d.name + " \u00b7 " + fillIn(ph("Report", "perplexity %1"), {fixed(d.perplexity, 2)});
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
void addSurprising(ReportContent& c, const LanguageModelEvaluation& lm, const ReportPhrases& ph) {
    c.historyTitle = ph("Report", "Most surprising documents");
    c.perEpoch.header = {"#", ph("Report", "Document"), ph("Report", "Tokens"), ph("Report", "Perplexity"),
                         ph("Report", "Bits per byte"), ph("Report", "Text")};
    c.perEpoch.numeric = {true, false, true, true, true, false};
    for (size_t i = 0; i < lm.mostSurprising.size(); ++i) {
        const DocumentScore& d = lm.documents[lm.mostSurprising[i]];
        c.perEpoch.rows.push_back({std::to_string(i + 1), d.name, thousands(d.tokens), fixed(d.perplexity, 2),
                                   fixed(d.bitsPerByte, 3), excerptOf(d.text)});
    }
    c.perEpoch.note = fillIn(ph("Report", "Highest perplexity first, among documents of at least %1 predicted tokens."),
                             {std::to_string(lm.minimumDocumentTokens)});
    for (size_t i = 0; i < lm.mostSurprising.size() && i < kShadedDocuments; ++i)
        c.shadedTexts.push_back(shadedText(lm.documents[lm.mostSurprising[i]], i + 1, ph));
    if (!c.shadedTexts.empty())
        c.shadedNote = fillIn(ph("Report", "The %1 most surprising documents; the redder a token, the higher its loss (hover "
                                           "for nats)."),
                              {std::to_string(c.shadedTexts.size())});
}

}  // namespace

ReportTable report::tokenMoversTable(const TextDriftReport& d, const ReportPhrases& ph) {
    ReportTable t;
    t.header = {ph("Report", "Direction"), ph("Report", "Token"), ph("Report", "Reference share"), ph("Report", "Share here"),
                ph("Report", "Change")};
    t.numeric = {false, false, true, true, true};
    auto add = [&](const std::string& direction, const TokenShift& s) {
        const std::string token = s.token == " " ? ph("Report", "\u2423 (space)") : s.token;
        t.rows.push_back({direction, token, percent(s.referenceShare), percent(s.currentShare),
                          pointsChange(s.currentShare - s.referenceShare)});
    };
    for (const TokenShift& s : d.rising) add(ph("Report", "more frequent"), s);
    for (const TokenShift& s : d.falling) add(ph("Report", "less frequent"), s);
    return t;
}

namespace {

/// Text drift: the verdict, the tests and the tokens whose share moved most.
void addDrift(ReportContent& c, const TextDriftReport& d, const ReportPhrases& ph) {
    c.driftTitle = ph("Report", "Text drift");
    c.driftText = d.hasReference ? fillIn(ph("Report", "Against the %1, in %2."), {d.referenceName, d.tokenKind})
                                 : ph("Report", "The training text is not known (no run, no --reference): only this text's figures.");
    c.driftTests.header = {ph("Report", "Measure"), ph("Report", "Reference"), ph("Report", "This text")};
    c.driftTests.numeric = {false, true, true};
    const std::string none = d.hasReference ? "" : "\u2013";
    c.driftTests.rows = {
        {ph("Report", "Documents"), d.hasReference ? thousands(d.referenceDocuments) : none, thousands(d.currentDocuments)},
        {ph("Report", "Tokens"), d.hasReference ? thousands(d.referenceTokens) : none, thousands(d.currentTokens)},
        {ph("Report", "Unknown tokens"), d.hasReference ? percent(d.referenceUnknownRate) : none, percent(d.currentUnknownRate)},
        {ph("Report", "Mean tokens per document"), d.hasReference ? fixed(d.referenceMeanLength, 1) : none, fixed(d.currentMeanLength, 1)},
    };
    if (!d.hasReference) return;
    c.driftTests.rows.push_back({ph("Report", "Jensen-Shannon divergence (bits)"), "", fixed(d.jsDivergence, 4)});
    c.driftTests.rows.push_back({ph("Report", "Length KS statistic (p-value)"), "", fixed(d.lengthKs.statistic, 3) + " (" + pValueText(d.lengthKs.pValue) + ")"});
    c.driftLevel = d.jsDivergence < kDivergenceModerate ? "ok" : d.jsDivergence < kDivergenceLarge ? "moderate" : "large";
    c.driftVerdict = fillIn(ph("Report", "Token distribution: JS divergence %1 bits (%2); unknown tokens %3 \u2192 %4; "
                                         "document length %5 (KS %6)"),
                            {fixed(d.jsDivergence, 4),
                             c.driftLevel == "ok"         ? ph("Report", "close")
                             : c.driftLevel == "moderate" ? ph("Report", "moderate shift")
                                                          : ph("Report", "large shift"),
                             percent(d.referenceUnknownRate), percent(d.currentUnknownRate),
                             d.lengthKs.pValue < kKsSignificance ? ph("Report", "differs") : ph("Report", "similar"),
                             fixed(d.lengthKs.statistic, 3)});
    c.featuresTitle = ph("Report", "Tokens whose share moved most");
    c.driftFeatures = tokenMoversTable(d, ph);
}

/// The samples: one per prompt, with its watch-list hits marked.
void addSamples(ReportContent& c, const LanguageModelEvaluation& lm, const ReportPhrases& ph) {
    for (const TextSample& s : lm.samples) {
        ReportPromptSamples p;
        p.prompt = s.prompt;
        p.samples.push_back({s.step, sampleSpans(s), int64_t(s.watchHits.size())});
        p.hits = int64_t(s.watchHits.size());
        p.evaluations = 1;
        c.samples.push_back(std::move(p));
    }
    if (!lm.samples.empty())
        c.samplesNote = fillIn(ph("Report", "Continuations of prompts taken from the text (temperature %1, top-k %2, seed %3); "
                                            "%4 watch-list hits, marked."),
                               {formatShortest(lm.samples.front().temperature), std::to_string(lm.samples.front().topK),
                                std::to_string(lm.samples.front().seed), thousands(lm.watchHits)});
}

/// The scoring set-up and the text's facts, with the perplexity histogram.
void addSetup(ReportContent& c, const EvaluationResult& r, const LanguageModelEvaluation& lm, const SvgOptions& svg,
              const ReportPhrases& ph) {
    c.config.header = {ph("Report", "Setting"), ph("Report", "Value")};
    c.config.rows = {
        {ph("Report", "Tokenizer"), fillIn(ph("Report", "%1 (%2 tokens)"), {lm.tokenizerKind, thousands(lm.vocabSize)})},
        {ph("Report", "Context window"), fillIn(ph("Report", "%1 tokens"), {thousands(lm.contextLength)})},
        {ph("Report", "Stride"), fillIn(ph("Report", "%1 tokens"), {thousands(lm.stride)})},
        {ph("Report", "Ranked documents"),
         fillIn(ph("Report", "at least %1 predicted tokens"), {std::to_string(lm.minimumDocumentTokens)})},
    };
    int64_t bytes = 0;
    for (const DocumentScore& d : lm.documents) bytes += d.bytes;
    c.dataset.header = {ph("Report", "Item"), ph("Report", "Value")};
    c.dataset.rows = {
        {ph("Report", "Name"), orUnknown(r.dataName, ph)},
        {ph("Report", "Path"), orUnknown(r.dataPath, ph)},
        {ph("Report", "Format"), orUnknown(r.dataFormat, ph)},
        {ph("Report", "Documents"), thousands(int64_t(lm.documents.size()))},
        {ph("Report", "UTF-8 bytes"), thousands(bytes)},
    };
    c.histogramSvg = perplexityHistogramSvg(lm, svg, ph);
}

}  // namespace

ReportContent buildLanguageModelEvaluationReportContent(const EvaluationResult& r, const ReportEnvironment& env,
                                                        const SvgOptions& svg, const ReportPhrases& ph) {
    ReportContent c;
    const LanguageModelEvaluation& lm = *r.lm;
    addHeaderAndFigures(c, r, lm, ph);
    addMetrics(c, r, lm, ph);
    addCalibrationCharts(c, lm.calibration, lm.confidence, svg, ph);
    addSurprising(c, lm, ph);
    addDrift(c, lm.drift, ph);
    addSamples(c, lm, ph);
    addSetup(c, r, lm, svg, ph);
    c.environment = environmentTable(env, {{ph("Report", "Evaluation device"), orUnknown(r.device, ph)}}, ph);
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
