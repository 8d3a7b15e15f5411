// The sweep report's parallel-coordinates plot and its objective-against-parameter scatter plots, as SVG.
#include "core/report/ParallelCoordinatesSvg.h"

#include "core/common/Numbers.h"
#include "core/report/ReportText.h"
#include "core/report/SvgPrimitives.h"
#include "core/report/SweepAxes.h"

#include <algorithm>
#include <cmath>

namespace ts {

using namespace report;

namespace {

constexpr int kTitleX = 12;
constexpr int kAxisTop = 64;           // the top of the vertical axes
constexpr int kAxisNameRise = 14;      // an axis name's baseline above its axis
constexpr int kAxisBottomRoom = 40;    // under the axes: the legend line
constexpr int kLegendDrop = 12;        // the legend's baseline above the chart's bottom edge
constexpr int kSideRoom = 86;          // left of the first axis (its tick labels), right of the last
constexpr int kTickLabelGap = 6;
constexpr int kLabelPad = 2;           // around a tick label's white backing
constexpr double kAxisWidth = 1.5;
constexpr double kLineWidth = 1.6;
constexpr double kBestLineWidth = 4.0;
constexpr double kLineOpacity = 0.85;
constexpr const char* kPrunedDash = "6 4";
const std::string kBestColor = hexColor(palette::kValidation);  // the best trial stands out in orange

/// Scatter panels: how many side by side at most, their inner margins and marker size.
constexpr int kPanelsPerRow = 3;
constexpr int kMinPanelWidth = 320;   // narrower charts (the PDF) get fewer panels per row
constexpr int kPanelHeight = 240;
constexpr int kPanelTop = 34;
constexpr int kPanelLeft = 62;
constexpr int kPanelRight = 14;
constexpr int kPanelBottom = 40;
constexpr double kScatterRadius = 4.5;
constexpr double kBestRing = 8.0;
constexpr double kPanelInset = 0.04;   // of the plot: room so that markers at the ends are whole

/// The trials drawn: finite objectives, worst first, the best last.
std::vector<int> drawOrder(const Sweep& sweep) {
    std::vector<int> order;
    for (size_t i = 0; i < sweep.trials.size(); ++i)
        if (std::isfinite(sweep.trials[i].objective)) order.push_back(int(i));
    const int best = sweep.bestTrial();
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if ((a == best) != (b == best)) return b == best;
        return objectiveGoodness(sweep, sweep.trials[size_t(a)].objective) <
               objectiveGoodness(sweep, sweep.trials[size_t(b)].objective);
    });
    return order;
}

/// One vertical axis at `x` from `top` to `bottom` with its name above and its ticks left of it (right of it when
/// `ticksRight`, for the last axis, whose left side the lines arrive at).
std::string verticalAxis(double x, double top, double bottom, const std::string& name,
                         const std::vector<std::pair<double, std::string>>& ticks, bool ticksRight) {
    std::string s = line(x, top, x, bottom, kAxisColor, kAxisWidth);
    s += text(x, top - kAxisNameRise, name, kLabelFontSize, "middle", kInk, " font-weight=\"bold\"");
    const double side = ticksRight ? 1.0 : -1.0;
    for (const auto& [pos, label] : ticks) {
        const double y = bottom - pos * (bottom - top);
        s += line(x, y, x + side * kTickLength, y, kAxisColor);
        // A light backing keeps the label readable where the trials' lines cross it.
        const double w = textWidth(label, kTickFontSize) + 2 * kLabelPad;
        s += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n",
                     ticksRight ? x + kTickLabelGap - kLabelPad : x - kTickLabelGap - w + kLabelPad, y - kTickFontSize / 2.0 - kLabelPad,
                     w, kTickFontSize + 2 * kLabelPad);
        s += text(x + side * kTickLabelGap, y + kTickTextRaise, label, kTickFontSize, ticksRight ? "start" : "end", kMutedInk);
    }
    return s;
}

/// The polyline of trial `i` through the axes' x positions.
std::string trialLine(const Sweep& sweep, int i, const std::vector<ParameterScale>& scales, const Axis& objective,
                      const std::vector<double>& xs, double top, double bottom, const ReportPhrases& ph) {
    const SweepTrial& t = sweep.trials[size_t(i)];
    std::string points;
    for (size_t a = 0; a < xs.size(); ++a) {
        const double pos = a < scales.size() ? scales[a].position(trialValue(t.values, sweep.def.params[a].name))
                                             : (t.objective - objective.lo) / (objective.hi - objective.lo);
        if (!std::isfinite(pos)) continue;
        points += coord(xs[a]) + "," + coord(bottom - pos * (bottom - top)) + " ";
    }
    const bool best = i == sweep.bestTrial();
    const std::string color = best ? kBestColor : goodnessColor(objectiveGoodness(sweep, t.objective));
    std::string s = "<polyline class=\"trial\" data-trial=\"" + std::to_string(t.index) + "\" points=\"" + points +
                    "\" fill=\"none\" stroke=\"" + color + "\" stroke-width=\"" + formatC("%g", best ? kBestLineWidth : kLineWidth) +
                    "\" stroke-opacity=\"" + formatC("%g", best ? 1.0 : kLineOpacity) + "\" stroke-linejoin=\"round\"";
    if (t.status == "pruned") s += std::string(" stroke-dasharray=\"") + kPrunedDash + "\"";
    return s + "><title>" + esc(fillIn(ph("Report", "trial %1: %2"), {std::to_string(t.index), describeTrial(t.values)})) + "</title></polyline>\n";
}

/// The objective's name on its axis and in titles: "best val_loss (lower is better)".
std::string objectiveName(const Sweep& sweep) { return sweep.def.objective.describe(); }

/// One scatter panel of the objective against parameter `p`, its plot at (x, y) `w` by `h`.
std::string scatterPanel(const Sweep& sweep, size_t p, const Axis& objective, double x, double y, double w, double h,
                         const ReportPhrases& ph) {
    const ParameterScale scale(sweep.def.params[p], sweep.trials);
    const double px = x + kPanelLeft, py = y + kPanelTop, pw = w - kPanelLeft - kPanelRight, plotH = h - kPanelTop - kPanelBottom;
    const auto sx = [&](double pos) { return px + (kPanelInset + pos * (1.0 - 2 * kPanelInset)) * pw; };
    const auto sy = [&](double v) { return py + plotH - (v - objective.lo) / (objective.hi - objective.lo) * plotH; };
    std::string s = plotFrame(px, py, pw, plotH, true);
    s += text(x + w / 2, y + kTitleBaseline - 4, fillIn(ph("Report", "%1 vs %2"), {objectiveName(sweep), scale.title()}), kLabelFontSize, "middle",
              kInk, " font-weight=\"bold\"");
    for (double t : objective.ticks)
        if (onAxis(objective, t)) s += yTick(px, pw, sy(t), tickLabel(t, objective.step), true);
    for (const auto& [pos, label] : scale.ticks()) s += xTick(sx(pos), py, plotH, label, true);
    s += text(px + pw / 2, y + h - kXTitleRise, scale.title(), kLabelFontSize, "middle", kInk);
    const int best = sweep.bestTrial();
    for (int i : drawOrder(sweep)) {
        const SweepTrial& t = sweep.trials[size_t(i)];
        const double pos = scale.position(trialValue(t.values, sweep.def.params[p].name));
        if (!std::isfinite(pos)) continue;
        const std::string cx = coord(sx(pos)), cy = coord(sy(t.objective));
        const std::string color = goodnessColor(objectiveGoodness(sweep, t.objective));
        s += "<circle class=\"trial\" cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"" + formatC("%g", kScatterRadius) + "\" fill=\"" +
             color + "\" stroke=\"#ffffff\" stroke-width=\"0.8\"><title>" +
             esc(fillIn(ph("Report", "trial %1: %2"), {std::to_string(t.index), valueText(trialValue(t.values, sweep.def.params[p].name))})) +
             "</title></circle>\n";
        if (i == best)
            s += "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"" + formatC("%g", kBestRing) + "\" fill=\"none\" stroke=\"" +
                 kBestColor + "\" stroke-width=\"2\"/>\n";
    }
    return s;
}

}  // namespace

std::string parallelCoordinatesSvg(const Sweep& sweep, const SvgOptions& opt, const ReportPhrases& ph) {
    Axis objective;
    if (!objectiveAxis(sweep, &objective)) return {};
    std::vector<ParameterScale> scales;
    for (const SweepParameter& p : sweep.def.params) scales.emplace_back(p, sweep.trials);
    const size_t axes = scales.size() + 1;
    const double left = kSideRoom, right = opt.width - kSideRoom;
    std::vector<double> xs;
    for (size_t a = 0; a < axes; ++a) xs.push_back(axes == 1 ? (left + right) / 2 : left + (right - left) * double(a) / double(axes - 1));
    const double top = kAxisTop, bottom = opt.height - kAxisBottomRoom;

    const std::vector<int> order = drawOrder(sweep);
    std::string s = svgOpen(opt.width, opt.height, opt, ph("Report", "Parallel coordinates of the sweep's trials"));
    s += text(kTitleX, kTitleBaseline,
              fillIn(ph("Report", "Parallel coordinates: %1 trials, coloured by %2 (darker is better)"),
                     {std::to_string(order.size()), objectiveName(sweep)}),
              kTitleFontSize, "start", kInk, " font-weight=\"bold\"");
    for (int i : order) s += trialLine(sweep, i, scales, objective, xs, top, bottom, ph);
    for (size_t a = 0; a < scales.size(); ++a) s += verticalAxis(xs[a], top, bottom, scales[a].title(), scales[a].ticks(), false);
    std::vector<std::pair<double, std::string>> objectiveTicks;
    for (double t : objective.ticks)
        if (onAxis(objective, t)) objectiveTicks.push_back({(t - objective.lo) / (objective.hi - objective.lo), tickLabel(t, objective.step)});
    s += verticalAxis(xs.back(), top, bottom, objectiveName(sweep), objectiveTicks, true);

    const int best = sweep.bestTrial();
    std::string legend = best >= 0 ? fillIn(ph("Report", "Thick orange line: the best trial (%1)"),
                                            {std::to_string(sweep.trials[size_t(best)].index)})
                                   : ph("Report", "Thick orange line: the best trial");
    const bool pruned = std::any_of(order.begin(), order.end(), [&](int i) { return sweep.trials[size_t(i)].status == "pruned"; });
    if (pruned) legend += ph("Report", "; dashed: pruned trials (their objective at the rung they reached)");
    s += text(kTitleX, opt.height - kLegendDrop, legend + ph("Report", "."), kTickFontSize, "start", kMutedInk);
    return s + "</svg>\n";
}

std::string objectiveScatterSvg(const Sweep& sweep, const SvgOptions& opt, const ReportPhrases& ph) {
    Axis objective;
    if (!objectiveAxis(sweep, &objective) || sweep.def.params.empty()) return {};
    const size_t n = sweep.def.params.size();
    const size_t fit = size_t(std::clamp(opt.width / kMinPanelWidth, 1, kPanelsPerRow));
    const size_t perRow = std::min(n, fit);
    const size_t rows = (n + perRow - 1) / perRow;
    const double w = double(opt.width) / double(fit);
    const int height = int(rows) * kPanelHeight;
    std::string s = svgOpen(opt.width, height, opt, ph("Report", "The objective against each parameter"));
    for (size_t p = 0; p < n; ++p)
        s += scatterPanel(sweep, p, objective, w * double(p % perRow), double(p / perRow) * kPanelHeight, w, kPanelHeight, ph);
    return s + "</svg>\n";
}

}  // namespace ts
