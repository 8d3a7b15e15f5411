// The Health panel's System view: one small line per figure of the machine (throughput, data share, CPU, resident
// memory, GPU memory) over the evaluations, each on its own scale with its latest value; figures never measured
// are left out.
#pragma once

#include "core/health/Health.h"
#include "ui/health/HealthPlot.h"

#include <QRectF>
#include <QStringList>

#include <vector>

namespace ts {

/// Sparklines of SystemMetrics per epoch or evaluation ("systemSparklines").
class SystemSparklines : public HealthPlot {
    Q_OBJECT
public:
    explicit SystemSparklines(QWidget* parent = nullptr);

    /// Appends the figures of epoch (or evaluation) `epoch`.
    void addEpoch(int epoch, const SystemMetrics& system);
    /// Forgets every epoch.
    void clear();
    /// Throughput is in tokens per second (a language model) instead of samples per second.
    void setTokens(bool tokens);
    /// Names of the rows shown (the figures measured at least once).
    QStringList rowNames() const;
    /// The latest value of row `row` as shown ("1,234 samples/s", "180%", "812 MiB").
    QString latestText(int row) const;
    /// The read-out of row `row` at the epoch nearest `pos`.
    QString pointText(int row, int index) const;

protected:
    bool hasData() const override;
    void paintData(QPainter& painter) override;
    QString toolTipAt(const QPoint& pos) const override;
    /// The rows follow the widget's size as they paint: only a repaint.
    void relayout() override { update(); }

private:
    /// One figure: its name and how to read it out of SystemMetrics and write it.
    struct Figure {
        QString name;
        double (*value)(const SystemMetrics&);
        QString (*text)(double value, bool tokens);
    };
    /// The figures that have a known value.
    std::vector<int> shownFigures() const;
    /// The rectangle of row `row` (of shownFigures()).
    QRectF rowRect(int row, int rows) const;
    /// Where the line of a row goes: between the widest name and the widest latest value.
    QRectF lineRect(const QRectF& row) const;
    void paintRow(QPainter& painter, const Figure& figure, const QRectF& rect) const;

    std::vector<Figure> m_figures;
    std::vector<int> m_epochs;
    std::vector<SystemMetrics> m_values;
    bool m_tokens = false;
};

}  // namespace ts
