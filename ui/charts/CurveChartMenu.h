// The right-click menu of a curve chart: image export, zoom reset, y range, log axes, x unit, smoothing, events.
#pragma once

#include "ui/charts/ChartMath.h"

#include <QList>
#include <QMenu>

#include <utility>

class QAction;
class QPoint;

namespace ts {

class CurveChart;

/// Builds the right-click menu of a chart from its current view options and applies the entry chosen.
class CurveChartMenu {
public:
    /// The menu for `chart`; `smoothing` adds the choice of smoothing mode (for charts with a smoothed series).
    CurveChartMenu(CurveChart* chart, bool smoothing);
    /// Shows the menu at a global position and applies the entry chosen, if any.
    void exec(const QPoint& globalPos);
    /// Asks for a file name and saves `chart` there as a PNG (warning when that fails).
    static void promptSaveImage(CurveChart* chart);

private:
    void addViewEntries();
    void addXAxisMenu();
    void addSmoothingMenu();
    void apply(QAction* chosen);

    CurveChart* m_chart;
    QMenu m_menu;
    QAction* m_save = nullptr;
    QAction* m_reset = nullptr;
    QAction* m_fit = nullptr;
    QAction* m_robust = nullptr;
    QAction* m_logY = nullptr;
    QAction* m_logX = nullptr;
    QAction* m_debiased = nullptr;
    QAction* m_timeWeighted = nullptr;
    QAction* m_events = nullptr;
    QList<std::pair<QAction*, XAxisKind>> m_xActions;
};

}  // namespace ts
