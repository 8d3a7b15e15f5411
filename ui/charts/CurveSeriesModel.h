// The data behind a curve chart: every series' raw history, its smoothing and its decimation for display.
#pragma once

#include "ui/charts/ChartMath.h"
#include "ui/charts/CurveXMapping.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>

#include <cstdint>
#include <limits>
#include <vector>

namespace ts {

/// How a series is drawn.
enum class CurveSeriesStyle {
    Line,            ///< normal 2 px line
    FaintLine,       ///< thin translucent line (raw, noisy data under a smoothed curve)
    LineWithMarkers, ///< line with a marker on every point (per-epoch values)
    LineWithDots,    ///< line with a small dot on every point (many overlaid curves, some only one point long)
    DashedLine       ///< dashed line: a reference level such as a clipping threshold
};

/// How a smoothed series is computed from its source.
enum class CurveSmoothingMode {
    Debiased,     ///< per-point EMA with weight a, divided by (1 - a^t)
    TimeWeighted  ///< continuous EMA over x with time constant -1/ln(a) x units: independent of the logging interval
};

/// The lowest and highest of the y values added (invalid while empty).
struct CurveYExtent {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();

    /// Widens the extent to include y.
    void add(double y) {
        lo = std::min(lo, y);
        hi = std::max(hi, y);
    }
    /// True once a value was added.
    bool valid() const { return lo <= hi; }
};

/// One series of a chart: its full history and the decimated copy shown of it.
struct CurveSeries {
    QString name;
    QColor color;
    CurveSeriesStyle style = CurveSeriesStyle::Line;
    QVector<QPointF> raw;        ///< full history, native x (smoothed values for a smoothed series)
    BlockExtremes blocks;        ///< extremes of raw's y per 64 points, for fast decimation
    QVector<QPointF> displayed;  ///< the decimated points shown, displayed x
    int source = -1;             ///< raw series this one smooths, -1 for a raw series
    DebiasedEma ema;
    TimeWeightedEma timeEma;
    int consumed = 0;            ///< source points already folded into the EMA
    CurveYExtent extent;              ///< y range of the displayed in-range points
    int rangeBegin = 0;          ///< raw index range inside the visible x range
    int rangeEnd = 0;
    HiddenValues hiddenX;        ///< in the visible range, not drawable on the x scale
    HiddenValues hiddenY;
    bool dirty = false;          ///< displayed must be rebuilt
    bool hidden = false;         ///< switched off (legend click)
    bool smoothCurve = false;    ///< decimated to one point per pixel column (see CurveSeriesModel::setSmoothCurve)
};

/// The x range a refresh shows and the resolution it decimates to.
struct CurveDisplayWindow {
    CurveXMapping mapping;
    AxisScale xScale;
    AxisScale yScale;
    bool zoomed = false;    ///< the range is a zoom window, not the data's extent
    bool haveX = false;     ///< a range exists (some visible data, or a zoom window)
    double uLo = 0.0;       ///< range on the x scale's linear coordinate (log10 on a log axis)
    double uHi = 1.0;
    double nativeLo = 0.0;  ///< range in native x
    double nativeHi = 0.0;
    int buckets = 1;        ///< pixel columns to decimate to
};

/// The x extent of the visible series in displayed units (lo > hi when none has data).
struct CurveXExtent {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    bool markers = false;  ///< a visible series with data draws markers on its points
};

/// The series data of one chart, without widgets: raw history, smoothing, decimation and nearest-point lookup.
class CurveSeriesModel {
public:
    /// Adds a series and returns its id (0, 1, 2, ... in creation order).
    int add(const QString& name, const QColor& color, CurveSeriesStyle style);
    /// Number of series.
    int count() const { return static_cast<int>(m_series.size()); }
    /// True for the id of an existing series.
    bool contains(int id) const { return id >= 0 && id < count(); }
    /// Id of the series with this name, or -1.
    int idOf(const QString& name) const;
    /// Gives series `id` (which must exist) another name.
    void rename(int id, const QString& name) { series(id).name = name; }
    /// The series with this id (which must exist).
    const CurveSeries& at(int id) const { return m_series[static_cast<size_t>(id)]; }

    /// Appends points (in increasing x) to a raw series and extends the series smoothing it; false (and
    /// nothing stored) for a smoothed series or an unknown id.
    bool append(int id, const QVector<QPointF>& points);
    /// Makes `smoothedId` hold the smoothed `rawId` (rawId = -1 detaches); false when the ids do not fit.
    bool setSmoothedSource(int smoothedId, int rawId);
    /// EMA weight, clamped to [0, 0.99]; recomputes every smoothed series. False when it did not change.
    bool setSmoothing(double weight);
    /// Current EMA weight.
    double smoothing() const { return m_smoothing; }
    /// Chooses the debiased or the time-weighted EMA; recomputes. False when it did not change.
    bool setSmoothingMode(CurveSmoothingMode mode);
    /// Current smoothing mode.
    CurveSmoothingMode smoothingMode() const { return m_smoothingMode; }
    /// Marks a series as a smooth curve, decimated to one point per pixel column. False when nothing changed.
    bool setSmoothCurve(int id, bool smooth);
    /// Hides or shows a series (its data stays).
    void setHidden(int id, bool hidden);
    /// Drops every point (the series and their settings stay).
    void clear();
    /// Makes the next updateDisplayed() rebuild every series.
    void markAllDirty();
    /// True when any series holds a point.
    bool hasData() const;
    /// True when any series is the smoothed view of another.
    bool hasSmoothed() const;

    /// Displayed x extent of the visible series; on a log axis leading x that the scale rejects are skipped.
    CurveXExtent visibleXExtent(const CurveXMapping& mapping, const AxisScale& xScale) const;
    /// Brings the block extremes of series `id` up to date and, when it is dirty or `rangeChanged`, decimates
    /// its points inside the window into `displayed`. Returns true when `displayed` was rebuilt.
    bool updateDisplayed(int id, const CurveDisplayWindow& window, bool rangeChanged);
    /// Y extent of what the visible series display.
    CurveYExtent visibleYExtent() const;
    /// Narrows `all` (the visible y extent) to the 1st..99th percentile of the visible raw values, padded; returns
    /// how many visible values then lie outside it (0 when nothing was narrowed).
    int64_t narrowToRobustRange(CurveYExtent& all, const AxisScale& yScale) const;
    /// Values of the visible series in the visible range that the x scale cannot draw.
    HiddenValues hiddenX() const;
    /// Values of the visible series in the visible range that the y scale cannot draw.
    HiddenValues hiddenY() const;

    /// Index of the point of series `id` whose x is nearest `nativeX` (the earlier one on a tie), or -1.
    int nearestIndex(int id, double nativeX) const;
    /// The x of the point nearest `nativeX` among the visible series (the first series wins ties); NaN if none.
    double nearestVisibleX(double nativeX) const;
    /// Index of the point of series `id` exactly at `nativeX`, or -1.
    int indexAt(int id, double nativeX) const;

private:
    CurveSeries& series(int id) { return m_series[static_cast<size_t>(id)]; }
    void recomputeSmoothed(CurveSeries& s);
    void extendSmoothed(CurveSeries& s, const QVector<QPointF>& raw, int from) const;
    int64_t countOutside(double lo, double hi, const AxisScale& yScale) const;

    std::vector<CurveSeries> m_series;
    double m_smoothing = kDefaultSmoothingWeight;
    CurveSmoothingMode m_smoothingMode = CurveSmoothingMode::Debiased;
    QVector<int> m_kept;  // scratch for the decimators, kept to spare an allocation per series and refresh
};

}  // namespace ts
