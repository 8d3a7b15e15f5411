#include "ui/experiments/TrialPalette.h"

#include <algorithm>
#include <cmath>

namespace ts {

namespace {
/// Red, orange, mustard, green, blue: neighbours mix without passing through grey.
const QColor kStops[] = {QColor(0xd7, 0x30, 0x1f), QColor(0xf0, 0x8a, 0x2c), QColor(0xc9, 0xa8, 0x00),
                         QColor(0x3d, 0xa3, 0x4a), QColor(0x2c, 0x5f, 0xc0)};
constexpr int kStopCount = int(sizeof(kStops) / sizeof(kStops[0]));
const QColor kMissing(0x9e, 0x9e, 0x9e);

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
}  // namespace

QColor TrialPalette::forGoodness(double goodness) {
    if (!std::isfinite(goodness)) return kMissing;
    const double g = std::clamp(goodness, 0.0, 1.0);
    const double scaled = g * (kStopCount - 1);
    const int i = std::min(int(scaled), kStopCount - 2);
    return mix(kStops[i], kStops[i + 1], scaled - i);
}

}  // namespace ts
