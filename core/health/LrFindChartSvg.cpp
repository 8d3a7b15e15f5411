// The range test's chart as SVG (lr-find.svg): the smoothed loss and, faint, the raw loss over the learning
// rate on a log axis, with the two suggestions marked. Built on the reports' SVG primitives.
#include "core/common/Numbers.h"
#include "core/health/LrFindResult.h"
#include "core/plot/Palette.h"
#include "core/report/SvgPrimitives.h"

#include <algorithm>
#include <cmath>

namespace ts {

using namespace report;

namespace {

constexpr int kLrChartWidth = 760;
constexpr int kLrChartHeight = 360;
constexpr int kLrChartMarginTop = 42;
constexpr int kLrChartTitleX = 12;
constexpr double kLrChartYPaddingFraction = 0.05;
constexpr double kLrChartFaintOpacity = 0.35;
constexpr double kLrChartLabelRaise = 6.0;       // a suggestion's label sits this far inside the plot's top
constexpr double kLrChartLabelLineGap = 14.0;    // the second label goes one line lower
constexpr double kLrChartLabelNudge = 4.0;       // between a suggestion's line and its label
const std::string kLrChartLossColor = hexColor(palette::kTrain);
const std::string kLrChartSteepestColor = hexColor(palette::kLearningRate);
const std::string kLrChartMinimumColor = hexColor(kSeriesPalette[kSeriesPalette.size() - 1]);  // the window's cyan

/// The plot area: x is log10(lr) over whole decades, y the loss.
struct LrPlot {
    double x0 = 0, y0 = kLrChartMarginTop, pw = 0, ph = 0;
    double decadeLo = 0, decadeHi = 1;
    Axis ya;
    double sx(double lr) const { return x0 + (std::log10(lr) - decadeLo) / (decadeHi - decadeLo) * pw; }
    double sy(double loss) const { return y0 + ph - (loss - ya.lo) / (ya.hi - ya.lo) * ph; }
};

/// "1e-07" style label of a decade: "1e-7", "1", "10".
std::string decadeLabel(int decade) {
    if (decade >= 0 && decade <= 2) return formatShortest(std::pow(10.0, decade));
    return "1e" + std::to_string(decade);
}

/// The y axis: the smoothed curve's range up to kLrFindPlotHeadroom times its first value (the exploded tail above
/// leaves the plot, or it would flatten the rest), and the raw losses below it.
Axis lrFindLossAxis(const LrFindResult& r) {
    double lo = INFINITY, hi = -INFINITY;
    for (double v : r.smoothed)
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    if (!r.smoothed.empty() && std::isfinite(r.smoothed.front()))
        hi = std::min(hi, std::max(lo, kLrFindPlotHeadroom * r.smoothed.front()));
    for (double v : r.losses)
        if (std::isfinite(v)) lo = std::min(lo, v);
    if (!std::isfinite(lo)) lo = 0.0, hi = 1.0;
    const double pad = std::max(hi - lo, 1e-9) * kLrChartYPaddingFraction;
    Axis a = makeAxis(std::max(0.0, lo - pad), hi + pad, kMaxYIntervals, true, false);
    if (!(a.hi > a.lo)) a.hi = a.lo + 1.0;
    return a;
}

/// A polyline through (lrs[i], values[i]); faint when `faint`.
std::string lrPolyline(const LrPlot& p, const std::vector<double>& lrs, const std::vector<double>& values,
                     const std::string& color, bool faint) {
    std::string pts;
    for (size_t i = 0; i < lrs.size() && i < values.size(); ++i)
        if (std::isfinite(values[i]) && lrs[i] > 0.0) pts += coord(p.sx(lrs[i])) + "," + coord(p.sy(values[i])) + " ";
    if (pts.empty()) return {};
    pts.pop_back();
    return "<polyline fill=\"none\" stroke=\"" + color + "\" stroke-width=\"" + (faint ? "1" : "2") +
           "\" stroke-linejoin=\"round\" clip-path=\"url(#lrFindPlot)\"" +
           (faint ? formatC(" stroke-opacity=\"%g\"", kLrChartFaintOpacity) : std::string()) +
           " points=\"" + pts + "\"/>\n";
}

/// Index of the step whose learning rate is nearest `lr` on the log scale, or -1.
int nearestLrIndex(const std::vector<double>& lrs, double lr) {
    if (!(lr > 0.0)) return -1;
    int best = -1;
    for (size_t i = 0; i < lrs.size(); ++i)
        if (best < 0 || std::fabs(std::log(lrs[i] / lr)) < std::fabs(std::log(lrs[size_t(best)] / lr))) best = int(i);
    return best;
}

/// A dashed vertical line at a suggested rate with its label and a dot on the smoothed curve.
std::string suggestionMark(const LrPlot& p, const LrFindResult& r, int index, const std::string& name,
                           const std::string& color, int row) {
    if (index < 0 || size_t(index) >= r.lrs.size()) return {};
    const double lr = r.lrs[size_t(index)];
    const double x = p.sx(lr);
    std::string out = "<line x1=\"" + coord(x) + "\" y1=\"" + coord(p.y0) + "\" x2=\"" + coord(x) + "\" y2=\"" +
                      coord(p.y0 + p.ph) + "\" stroke=\"" + color + "\" stroke-width=\"1.5\" stroke-dasharray=\"5,4\"/>\n";
    out += "<circle cx=\"" + coord(x) + "\" cy=\"" + coord(p.sy(r.smoothed[size_t(index)])) + "\" r=\"" +
           formatC("%g", kMarkerRadius) + "\" fill=\"" + color + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n";
    const double labelY = p.y0 + kTickFontSize + kLrChartLabelRaise + row * kLrChartLabelLineGap;
    out += text(x + kLrChartLabelNudge, labelY, name, kTickFontSize, "start", color, " font-weight=\"bold\"");
    return out;
}

}  // namespace

std::string lrFindSvg(const LrFindResult& r) {
    SvgOptions opt;
    opt.standalone = true;
    const std::string title = "Learning-rate range test: " + r.preset;
    std::string out = svgOpen(kLrChartWidth, kLrChartHeight, opt, title);
    out += text(kLrChartTitleX, kTitleBaseline, title, kTitleFontSize, "start", kInk, " font-weight=\"bold\"");
    LrPlot p;
    p.ya = lrFindLossAxis(r);
    p.x0 = plotLeft(widestTickLabel(p.ya));
    p.pw = std::max(kMinPlotSide, kLrChartWidth - p.x0 - kMarginRight);
    p.ph = std::max(kMinPlotSide, double(kLrChartHeight - kLrChartMarginTop - kMarginBottom));
    p.decadeLo = std::floor(std::log10(r.settings.startLr));
    p.decadeHi = std::max(p.decadeLo + 1.0, std::ceil(std::log10(r.settings.endLr)));
    out += plotFrame(p.x0, p.y0, p.pw, p.ph, true);
    out += axisTitles(p.x0, p.y0, p.pw, p.ph, kLrChartHeight, "learning rate (log scale)", "training loss");
    for (double t : p.ya.ticks)
        if (onAxis(p.ya, t)) out += yTick(p.x0, p.pw, p.sy(t), tickLabel(t, p.ya.step), true);
    for (int d = int(p.decadeLo); d <= int(p.decadeHi); ++d)
        out += xTick(p.sx(std::pow(10.0, d)), p.y0, p.ph, decadeLabel(d), true);
    out += plotFrame(p.x0, p.y0, p.pw, p.ph, false);
    // The curves stay inside the plot: the exploded tail leaves through the top.
    out += formatC("<clipPath id=\"lrFindPlot\"><rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\"/></clipPath>\n", p.x0,
                   p.y0, p.pw, p.ph);
    out += lrPolyline(p, r.lrs, r.losses, kLrChartLossColor, true);
    out += lrPolyline(p, r.lrs, r.smoothed, kLrChartLossColor, false);
    const LrFindSuggestions& s = r.suggestions;
    const bool steepestChosen = s.steepestLr > 0.0;
    out += suggestionMark(p, r, s.steepestIndex, "steepest " + formatSignificant(s.steepestLr, 2) + " (suggested)",
                          kLrChartSteepestColor, 0);
    out += suggestionMark(p, r, nearestLrIndex(r.lrs, s.minLrDiv10),
                          "minimum ÷ 10 " + formatSignificant(s.minLrDiv10, 2) + (steepestChosen ? "" : " (suggested)"),
                          kLrChartMinimumColor, 1);
    return out + "</svg>\n";
}

}  // namespace ts
