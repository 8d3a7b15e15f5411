// The evaluation reports' calibration charts over confidence [0, 1], as SVG: the reliability diagram and the
// confidence histogram, drawn in one frame (title, summary, legend rows, unit x axis).
#include "core/common/Numbers.h"
#include "core/plot/Palette.h"
#include "core/report/Report.h"
#include "core/report/ReportText.h"
#include "core/report/SvgPrimitives.h"

#include <algorithm>
#include <cmath>

namespace ts {

using namespace report;

namespace {

constexpr int kEvalHeaderRow = 18;               // the summary and each legend row sit in rows under the title
constexpr int kEvalHeaderIndent = 12;
constexpr int kEvalHeaderGap = 14;               // between the last legend row and the plot
constexpr int kMinTickLabelRoom = 30;            // room for y tick labels even when they are short
constexpr int kUnitTicks = 5;                    // confidence and accuracy axes: 0, 0.2, ..., 1
constexpr double kBarOpacity = 0.8;
constexpr double kGapOpacity = 0.3;
// Colours as in ui/evaluate/EvalCharts (core/plot/Palette.h).
const std::string kAccuracyBar = hexColor(palette::kTrain);
const std::string kCorrectBar = hexColor(palette::kCorrect);
const std::string kWrongBar = hexColor(palette::kWrong);

enum class Swatch { Box, Line, DashedLine, Marker };

struct LegendItem {
    std::string name;
    std::string color;
    Swatch swatch = Swatch::Box;
    double opacity = 1.0;
};

struct PlotArea {
    double x0 = 0, y0 = 0, pw = 0, ph = 0;
    double x(double v) const { return x0 + v * pw; }
};

double legendItemWidth(const LegendItem& item) {
    const double swatch = item.swatch == Swatch::Line || item.swatch == Swatch::DashedLine ? kLegendSwatch : 12;
    return swatch + 5 + textWidth(item.name, kTickFontSize);
}

/// The legend items split into rows that fit `width`.
std::vector<std::vector<LegendItem>> legendRows(const std::vector<LegendItem>& legend, double width) {
    std::vector<std::vector<LegendItem>> rows(1);
    double x = 0;
    for (const LegendItem& item : legend) {
        const double w = legendItemWidth(item);
        if (x > 0 && x + w > width) {
            rows.emplace_back();
            x = 0;
        }
        rows.back().push_back(item);
        x += w + kLegendGap;
    }
    return rows;
}

/// The reliability diagram's legend, the longest of the evaluation charts. Both charts reserve as many
/// legend rows as it needs at their width, so two charts of one width side by side have aligned plots.
std::vector<LegendItem> reliabilityLegend(const ReportPhrases& ph) {
    return {{ph("Report", "accuracy"), kAccuracyBar, Swatch::Box, kBarOpacity},
            {ph("Report", "gap to confidence"), kWrongBar, Swatch::Box, kGapOpacity},
            {ph("Report", "mean confidence"), kInk, Swatch::Marker},
            {ph("Report", "perfect calibration"), kMutedInk, Swatch::DashedLine}};
}

/// The header (bold title; the summary numbers on the next row; the legend rows), the plot frame with
/// a grid, unit x ticks and `ya` y ticks, and the axis titles. `label` names the chart for screen
/// readers. Returns the opened SVG (to be closed by the caller) and the plotting area.
std::string unitPlotFrame(const std::string& title, const std::string& summary, const std::vector<LegendItem>& legend,
                          const Axis& ya, const std::string& xLabel, const std::string& yLabel, const SvgOptions& opt,
                          PlotArea* area, const ReportPhrases& ph) {
    const int w = opt.width, h = opt.height;
    const double usable = w - 2 * kEvalHeaderIndent;
    const auto rows = legendRows(legend, usable);
    const size_t rowCount = std::max(rows.size(), legendRows(reliabilityLegend(ph), usable).size());
    PlotArea a;
    a.x0 = std::max<double>(plotLeft(widestTickLabel(ya)), kYTitleSpace + kMinTickLabelRoom);
    a.y0 = kTitleBaseline + kEvalHeaderRow * double(rowCount + 1) + kEvalHeaderGap;
    a.pw = std::max(kMinPlotSide, w - a.x0 - kMarginRight);
    a.ph = std::max(kMinPlotSide, double(h) - a.y0 - kMarginBottom);
    auto sy = [&](double y) { return a.y0 + a.ph - (y - ya.lo) / (ya.hi - ya.lo) * a.ph; };

    std::string out = svgOpen(w, h, opt, summary.empty() ? title : title + " \u00b7 " + summary);
    out += text(kEvalHeaderIndent, kTitleBaseline, title, kTitleFontSize, "start", kInk, " font-weight=\"bold\"");
    out += text(kEvalHeaderIndent, kTitleBaseline + kEvalHeaderRow, summary, kLabelFontSize, "start", kInk);
    for (size_t r = 0; r < rows.size(); ++r) {
        double lx = kEvalHeaderIndent;
        const double ly = kTitleBaseline + kEvalHeaderRow * double(r + 2);
        const double mid = ly - 4;
        for (const LegendItem& item : rows[r]) {
            const std::string opacity = item.opacity < 1.0 ? formatC(" fill-opacity=\"%g\"", item.opacity) : std::string();
            switch (item.swatch) {
            case Swatch::Box:
                out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"10\" fill=\"%s\"%s/>\n", lx, mid - 5,
                              item.color.c_str(), opacity.c_str());
                break;
            case Swatch::Line:
            case Swatch::DashedLine:
                out += "<line x1=\"" + coord(lx) + "\" y1=\"" + coord(mid) + "\" x2=\"" + coord(lx + kLegendSwatch) +
                       "\" y2=\"" + coord(mid) + "\" stroke=\"" + item.color + "\" stroke-width=\"1.5\"" +
                       (item.swatch == Swatch::DashedLine ? " stroke-dasharray=\"5,3\"" : "") + "/>\n";
                break;
            case Swatch::Marker:
                out += "<circle cx=\"" + coord(lx + 6) + "\" cy=\"" + coord(mid) + "\" r=\"" + formatC("%g", kMarkerRadius) +
                       "\" fill=\"#ffffff\" stroke=\"" + item.color + "\" stroke-width=\"1.5\"/>\n";
                break;
            }
            out += text(lx + legendItemWidth(item) - textWidth(item.name, kTickFontSize), ly, item.name, kTickFontSize,
                        "start", kMutedInk);
            lx += legendItemWidth(item) + kLegendGap;
        }
    }

    out += plotFrame(a.x0, a.y0, a.pw, a.ph, true);
    for (double t : ya.ticks)
        if (onAxis(ya, t)) out += yTick(a.x0, a.pw, sy(t), tickLabel(t, ya.step), t > ya.lo);
    for (int i = 0; i <= kUnitTicks; ++i) {
        const double v = double(i) / kUnitTicks;
        out += xTick(a.x(v), a.y0, a.ph, formatC("%.1f", v), i > 0 && i < kUnitTicks);
    }
    out += axisTitles(a.x0, a.y0, a.pw, a.ph, h, xLabel, yLabel);
    if (area) *area = a;
    return out;
}

std::string binRange(double lo, double hi) { return formatC("%.2f-%.2f", lo, hi); }

}  // namespace

std::string reliabilityDiagramSvg(const Calibration& cal, const SvgOptions& opt, const ReportPhrases& ph) {
    int64_t total = 0;
    for (const CalibrationBin& b : cal.bins) total += b.count;
    if (total <= 0) return {};
    const std::string summary = "ECE " + percent(cal.ece) + " \u00b7 MCE " + percent(cal.mce);
    Axis ya;
    ya.lo = 0.0;
    ya.hi = 1.0;
    ya.step = 1.0 / kUnitTicks;
    for (int i = 0; i <= kUnitTicks; ++i) ya.ticks.push_back(double(i) / kUnitTicks);
    PlotArea a;
    std::string out = unitPlotFrame(ph("Report", "Reliability diagram"), summary, reliabilityLegend(ph), ya,
                                    ph("Report", "confidence (top-1 probability)"), ph("Report", "accuracy"), opt, &a, ph);
    auto sy = [&](double v) { return a.y0 + a.ph * (1.0 - std::clamp(v, 0.0, 1.0)); };
    for (const CalibrationBin& b : cal.bins) {
        if (b.count <= 0) continue;
        const double left = a.x(b.lower) + 1, right = a.x(b.upper) - 1;
        const double width = std::max(1.0, right - left);
        const double gap = b.meanConfidence - b.accuracy;
        const std::string direction =
            std::fabs(gap) < 0.0005 ? ph("Report", "calibrated")
            : gap > 0               ? fillIn(ph("Report", "%1 points overconfident"), {formatC("%.1f", 100.0 * gap)})
                                    : fillIn(ph("Report", "%1 points underconfident"), {formatC("%.1f", -100.0 * gap)});
        out += "<g><title>" +
               esc(fillIn(ph("Report", "Confidence %1: %2 predictions, mean confidence %3, accuracy %4 (%5)"),
                          {binRange(b.lower, b.upper), thousands(b.count), percent(b.meanConfidence), percent(b.accuracy),
                           direction})) +
               "</title>";
        out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"%g\"/>", left,
                      sy(b.accuracy), width, a.y0 + a.ph - sy(b.accuracy), kAccuracyBar.c_str(), kBarOpacity);
        const double top = sy(std::max(b.accuracy, b.meanConfidence)), bottom = sy(std::min(b.accuracy, b.meanConfidence));
        if (bottom - top > 0.05)
            out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"%g\" "
                          "stroke=\"%s\" stroke-opacity=\"0.6\" stroke-width=\"0.8\"/>",
                          left, top, width, bottom - top, kWrongBar.c_str(), kGapOpacity, kWrongBar.c_str());
        out += "</g>\n";
    }
    out += "<line x1=\"" + coord(a.x(0)) + "\" y1=\"" + coord(sy(0)) + "\" x2=\"" + coord(a.x(1)) + "\" y2=\"" + coord(sy(1)) +
           "\" stroke=\"" + kMutedInk + "\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\"/>\n";
    for (const CalibrationBin& b : cal.bins)
        if (b.count > 0)
            out += "<circle cx=\"" + coord(a.x(std::clamp(b.meanConfidence, 0.0, 1.0))) + "\" cy=\"" + coord(sy(b.accuracy)) +
                   "\" r=\"" + formatC("%g", kMarkerRadius) + "\" fill=\"#ffffff\" stroke=\"" + kInk +
                   "\" stroke-width=\"1.5\"/>\n";
    out += plotFrame(a.x0, a.y0, a.pw, a.ph, false);
    return out + "</svg>\n";
}

std::string confidenceHistogramSvg(const ConfidenceHistogram& hist, const SvgOptions& opt, const ReportPhrases& ph) {
    const size_t bins = std::min(hist.correct.size(), hist.wrong.size());
    int64_t correct = 0, wrong = 0, largest = 0;
    for (size_t i = 0; i < bins; ++i) {
        correct += hist.correct[i];
        wrong += hist.wrong[i];
        largest = std::max(largest, hist.correct[i] + hist.wrong[i]);
    }
    if (correct + wrong <= 0) return {};
    // Equal-width edges when the stored ones do not match the bins.
    std::vector<double> edges = hist.edges;
    if (edges.size() != bins + 1) {
        edges.resize(bins + 1);
        for (size_t i = 0; i <= bins; ++i) edges[i] = double(i) / double(bins);
    }
    const std::string summary = fillIn(ph("Report", "%1 of %2 predictions wrong"),
                                       {percent(double(wrong) / double(correct + wrong)), thousands(correct + wrong)});
    const Axis ya = makeAxis(0.0, double(largest), kMaxYIntervals, true, true);
    PlotArea a;
    std::string out = unitPlotFrame(ph("Report", "Confidence histogram"), summary,
                                    {{ph("Report", "correct"), kCorrectBar, Swatch::Box},
                                     {ph("Report", "wrong"), kWrongBar, Swatch::Box}},
                                    ya, ph("Report", "confidence (top-1 probability)"), ph("Report", "predictions"), opt, &a, ph);
    auto sy = [&](double v) { return a.y0 + a.ph - (v - ya.lo) / (ya.hi - ya.lo) * a.ph; };
    for (size_t i = 0; i < bins; ++i) {
        const int64_t c = hist.correct[i], wr = hist.wrong[i];
        if (c + wr <= 0) continue;
        const double left = a.x(std::clamp(edges[i], 0.0, 1.0)) + 1, right = a.x(std::clamp(edges[i + 1], 0.0, 1.0)) - 1;
        const double width = std::max(1.0, right - left);
        out += "<g><title>" +
               esc(fillIn(ph("Report", "Confidence %1: %2 correct, %3 wrong (%4 wrong)"),
                          {binRange(edges[i], edges[i + 1]), thousands(c), thousands(wr), percent(double(wr) / double(c + wr))})) +
               "</title>";
        if (c > 0)
            out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", left, sy(double(c)),
                          width, sy(0) - sy(double(c)), kCorrectBar.c_str());
        if (wr > 0)
            out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", left,
                          sy(double(c + wr)), width, sy(double(c)) - sy(double(c + wr)), kWrongBar.c_str());
        out += "</g>\n";
    }
    out += plotFrame(a.x0, a.y0, a.pw, a.ph, false);
    return out + "</svg>\n";
}

}  // namespace ts
