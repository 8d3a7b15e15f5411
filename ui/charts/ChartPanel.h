// A CurveChart with a compact toolbar: x-axis unit, log scales, y range and smoothing mode.
#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QToolButton;

namespace ts {

class CurveChart;

/// Wraps a chart (taking ownership) and keeps its toolbar in sync with the chart's own menu.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    /// Puts `chart` under a toolbar; the panel becomes the chart's parent.
    explicit ChartPanel(CurveChart* chart, QWidget* parent = nullptr);

    /// The chart.
    CurveChart* chart() const;
    /// Adds a widget at the left end of the toolbar (e.g. a smoothing slider).
    void addToolWidget(QWidget* widget);
    /// Shows the "EMA / time-weighted EMA" choice (for charts with a smoothed series).
    void setSmoothingModeVisible(bool visible);
    /// X axis unit: step, epoch, relative time (disabled without a timeline).
    QComboBox* xAxisCombo() const;
    /// "log x" toggle.
    QToolButton* logXButton() const;
    /// "log y" toggle.
    QToolButton* logYButton() const;
    /// Y range: fit to data / ignore outliers.
    QComboBox* yRangeCombo() const;
    /// Smoothing mode: EMA / time-weighted EMA.
    QComboBox* smoothingModeCombo() const;

private:
    void syncFromChart();

    CurveChart* m_chart = nullptr;
    QHBoxLayout* m_tools = nullptr;
    QComboBox* m_xAxis = nullptr;
    QToolButton* m_logX = nullptr;
    QToolButton* m_logY = nullptr;
    QComboBox* m_yRange = nullptr;
    QComboBox* m_smoothingMode = nullptr;
    bool m_syncing = false;
};

}  // namespace ts
