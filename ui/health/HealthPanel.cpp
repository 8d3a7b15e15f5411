#include "ui/health/HealthPanel.h"

#include "ui/charts/ChartPanel.h"
#include "ui/charts/CurveChart.h"
#include "ui/common/CoreText.h"
#include "ui/common/HintLabel.h"
#include "ui/health/AlertsTable.h"
#include "ui/health/HistogramHeatmap.h"
#include "ui/health/SystemSparklines.h"
#include "ui/health/UnitSharesChart.h"
#include "ui/health/UpdateRatioHeatmap.h"

#include <QCheckBox>
#include <QChart>
#include <QComboBox>
#include <QLegend>
#include <QLegendMarker>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

const QColor kGradColor(0x94, 0x67, 0xbd);  // purple, as the language model's gradient-norm chart
const QColor kClipColor(0xd6, 0x27, 0x28);  // red: the threshold
constexpr double kLogSpan = 100.0;          // gradient norms spanning this factor get a log axis
constexpr int kHeatmapStretch = 3;
constexpr int kLowerStretch = 2;
constexpr int kToolSpacing = 8;

/// A splitter of two views, the first one larger.
QSplitter* stacked(const QString& name, QWidget* top, QWidget* bottom) {
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(name);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, kHeatmapStretch);
    splitter->setStretchFactor(1, kLowerStretch);
    return splitter;
}

}  // namespace

HealthPanel::HealthPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("healthPanel"));
    m_heatmap = new UpdateRatioHeatmap(&m_history);
    m_histograms = new HistogramHeatmap(&m_history);
    m_unitShares = new UnitSharesChart();
    m_alerts = new AlertsTable();
    m_system = new SystemSparklines();
    m_tabs = new QTabWidget();
    m_tabs->setObjectName(QStringLiteral("healthTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildLayersTab(), tr("Layers"));
    m_tabs->addTab(m_gradPanel, tr("Gradient norm"));
    m_tabs->addTab(buildDistributionsTab(), tr("Distributions"));
    m_tabs->addTab(m_alerts, tr("Alerts"));
    m_tabs->addTab(m_system, tr("System"));
    m_tabs->setTabToolTip(LayersTab, tr("Update ratio of each layer over the steps"));
    m_tabs->setTabToolTip(GradientTab, tr("The global gradient norm before clipping, every step, with the clip threshold"));
    m_tabs->setTabToolTip(DistributionsTab, tr("Weights or gradients of one layer over the steps, and dead units"));
    m_tabs->setTabToolTip(AlertsTab, tr("Spikes, exploding or vanishing updates, dead layers, overfitting, plateaus"));
    m_tabs->setTabToolTip(SystemTab, tr("Throughput, data loading, CPU and memory per epoch"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_alerts, &AlertsTable::stepActivated, this, [this](qint64 step) {
        showStep(step);
        Q_EMIT alertActivated(step);
    });
    setDiagnostics(true, 0);
    setClipThreshold(0.0);
}

QWidget* HealthPanel::buildLayersTab() {
    m_gradChart = new CurveChart(tr("Gradient norm"));
    m_gradChart->setObjectName(QStringLiteral("healthGradNormChart"));
    m_gradChart->setAxisTitles(tr("step"), tr("norm before clipping"));
    m_gradChart->setIntegerX(true);
    m_gradSeries = m_gradChart->addSeries(tr("grad norm"), kGradColor, CurveChart::SeriesStyle::Line);
    m_clipSeries = m_gradChart->addSeries(tr("clip threshold"), kClipColor, CurveChart::SeriesStyle::DashedLine);
    m_gradChart->setSmoothCurve(m_clipSeries, true);
    m_gradPanel = new ChartPanel(m_gradChart);

    m_biases = new QCheckBox(tr("Show biases"));
    m_biases->setObjectName(QStringLiteral("healthBiasesCheck"));
    m_biases->setToolTip(tr("Also show the bias vectors (and other parameters whose name ends in “bias”)"));
    connect(m_biases, &QCheckBox::toggled, m_heatmap, &UpdateRatioHeatmap::setShowBiases);
    auto* tools = new QHBoxLayout();
    tools->addWidget(hintLabel(tr("How much each step changes a layer's weights: about 1e-3 is healthy.")), 1);
    tools->addWidget(m_biases);

    // The heatmap as tall as its rows need (within limits); the gradient norm has a tab of its own (at a dock's
    // size, below the heatmap, its axes had no room for their labels).
    auto* tab = new QWidget();
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(tools);
    layout->addWidget(m_heatmap);
    layout->addStretch(1);
    return tab;
}

QWidget* HealthPanel::buildDistributionsTab() {
    m_layerCombo = new QComboBox();
    m_layerCombo->setObjectName(QStringLiteral("healthLayerCombo"));
    m_layerCombo->setToolTip(tr("The parameter whose distributions are shown"));
    m_layerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_layerCombo, &QComboBox::currentTextChanged, m_histograms, &HistogramHeatmap::setParameter);
    m_valuesCombo = new QComboBox();
    m_valuesCombo->setObjectName(QStringLiteral("healthValuesCombo"));
    m_valuesCombo->addItem(tr("Weights"));
    m_valuesCombo->addItem(tr("Gradients"));
    m_valuesCombo->setToolTip(tr("Distribution of the weights, or of their gradients, at each sample"));
    connect(m_valuesCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_histograms->setGradients(index == 1); });
    auto* tools = new QHBoxLayout();
    tools->setSpacing(kToolSpacing);
    tools->addWidget(new QLabel(tr("Layer:")));
    tools->addWidget(m_layerCombo);
    tools->addWidget(m_valuesCombo);
    tools->addWidget(hintLabel(tr("darker = more values; orange line = mean")), 1);

    auto* tab = new QWidget();
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(tools);
    layout->addWidget(stacked(QStringLiteral("healthDistributionsSplitter"), m_histograms, m_unitShares), 1);
    return tab;
}

void HealthPanel::clear() {
    m_history.clear();
    m_heatmap->markStep(-1);
    m_heatmap->historyChanged();
    m_histograms->markStep(-1);
    m_layerCombo->clear();
    m_histograms->historyChanged();
    m_unitShares->clear();
    m_alerts->clearAlerts();
    m_system->clear();
    m_gradChart->clear();
    m_gradChart->setLogY(false);
    m_minNorm = 0.0;
    m_maxNorm = 0.0;
    m_logChosen = false;
    updateAlertsTitle();
}

void HealthPanel::setDiagnostics(bool enabled, int interval) {
    const QString off = tr("Diagnostics are off for this run: only the NaN/Inf guard watches it.");
    const QString waiting = interval > 0 ? tr("Per-layer diagnostics appear after the first %n step(s).", nullptr, interval)
                                         : tr("Per-layer diagnostics appear after the first health sample "
                                              "(every few dozen steps).");
    m_heatmap->setPlaceholderText(enabled ? waiting : off);
    m_histograms->setPlaceholderText(enabled ? tr("Weight and gradient distributions of the chosen layer appear "
                                                  "with the per-layer diagnostics.")
                                             : off);
    m_unitShares->setPlaceholderText(enabled ? tr("Dead and saturated unit shares appear with the per-layer "
                                                  "diagnostics.")
                                             : off);
}

void HealthPanel::setThresholds(const HealthSettings& settings) {
    m_heatmap->setBand(settings.vanishingRatio, settings.explodingRatio);
    m_unitShares->setThreshold(settings.deadShare);
}

void HealthPanel::setClipThreshold(double clip) {
    m_clip = clip;
    // The legend names the threshold only when there is one.
    const QList<QAbstractSeries*> series = m_gradChart->chart()->series();
    if (m_clipSeries < series.size())
        for (QLegendMarker* marker : m_gradChart->chart()->legend()->markers(series[m_clipSeries])) marker->setVisible(clip > 0.0);
    const QVector<QPointF> norms = m_gradChart->rawPoints(m_gradSeries);
    if (clip > 0.0 && !norms.isEmpty() && m_gradChart->rawCount(m_clipSeries) == 0)
        m_gradChart->appendPoints(m_clipSeries, {QPointF(norms.front().x(), clip), QPointF(norms.back().x(), clip)});
}

void HealthPanel::setTokens(bool tokens) { m_system->setTokens(tokens); }

void HealthPanel::addSample(const HealthSample& sample) {
    m_history.add(sample);
    m_heatmap->historyChanged();
    refreshLayerCombo();
    m_histograms->historyChanged();
    if (!sample.activations.empty()) m_unitShares->setActivations(sample.activations, sample.step);
}

void HealthPanel::refreshLayerCombo() {
    const QStringList& names = m_history.parameterNames();
    if (m_layerCombo->count() == names.size()) return;
    for (int i = m_layerCombo->count(); i < names.size(); ++i) m_layerCombo->addItem(names[i]);
    if (HealthHistory::isBias(m_layerCombo->currentText())) {  // the first weight, rather than a bias
        const auto weight = std::find_if(names.begin(), names.end(), [](const QString& n) { return !HealthHistory::isBias(n); });
        if (weight != names.end()) m_layerCombo->setCurrentIndex(static_cast<int>(weight - names.begin()));
    }
}

void HealthPanel::addAlert(const Alert& alert) {
    m_alerts->addAlert(alert);
    m_gradChart->addEventMarker(double(alert.step), ChartEventKind::Alert,
                                tr("%1 at step %2: %3").arg(AlertsTable::kindLabel(alert.kind)).arg(alert.step)
                                    .arg(coreText(alert.message)));
    updateAlertsTitle();
}

void HealthPanel::updateAlertsTitle() {
    const int count = m_alerts->rowCount();
    m_tabs->setTabText(AlertsTab, count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
}

void HealthPanel::addGradNorms(const std::vector<int64_t>& steps, const std::vector<double>& norms) {
    QVector<QPointF> points;
    const size_t n = std::min(steps.size(), norms.size());
    for (size_t i = 0; i < n; ++i) {
        if (!(norms[i] >= 0.0) || !std::isfinite(norms[i])) continue;
        points.append(QPointF(double(steps[i]), norms[i]));
        if (norms[i] > 0.0) {
            m_minNorm = m_minNorm > 0.0 ? std::min(m_minNorm, norms[i]) : norms[i];
            m_maxNorm = std::max(m_maxNorm, norms[i]);
        }
    }
    if (points.isEmpty()) return;
    const bool first = m_gradChart->rawCount(m_gradSeries) == 0;
    m_gradChart->appendPoints(m_gradSeries, points);
    if (m_clip > 0.0) {  // a level line: the first step, then the newest
        QVector<QPointF> level;
        if (first) level.append(QPointF(points.front().x(), m_clip));
        if (!first || points.size() > 1) level.append(QPointF(points.back().x(), m_clip));
        m_gradChart->appendPoints(m_clipSeries, level);
    }
    maybeUseLogScale();
}

void HealthPanel::maybeUseLogScale() {
    if (m_logChosen || m_minNorm <= 0.0 || m_maxNorm / m_minNorm < kLogSpan) return;
    m_logChosen = true;
    m_gradChart->setLogY(true);
}

void HealthPanel::addEpochSystem(int epoch, const SystemMetrics& system) { m_system->addEpoch(epoch, system); }

void HealthPanel::showRun(const std::vector<HealthSample>& samples, const std::vector<Alert>& alerts,
                          const std::vector<int64_t>& gradSteps, const std::vector<double>& gradNorms) {
    clear();
    for (const HealthSample& s : samples) m_history.add(s);
    m_heatmap->historyChanged();
    refreshLayerCombo();
    m_histograms->historyChanged();
    if (const HealthSample* last = m_history.latest(); last && !last->activations.empty())
        m_unitShares->setActivations(last->activations, last->step);
    for (const Alert& a : alerts) addAlert(a);
    addGradNorms(gradSteps, gradNorms);
}

void HealthPanel::showStep(qint64 step) {
    m_heatmap->markStep(step);
    m_histograms->markStep(step);
    m_tabs->setCurrentIndex(LayersTab);
}

}  // namespace ts
