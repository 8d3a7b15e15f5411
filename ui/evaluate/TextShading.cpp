#include "ui/evaluate/TextShading.h"

#include <algorithm>
#include <cmath>

namespace ts::textshading {

namespace {

constexpr double kFallbackLossTop = 8.0;  // nats, when the vocabulary is unknown
const QColor kNeutral(0xff, 0xff, 0xff);
const QColor kLossMiddle(0xfd, 0xc0, 0x8a);
const QColor kLossTop(0xf2, 0x6b, 0x4f);
const QColor kAgainst(0x6b, 0xae, 0xd6);
const QColor kTowards(0xf5, 0x9a, 0x3c);

/// The colour at `t` in [0, 1] along equally spaced `stops`.
QColor along(const QVector<QColor>& stops, double t) {
    const double x = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const int i = std::min(static_cast<int>(x), static_cast<int>(stops.size()) - 2);
    const double f = x - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    const auto mix = [f](int u, int v) { return static_cast<int>(std::lround(u + f * (v - u))); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

}  // namespace

QVector<QColor> lossStops() {
    return {kNeutral, kLossMiddle, kLossTop};
}

QVector<QColor> weightStops() {
    return {kAgainst, kNeutral, kTowards};
}

double lossScaleTop(int64_t vocabSize) {
    if (vocabSize <= 1) return kFallbackLossTop;
    return std::max(std::log(2.0), std::log(double(vocabSize)));
}

QColor lossColor(double loss, double top) {
    return along(lossStops(), top > 0.0 && std::isfinite(loss) ? loss / top : 1.0);
}

QColor weightColor(double weight, double largest) {
    const double t = largest > 0.0 && std::isfinite(weight) ? weight / largest : 0.0;
    return along(weightStops(), 0.5 + 0.5 * std::clamp(t, -1.0, 1.0));
}

QString visibleToken(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    out.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return QStringLiteral("“%1”").arg(out);
}

}  // namespace ts::textshading
