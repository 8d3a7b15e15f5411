// The reports' bar and cell charts: the confusion-matrix heatmap and the training samples per class, as SVG.
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

// Heatmap.
constexpr int kHeatMaxCell = 48;
constexpr int kHeatMinCell = 16;
constexpr int kHeatGridTarget = 380;       // grid edge the cell size aims for
constexpr double kHeatColumnAngle = 40.0;  // degrees the column labels are turned
constexpr double kPi = 3.14159265358979323846;
constexpr double kDegrees = 180.0;         // per pi
constexpr int kHeatColorBarWidth = 14;
constexpr int kHeatYTitleX = 14;           // where the turned "True class" is centred
constexpr int kHeatTitleRoom = 30;         // left of the row labels: the turned "True class"
constexpr int kHeatTop = 12;
constexpr int kLabelGap = 8;               // between labels and what they label
constexpr int kRowLabelGap = 6;            // between a row label and the grid
constexpr int kTextRaise = 4;              // a label's baseline below the centre it is aligned with
constexpr int kColumnLabelDrop = 10;       // the turned column labels start this far below the grid
constexpr int kBarGap = 16;                // between the grid and the colour bar
constexpr int kBarTextGap = 5;             // between the colour bar and its labels
constexpr int kBarTopLabelDrop = 9;        // the colour bar's top label baseline below its top
constexpr int kPredictedTitleRoom = 28;    // under the column labels: "Predicted class"
constexpr int kPredictedTitleRise = 8;     // its baseline above the bottom edge
constexpr int kColorBands = 32;            // the colour bar is stacked bands (no gradients: drawn the same everywhere)
constexpr double kBandOverlap = 0.5;       // bands overlap a little, so no hairline shows between them
constexpr double kFrameOpacity = 0.15;
constexpr int kLargeCell = 40;             // cells this large get 12-unit counts, ...
constexpr int kMediumCell = 28;            // ... these 10-unit ones, smaller ones 8-unit ones
constexpr int kLargeCellFont = 12;
constexpr int kMediumCellFont = 10;
constexpr int kSmallCellFont = 8;
constexpr int kCellTextPad = 4;            // a count must fit the cell less this
constexpr double kDigitCentreEm = 0.35;    // baseline shift that centres digits vertically, in em
constexpr double kDarkBackground = 0.55;   // luminance below which cell text turns white (as in ui/confusion/ConfusionStyle.cpp)
constexpr int kMinCellFontSize = 7;
constexpr const char* kZeroCountInk = "#9e9e9e";
constexpr const char* kOnDarkInk = "#ffffff";
constexpr const char* kOnLightInk = "#1a1a1a";

// Histogram.
constexpr int kHistRowHeight = 20;
constexpr int kHistBarHeight = 14;
constexpr int kHistMargin = 8;             // left of the labels and the title
constexpr int kHistTitleBaseline = 16;
constexpr int kHistFirstRow = 26;          // top of the first bar
constexpr int kHistBottomRoom = 30;        // the title row and a bottom margin
constexpr int kHistMinWidth = 240;
constexpr double kHistMinBar = 40.0;       // the longest bar is at least this long
constexpr int kCountGap = 4;               // between a bar and its count
constexpr int kCountRoom = 10;             // right of the longest bar's count
constexpr int kBarTextRaise = 3;           // a bar's text baseline above the bar's bottom
const std::string kHistColor = hexColor(palette::kTrain);  // training samples, as in the window's preview

/// A colour of the heat scale before rounding to 8 bits.
struct MixedColor {
    double r, g, b;
};

/// The heat scale (core/plot/Palette.h) at v in [0, 1], linearly between its stops.
MixedColor scaleColor(double v) {
    v = std::clamp(v, 0.0, 1.0);
    const auto mixed = [](const Rgb& c) { return MixedColor{double(c.r), double(c.g), double(c.b)}; };
    for (size_t i = 1; i < kHeatScale.size(); ++i) {
        if (v > kHeatScale[i].at) continue;
        const MixedColor a = mixed(kHeatScale[i - 1].color);
        const MixedColor b = mixed(kHeatScale[i].color);
        const double t = (v - kHeatScale[i - 1].at) / (kHeatScale[i].at - kHeatScale[i - 1].at);
        return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
    }
    return mixed(kHeatScale.back().color);
}

std::string hex(const MixedColor& c) {
    return formatC("#%02x%02x%02x", int(std::lround(c.r)), int(std::lround(c.g)), int(std::lround(c.b)));
}

double luminance(const MixedColor& c) { return (0.299 * c.r + 0.587 * c.g + 0.114 * c.b) / 255.0; }

/// Where the parts of a confusion-matrix heatmap go.
struct HeatLayout {
    int n = 0;                   ///< classes
    int cell = 0;                ///< cell edge
    double left = 0, top = 0;    ///< the grid's top-left corner
    double grid = 0;             ///< the grid's edge
    double barX = 0;             ///< the colour bar's left edge
    int w = 0, h = 0;            ///< the chart's size
    int valueFont = 0;           ///< font size of the counts (below kMinCellFontSize: none drawn)
    int64_t maxCount = 0;
    std::string maxText;         ///< the largest count, as shown on the colour bar
};

HeatLayout heatLayout(const ConfusionMatrix& cm) {
    HeatLayout l;
    l.n = cm.classCount();
    l.cell = std::clamp(kHeatGridTarget / l.n, kHeatMinCell, kHeatMaxCell);
    size_t longest = 0;
    for (const std::string& name : cm.classNames) longest = std::max(longest, name.size());
    const double labelWidth = double(longest) * kLabelFontSize * kCharWidthEm;
    const double angle = kHeatColumnAngle * kPi / kDegrees;
    l.left = kHeatTitleRoom + labelWidth + kLabelGap;
    l.top = kHeatTop;
    l.grid = double(l.n) * l.cell;
    const double columnLabelHeight = labelWidth * std::sin(angle) + kLabelFontSize + kLabelGap;
    l.barX = l.left + l.grid + kBarGap;
    for (int64_t c : cm.counts) l.maxCount = std::max(l.maxCount, c);
    l.maxText = thousands(l.maxCount);
    l.w = int(std::ceil(l.barX + kHeatColorBarWidth + kLabelGap + textWidth(l.maxText, kTickFontSize) + kLabelGap));
    l.h = int(std::ceil(l.top + l.grid + columnLabelHeight + kPredictedTitleRoom));
    l.valueFont = l.cell >= kLargeCell ? kLargeCellFont : l.cell >= kMediumCell ? kMediumCellFont : kSmallCellFont;
    const double widest = textWidth(l.maxText, 1.0);
    while (l.valueFont >= kMinCellFontSize && widest * l.valueFont > l.cell - kCellTextPad) --l.valueFont;
    return l;
}

/// A faint outline.
std::string outline(double x, double y, double w, double h) {
    return formatC("<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" fill=\"none\" stroke=\"#000000\" stroke-opacity=\"%g\"/>\n",
                   x, y, w, h, kFrameOpacity);
}

/// The cells, each with its count and a tooltip, and the grid's outline.
std::string heatCells(const ConfusionMatrix& cm, const HeatLayout& l, const ReportPhrases& ph) {
    std::string out;
    const int n = l.n;
    std::vector<int64_t> rowSums(size_t(n), 0);
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p) rowSums[size_t(t)] += cm.at(t, p);
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const int64_t count = cm.at(t, p);
            const MixedColor fill = scaleColor(l.maxCount > 0 ? double(count) / double(l.maxCount) : 0.0);
            const double x = l.left + p * l.cell, y = l.top + t * l.cell;
            const double share = rowSums[size_t(t)] > 0 ? 100.0 * double(count) / double(rowSums[size_t(t)]) : 0.0;
            out += "<g><title>" +
                   esc(fillIn(ph("Report", "True: %1, predicted: %2 - %3 samples (%4% of %1)"),
                              {cm.classNames[size_t(t)], cm.classNames[size_t(p)], thousands(count), formatC("%.1f", share)})) +
                   "</title>";
            out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", x, y, l.cell, l.cell,
                           hex(fill).c_str());
            if (l.valueFont >= kMinCellFontSize) {
                const char* ink = count == 0 ? kZeroCountInk : luminance(fill) < kDarkBackground ? kOnDarkInk : kOnLightInk;
                out += text(x + l.cell / 2.0, y + l.cell / 2.0 + l.valueFont * kDigitCentreEm, thousands(count), l.valueFont,
                            "middle", ink);
            } else {
                out += "\n";
            }
            out += "</g>\n";
        }
    }
    return out + outline(l.left, l.top, l.grid, l.grid);
}

/// Row labels (true class), turned column labels (predicted class) and both axis titles.
std::string heatLabels(const ConfusionMatrix& cm, const HeatLayout& l, const ReportPhrases& ph) {
    std::string out;
    for (int t = 0; t < l.n; ++t)
        out += text(l.left - kRowLabelGap, l.top + t * l.cell + l.cell / 2.0 + kTextRaise, cm.classNames[size_t(t)],
                    kLabelFontSize, "end", kInk);
    for (int p = 0; p < l.n; ++p) {
        const double cx = l.left + p * l.cell + l.cell / 2.0 + kTextRaise, cy = l.top + l.grid + kColumnLabelDrop;
        out += turnedText(coord(cx) + "," + coord(cy), -kHeatColumnAngle, cm.classNames[size_t(p)], kLabelFontSize, "end",
                          kInk, false);
    }
    out += text(l.left + l.grid / 2, l.h - kPredictedTitleRise, ph("Report", "Predicted class"), kLabelFontSize, "middle", kInk,
                " font-weight=\"bold\"");
    out += turnedText(std::to_string(kHeatYTitleX) + "," + coord(l.top + l.grid / 2), kRightAngle, ph("Report", "True class"),
                      kLabelFontSize, "middle", kInk, true);
    return out;
}

/// The colour bar beside the grid, from 0 at the bottom to the largest count at the top.
std::string colorBar(const HeatLayout& l) {
    std::string out;
    for (int i = 0; i < kColorBands; ++i) {
        const double y = l.top + l.grid - (i + 1) * l.grid / kColorBands;
        out += formatC("<rect x=\"%g\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>\n", l.barX, y,
                       kHeatColorBarWidth, l.grid / kColorBands + kBandOverlap,
                       hex(scaleColor((i + 0.5) / kColorBands)).c_str());
    }
    out += outline(l.barX, l.top, kHeatColorBarWidth, l.grid);
    out += text(l.barX + kHeatColorBarWidth + kBarTextGap, l.top + kBarTopLabelDrop, l.maxText, kTickFontSize, "start",
                kMutedInk);
    out += text(l.barX + kHeatColorBarWidth + kBarTextGap, l.top + l.grid, "0", kTickFontSize, "start", kMutedInk);
    return out;
}

}  // namespace

std::string confusionMatrixSvg(const ConfusionMatrix& cm, const SvgOptions& opt, const ReportPhrases& ph) {
    const int n = cm.classCount();
    if (n == 0 || cm.counts.size() != size_t(n) * size_t(n)) return {};
    const HeatLayout l = heatLayout(cm);
    return svgOpen(l.w, l.h, opt, ph("Report", "Confusion matrix")) + heatCells(cm, l, ph) + heatLabels(cm, l, ph) + colorBar(l) +
           "</svg>\n";
}

std::string classHistogramSvg(const DatasetInfo& data, const SvgOptions& opt, const ReportPhrases& ph) {
    const size_t n = std::min(data.classNames.size(), data.trainHistogram.size());
    if (n == 0) return {};
    size_t longest = 0;
    int64_t maxCount = 0;
    for (size_t i = 0; i < n; ++i) {
        longest = std::max(longest, data.classNames[i].size());
        maxCount = std::max(maxCount, data.trainHistogram[i]);
    }
    const double left = kHistMargin + textWidth(std::string(longest, 'x'), kLabelFontSize) + kLabelGap;
    const double countWidth = textWidth(thousands(maxCount), kTickFontSize) + kCountRoom;
    const int w = std::max(kHistMinWidth, opt.width / 2);
    const double barMax = std::max(kHistMinBar, w - left - countWidth);
    const int h = int(n) * kHistRowHeight + kHistBottomRoom;
    const std::string title = ph("Report", "Training samples per class");
    std::string out = svgOpen(w, h, opt, title);
    out += text(kHistMargin, kHistTitleBaseline, title, kLabelFontSize, "start", kInk,
                " font-weight=\"bold\"");
    for (size_t i = 0; i < n; ++i) {
        const double y = kHistFirstRow + double(i) * kHistRowHeight;
        const double len = maxCount > 0 ? barMax * double(data.trainHistogram[i]) / double(maxCount) : 0.0;
        out += text(left - kRowLabelGap, y + kHistBarHeight - kBarTextRaise, data.classNames[i], kLabelFontSize, "end", kInk);
        out += formatC("<rect x=\"%g\" y=\"%g\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n", left, y, len, kHistBarHeight,
                       kHistColor.c_str());
        out += text(left + len + kCountGap, y + kHistBarHeight - kBarTextRaise, thousands(data.trainHistogram[i]),
                    kTickFontSize, "start", kMutedInk);
    }
    return out + "</svg>\n";
}

}  // namespace ts
