// A live line chart that keeps the full history of every series and draws a decimated copy.
#pragma once

#include "ui/charts/ChartMath.h"
#include "ui/charts/CurveEventMarkers.h"
#include "ui/charts/CurveSeriesModel.h"
#include "ui/charts/CurveViewHandler.h"
#include "ui/charts/CurveXMapping.h"
#include "ui/charts/CurveZoomPan.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>

class QChart;
class QLineSeries;

namespace ts {

class CurveAxes;
class CurveChartView;
class CurveHoverTip;
class CurveRefreshPacer;

/// The live training chart: a thin widget composing series data, axes, input, zoom, hover read-out and pacing.
/// Its parts: CurveSeriesModel (data, smoothing, decimation), CurveAxes (scales, ticks), CurveChartView and
/// CurveZoomPan (input, zoom and pan), CurveHoverTip (crosshair read-out), CurveEventMarkers, CurveChartMenu and
/// CurveRefreshPacer (when to refresh).
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
class CurveChart : public QWidget, private CurveViewHandler {
    Q_OBJECT
public:
    /// How a series is drawn (Line, FaintLine, LineWithMarkers).
    using SeriesStyle = CurveSeriesStyle;

    /// How a smoothed series is computed from its source (Debiased, TimeWeighted).
    using SmoothingMode = CurveSmoothingMode;

    /// How the y range is chosen.
    enum class YRangeMode {
        FitAll,         ///< every visible value fits
        IgnoreOutliers  ///< the 1st to 99th percentile of the visible raw values, padded
    };

    /// Kind of a vertical event marker (epoch end, pause, resume, LR change, checkpoint, early stop).
    using EventKind = ChartEventKind;

    /// A vertical marker on the x axis (x native, kind, tooltip text).
    using EventMarker = ChartEventMarker;

    /// Creates an empty chart with the given title.
    explicit CurveChart(const QString& title = QString(), QWidget* parent = nullptr);
    ~CurveChart() override;

    /// Adds a series and returns its id (0, 1, 2, ... in creation order).
    int addSeries(const QString& name, const QColor& color, SeriesStyle style = SeriesStyle::Line);
    /// Adds a series coloured by its family (seriesColorKey(name)), the same in every chart.
    int addSeries(const QString& name, SeriesStyle style = SeriesStyle::Line);
    /// Renames series `id` (its legend entry, hover read-out and exports follow).
    void renameSeries(int id, const QString& name);
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
    // CurveViewHandler: what the plot view asks for.
    void zoomToViewPixels(int x0, int x1) override;
    void panByPixels(int dx) override;
    void zoomAroundPixel(int px, double factor) override;
    void hoverAtViewPixel(const QPoint& viewPos) override;
    void clickAtViewPixel(const QPoint& viewPos) override;
    void resetView() override;
    void mouseLeft() override;
    bool escapePressed() override;
    void contextMenuAt(const QPoint& globalPos) override;
    void paintOverlay(QPainter* painter) override;
    void painted(double ms) override;

    /// The x range and resolution this refresh shows; sets `fit` for the x axis and `rangeChanged`.
    CurveDisplayWindow displayWindow(CurveXAxisFit& fit, bool& rangeChanged);
    /// Re-decimates what changed and hands it to Qt Charts.
    void updateLines(const CurveDisplayWindow& window, bool rangeChanged);
    int bucketCount() const;
    void markAllDirty();
    void toggleSeriesVisible(int id);
    /// Leaves the zoom and the pinned read-out quietly (clear(), a new x unit); returns whether it was zoomed.
    bool dropZoomAndPin();
    void hideHover();
    double viewXFor(double displayX) const;
    double viewXOfNative(double nativeX) const;
    void paintNote(QPainter* painter, const QRectF& plot);

    QChart* m_chart = nullptr;
    CurveChartView* m_view = nullptr;
    std::unique_ptr<CurveAxes> m_axes;
    std::unique_ptr<CurveHoverTip> m_hover;
    std::unique_ptr<CurveRefreshPacer> m_pacer;
    CurveSeriesModel m_model;
    QVector<QLineSeries*> m_lines;  // one per series, owned by m_chart
    CurveXMapping m_mapping;
    CurveZoomPan m_zoom;
    CurveEventMarkers m_events;
    YRangeMode m_yRangeMode = YRangeMode::FitAll;
    double m_lastLo = 0.0;  // the x range and resolution of the last refresh
    double m_lastHi = 0.0;
    int m_lastBuckets = 0;
    int64_t m_outsideRange = 0;  // points the outlier-ignoring y range leaves out
};

}  // namespace ts
