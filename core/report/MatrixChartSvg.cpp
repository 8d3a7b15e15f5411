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
constexpr int kHeatColorBarWidth = 14;
constexpr int kHeatYTitleX = 14;           // where the turned "True class" is centred
constexpr double kDarkBackground = 0.55;   // luminance below which cell text turns white (as in ConfusionMatrixView)
constexpr int kMinCellFontSize = 7;

// Histogram.
constexpr int kHistRowHeight = 20;
constexpr int kHistBarHeight = 14;
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

}  // namespace

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
            const MixedColor fill = scaleColor(maxCount > 0 ? double(count) / double(maxCount) : 0.0);
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
        out += turnedText(coord(cx) + "," + coord(cy), -kHeatColumnAngle, cm.classNames[size_t(p)], kLabelFontSize, "end",
                          kInk, false);
    }
    out += text(left + grid / 2, h - 8, "Predicted class", kLabelFontSize, "middle", kInk, " font-weight=\"bold\"");
    out += turnedText(std::to_string(kHeatYTitleX) + "," + coord(top + grid / 2), kRightAngle, "True class", kLabelFontSize,
                      "middle", kInk, true);
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
                      kHistColor.c_str());
        out += text(left + len + 4, y + kHistBarHeight - 3, thousands(data.trainHistogram[i]), kTickFontSize, "start",
                    kMutedInk);
    }
    return out + "</svg>\n";
}

}  // namespace ts
