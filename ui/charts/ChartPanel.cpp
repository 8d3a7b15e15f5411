#include "ui/charts/ChartPanel.h"

#include "ui/charts/CurveChart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ts {

namespace {

constexpr int kToolbarMargin = 6;
constexpr int kToolbarSpacing = 6;

}  // namespace

ChartPanel::ChartPanel(CurveChart* chart, QWidget* parent) : QWidget(parent), m_chart(chart) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_tools = new QHBoxLayout();
    m_tools->setContentsMargins(kToolbarMargin, kToolbarMargin / 2, kToolbarMargin, 0);
    m_tools->setSpacing(kToolbarSpacing);
    m_tools->addStretch(1);

    m_smoothingMode = new QComboBox();
    m_smoothingMode->setObjectName(QStringLiteral("smoothingModeCombo"));
    m_smoothingMode->addItem(tr("EMA"), static_cast<int>(CurveChart::SmoothingMode::Debiased));
    m_smoothingMode->addItem(tr("time-weighted EMA"), static_cast<int>(CurveChart::SmoothingMode::TimeWeighted));
    m_smoothingMode->setToolTip(tr("EMA: debiased per-point moving average (like TensorBoard, without the bias).\n"
                                   "Time-weighted: averages over x with a time constant of -1/ln(weight) steps,\n"
                                   "so it does not depend on how often values are logged."));
    m_smoothingMode->setVisible(false);
    m_tools->addWidget(m_smoothingMode);

    m_tools->addWidget(new QLabel(tr("x:")));
    m_xAxis = new QComboBox();
    m_xAxis->setObjectName(QStringLiteral("xAxisCombo"));
    m_xAxis->addItem(tr("step"), static_cast<int>(XAxisKind::Step));
    m_xAxis->addItem(tr("epoch"), static_cast<int>(XAxisKind::Epoch));
    m_xAxis->addItem(tr("time"), static_cast<int>(XAxisKind::WallTime));
    m_xAxis->setToolTip(tr("What the x axis counts: global step, epoch, or wall-clock time since the start "
                           "(pauses excluded)"));
    m_tools->addWidget(m_xAxis);

    const auto toggle = [this](const QString& text, const QString& name, const QString& tip) {
        auto* button = new QToolButton();
        button->setObjectName(name);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(tip);
        m_tools->addWidget(button);
        return button;
    };
    m_logX = toggle(tr("log x"), QStringLiteral("logXButton"), tr("Logarithmic x axis (values ≤ 0 are hidden and counted)"));
    m_logY = toggle(tr("log y"), QStringLiteral("logYButton"), tr("Logarithmic y axis (values ≤ 0 are hidden and counted)"));

    m_tools->addWidget(new QLabel(tr("y:")));
    m_yRange = new QComboBox();
    m_yRange->setObjectName(QStringLiteral("yRangeCombo"));
    m_yRange->addItem(tr("fit to data"), static_cast<int>(CurveChart::YRangeMode::FitAll));
    m_yRange->addItem(tr("ignore outliers"), static_cast<int>(CurveChart::YRangeMode::IgnoreOutliers));
    m_yRange->setToolTip(tr("Fit every visible value, or the 1st–99th percentile (the chart says how many "
                            "values it leaves out)"));
    m_tools->addWidget(m_yRange);

    column->addLayout(m_tools);
    column->addWidget(m_chart, 1);

    connect(m_xAxis, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_syncing) m_chart->setXAxisKind(static_cast<XAxisKind>(m_xAxis->currentData().toInt()));
    });
    connect(m_logX, &QToolButton::toggled, this, [this](bool on) {
        if (!m_syncing) m_chart->setLogX(on);
    });
    connect(m_logY, &QToolButton::toggled, this, [this](bool on) {
        if (!m_syncing) m_chart->setLogY(on);
    });
    connect(m_yRange, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_syncing) m_chart->setYRangeMode(static_cast<CurveChart::YRangeMode>(m_yRange->currentData().toInt()));
    });
    connect(m_smoothingMode, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_syncing)
            m_chart->setSmoothingMode(static_cast<CurveChart::SmoothingMode>(m_smoothingMode->currentData().toInt()));
    });
    connect(m_chart, &CurveChart::viewOptionsChanged, this, &ChartPanel::syncFromChart);
    syncFromChart();
}

CurveChart* ChartPanel::chart() const { return m_chart; }
QComboBox* ChartPanel::xAxisCombo() const { return m_xAxis; }
QToolButton* ChartPanel::logXButton() const { return m_logX; }
QToolButton* ChartPanel::logYButton() const { return m_logY; }
QComboBox* ChartPanel::yRangeCombo() const { return m_yRange; }
QComboBox* ChartPanel::smoothingModeCombo() const { return m_smoothingMode; }

void ChartPanel::addToolWidget(QWidget* widget) {
    m_tools->insertWidget(0, widget);
}

void ChartPanel::setSmoothingModeVisible(bool visible) {
    m_smoothingMode->setVisible(visible);
}

void ChartPanel::syncFromChart() {
    m_syncing = true;
    m_xAxis->setCurrentIndex(m_xAxis->findData(static_cast<int>(m_chart->xAxisKind())));
    m_xAxis->setEnabled(m_chart->timeline() != nullptr);
    m_logX->setChecked(m_chart->logX());
    m_logY->setChecked(m_chart->logY());
    m_yRange->setCurrentIndex(m_yRange->findData(static_cast<int>(m_chart->yRangeMode())));
    m_smoothingMode->setCurrentIndex(m_smoothingMode->findData(static_cast<int>(m_chart->smoothingMode())));
    m_syncing = false;
}

}  // namespace ts
