#include "core/report/SvgPrimitives.h"
#include "core/common/Numbers.h"
#include "core/report/ReportText.h"

#include <algorithm>
#include <cmath>

namespace ts::report {

namespace {

double niceStep(double range, int target) {
    if (!(range > 0)) return 1.0;
    const double rough = range / target;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double norm = rough / magnitude;
    const double mult = norm < 1.5 ? 1.0 : norm < 3.0 ? 2.0 : norm < 7.0 ? 5.0 : 10.0;
    return mult * magnitude;
}

}  // namespace

std::string coord(double v) { return formatC("%.1f", v); }

double textWidth(const std::string& s, double fontSize) { return double(s.size()) * fontSize * kCharWidthEm; }

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

std::string line(double x1, double y1, double x2, double y2, const std::string& color, double width) {
    return "<line x1=\"" + coord(x1) + "\" y1=\"" + coord(y1) + "\" x2=\"" + coord(x2) + "\" y2=\"" + coord(y2) +
           "\" stroke=\"" + color + "\" stroke-width=\"" + formatC("%g", width) + "\"/>\n";
}

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

}  // namespace ts::report
