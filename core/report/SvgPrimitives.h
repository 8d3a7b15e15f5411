// Building blocks of the reports' SVG charts: the shared layout constants and ink, the <svg> header,
// text and lines, and axes with their tick labels. Torch-free and Qt-free.
#pragma once

#include "core/plot/Palette.h"
#include "core/report/Report.h"

#include <string>
#include <vector>

namespace ts::report {

// Layout shared by the charts (SVG user units = CSS pixels).
constexpr int kMarginRight = 20;
constexpr int kMarginBottom = 48;
constexpr int kTitleBaseline = 24;
constexpr int kTitleFontSize = 14;
constexpr int kTickFontSize = 11;
constexpr int kLabelFontSize = 12;
constexpr int kTickLength = 4;
constexpr int kYTitleSpace = 26;          // left of the y tick labels: the rotated axis title
constexpr int kYTitleX = 16;              // where the rotated y axis title is centred
constexpr int kMaxYIntervals = 7;           // y ticks at least 1/7 of the plot height apart
constexpr int kLegendSwatch = 18;
constexpr int kLegendGap = 14;
constexpr double kCharWidthEm = 0.6;      // average glyph advance of a sans-serif font, in em
constexpr double kWideCharWidthEm = 1.0;  // a CJK character's advance, in em
constexpr unsigned char kWideLeadFirst = 0xE3;  // UTF-8 lead bytes of U+3000..U+FFFF: CJK, kana, Hangul, full width
constexpr unsigned char kWideLeadLast = 0xEF;
constexpr size_t kWideCharBytes = 3;        // such a character's bytes in UTF-8
constexpr double kMarkerRadius = 3.5;
constexpr double kRightAngle = -90.0;     // a turned axis title reads bottom to top
constexpr double kMinPlotSide = 10.0;     // the smallest plot width or height drawn
constexpr int kTickLabelGap = 3;          // between a y tick mark and its label
constexpr int kTickTextRaise = 4;         // a y tick label's baseline below its tick, centring the text
constexpr int kXTickTextDrop = 13;        // an x tick label's baseline below the tick mark
constexpr int kXTitleRise = 10;           // the x axis title's baseline above the chart's bottom edge
constexpr int kYLabelsGap = 6;            // between the turned y title's room and the widest tick label

// Ink of every chart, from the palette the PDF pages share (core/plot/Palette.h).
constexpr const char* kFont = "sans-serif";
inline const std::string kInk = hexColor(palette::kInk);
inline const std::string kMutedInk = hexColor(palette::kMutedInk);
inline const std::string kGridColor = hexColor(palette::kGrid);
inline const std::string kAxisColor = hexColor(palette::kAxis);

/// A coordinate with one decimal: "12.5".
std::string coord(double v);
/// Estimated width of `s` in a sans-serif font of `fontSize` units.
double textWidth(const std::string& s, double fontSize);
/// True when `c` starts a wide (CJK) character of kWideCharBytes bytes in UTF-8.
bool isWideCharLead(char c);

/// The opening <svg> element with its title and a white background, labelled for screen readers.
std::string svgOpen(int w, int h, const SvgOptions& opt, const std::string& label);
/// A <text> element (escaped); `extra` adds attributes, e.g. a bold weight.
std::string text(double x, double y, const std::string& s, int size, const char* anchor, const std::string& color,
                 const std::string& extra = {});
/// A <text> turned by `angle` degrees about `origin` ("x,y" as it appears in the transform).
std::string turnedText(const std::string& origin, double angle, const std::string& s, int size, const char* anchor,
                       const std::string& color, bool bold);
/// The plot area's rectangle outlined in the axis colour: filled white (under the grid) or not (over it).
std::string plotFrame(double x, double y, double w, double h, bool filled);
/// A <line> element.
std::string line(double x1, double y1, double x2, double y2, const std::string& color, double width = 1.0);

/// An axis: its range, tick step and tick positions.
struct Axis {
    double lo = 0.0;
    double hi = 1.0;
    double step = 0.2;
    std::vector<double> ticks;
};

/// True when tick `t` lies on the axis's range (within rounding).
bool onAxis(const Axis& a, double t);
/// The width of the axis's widest tick label.
double widestTickLabel(const Axis& a);
/// The left edge of a plot whose y tick labels are `widestTick` wide, right of the turned y title.
double plotLeft(double widestTick);
/// A y tick at height `y` of the plot [x0, x0 + pw]: a grid line across (when `grid`), the mark and its label.
std::string yTick(double x0, double pw, double y, const std::string& label, bool grid);
/// An x tick at `x` under the plot [y0, y0 + ph]: a grid line up (when `grid`), the mark and its label.
std::string xTick(double x, double y0, double ph, const std::string& label, bool grid);
/// The x axis title centred under the plot and the turned y axis title centred left of it, in a chart `h` high.
std::string axisTitles(double x0, double y0, double pw, double ph, int h, const std::string& xLabel,
                       const std::string& yLabel);

/// Ticks at multiples of a nice step (core/plot/Ticks.h) cutting [lo, hi] into at most `maxIntervals`;
/// `extend` widens the range to whole steps (y axes), `integer` keeps the step whole (steps, epochs, counts).
Axis makeAxis(double lo, double hi, int maxIntervals, bool extend, bool integer);
/// The label of tick `v` on an axis of step `step`: "20k", "0.25", "1.995e-03".
std::string tickLabel(double v, double step);

}  // namespace ts::report
