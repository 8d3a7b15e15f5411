#include "ui/charts/CurveChartMenu.h"

#include "ui/charts/ChartImage.h"
#include "ui/charts/CurveChart.h"

#include <QActionGroup>
#include <QChart>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>

namespace ts {

CurveChartMenu::CurveChartMenu(CurveChart* chart, bool smoothing) : m_chart(chart), m_menu(chart) {
    m_save = m_menu.addAction(CurveChart::tr("Save as PNG…"));
    addImageActions(&m_menu, chart, chart->chart()->title(), ImageActions::SvgAndClipboard);
    m_reset = m_menu.addAction(CurveChart::tr("Reset zoom"));
    m_reset->setEnabled(chart->isZoomed());
    m_menu.addSeparator();
    addViewEntries();
    addXAxisMenu();
    if (smoothing) addSmoothingMenu();
    m_events = m_menu.addAction(CurveChart::tr("Show events"));
    m_events->setCheckable(true);
    m_events->setChecked(chart->eventsVisible());
    m_menu.addSeparator();
    QAction* hint = m_menu.addAction(CurveChart::tr("Drag: zoom · Shift+drag: pan · wheel: zoom · double-click: reset · "
                                                    "click: pin tooltip · click a legend entry to hide it"));
    hint->setEnabled(false);
}

void CurveChartMenu::addViewEntries() {
    auto* yRange = new QActionGroup(&m_menu);
    m_fit = m_menu.addAction(CurveChart::tr("Fit y to data"));
    m_fit->setCheckable(true);
    m_fit->setChecked(m_chart->yRangeMode() == CurveChart::YRangeMode::FitAll);
    m_fit->setActionGroup(yRange);
    m_robust = m_menu.addAction(CurveChart::tr("Ignore outliers in the y range"));
    m_robust->setCheckable(true);
    m_robust->setChecked(m_chart->yRangeMode() == CurveChart::YRangeMode::IgnoreOutliers);
    m_robust->setActionGroup(yRange);
    m_logY = m_menu.addAction(CurveChart::tr("Logarithmic y axis"));
    m_logY->setCheckable(true);
    m_logY->setChecked(m_chart->logY());
    m_logX = m_menu.addAction(CurveChart::tr("Logarithmic x axis"));
    m_logX->setCheckable(true);
    m_logX->setChecked(m_chart->logX());
}

void CurveChartMenu::addXAxisMenu() {
    QMenu* xMenu = m_menu.addMenu(CurveChart::tr("X axis"));
    xMenu->setEnabled(m_chart->timeline() != nullptr);
    auto* xGroup = new QActionGroup(xMenu);
    for (XAxisKind kind : {XAxisKind::Step, XAxisKind::Epoch, XAxisKind::WallTime}) {
        QAction* a = xMenu->addAction(kind == XAxisKind::WallTime ? CurveChart::tr("Relative time") : xAxisTitle(kind));
        a->setCheckable(true);
        a->setChecked(kind == m_chart->xAxisKind());
        a->setActionGroup(xGroup);
        m_xActions.append({a, kind});
    }
}

void CurveChartMenu::addSmoothingMenu() {
    QMenu* sMenu = m_menu.addMenu(CurveChart::tr("Smoothing"));
    auto* sGroup = new QActionGroup(sMenu);
    m_debiased = sMenu->addAction(CurveChart::tr("Debiased EMA (per point)"));
    m_timeWeighted = sMenu->addAction(CurveChart::tr("Time-weighted EMA (independent of the logging interval)"));
    for (QAction* a : {m_debiased, m_timeWeighted}) {
        a->setCheckable(true);
        a->setActionGroup(sGroup);
    }
    m_debiased->setChecked(m_chart->smoothingMode() == CurveChart::SmoothingMode::Debiased);
    m_timeWeighted->setChecked(m_chart->smoothingMode() == CurveChart::SmoothingMode::TimeWeighted);
}

void CurveChartMenu::exec(const QPoint& globalPos) {
    if (QAction* chosen = m_menu.exec(globalPos)) apply(chosen);
}

void CurveChartMenu::apply(QAction* chosen) {
    if (chosen == m_save) promptSaveImage(m_chart);
    else if (chosen == m_reset) m_chart->resetZoom();
    else if (chosen == m_fit) m_chart->setYRangeMode(CurveChart::YRangeMode::FitAll);
    else if (chosen == m_robust) m_chart->setYRangeMode(CurveChart::YRangeMode::IgnoreOutliers);
    else if (chosen == m_logY) m_chart->setLogY(!m_chart->logY());
    else if (chosen == m_logX) m_chart->setLogX(!m_chart->logX());
    else if (chosen == m_events) m_chart->setEventsVisible(!m_chart->eventsVisible());
    else if (chosen == m_debiased) m_chart->setSmoothingMode(CurveChart::SmoothingMode::Debiased);
    else if (chosen == m_timeWeighted) m_chart->setSmoothingMode(CurveChart::SmoothingMode::TimeWeighted);
    for (const auto& [action, kind] : m_xActions)
        if (chosen == action) m_chart->setXAxisKind(kind);
}

void CurveChartMenu::promptSaveImage(CurveChart* chart) {
    const QString title = chart->chart()->title();
    QString base = title.isEmpty() ? QStringLiteral("chart") : title.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(chart, CurveChart::tr("Save chart as PNG"),
                                                      QDir::home().filePath(base + QStringLiteral(".png")),
                                                      CurveChart::tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (!chart->saveImage(path))
        QMessageBox::warning(chart, CurveChart::tr("Save chart"), CurveChart::tr("Could not write %1.").arg(path));
}

}  // namespace ts
