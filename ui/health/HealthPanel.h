// The Health panel (issue 16): per-layer update ratios, the global gradient norm, weight and gradient distributions
// of a chosen layer, dead and saturated units, the alerts of the run and the machine's figures, live or from a
// finished run. Plain values in, no torch: the main window feeds it what the trainer reports.
#pragma once

#include "core/health/Health.h"
#include "ui/health/HealthHistory.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QCheckBox;
class QComboBox;
class QTabWidget;

namespace ts {

class AlertsTable;
class ChartPanel;
class CurveChart;
class HistogramHeatmap;
class SystemSparklines;
class UnitSharesChart;
class UpdateRatioHeatmap;

/// The Health dock's content ("healthPanel"): tabs Layers, Distributions, Alerts and System.
class HealthPanel : public QWidget {
    Q_OBJECT
public:
    /// The tabs, in order.
    enum Tab { LayersTab, GradientTab, DistributionsTab, AlertsTab, SystemTab };

    explicit HealthPanel(QWidget* parent = nullptr);

    /// Forgets the run shown (samples, alerts, gradient norms, system figures).
    void clear();
    /// Whether the run measures per-layer diagnostics, and every how many steps (0 = automatic): the empty views
    /// say what will appear, or that diagnostics are off.
    void setDiagnostics(bool enabled, int interval);
    /// The thresholds of the run: the healthy band of update ratios and the dead-unit share.
    void setThresholds(const HealthSettings& settings);
    /// Gradient clipping at `clip` (> 0): a dashed line on the gradient-norm chart; 0 = none.
    void setClipThreshold(double clip);
    /// Throughput in tokens per second (a language model) rather than samples per second.
    void setTokens(bool tokens);
    /// A health sample: the heatmap, the distributions and the unit shares grow.
    void addSample(const HealthSample& sample);
    /// An alert: a row in the list and a marker on the gradient-norm chart.
    void addAlert(const Alert& alert);
    /// Global gradient norms before clipping at `steps` (same lengths; negative norms are skipped).
    void addGradNorms(const std::vector<int64_t>& steps, const std::vector<double>& norms);
    /// The machine's figures of an epoch (a language model: an evaluation).
    void addEpochSystem(int epoch, const SystemMetrics& system);
    /// Shows a finished run at once: clear(), then its samples, alerts and gradient norms.
    void showRun(const std::vector<HealthSample>& samples, const std::vector<Alert>& alerts,
                 const std::vector<int64_t>& gradSteps, const std::vector<double>& gradNorms);
    /// Marks `step` in the heatmaps (the column nearest it) and shows the Layers tab.
    void showStep(qint64 step);

    /// The samples shown.
    const HealthHistory& history() const { return m_history; }
    /// The tabs ("healthTabs").
    QTabWidget* tabs() const { return m_tabs; }
    /// The update-ratio heatmap.
    UpdateRatioHeatmap* heatmap() const { return m_heatmap; }
    /// The histograms of the chosen layer.
    HistogramHeatmap* histograms() const { return m_histograms; }
    /// The dead and saturated unit shares.
    UnitSharesChart* unitShares() const { return m_unitShares; }
    /// The alerts list.
    AlertsTable* alerts() const { return m_alerts; }
    /// The machine's figures.
    SystemSparklines* system() const { return m_system; }
    /// The gradient-norm chart ("healthGradNormChart": "grad norm", "clip threshold").
    CurveChart* gradNormChart() const { return m_gradChart; }
    /// The layer chooser of the distributions ("healthLayerCombo").
    QComboBox* layerCombo() const { return m_layerCombo; }
    /// Weights or gradients ("healthValuesCombo").
    QComboBox* valuesCombo() const { return m_valuesCombo; }
    /// "Show biases" of the heatmap ("healthBiasesCheck").
    QCheckBox* biasesCheck() const { return m_biases; }

Q_SIGNALS:
    /// The user picked the alert of `step` in the list (the window moves its charts there).
    void alertActivated(qint64 step);

private:
    QWidget* buildLayersTab();
    QWidget* buildDistributionsTab();
    /// Adds new parameter names to the layer chooser, keeping the choice.
    void refreshLayerCombo();
    /// The Alerts tab's title with the count.
    void updateAlertsTitle();
    /// Switches the gradient-norm chart to a log axis once its values span decades.
    void maybeUseLogScale();

    HealthHistory m_history;
    QTabWidget* m_tabs = nullptr;
    UpdateRatioHeatmap* m_heatmap = nullptr;
    HistogramHeatmap* m_histograms = nullptr;
    UnitSharesChart* m_unitShares = nullptr;
    AlertsTable* m_alerts = nullptr;
    SystemSparklines* m_system = nullptr;
    CurveChart* m_gradChart = nullptr;
    ChartPanel* m_gradPanel = nullptr;
    QComboBox* m_layerCombo = nullptr;
    QComboBox* m_valuesCombo = nullptr;
    QCheckBox* m_biases = nullptr;
    int m_gradSeries = -1;
    int m_clipSeries = -1;
    double m_clip = 0.0;
    double m_minNorm = 0.0;   // smallest and largest positive gradient norm so far
    double m_maxNorm = 0.0;
    bool m_logChosen = false;  // the log axis was switched on automatically (once per run)
};

}  // namespace ts
