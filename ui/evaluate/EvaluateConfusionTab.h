// The Evaluate window's Confusion matrix tab: the matrix with its normalization, sort order and
// change-against-the-run options. A click on a cell asks for that cell's samples.
#pragma once

#include "core/eval/Evaluator.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace ts {

class ConfusionMatrixView;

/// Shows a result's confusion matrix and forwards cell clicks (true class, predicted class).
class EvaluateConfusionTab : public QWidget {
    Q_OBJECT
public:
    /// Builds the empty tab: the options row over the matrix.
    explicit EvaluateConfusionTab(QWidget* parent = nullptr);

    /// Shows a result's matrix; the change option is offered when the run's test matrix has the same classes.
    void showResult(const EvaluationResult& result);

Q_SIGNALS:
    /// A cell was clicked (or Enter pressed on it): samples of `trueClass` predicted as `predicted`.
    void cellActivated(int trueClass, int predicted);

private:
    void applyOptions();

    ConfusionMatrixView* m_confusion = nullptr;
    QCheckBox* m_normalize = nullptr;
    QComboBox* m_normalization = nullptr;
    QComboBox* m_sort = nullptr;
    QCheckBox* m_change = nullptr;
};

}  // namespace ts
