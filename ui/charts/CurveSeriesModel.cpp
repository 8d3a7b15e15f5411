#include "ui/charts/CurveSeriesModel.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace ts {

namespace {

constexpr double kMaxSmoothing = 0.99;

/// Decimates one series for one display window. It remembers the last index it converted to displayed x,
/// because the decimators ask for the same point's x several times.
class SeriesDecimator {
public:
    SeriesDecimator(CurveSeries& series, const CurveDisplayWindow& window)
        : m_s(series), m_w(window), m_data(series.raw.constData()), m_n(static_cast<int>(series.raw.size())) {}

    /// Fills the series' displayed points, extent, visible index range and hidden-value counts.
    void run(QVector<int>& kept) {
        const QPointF* last = m_data + m_n;
        const int begin = static_cast<int>(
            std::lower_bound(m_data, last, m_w.nativeLo, [](const QPointF& p, double x) { return p.x() < x; }) - m_data);
        const int end = static_cast<int>(
            std::upper_bound(m_data, last, m_w.nativeHi, [](double x, const QPointF& p) { return x < p.x(); }) - m_data);
        m_s.rangeBegin = begin;
        m_s.rangeEnd = end;
        if (m_w.xScale.log && !m_w.zoomed) {  // leading x ≤ 0 lie left of the log axis: count them as hidden
            for (int i = 0; i < begin && !m_w.xScale.accepts(displayX(i)); ++i) m_s.hiddenX.count(displayX(i));
            m_hint = 0;
        }
        kept.clear();
        select(begin, end, kept);
        m_s.displayed.reserve(kept.size() + 2);
        // The nearest point outside the range on each side keeps lines running to the edges.
        if (begin > 0 && edgeUsable(begin - 1)) appendEdge(begin - 1);
        m_hint = 0;
        for (int i : std::as_const(kept)) {
            m_s.displayed.append(QPointF(displayX(i), m_data[i].y()));
            m_s.extent.add(m_data[i].y());
        }
        if (end < m_n && edgeUsable(end)) appendEdge(end);
    }

private:
    /// Indices in [begin, end) to draw: every pixel column's extremes, or its last point for a smooth curve.
    void select(int begin, int end, QVector<int>& kept) {
        const auto xOf = [this](int i) { return this->xOf(i); };
        const auto usable = [this](int i) { return this->usable(i); };
        const auto blockUsable = [this](int b) { return this->blockUsable(b); };
        if (m_s.smoothCurve || m_s.source >= 0) {
            decimateLastPerBucket(begin, end, m_w.uLo, m_w.uHi, m_w.buckets, xOf, usable, kept, &m_s.blocks, blockUsable);
        } else {
            const auto yOf = [this](int i) { return m_data[i].y(); };
            decimateMinMax(begin, end, m_w.uLo, m_w.uHi, m_w.buckets, xOf, yOf, usable, kept, &m_s.blocks, blockUsable);
        }
    }

    double displayX(int i) {
        if (i != m_cachedIndex) {
            m_cachedIndex = i;
            m_cachedDisplay = m_w.mapping.toDisplaySorted(m_data[i].x(), &m_hint);
        }
        return m_cachedDisplay;
    }

    /// Bucket coordinate: displayed x on the axis' linear coordinate.
    double xOf(int i) {
        const double d = displayX(i);
        return m_w.xScale.log ? std::log10(d) : d;
    }

    /// True when point i can be drawn; counts it as hidden otherwise.
    bool usable(int i) {
        const double y = m_data[i].y();
        if (!m_w.yScale.accepts(y)) {
            m_s.hiddenY.count(y);
            return false;
        }
        if (m_w.xScale.log && !m_w.xScale.accepts(displayX(i))) {
            m_s.hiddenX.count(displayX(i));
            return false;
        }
        return true;
    }

    /// A block is drawable whole when all its y are (finite, > 0 on a log scale) and, on a log x axis, its
    /// first x is (x only grows along a series).
    bool blockUsable(int b) {
        const BlockExtremes::Block& blk = m_s.blocks.block(b);
        if (!blk.finite || (m_w.yScale.log && !blk.positive)) return false;
        return !m_w.xScale.log || m_w.xScale.accepts(displayX(b * BlockExtremes::kPoints));
    }

    bool edgeUsable(int i) const {
        return m_w.yScale.accepts(m_data[i].y()) && m_w.xScale.accepts(m_w.mapping.toDisplay(m_data[i].x()));
    }

    void appendEdge(int i) { m_s.displayed.append(QPointF(m_w.mapping.toDisplay(m_data[i].x()), m_data[i].y())); }

    CurveSeries& m_s;
    const CurveDisplayWindow& m_w;
    const QPointF* m_data;
    int m_n;
    int m_hint = 0;
    int m_cachedIndex = -1;
    double m_cachedDisplay = 0.0;
};

}  // namespace

int CurveSeriesModel::add(const QString& name, const QColor& color, CurveSeriesStyle style) {
    CurveSeries s;
    s.name = name;
    s.color = color;
    s.style = style;
    m_series.push_back(std::move(s));
    return count() - 1;
}

int CurveSeriesModel::idOf(const QString& name) const {
    for (int i = 0; i < count(); ++i)
        if (at(i).name == name) return i;
    return -1;
}

bool CurveSeriesModel::append(int id, const QVector<QPointF>& points) {
    if (!contains(id) || at(id).source >= 0) return false;
    CurveSeries& s = series(id);
    const int from = static_cast<int>(s.raw.size());
    s.raw += points;
    s.dirty = true;
    for (CurveSeries& other : m_series) {
        if (other.source == id) {
            extendSmoothed(other, s.raw, from);
            other.dirty = true;
        }
    }
    return true;
}

bool CurveSeriesModel::setSmoothedSource(int smoothedId, int rawId) {
    if (!contains(smoothedId) || smoothedId == rawId || rawId >= count()) return false;
    CurveSeries& s = series(smoothedId);
    s.source = rawId;
    recomputeSmoothed(s);
    return true;
}

bool CurveSeriesModel::setSmoothing(double weight) {
    weight = std::clamp(weight, 0.0, kMaxSmoothing);
    if (weight == m_smoothing) return false;
    m_smoothing = weight;
    for (CurveSeries& s : m_series)
        if (s.source >= 0) recomputeSmoothed(s);
    return true;
}

bool CurveSeriesModel::setSmoothingMode(CurveSmoothingMode mode) {
    if (mode == m_smoothingMode) return false;
    m_smoothingMode = mode;
    for (CurveSeries& s : m_series)
        if (s.source >= 0) recomputeSmoothed(s);
    return true;
}

void CurveSeriesModel::recomputeSmoothed(CurveSeries& s) {
    s.raw.clear();
    s.blocks.clear();
    s.ema = DebiasedEma{m_smoothing};
    s.timeEma = TimeWeightedEma{};
    s.timeEma.tau = emaTimeConstant(m_smoothing);
    s.consumed = 0;
    s.dirty = true;
    if (s.source >= 0) extendSmoothed(s, at(s.source).raw, 0);
}

void CurveSeriesModel::extendSmoothed(CurveSeries& s, const QVector<QPointF>& raw, int from) const {
    if (s.raw.isEmpty()) s.raw.reserve(raw.size());  // later appends grow geometrically
    const bool timeWeighted = m_smoothingMode == CurveSmoothingMode::TimeWeighted;
    for (int i = std::max(from, s.consumed); i < raw.size(); ++i) {
        const QPointF& p = raw[i];
        if (!std::isfinite(p.y())) continue;  // a NaN batch must not poison the rest of the curve
        const double v = timeWeighted ? s.timeEma.add(p.x(), p.y()) : s.ema.add(p.y());
        s.raw.append(QPointF(p.x(), v));
    }
    s.consumed = static_cast<int>(raw.size());
}

bool CurveSeriesModel::setSmoothCurve(int id, bool smooth) {
    if (!contains(id) || at(id).smoothCurve == smooth) return false;
    series(id).smoothCurve = smooth;
    series(id).dirty = true;
    return true;
}

void CurveSeriesModel::setHidden(int id, bool hidden) {
    if (contains(id)) series(id).hidden = hidden;
}

void CurveSeriesModel::clear() {
    for (CurveSeries& s : m_series) {
        s.raw.clear();
        s.raw.squeeze();
        s.blocks.clear();
        s.displayed.clear();
        s.ema.reset();
        s.timeEma.reset();
        s.consumed = 0;
        s.extent = CurveYExtent();
        s.dirty = true;
    }
}

void CurveSeriesModel::markAllDirty() {
    for (CurveSeries& s : m_series) s.dirty = true;
}

bool CurveSeriesModel::hasData() const {
    return std::any_of(m_series.begin(), m_series.end(), [](const CurveSeries& s) { return !s.raw.isEmpty(); });
}

bool CurveSeriesModel::hasSmoothed() const {
    return std::any_of(m_series.begin(), m_series.end(), [](const CurveSeries& s) { return s.source >= 0; });
}

CurveXExtent CurveSeriesModel::visibleXExtent(const CurveXMapping& mapping, const AxisScale& xScale) const {
    CurveXExtent extent;
    for (const CurveSeries& s : m_series) {
        if (s.hidden || s.raw.isEmpty()) continue;
        extent.markers = extent.markers || s.style == CurveSeriesStyle::LineWithMarkers ||
                                           s.style == CurveSeriesStyle::LineWithDots;
        for (const QPointF& p : s.raw) {  // on a log axis, skip the (few) leading x ≤ 0
            const double dx = mapping.toDisplay(p.x());
            if (!xScale.accepts(dx)) continue;
            extent.lo = std::min(extent.lo, dx);
            break;
        }
        extent.hi = std::max(extent.hi, mapping.toDisplay(s.raw.last().x()));
    }
    return extent;
}

bool CurveSeriesModel::updateDisplayed(int id, const CurveDisplayWindow& window, bool rangeChanged) {
    CurveSeries& s = series(id);
    s.blocks.update(s.raw);
    if (!s.dirty && !rangeChanged) return false;
    s.extent = CurveYExtent();
    s.displayed.clear();
    s.hiddenX = HiddenValues();
    s.hiddenY = HiddenValues();
    s.rangeBegin = s.rangeEnd = 0;
    if (window.haveX && !s.raw.isEmpty()) SeriesDecimator(s, window).run(m_kept);
    s.dirty = false;
    return true;
}

CurveYExtent CurveSeriesModel::visibleYExtent() const {
    CurveYExtent all;
    for (const CurveSeries& s : m_series) {
        if (!s.hidden && s.extent.valid()) {
            all.add(s.extent.lo);
            all.add(s.extent.hi);
        }
    }
    return all;
}

// Ignoring outliers: the y range spans the 1st..99th percentile of an even sample of the raw values.
int64_t CurveSeriesModel::narrowToRobustRange(CurveYExtent& all, const AxisScale& yScale) const {
    constexpr int kOutlierSampleSize = 50000;  // raw values sampled (evenly)
    constexpr double kOutlierLowQuantile = 0.01;
    constexpr double kOutlierHighQuantile = 0.99;
    constexpr double kOutlierPadFraction = 0.10;  // of the quantile range, on each side
    QVector<double> sample;
    int64_t total = 0;
    for (const CurveSeries& s : m_series)
        if (!s.hidden) total += s.rangeEnd - s.rangeBegin;
    const int64_t stride = std::max<int64_t>(1, total / kOutlierSampleSize);
    sample.reserve(static_cast<int>(std::min<int64_t>(total, 2 * kOutlierSampleSize)));
    for (const CurveSeries& s : m_series) {
        if (s.hidden) continue;
        for (int64_t i = s.rangeBegin; i < s.rangeEnd; i += stride) {
            const double y = s.raw[static_cast<int>(i)].y();
            if (yScale.accepts(y)) sample.append(y);
        }
    }
    double qLo = 0.0, qHi = 0.0;
    if (!quantileRange(sample, kOutlierLowQuantile, kOutlierHighQuantile, qLo, qHi)) return 0;
    const double pad = (qHi - qLo) * kOutlierPadFraction;
    double rLo = qLo - pad;
    const double rHi = qHi + pad;
    if (yScale.log && rLo <= 0.0) rLo = qLo / 2.0;
    if (rLo <= all.lo && rHi >= all.hi) return 0;
    const int64_t outside = countOutside(rLo, rHi, yScale);
    all.lo = std::max(all.lo, rLo);
    all.hi = std::min(all.hi, rHi);
    return outside;
}

int64_t CurveSeriesModel::countOutside(double lo, double hi, const AxisScale& yScale) const {
    int64_t outside = 0;
    constexpr int kBlock = BlockExtremes::kPoints;
    for (const CurveSeries& s : m_series) {
        if (s.hidden) continue;
        for (int i = s.rangeBegin; i < s.rangeEnd;) {
            if (i % kBlock == 0 && i / kBlock < s.blocks.count() && i + kBlock <= s.rangeEnd) {
                const BlockExtremes::Block& blk = s.blocks.block(i / kBlock);
                if (blk.finite && blk.yMin >= lo && blk.yMax <= hi) {  // nothing outside here
                    i += kBlock;
                    continue;
                }
            }
            const double y = s.raw[i].y();
            if (yScale.accepts(y) && (y < lo || y > hi)) ++outside;
            ++i;
        }
    }
    return outside;
}

HiddenValues CurveSeriesModel::hiddenX() const {
    HiddenValues x;
    for (const CurveSeries& s : m_series)
        if (!s.hidden) x.nonPositive += s.hiddenX.nonPositive;
    return x;
}

HiddenValues CurveSeriesModel::hiddenY() const {
    HiddenValues y;
    for (const CurveSeries& s : m_series) {
        if (s.hidden) continue;
        y.nonPositive += s.hiddenY.nonPositive;
        y.nonFinite += s.hiddenY.nonFinite;
    }
    return y;
}

int CurveSeriesModel::nearestIndex(int id, double nativeX) const {
    if (!contains(id)) return -1;
    const QVector<QPointF>& raw = at(id).raw;
    if (raw.isEmpty()) return -1;
    auto it = std::lower_bound(raw.cbegin(), raw.cend(), nativeX, [](const QPointF& p, double v) { return p.x() < v; });
    if (it == raw.cend()) --it;
    if (it != raw.cbegin() && std::fabs((it - 1)->x() - nativeX) <= std::fabs(it->x() - nativeX)) --it;
    return static_cast<int>(it - raw.cbegin());
}

double CurveSeriesModel::nearestVisibleX(double nativeX) const {
    double best = std::numeric_limits<double>::quiet_NaN();
    for (int id = 0; id < count(); ++id) {
        if (at(id).hidden) continue;
        const int i = nearestIndex(id, nativeX);
        if (i < 0) continue;
        const double x = at(id).raw[i].x();
        if (std::isnan(best) || std::fabs(x - nativeX) < std::fabs(best - nativeX)) best = x;
    }
    return best;
}

int CurveSeriesModel::indexAt(int id, double nativeX) const {
    if (!contains(id)) return -1;
    const QVector<QPointF>& raw = at(id).raw;
    auto it = std::lower_bound(raw.cbegin(), raw.cend(), nativeX, [](const QPointF& p, double v) { return p.x() < v; });
    if (it == raw.cend() || it->x() != nativeX) return -1;
    return static_cast<int>(it - raw.cbegin());
}

}  // namespace ts
