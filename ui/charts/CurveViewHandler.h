// What the plot view of a curve chart asks of the chart: zoom, pan, hover, pin, menu, overlay painting.
#pragma once

class QPainter;
class QPoint;

namespace ts {

/// What a CurveChartView asks of the chart it shows; positions are in viewport pixels.
class CurveViewHandler {
public:
    virtual ~CurveViewHandler() = default;
    /// A rubber band was dragged over pixel columns x0 < x1.
    virtual void zoomToViewPixels(int x0, int x1) = 0;
    /// A pan drag moved dx pixels.
    virtual void panByPixels(int dx) = 0;
    /// Wheel or pinch: scale the x window by `factor` around pixel column px.
    virtual void zoomAroundPixel(int px, double factor) = 0;
    /// The mouse moved over the view without a button held.
    virtual void hoverAtViewPixel(const QPoint& viewPos) = 0;
    /// A click (a press and release without a drag) in the plot.
    virtual void clickAtViewPixel(const QPoint& viewPos) = 0;
    /// A double-click: back to the full view.
    virtual void resetView() = 0;
    /// The mouse left the view.
    virtual void mouseLeft() = 0;
    /// Escape was pressed; returns true when that was taken (it released a pinned tooltip).
    virtual bool escapePressed() = 0;
    /// Right-click: show the menu at a global position.
    virtual void contextMenuAt(const QPoint& globalPos) = 0;
    /// Paints what goes over the plot (markers, crosshair, notes).
    virtual void paintOverlay(QPainter* painter) = 0;
    /// The plot was repainted in `ms` milliseconds.
    virtual void painted(double ms) = 0;
};

}  // namespace ts
