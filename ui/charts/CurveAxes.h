// The axes of a curve chart: linear or logarithmic x and y axes, their ranges, tick steps, labels and titles.
#pragma once

#include "ui/charts/CurveXMapping.h"

#include <QRect>
#include <QString>
#include <QVector>

#include <limits>

class QAbstractAxis;
class QChart;
class QLineSeries;

namespace ts {

struct CurveYExtent;

/// A range on an axis' linear coordinate (log10 of the value on a log axis).
struct CurveLinearSpan {
    double lo = 0.0;
    double hi = 1.0;
};

/// What the x axis is fitted to by CurveAxes::fitX().
struct CurveXAxisFit {
    double lo = 0.0;       ///< displayed x range of the data, or the zoom window
    double hi = 1.0;
    bool haveX = false;    ///< false for an empty chart: the axis then shows its grid without labels
    bool markers = false;  ///< a visible series draws markers: pad the range so the end markers show whole
    bool zoomed = false;   ///< the range is a zoom window: keep it exactly
};

/// The x and y axes of one chart: linear or log scales, fitted ranges, ticks, labels, titles, value-pixel mapping.
/// The axes themselves are owned by the QChart; this class replaces them when a scale changes.
class CurveAxes {
public:
    /// Creates linear axes on `chart`.
    explicit CurveAxes(QChart* chart);

    /// Sets the axis titles (the x title is used while the x axis shows the native unit).
    void setTitles(const QString& xTitle, const QString& yTitle);
    /// The x title given to setTitles().
    QString xTitle() const { return m_xTitle; }
    /// Clamps the automatic y range to [lo, hi].
    void setYBounds(double lo, double hi);
    /// Shows integer tick labels on the x axis while it shows the native unit.
    void setIntegerX(bool integer) { m_integerX = integer; }
    /// Chooses linear or log scales and replaces both axes, attaching `lines` to the new ones.
    void setLogScales(bool logX, bool logY, const QVector<QLineSeries*>& lines);
    /// True when the x axis is logarithmic.
    bool logX() const { return m_logX; }
    /// True when the y axis is logarithmic.
    bool logY() const { return m_logY; }
    /// Attaches a newly added line to both axes.
    void attach(QLineSeries* line) const;

    /// Fits the x axis (title, range, ticks) to what is shown; `mapping` tells which unit that is.
    void fitX(const CurveXAxisFit& fit, const CurveXMapping& mapping);
    /// Fits the y axis to the extent of the shown values (labels hidden when it is empty).
    void fitY(const CurveYExtent& extent);

    /// Current x axis range as (min, max).
    QPointF xRange() const;
    /// Current y axis range as (min, max).
    QPointF yRange() const;
    /// Current x range on the x scale's linear coordinate.
    CurveLinearSpan linearX() const;
    /// Displayed x at pixel column viewX of the plot rectangle `plot` (NaN for an empty plot).
    double displayXAt(double viewX, const QRect& plot) const;
    /// Pixel column of displayed x in `plot` (NaN where the scale cannot place it).
    double viewXFor(double displayX, const QRect& plot) const;
    /// Pixel row of y in `plot` (values the scale cannot place go to the bottom).
    double viewYFor(double y, const QRect& plot) const;

private:
    void fitLinearXTicks(double& lo, double& hi, bool markers, const CurveXMapping& mapping);
    void fitZoomedXTicks(double lo, double hi);
    void setTicks(QAbstractAxis* axis, double step) const;

    QChart* m_chart;
    QAbstractAxis* m_axisX = nullptr;
    QAbstractAxis* m_axisY = nullptr;
    QString m_xTitle;
    QString m_yTitle;
    double m_yBoundLo = -std::numeric_limits<double>::infinity();
    double m_yBoundHi = std::numeric_limits<double>::infinity();
    bool m_integerX = false;
    bool m_logX = false;
    bool m_logY = false;
};

}  // namespace ts
