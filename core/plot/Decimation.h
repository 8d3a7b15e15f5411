// Min/max decimation of curves for display, shared by the window's charts and the reports' SVG charts:
// per pixel column (bucket) keep the first, lowest, highest and last point, so no spike or dip is lost;
// smooth curves keep one point per column. Torch-free and Qt-free (templates over index accessors).
#pragma once

#include <algorithm>
#include <cmath>
#include <type_traits>
#include <vector>

namespace ts {

/// A point of a curve.
struct CurvePoint {
    double x = 0.0;
    double y = 0.0;
};

/// Points kept per bucket by decimateMinMax(): the first, lowest, highest and last.
constexpr int kDecimationPointsPerBucket = 4;

namespace detail {

/// The y of a point, whether it has a y() accessor (QPointF) or a y member (CurvePoint).
template <typename Point>
double pointY(const Point& p) {
    if constexpr (std::is_member_function_pointer_v<decltype(&Point::y)>) return p.y();
    else return p.y;
}

}  // namespace detail

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
    /// Adds the blocks completed by points appended since the last call (any indexable container of
    /// points with a y, e.g. QVector<QPointF> or std::vector<CurvePoint>).
    template <typename Points>
    void update(const Points& points) {
        const int size = static_cast<int>(points.size());
        updateFrom(size, [&](int i) { return detail::pointY(points[i]); });
    }
    /// Complete blocks; block b covers indices [b * kPoints, (b + 1) * kPoints).
    int count() const { return static_cast<int>(m_blocks.size()); }
    const Block& block(int b) const { return m_blocks[static_cast<size_t>(b)]; }

private:
    template <typename YAt>
    void updateFrom(int size, YAt yAt);

    std::vector<Block> m_blocks;
};

namespace detail {

/// What the decimators share: with at most `keepAllUpTo` points in [begin, end), or no range or bucket to
/// cut them into, every usable index is appended and false returned (nothing left to decimate).
template <typename Usable, typename Out>
bool needsDecimation(int begin, int end, int keepAllUpTo, double lo, double hi, int buckets, Usable usable, Out& out) {
    if (end - begin > keepAllUpTo && hi > lo && buckets > 0) return true;
    for (int i = begin; i < end; ++i)
        if (usable(i)) out.push_back(i);
    return false;
}

/// `count` equal slices of [lo, ...) at `scale` slices per unit; coordinates outside go to the end slices.
struct Buckets {
    double lo;
    double scale;
    int count;
    int of(double x) const { return std::clamp(static_cast<int>((x - lo) * scale), 0, count - 1); }
};

/// The running first, lowest, highest and last index of the current bucket of decimateMinMax().
struct BucketExtremes {
    int bucket = -1;
    int iFirst = -1, iMin = -1, iMax = -1, iLast = -1;
    double yMin = 0.0, yMax = 0.0;

    /// Appends the bucket's indices (in index order, without duplicates) to `out`.
    template <typename Out>
    void flush(Out& out) const {
        if (bucket < 0) return;
        const int a = std::min(iMin, iMax);
        const int b = std::max(iMin, iMax);
        out.push_back(iFirst);
        if (a != iFirst) out.push_back(a);
        if (b != a) out.push_back(b);
        if (iLast != b) out.push_back(iLast);
    }
};

}  // namespace detail

/// Min/max decimation for display. `xOf(i)` gives the bucket coordinate of point i (already on
/// the axis scale, e.g. log10 of the display x) and must not decrease with i; `usable(i)` says
/// whether point i can be drawn at all. Points in [begin, end) whose coordinate lies in [lo, hi]
/// are cut into `buckets` equal slices; from each slice the first, lowest, highest and last
/// usable point are kept (in index order, without duplicates), so no spike or dip is ever lost.
/// When the range holds few enough points every usable one is kept. Appends indices to `out`
/// (anything with push_back(int): std::vector<int>, QVector<int>).
///
/// With `blocks` (the extremes of the same points), a complete block that `blockUsable(b)` declares
/// entirely usable and whose first and last points share a bucket is taken whole; the result is the
/// same as point by point.
template <typename XOf, typename YOf, typename Usable, typename Out, typename BlockUsable>
void decimateMinMax(int begin, int end, double lo, double hi, int buckets, XOf xOf, YOf yOf, Usable usable, Out& out,
                    const BlockExtremes* blocks, BlockUsable blockUsable) {
    if (!detail::needsDecimation(begin, end, buckets * kDecimationPointsPerBucket, lo, hi, buckets, usable, out)) return;
    const detail::Buckets cut{lo, buckets / (hi - lo), buckets};
    const auto bucketOf = [&](int i) { return cut.of(xOf(i)); };
    constexpr int kBlock = BlockExtremes::kPoints;
    const int wholeBlocks = blocks ? blocks->count() : 0;
    detail::BucketExtremes cur;
    // Folds the extremes (lowest yLo at iLo, highest yHi at iHi) of indices [first, last] into the bucket.
    const auto fold = [&](int bucket, int first, int last, int iLo, double yLo, int iHi, double yHi) {
        if (bucket != cur.bucket) {
            cur.flush(out);
            cur = {bucket, first, iLo, iHi, last, yLo, yHi};
            return;
        }
        if (yLo < cur.yMin) { cur.yMin = yLo; cur.iMin = iLo; }
        if (yHi > cur.yMax) { cur.yMax = yHi; cur.iMax = iHi; }
        cur.iLast = last;
    };
    for (int i = begin; i < end;) {
        if (i % kBlock == 0 && i / kBlock < wholeBlocks && i + kBlock <= end && blockUsable(i / kBlock)) {
            const int last = i + kBlock - 1;
            const int bucket = bucketOf(i);
            if (bucket == bucketOf(last)) {
                const BlockExtremes::Block& blk = blocks->block(i / kBlock);
                fold(bucket, i, last, blk.iMin, blk.yMin, blk.iMax, blk.yMax);
                i += kBlock;
                continue;
            }
        }
        if (usable(i)) {
            const double y = yOf(i);
            fold(bucketOf(i), i, i, i, y, i, y);
        }
        ++i;
    }
    cur.flush(out);
}

/// Point-by-point decimation (no block extremes).
template <typename XOf, typename YOf, typename Usable, typename Out>
void decimateMinMax(int begin, int end, double lo, double hi, int buckets, XOf xOf, YOf yOf, Usable usable, Out& out) {
    decimateMinMax(begin, end, lo, hi, buckets, xOf, yOf, usable, out, nullptr, [](int) { return false; });
}

/// Decimation for a curve known to be smooth (a moving average, a learning-rate schedule), where a pixel
/// column's extremes add nothing the eye can use: the first usable point in [begin, end) and then the last
/// usable point of every bucket, about one point per column instead of up to four. Same contract as
/// decimateMinMax(); a complete usable block inside one bucket is passed over in one step.
template <typename XOf, typename Usable, typename Out, typename BlockUsable>
void decimateLastPerBucket(int begin, int end, double lo, double hi, int buckets, XOf xOf, Usable usable, Out& out,
                           const BlockExtremes* blocks, BlockUsable blockUsable) {
    if (!detail::needsDecimation(begin, end, buckets, lo, hi, buckets, usable, out)) return;
    const detail::Buckets cut{lo, buckets / (hi - lo), buckets};
    const auto bucketOf = [&](int i) { return cut.of(xOf(i)); };
    constexpr int kBlock = BlockExtremes::kPoints;
    const int wholeBlocks = blocks ? blocks->count() : 0;
    int current = -1, last = -1, first = -1;
    const auto flush = [&]() {
        if (last >= 0 && last != first) out.push_back(last);
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
            out.push_back(i);
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

/// A finite curve sorted by x, min/max-decimated to `columns` buckets over [xMin, xMax] (see the
/// template above); non-finite points are dropped.
std::vector<CurvePoint> decimateMinMax(const std::vector<CurvePoint>& points, double xMin, double xMax, int columns);
/// A smooth curve sorted by x, decimated to its first point and the last point of each of `columns`
/// buckets over [xMin, xMax]; non-finite points are dropped.
std::vector<CurvePoint> decimateLastPerBucket(const std::vector<CurvePoint>& points, double xMin, double xMax,
                                              int columns);

template <typename YAt>
void BlockExtremes::updateFrom(int size, YAt yAt) {
    const int complete = size / kPoints;
    if (count() > complete) m_blocks.clear();  // the points were replaced by fewer: start over
    for (int b = count(); b < complete; ++b) {
        Block blk;
        const int first = b * kPoints;
        blk.iMin = blk.iMax = first;
        blk.yMin = blk.yMax = yAt(first);
        for (int i = first; i < first + kPoints; ++i) {
            const double y = yAt(i);
            blk.finite = blk.finite && std::isfinite(y);
            blk.positive = blk.positive && y > 0.0;
            if (y < blk.yMin) { blk.yMin = y; blk.iMin = i; }
            if (y > blk.yMax) { blk.yMax = y; blk.iMax = i; }
        }
        m_blocks.push_back(blk);
    }
}

}  // namespace ts
