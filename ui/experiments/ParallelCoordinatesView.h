// The parallel-coordinates plot of a sweep: one vertical axis per parameter plus the objective (logarithmic where the
// space is), one line per trial coloured by its objective; dragging along an axis brushes a range, double-click clears.
#pragma once

#include "ui/experiments/ParallelAxes.h"

#include <QVector>
#include <QWidget>

namespace ts {

/// Paints ParallelAxes and turns mouse drags on an axis into brushes; says which trials remain selected.
class ParallelCoordinatesView : public QWidget {
    Q_OBJECT
public:
    explicit ParallelCoordinatesView(QWidget* parent = nullptr);

    /// Shows `sweep`; brushes stay when the axes are the same (a refresh of the same sweep).
    void setSweep(const Sweep& sweep);
    /// The axes and their brushes.
    const ParallelAxes& axes() const { return m_axes; }
    /// Brushes axis `a` from value `lo` to `hi` as a drag would, and says so (selectionChanged).
    void brushAxis(int a, double lo, double hi);
    /// Clears every brush and says so.
    void clearBrushes();
    /// Horizontal pixel of axis `a` and the vertical pixel of position `p` (0..1), for painting and tests.
    double axisX(int a) const;
    double positionY(double p) const;

    QSize sizeHint() const override { return {720, 320}; }

Q_SIGNALS:
    /// The brushed trials changed (0-based; all when nothing is brushed).
    void selectionChanged(const QVector<int>& trials, bool brushed);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void paintAxis(QPainter& p, int a) const;
    void paintTrials(QPainter& p) const;
    /// The axis nearest to x (-1 when none is near).
    int axisNear(double x) const;
    void announce();

    ParallelAxes m_axes;
    int m_best = -1;
    bool m_minimize = true;
    int m_dragAxis = -1;
    double m_dragFrom = 0.0;  // position 0..1 where the drag started
};

}  // namespace ts
