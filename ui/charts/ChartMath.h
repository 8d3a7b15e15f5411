// Widget-free maths behind the charts: decimation, smoothing, axis scales and the run timeline.
// Everything here is deterministic and unit-tested on its own (tests/test_chart_math.cpp).
#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace ts {

// ---------------------------------------------------------------------------------------------
// Decimation

/// Points kept per bucket by decimateMinMax(): the first, lowest, highest and last.
constexpr int kDecimationPointsPerBucket = 4;

/// Extremes of consecutive fixed-size blocks of a series' y values, brought up to date incrementally as
/// points are appended. Decimation takes a block whose points all fall into one bucket in one step, so a
/// refresh of a long history costs about n / kPoints steps instead of n.
class BlockExtremes {
public:
    static constexpr int kPoints = 64;
    struct Block {
        int iMin = 0, iMax = 0;     ///< first index of the lowest and of the highest y in the block
        double yMin = 0.0, yMax = 0.0;
        bool finite = true;         ///< every y is finite
        bool positive = true;       ///< every y is > 0 (drawable on a log scale)
    };

    /// Forgets every block: call whenever points are changed other than by appending.
    void clear() { m_blocks.clear(); }
    /// Adds the blocks completed by points appended since the last call.
    void update(const QVector<QPointF>& points);
    /// Complete blocks; block b covers indices [b * kPoints, (b + 1) * kPoints).
    int count() const { return static_cast<int>(m_blocks.size()); }
    const Block& block(int b) const { return m_blocks[static_cast<size_t>(b)]; }

private:
    std::vector<Block> m_blocks;
};

namespace detail {

/// What the decimators share: with at most `keepAllUpTo` points in [begin, end), or no range or bucket to
/// cut them into, every usable index is appended and false returned (nothing left to decimate).
template <typename Usable>
bool needsDecimation(int begin, int end, int keepAllUpTo, double lo, double hi, int buckets, Usable usable,
                     QVector<int>& out) {
    if (end - begin > keepAllUpTo && hi > lo && buckets > 0) return true;
    for (int i = begin; i < end; ++i)
        if (usable(i)) out.append(i);
    return false;
}

/// `count` equal slices of [lo, ...) at `scale` slices per unit; coordinates outside go to the end slices.
struct Buckets {
    double lo;
    double scale;
    int count;
    int of(double x) const { return std::clamp(static_cast<int>((x - lo) * scale), 0, count - 1); }
};

}  // namespace detail

/// Min/max decimation for display. `xOf(i)` gives the bucket coordinate of point i (already on
/// the axis scale, e.g. log10 of the display x) and must not decrease with i; `usable(i)` says
/// whether point i can be drawn at all. Points in [begin, end) whose coordinate lies in [lo, hi]
/// are cut into `buckets` equal slices; from each slice the first, lowest, highest and last
/// usable point are kept (in index order, without duplicates), so no spike or dip is ever lost.
/// When the range holds few enough points every usable one is kept. Appends indices to `out`.
///
/// With `blocks` (the extremes of the same points), a complete block that `blockUsable(b)` declares
/// entirely usable and whose first and last points share a bucket is taken whole; the result is the
/// same as point by point.
template <typename XOf, typename YOf, typename Usable, typename BlockUsable>
void decimateMinMax(int begin, int end, double lo, double hi, int buckets, XOf xOf, YOf yOf, Usable usable,
                    QVector<int>& out, const BlockExtremes* blocks, BlockUsable blockUsable) {
    if (!detail::needsDecimation(begin, end, buckets * kDecimationPointsPerBucket, lo, hi, buckets, usable, out)) return;
    const detail::Buckets cut{lo, buckets / (hi - lo), buckets};
    const auto bucketOf = [&](int i) { return cut.of(xOf(i)); };
    constexpr int kBlock = BlockExtremes::kPoints;
    const int wholeBlocks = blocks ? blocks->count() : 0;
    int current = -1;
    int iFirst = -1, iMin = -1, iMax = -1, iLast = -1;
    double yMin = 0.0, yMax = 0.0;
    const auto flush = [&]() {
        if (current < 0) return;
        const int a = std::min(iMin, iMax);
        const int b = std::max(iMin, iMax);
        out.append(iFirst);
        if (a != iFirst) out.append(a);
        if (b != a) out.append(b);
        if (iLast != b) out.append(iLast);
    };
    for (int i = begin; i < end;) {
        if (i % kBlock == 0 && i / kBlock < wholeBlocks && i + kBlock <= end && blockUsable(i / kBlock)) {
            const int last = i + kBlock - 1;
            const int bucket = bucketOf(i);
            if (bucket == bucketOf(last)) {
                const BlockExtremes::Block& blk = blocks->block(i / kBlock);
                if (bucket != current) {
                    flush();
                    current = bucket;
                    iFirst = i;
                    iMin = blk.iMin;
                    iMax = blk.iMax;
                    yMin = blk.yMin;
                    yMax = blk.yMax;
                } else {
                    if (blk.yMin < yMin) { yMin = blk.yMin; iMin = blk.iMin; }
                    if (blk.yMax > yMax) { yMax = blk.yMax; iMax = blk.iMax; }
                }
                iLast = last;
                i += kBlock;
                continue;
            }
        }
        if (!usable(i)) {
            ++i;
            continue;
        }
        const double y = yOf(i);
        const int bucket = bucketOf(i);
        if (bucket != current) {
            flush();
            current = bucket;
            iFirst = iMin = iMax = iLast = i;
            yMin = yMax = y;
            ++i;
            continue;
        }
        if (y < yMin) { yMin = y; iMin = i; }
        if (y > yMax) { yMax = y; iMax = i; }
        iLast = i;
        ++i;
    }
    flush();
}

/// Point-by-point decimation (no block extremes).
template <typename XOf, typename YOf, typename Usable>
void decimateMinMax(int begin, int end, double lo, double hi, int buckets, XOf xOf, YOf yOf, Usable usable,
                    QVector<int>& out) {
    decimateMinMax(begin, end, lo, hi, buckets, xOf, yOf, usable, out, nullptr, [](int) { return false; });
}

/// Decimation for a curve known to be smooth (a moving average, a learning-rate schedule), where a pixel
/// column's extremes add nothing the eye can use: the first usable point in [begin, end) and then the last
/// usable point of every bucket, about one point per column instead of up to four. Same contract as
/// decimateMinMax(); a complete usable block inside one bucket is passed over in one step.
template <typename XOf, typename Usable, typename BlockUsable>
void decimateLastPerBucket(int begin, int end, double lo, double hi, int buckets, XOf xOf, Usable usable,
                           QVector<int>& out, const BlockExtremes* blocks, BlockUsable blockUsable) {
    if (!detail::needsDecimation(begin, end, buckets, lo, hi, buckets, usable, out)) return;
    const detail::Buckets cut{lo, buckets / (hi - lo), buckets};
    const auto bucketOf = [&](int i) { return cut.of(xOf(i)); };
    constexpr int kBlock = BlockExtremes::kPoints;
    const int wholeBlocks = blocks ? blocks->count() : 0;
    int current = -1, last = -1, first = -1;
    const auto flush = [&]() {
        if (last >= 0 && last != first) out.append(last);
    };
    for (int i = begin; i < end;) {
        int upTo = i;  // the last index this step covers
        if (i % kBlock == 0 && i / kBlock < wholeBlocks && i + kBlock <= end && blockUsable(i / kBlock) &&
            bucketOf(i) == bucketOf(i + kBlock - 1)) {
            upTo = i + kBlock - 1;
        } else if (!usable(i)) {
            ++i;
            continue;
        }
        const int bucket = bucketOf(i);
        if (first < 0) {
            first = i;
            out.append(i);
        }
        if (bucket != current) {
            flush();
            current = bucket;
        }
        last = upTo;
        i = upTo + 1;
    }
    flush();
}

/// How long a chart waits before showing streamed points, given what one refresh and repaint of it costs
/// the GUI thread (`costMs`, recent average): about 100 times that, so a live chart takes about 1% of the
/// GUI thread, within [250 ms, 2 s]. A cheap chart on a fast machine updates four times a second; an
/// expensive one on a slow machine, where the GUI thread competes with training, less often.
int liveRefreshDelayMs(double costMs);

// ---------------------------------------------------------------------------------------------
// Smoothing

/// Debiased exponential moving average, fed one value at a time:
/// ema_t = a*ema_{t-1} + (1-a)*x_t with ema_0 = 0, reported as ema_t / (1 - a^t),
/// so the first values are not dragged towards zero.
struct DebiasedEma {
    double weight = 0.6;  ///< a in [0, 1)
    double ema = 0.0;     ///< biased state
    double decay = 1.0;   ///< a^t

    /// Folds in one value and returns the debiased average so far.
    double add(double value);
    /// Forgets everything seen.
    void reset();
};

/// Continuous-time, debiased EMA of the piecewise-linear curve through the samples:
/// y(t) = ∫ f(s) e^{-(t-s)/tau} ds / ∫ e^{-(t-s)/tau} ds over [t_first, t]. It is exact for
/// the interpolated curve, so logging every step or every tenth step gives the same result
/// wherever the underlying curve is (close to) linear between the coarser samples.
struct TimeWeightedEma {
    double tau = 10.0;   ///< time constant in x units
    bool started = false;
    double lastX = 0.0;
    double lastY = 0.0;
    double sum = 0.0;    ///< ∫ f e^{-(t-s)/tau} ds / tau
    double norm = 0.0;   ///< ∫ e^{-(t-s)/tau} ds / tau

    /// Folds in the sample (x, y) (x not decreasing) and returns the smoothed value at x.
    double add(double x, double y);
    /// Forgets everything seen.
    void reset();
};

/// Time constant, in points, of a per-point EMA with this weight: -1 / ln(a) (0 for a = 0).
double emaTimeConstant(double weight);

// ---------------------------------------------------------------------------------------------
// Axis scales

/// A linear or base-10 logarithmic axis scale.
struct AxisScale {
    bool log = false;

    /// True when the scale can place this value (finite, and > 0 on a log scale).
    bool accepts(double v) const { return std::isfinite(v) && (!log || v > 0.0); }
    /// Position on the scale's linear coordinate (log10(v) on a log scale); nullopt if not accepted.
    std::optional<double> toLinear(double v) const;
    /// Inverse of toLinear().
    double fromLinear(double u) const { return log ? std::pow(10.0, u) : u; }
};

/// Why values could not be drawn on a scale.
struct HiddenValues {
    int64_t nonPositive = 0;  ///< ≤ 0 on a log scale
    int64_t nonFinite = 0;    ///< NaN or infinite

    /// Counts one value that `scale` rejected.
    void count(double v);
    /// Total hidden values.
    int64_t total() const { return nonPositive + nonFinite; }
    /// User-facing note, e.g. "3 values ≤ 0 not shown on the log y axis"; empty when none.
    QString describe(const QString& axisName) const;
};

/// Nice, robust y range: the `lowQ` and `highQ` quantiles of `values` (modified in place).
/// Returns false when values is empty.
bool quantileRange(QVector<double>& values, double lowQ, double highQ, double& lo, double& hi);

// ---------------------------------------------------------------------------------------------
// X axis choices

/// What the x axis counts.
enum class XAxisKind { Step, Epoch, WallTime };

/// Kind of a vertical event marker on a chart.
enum class ChartEventKind { EpochBoundary, Pause, Resume, LrChange, Checkpoint, EarlyStop, Other };

/// Monotone piecewise-linear map through knots (from, to), with linear extrapolation.
class MonotoneMap {
public:
    /// Adds a knot; `from` must not decrease (a knot at the same `from` replaces the last one).
    void add(double from, double to);
    /// Drops every knot.
    void clear() { m_knots.clear(); }
    /// True without knots (the map is then the identity).
    bool isEmpty() const { return m_knots.isEmpty(); }
    /// Number of knots.
    int size() const { return static_cast<int>(m_knots.size()); }
    /// Maps `from` to `to`; `hint` (a knot index, may be null) speeds up sorted lookups.
    double forward(double from, int* hint = nullptr) const;
    /// Maps `to` back to `from`.
    double inverse(double to) const;

private:
    QVector<QPointF> m_knots;
};

/// Where each global step sits in epochs and in wall-clock seconds, built from batch metrics.
/// Charts whose raw x is a step (or an epoch) use it to draw against any XAxisKind.
class RunTimeline {
public:
    /// Forgets the run.
    void clear();
    /// Records that `step` ended at `epochFraction` epochs (e.g. 2.5) and `elapsedSec` seconds.
    void add(double step, double epochFraction, double elapsedSec);
    /// True before any add().
    bool isEmpty() const { return m_epoch.isEmpty(); }
    /// Converts x from one kind to another (identity when the kinds match or the timeline is empty).
    double convert(double x, XAxisKind from, XAxisKind to, int* hint = nullptr) const;

private:
    MonotoneMap m_epoch;  // step -> epochs
    MonotoneMap m_time;   // step -> seconds
};

/// Short axis title for a kind: "step", "epoch", "time (s)".
QString xAxisTitle(XAxisKind kind);
/// "1h 02m 03s", "3m 05s", "4.2 s".
QString formatElapsed(double seconds);

// ---------------------------------------------------------------------------------------------
// Colours

/// Colour of a series family ("train", "val", "learning", ...). The same key gets the same
/// colour in every chart of the process; unknown keys take the next free palette colour.
QColor seriesColor(const QString& key);
/// The family key of a series name: its first word, lower-cased ("val loss (epoch)" -> "val").
QString seriesColorKey(const QString& seriesName);

}  // namespace ts
