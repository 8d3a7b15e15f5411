// Widget-free maths behind the charts: axis scales, the run timeline and series colours as QColor. The
// Qt-free part (decimation, smoothing, ticks, the palette) lives in core/plot, shared with the reports,
// and is included here so chart code reaches all of it through this header. Everything here is
// deterministic and unit-tested on its own (tests/ui/charts/test_chart_math.cpp, tests/core/plot).
#pragma once

#include "core/plot/PlotMath.h"

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
// Refresh

/// How long a chart waits before showing streamed points, given what one refresh and repaint of it costs
/// the GUI thread (`costMs`, recent average): about 100 times that, so a live chart takes about 1% of the
/// GUI thread, within [250 ms, 2 s]. A cheap chart on a fast machine updates four times a second; an
/// expensive one on a slow machine, where the GUI thread competes with training, less often.
int liveRefreshDelayMs(double costMs);

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
enum class ChartEventKind { EpochBoundary, Pause, Resume, LrChange, Checkpoint, EarlyStop, Other, Alert };

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

/// Colour of a series family ("train", "val", "learning", ...). The same key gets the same colour in
/// every chart of the process and in the reports (kFixedSeriesFamilies); unknown keys take the next
/// free palette colour.
QColor seriesColor(const QString& key);
/// The family key of a series name: its first word, lower-cased ("val loss (epoch)" -> "val").
QString seriesColorKey(const QString& seriesName);
/// A palette colour (core/plot/Palette.h) as a QColor.
QColor toQColor(const Rgb& c);
/// Colour of the grid lines of every chart (the training curves and the evaluation charts): faint black.
QColor chartGridColor();

}  // namespace ts
