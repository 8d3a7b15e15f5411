// The evaluation panels: the confusion panel and the per-class table that follows the evaluation it shows.
#pragma once

#include "core/eval/Metrics.h"

#include <QObject>
#include <QString>

#include <string>
#include <vector>

class QLabel;
class QTableView;
class QWidget;

namespace ts {

class ClassMetricsModel;
class ConfusionPanel;

/// The confusion panel ("confusionPanel") and the per-class table ("metricsTable") that follows what it shows.
class EvaluationPanels : public QObject {
    Q_OBJECT
public:
    /// Builds the panels: "No evaluation yet".
    explicit EvaluationPanels(QObject* parent);

    /// The confusion panel: matrix, options and epoch slider.
    ConfusionPanel* confusionPanel() const { return m_confusionPanel; }
    /// The per-class table (model "metricsModel") with its source label ("evaluationSourceLabel") and summary.
    QWidget* tablePanel() const { return m_tablePanel; }

    /// Forgets every evaluation: "No evaluation yet".
    void clear();
    /// Adds an evaluation (`epoch` 1-based, -1 for the final test set); shown unless the user scrubbed back.
    void addEvaluation(const EvalMetrics& metrics, const QString& source, int epoch = -1);
    /// Class names of the evaluation shown; null when none is shown.
    const std::vector<std::string>* shownClassNames() const;
    /// Whether the confusion matrix is normalized by rows.
    bool normalizeRows() const;
    /// Normalizes the confusion matrix by rows, or shows counts.
    void setNormalizeRows(bool normalize);

Q_SIGNALS:
    /// A matrix cell was clicked: see ConfusionPanel::cellActivated.
    void cellActivated(int trueClass, int predicted, int epoch);

private:
    /// Shows evaluation `index` of the confusion panel in the table.
    void showInTable(int index);

    ConfusionPanel* m_confusionPanel = nullptr;
    ClassMetricsModel* m_metricsModel = nullptr;
    QTableView* m_metricsView = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_tablePanel = nullptr;
};

}  // namespace ts
