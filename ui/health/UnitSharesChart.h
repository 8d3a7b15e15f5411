// The Health panel's unit shares: per hidden layer, the share of dead units (ReLU-like outputs that are zero for
// the whole batch) and of saturated units at the latest health sample, as horizontal bars against the dead-layer
// threshold.
#pragma once

#include "core/health/Health.h"
#include "ui/health/HealthPlot.h"

#include <QRectF>

#include <vector>

namespace ts {

/// Dead and saturated unit shares per layer, latest sample ("unitSharesChart").
class UnitSharesChart : public HealthPlot {
    Q_OBJECT
public:
    explicit UnitSharesChart(QWidget* parent = nullptr);

    /// Shows the activations measured at `step`.
    void setActivations(const std::vector<ActivationHealth>& activations, qint64 step);
    /// Forgets them (the placeholder shows).
    void clear();
    /// The dead share above which a layer is flagged (the dashed line; 0.5 by default).
    void setThreshold(double share);
    /// Number of layers shown.
    int layerCount() const { return static_cast<int>(m_layers.size()); }
    /// The step of the activations shown.
    qint64 step() const { return m_step; }
    /// Rectangle of layer `layer`'s dead (saturated == false) or saturated bar; empty when it has none.
    QRectF barRect(int layer, bool saturated) const;
    /// The read-out of a layer: "fc1 (128 units) · 62.5% dead · mean 0.12 · std 0.4".
    QString layerText(int layer) const;
    /// Layer under `pos`, or -1.
    int layerAt(const QPoint& pos) const;

protected:
    bool hasData() const override;
    void paintData(QPainter& painter) override;
    QString toolTipAt(const QPoint& pos) const override;
    void relayout() override;

private:
    /// True when some layer can saturate (a second bar per row).
    bool showsSaturation() const;
    double xOf(double share) const;

    std::vector<ActivationHealth> m_layers;
    qint64 m_step = 0;
    double m_threshold = 0.5;
    QRectF m_plot;
    double m_rowHeight = 0.0;
};

}  // namespace ts
