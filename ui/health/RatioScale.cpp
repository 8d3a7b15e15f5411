#include "ui/health/RatioScale.h"

#include <algorithm>
#include <cmath>

namespace ts::ratioscale {

namespace {
const QColor kMissing(0xdd, 0xdd, 0xdd);
constexpr int kMantissaDecimals = 1;
}  // namespace

QVector<QColor> stops() {
    // ColorBrewer's RdBu, reversed: blue (too small) through near-white (on target) to red (too large).
    return {QColor(0x21, 0x66, 0xac), QColor(0x67, 0xa9, 0xcf), QColor(0xd1, 0xe5, 0xf0), QColor(0xf7, 0xf7, 0xf7),
            QColor(0xfd, 0xdb, 0xc7), QColor(0xef, 0x8a, 0x62), QColor(0xb2, 0x18, 0x2b)};
}

QColor missingColor() { return kMissing; }

QColor colorOf(double ratio) {
    if (!(ratio >= 0.0) || !std::isfinite(ratio)) return kMissing;
    static const QVector<QColor> scale = stops();
    const double logRatio = ratio > 0.0 ? std::log10(ratio) : kLowLog;
    const double t = std::clamp((logRatio - kLowLog) / (kHighLog - kLowLog), 0.0, 1.0) * double(scale.size() - 1);
    const int i = std::min(static_cast<int>(t), static_cast<int>(scale.size()) - 2);
    const double f = t - i;
    const QColor& a = scale[i];
    const QColor& b = scale[i + 1];
    const auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

bool outsideBand(double ratio, double low, double high) {
    return ratio >= 0.0 && std::isfinite(ratio) && (ratio < low || ratio > high);
}

QString ratioText(double ratio) {
    if (!(ratio >= 0.0) || !std::isfinite(ratio)) return QStringLiteral("–");
    if (ratio == 0.0) return QStringLiteral("0");
    int exponent = static_cast<int>(std::floor(std::log10(ratio)));
    double mantissa = ratio / std::pow(10.0, exponent);
    if (std::lround(mantissa * 10.0) >= 100) {  // 9.96 rounds to 10.0: write 1.0 and the next power
        mantissa /= 10.0;
        ++exponent;
    }
    if (exponent >= -2 && exponent <= 2) return QString::number(ratio, 'g', 2);
    return QStringLiteral("%1e%2").arg(QString::number(mantissa, 'f', kMantissaDecimals)).arg(exponent);
}

QString powerText(int exponent) {
    return exponent == 0 ? QStringLiteral("1") : QStringLiteral("1e%1").arg(exponent);
}

QString thresholdText(double ratio) {
    constexpr double kExactPower = 1e-9;  // in decades
    if (ratio > 0.0 && std::isfinite(ratio)) {
        const double decades = std::log10(ratio);
        if (std::fabs(decades - std::round(decades)) < kExactPower) return powerText(static_cast<int>(std::lround(decades)));
    }
    return ratioText(ratio);
}

}  // namespace ts::ratioscale
