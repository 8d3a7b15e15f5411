// Every trial's validation curve of a sweep's objective, overlaid on one chart, the best trial emphasized.
#pragma once

#include "ui/experiments/SweepSnapshot.h"

#include <QWidget>

class QVBoxLayout;

namespace ts {

class CurveChart;

/// The overlaid curves: a CurveChart with one series per trial in its objective's colour, the best in black with markers.
class TrialCurvesPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrialCurvesPanel(QWidget* parent = nullptr);

    /// Shows the curves of `snapshot` (rebuilds the chart when the trials that have curves changed).
    void setSnapshot(const SweepSnapshot& snapshot);
    /// The chart (tests, screenshots).
    CurveChart* chart() const { return m_chart; }

private:
    QVBoxLayout* m_layout = nullptr;
    CurveChart* m_chart = nullptr;
    std::vector<int> m_shownTrials;  // trial of each series, in series order
    int m_shownBest = -1;
};

}  // namespace ts
