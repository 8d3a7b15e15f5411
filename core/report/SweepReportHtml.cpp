// The self-contained HTML page of a sweep report, in the style of the run reports (their CSS and tables).
#include "core/report/ReportHtmlParts.h"
#include "core/report/ReportText.h"
#include "core/report/SweepReport.h"

namespace ts {

using namespace report;

std::string sweepReportHtml(const SweepReportContent& c) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"TrainScope\">\n";
    out += "<title>" + esc(c.title) + "</title>\n<style>" + reportCss() + "</style>\n</head>\n<body>\n<main>\n";
    out += "<header>\n<h1>" + esc(c.title) + "</h1>\n<div class=\"sub\">" + esc(c.subtitle) + "</div>\n</header>\n";

    out += "<div class=\"figures\">\n";
    for (const ReportFigure& f : c.figures) {
        out += "<div class=\"figure\"><div class=\"l\">" + esc(f.label) + "</div><div class=\"v\">" + esc(f.value) + "</div>";
        if (!f.detail.empty()) out += "<div class=\"d\">" + esc(f.detail) + "</div>";
        out += "</div>\n";
    }
    out += "</div>\n";

    out += "<section id=\"definition\">\n<div class=\"row halves\">\n<div>\n<h2>Sweep</h2>\n" + htmlTable(c.definition, "kv") +
           "</div>\n<div>\n<h2>Search space</h2>\n" + htmlTable(c.space) + "</div>\n</div>\n</section>\n";
    out += "<section id=\"results\">\n<h2>Results</h2>\n";
    out += c.results.rows.empty() ? "<p class=\"sub\">No trial was planned.</p>\n" : htmlTable(c.results, "wide");
    out += "</section>\n";
    if (!c.parallelSvg.empty())
        out += "<section id=\"parallel\">\n<h2>Parameters and objective</h2>\n" + c.parallelSvg +
               "<div style=\"margin-top:16px\">" + c.scatterSvg + "</div>\n</section>\n";
    if (!c.bestTitle.empty()) {
        out += "<section id=\"best\">\n<h2>" + esc(c.bestTitle) + "</h2>\n<div class=\"row\">\n<div>" +
               htmlTable(c.bestValues, "kv") + "</div>\n<div>" + c.bestAccuracySvg + "</div>\n</div>\n";
        if (!c.bestLossSvg.empty()) out += "<div style=\"margin-top:16px\">" + c.bestLossSvg + "</div>\n";
        out += "</section>\n";
    }
    out += "<section id=\"environment\">\n<h2>Environment</h2>\n" + htmlTable(c.environment, "kv");
    for (const std::string& w : c.warnings) out += "<p class=\"warn\">Note: " + esc(w) + "</p>\n";
    out += "</section>\n<footer>Made by TrainScope on " + esc(c.generatedAt) +
           ". This file is self-contained: it loads no scripts, fonts or images.</footer>\n</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace ts
