// The self-contained HTML page of a report: inline CSS and SVG, system fonts, no scripts; one section per
// piece of ReportContent, leaving out the empty ones.
#include "core/common/Numbers.h"
#include "core/report/Report.h"
#include "core/report/ReportHtmlParts.h"
#include "core/report/ReportMessages.h"
#include "core/report/ReportSections.h"
#include "core/report/ReportText.h"

#include <algorithm>

namespace ts {

using namespace report;

namespace {

constexpr size_t kNarrowTableColumns = 5;        // a per-class table with more columns is drawn compact
constexpr size_t kPageBytesGuess = 256 * 1024;   // what a report page usually takes, reserved up front

}  // namespace

namespace report {

std::string htmlTable(const ReportTable& t, const std::string& cssClass, const ReportPhrases& ph) {
    std::string out = "<table" + (cssClass.empty() ? std::string() : " class=\"" + cssClass + "\"") + ">\n<thead><tr>";
    for (size_t c = 0; c < t.header.size(); ++c) {
        const bool num = c < t.numeric.size() && t.numeric[c];
        out += std::string(num ? "<th class=\"n\">" : "<th>") + esc(t.header[c]) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const bool em = std::find(t.emphasizedRows.begin(), t.emphasizedRows.end(), int(r)) != t.emphasizedRows.end();
        const bool flag = std::find(t.flaggedRows.begin(), t.flaggedRows.end(), int(r)) != t.flaggedRows.end();
        out += flag ? "<tr class=\"flag\">" : em ? "<tr class=\"em\">" : "<tr>";
        for (size_t c = 0; c < t.rows[r].size(); ++c) {
            const bool num = c < t.numeric.size() && t.numeric[c];
            out += std::string(num ? "<td class=\"n\">" : "<td>") + esc(reportCell(t.rows[r][c], ph)) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody></table>\n";
    if (!t.note.empty()) out += "<p class=\"note\">" + esc(t.note) + "</p>\n";
    return out;
}

namespace {

/// The page style: system fonts, cards for sections, tabular numbers; plain when printed.
const char* kCss = R"(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f4f6; color: #1f2937;
       font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 6px; }
h2 { font-size: 17px; margin: 0 0 12px; }
h3 { font-size: 14px; margin: 0 0 8px; color: #374151; }
.sub { color: #4b5563; }
.badge { display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: 12px; font-weight: 600;
         text-transform: uppercase; letter-spacing: .03em; background: #e5e7eb; color: #374151; vertical-align: 2px; }
.badge.finished { background: #dcfce7; color: #166534; }
.badge.stopped, .badge.interrupted, .badge.running { background: #fef3c7; color: #92400e; }
.badge.diverged, .badge.failed { background: #fee2e2; color: #991b1b; }
.message { margin: 8px 0 0; color: #92400e; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 12px; margin: 18px 0; }
.figure { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 14px; }
.figure .v { font-size: 20px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.figure .l { font-size: 11px; color: #6b7280; text-transform: uppercase; letter-spacing: .05em; }
.figure .d { font-size: 11px; color: #4b5563; margin-top: 2px; }
.alerts { background: #fffbeb; border: 1px solid #fcd34d; border-radius: 8px; padding: 8px 16px; margin: 16px 0; color: #92400e; }
.alerts p { margin: 4px 0; }
.verdict { display: inline-block; font-weight: 600; padding: 3px 12px; border-radius: 6px; margin: 4px 0 12px;
           background: #e5e7eb; color: #374151; }
.verdict.ok { background: #dcfce7; color: #166534; }
.verdict.moderate { background: #fef3c7; color: #92400e; }
.verdict.large { background: #fee2e2; color: #991b1b; }
h3.notes { margin-top: 16px; }
ul.notes { margin: 0 0 8px; padding-left: 20px; }
section { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
.row { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.row > div { min-width: 0; }
.row.halves > div { flex: 1 1 420px; }
.row.halves table { width: 100%; }
svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 4px 10px; border-bottom: 1px solid #eef0f3; text-align: left; vertical-align: top; }
th { font-size: 12px; color: #4b5563; background: #f9fafb; font-weight: 600; }
td.n, th.n { text-align: right; }
tr.em td { font-weight: 600; background: #eff6ff; }
tr.flag td { font-weight: 600; background: #fef3c7; color: #92400e; }
table.kv td:first-child { color: #4b5563; white-space: nowrap; }
table.wide { width: 100%; }
.note { font-size: 12px; color: #6b7280; margin: 6px 0 0; }
.row > div > p.note { width: 0; min-width: 100%; }  /* a footnote wraps at its table's width, never widens it */
table.compact th, table.compact td { padding: 3px 6px; }
table.compact td { font-size: 13px; }
table.alerts-table td:nth-child(3), table.alerts-table td:nth-child(4) { font-size: 13px; }
table.alerts-table td:nth-child(2) { white-space: nowrap; }
@media (min-width: 1000px) {
  .row.pair { flex-wrap: nowrap; }
  .row.pair > div { flex: 0 0 auto; }
  .row.pair > div:first-child { flex: 0 1 auto; }
}
.tags span { display: inline-block; background: #eef2ff; color: #3730a3; border-radius: 4px; padding: 0 6px; margin-right: 4px; }
.warn { color: #92400e; }
h3.prompt { margin-top: 16px; }
h3.prompt .hits { font-weight: 400; font-size: 12px; color: #92400e; background: #fef3c7; border-radius: 4px; padding: 1px 6px; }
table.samples td.text { white-space: pre-wrap; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
                        font-size: 13px; }
table.samples td.text .given { font-weight: 700; }
mark { background: #fde68a; color: inherit; border-radius: 2px; padding: 0 1px; }
pre.shaded { white-space: pre-wrap; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
  font-size: 13px; border: 1px solid #ddd; padding: 6px 8px; margin: 4px 0 14px; }
footer { color: #6b7280; font-size: 12px; text-align: center; margin: 24px 0 8px; }
@media print {
  body { background: #fff; }
  main { padding: 0; }
  section, .figure { border: none; break-inside: avoid; }
}
)";

/// Added to the style of a translated page: CJK fonts after the Latin ones, so each script gets a font that has it.
const char* kCjkFontsCss = R"(body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans",
       "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
table.samples td.text, pre.shaded { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, "Noto Sans Mono CJK SC",
       "Noto Sans CJK SC", monospace; }
)";

}  // namespace

std::string htmlHead(const std::string& title, const ReportPhrases& ph) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + esc(ph.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"TrainScope\">\n";
    out += "<title>" + esc(title) + "</title>\n<style>" + kCss + (ph.isEnglish() ? "" : kCjkFontsCss) + "</style>\n";
    return out + "</head>\n<body>\n<main>\n";
}

std::string warningsAndFooter(const std::vector<std::string>& warnings, const std::string& generatedAt,
                              const ReportPhrases& ph) {
    std::string out;
    for (const std::string& w : warnings) out += "<p class=\"warn\">" + esc(fillIn(ph("Report", "Note: %1"), {w})) + "</p>\n";
    out += "</section>\n<footer>" +
           esc(fillIn(ph("Report", "Made by TrainScope on %1. This file is self-contained: it loads no scripts, fonts or images."),
                      {generatedAt})) +
           "</footer>\n";
    return out + "</main>\n</body>\n</html>\n";
}

std::string kvTableRows(const std::vector<std::pair<std::string, std::string>>& rows, const ReportPhrases& ph) {
    ReportTable t;
    t.header = {ph("Report", "Item"), ph("Report", "Value")};
    for (const auto& [k, v] : rows) t.rows.push_back({k, v});
    return htmlTable(t, "kv", ph);
}

}  // namespace report

namespace {

/// Doctype, head with the title and style, and the page header (title, status badge or subtitle).
std::string pageStart(const ReportContent& c) {
    const ReportPhrases& ph = c.phrases;
    std::string out = htmlHead(c.title, ph);

    out += "<header>\n<h1>" + esc(c.title) + "</h1>\n<div class=\"sub\">";
    if (!c.subtitle.empty()) {
        out += esc(c.subtitle);
    } else {
        if (!c.status.empty())
            out += "<span class=\"badge " + esc(c.status) + "\">" + esc(statusPhrase(c.status, ph)) + "</span>";
        const std::string started = ph("Report", "Started"), device = ph("Report", "Device"), total = ph("Report", "Total time");
        for (const auto& [k, v] : c.overview)
            if (k == started || k == device || k == total) out += " &middot; " + esc(fillIn(ph("Report", "%1: %2"), {k, v}));
    }
    out += "</div>\n";
    if (!c.statusMessage.empty()) out += "<p class=\"message\">" + esc(c.statusMessage) + "</p>\n";
    out += "</header>\n";
    return out;
}

/// The key-figure tiles and the alerts under them.
std::string figures(const ReportContent& c) {
    const ReportPhrases& ph = c.phrases;
    std::string out = "<div class=\"figures\">\n";
    for (const ReportFigure& f : c.figures) {
        out += "<div class=\"figure\"><div class=\"l\">" + esc(f.label) + "</div><div class=\"v\" title=\"" + esc(f.value) +
               "\">" + esc(f.value) + "</div>";
        if (!f.detail.empty()) out += "<div class=\"d\" title=\"" + esc(f.detail) + "\">" + esc(f.detail) + "</div>";
        out += "</div>\n";
    }
    out += "</div>\n";
    if (!c.alerts.empty()) {
        out += "<div class=\"alerts\">\n";
        for (const std::string& a : c.alerts) out += "<p>" + esc(fillIn(ph("Report", "Warning: %1"), {a})) + "</p>\n";
        out += "</div>\n";
    }
    return out;
}

/// Training curves, final metrics, confusion matrix with per-class metrics, calibration.
std::string metricSections(const ReportContent& c) {
    const ReportPhrases& ph = c.phrases;
    std::string out;
    if (!c.lossSvg.empty() || !c.accuracySvg.empty() || !c.lrSvg.empty()) {
        out += "<section id=\"curves\">\n<h2>" + esc(ph("Report", "Training curves")) + "</h2>\n" + c.lossSvg;
        out += "<div class=\"row\" style=\"margin-top:16px\">\n<div>" + (c.accuracySvg.empty() ? c.gradNormSvg : c.accuracySvg) +
               "</div>\n<div>" + c.lrSvg + "</div>\n</div>\n</section>\n";
    }

    out += "<section id=\"final\">\n<h2>" + esc(ph("Report", "Final metrics")) + "</h2>\n<p class=\"sub\">" + esc(c.evalLabel) + "</p>\n";
    if (!c.finalMetrics.rows.empty()) out += htmlTable(c.finalMetrics, "kv", ph);
    out += "</section>\n";

    if (!c.perClass.rows.empty() || !c.confusionSvg.empty()) {
        // With the run's F1 and its change the table gets wide: tighter cells, and the heatmap shrinks a
        // little to stay beside it.
        const bool wide = c.perClass.header.size() > kNarrowTableColumns;
        out += "<section id=\"classes\">\n<h2>" + esc(ph("Report", "Confusion matrix and per-class metrics")) +
               "</h2>\n<div class=\"row" +
               std::string(wide ? " pair" : "") + "\">\n";
        if (!c.confusionSvg.empty()) out += "<div>\n<h3>" + esc(ph("Report", "Confusion matrix (rows: true class, columns: predicted)")) + "</h3>\n" +
                   c.confusionSvg + "</div>\n";
        if (!c.perClass.rows.empty())
            out += "<div>\n<h3>" + esc(ph("Report", "Per-class metrics")) + "</h3>\n" + htmlTable(c.perClass, wide ? "compact" : "", ph) + "</div>\n";
        out += "</div>\n</section>\n";
    }

    if (!c.reliabilitySvg.empty() || !c.confidenceSvg.empty()) {
        out += "<section id=\"calibration\">\n<h2>" + esc(ph("Report", "Calibration and confidence")) +
               "</h2>\n<div class=\"row\">\n";
        if (!c.reliabilitySvg.empty()) out += "<div>" + c.reliabilitySvg + "</div>\n";
        if (!c.confidenceSvg.empty()) out += "<div>" + c.confidenceSvg + "</div>\n";
        out += "</div>\n";
        if (!c.calibrationText.empty()) out += "<p class=\"note\">" + esc(c.calibrationText) + "</p>\n";
        out += "</section>\n";
    }
    return out;
}

/// Training health: alerts, the gradient norm, the last sample's layers beside the machine's figures.
std::string healthSection(const ReportContent& c) {
    const ReportHealth& h = c.health;
    const ReportPhrases& ph = c.phrases;
    if (h.empty()) return {};
    std::string out = "<section id=\"health\">\n<h2>" + esc(ph("Report", "Training health")) + "</h2>\n<p class=\"sub\">" + esc(h.summary) + "</p>\n";
    if (!h.alerts.rows.empty()) out += "<h3>" + esc(ph("Report", "Alerts")) + "</h3>\n" + htmlTable(h.alerts, "wide alerts-table", ph);
    if (!h.gradNormSvg.empty()) out += "<div style=\"margin-top:16px\">" + h.gradNormSvg + "</div>\n";
    if (!h.layers.rows.empty() || !h.system.rows.empty()) {
        out += "<div class=\"row\" style=\"margin-top:16px\">\n";
        if (!h.layers.rows.empty()) out += "<div>\n<h3>" + esc(h.layersTitle) + "</h3>\n" + htmlTable(h.layers, "compact", ph) + "</div>\n";
        if (!h.system.rows.empty()) out += "<div>\n<h3>" + esc(ph("Report", "System")) + "</h3>\n" + htmlTable(h.system, "kv", ph) + "</div>\n";
        out += "</div>\n";
    }
    return out + "</section>\n";
}

/// A sample's text with its watch-list hits marked.
std::string sampleHtml(const ReportSample& s) {
    std::string out;
    for (const ReportTextSpan& span : s.spans) out += span.marked ? "<mark>" + esc(span.text) + "</mark>" : esc(span.text);
    return out;
}

/// A language model's samples: per prompt, one row per shown evaluation, first to last.
std::string samplesSection(const ReportContent& c) {
    if (c.samples.empty()) return {};
    const ReportPhrases& ph = c.phrases;
    std::string out = "<section id=\"samples\">\n<h2>" + esc(ph("Report", "Samples")) + "</h2>\n<p class=\"sub\">" +
                      esc(c.samplesNote) + "</p>\n";
    for (const ReportPromptSamples& p : c.samples) {
        out += "<h3 class=\"prompt\">" + esc(ph("Report", "Prompt: ")) +
               (p.prompt.empty() ? "<em>" + esc(ph("Report", "(empty)")) + "</em>" : "<q>" + esc(p.prompt) + "</q>");
        if (p.hits > 0)
            out += " <span class=\"hits\">" +
                   esc(fillIn(p.hits == 1 ? ph("Report", "%1 watch-list hit in %2 evaluations")
                                          : ph("Report", "%1 watch-list hits in %2 evaluations"),
                              {thousands(p.hits), std::to_string(p.evaluations)})) +
                   "</span>";
        out += "</h3>\n<table class=\"samples wide\">\n<thead><tr><th class=\"n\">" + esc(ph("Report", "Step")) + "</th><th>" +
               esc(ph("Report", "Prompt and continuation")) + "</th><th class=\"n\">" + esc(ph("Report", "Hits")) +
               "</th></tr></thead>\n<tbody>\n";
        for (const ReportSample& s : p.samples)
            out += "<tr><td class=\"n\">" + thousands(s.step) + "</td><td class=\"text\"><span class=\"given\">" +
                   esc(p.prompt) + "</span>" + sampleHtml(s) + "</td><td class=\"n\">" + thousands(s.hits) + "</td></tr>\n";
        out += "</tbody></table>\n";
    }
    return out + "</section>\n";
}

/// The drift section: text, verdict, class distribution and tests, feature shifts.
std::string driftSection(const ReportContent& c) {
    if (c.driftTitle.empty()) return {};
    const ReportPhrases& ph = c.phrases;
    std::string out = "<section id=\"drift\">\n<h2>" + esc(c.driftTitle) + "</h2>\n";
    if (!c.driftText.empty()) out += "<p class=\"sub\">" + esc(c.driftText) + "</p>\n";
    if (!c.driftVerdict.empty()) out += "<p class=\"verdict " + esc(c.driftLevel) + "\">" + esc(c.driftVerdict) + "</p>\n";
    if (!c.driftClasses.rows.empty() || !c.driftTests.rows.empty()) {
        out += "<div class=\"row\">\n";
        if (!c.driftClasses.rows.empty())
            out += "<div>\n<h3>" + esc(ph("Report", "Class distribution")) + "</h3>\n" + htmlTable(c.driftClasses, {}, ph) +
                   "</div>\n";
        if (!c.driftTests.rows.empty())
            out += "<div>\n<h3>" + esc(ph("Report", "Tests")) + "</h3>\n" + htmlTable(c.driftTests, "kv", ph) + "</div>\n";
        out += "</div>\n";
    }
    if (!c.driftFeatures.rows.empty())
        out += "<h3 style=\"margin-top:16px\">" + esc(c.featuresTitle) + "</h3>\n" + htmlTable(c.driftFeatures, {}, ph);
    return out + "</section>\n";
}

/// A language model's most surprising documents, each token's background as red as its loss is high.
std::string shadedSection(const ReportContent& c) {
    if (c.shadedTexts.empty()) return {};
    const ReportPhrases& ph = c.phrases;
    std::string out = "<section id=\"surprise\">\n<h2>" + esc(ph("Report", "Where the model is surprised")) +
                      "</h2>\n<p class=\"sub\">" +
                      esc(c.shadedNote) + "</p>\n";
    for (const ReportShadedText& t : c.shadedTexts) {
        out += "<h3>" + esc(t.title) + "</h3>\n<pre class=\"shaded\">";
        for (const ReportShadedSpan& s : t.spans)
            out += s.shade < 0.0 ? esc(s.text)
                                 : formatC("<span style=\"background:rgba(220,38,38,%.2f)\" title=\"", s.shade) +
                                       esc(fillIn(ph("Report", "%1 nats"), {fixed(s.loss, 2)})) + "\">" + esc(s.text) + "</span>";
        out += std::string(t.trimmed ? "\u2026" : "") + "</pre>\n";
    }
    return out + "</section>\n";
}

/// Per-epoch history, configuration and data set.
std::string historyAndSetup(const ReportContent& c) {
    const ReportPhrases& ph = c.phrases;
    std::string out;
    if (!c.perEpoch.header.empty()) {
        const bool evaluations = c.historyTitle != ph("Report", "Per-epoch history");
        out += "<section id=\"epochs\">\n<h2>" + esc(c.historyTitle) + "</h2>\n";
        out += c.perEpoch.rows.empty()
                   ? "<p class=\"sub\">" +
                         esc(evaluations ? ph("Report", "No evaluation finished.") : ph("Report", "No epoch finished.")) +
                         "</p>\n"
                   : htmlTable(c.perEpoch, "wide", ph);
        out += "</section>\n";
    }
    if (!c.config.rows.empty() || !c.dataset.rows.empty()) {
        out += "<section id=\"setup\">\n<div class=\"row halves\">\n<div>\n<h2>" + esc(ph("Report", "Configuration")) +
               "</h2>\n" + htmlTable(c.config, "kv", ph) + "</div>\n<div>\n<h2>" + esc(ph("Report", "Data set")) + "</h2>\n" +
               htmlTable(c.dataset, "kv", ph);
        if (!c.histogramSvg.empty()) out += "<div style=\"margin-top:12px\">" + c.histogramSvg + "</div>\n";
        if (!c.tokenizer.rows.empty()) out += "<h2 style=\"margin-top:16px\">" + esc(ph("Report", "Tokenizer")) + "</h2>\n" + htmlTable(c.tokenizer, "kv", ph);
        out += "</div>\n</div>\n</section>\n";
    }
    return out;
}

/// The run (or evaluation) overview and environment, tags, notes and warnings; then the footer.
std::string overviewAndEnd(const ReportContent& c) {
    const ReportPhrases& ph = c.phrases;
    std::string out = "<section id=\"run\">\n<div class=\"row halves\">\n<div>\n<h2>" + esc(c.overviewTitle) + "</h2>\n" +
                      kvTableRows(c.overview, ph) + "</div>\n<div>\n<h2>" + esc(ph("Report", "Environment")) + "</h2>\n" +
                      htmlTable(c.environment, "kv", ph) + "</div>\n</div>\n";
    if (!c.tags.empty()) {
        out += "<p class=\"tags\">" + esc(ph("Report", "Tags: "));
        for (const std::string& t : c.tags) out += "<span>" + esc(t) + "</span>";
        out += "</p>\n";
    }
    if (!c.notes.empty()) out += "<h3>" + esc(ph("Report", "Notes")) + "</h3>\n<p>" + esc(c.notes) + "</p>\n";
    if (!c.noteItems.empty()) {
        out += "<h3 class=\"notes\">" + esc(ph("Report", "Notes")) + "</h3>\n<ul class=\"notes\">\n";
        for (const std::string& n : c.noteItems) out += "<li>" + esc(n) + "</li>\n";
        out += "</ul>\n";
    }
    out += warningsAndFooter(c.warnings, c.generatedAt, ph);
    return out;
}

}  // namespace

std::string reportHtml(const ReportContent& c) {
    std::string out;
    out.reserve(kPageBytesGuess);
    out += pageStart(c);
    out += figures(c);
    out += metricSections(c);
    out += healthSection(c);
    out += samplesSection(c);
    out += driftSection(c);
    out += shadedSection(c);
    out += historyAndSetup(c);
    out += overviewAndEnd(c);
    return out;
}

}  // namespace ts
