#include "ui/charts/ChartMath.h"

#include "ui/common/TextFormat.h"
#include <QHash>
#include <QObject>

namespace ts {

namespace {

constexpr int kSecondsPerMinute = 60;
constexpr int kSecondsPerHour = 3600;

}  // namespace

int liveRefreshDelayMs(double costMs) {
    constexpr double kCostToDelay = 100.0;  // 1% of the GUI thread
    constexpr int kMinDelayMs = 250;
    constexpr int kMaxDelayMs = 2000;
    if (!(costMs > 0.0)) return kMinDelayMs;
    return static_cast<int>(std::lround(std::clamp(costMs * kCostToDelay, double(kMinDelayMs), double(kMaxDelayMs))));
}

// ---------------------------------------------------------------------------------------------
// Axis scales

std::optional<double> AxisScale::toLinear(double v) const {
    if (!accepts(v)) return std::nullopt;
    return log ? std::log10(v) : v;
}

void HiddenValues::count(double v) {
    if (!std::isfinite(v)) ++nonFinite;
    else if (v <= 0.0) ++nonPositive;
}

QString HiddenValues::describe(const QString& axisName) const {
    QStringList parts;
    if (nonPositive > 0)
        parts << QObject::tr("%n value(s) ≤ 0 not shown on the log %1 axis", nullptr, pluralCount(nonPositive)).arg(axisName);
    if (nonFinite > 0) parts << QObject::tr("%n NaN/infinite value(s) not shown", nullptr, pluralCount(nonFinite));
    return parts.join(QStringLiteral(" · "));
}

bool quantileRange(QVector<double>& values, double lowQ, double highQ, double& lo, double& hi) {
    if (values.isEmpty()) return false;
    const auto at = [&](double q) {
        const qsizetype k = std::clamp<qsizetype>(static_cast<qsizetype>(std::floor(q * double(values.size() - 1))),
                                                  0, values.size() - 1);
        std::nth_element(values.begin(), values.begin() + k, values.end());
        return values[k];
    };
    lo = at(std::clamp(lowQ, 0.0, 1.0));
    hi = at(std::clamp(highQ, 0.0, 1.0));
    if (hi < lo) std::swap(lo, hi);
    return true;
}

// ---------------------------------------------------------------------------------------------
// X axis choices

void MonotoneMap::add(double from, double to) {
    if (!m_knots.isEmpty()) {
        QPointF& last = m_knots.last();
        if (from < last.x()) return;  // out of order: ignore rather than break monotonicity
        if (from == last.x()) {
            last.setY(std::max(to, m_knots.size() > 1 ? m_knots[m_knots.size() - 2].y() : to));
            return;
        }
        to = std::max(to, last.y());
    }
    m_knots.append(QPointF(from, to));
}

double MonotoneMap::forward(double from, int* hint) const {
    const int n = size();
    if (n == 0) return from;
    if (n == 1) return m_knots[0].y() + (from - m_knots[0].x());
    int i = -1;  // segment [i, i+1]
    if (hint && *hint >= 0 && *hint < n - 1) {
        int h = *hint;
        // Sorted lookups move forward a little at a time.
        for (int tries = 0; tries < 4 && h < n - 2 && from >= m_knots[h + 1].x(); ++tries) ++h;
        if (m_knots[h].x() <= from && from < m_knots[h + 1].x()) i = h;
    }
    if (i < 0) {
        const auto it = std::upper_bound(m_knots.cbegin(), m_knots.cend(), from,
                                         [](double x, const QPointF& k) { return x < k.x(); });
        i = std::clamp(static_cast<int>(it - m_knots.cbegin()) - 1, 0, n - 2);
    }
    if (hint) *hint = i;
    const QPointF& a = m_knots[i];
    const QPointF& b = m_knots[i + 1];
    return a.y() + (b.y() - a.y()) * (from - a.x()) / (b.x() - a.x());
}

double MonotoneMap::inverse(double to) const {
    const int n = size();
    if (n == 0) return to;
    if (n == 1) return m_knots[0].x() + (to - m_knots[0].y());
    const auto it = std::lower_bound(m_knots.cbegin(), m_knots.cend(), to,
                                     [](const QPointF& k, double y) { return k.y() < y; });
    const int i = std::clamp(static_cast<int>(it - m_knots.cbegin()) - 1, 0, n - 2);
    const QPointF& a = m_knots[i];
    const QPointF& b = m_knots[i + 1];
    if (b.y() == a.y()) return a.x();
    return a.x() + (b.x() - a.x()) * (to - a.y()) / (b.y() - a.y());
}

void RunTimeline::clear() {
    m_epoch.clear();
    m_time.clear();
}

void RunTimeline::add(double step, double epochFraction, double elapsedSec) {
    if (m_epoch.isEmpty()) {  // training starts at step 0, epoch 0, second 0
        m_epoch.add(0.0, 0.0);
        m_time.add(0.0, 0.0);
    }
    m_epoch.add(step, epochFraction);
    m_time.add(step, elapsedSec);
}

double RunTimeline::convert(double x, XAxisKind from, XAxisKind to, int* hint) const {
    if (from == to || isEmpty()) return x;
    double step = x;
    if (from == XAxisKind::Epoch) step = m_epoch.inverse(x);
    else if (from == XAxisKind::WallTime) step = m_time.inverse(x);
    if (to == XAxisKind::Epoch) return m_epoch.forward(step, hint);
    if (to == XAxisKind::WallTime) return m_time.forward(step, hint);
    return step;
}

QString xAxisTitle(XAxisKind kind) {
    switch (kind) {
    case XAxisKind::Step: return QObject::tr("step");
    case XAxisKind::Epoch: return QObject::tr("epoch");
    case XAxisKind::WallTime: return QObject::tr("time (s)");
    }
    return QString();
}

QString formatElapsed(double seconds) {
    if (!std::isfinite(seconds)) return QStringLiteral("–");
    if (seconds < kSecondsPerMinute) return QStringLiteral("%1 s").arg(seconds, 0, 'f', 1);
    const qint64 s = static_cast<qint64>(std::llround(seconds));
    if (s < kSecondsPerHour)
        return QStringLiteral("%1m %2s").arg(s / kSecondsPerMinute).arg(s % kSecondsPerMinute, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h %2m %3s")
        .arg(s / kSecondsPerHour)
        .arg((s % kSecondsPerHour) / kSecondsPerMinute, 2, 10, QLatin1Char('0'))
        .arg(s % kSecondsPerMinute, 2, 10, QLatin1Char('0'));
}

// ---------------------------------------------------------------------------------------------
// Colours

QColor seriesColor(const QString& key) {
    static QHash<QString, int> assigned;
    static int next = kFirstFreePaletteIndex;
    auto it = assigned.find(key);
    if (it == assigned.end()) {
        const int fixed = fixedPaletteIndex(key.toStdString());
        it = assigned.insert(key, fixed >= 0 ? fixed : next++ % static_cast<int>(kSeriesPalette.size()));
    }
    return toQColor(kSeriesPalette[static_cast<size_t>(*it)]);
}

QString seriesColorKey(const QString& seriesName) {
    const QString trimmed = seriesName.trimmed();
    const int space = trimmed.indexOf(QLatin1Char(' '));
    return (space < 0 ? trimmed : trimmed.left(space)).toLower();
}

QColor toQColor(const Rgb& c) { return QColor(c.r, c.g, c.b); }

QColor chartGridColor() {
    constexpr int kGridAlpha = 28;  // of 255
    return QColor(0, 0, 0, kGridAlpha);
}

}  // namespace ts
