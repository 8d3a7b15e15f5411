// The reports' line charts: loss, accuracy and learning rate over steps or epochs, as SVG.
#include "core/common/Numbers.h"
#include "core/plot/Palette.h"
#include "core/report/Report.h"
#include "core/report/ReportFacts.h"
#include "core/report/ReportText.h"
#include "core/report/SvgPrimitives.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts {

using namespace report;

namespace {

constexpr int kMarginLeft = 64;
constexpr int kMarginTop = 42;
constexpr int kTitleX = 12;
constexpr int kMaxXIntervals = 8;
constexpr double kMinXTickSpacing = 50.0;        // pixels at least between x tick labels
constexpr double kMinIntegerTickSpacing = 25.0;  // pixels at least between epoch labels
constexpr double kMaxLabelledIntegers = 12.0;    // up to this many epochs, each gets a label
constexpr double kYPaddingFraction = 0.05;
constexpr double kFaintOpacity = 0.35;
constexpr double kFaintLegendBoost = 0.2;        // a faint line's legend swatch is a little stronger
constexpr int kLegendTextGap = 6;                // between a legend swatch and its name
constexpr int kLegendLineRaise = 4;              // a legend swatch sits this far above the text baseline
constexpr size_t kCharsPerPoint = 12;            // "123.4,56.7 ": what a polyline point takes
constexpr double kPercent = 100.0;               // accuracy is drawn in percent
constexpr double kEpochPad = 0.25;               // epochs of room left and right of the accuracy markers
// The window's curve colours (core/plot/Palette.h).
const std::string kTrainColor = hexColor(palette::kTrain);
const std::string kValColor = hexColor(palette::kValidation);
const std::string kLrColor = hexColor(palette::kLearningRate);
const std::string kGradNormColor = hexColor(kSeriesPalette[kFirstFreePaletteIndex]);
const std::string kThresholdColor = hexColor(palette::kTest);

/// How a series is drawn: a thin translucent line (raw, noisy data under a smoothed curve), a line, or
/// markers joined by a line. SmoothLine is a line known to be smooth (a moving average, a learning-rate
/// schedule), decimated to one point per pixel column as the window does.
enum class Style { Faint, Line, SmoothLine, Markers };

/// One curve of a line chart.
struct Series {
    std::string name;
    std::string color;
    Style style = Style::Line;
    std::vector<CurvePoint> points;
};

/// Titles and limits of a line chart.
struct ChartSpec {
    std::string title;
    std::string xLabel;
    std::string yLabel;
    bool integerX = false;
    double yFloor = -std::numeric_limits<double>::infinity();
    double yCeil = std::numeric_limits<double>::infinity();
    double xPad = 0.0;  // extra x range on both sides (so edge markers are not cut)
};

/// The range of the finite points of all series (non-finite points are dropped from them).
struct DataRange {
    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin, yMin = xMin, yMax = -xMin;
    bool empty() const { return !std::isfinite(xMin); }
};

/// The plot area and its axes, mapping data to SVG coordinates.
struct LinePlot {
    double x0 = 0, y0 = 0, pw = 0, ph = 0;
    Axis xa, ya;
    double sx(double x) const { return x0 + (x - xa.lo) / (xa.hi - xa.lo) * pw; }
    double sy(double y) const { return y0 + ph - (y - ya.lo) / (ya.hi - ya.lo) * ph; }
};

DataRange finiteRange(std::vector<Series>& series) {
    DataRange r;
    for (Series& s : series) {
        s.points.erase(std::remove_if(s.points.begin(), s.points.end(),
                                      [](const CurvePoint& p) { return !std::isfinite(p.x) || !std::isfinite(p.y); }),
                       s.points.end());
        for (const CurvePoint& p : s.points) {
            r.xMin = std::min(r.xMin, p.x);
            r.xMax = std::max(r.xMax, p.x);
            r.yMin = std::min(r.yMin, p.y);
            r.yMax = std::max(r.yMax, p.y);
        }
    }
    return r;
}

/// The y axis over the data, padded a little and kept within the chart's floor and ceiling.
Axis yAxisFor(const DataRange& r, const ChartSpec& spec) {
    double yLo = r.yMin, yHi = r.yMax;
    // A flat series (a constant learning rate of 0.001) is padded by a share of its own value, not of 1, which would
    // stretch the axis to 0.05 and flatten the line onto the floor.
    const double flat = std::fabs(yHi) > 0.0 ? std::fabs(yHi) : 1.0;
    const double pad = (yHi > yLo ? yHi - yLo : flat) * kYPaddingFraction;
    yLo = std::max(yLo - pad, spec.yFloor);
    yHi = std::min(yHi + pad, spec.yCeil);
    Axis ya = makeAxis(yLo, yHi, kMaxYIntervals, true, false);
    ya.lo = std::max(ya.lo, spec.yFloor);
    ya.hi = std::min(ya.hi, spec.yCeil);
    if (!(ya.hi > ya.lo)) ya.hi = ya.lo + 1.0;
    return ya;
}

/// A filled marker with a white rim.
std::string marker(double cx, double cy, const std::string& color) {
    return "<circle cx=\"" + coord(cx) + "\" cy=\"" + coord(cy) + "\" r=\"" + formatC("%g", kMarkerRadius) + "\" fill=\"" +
           color + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n";
}

/// The legend, right-aligned in the title row.
std::string legend(const std::vector<Series>& series, int w) {
    std::string out;
    double x = w - kMarginRight;
    for (auto it = series.rbegin(); it != series.rend(); ++it) {
        const double tw = textWidth(it->name, kTickFontSize);
        x -= tw;
        out += text(x, kTitleBaseline, it->name, kTickFontSize, "start", kMutedInk);
        x -= kLegendSwatch + kLegendTextGap;
        const double ly = kTitleBaseline - kLegendLineRaise;
        const std::string opacity =
            it->style == Style::Faint ? formatC(" stroke-opacity=\"%g\"", kFaintOpacity + kFaintLegendBoost) : "";
        out += "<line x1=\"" + coord(x) + "\" y1=\"" + coord(ly) + "\" x2=\"" + coord(x + kLegendSwatch) + "\" y2=\"" +
               coord(ly) + "\" stroke=\"" + it->color + "\" stroke-width=\"" +
               (it->style == Style::Faint ? "1.5" : "2") + "\"" + opacity + "/>\n";
        if (it->style == Style::Markers) out += marker(x + kLegendSwatch / 2.0, ly, it->color);
        x -= kLegendGap;
    }
    return out;
}

/// Grid lines, ticks and tick labels of both axes, then the plot's frame.
std::string gridAndTicks(const LinePlot& p) {
    std::string out;
    for (double t : p.ya.ticks)
        if (onAxis(p.ya, t)) out += yTick(p.x0, p.pw, p.sy(t), tickLabel(t, p.ya.step), true);
    for (double t : p.xa.ticks) out += xTick(p.sx(t), p.y0, p.ph, tickLabel(t, p.xa.step), true);
    out += plotFrame(p.x0, p.y0, p.pw, p.ph, false);
    return out;
}

/// The points of a series worth drawing on `p`: decimated to its pixel columns as the window's charts do
/// (markers are all drawn).
std::vector<CurvePoint> drawnPoints(const Series& s, const LinePlot& p) {
    switch (s.style) {
    case Style::Markers: return s.points;
    case Style::SmoothLine: return decimateLastPerBucket(s.points, p.xa.lo, p.xa.hi, int(p.pw));
    case Style::Faint:
    case Style::Line: break;
    }
    return decimateMinMax(s.points, p.xa.lo, p.xa.hi, int(p.pw));
}

/// One series as a polyline, with markers when it has them.
std::string curve(const Series& s, const LinePlot& p) {
    const std::vector<CurvePoint> pts = drawnPoints(s, p);
    if (pts.empty()) return {};
    std::string poly;
    poly.reserve(pts.size() * kCharsPerPoint);
    for (const CurvePoint& pt : pts) poly += coord(p.sx(pt.x)) + "," + coord(p.sy(pt.y)) + " ";
    if (!poly.empty()) poly.pop_back();
    const bool faint = s.style == Style::Faint;
    std::string out = "<polyline fill=\"none\" stroke=\"" + s.color + "\" stroke-width=\"" + (faint ? "1" : "2") +
                      "\" stroke-linejoin=\"round\" stroke-linecap=\"round\"" +
                      (faint ? formatC(" stroke-opacity=\"%g\"", kFaintOpacity) : std::string()) + " points=\"" + poly +
                      "\"/>\n";
    if (s.style == Style::Markers)
        for (const CurvePoint& pt : pts) out += marker(p.sx(pt.x), p.sy(pt.y), s.color);
    return out;
}

/// The whole chart: title, legend, frame, axes and curves, or "No data recorded".
std::string renderLineChart(const ChartSpec& spec, std::vector<Series> series, const SvgOptions& opt,
                            const ReportPhrases& ph) {
    const int w = opt.width, h = opt.height;
    const DataRange range = finiteRange(series);
    LinePlot p;
    if (!range.empty()) p.ya = yAxisFor(range, spec);
    // The left margin holds the rotated axis title and the widest tick label.
    p.x0 = std::max<double>(kMarginLeft, plotLeft(range.empty() ? 0.0 : widestTickLabel(p.ya)));
    p.y0 = kMarginTop;
    p.pw = std::max(kMinPlotSide, w - p.x0 - kMarginRight);
    p.ph = std::max(kMinPlotSide, double(h - kMarginTop - kMarginBottom));

    std::string out = svgOpen(w, h, opt, spec.title);
    out += text(kTitleX, kTitleBaseline, spec.title, kTitleFontSize, "start", kInk, " font-weight=\"bold\"");
    out += legend(series, w);

    // Plot frame and axis titles.
    out += plotFrame(p.x0, p.y0, p.pw, p.ph, true);
    out += axisTitles(p.x0, p.y0, p.pw, p.ph, h, spec.xLabel, spec.yLabel);

    if (range.empty()) {
        out += text(p.x0 + p.pw / 2, p.y0 + p.ph / 2, ph("Report", "No data recorded"), kLabelFontSize, "middle", kAxisColor);
        return out + "</svg>\n";
    }

    // Narrow charts get fewer labels; a few epochs get one label each.
    const bool fewIntegers = spec.integerX && range.xMax - range.xMin <= kMaxLabelledIntegers;
    const int xIntervals = std::clamp(int(p.pw / (fewIntegers ? kMinIntegerTickSpacing : kMinXTickSpacing)), 2, kMaxXIntervals);
    p.xa = makeAxis(range.xMin - spec.xPad, range.xMax + spec.xPad, xIntervals, false, spec.integerX);

    out += gridAndTicks(p);
    for (const Series& s : series) out += curve(s, p);
    return out + "</svg>\n";
}

}  // namespace

std::string lossChartSvg(const RunRecord& run, const SvgOptions& opt, const ReportPhrases& ph) {
    Series raw{ph("Report", "train loss (batch)"), kTrainColor, Style::Faint, {}};
    Series smooth{ph("Report", "train loss (smoothed)"), kTrainColor, Style::SmoothLine, {}};
    const bool test = evalSetTitle(run) == "test";
    const std::string valName = run.isLanguageModel()
                                    ? (test ? ph("Report", "test loss (evaluation)") : ph("Report", "validation loss (evaluation)"))
                                    : (test ? ph("Report", "test loss (epoch)") : ph("Report", "validation loss (epoch)"));
    Series val{valName, kValColor, Style::Markers, {}};
    std::vector<double> losses;
    for (const BatchMetrics& b : run.batches) {
        raw.points.push_back({double(b.step), b.loss});
        losses.push_back(b.loss);
    }
    const std::vector<double> ema = smoothEma(losses, kDefaultSmoothingWeight);  // the window's default weight
    for (size_t i = 0; i < ema.size(); ++i) smooth.points.push_back({raw.points[i].x, ema[i]});
    for (const EpochMetrics& e : run.epochs)
        if (hasValidation(e)) val.points.push_back({double(e.step), e.val.loss});
    std::vector<Series> series;
    if (!raw.points.empty()) {
        series.push_back(std::move(raw));
        series.push_back(std::move(smooth));
    } else {  // no batch rows: the per-epoch training loss
        Series epochLoss{ph("Report", "train loss (epoch)"), kTrainColor, Style::Markers, {}};
        for (const EpochMetrics& e : run.epochs) epochLoss.points.push_back({double(e.step), e.trainLoss});
        series.push_back(std::move(epochLoss));
    }
    if (!val.points.empty()) series.push_back(std::move(val));
    return renderLineChart({ph("Report", "Loss"), ph("Report", "step"), ph("Report", "cross-entropy loss"), true, 0.0},
                           std::move(series), opt, ph);
}

std::string accuracyChartSvg(const RunRecord& run, const SvgOptions& opt, const ReportPhrases& ph) {
    Series train{ph("Report", "train"), kTrainColor, Style::Markers, {}};
    Series val{evalSetTitle(run) == "test" ? ph("Report", "test") : ph("Report", "validation"), kValColor, Style::Markers, {}};
    for (const EpochMetrics& e : run.epochs) {
        train.points.push_back({double(e.epoch), kPercent * e.trainAccuracy});
        if (hasValidation(e)) val.points.push_back({double(e.epoch), kPercent * e.val.accuracy});
    }
    std::vector<Series> series{std::move(train)};
    if (!val.points.empty()) series.push_back(std::move(val));
    return renderLineChart({ph("Report", "Accuracy"), ph("Report", "epoch"), ph("Report", "accuracy (%)"), true, 0.0, kPercent,
                            kEpochPad},
                           std::move(series), opt, ph);
}

std::string gradNormChartSvg(const RunRecord& run, double clip, const SvgOptions& opt, const ReportPhrases& ph) {
    Series raw{ph("Report", "gradient norm"), kGradNormColor, Style::Faint, {}};
    std::vector<double> norms;
    for (const BatchMetrics& b : run.batches)
        if (b.gradNorm >= 0.0) {
            raw.points.push_back({double(b.step), b.gradNorm});
            norms.push_back(b.gradNorm);
        }
    if (raw.points.empty()) return {};
    Series smooth{ph("Report", "smoothed"), kGradNormColor, Style::SmoothLine, {}};
    const std::vector<double> ema = smoothEma(norms, kDefaultSmoothingWeight);
    for (size_t i = 0; i < ema.size(); ++i) smooth.points.push_back({raw.points[i].x, ema[i]});
    std::vector<Series> series;
    if (clip > 0.0)
        series.push_back({ph("Report", "clip threshold"), kThresholdColor, Style::Line,
                          {{raw.points.front().x, clip}, {raw.points.back().x, clip}}});
    series.push_back(std::move(raw));
    series.push_back(std::move(smooth));
    return renderLineChart(
        {ph("Report", "Gradient norm"), ph("Report", "step"), ph("Report", "L2 norm before clipping"), true, 0.0},
        std::move(series), opt, ph);
}

std::string lrChartSvg(const RunRecord& run, const SvgOptions& opt, const ReportPhrases& ph) {
    Series lr{ph("Report", "learning rate"), kLrColor, Style::SmoothLine, {}};
    for (const BatchMetrics& b : run.batches) lr.points.push_back({double(b.step), b.lr});
    if (lr.points.empty()) {
        lr.style = Style::Markers;
        for (const EpochMetrics& e : run.epochs) lr.points.push_back({double(e.step), e.lr});
    }
    return renderLineChart({ph("Report", "Learning rate"), ph("Report", "step"), ph("Report", "learning rate"), true, 0.0},
                           {std::move(lr)}, opt, ph);
}

}  // namespace ts
