// The self-contained HTML page of a sweep report, in the style of the run reports (their CSS and tables).
#include "core/report/ReportHtmlParts.h"
#include "core/report/ReportText.h"
#include "core/report/SweepReport.h"

namespace ts {

using namespace report;

std::string sweepReportHtml(const SweepReportContent& c) {
    const ReportPhrases& ph = c.phrases;
    std::string out = htmlHead(c.title, ph);
    out += "<header>\n<h1>" + esc(c.title) + "</h1>\n<div class=\"sub\">" + esc(c.subtitle) + "</div>\n</header>\n";

    out += "<div class=\"figures\">\n";
    for (const ReportFigure& f : c.figures) {
        out += "<div class=\"figure\"><div class=\"l\">" + esc(f.label) + "</div><div class=\"v\">" + esc(f.value) + "</div>";
        if (!f.detail.empty()) out += "<div class=\"d\">" + esc(f.detail) + "</div>";
        out += "</div>\n";
    }
    out += "</div>\n";

    out += "<section id=\"definition\">\n<div class=\"row halves\">\n<div>\n<h2>" + esc(ph("Report", "Sweep")) + "</h2>\n" +
           htmlTable(c.definition, "kv", ph) + "</div>\n<div>\n<h2>" + esc(ph("Report", "Search space")) + "</h2>\n" +
           htmlTable(c.space, {}, ph) + "</div>\n</div>\n</section>\n";
    out += "<section id=\"results\">\n<h2>" + esc(ph("Report", "Results")) + "</h2>\n";
    out += c.results.rows.empty() ? "<p class=\"sub\">" + esc(ph("Report", "No trial was planned.")) + "</p>\n"
                                  : htmlTable(c.results, "wide", ph);
    out += "</section>\n";
    if (!c.parallelSvg.empty())
        out += "<section id=\"parallel\">\n<h2>" + esc(ph("Report", "Parameters and objective")) + "</h2>\n" + c.parallelSvg +
               "<div style=\"margin-top:16px\">" + c.scatterSvg + "</div>\n</section>\n";
    if (!c.bestTitle.empty()) {
        out += "<section id=\"best\">\n<h2>" + esc(c.bestTitle) + "</h2>\n<div class=\"row\">\n<div>" +
               htmlTable(c.bestValues, "kv", ph) + "</div>\n<div>" + c.bestAccuracySvg + "</div>\n</div>\n";
        if (!c.bestLossSvg.empty()) out += "<div style=\"margin-top:16px\">" + c.bestLossSvg + "</div>\n";
        out += "</section>\n";
    }
    out += "<section id=\"environment\">\n<h2>" + esc(ph("Report", "Environment")) + "</h2>\n" + htmlTable(c.environment, "kv", ph);
    return out + warningsAndFooter(c.warnings, c.generatedAt, ph);
}

}  // namespace ts
