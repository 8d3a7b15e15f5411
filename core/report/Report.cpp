#include "core/report/Report.h"
#include "core/common/Numbers.h"
#include "core/eval/Metrics.h"

#include "core/eval/EvaluationIO.h"
#include "core/runs/RunWriter.h"
#include "core/train/TrainConfig.h"
#include "core/train/Trainer.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <sys/utsname.h>
#include <thread>
#include <unistd.h>

namespace ts {

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------------------------------------
// Constants of the chart layout (SVG user units = CSS pixels).

constexpr int kMarginLeft = 64;
constexpr int kMarginRight = 20;
constexpr int kMarginTop = 42;
constexpr int kMarginBottom = 48;
constexpr int kTitleBaseline = 24;
constexpr int kTitleFontSize = 14;
constexpr int kTickFontSize = 11;
constexpr int kLabelFontSize = 12;
constexpr int kTickLength = 4;
constexpr int kYTitleSpace = 26;          // left of the y tick labels: the rotated axis title
constexpr int kTargetYTicks = 5;
constexpr int kTargetXTicks = 7;
constexpr double kMinXTickSpacing = 60.0;  // pixels per x tick label
constexpr double kMinIntegerTickSpacing = 30.0;  // pixels per epoch label
constexpr double kMaxLabelledIntegers = 12.0;    // up to this many epochs, each gets a label
constexpr int kLegendSwatch = 18;
constexpr int kLegendGap = 14;
constexpr double kCharWidthEm = 0.6;      // average glyph advance of a sans-serif font, in em
constexpr double kYPaddingFraction = 0.05;
constexpr double kMarkerRadius = 3.5;
constexpr double kFaintOpacity = 0.35;
constexpr double kDefaultSmoothing = 0.6;  // the GUI's default EMA weight
constexpr int kHtmlChartWidth = 1020;      // the loss chart spans the page's content width
constexpr int kHtmlChartHeight = 320;
constexpr int kChartGap = 20;              // between the accuracy and LR charts when side by side
constexpr double kSideChartHeightRatio = 0.9;

// Heatmap.
constexpr int kHeatMaxCell = 48;
constexpr int kHeatMinCell = 16;
constexpr int kHeatGridTarget = 380;       // grid edge the cell size aims for
constexpr double kHeatColumnAngle = 40.0;  // degrees the column labels are turned
constexpr double kPi = 3.14159265358979323846;
constexpr int kHeatColorBarWidth = 14;
constexpr double kDarkBackground = 0.55;   // luminance below which cell text turns white (as in ConfusionMatrixView)
constexpr int kMinCellFontSize = 7;

// Histogram.
constexpr int kHistRowHeight = 20;
constexpr int kHistBarHeight = 14;

// Evaluation charts (colours as in ui/EvalCharts) and drift.
constexpr int kEvalHeaderRow = 18;               // the summary and each legend row sit in rows under the title
constexpr int kEvalHeaderIndent = 12;
constexpr int kEvalHeaderGap = 14;               // between the last legend row and the plot
constexpr int kUnitTicks = 5;                    // confidence and accuracy axes: 0, 0.2, ..., 1
constexpr double kEvalChartHeightRatio = 1.2;    // of SvgOptions::height, for the side-by-side charts
constexpr double kBarOpacity = 0.8;
constexpr double kGapOpacity = 0.3;
constexpr const char* kAccuracyBar = "#1f77b4";
constexpr const char* kCorrectBar = "#2ca02c";
constexpr const char* kWrongBar = "#d62728";
constexpr double kPsiModerate = 0.1;
constexpr double kPsiLarge = 0.25;
constexpr double kSmallestPValue = 1e-4;         // smaller p-values are shown as "< 0.0001"
constexpr size_t kMaxFeatureRows = 30;           // the features table shows the ones that moved most
constexpr size_t kNarrowTableColumns = 5;        // a per-class table with more columns is drawn compact

constexpr const char* kFont = "sans-serif";
constexpr const char* kInk = "#1f2937";
constexpr const char* kMutedInk = "#4b5563";
constexpr const char* kGridColor = "#e5e7eb";
constexpr const char* kAxisColor = "#9ca3af";
constexpr const char* kTrainColor = "#2563eb";
constexpr const char* kValColor = "#ea580c";
constexpr const char* kLrColor = "#059669";
constexpr const char* kHistColor = "#4e79a7";

constexpr const char* kCsvHeader =
    "kind,set,epoch,step,elapsed_s,loss,lr,samples_per_sec,train_loss,train_accuracy,eval_loss,eval_accuracy,"
    "macro_precision,macro_recall,macro_f1,weighted_precision,weighted_recall,weighted_f1,epoch_seconds,"
    "eval_seconds,class,precision,recall,f1,support,true_class,predicted_class,count";
constexpr int kCsvColumns = 28;

// ---------------------------------------------------------------------------------------------
// Text helpers.


/// Escapes text for HTML and SVG content and attributes.
std::string esc(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string thousands(int64_t v) {
    std::string digits = std::to_string(v < 0 ? -v : v);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return v < 0 ? "-" + out : out;
}

std::string fixed(double v, int decimals) {
    if (!std::isfinite(v)) return "n/a";
    return formatC("%.*f", decimals, v);
}

std::string percent(double fraction) { return std::isfinite(fraction) ? formatC("%.2f%%", 100.0 * fraction) : "n/a"; }

std::string general(double v) { return std::isfinite(v) ? formatC("%.4g", v) : "n/a"; }

std::string duration(double s) {
    if (!std::isfinite(s) || s <= 0) return "0 s";
    if (s < 60) return formatC("%.1f s", s);
    const int total = int(std::lround(s));
    if (total < 3600) return formatC("%d min %02d s", total / 60, total % 60);
    return formatC("%d h %02d min", total / 3600, (total % 3600) / 60);
}

std::string scientific(double v) { return std::isfinite(v) ? formatC("%.2e", v) : "n/a"; }

std::string yesNo(bool b) { return b ? "yes" : "no"; }

/// A number for CSV: the shortest text that reads back as exactly `v` (10 to 17 digits); empty for non-finite.
std::string csvNumber(double v) {
    return std::isfinite(v) ? formatShortest(v) : std::string();
}

std::string csvText(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string coord(double v) { return formatC("%.1f", v); }

double textWidth(const std::string& s, double fontSize) { return double(s.size()) * fontSize * kCharWidthEm; }

std::string localTimeNow() {
    const std::time_t now = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", std::localtime(&now));
    return buf;
}

std::string displayTime(std::string iso) {
    if (const size_t t = iso.find('T'); t != std::string::npos) iso[t] = ' ';
    return iso;
}

// ---------------------------------------------------------------------------------------------
// Axes.

struct Axis {
    double lo = 0.0;
    double hi = 1.0;
    double step = 0.2;
    std::vector<double> ticks;
};

double niceStep(double range, int target) {
    if (!(range > 0)) return 1.0;
    const double rough = range / target;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double norm = rough / magnitude;
    const double mult = norm < 1.5 ? 1.0 : norm < 3.0 ? 2.0 : norm < 7.0 ? 5.0 : 10.0;
    return mult * magnitude;
}

/// Ticks at multiples of a 1-2-5 step; `extend` widens [lo, hi] to whole steps (y axes).
Axis makeAxis(double lo, double hi, int target, bool extend, bool integer) {
    Axis a;
    if (!(hi > lo)) {
        const double pad = std::max(std::fabs(lo) * 0.1, integer ? 1.0 : 0.5);
        lo -= pad;
        hi += pad;
    }
    a.step = niceStep(hi - lo, target);
    if (integer) a.step = std::max(1.0, std::round(a.step));
    if (extend) {
        lo = std::floor(lo / a.step + 1e-9) * a.step;
        hi = std::ceil(hi / a.step - 1e-9) * a.step;
    }
    a.lo = lo;
    a.hi = hi;
    for (double v = std::ceil(lo / a.step - 1e-9) * a.step; v <= hi + a.step * 1e-9; v += a.step)
        a.ticks.push_back(std::fabs(v) < a.step * 1e-9 ? 0.0 : v);
    return a;
}

std::string tickLabel(double v, double step) {
    if (step >= 1000 && std::fmod(v, 1000.0) == 0.0 && std::fabs(v) >= 10000) return formatC("%.0fk", v / 1000.0);
    if (step >= 1) return formatC("%.0f", v);
    const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    if (decimals > 4) {
        // Enough mantissa digits to tell ticks one step apart (2.000e-03, 1.995e-03 for a step of 5e-6).
        const int digits = v == 0.0 ? 1
                                    : std::max(1, int(std::floor(std::log10(std::fabs(v)) + 1e-9)) -
                                                      int(std::floor(std::log10(step) + 1e-9)));
        return formatC("%.*e", digits, v);
    }
    return formatC("%.*f", decimals, v);
}

// ---------------------------------------------------------------------------------------------
// Line charts.

enum class Style { Faint, Line, Markers };

struct Series {
    std::string name;
    std::string color;
    Style style = Style::Line;
    std::vector<CurvePoint> points;
};

struct ChartSpec {
    std::string title;
    std::string xLabel;
    std::string yLabel;
    bool integerX = false;
    double yFloor = -std::numeric_limits<double>::infinity();
    double yCeil = std::numeric_limits<double>::infinity();
    double xPad = 0.0;  // extra x range on both sides (so edge markers are not cut)
};

std::string svgOpen(int w, int h, const SvgOptions& opt, const std::string& label) {
    std::string s = "<svg";
    if (opt.standalone) s += " xmlns=\"http://www.w3.org/2000/svg\"";
    s += formatC(" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"", w, h, w, h);
    s += " role=\"img\" aria-label=\"" + esc(label) + "\" font-family=\"" + kFont + "\">\n";
    s += "<title>" + esc(label) + "</title>\n";
    s += formatC("<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", w, h);
    return s;
}

std::string text(double x, double y, const std::string& s, int size, const char* anchor, const char* color,
                 const std::string& extra = {}) {
    // An explicit weight on every text: QtSvg (the PDF renderer) lets a bold weight leak into later text.
    const std::string weight = extra.find("font-weight") == std::string::npos ? " font-weight=\"normal\"" : "";
    return "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" font-size=\"" + std::to_string(size) +
           "\" text-anchor=\"" + anchor + "\" fill=\"" + color + "\"" + weight + extra + ">" + esc(s) + "</text>\n";
}

std::string line(double x1, double y1, double x2, double y2, const char* color, double width = 1.0) {
    return "<line x1=\"" + coord(x1) + "\" y1=\"" + coord(y1) + "\" x2=\"" + coord(x2) + "\" y2=\"" + coord(y2) +
           "\" stroke=\"" + color + "\" stroke-width=\"" + formatC("%g", width) + "\"/>\n";
}

std::string renderLineChart(const ChartSpec& spec, std::vector<Series> series, int w, int h, const SvgOptions& opt) {
    // Data ranges over finite points.
    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin, yMin = xMin, yMax = -xMin;
    for (Series& s : series) {
        s.points.erase(std::remove_if(s.points.begin(), s.points.end(),
                                      [](const CurvePoint& p) { return !std::isfinite(p.x) || !std::isfinite(p.y); }),
                       s.points.end());
        for (const CurvePoint& p : s.points) {
            xMin = std::min(xMin, p.x);
            xMax = std::max(xMax, p.x);
            yMin = std::min(yMin, p.y);
            yMax = std::max(yMax, p.y);
        }
    }
    const bool haveData = std::isfinite(xMin);

    Axis ya;
    double widestTick = 0.0;
    if (haveData) {
        double yLo = yMin, yHi = yMax;
        const double pad = (yHi > yLo ? yHi - yLo : std::max(std::fabs(yHi), 1.0)) * kYPaddingFraction;
        yLo = std::max(yLo - pad, spec.yFloor);
        yHi = std::min(yHi + pad, spec.yCeil);
        ya = makeAxis(yLo, yHi, kTargetYTicks, true, false);
        ya.lo = std::max(ya.lo, spec.yFloor);
        ya.hi = std::min(ya.hi, spec.yCeil);
        if (!(ya.hi > ya.lo)) ya.hi = ya.lo + 1.0;
        for (double t : ya.ticks) widestTick = std::max(widestTick, textWidth(tickLabel(t, ya.step), kTickFontSize));
    }
    // The left margin holds the rotated axis title and the widest tick label.
    const double x0 = std::max<double>(kMarginLeft, kYTitleSpace + widestTick + kTickLength + 6);
    const double y0 = kMarginTop;
    const double pw = std::max(10.0, w - x0 - kMarginRight);
    const double ph = std::max(10, h - kMarginTop - kMarginBottom);

    std::string out = svgOpen(w, h, opt, spec.title);
    out += text(12, kTitleBaseline, spec.title, kTitleFontSize, "start", kInk, " font-weight=\"bold\"");

    // Legend, right-aligned in the title row.
    {
        double x = w - kMarginRight;
        for (auto it = series.rbegin(); it != series.rend(); ++it) {
            const double tw = textWidth(it->name, kTickFontSize);
            x -= tw;
            out += text(x, kTitleBaseline, it->name, kTickFontSize, "start", kMutedInk);
            x -= kLegendSwatch + 6;
            const double ly = kTitleBaseline - 4;
            const std::string opacity = it->style == Style::Faint ? formatC(" stroke-opacity=\"%g\"", kFaintOpacity + 0.2) : "";
            out += "<line x1=\"" + coord(x) + "\" y1=\"" + coord(ly) + "\" x2=\"" + coord(x + kLegendSwatch) + "\" y2=\"" +
                   coord(ly) + "\" stroke=\"" + it->color + "\" stroke-width=\"" +
                   (it->style == Style::Faint ? "1.5" : "2") + "\"" + opacity + "/>\n";
            if (it->style == Style::Markers)
                out += "<circle cx=\"" + coord(x + kLegendSwatch / 2.0) + "\" cy=\"" + coord(ly) + "\" r=\"" +
                       formatC("%g", kMarkerRadius) + "\" fill=\"" + it->color + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n";
            x -= kLegendGap;
        }
    }

    // Plot frame and axis titles.
    out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"1\"/>\n",
                  x0, y0, pw, ph, kAxisColor);
    out += text(x0 + pw / 2, h - 10, spec.xLabel, kLabelFontSize, "middle", kMutedInk);
    out += "<text transform=\"translate(16," + coord(y0 + ph / 2) + ") rotate(-90)\" x=\"0\" y=\"0\" font-size=\"" +
           std::to_string(kLabelFontSize) + "\" text-anchor=\"middle\" fill=\"" + kMutedInk + "\" font-weight=\"normal\">" + esc(spec.yLabel) +
           "</text>\n";

    if (!haveData) {
        out += text(x0 + pw / 2, y0 + ph / 2, "No data recorded", kLabelFontSize, "middle", kAxisColor);
        return out + "</svg>\n";
    }

    // Narrow charts get fewer labels; a few epochs get one label each.
    const bool fewIntegers = spec.integerX && xMax - xMin <= kMaxLabelledIntegers;
    const int xTicks = std::clamp(int(pw / (fewIntegers ? kMinIntegerTickSpacing : kMinXTickSpacing)), 2, kTargetXTicks);
    const Axis xa = makeAxis(xMin - spec.xPad, xMax + spec.xPad, xTicks, false, spec.integerX);

    auto sx = [&](double x) { return x0 + (x - xa.lo) / (xa.hi - xa.lo) * pw; };
    auto sy = [&](double y) { return y0 + ph - (y - ya.lo) / (ya.hi - ya.lo) * ph; };

    for (double t : ya.ticks) {
        if (t < ya.lo - 1e-12 || t > ya.hi + 1e-12) continue;
        const double y = sy(t);
        out += line(x0, y, x0 + pw, y, kGridColor);
        out += line(x0 - kTickLength, y, x0, y, kAxisColor);
        out += text(x0 - kTickLength - 3, y + 4, tickLabel(t, ya.step), kTickFontSize, "end", kMutedInk);
    }
    for (double t : xa.ticks) {
        const double x = sx(t);
        out += line(x, y0, x, y0 + ph, kGridColor);
        out += line(x, y0 + ph, x, y0 + ph + kTickLength, kAxisColor);
        out += text(x, y0 + ph + kTickLength + 13, tickLabel(t, xa.step), kTickFontSize, "middle", kMutedInk);
    }
    out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"none\" stroke=\"%s\" stroke-width=\"1\"/>\n",
                  x0, y0, pw, ph, kAxisColor);

    for (const Series& s : series) {
        const std::vector<CurvePoint> pts =
            s.style == Style::Markers ? s.points : decimateMinMax(s.points, xa.lo, xa.hi, int(pw));
        if (pts.empty()) continue;
        std::string poly;
        poly.reserve(pts.size() * 12);
        for (const CurvePoint& p : pts) poly += coord(sx(p.x)) + "," + coord(sy(p.y)) + " ";
        if (!poly.empty()) poly.pop_back();
        const bool faint = s.style == Style::Faint;
        out += "<polyline fill=\"none\" stroke=\"" + s.color + "\" stroke-width=\"" + (faint ? "1" : "2") +
               "\" stroke-linejoin=\"round\" stroke-linecap=\"round\"" +
               (faint ? formatC(" stroke-opacity=\"%g\"", kFaintOpacity) : std::string()) + " points=\"" + poly + "\"/>\n";
        if (s.style == Style::Markers)
            for (const CurvePoint& p : pts)
                out += "<circle cx=\"" + coord(sx(p.x)) + "\" cy=\"" + coord(sy(p.y)) + "\" r=\"" +
                       formatC("%g", kMarkerRadius) + "\" fill=\"" + s.color + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n";
    }
    return out + "</svg>\n";
}

bool hasValidation(const EpochMetrics& e) { return !e.val.empty() || e.val.loss > 0.0 || e.val.accuracy > 0.0; }

std::string evalSetTitle(const RunRecord& run) {
    bool test = !run.epochs.empty();
    for (const EpochMetrics& e : run.epochs) test = test && e.valSetName == "test";
    return test ? "test" : "validation";
}

// ---------------------------------------------------------------------------------------------
// Heatmap colours: the same white-to-dark-blue scale as ui/ConfusionMatrixView.

struct Rgb {
    double r, g, b;
};

struct ColorStop {
    double at;
    Rgb color;
};

constexpr ColorStop kScale[] = {
    {0.00, {0xf7, 0xfb, 0xff}}, {0.25, {0xc6, 0xdb, 0xef}}, {0.50, {0x6b, 0xae, 0xd6}},
    {0.75, {0x21, 0x71, 0xb5}}, {1.00, {0x08, 0x30, 0x6b}},
};

Rgb scaleColor(double v) {
    v = std::clamp(v, 0.0, 1.0);
    for (size_t i = 1; i < std::size(kScale); ++i) {
        if (v > kScale[i].at) continue;
        const ColorStop& a = kScale[i - 1];
        const ColorStop& b = kScale[i];
        const double t = (v - a.at) / (b.at - a.at);
        return {a.color.r + (b.color.r - a.color.r) * t, a.color.g + (b.color.g - a.color.g) * t,
                a.color.b + (b.color.b - a.color.b) * t};
    }
    return kScale[std::size(kScale) - 1].color;
}

std::string hex(const Rgb& c) {
    return formatC("#%02x%02x%02x", int(std::lround(c.r)), int(std::lround(c.g)), int(std::lround(c.b)));
}

double luminance(const Rgb& c) { return (0.299 * c.r + 0.587 * c.g + 0.114 * c.b) / 255.0; }

// ---------------------------------------------------------------------------------------------
// HTML pieces.

std::string htmlTable(const ReportTable& t, const std::string& cssClass = {}) {
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
            out += std::string(num ? "<td class=\"n\">" : "<td>") + esc(t.rows[r][c]) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody></table>\n";
    if (!t.note.empty()) out += "<p class=\"note\">" + esc(t.note) + "</p>\n";
    return out;
}

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
@media (min-width: 1000px) {
  .row.pair { flex-wrap: nowrap; }
  .row.pair > div { flex: 0 0 auto; }
  .row.pair > div:first-child { flex: 0 1 auto; }
}
.tags span { display: inline-block; background: #eef2ff; color: #3730a3; border-radius: 4px; padding: 0 6px; margin-right: 4px; }
.warn { color: #92400e; }
footer { color: #6b7280; font-size: 12px; text-align: center; margin: 24px 0 8px; }
@media print {
  body { background: #fff; }
  main { padding: 0; }
  section, .figure { border: none; break-inside: avoid; }
}
)";

std::string kvTableRows(const std::vector<std::pair<std::string, std::string>>& rows) {
    ReportTable t;
    t.header = {"Item", "Value"};
    for (const auto& [k, v] : rows) t.rows.push_back({k, v});
    return htmlTable(t, "kv");
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Formats and environment.

const char* reportFormatName(ReportFormat f) {
    switch (f) {
    case ReportFormat::Html: return "html";
    case ReportFormat::Pdf: return "pdf";
    case ReportFormat::Csv: return "csv";
    case ReportFormat::Json: return "json";
    }
    return "html";
}

bool parseReportFormat(const std::string& name, ReportFormat* out) {
    std::string n = name;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Csv, ReportFormat::Json}) {
        if (n == reportFormatName(f)) {
            if (out) *out = f;
            return true;
        }
    }
    if (n == "htm") {
        if (out) *out = ReportFormat::Html;
        return true;
    }
    return false;
}

bool reportFormatFromPath(const std::string& path, ReportFormat* out) {
    const std::string ext = fs::path(path).extension().string();
    return ext.size() > 1 && parseReportFormat(ext.substr(1), out);
}

std::string cpuModelName() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) != 0) continue;
        const size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string name = line.substr(colon + 1);
        const size_t first = name.find_first_not_of(" \t");
        return first == std::string::npos ? std::string() : name.substr(first);
    }
    return {};
}

ReportEnvironment currentEnvironment() {
    ReportEnvironment env;
    env.trainscopeVersion = TRAINSCOPE_VERSION;
    env.torchVersion = torchVersion();
    env.cpuName = cpuModelName();
    env.cpuCores = int(std::thread::hardware_concurrency());
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0) env.hostName = host;
    struct utsname u {};
    if (::uname(&u) == 0) env.os = std::string(u.sysname) + " " + u.release + " " + u.machine;
    return env;
}

// ---------------------------------------------------------------------------------------------
// Curves.

std::vector<CurvePoint> decimateMinMax(const std::vector<CurvePoint>& points, double xMin, double xMax, int columns) {
    if (columns <= 0 || points.size() <= size_t(2 * columns) || !(xMax > xMin)) return points;
    std::vector<CurvePoint> out;
    out.reserve(size_t(2 * columns) + 2);
    const double width = (xMax - xMin) / columns;
    size_t i = 0;
    while (i < points.size()) {
        const long column = std::lround(std::floor((points[i].x - xMin) / width));
        size_t lo = i, hi = i, j = i;
        for (; j < points.size() && std::lround(std::floor((points[j].x - xMin) / width)) == column; ++j) {
            if (points[j].y < points[lo].y) lo = j;
            if (points[j].y > points[hi].y) hi = j;
        }
        out.push_back(points[std::min(lo, hi)]);
        if (lo != hi) out.push_back(points[std::max(lo, hi)]);
        i = j;
    }
    return out;
}

std::vector<double> smoothEma(const std::vector<double>& values, double weight) {
    std::vector<double> out;
    out.reserve(values.size());
    double ema = 0.0, correction = 1.0;
    for (double v : values) {
        if (!std::isfinite(v)) {
            out.push_back(out.empty() ? v : out.back());
            continue;
        }
        ema = weight * ema + (1.0 - weight) * v;
        correction *= weight;
        out.push_back(correction < 1.0 ? ema / (1.0 - correction) : v);
    }
    return out;
}

std::string lossChartSvg(const RunRecord& run, const SvgOptions& opt) {
    Series raw{"train loss (batch)", kTrainColor, Style::Faint, {}};
    Series smooth{"train loss (smoothed)", kTrainColor, Style::Line, {}};
    Series val{evalSetTitle(run) + " loss (epoch)", kValColor, Style::Markers, {}};
    std::vector<double> losses;
    for (const BatchMetrics& b : run.batches) {
        raw.points.push_back({double(b.step), b.loss});
        losses.push_back(b.loss);
    }
    const std::vector<double> ema = smoothEma(losses, kDefaultSmoothing);
    for (size_t i = 0; i < ema.size(); ++i) smooth.points.push_back({raw.points[i].x, ema[i]});
    for (const EpochMetrics& e : run.epochs)
        if (hasValidation(e)) val.points.push_back({double(e.step), e.val.loss});
    std::vector<Series> series;
    if (!raw.points.empty()) {
        series.push_back(std::move(raw));
        series.push_back(std::move(smooth));
    } else {  // no batch rows: the per-epoch training loss
        Series epochLoss{"train loss (epoch)", kTrainColor, Style::Markers, {}};
        for (const EpochMetrics& e : run.epochs) epochLoss.points.push_back({double(e.step), e.trainLoss});
        series.push_back(std::move(epochLoss));
    }
    if (!val.points.empty()) series.push_back(std::move(val));
    ChartSpec spec;
    spec.title = "Loss";
    spec.xLabel = "step";
    spec.yLabel = "cross-entropy loss";
    spec.integerX = true;
    spec.yFloor = 0.0;
    return renderLineChart(spec, std::move(series), opt.width, opt.height, opt);
}

std::string accuracyChartSvg(const RunRecord& run, const SvgOptions& opt) {
    Series train{"train", kTrainColor, Style::Markers, {}};
    Series val{evalSetTitle(run), kValColor, Style::Markers, {}};
    for (const EpochMetrics& e : run.epochs) {
        train.points.push_back({double(e.epoch), 100.0 * e.trainAccuracy});
        if (hasValidation(e)) val.points.push_back({double(e.epoch), 100.0 * e.val.accuracy});
    }
    std::vector<Series> series{std::move(train)};
    if (!val.points.empty()) series.push_back(std::move(val));
    ChartSpec spec;
    spec.title = "Accuracy";
    spec.xLabel = "epoch";
    spec.yLabel = "accuracy (%)";
    spec.integerX = true;
    spec.yFloor = 0.0;
    spec.yCeil = 100.0;
    spec.xPad = 0.25;
    return renderLineChart(spec, std::move(series), opt.width, opt.height, opt);
}

std::string lrChartSvg(const RunRecord& run, const SvgOptions& opt) {
    Series lr{"learning rate", kLrColor, Style::Line, {}};
    for (const BatchMetrics& b : run.batches) lr.points.push_back({double(b.step), b.lr});
    if (lr.points.empty()) {
        lr.style = Style::Markers;
        for (const EpochMetrics& e : run.epochs) lr.points.push_back({double(e.step), e.lr});
    }
    ChartSpec spec;
    spec.title = "Learning rate";
    spec.xLabel = "step";
    spec.yLabel = "learning rate";
    spec.integerX = true;
    spec.yFloor = 0.0;
    return renderLineChart(spec, {std::move(lr)}, opt.width, opt.height, opt);
}

std::string confusionMatrixSvg(const ConfusionMatrix& cm, const SvgOptions& opt) {
    const int n = cm.classCount();
    if (n == 0 || cm.counts.size() != size_t(n) * size_t(n)) return {};
    const int cell = std::clamp(kHeatGridTarget / n, kHeatMinCell, kHeatMaxCell);
    size_t longest = 0;
    for (const std::string& name : cm.classNames) longest = std::max(longest, name.size());
    const double labelWidth = double(longest) * kLabelFontSize * kCharWidthEm;
    const double angle = kHeatColumnAngle * kPi / 180.0;
    const double left = 30 + labelWidth + 8;   // "True class" title, row labels, gap
    const double top = 12;
    const double grid = double(n) * cell;
    const double columnLabelHeight = labelWidth * std::sin(angle) + kLabelFontSize + 8;
    const double barX = left + grid + 16;
    int64_t maxCount = 0;
    for (int64_t c : cm.counts) maxCount = std::max(maxCount, c);
    const std::string maxText = thousands(maxCount);
    const int w = int(std::ceil(barX + kHeatColorBarWidth + 8 + textWidth(maxText, kTickFontSize) + 8));
    const int h = int(std::ceil(top + grid + columnLabelHeight + 28));

    int valueFont = cell >= 40 ? 12 : cell >= 28 ? 10 : 8;
    const double widest = textWidth(maxText, 1.0);
    while (valueFont >= kMinCellFontSize && widest * valueFont > cell - 4) --valueFont;

    std::string out = svgOpen(w, h, opt, "Confusion matrix");
    std::vector<int64_t> rowSums(size_t(n), 0);
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p) rowSums[size_t(t)] += cm.at(t, p);
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const int64_t count = cm.at(t, p);
            const Rgb fill = scaleColor(maxCount > 0 ? double(count) / double(maxCount) : 0.0);
            const double x = left + p * cell, y = top + t * cell;
            const double share = rowSums[size_t(t)] > 0 ? 100.0 * double(count) / double(rowSums[size_t(t)]) : 0.0;
            out += "<g><title>" +
                   esc("True: " + cm.classNames[size_t(t)] + ", predicted: " + cm.classNames[size_t(p)] + " - " +
                       thousands(count) + " samples (" + formatC("%.1f", share) + "% of " + cm.classNames[size_t(t)] + ")") +
                   "</title>";
            out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", x, y, cell, cell,
                          hex(fill).c_str());
            if (valueFont >= kMinCellFontSize) {
                const char* ink = count == 0 ? "#9e9e9e" : luminance(fill) < kDarkBackground ? "#ffffff" : "#1a1a1a";
                out += text(x + cell / 2.0, y + cell / 2.0 + valueFont * 0.35, thousands(count), valueFont, "middle", ink);
            } else {
                out += "\n";
            }
            out += "</g>\n";
        }
    }
    out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"none\" stroke=\"#000000\" stroke-opacity=\"0.15\"/>\n",
                  left, top, grid, grid);
    // Row labels (true class) and turned column labels (predicted class).
    for (int t = 0; t < n; ++t)
        out += text(left - 6, top + t * cell + cell / 2.0 + 4, cm.classNames[size_t(t)], kLabelFontSize, "end", kInk);
    for (int p = 0; p < n; ++p) {
        const double cx = left + p * cell + cell / 2.0 + 4, cy = top + grid + 10;
        out += "<text transform=\"translate(" + coord(cx) + "," + coord(cy) + ") rotate(" +
               formatC("%g", -kHeatColumnAngle) + ")\" x=\"0\" y=\"0\" font-size=\"" + std::to_string(kLabelFontSize) +
               "\" text-anchor=\"end\" fill=\"" + kInk + "\" font-weight=\"normal\">" + esc(cm.classNames[size_t(p)]) +
               "</text>\n";
    }
    out += text(left + grid / 2, h - 8, "Predicted class", kLabelFontSize, "middle", kInk, " font-weight=\"bold\"");
    out += "<text transform=\"translate(14," + coord(top + grid / 2) + ") rotate(-90)\" x=\"0\" y=\"0\" font-size=\"" +
           std::to_string(kLabelFontSize) + "\" text-anchor=\"middle\" fill=\"" + kInk +
           "\" font-weight=\"bold\">True class</text>\n";
    // Colour bar: stacked bands (no gradients, so every SVG renderer draws it the same).
    constexpr int kBands = 32;
    for (int i = 0; i < kBands; ++i) {
        const double y = top + grid - (i + 1) * grid / kBands;
        out += formatC("<rect x=\"%g\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>\n", barX, y,
                      kHeatColorBarWidth, grid / kBands + 0.5, hex(scaleColor((i + 0.5) / kBands)).c_str());
    }
    out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%d\" height=\"%g\" fill=\"none\" stroke=\"#000000\" stroke-opacity=\"0.15\"/>\n",
                  barX, top, kHeatColorBarWidth, grid);
    out += text(barX + kHeatColorBarWidth + 5, top + 9, maxText, kTickFontSize, "start", kMutedInk);
    out += text(barX + kHeatColorBarWidth + 5, top + grid, "0", kTickFontSize, "start", kMutedInk);
    return out + "</svg>\n";
}

std::string classHistogramSvg(const DatasetInfo& data, const SvgOptions& opt) {
    const size_t n = std::min(data.classNames.size(), data.trainHistogram.size());
    if (n == 0) return {};
    size_t longest = 0;
    int64_t maxCount = 0;
    for (size_t i = 0; i < n; ++i) {
        longest = std::max(longest, data.classNames[i].size());
        maxCount = std::max(maxCount, data.trainHistogram[i]);
    }
    const double left = 8 + textWidth(std::string(longest, 'x'), kLabelFontSize) + 8;
    const double countWidth = textWidth(thousands(maxCount), kTickFontSize) + 10;
    const int w = std::max(240, opt.width / 2);
    const double barMax = std::max(40.0, w - left - countWidth);
    const int h = int(n) * kHistRowHeight + 30;
    std::string out = svgOpen(w, h, opt, "Training samples per class");
    out += text(8, 16, "Training samples per class", kLabelFontSize, "start", kInk, " font-weight=\"bold\"");
    for (size_t i = 0; i < n; ++i) {
        const double y = 26 + double(i) * kHistRowHeight;
        const double len = maxCount > 0 ? barMax * double(data.trainHistogram[i]) / double(maxCount) : 0.0;
        out += text(left - 6, y + kHistBarHeight - 3, data.classNames[i], kLabelFontSize, "end", kInk);
        out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n", left, y, len, kHistBarHeight,
                      kHistColor);
        out += text(left + len + 4, y + kHistBarHeight - 3, thousands(data.trainHistogram[i]), kTickFontSize, "start",
                    kMutedInk);
    }
    return out + "</svg>\n";
}

// ---------------------------------------------------------------------------------------------
// Evaluation charts: a frame over confidence [0, 1] shared by the reliability diagram and the
// confidence histogram.

namespace {

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
std::vector<LegendItem> reliabilityLegend() {
    return {{"accuracy", kAccuracyBar, Swatch::Box, kBarOpacity},
            {"gap to confidence", kWrongBar, Swatch::Box, kGapOpacity},
            {"mean confidence", kInk, Swatch::Marker},
            {"perfect calibration", kMutedInk, Swatch::DashedLine}};
}

/// The header (bold title; the summary numbers on the next row; the legend rows), the plot frame with
/// a grid, unit x ticks and `ya` y ticks, and the axis titles. `label` names the chart for screen
/// readers. Returns the opened SVG (to be closed by the caller) and the plotting area.
std::string unitPlotFrame(const std::string& title, const std::string& summary, const std::vector<LegendItem>& legend,
                          const Axis& ya, const std::string& xLabel, const std::string& yLabel, const SvgOptions& opt,
                          PlotArea* area) {
    const int w = opt.width, h = opt.height;
    const double usable = w - 2 * kEvalHeaderIndent;
    const auto rows = legendRows(legend, usable);
    const size_t rowCount = std::max(rows.size(), legendRows(reliabilityLegend(), usable).size());
    double widestTick = 0.0;
    for (double t : ya.ticks) widestTick = std::max(widestTick, textWidth(tickLabel(t, ya.step), kTickFontSize));
    PlotArea a;
    a.x0 = std::max<double>(kYTitleSpace + widestTick + kTickLength + 6, kYTitleSpace + 30);
    a.y0 = kTitleBaseline + kEvalHeaderRow * double(rowCount + 1) + kEvalHeaderGap;
    a.pw = std::max(10.0, w - a.x0 - kMarginRight);
    a.ph = std::max(10.0, double(h) - a.y0 - kMarginBottom);
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

    out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"1\"/>\n",
                  a.x0, a.y0, a.pw, a.ph, kAxisColor);
    for (double t : ya.ticks) {
        if (t < ya.lo - 1e-12 || t > ya.hi + 1e-12) continue;
        const double y = sy(t);
        if (t > ya.lo) out += line(a.x0, y, a.x0 + a.pw, y, kGridColor);
        out += line(a.x0 - kTickLength, y, a.x0, y, kAxisColor);
        out += text(a.x0 - kTickLength - 3, y + 4, tickLabel(t, ya.step), kTickFontSize, "end", kMutedInk);
    }
    for (int i = 0; i <= kUnitTicks; ++i) {
        const double v = double(i) / kUnitTicks;
        const double x = a.x(v);
        if (i > 0 && i < kUnitTicks) out += line(x, a.y0, x, a.y0 + a.ph, kGridColor);
        out += line(x, a.y0 + a.ph, x, a.y0 + a.ph + kTickLength, kAxisColor);
        out += text(x, a.y0 + a.ph + kTickLength + 13, formatC("%.1f", v), kTickFontSize, "middle", kMutedInk);
    }
    out += text(a.x0 + a.pw / 2, h - 10, xLabel, kLabelFontSize, "middle", kMutedInk);
    out += "<text transform=\"translate(16," + coord(a.y0 + a.ph / 2) + ") rotate(-90)\" x=\"0\" y=\"0\" font-size=\"" +
           std::to_string(kLabelFontSize) + "\" text-anchor=\"middle\" fill=\"" + kMutedInk + "\" font-weight=\"normal\">" +
           esc(yLabel) + "</text>\n";
    if (area) *area = a;
    return out;
}

std::string binRange(double lo, double hi) { return formatC("%.2f-%.2f", lo, hi); }

}  // namespace

std::string reliabilityDiagramSvg(const Calibration& cal, const SvgOptions& opt) {
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
    std::string out = unitPlotFrame("Reliability diagram", summary, reliabilityLegend(), ya,
                                    "confidence (top-1 probability)", "accuracy", opt, &a);
    auto sy = [&](double v) { return a.y0 + a.ph * (1.0 - std::clamp(v, 0.0, 1.0)); };
    for (const CalibrationBin& b : cal.bins) {
        if (b.count <= 0) continue;
        const double left = a.x(b.lower) + 1, right = a.x(b.upper) - 1;
        const double width = std::max(1.0, right - left);
        const double gap = b.meanConfidence - b.accuracy;
        const std::string direction = std::fabs(gap) < 0.0005 ? "calibrated"
                                      : gap > 0 ? formatC("%.1f points overconfident", 100.0 * gap)
                                                : formatC("%.1f points underconfident", -100.0 * gap);
        out += "<g><title>" +
               esc("Confidence " + binRange(b.lower, b.upper) + ": " + thousands(b.count) + " predictions, mean confidence " +
                   percent(b.meanConfidence) + ", accuracy " + percent(b.accuracy) + " (" + direction + ")") +
               "</title>";
        out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"%g\"/>", left,
                      sy(b.accuracy), width, a.y0 + a.ph - sy(b.accuracy), kAccuracyBar, kBarOpacity);
        const double top = sy(std::max(b.accuracy, b.meanConfidence)), bottom = sy(std::min(b.accuracy, b.meanConfidence));
        if (bottom - top > 0.05)
            out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"%g\" "
                          "stroke=\"%s\" stroke-opacity=\"0.6\" stroke-width=\"0.8\"/>",
                          left, top, width, bottom - top, kWrongBar, kGapOpacity, kWrongBar);
        out += "</g>\n";
    }
    out += "<line x1=\"" + coord(a.x(0)) + "\" y1=\"" + coord(sy(0)) + "\" x2=\"" + coord(a.x(1)) + "\" y2=\"" + coord(sy(1)) +
           "\" stroke=\"" + kMutedInk + "\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\"/>\n";
    for (const CalibrationBin& b : cal.bins)
        if (b.count > 0)
            out += "<circle cx=\"" + coord(a.x(std::clamp(b.meanConfidence, 0.0, 1.0))) + "\" cy=\"" + coord(sy(b.accuracy)) +
                   "\" r=\"" + formatC("%g", kMarkerRadius) + "\" fill=\"#ffffff\" stroke=\"" + kInk +
                   "\" stroke-width=\"1.5\"/>\n";
    out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"none\" stroke=\"%s\" stroke-width=\"1\"/>\n",
                  a.x0, a.y0, a.pw, a.ph, kAxisColor);
    return out + "</svg>\n";
}

std::string confidenceHistogramSvg(const ConfidenceHistogram& hist, const SvgOptions& opt) {
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
    const std::string summary = percent(double(wrong) / double(correct + wrong)) + " of " + thousands(correct + wrong) +
                                " predictions wrong";
    const Axis ya = makeAxis(0.0, double(largest), kTargetYTicks, true, true);
    PlotArea a;
    std::string out = unitPlotFrame("Confidence histogram", summary,
                                    {{"correct", kCorrectBar, Swatch::Box}, {"wrong", kWrongBar, Swatch::Box}}, ya,
                                    "confidence (top-1 probability)", "predictions", opt, &a);
    auto sy = [&](double v) { return a.y0 + a.ph - (v - ya.lo) / (ya.hi - ya.lo) * a.ph; };
    for (size_t i = 0; i < bins; ++i) {
        const int64_t c = hist.correct[i], wr = hist.wrong[i];
        if (c + wr <= 0) continue;
        const double left = a.x(std::clamp(edges[i], 0.0, 1.0)) + 1, right = a.x(std::clamp(edges[i + 1], 0.0, 1.0)) - 1;
        const double width = std::max(1.0, right - left);
        out += "<g><title>" +
               esc("Confidence " + binRange(edges[i], edges[i + 1]) + ": " + thousands(c) + " correct, " + thousands(wr) +
                   " wrong (" + percent(double(wr) / double(c + wr)) + " wrong)") +
               "</title>";
        if (c > 0)
            out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", left, sy(double(c)),
                          width, sy(0) - sy(double(c)), kCorrectBar);
        if (wr > 0)
            out += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", left,
                          sy(double(c + wr)), width, sy(double(c)) - sy(double(c + wr)), kWrongBar);
        out += "</g>\n";
    }
    out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"none\" stroke=\"%s\" stroke-width=\"1\"/>\n",
                  a.x0, a.y0, a.pw, a.ph, kAxisColor);
    return out + "</svg>\n";
}

// ---------------------------------------------------------------------------------------------
// Content.

ReportContent buildReportContent(const RunRecord& run, const ReportEnvironment& env, const SvgOptions& svg) {
    ReportContent c;
    c.runName = run.displayName();
    c.title = "TrainScope report: " + c.runName;
    c.status = run.status.empty() ? "unknown" : run.status;
    c.statusMessage = run.message;
    c.tags = run.meta.tags;
    c.notes = run.meta.notes;
    c.warnings = run.warnings;
    c.generatedAt = localTimeNow();

    double trainSeconds = 0.0, evalSeconds = 0.0, samplesPerSec = 0.0;
    int best = -1;
    for (size_t i = 0; i < run.epochs.size(); ++i) {
        const EpochMetrics& e = run.epochs[i];
        trainSeconds += e.seconds;
        evalSeconds += e.evalSeconds;
        samplesPerSec += e.samplesPerSec;
        if (hasValidation(e) && (best < 0 || e.val.accuracy > run.epochs[size_t(best)].val.accuracy)) best = int(i);
    }
    if (!run.epochs.empty()) samplesPerSec /= double(run.epochs.size());
    const std::string evalName = evalSetTitle(run);

    // Which evaluation the final tables show: the test set, else the last validation.
    const EvalMetrics* final = nullptr;
    if (run.hasTest && !run.test.empty()) {
        final = &run.test;
        c.evalLabel = "Test set (" + thousands(run.test.confusion.total()) + " samples)";
    } else {
        for (auto it = run.epochs.rbegin(); it != run.epochs.rend(); ++it) {
            if (it->val.empty()) continue;
            final = &it->val;
            c.evalLabel = std::string(evalName == "test" ? "Test set" : "Validation set") + ", epoch " +
                          std::to_string(it->epoch) + " (" + thousands(it->val.confusion.total()) + " samples)";
            break;
        }
    }
    if (!final) c.evalLabel = "No evaluation was recorded for this run.";

    const int plannedEpochs = run.config.epochs > 0 ? run.config.epochs : (run.epochs.empty() ? 0 : run.epochs.back().epochs);
    if (final) {
        c.figures.push_back({run.hasTest ? "Test accuracy" : "Accuracy", percent(final->accuracy)});
        c.figures.push_back({run.hasTest ? "Test loss" : "Loss", fixed(final->loss, 4)});
        c.figures.push_back({"Macro F1", fixed(final->macro.f1, 4)});
    }
    if (best >= 0)
        c.figures.push_back({"Best " + std::string(evalName == "test" ? "test" : "val.") + " acc. (epoch " +
                                 std::to_string(run.epochs[size_t(best)].epoch) + ")",
                             percent(run.epochs[size_t(best)].val.accuracy)});
    c.figures.push_back({"Epochs", std::to_string(run.epochs.size()) + " / " + std::to_string(plannedEpochs)});
    c.figures.push_back({"Total time", duration(run.totalSeconds > 0 ? run.totalSeconds : trainSeconds + evalSeconds)});
    if (samplesPerSec > 0) c.figures.push_back({"Samples/s (mean)", thousands(std::llround(samplesPerSec))});
    c.figures.push_back({"Device", run.device.empty() ? "unknown" : run.device});

    c.overview = {
        {"Run", c.runName},
        {"Folder", run.dir},
        {"Status", c.status + (run.message.empty() ? std::string() : ": " + run.message)},
        {"Started", run.startedAt.empty() ? "unknown" : displayTime(run.startedAt)},
        {"Device", run.device.empty() ? "unknown" : run.device},
        {"Threads", run.threads > 0 ? std::to_string(run.threads) : "unknown"},
        {"Training time", duration(trainSeconds)},
        {"Evaluation time", duration(evalSeconds)},
        {"Total time", duration(run.totalSeconds)},
    };

    // Final metrics.
    c.finalMetrics.header = {"Metric", "Value"};
    c.finalMetrics.numeric = {false, true};
    if (final) {
        c.finalMetrics.rows = {
            {"Accuracy", percent(final->accuracy)},
            {"Loss (mean cross-entropy)", fixed(final->loss, 4)},
            {"Macro precision", fixed(final->macro.precision, 4)},
            {"Macro recall", fixed(final->macro.recall, 4)},
            {"Macro F1", fixed(final->macro.f1, 4)},
            {"Weighted precision", fixed(final->weighted.precision, 4)},
            {"Weighted recall", fixed(final->weighted.recall, 4)},
            {"Weighted F1", fixed(final->weighted.f1, 4)},
        };
        c.finalMetrics.note = "Macro: unweighted mean over classes. Weighted: mean weighted by each class's support.";

        c.perClass.header = {"Class", "Precision", "Recall", "F1", "Support"};
        c.perClass.numeric = {false, true, true, true, true};
        bool undefined = false;
        for (size_t i = 0; i < final->perClass.size(); ++i) {
            const ClassMetrics& m = final->perClass[i];
            const std::string name = i < final->confusion.classNames.size() ? final->confusion.classNames[i] : std::to_string(i);
            undefined = undefined || m.precisionUndefined || m.recallUndefined;
            c.perClass.rows.push_back({name, fixed(m.precision, 3) + (m.precisionUndefined ? "*" : ""),
                                       fixed(m.recall, 3) + (m.recallUndefined ? "*" : ""), fixed(m.f1, 3),
                                       thousands(m.support)});
        }
        c.perClass.rows.push_back({"Macro avg", fixed(final->macro.precision, 3), fixed(final->macro.recall, 3),
                                   fixed(final->macro.f1, 3), thousands(final->confusion.total())});
        c.perClass.rows.push_back({"Weighted avg", fixed(final->weighted.precision, 3), fixed(final->weighted.recall, 3),
                                   fixed(final->weighted.f1, 3), thousands(final->confusion.total())});
        c.perClass.emphasizedRows = {int(c.perClass.rows.size()) - 2, int(c.perClass.rows.size()) - 1};
        if (undefined)
            c.perClass.note = "* undefined (the class was never predicted, or never occurs), reported as 0. ";
        c.perClass.note += macroAverageNote(final->confusion);
        c.confusionSvg = confusionMatrixSvg(final->confusion, svg);
    }

    // Per-epoch history.
    const std::string setTitle = evalName == "test" ? "Test" : "Val";
    c.perEpoch.header = {"Epoch", "Step", "Train loss", "Train acc.", setTitle + " loss", setTitle + " acc.",
                         setTitle + " macro F1", "LR", "Train time", "Eval time", "Samples/s"};
    c.perEpoch.numeric = std::vector<bool>(c.perEpoch.header.size(), true);
    for (const EpochMetrics& e : run.epochs) {
        const bool v = hasValidation(e);
        c.perEpoch.rows.push_back({std::to_string(e.epoch), thousands(e.step), fixed(e.trainLoss, 4),
                                   percent(e.trainAccuracy), v ? fixed(e.val.loss, 4) : "-",
                                   v ? percent(e.val.accuracy) : "-", v ? fixed(e.val.macro.f1, 4) : "-", scientific(e.lr),
                                   duration(e.seconds), duration(e.evalSeconds), thousands(std::llround(e.samplesPerSec))});
    }
    if (best >= 0) {
        c.perEpoch.emphasizedRows = {best};
        c.perEpoch.note = "The best " + evalName + " accuracy is in bold.";
    }

    // Configuration.
    const TrainConfig& cfg = run.config;
    c.config.header = {"Setting", "Value"};
    c.config.numeric = {false, false};
    c.config.rows = {
        {"Preset", cfg.preset},
        {"Model", presetDescription(cfg.preset)},
        {"Optimizer", cfg.optimizer},
        {"Learning rate", general(cfg.lr)},
    };
    if (cfg.optimizer == "sgd") c.config.rows.push_back({"Momentum", general(cfg.momentum)});
    c.config.rows.push_back({"Weight decay", general(cfg.weightDecay)});
    std::string schedule = cfg.schedule;
    if (cfg.schedule == "step")
        schedule += " (x" + general(cfg.stepGamma) + " every " + std::to_string(cfg.stepEpochs) + " epochs)";
    c.config.rows.push_back({"LR schedule", schedule});
    c.config.rows.push_back({"Epochs", std::to_string(cfg.epochs)});
    c.config.rows.push_back({"Batch size", std::to_string(cfg.batchSize)});
    c.config.rows.push_back({"Validation fraction", general(cfg.valFraction)});
    c.config.rows.push_back({"Shuffle each epoch", yesNo(cfg.shuffle)});
    c.config.rows.push_back({"Standardize pixels", yesNo(cfg.normalize)});
    if (cfg.evalOnTestEachEpoch) c.config.rows.push_back({"Evaluate on the test set each epoch", "yes"});
    c.config.rows.push_back({"Seed", std::to_string(cfg.seed)});
    c.config.rows.push_back({"Device requested", cfg.device});
    c.config.rows.push_back({"Threads requested", cfg.threads > 0 ? std::to_string(cfg.threads) : "automatic"});
    c.config.rows.push_back({"Batch metrics logged every", std::to_string(std::max(1, cfg.logEvery)) + " batch(es)"});

    // Data set.
    const DatasetInfo& d = run.dataset;
    c.dataset.header = {"Item", "Value"};
    c.dataset.numeric = {false, false};
    c.dataset.rows = {
        {"Name", d.name.empty() ? "unknown" : d.name},
        {"Path", d.path},
        {"Format", d.format},
        {"Sample shape", std::to_string(d.channels) + " x " + std::to_string(d.height) + " x " + std::to_string(d.width)},
        {"Classes", std::to_string(d.classNames.size())},
        {"Training samples", thousands(d.trainCount)},
        {"Validation samples", thousands(d.valCount)},
        {"Test samples", thousands(d.testCount)},
    };
    if (!run.datasetHash.empty()) c.dataset.rows.push_back({"Content hash", run.datasetHash});
    c.histogramSvg = classHistogramSvg(d, svg);

    // Environment.
    c.environment.header = {"Item", "Value"};
    c.environment.numeric = {false, false};
    c.environment.rows = {
        {"TrainScope", env.trainscopeVersion},
        {"LibTorch", env.torchVersion},
        {"Run device", run.device.empty() ? "unknown" : run.device},
        {"Run threads", run.threads > 0 ? std::to_string(run.threads) : "unknown"},
        {"CPU", env.cpuName.empty() ? "unknown" : env.cpuName},
        {"Logical CPUs", env.cpuCores > 0 ? std::to_string(env.cpuCores) : "unknown"},
        {"Host", env.hostName.empty() ? "unknown" : env.hostName},
        {"Operating system", env.os.empty() ? "unknown" : env.os},
    };
    c.environment.note = "Versions, CPU, host and operating system are those of the machine that made this report.";

    // Charts.
    SvgOptions wide = svg;
    SvgOptions side = svg;
    side.width = (svg.width - kChartGap) / 2;
    side.height = int(svg.height * kSideChartHeightRatio);
    c.lossSvg = lossChartSvg(run, wide);
    c.accuracySvg = accuracyChartSvg(run, side);
    c.lrSvg = lrChartSvg(run, side);
    return c;
}

// ---------------------------------------------------------------------------------------------
// Evaluation content.

std::string psiVerdict(double psi) {
    if (!std::isfinite(psi)) return "unknown shift";
    if (psi < kPsiModerate) return "no significant shift";
    if (psi <= kPsiLarge) return "moderate shift";
    return "large shift";
}

namespace {

std::string signedFixed(double v, int decimals) {
    if (!std::isfinite(v)) return "n/a";
    if (std::fabs(v) < 0.5 * std::pow(10.0, -decimals)) v = 0.0;  // no "-0.000"
    return formatC("%+.*f", decimals, v);
}

std::string pointsChange(double fraction) {
    return std::isfinite(fraction) ? signedFixed(100.0 * fraction, 2) + " pp" : "n/a";
}

std::string pValueText(double p) {
    if (!std::isfinite(p)) return "n/a";
    if (p < kSmallestPValue) return "< 0.0001";
    return formatC("%.4f", p);
}

std::string share(int64_t count, int64_t total) {
    return total > 0 ? percent(double(count) / double(total)) : "n/a";
}

std::string fileNameOf(const std::string& path, const std::string& fallback) {
    if (path.empty()) return fallback;
    std::string p = path;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    const std::string name = fs::path(p).filename().string();
    return name.empty() ? p : name;
}

const ClassDelta* deltaFor(const BaselineComparison& cmp, size_t index, const std::string& name) {
    if (index < cmp.classes.size() && cmp.classes[index].className == name) return &cmp.classes[index];
    for (const ClassDelta& d : cmp.classes)
        if (d.className == name) return &d;
    return nullptr;
}

}  // namespace

ReportContent buildEvaluationReportContent(const EvaluationResult& r, const ReportEnvironment& env, const SvgOptions& svg) {
    ReportContent c;
    const EvalMetrics& m = r.metrics;
    const BaselineComparison& cmp = r.comparison;
    const bool baseline = cmp.available;
    const std::string modelFile = fileNameOf(r.modelPath, "model");
    const std::string dataName = r.dataName.empty() ? fileNameOf(r.dataPath, "data") : r.dataName;
    const int64_t samples = m.confusion.total() > 0 ? m.confusion.total() : int64_t(r.predictions.size());
    const std::string runName = !cmp.runName.empty() ? cmp.runName : fileNameOf(r.runDir, "");

    c.runName = modelFile;
    c.title = "TrainScope evaluation: " + modelFile + " on " + dataName;
    c.status = "";
    c.overviewTitle = "Evaluation";
    c.generatedAt = localTimeNow();
    c.alerts = r.warnings;
    c.noteItems = r.notes;
    c.subtitle = (r.splitName.empty() ? std::string() : "Split: " + r.splitName + " \u00b7 ") + thousands(samples) +
                 " samples \u00b7 Device: " + (r.device.empty() ? "unknown" : r.device) + " \u00b7 Time: " +
                 duration(r.seconds) + (baseline ? " \u00b7 Compared with the test metrics of run " + runName : "");

    // Key figures, with the run's own test value underneath when there is a comparison.
    const EvalMetrics& b = cmp.baseline;
    auto versus = [&](const std::string& value, const std::string& change) {
        return baseline ? "run's test: " + value + " (" + change + ")" : std::string();
    };
    c.figures.push_back({"Accuracy", percent(m.accuracy), versus(percent(b.accuracy), pointsChange(m.accuracy - b.accuracy))});
    c.figures.push_back({"Macro F1", fixed(m.macro.f1, 4), versus(fixed(b.macro.f1, 4), signedFixed(m.macro.f1 - b.macro.f1, 4))});
    c.figures.push_back({"Weighted F1", fixed(m.weighted.f1, 4),
                         versus(fixed(b.weighted.f1, 4), signedFixed(m.weighted.f1 - b.weighted.f1, 4))});
    c.figures.push_back({"Loss", fixed(m.loss, 4), versus(fixed(b.loss, 4), signedFixed(m.loss - b.loss, 4))});
    c.figures.push_back({"ECE", percent(r.calibration.ece), "MCE " + percent(r.calibration.mce)});
    c.figures.push_back({"Samples", thousands(samples), baseline ? "run's test: " + thousands(b.confusion.total()) : ""});

    c.overview = {
        {"Model file", r.modelPath.empty() ? "unknown" : r.modelPath},
        {"Model kind", r.modelKind.empty() ? "unknown" : r.modelKind},
        {"Model", r.modelDescription.empty() ? "unknown" : r.modelDescription},
        {"Run", r.runDir.empty() ? "none (the model's run is not known)" : r.runDir},
        {"Data", r.dataPath.empty() ? "unknown" : r.dataPath},
        {"Data name", dataName},
        {"Data format", r.dataFormat.empty() ? "unknown" : r.dataFormat},
        {"Split", r.splitName.empty() ? "unknown" : r.splitName},
        {"Samples", thousands(samples)},
        {"Device", r.device.empty() ? "unknown" : r.device},
        {"Evaluation time", duration(r.seconds)},
    };
    if (baseline) c.overview.push_back({"Compared with", "test metrics of run " + runName + (cmp.runDir.empty() ? "" : " (" + cmp.runDir + ")")});

    // Final metrics, next to the run's own test metrics.
    c.evalLabel = (r.splitName.empty() ? std::string("Evaluated data") : "Split \"" + r.splitName + "\"") + " of " + dataName +
                  " (" + thousands(samples) + " samples)";
    c.finalMetrics.header = {"Metric", "Value"};
    c.finalMetrics.numeric = {false, true};
    if (baseline) {
        c.finalMetrics.header = {"Metric", "This evaluation", "Run's test", "Change"};
        c.finalMetrics.numeric = {false, true, true, true};
    }
    auto metricRow = [&](const std::string& name, double now, double then, bool asPercent) {
        std::vector<std::string> row = {name, asPercent ? percent(now) : fixed(now, 4)};
        if (baseline) {
            row.push_back(asPercent ? percent(then) : fixed(then, 4));
            row.push_back(asPercent ? pointsChange(now - then) : signedFixed(now - then, 4));
        }
        c.finalMetrics.rows.push_back(std::move(row));
    };
    metricRow("Accuracy", m.accuracy, b.accuracy, true);
    metricRow("Loss (mean cross-entropy)", m.loss, b.loss, false);
    metricRow("Macro precision", m.macro.precision, b.macro.precision, false);
    metricRow("Macro recall", m.macro.recall, b.macro.recall, false);
    metricRow("Macro F1", m.macro.f1, b.macro.f1, false);
    metricRow("Weighted precision", m.weighted.precision, b.weighted.precision, false);
    metricRow("Weighted recall", m.weighted.recall, b.weighted.recall, false);
    metricRow("Weighted F1", m.weighted.f1, b.weighted.f1, false);
    c.finalMetrics.note = "Macro: unweighted mean over classes. Weighted: mean weighted by each class's support.";
    if (baseline) c.finalMetrics.note += " Change: this evaluation minus the run's test metrics (pp: percentage points).";

    // Per-class metrics, with the run's F1 and the change when there is a comparison.
    c.perClass.header = {"Class", "Precision", "Recall", "F1", "Support"};
    c.perClass.numeric = {false, true, true, true, true};
    if (baseline) {
        c.perClass.header.insert(c.perClass.header.end(), {"Run's F1", "\u0394F1"});
        c.perClass.numeric.insert(c.perClass.numeric.end(), {true, true});
    }
    bool undefined = false, missing = false;
    for (size_t i = 0; i < m.perClass.size(); ++i) {
        const ClassMetrics& pc = m.perClass[i];
        const std::string name = i < m.confusion.classNames.size() ? m.confusion.classNames[i] : std::to_string(i);
        undefined = undefined || pc.precisionUndefined || pc.recallUndefined;
        std::vector<std::string> row = {name, fixed(pc.precision, 3) + (pc.precisionUndefined ? "*" : ""),
                                        fixed(pc.recall, 3) + (pc.recallUndefined ? "*" : ""), fixed(pc.f1, 3),
                                        thousands(pc.support)};
        if (baseline) {
            const ClassDelta* d = deltaFor(cmp, i, name);
            if (d && d->inBaseline) {
                row.push_back(fixed(d->baselineF1, 3));
                row.push_back(signedFixed(d->currentF1 - d->baselineF1, 3));
                if (d->flagged) c.perClass.flaggedRows.push_back(int(c.perClass.rows.size()));
            } else {
                missing = true;
                row.push_back("-");
                row.push_back("new");
            }
        }
        c.perClass.rows.push_back(std::move(row));
    }
    if (!m.perClass.empty()) {
        std::vector<std::string> macro = {"Macro avg", fixed(m.macro.precision, 3), fixed(m.macro.recall, 3),
                                          fixed(m.macro.f1, 3), thousands(samples)};
        std::vector<std::string> weighted = {"Weighted avg", fixed(m.weighted.precision, 3), fixed(m.weighted.recall, 3),
                                             fixed(m.weighted.f1, 3), thousands(samples)};
        if (baseline) {
            macro.insert(macro.end(), {fixed(b.macro.f1, 3), signedFixed(m.macro.f1 - b.macro.f1, 3)});
            weighted.insert(weighted.end(), {fixed(b.weighted.f1, 3), signedFixed(m.weighted.f1 - b.weighted.f1, 3)});
        }
        c.perClass.rows.push_back(std::move(macro));
        c.perClass.rows.push_back(std::move(weighted));
        c.perClass.emphasizedRows = {int(c.perClass.rows.size()) - 2, int(c.perClass.rows.size()) - 1};
    }
    std::vector<std::string> notes;
    if (!c.perClass.flaggedRows.empty())
        notes.push_back("Highlighted: classes whose F1 or recall moved by " + general(cmp.threshold) +
                        " or more from the run's test metrics.");
    else if (baseline)
        notes.push_back("No class's F1 or recall moved by " + general(cmp.threshold) + " or more from the run's test metrics.");
    if (missing) notes.push_back("new: the class was not in the run's test metrics.");
    if (undefined) notes.push_back("* undefined (the class was never predicted, or never occurs), reported as 0.");
    if (!m.perClass.empty()) notes.push_back(macroAverageNote(m.confusion));
    for (const std::string& n : notes) c.perClass.note += (c.perClass.note.empty() ? "" : " ") + n;
    c.confusionSvg = confusionMatrixSvg(m.confusion, svg);

    // Calibration and confidence, side by side.
    SvgOptions side = svg;
    side.width = (svg.width - kChartGap) / 2;
    side.height = int(std::lround(svg.height * kEvalChartHeightRatio));
    c.reliabilitySvg = reliabilityDiagramSvg(r.calibration, side);
    c.confidenceSvg = confidenceHistogramSvg(r.confidence, side);
    if (!c.reliabilitySvg.empty())
        c.calibrationText = "Expected calibration error (ECE): " + percent(r.calibration.ece) +
                            ", the mean gap between confidence and accuracy over the " +
                            std::to_string(r.calibration.bins.size()) +
                            " bins, weighted by their predictions; maximum calibration error (MCE): " +
                            percent(r.calibration.mce) + ". Bars below the diagonal mean overconfidence.";

    // Drift.
    const DriftReport& d = r.drift;
    c.driftTitle = "Data drift";
    const size_t classes = d.classNames.size();
    int64_t refTotal = 0, curTotal = 0;
    for (int64_t v : d.referenceCounts) refTotal += v;
    for (int64_t v : d.currentCounts) curTotal += v;
    auto countAt = [](const std::vector<int64_t>& v, size_t i) { return i < v.size() ? v[i] : int64_t(0); };
    if (d.hasReference) {
        c.driftText = "Reference: " + (d.referenceName.empty() ? std::string("the model's training data") : d.referenceName) +
                      " (" + thousands(refTotal) + " samples) against the evaluated data (" + thousands(curTotal) +
                      " samples). Class shares are compared with a chi-square test and the population stability index "
                      "(PSI); features with a two-sample Kolmogorov-Smirnov (KS) test and PSI.";
        const std::string verdict = psiVerdict(d.classPsi);
        c.driftVerdict = "Class distribution: PSI " + fixed(d.classPsi, 3) + ", " + verdict;
        c.driftLevel = d.classPsi < kPsiModerate ? "ok" : d.classPsi <= kPsiLarge ? "moderate" : "large";
        c.driftClasses.header = {"Class", "Reference", "Ref. share", "Current", "Cur. share", "Change"};
        c.driftClasses.numeric = {false, true, true, true, true, true};
        for (size_t i = 0; i < classes; ++i) {
            const int64_t ref = countAt(d.referenceCounts, i), cur = countAt(d.currentCounts, i);
            const double change = (curTotal > 0 ? double(cur) / double(curTotal) : 0.0) -
                                  (refTotal > 0 ? double(ref) / double(refTotal) : 0.0);
            c.driftClasses.rows.push_back({d.classNames[i], thousands(ref), share(ref, refTotal), thousands(cur),
                                           share(cur, curTotal), pointsChange(change)});
        }
        c.driftClasses.rows.push_back({"Total", thousands(refTotal), refTotal > 0 ? "100.00%" : "n/a", thousands(curTotal),
                                       curTotal > 0 ? "100.00%" : "n/a", ""});
        c.driftClasses.emphasizedRows = {int(c.driftClasses.rows.size()) - 1};
        c.driftTests.header = {"Class distribution test", "Value"};
        c.driftTests.numeric = {false, true};
        c.driftTests.rows = {
            {"Chi-square statistic", fixed(d.classChiSquare.statistic, 2)},
            {"Degrees of freedom", std::to_string(d.classChiSquare.dof)},
            {"p-value", pValueText(d.classChiSquare.pValue)},
            {"PSI", fixed(d.classPsi, 4)},
            {"Verdict", verdict},
        };
        c.driftTests.note = "PSI below 0.1: no significant shift; 0.1 to 0.25: moderate; above 0.25: large. A small "
                            "p-value says the class shares differ, however slightly, on large samples.";
        if (!d.features.empty()) {
            std::vector<FeatureShift> features = d.features;
            std::stable_sort(features.begin(), features.end(),
                             [](const FeatureShift& a, const FeatureShift& b) { return a.ks > b.ks; });
            c.featuresTitle = "Feature shift" + (d.featureKind.empty() ? std::string() : " (" + d.featureKind + ")");
            c.driftFeatures.header = {"Feature", "KS", "p-value", "PSI", "Reference mean", "Current mean"};
            c.driftFeatures.numeric = {false, true, true, true, true, true};
            const size_t shown = std::min(features.size(), kMaxFeatureRows);
            for (size_t i = 0; i < shown; ++i) {
                const FeatureShift& f = features[i];
                if (f.psi > kPsiLarge) c.driftFeatures.flaggedRows.push_back(int(i));
                c.driftFeatures.rows.push_back({f.name, fixed(f.ks, 3), pValueText(f.pValue), fixed(f.psi, 3),
                                                general(f.referenceMean), general(f.currentMean)});
            }
            c.driftFeatures.note = "Sorted by the KS statistic, largest first.";
            if (!c.driftFeatures.flaggedRows.empty()) c.driftFeatures.note += " Highlighted: PSI above 0.25 (large shift).";
            if (shown < features.size())
                c.driftFeatures.note += " The " + std::to_string(shown) + " of " + std::to_string(features.size()) +
                                        " features that moved most; the JSON export has them all.";
        }
    } else {
        c.driftText = "No reference data was known for this model (the data it was trained on could not be found), so "
                      "drift was not measured.";
        if (curTotal > 0) {
            c.driftText += " Class counts of the evaluated data:";
            c.driftClasses.header = {"Class", "Count", "Share"};
            c.driftClasses.numeric = {false, true, true};
            for (size_t i = 0; i < classes; ++i)
                c.driftClasses.rows.push_back({d.classNames[i], thousands(countAt(d.currentCounts, i)),
                                               share(countAt(d.currentCounts, i), curTotal)});
        }
    }

    c.environment.header = {"Item", "Value"};
    c.environment.numeric = {false, false};
    c.environment.rows = {
        {"TrainScope", env.trainscopeVersion},
        {"LibTorch", env.torchVersion},
        {"Evaluation device", r.device.empty() ? "unknown" : r.device},
        {"CPU", env.cpuName.empty() ? "unknown" : env.cpuName},
        {"Logical CPUs", env.cpuCores > 0 ? std::to_string(env.cpuCores) : "unknown"},
        {"Host", env.hostName.empty() ? "unknown" : env.hostName},
        {"Operating system", env.os.empty() ? "unknown" : env.os},
    };
    c.environment.note = "Versions, CPU, host and operating system are those of the machine that made this report.";
    return c;
}

// ---------------------------------------------------------------------------------------------
// HTML.

std::string reportHtml(const ReportContent& c) {
    std::string out;
    out.reserve(256 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"TrainScope\">\n";
    out += "<title>" + esc(c.title) + "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n<main>\n";

    out += "<header>\n<h1>" + esc(c.title) + "</h1>\n<div class=\"sub\">";
    if (!c.subtitle.empty()) {
        out += esc(c.subtitle);
    } else {
        if (!c.status.empty()) out += "<span class=\"badge " + esc(c.status) + "\">" + esc(c.status) + "</span>";
        for (const auto& [k, v] : c.overview)
            if (k == "Started" || k == "Device" || k == "Total time") out += " &middot; " + esc(k) + ": " + esc(v);
    }
    out += "</div>\n";
    if (!c.statusMessage.empty()) out += "<p class=\"message\">" + esc(c.statusMessage) + "</p>\n";
    out += "</header>\n";

    out += "<div class=\"figures\">\n";
    for (const ReportFigure& f : c.figures) {
        out += "<div class=\"figure\"><div class=\"l\">" + esc(f.label) + "</div><div class=\"v\" title=\"" + esc(f.value) +
               "\">" + esc(f.value) + "</div>";
        if (!f.detail.empty()) out += "<div class=\"d\" title=\"" + esc(f.detail) + "\">" + esc(f.detail) + "</div>";
        out += "</div>\n";
    }
    out += "</div>\n";
    if (!c.alerts.empty()) {
        out += "<div class=\"alerts\">\n";
        for (const std::string& a : c.alerts) out += "<p>Warning: " + esc(a) + "</p>\n";
        out += "</div>\n";
    }

    if (!c.lossSvg.empty() || !c.accuracySvg.empty() || !c.lrSvg.empty()) {
        out += "<section id=\"curves\">\n<h2>Training curves</h2>\n" + c.lossSvg;
        out += "<div class=\"row\" style=\"margin-top:16px\">\n<div>" + c.accuracySvg + "</div>\n<div>" + c.lrSvg +
               "</div>\n</div>\n</section>\n";
    }

    out += "<section id=\"final\">\n<h2>Final metrics</h2>\n<p class=\"sub\">" + esc(c.evalLabel) + "</p>\n";
    if (!c.finalMetrics.rows.empty()) out += htmlTable(c.finalMetrics, "kv");
    out += "</section>\n";

    if (!c.perClass.rows.empty() || !c.confusionSvg.empty()) {
        // With the run's F1 and its change the table gets wide: tighter cells, and the heatmap shrinks a
        // little to stay beside it.
        const bool wide = c.perClass.header.size() > kNarrowTableColumns;
        out += "<section id=\"classes\">\n<h2>Confusion matrix and per-class metrics</h2>\n<div class=\"row" +
               std::string(wide ? " pair" : "") + "\">\n";
        if (!c.confusionSvg.empty()) out += "<div>\n<h3>Confusion matrix (rows: true class, columns: predicted)</h3>\n" + c.confusionSvg + "</div>\n";
        if (!c.perClass.rows.empty())
            out += "<div>\n<h3>Per-class metrics</h3>\n" + htmlTable(c.perClass, wide ? "compact" : "") + "</div>\n";
        out += "</div>\n</section>\n";
    }

    if (!c.reliabilitySvg.empty() || !c.confidenceSvg.empty()) {
        out += "<section id=\"calibration\">\n<h2>Calibration and confidence</h2>\n<div class=\"row\">\n";
        if (!c.reliabilitySvg.empty()) out += "<div>" + c.reliabilitySvg + "</div>\n";
        if (!c.confidenceSvg.empty()) out += "<div>" + c.confidenceSvg + "</div>\n";
        out += "</div>\n";
        if (!c.calibrationText.empty()) out += "<p class=\"note\">" + esc(c.calibrationText) + "</p>\n";
        out += "</section>\n";
    }

    if (!c.driftTitle.empty()) {
        out += "<section id=\"drift\">\n<h2>" + esc(c.driftTitle) + "</h2>\n";
        if (!c.driftText.empty()) out += "<p class=\"sub\">" + esc(c.driftText) + "</p>\n";
        if (!c.driftVerdict.empty())
            out += "<p class=\"verdict " + esc(c.driftLevel) + "\">" + esc(c.driftVerdict) + "</p>\n";
        if (!c.driftClasses.rows.empty() || !c.driftTests.rows.empty()) {
            out += "<div class=\"row\">\n";
            if (!c.driftClasses.rows.empty())
                out += "<div>\n<h3>Class distribution</h3>\n" + htmlTable(c.driftClasses) + "</div>\n";
            if (!c.driftTests.rows.empty()) out += "<div>\n<h3>Tests</h3>\n" + htmlTable(c.driftTests, "kv") + "</div>\n";
            out += "</div>\n";
        }
        if (!c.driftFeatures.rows.empty())
            out += "<h3 style=\"margin-top:16px\">" + esc(c.featuresTitle) + "</h3>\n" + htmlTable(c.driftFeatures);
        out += "</section>\n";
    }

    if (!c.perEpoch.header.empty()) {
        out += "<section id=\"epochs\">\n<h2>Per-epoch history</h2>\n";
        out += c.perEpoch.rows.empty() ? std::string("<p class=\"sub\">No epoch finished.</p>\n") : htmlTable(c.perEpoch, "wide");
        out += "</section>\n";
    }

    if (!c.config.rows.empty() || !c.dataset.rows.empty()) {
        out += "<section id=\"setup\">\n<div class=\"row halves\">\n<div>\n<h2>Configuration</h2>\n" + htmlTable(c.config, "kv") +
               "</div>\n<div>\n<h2>Data set</h2>\n" + htmlTable(c.dataset, "kv");
        if (!c.histogramSvg.empty()) out += "<div style=\"margin-top:12px\">" + c.histogramSvg + "</div>\n";
        out += "</div>\n</div>\n</section>\n";
    }

    out += "<section id=\"run\">\n<div class=\"row halves\">\n<div>\n<h2>" + esc(c.overviewTitle) + "</h2>\n" +
           kvTableRows(c.overview) + "</div>\n<div>\n<h2>Environment</h2>\n" + htmlTable(c.environment, "kv") +
           "</div>\n</div>\n";
    if (!c.tags.empty()) {
        out += "<p class=\"tags\">Tags: ";
        for (const std::string& t : c.tags) out += "<span>" + esc(t) + "</span>";
        out += "</p>\n";
    }
    if (!c.notes.empty()) out += "<h3>Notes</h3>\n<p>" + esc(c.notes) + "</p>\n";
    if (!c.noteItems.empty()) {
        out += "<h3 class=\"notes\">Notes</h3>\n<ul class=\"notes\">\n";
        for (const std::string& n : c.noteItems) out += "<li>" + esc(n) + "</li>\n";
        out += "</ul>\n";
    }
    for (const std::string& w : c.warnings) out += "<p class=\"warn\">Note: " + esc(w) + "</p>\n";
    out += "</section>\n";

    out += "<footer>Made by TrainScope on " + esc(c.generatedAt) +
           ". This file is self-contained: it loads no scripts, fonts or images.</footer>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

// ---------------------------------------------------------------------------------------------
// CSV.

namespace {

/// One CSV row of `Columns` cells with the named columns filled and the rest empty; set() returns the
/// derived row type so that its own helpers chain.
template <class Row, size_t Columns>
class CsvCells {
public:
    Row& set(int column, std::string value) {
        cells_[size_t(column)] = std::move(value);
        return static_cast<Row&>(*this);
    }
    std::string str() const {
        std::string out;
        for (size_t i = 0; i < cells_.size(); ++i) out += (i ? "," : "") + cells_[i];
        return out + "\n";
    }

private:
    std::vector<std::string> cells_ = std::vector<std::string>(Columns);
};

/// A row of the run CSV (kCsvHeader).
class CsvRow : public CsvCells<CsvRow, kCsvColumns> {};

// Column indices of kCsvHeader.
enum CsvColumn {
    kKind, kSet, kEpoch, kStep, kElapsed, kLoss, kLr, kSamplesPerSec, kTrainLoss, kTrainAccuracy, kEvalLoss,
    kEvalAccuracy, kMacroPrecision, kMacroRecall, kMacroF1, kWeightedPrecision, kWeightedRecall, kWeightedF1,
    kEpochSeconds, kEvalSeconds, kClass, kPrecision, kRecall, kF1, kSupport, kTrueClass, kPredictedClass, kCount
};
static_assert(kCount + 1 == kCsvColumns, "kCsvHeader and CsvColumn disagree");

void appendEvaluation(std::string& out, const EvalMetrics& m, const std::string& set, const std::string& epoch) {
    const auto& names = m.confusion.classNames;
    for (size_t i = 0; i < m.perClass.size(); ++i) {
        const ClassMetrics& c = m.perClass[i];
        out += CsvRow()
                   .set(kKind, "class").set(kSet, set).set(kEpoch, epoch)
                   .set(kClass, csvText(i < names.size() ? names[i] : std::to_string(i)))
                   .set(kPrecision, csvNumber(c.precision)).set(kRecall, csvNumber(c.recall))
                   .set(kF1, csvNumber(c.f1)).set(kSupport, std::to_string(c.support))
                   .str();
    }
    const int n = m.confusion.classCount();
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p)
            out += CsvRow()
                       .set(kKind, "confusion").set(kSet, set).set(kEpoch, epoch)
                       .set(kTrueClass, csvText(names[size_t(t)])).set(kPredictedClass, csvText(names[size_t(p)]))
                       .set(kCount, std::to_string(m.confusion.at(t, p)))
                       .str();
}

CsvRow& setAverages(CsvRow& row, const EvalMetrics& m) {
    return row.set(kEvalLoss, csvNumber(m.loss)).set(kEvalAccuracy, csvNumber(m.accuracy))
        .set(kMacroPrecision, csvNumber(m.macro.precision)).set(kMacroRecall, csvNumber(m.macro.recall))
        .set(kMacroF1, csvNumber(m.macro.f1)).set(kWeightedPrecision, csvNumber(m.weighted.precision))
        .set(kWeightedRecall, csvNumber(m.weighted.recall)).set(kWeightedF1, csvNumber(m.weighted.f1));
}

}  // namespace

std::string reportCsv(const RunRecord& run) {
    std::string out = std::string(kCsvHeader) + "\n";
    out.reserve(run.batches.size() * 64 + run.epochs.size() * 4096);
    for (const BatchMetrics& b : run.batches)
        out += CsvRow()
                   .set(kKind, "batch").set(kEpoch, std::to_string(b.epoch)).set(kStep, std::to_string(b.step))
                   .set(kElapsed, csvNumber(b.elapsedSec)).set(kLoss, csvNumber(b.loss)).set(kLr, csvNumber(b.lr))
                   .set(kSamplesPerSec, csvNumber(b.samplesPerSec))
                   .str();
    for (const EpochMetrics& e : run.epochs) {
        const std::string set = e.valSetName.empty() ? "validation" : e.valSetName;
        const std::string epoch = std::to_string(e.epoch);
        CsvRow row;
        row.set(kKind, "epoch").set(kEpoch, epoch).set(kStep, std::to_string(e.step))
            .set(kElapsed, csvNumber(e.elapsedSec)).set(kLr, csvNumber(e.lr))
            .set(kSamplesPerSec, csvNumber(e.samplesPerSec)).set(kTrainLoss, csvNumber(e.trainLoss))
            .set(kTrainAccuracy, csvNumber(e.trainAccuracy)).set(kEpochSeconds, csvNumber(e.seconds))
            .set(kEvalSeconds, csvNumber(e.evalSeconds));
        if (hasValidation(e)) {
            row.set(kSet, set);
            setAverages(row, e.val);
        }
        out += row.str();
        if (!e.val.empty()) appendEvaluation(out, e.val, set, epoch);
    }
    if (run.hasTest) {
        CsvRow row;
        row.set(kKind, "test").set(kSet, "test");
        if (!run.epochs.empty()) row.set(kStep, std::to_string(run.epochs.back().step));
        out += setAverages(row, run.test).str();
        appendEvaluation(out, run.test, "test", "");
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// JSON.

namespace {

Json environmentJson(const ReportEnvironment& env) {
    Json e;
    e.set("trainscope_version", env.trainscopeVersion);
    e.set("libtorch_version", env.torchVersion);
    e.set("cpu", env.cpuName);
    e.set("logical_cpus", env.cpuCores);
    e.set("host", env.hostName);
    e.set("os", env.os);
    return e;
}

}  // namespace

std::string reportJson(const RunRecord& run, const ReportEnvironment& env) {
    Json doc;
    doc.set("format", "trainscope-report");
    doc.set("format_version", 1);
    doc.set("generated_at", localTimeNow());
    Json r;
    r.set("id", run.id);
    r.set("name", run.displayName());
    Json tags = Json(Json::Array{});
    for (const std::string& t : run.meta.tags) tags.push(t);
    r.set("tags", tags);
    r.set("notes", run.meta.notes);
    r.set("status", run.status);
    r.set("message", run.message);
    r.set("started_at", run.startedAt);
    r.set("total_seconds", run.totalSeconds);
    r.set("device", run.device);
    r.set("threads", run.threads);
    r.set("dir", run.dir);
    doc.set("run", r);
    doc.set("config", toJson(run.config));
    doc.set("dataset", toJson(run.dataset));
    doc.set("environment", environmentJson(env));
    Json epochs = Json(Json::Array{});
    for (const EpochMetrics& m : run.epochs) epochs.push(toJson(m));
    doc.set("epochs", epochs);
    doc.set("test", run.hasTest ? toJson(run.test) : Json());

    // The document pretty-printed, with `steps` last and one step per line (a long run has 100k of them).
    std::string out = doc.dump(2);
    const size_t close = out.rfind('}');
    out.erase(close);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    out += ",\n  \"steps\": [";
    for (size_t i = 0; i < run.batches.size(); ++i) {
        const BatchMetrics& b = run.batches[i];
        Json s;
        s.set("step", b.step);
        s.set("epoch", b.epoch);
        s.set("elapsed_s", b.elapsedSec);
        s.set("loss", b.loss);
        s.set("lr", b.lr);
        s.set("samples_per_sec", b.samplesPerSec);
        out += (i ? ",\n    " : "\n    ") + s.dump();
    }
    out += run.batches.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

// ---------------------------------------------------------------------------------------------
// Evaluation CSV and JSON.

namespace {

constexpr const char* kEvalCsvHeader =
    "kind,set,class,precision,recall,f1,support,accuracy,loss,ece,delta_f1,delta_recall,flagged";
enum EvalCsvColumn { kEKind, kESet, kEClass, kEPrecision, kERecall, kEF1, kESupport, kEAccuracy, kELoss, kEEce,
                     kEDeltaF1, kEDeltaRecall, kEFlagged, kEColumns };

/// A row of the evaluation CSV (kEvalCsvHeader).
class EvalCsvRow : public CsvCells<EvalCsvRow, kEColumns> {
public:
    EvalCsvRow(const std::string& kind, const std::string& setName) {
        set(kEKind, kind);
        set(kESet, setName);
    }
    EvalCsvRow& metrics(const ClassMetrics& m, int64_t support) {
        return set(kEPrecision, csvNumber(m.precision)).set(kERecall, csvNumber(m.recall)).set(kEF1, csvNumber(m.f1))
            .set(kESupport, std::to_string(support));
    }
};

/// Class, average and overall rows of one set of metrics.
void appendEvalMetrics(std::string& out, const EvalMetrics& m, const std::string& set, double ece,
                       const BaselineComparison* cmp) {
    const auto& names = m.confusion.classNames;
    for (size_t i = 0; i < m.perClass.size(); ++i) {
        const std::string name = i < names.size() ? names[i] : std::to_string(i);
        EvalCsvRow row("class", set);
        row.set(kEClass, csvText(name)).metrics(m.perClass[i], m.perClass[i].support);
        if (cmp) {
            if (const ClassDelta* d = deltaFor(*cmp, i, name); d && d->inBaseline)
                row.set(kEDeltaF1, csvNumber(d->currentF1 - d->baselineF1))
                    .set(kEDeltaRecall, csvNumber(d->currentRecall - d->baselineRecall))
                    .set(kEFlagged, d->flagged ? "1" : "0");
        }
        out += row.str();
    }
    const int64_t total = m.confusion.total();
    out += EvalCsvRow("macro", set).metrics(m.macro, total).str();
    out += EvalCsvRow("weighted", set).metrics(m.weighted, total).str();
    EvalCsvRow overall("overall", set);
    overall.set(kESupport, std::to_string(total)).set(kEAccuracy, csvNumber(m.accuracy)).set(kELoss, csvNumber(m.loss));
    if (std::isfinite(ece)) overall.set(kEEce, csvNumber(ece));
    out += overall.str();
}

}  // namespace

std::string evaluationReportCsv(const EvaluationResult& r) {
    std::string out = std::string(kEvalCsvHeader) + "\n";
    const bool baseline = r.comparison.available;
    appendEvalMetrics(out, r.metrics, "evaluation", r.calibration.ece, baseline ? &r.comparison : nullptr);
    if (baseline)
        appendEvalMetrics(out, r.comparison.baseline, "baseline", std::numeric_limits<double>::quiet_NaN(), nullptr);
    return out;
}

std::string evaluationReportJson(const EvaluationResult& r, const ReportEnvironment& env) {
    Json doc = toJson(r);
    doc.set("report_generated_at", localTimeNow());
    doc.set("environment", environmentJson(env));
    return doc.dump(2) + "\n";
}

// ---------------------------------------------------------------------------------------------
// Writing.

void checkReportDestination(const std::string& path) {
    if (path.empty()) throw std::runtime_error("no file name was given for the report");
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    const fs::file_status st = fs::status(folder, ec);
    if (!fs::exists(st))
        throw std::runtime_error("cannot write the report " + path + ": the folder " + folder.string() +
                                 " does not exist (or a part of it is a file)");
    if (!fs::is_directory(st))
        throw std::runtime_error("cannot write the report " + path + ": " + folder.string() + " is a file, not a folder");
    if (::access(folder.c_str(), W_OK) != 0)
        throw std::runtime_error("cannot write the report " + path + ": the folder " + folder.string() +
                                 " is read-only (" + std::strerror(errno) + "); choose another folder");
    if (fs::is_directory(target, ec))
        throw std::runtime_error("cannot write the report " + path + ": a folder with that name exists");
}

void writeReportFile(const std::string& path, const std::string& bytes) {
    checkReportDestination(path);
    try {
        writeFileAtomically(path, bytes);
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("the report was not saved: ") + e.what());
    }
}

void writeReport(const RunRecord& run, ReportFormat format, const std::string& path) {
    if (format == ReportFormat::Pdf)
        throw std::invalid_argument("PDF reports are made by the Qt layer (trainscope-report or the app), not by core");
    checkReportDestination(path);

    std::string content;
    switch (format) {
    case ReportFormat::Html: content = reportHtml(buildReportContent(run, currentEnvironment(), SvgOptions{kHtmlChartWidth, kHtmlChartHeight, false})); break;
    case ReportFormat::Csv: content = reportCsv(run); break;
    case ReportFormat::Json: content = reportJson(run, currentEnvironment()); break;
    case ReportFormat::Pdf: break;
    }
    writeReportFile(path, content);
}

void writeEvaluationReport(const EvaluationResult& result, ReportFormat format, const std::string& path) {
    if (format == ReportFormat::Pdf)
        throw std::invalid_argument("PDF reports are made by the Qt layer (trainscope-report or the app), not by core");
    checkReportDestination(path);

    std::string content;
    switch (format) {
    case ReportFormat::Html:
        content = reportHtml(buildEvaluationReportContent(result, currentEnvironment(),
                                                          SvgOptions{kHtmlChartWidth, kHtmlChartHeight, false}));
        break;
    case ReportFormat::Csv: content = evaluationReportCsv(result); break;
    case ReportFormat::Json: content = evaluationReportJson(result, currentEnvironment()); break;
    case ReportFormat::Pdf: break;
    }
    writeReportFile(path, content);
}

}  // namespace ts
