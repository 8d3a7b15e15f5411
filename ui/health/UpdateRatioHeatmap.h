// The Health panel's heatmap of update ratios: parameters (rows) over health samples (columns), coloured by
// log10 ||Δw|| / ||w|| on a scale centred on the 1e-3 target, cells outside the healthy band outlined, a hover
// read-out per cell, and the colour legend with the target marked.
#pragma once

#include "ui/health/HealthPlot.h"

#include <QColor>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace ts {

class HealthHistory;

/// Layers × samples of update ratios ("updateRatioHeatmap"); many samples are compressed into pixel columns that
/// show the sample furthest from the target, so an outlier never vanishes.
class UpdateRatioHeatmap : public HealthPlot {
    Q_OBJECT
public:
    /// Shows the samples of `history` (not owned; call historyChanged() after it grows).
    explicit UpdateRatioHeatmap(const HealthHistory* history, QWidget* parent = nullptr);

    /// The history gained samples or was cleared: relayout and repaint.
    void historyChanged();
    /// Shows bias rows too (false: weights only, the default).
    void setShowBiases(bool show);
    /// True when bias rows are shown.
    bool showBiases() const { return m_showBiases; }
    /// The healthy band: ratios below `low` (vanishing) or above `high` (exploding) are outlined.
    void setBand(double low, double high);
    /// Highlights the column of the sample nearest `step` (an alert the user picked); a negative step removes it.
    void markStep(qint64 step);
    /// The sample index highlighted, or -1.
    int markedSample() const { return m_markedSample; }

    /// The parameter names of the rows, top to bottom.
    QStringList rowNames() const;
    /// Number of drawn columns (samples, or pixel columns when they are compressed).
    int columnCount() const;
    /// The sample a drawn column shows.
    int sampleOfColumn(int column) const;
    /// The colour of the cell of row `row` at sample `sample`.
    QColor cellColor(int row, int sample) const;
    /// True when that cell is outlined (its ratio is outside the band).
    bool cellOutlined(int row, int sample) const;
    /// The rectangle of row `row`'s cell in drawn column `column` (widget coordinates; empty without layout).
    QRectF cellRect(int row, int column) const;
    /// The read-out of a cell: "fc1.weight · step 400 · update ratio 1.2e-3 · grad norm 0.53 · weight norm 12.1".
    QString cellText(int row, int sample) const;
    /// (column, row) of the drawn cell under `pos`, or (-1, -1).
    QPoint cellAt(const QPoint& pos) const;
    /// What the colour legend says: "log10 update ratio: 1e-6 … 1, target 1e-3".
    QString legendText() const;

    /// Tall enough for every row at a readable height (within limits), the step axis and the legend.
    QSize sizeHint() const override;

protected:
    bool hasData() const override;
    void paintData(QPainter& painter) override;
    QString toolTipAt(const QPoint& pos) const override;
    void relayout() override;

private:
    /// Fills m_columns: each drawn column's sample.
    void layoutColumns(int plotWidth);
    /// The sample among [first, last) whose ratios stray furthest from the target.
    int mostExtremeSample(int first, int last) const;
    void paintCells(QPainter& painter) const;
    void paintRowLabels(QPainter& painter) const;
    void paintLegend(QPainter& painter) const;
    double ratioAt(int row, int sample) const;
    /// Height of the step axis and the legend under the cells.
    int belowCells() const;

    const HealthHistory* m_history;
    std::vector<int> m_rows;     // name indices of the shown rows
    std::vector<int> m_columns;  // sample index of each drawn column
    QRectF m_plot;
    double m_rowHeight = 0.0;
    double m_columnWidth = 0.0;
    double m_low = 1e-5;
    double m_high = 1e-1;
    int m_markedSample = -1;
    bool m_showBiases = false;
};

}  // namespace ts
