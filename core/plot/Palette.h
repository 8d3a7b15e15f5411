// The colours of curves and chart ink as plain RGB, one set for the window (ui/charts converts them to
// QColor) and for the reports (SVG and PDF), so a training curve has the same colour everywhere.
// Torch-free and Qt-free.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ts {

/// A colour as 8-bit red, green and blue.
struct Rgb {
    uint8_t r = 0;
    uint8_t g = 0;
    uint8_t b = 0;
};

constexpr bool operator==(const Rgb& a, const Rgb& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
constexpr bool operator!=(const Rgb& a, const Rgb& b) { return !(a == b); }

/// Tableau 10: distinct series colours, colour-blind-friendlier than a toolkit's defaults.
constexpr std::array<Rgb, 10> kSeriesPalette{{
    {0x1f, 0x77, 0xb4}, {0xff, 0x7f, 0x0e}, {0x2c, 0xa0, 0x2c}, {0xd6, 0x27, 0x28}, {0x94, 0x67, 0xbd},
    {0x8c, 0x56, 0x4b}, {0xe3, 0x77, 0xc2}, {0x7f, 0x7f, 0x7f}, {0xbc, 0xbd, 0x22}, {0x17, 0xbe, 0xcf},
}};

/// A series family with a colour of its own: the first word of a series name, lower-cased ("val loss
/// (epoch)" is of family "val"), and its index in kSeriesPalette.
struct SeriesFamily {
    const char* key;
    int paletteIndex;
};

/// The families whose colour is fixed in every chart and report; other families take the next free
/// palette colours, from kFirstFreePaletteIndex on.
constexpr std::array<SeriesFamily, 4> kFixedSeriesFamilies{{{"train", 0}, {"val", 1}, {"learning", 2}, {"test", 3}}};
constexpr int kFirstFreePaletteIndex = 4;

/// The palette index of a family with a fixed colour; -1 for any other family.
int fixedPaletteIndex(std::string_view familyKey);
/// "#1f77b4".
std::string hexColor(const Rgb& c);

/// A colour at a position in [0, 1] of a continuous scale.
struct ColorStop {
    double at;
    Rgb color;
};

/// The white-to-dark-blue scale of confusion-matrix heatmaps (window and reports).
constexpr std::array<ColorStop, 5> kHeatScale{{
    {0.00, {0xf7, 0xfb, 0xff}}, {0.25, {0xc6, 0xdb, 0xef}}, {0.50, {0x6b, 0xae, 0xd6}},
    {0.75, {0x21, 0x71, 0xb5}}, {1.00, {0x08, 0x30, 0x6b}},
}};

namespace palette {

/// Curves of the training split: loss, accuracy, the class histogram of the training data.
constexpr Rgb kTrain = kSeriesPalette[0];
/// Curves of the validation split (and of per-epoch evaluations).
constexpr Rgb kValidation = kSeriesPalette[1];
/// The learning rate.
constexpr Rgb kLearningRate = kSeriesPalette[2];
/// The test split.
constexpr Rgb kTest = kSeriesPalette[3];
/// Correct predictions (confidence histogram).
constexpr Rgb kCorrect = kSeriesPalette[2];
/// Wrong predictions, and the gap between confidence and accuracy.
constexpr Rgb kWrong = kSeriesPalette[3];

/// Chart ink of the reports (SVG charts and PDF pages): text, secondary text, grid lines and axes.
constexpr Rgb kInk{0x1f, 0x29, 0x37};
constexpr Rgb kMutedInk{0x4b, 0x55, 0x63};
constexpr Rgb kGrid{0xe5, 0xe7, 0xeb};
constexpr Rgb kAxis{0x9c, 0xa3, 0xaf};

}  // namespace palette

}  // namespace ts
