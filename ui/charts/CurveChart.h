// A live line chart that keeps the full history of every series and draws a decimated copy.
#pragma once

#include "ui/charts/ChartMath.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTimer;
class QAbstractAxis;
class QXYSeries;

namespace ts {

class CurveChartView;

/// Chart widget for training curves.
///
/// appendPoints() only stores data and arms a short single-shot timer; when it fires, each
/// changed series is decimated (first/min/max/last point per pixel column of the visible
/// x range, so spikes never vanish) and handed to Qt Charts with one replace() call.
/// A series can be declared the smoothed view of another one: it then holds the debiased
/// exponential moving average (or the time-weighted EMA) of that raw series, computed on the
/// raw values and updated incrementally.
///
/// Raw x values are in the chart's native unit (a step by default). With a RunTimeline the
/// x axis can show steps, epochs or relative wall time; both axes can be logarithmic.
/// Interaction: drag to zoom, Shift+drag or middle-drag to pan, wheel or pinch to zoom,
/// double-click to reset, hover for a crosshair tooltip, click to pin it, click a legend entry
/// to hide its series, right-click for the menu.
class CurveChart : public QWidget {
    Q_OBJECT
public:
    /// How a series is drawn.
    enum class SeriesStyle {
        Line,            ///< normal 2 px line
        FaintLine,       ///< thin translucent line (raw, noisy data under a smoothed curve)
        LineWithMarkers  ///< line with a marker on every point (per-epoch values)
    };

    /// How a smoothed series is computed from its source.
    enum class SmoothingMode {
        Debiased,     ///< per-point EMA with weight a, divided by (1 - a^t)
        TimeWeighted  ///< continuous EMA over x with time constant -1/ln(a) x units: independent of the logging interval
    };

    /// How the y range is chosen.
    enum class YRangeMode {
        FitAll,         ///< every visible value fits
        IgnoreOutliers  ///< the 1st to 99th percentile of the visible raw values, padded
    };

    /// Kind of a vertical event marker (epoch end, pause, resume, LR change, checkpoint, early stop).
    using EventKind = ChartEventKind;

    /// A vertical marker on the x axis.
    struct EventMarker {
        double x = 0.0;  ///< native x (a step for step charts)
        EventKind kind = EventKind::Other;
        QString text;    ///< tooltip text
    };

    /// Creates an empty chart with the given title.
    explicit CurveChart(const QString& title = QString(), QWidget* parent = nullptr);
    ~CurveChart() override;

    /// Adds a series and returns its id (0, 1, 2, ... in creation order).
    int addSeries(const QString& name, const QColor& color, SeriesStyle style = SeriesStyle::Line);
    /// Adds a series coloured by its family (seriesColorKey(name)), the same in every chart.
    int addSeries(const QString& name, SeriesStyle style = SeriesStyle::Line);
    /// Number of series added so far.
    int seriesCount() const;
    /// Id of the series with this name, or -1.
    int seriesId(const QString& name) const;
    /// Display name of a series.
    QString seriesName(int id) const;
    /// Colour of a series.
    QColor seriesColorOf(int id) const;

    /// Appends points (in increasing x) to a raw series; the display refreshes shortly after.
    void appendPoints(int id, const QVector<QPointF>& points);
    /// Convenience for a single point; prefer appendPoints() for batches.
    void appendPoint(int id, const QPointF& point);
    /// Makes `smoothedId` show the smoothed `rawId` (pass rawId = -1 to detach).
    void setSmoothedSource(int smoothedId, int rawId);
    /// EMA weight a in [0, 0.99]: ema_t = a*ema_{t-1} + (1-a)*x_t, divided by (1 - a^t).
    void setSmoothing(double weight);
    /// Current EMA weight.
    double smoothing() const;
    /// Chooses the debiased per-point EMA or the time-weighted EMA.
    void setSmoothingMode(SmoothingMode mode);
    /// Current smoothing mode.
    SmoothingMode smoothingMode() const;

    /// Shows or hides a series (what a legend click does).
    void setSeriesVisible(int id, bool visible);
    /// True unless the series was hidden.
    bool isSeriesVisible(int id) const;
    /// Marks a series as a smooth curve (a schedule, an average): it is decimated to about one point per
    /// pixel column instead of each column's extremes, which halves to quarters what a refresh strokes.
    /// Smoothed series (setSmoothedSource) are smooth curves already.
    void setSmoothCurve(int id, bool smooth);

    /// Removes all data points and event markers (the series stay) and resets the zoom.
    void clear();
    /// Sets the axis titles (the x title is used while the x axis shows the native unit).
    void setAxisTitles(const QString& xTitle, const QString& yTitle);
    /// Clamps the automatic y range to [lo, hi] (e.g. 0..100 for a percentage).
    void setYBounds(double lo, double hi);
    /// Shows integer tick labels on the x axis (steps, epochs).
    void setIntegerX(bool integer);
    /// Switches the y axis between linear and logarithmic (values ≤ 0 are then hidden and counted).
    void setLogY(bool logY);
    /// True when the y axis is logarithmic.
    bool logY() const;
    /// Switches the x axis between linear and logarithmic.
    void setLogX(bool logX);
    /// True when the x axis is logarithmic.
    bool logX() const;
    /// Chooses how the y range is fitted.
    void setYRangeMode(YRangeMode mode);
    /// Current y range mode.
    YRangeMode yRangeMode() const;

    /// Gives the chart the run's step/epoch/time mapping (not owned; may be null).
    void setTimeline(const RunTimeline* timeline);
    /// What raw x values count (Step by default; Epoch for per-epoch charts).
    void setNativeXKind(XAxisKind kind);
    /// What the x axis shows; needs a timeline for anything but the native kind. Resets the zoom.
    void setXAxisKind(XAxisKind kind);
    /// What the x axis shows.
    XAxisKind xAxisKind() const;
    /// The timeline set with setTimeline() (may be null).
    const RunTimeline* timeline() const;
    /// Tells the chart the timeline grew (new batches); refreshes shortly.
    void timelineChanged();

    /// Adds a vertical event marker at native x with a tooltip text.
    void addEventMarker(double x, EventKind kind, const QString& text);
    /// Event markers added so far.
    QVector<EventMarker> eventMarkers() const;
    /// Shows or hides the event markers.
    void setEventsVisible(bool visible);
    /// True when event markers are drawn.
    bool eventsVisible() const;
    /// Name of an event kind ("checkpoint", ...).
    static QString eventKindName(EventKind kind);

    /// Zooms the x axis to [lo, hi] in displayed x units; the data is re-decimated at the new resolution.
    void setXZoom(double lo, double hi);
    /// Returns to showing the full x range.
    void resetZoom();
    /// True while zoomed in on x.
    bool isZoomed() const;

    /// Number of raw points stored for a series (for a smoothed series: smoothed points).
    int rawCount(int id) const;
    /// Number of points currently handed to Qt Charts for a series.
    int displayedCount(int id) const;
    /// Copy of the full raw history of a series.
    QVector<QPointF> rawPoints(int id) const;
    /// Copy of the decimated points currently displayed for a series (displayed x units).
    QVector<QPointF> displayedPoints(int id) const;
    /// Current x axis range as (min, max).
    QPointF xRange() const;
    /// Current y axis range as (min, max).
    QPointF yRange() const;
    /// Note about values the axes cannot show or the y range leaves out; empty when none.
    QString hiddenValuesNote() const;

    /// Native x converted to the displayed x unit.
    double toDisplayX(double nativeX) const;
    /// Displayed x converted back to native x.
    double toNativeX(double displayX) const;
    /// Widget pixel of a point given in displayed units (for tests and scripted screenshots).
    QPoint pixelFor(double displayX, double y) const;
    /// Shows the crosshair tooltip for displayed x (what hovering does); nullopt-like NaN hides it.
    void hoverAt(double displayX);
    /// Pins the tooltip where it is (true) or lets it follow the mouse again (false).
    void setHoverPinned(bool pinned);
    /// True while the tooltip is pinned.
    bool isHoverPinned() const;
    /// Plain text of the crosshair tooltip (empty when hidden).
    QString hoverText() const;
    /// The tooltip widget (a child of this chart, kept inside its rectangle).
    QWidget* hoverTip() const;

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
    /// Log scales, x-axis kind, y range mode or smoothing mode changed (toolbars resync).
    void viewOptionsChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    friend class CurveChartView;
    struct Series;

    /// Repaints within `delayMs` (coalescing everything that changes meanwhile).
    void scheduleRefresh(int delayMs);
    void markAllDirty();
    void recomputeSmoothed(Series& s);
    void extendSmoothed(Series& s, const QVector<QPointF>& raw, int from);
    void updateXAxis(double lo, double hi, bool haveX, bool markers);
    void updateYAxis(double yMin, double yMax, bool haveY);
    void rebuildAxes();
    int bucketCount() const;
    void zoomToViewPixels(int x0, int x1);
    void panByPixels(int dx);
    void zoomAroundPixel(int px, double factor);
    double displayXAtPixel(double viewX) const;
    double viewXFor(double displayX) const;
    void showContextMenu(const QPoint& globalPos);
    void promptSaveImage();
    void toggleSeriesVisible(int id);
    bool hasData() const;
    void hoverAtViewPixel(const QPoint& viewPos);
    void hideHover();
    void placeHoverTip(const QPoint& viewPos);
    void paintOverlay(QPainter* painter);
    int eventNear(double viewX) const;
    double currentDisplayLo() const;
    double currentDisplayHi() const;

    QChart* m_chart = nullptr;
    CurveChartView* m_view = nullptr;
    QAbstractAxis* m_axisX = nullptr;
    QAbstractAxis* m_axisY = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QLabel* m_tip = nullptr;
    QVector<Series*> m_series;
    QVector<EventMarker> m_events;
    QString m_xTitle;
    QString m_yTitle;
    double m_smoothing = 0.6;
    SmoothingMode m_smoothingMode = SmoothingMode::Debiased;
    YRangeMode m_yRangeMode = YRangeMode::FitAll;
    double m_yBoundLo;
    double m_yBoundHi;
    double m_lastLo = 0.0;
    double m_lastHi = 0.0;
    int m_lastBuckets = 0;
    bool m_integerX = false;
    bool m_logY = false;
    bool m_logX = false;
    bool m_zoomed = false;
    bool m_eventsVisible = true;
    double m_zoomLo = 0.0;
    double m_zoomHi = 1.0;
    double m_lastRefreshMs = 0.0;
    double m_lastPaintMs = 0.0;  // the last repaint of the plot (set by the view)
    double m_liveCostMs = 0.0;   // running average of refresh + repaint, which paces streamed updates
    const RunTimeline* m_timeline = nullptr;
    XAxisKind m_nativeKind = XAxisKind::Step;
    XAxisKind m_xKind = XAxisKind::Step;
    HiddenValues m_hiddenX;
    HiddenValues m_hiddenY;
    int64_t m_outsideRange = 0;  // points the outlier-ignoring y range leaves out
    double m_hoverX = std::numeric_limits<double>::quiet_NaN();  // displayed x of the crosshair
    bool m_pinned = false;
};

}  // namespace ts
