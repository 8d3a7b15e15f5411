// The objective against each parameter of a sweep: one small scatter plot per parameter (logarithmic x where the
// space is), points coloured by the objective, the best trial ringed, trials a brush leaves out in grey.
#pragma once

#include "ui/experiments/ParallelAxes.h"

#include <QWidget>

namespace ts {

/// Small multiples of objective (y) against each parameter (x), drawn from the parallel-coordinates axes.
class ObjectiveScatterView : public QWidget {
    Q_OBJECT
public:
    explicit ObjectiveScatterView(QWidget* parent = nullptr);

    /// Shows `axes` (its brushes grey out the trials they leave out); `best` is the best trial, -1 none.
    void setAxes(const ParallelAxes& axes, int best, bool minimize);

    QSize sizeHint() const override { return {720, 300}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintPlot(QPainter& p, const QRectF& box, int a) const;

    ParallelAxes m_axes;
    int m_best = -1;
    bool m_minimize = true;
};

}  // namespace ts
