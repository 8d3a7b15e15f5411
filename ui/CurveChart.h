// A live line chart that keeps the full history of every series and draws a decimated copy.
#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QTimer;
class QValueAxis;
class QAbstractAxis;
class QXYSeries;

namespace ts {

class CurveChartView;

/// Chart widget for training curves.
///
/// appendPoints() only stores data and arms a short single-shot timer; when it fires, each
/// changed series is decimated (first/min/max/last point per pixel column of the visible
/// x range, so spikes never vanish) and handed to Qt Charts with one replace() call.
/// A series can be declared the smoothed view of another one: it then holds the
/// debiased exponential moving average of that raw series, updated incrementally.
class CurveChart : public QWidget {
    Q_OBJECT
public:
    /// How a series is drawn.
    enum class SeriesStyle {
        Line,            ///< normal 2 px line
        FaintLine,       ///< thin translucent line (raw, noisy data under a smoothed curve)
        LineWithMarkers  ///< line with a marker on every point (per-epoch values)
    };

    /// Creates an empty chart with the given title.
    explicit CurveChart(const QString& title = QString(), QWidget* parent = nullptr);
    ~CurveChart() override;

    /// Adds a series and returns its id (0, 1, 2, ... in creation order).
    int addSeries(const QString& name, const QColor& color, SeriesStyle style = SeriesStyle::Line);
    /// Number of series added so far.
    int seriesCount() const;
    /// Id of the series with this name, or -1.
    int seriesId(const QString& name) const;
    /// Display name of a series.
    QString seriesName(int id) const;

    /// Appends points (in increasing x) to a raw series; the display refreshes shortly after.
    void appendPoints(int id, const QVector<QPointF>& points);
    /// Convenience for a single point; prefer appendPoints() for batches.
    void appendPoint(int id, const QPointF& point);
    /// Makes `smoothedId` show the debiased EMA of `rawId` (pass rawId = -1 to detach).
    void setSmoothedSource(int smoothedId, int rawId);
    /// EMA weight a in [0, 0.99]: ema_t = a*ema_{t-1} + (1-a)*x_t, divided by (1 - a^t).
    void setSmoothing(double weight);
    /// Current EMA weight.
    double smoothing() const;

    /// Removes all data points (the series themselves stay) and resets the zoom.
    void clear();
    /// Sets the axis titles.
    void setAxisTitles(const QString& xTitle, const QString& yTitle);
    /// Clamps the automatic y range to [lo, hi] (e.g. 0..100 for a percentage).
    void setYBounds(double lo, double hi);
    /// Shows integer tick labels on the x axis (steps, epochs).
    void setIntegerX(bool integer);
    /// Switches the y axis between linear and logarithmic (non-positive values are hidden when log).
    void setLogY(bool logY);
    /// True when the y axis is logarithmic.
    bool logY() const;

    /// Zooms the x axis to [lo, hi]; the data is re-decimated at the new resolution.
    void setXZoom(double lo, double hi);
    /// Returns to showing the full x range.
    void resetZoom();
    /// True while zoomed in on x.
    bool isZoomed() const;

    /// Number of raw points stored for a series (for a smoothed series: EMA points).
    int rawCount(int id) const;
    /// Number of points currently handed to Qt Charts for a series.
    int displayedCount(int id) const;
    /// Copy of the full raw history of a series.
    QVector<QPointF> rawPoints(int id) const;
    /// Copy of the decimated points currently displayed for a series.
    QVector<QPointF> displayedPoints(int id) const;
    /// Current x axis range as (min, max).
    QPointF xRange() const;
    /// Current y axis range as (min, max).
    QPointF yRange() const;

    /// Runs the pending refresh immediately (tests, screenshots).
    void refreshNow();
    /// Milliseconds the last refresh took.
    double lastRefreshMs() const;
    /// Saves the chart as a PNG; returns false on failure.
    bool saveImage(const QString& path);
    /// The underlying Qt chart (for styling).
    QChart* chart() const;

Q_SIGNALS:
    /// The zoom state changed (true = zoomed in).
    void zoomChanged(bool zoomed);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    friend class CurveChartView;
    struct Series;

    void scheduleRefresh();
    void markAllDirty();
    void recomputeSmoothed(Series& s);
    void extendSmoothed(Series& s, const QVector<QPointF>& raw, int from);
    void updateAxes(double yMin, double yMax, bool haveY);
    void rebuildYAxis();
    int bucketCount() const;
    void showPointToolTip(int id, const QPointF& at, bool state);
    void zoomToViewPixels(int x0, int x1);
    void showContextMenu(const QPoint& globalPos);
    void promptSaveImage();
    void toggleSeriesVisible(int id);
    bool hasData() const;

    QChart* m_chart = nullptr;
    CurveChartView* m_view = nullptr;
    QValueAxis* m_axisX = nullptr;
    QAbstractAxis* m_axisY = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QVector<Series*> m_series;
    QString m_yTitle;
    double m_smoothing = 0.6;
    double m_yBoundLo;
    double m_yBoundHi;
    double m_lastLo = 0.0;
    double m_lastHi = 0.0;
    int m_lastBuckets = 0;
    bool m_integerX = false;
    bool m_logY = false;
    bool m_zoomed = false;
    double m_zoomLo = 0.0;
    double m_zoomHi = 1.0;
    double m_lastRefreshMs = 0.0;
};

}  // namespace ts
