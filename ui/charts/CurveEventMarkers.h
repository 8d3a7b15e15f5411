// Vertical event markers of a curve chart: epoch ends, pauses, learning-rate changes, checkpoints, early stops.
#pragma once

#include "ui/charts/ChartMath.h"

#include <QString>
#include <QVector>

#include <functional>

class QPainter;
class QRectF;

namespace ts {

/// A vertical marker on the x axis.
struct ChartEventMarker {
    double x = 0.0;  ///< native x (a step for step charts)
    ChartEventKind kind = ChartEventKind::Other;
    QString text;    ///< tooltip text
};

/// The event markers of one chart: the list, their visibility, which one is under the mouse, and their drawing.
/// Epoch ends are thin dotted lines; the other kinds dashed lines with a flag.
class CurveEventMarkers {
public:
    /// Pixel column in the view of a native x (NaN where the axis cannot place it).
    using ViewXOf = std::function<double(double nativeX)>;

    /// Adds a marker.
    void add(double x, ChartEventKind kind, const QString& text) { m_events.append(ChartEventMarker{x, kind, text}); }
    /// Every marker added since the last clear().
    const QVector<ChartEventMarker>& all() const { return m_events; }
    /// Drops every marker.
    void clear() { m_events.clear(); }
    /// Shows or hides the markers; false when that changed nothing.
    bool setVisible(bool visible);
    /// True when the markers are drawn.
    bool isVisible() const { return m_visible; }
    /// Name of an event kind ("checkpoint", ...).
    static QString kindName(ChartEventKind kind);

    /// Index of the shown marker within a few pixels of view column viewX, or -1.
    int nearest(double viewX, const ViewXOf& viewXOf) const;
    /// Draws the shown markers inside `plot` (view coordinates).
    void paint(QPainter* painter, const QRectF& plot, const ViewXOf& viewXOf) const;

private:
    QVector<ChartEventMarker> m_events;
    bool m_visible = true;
};

}  // namespace ts
