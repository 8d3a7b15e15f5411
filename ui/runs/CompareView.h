// Side-by-side comparison of two or more runs: overlaid loss and accuracy curves (language models: loss and
// bits per byte against steps), and a table of their configurations and final metrics with the differences highlighted.
#pragma once

#include "core/runs/RunStore.h"

#include <QColor>
#include <QDialog>
#include <QStringList>

#include <vector>

class QTableWidget;

namespace ts {

class CurveChart;

/// A non-modal window comparing runs (loaded with their batches).
class CompareView : public QDialog {
    Q_OBJECT
public:
    /// Weight of the moving average drawn over each run's per-batch training loss.
    static constexpr double kLossSmoothing = 0.95;
    /// Role set to true on table cells whose row differs between runs.
    static constexpr int DiffersRole = Qt::UserRole + 1;

    /// An empty comparison; call setRuns().
    explicit CompareView(QWidget* parent = nullptr);

    /// Shows these runs (in this order, one colour each). Call once per view.
    void setRuns(std::vector<RunRecord> runs);
    /// Folders of the runs shown.
    QStringList runDirs() const;

    /// Loss against epochs: per run a smoothed training loss line and validation loss markers.
    CurveChart* lossChart() const { return m_lossChart; }
    /// Validation accuracy (%) against epochs, one series per run; when every run is a language model, validation
    /// bits per byte against steps (and the loss chart counts steps too).
    CurveChart* accuracyChart() const { return m_accuracyChart; }
    /// Rows = settings and metrics, columns = runs.
    QTableWidget* table() const { return m_table; }
    /// Table row of a setting or metric by its label ("Learning rate"), or -1.
    int rowOf(const QString& label) const;
    /// True when the runs disagree on this row (its cells are highlighted).
    bool rowDiffers(int row) const;
    /// The colour of the run in column `index`.
    static QColor runColor(int index);

private:
    struct Row;
    /// Every row the table may show, top to bottom; each task's rows appear when a run of that task is compared.
    static std::vector<Row> tableRows();
    void fillTable();
    void fillCharts();
    void fillLanguageModelCharts();

    std::vector<RunRecord> m_runs;
    CurveChart* m_lossChart = nullptr;
    CurveChart* m_accuracyChart = nullptr;
    QTableWidget* m_table = nullptr;
};

}  // namespace ts
