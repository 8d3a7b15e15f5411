#include "ui/confusion/ConfusionStyle.h"

#include "ui/charts/ChartMath.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ts {
namespace confusion {

namespace {

constexpr double kDarkBackground = 0.55;  // luminance below which cell text turns white

// Diverging scale for changes: red (shrank) - white - blue (grew), as positions in [0, 1].
constexpr std::array<ColorStop, 5> kDiverging{{
    {0.00, {0xb2, 0x18, 0x2b}},
    {0.25, {0xef, 0x8a, 0x62}},
    {0.50, {0xf7, 0xf7, 0xf7}},
    {0.75, {0x67, 0xa9, 0xcf}},
    {1.00, {0x21, 0x66, 0xac}},
}};

// Summary strips: white-to-green, so they do not read as matrix cells.
constexpr std::array<ColorStop, 3> kSummaryScale{{
    {0.00, {0xfc, 0xfd, 0xf7}},
    {0.60, {0xa1, 0xd9, 0x9b}},
    {1.00, {0x23, 0x8b, 0x45}},
}};

// The colour of `scale` at `v` (clamped to [0, 1]), mixed linearly between its stops.
template <size_t N>
QColor interpolate(const std::array<ColorStop, N>& scale, double v) {
    v = std::clamp(v, 0.0, 1.0);
    for (size_t i = 1; i < N; ++i) {
        if (v > scale[i].at) continue;
        const ColorStop& a = scale[i - 1];
        const ColorStop& b = scale[i];
        const double t = (v - a.at) / (b.at - a.at);
        const auto mix = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
        return QColor(mix(a.color.r, b.color.r), mix(a.color.g, b.color.g), mix(a.color.b, b.color.b));
    }
    return toQColor(scale.back().color);
}

// Perceived brightness of a colour in [0, 1].
double luminance(const QColor& c) {
    return (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) / 255.0;
}

}  // namespace

QColor heatColor(double v) {
    return interpolate(kHeatScale, v);
}

QColor changeColor(double v) {
    return interpolate(kDiverging, 0.5 + 0.5 * v);
}

QColor summaryColor(double v) {
    return interpolate(kSummaryScale, v);
}

QColor inkFor(const QColor& fill) {
    return luminance(fill) < kDarkBackground ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
}

QLinearGradient colorBarGradient(const QRect& bar, bool change) {
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    if (change) {
        for (const ColorStop& stop : kDiverging) gradient.setColorAt(stop.at, toQColor(stop.color));
    } else {
        for (const ColorStop& stop : kHeatScale) gradient.setColorAt(stop.at, toQColor(stop.color));
    }
    return gradient;
}

QString percentText(double fraction) {
    return QString::number(100.0 * fraction, 'f', 1) + QLatin1Char('%');
}

QString signedChange(double change, bool counts) {
    const double shown = counts ? change : 100.0 * change;
    const QString magnitude = counts ? QString::number(std::llround(std::fabs(shown)))
                                     : QString::number(std::fabs(shown), 'f', 1);
    if (magnitude == QLatin1String("0") || magnitude == QLatin1String("0.0")) return magnitude;
    return (shown > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

}  // namespace confusion
}  // namespace ts
