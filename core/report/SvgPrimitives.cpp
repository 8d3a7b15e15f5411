// Building blocks of the reports' SVG charts: the <svg> header, text, lines, ticks, frames and axes.
#include "core/report/SvgPrimitives.h"
#include "core/common/Numbers.h"
#include "core/plot/Ticks.h"
#include "core/report/ReportText.h"

#include <algorithm>
#include <cmath>

namespace ts::report {

namespace {

constexpr double kFlatRangePad = 0.1;       // a flat range is widened by this share of its value...
constexpr double kMinFlatPad = 0.5;         // ...or at least this much (1 on whole-number axes)
constexpr double kEdgeSlack = 1e-9;         // of a step: rounding that still counts as on a whole step
constexpr int kMaxFixedDecimals = 4;        // finer steps are labelled in scientific notation
constexpr double kThousand = 1000.0;
constexpr double kThousandsFrom = 10000.0;  // round thousands from here on are labelled "20k"
constexpr double kOnAxisSlack = 1e-12;      // a tick this close outside the range is still drawn

/// log10 of `v`, floored, robust against rounding just under a power of ten.
int decade(double v) { return int(std::floor(std::log10(v) + kEdgeSlack)); }

}  // namespace

std::string coord(double v) { return formatC("%.1f", v); }

double textWidth(const std::string& s, double fontSize) {
    double ems = 0.0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (isWideCharLead(s[i])) {
            ems += kWideCharWidthEm;
            i += kWideCharBytes - 1;
        } else {
            ems += kCharWidthEm;  // a byte: ASCII, or a part of another character (as wide as before CJK was known)
        }
    }
    return ems * fontSize;
}

bool isWideCharLead(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= kWideLeadFirst && b <= kWideLeadLast;
}

std::string svgOpen(int w, int h, const SvgOptions& opt, const std::string& label) {
    std::string s = "<svg";
    if (opt.standalone) s += " xmlns=\"http://www.w3.org/2000/svg\"";
    s += formatC(" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"", w, h, w, h);
    s += " role=\"img\" aria-label=\"" + esc(label) + "\" font-family=\"" + kFont + "\">\n";
    s += "<title>" + esc(label) + "</title>\n";
    s += formatC("<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", w, h);
    return s;
}

std::string text(double x, double y, const std::string& s, int size, const char* anchor, const std::string& color,
                 const std::string& extra) {
    // An explicit weight on every text: QtSvg (the PDF renderer) lets a bold weight leak into later text.
    const std::string weight = extra.find("font-weight") == std::string::npos ? " font-weight=\"normal\"" : "";
    return "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" font-size=\"" + std::to_string(size) +
           "\" text-anchor=\"" + anchor + "\" fill=\"" + color + "\"" + weight + extra + ">" + esc(s) + "</text>\n";
}

std::string turnedText(const std::string& origin, double angle, const std::string& s, int size, const char* anchor,
                       const std::string& color, bool bold) {
    return "<text transform=\"translate(" + origin + ") rotate(" + formatC("%g", angle) + ")\" x=\"0\" y=\"0\" font-size=\"" +
           std::to_string(size) + "\" text-anchor=\"" + anchor + "\" fill=\"" + color + "\" font-weight=\"" +
           (bold ? "bold" : "normal") + "\">" + esc(s) + "</text>\n";
}

std::string plotFrame(double x, double y, double w, double h, bool filled) {
    return formatC("<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>\n", x, y,
                   w, h, filled ? "#ffffff" : "none", kAxisColor.c_str());
}

std::string line(double x1, double y1, double x2, double y2, const std::string& color, double width) {
    return "<line x1=\"" + coord(x1) + "\" y1=\"" + coord(y1) + "\" x2=\"" + coord(x2) + "\" y2=\"" + coord(y2) +
           "\" stroke=\"" + color + "\" stroke-width=\"" + formatC("%g", width) + "\"/>\n";
}

bool onAxis(const Axis& a, double t) { return t >= a.lo - kOnAxisSlack && t <= a.hi + kOnAxisSlack; }

double widestTickLabel(const Axis& a) {
    double widest = 0.0;
    for (double t : a.ticks) widest = std::max(widest, textWidth(tickLabel(t, a.step), kTickFontSize));
    return widest;
}

double plotLeft(double widestTick) { return kYTitleSpace + widestTick + kTickLength + kYLabelsGap; }

std::string yTick(double x0, double pw, double y, const std::string& label, bool grid) {
    std::string out = grid ? line(x0, y, x0 + pw, y, kGridColor) : std::string();
    out += line(x0 - kTickLength, y, x0, y, kAxisColor);
    return out + text(x0 - kTickLength - kTickLabelGap, y + kTickTextRaise, label, kTickFontSize, "end", kMutedInk);
}

std::string xTick(double x, double y0, double ph, const std::string& label, bool grid) {
    std::string out = grid ? line(x, y0, x, y0 + ph, kGridColor) : std::string();
    out += line(x, y0 + ph, x, y0 + ph + kTickLength, kAxisColor);
    return out + text(x, y0 + ph + kTickLength + kXTickTextDrop, label, kTickFontSize, "middle", kMutedInk);
}

std::string axisTitles(double x0, double y0, double pw, double ph, int h, const std::string& xLabel,
                       const std::string& yLabel) {
    return text(x0 + pw / 2, h - kXTitleRise, xLabel, kLabelFontSize, "middle", kMutedInk) +
           turnedText(std::to_string(kYTitleX) + "," + coord(y0 + ph / 2), kRightAngle, yLabel, kLabelFontSize, "middle",
                      kMutedInk, false);
}

Axis makeAxis(double lo, double hi, int maxIntervals, bool extend, bool integer) {
    Axis a;
    if (!(hi > lo)) {
        const double pad = std::max(std::fabs(lo) * kFlatRangePad, integer ? 1.0 : kMinFlatPad);
        lo -= pad;
        hi += pad;
    }
    a.step = integer ? niceIntegerStep(hi - lo, maxIntervals) : niceStep(hi - lo, maxIntervals);
    if (extend) {
        lo = std::floor(lo / a.step + kEdgeSlack) * a.step;
        hi = std::ceil(hi / a.step - kEdgeSlack) * a.step;
    }
    a.lo = lo;
    a.hi = hi;
    a.ticks = tickPositions(lo, hi, a.step);
    return a;
}

std::string tickLabel(double v, double step) {
    if (step >= kThousand && std::fmod(v, kThousand) == 0.0 && std::fabs(v) >= kThousandsFrom)
        return formatC("%.0fk", v / kThousand);
    const int decimals = stepDecimals(step, kMaxFixedDecimals);
    if (decimals > kMaxFixedDecimals) {
        // Enough mantissa digits to tell ticks one step apart (2.000e-03, 1.995e-03 for a step of 5e-6).
        const int digits = v == 0.0 ? 1 : std::max(1, decade(std::fabs(v)) - decade(step));
        return formatC("%.*e", digits, v);
    }
    return formatC("%.*f", decimals, v);
}

}  // namespace ts::report
