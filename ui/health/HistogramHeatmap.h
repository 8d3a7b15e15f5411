// The Health panel's distributions over time: for one parameter, the histogram of its weights or gradients at each
// health sample as a column of shaded value bins (x = step, y = value, shade = share of the values), with the mean.
#pragma once

#include "ui/health/HealthPlot.h"

#include <QPair>
#include <QRectF>
#include <QString>

#include <vector>

namespace ts {

class HealthHistory;
struct ValueHistogram;

/// Histograms of one parameter over the samples ("histogramHeatmap").
class HistogramHeatmap : public HealthPlot {
    Q_OBJECT
public:
    /// Value bins of a column.
    static constexpr int kValueBins = 40;

    /// Shows the samples of `history` (not owned; call historyChanged() after it grows).
    explicit HistogramHeatmap(const HealthHistory* history, QWidget* parent = nullptr);

    /// The history gained samples or was cleared.
    void historyChanged();
    /// Shows the parameter named `name` ("" for none).
    void setParameter(const QString& name);
    /// The parameter shown.
    QString parameter() const { return m_parameter; }
    /// Shows the gradients' histograms (true) or the weights' (false, the default).
    void setGradients(bool gradients);
    /// True while the gradients are shown.
    bool gradients() const { return m_gradients; }
    /// Highlights the column of the sample nearest `step`; a negative step removes it.
    void markStep(qint64 step);

    /// The value range of the y axis (lowest, highest).
    QPair<double, double> valueRange() const { return {m_lowValue, m_highValue}; }
    /// Number of drawn columns.
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    /// The sample a drawn column shows.
    int sampleOfColumn(int column) const;
    /// Share (0..1) of sample `sample`'s values in value bin `bin` (0 = lowest values); 0 without a histogram.
    double share(int sample, int bin) const;
    /// The read-out of a bin: "fc1.weight weights · step 400 · 12.3% of the values in -0.05 … -0.04".
    QString binText(int sample, int bin) const;
    /// (column, bin) under `pos`, or (-1, -1).
    QPoint binAt(const QPoint& pos) const;

protected:
    bool hasData() const override;
    void paintData(QPainter& painter) override;
    QString toolTipAt(const QPoint& pos) const override;
    void relayout() override;

private:
    /// The histogram shown at `sample`; null when it has none.
    const ValueHistogram* histogramAt(int sample) const;
    /// Rebins every shown histogram onto the value bins.
    void rebin();
    void paintAxes(QPainter& painter) const;
    double yOfValue(double value) const;

    const HealthHistory* m_history;
    QString m_parameter;
    bool m_gradients = false;
    std::vector<std::vector<double>> m_shares;  // per sample: kValueBins shares (empty without a histogram)
    double m_lowValue = 0.0;
    double m_highValue = 1.0;
    double m_maxShare = 0.0;
    std::vector<int> m_columns;
    QRectF m_plot;
    double m_columnWidth = 0.0;
    int m_markedSample = -1;
};

}  // namespace ts
