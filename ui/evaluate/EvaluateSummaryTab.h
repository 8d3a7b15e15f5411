// The Evaluate window's Summary tab: the headline accuracy, what was evaluated, the overall metrics next
// to the run's own test results, notes and warnings, and per-class metrics with the flagged classes; for a
// language model, its perplexity, losses and next-token accuracy next to the run's test figures instead.
#pragma once

#include "core/eval/Evaluator.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace ts {

/// Shows a result's summary; classes whose F1 or recall moved since the run's test are flagged in red.
class EvaluateSummaryTab : public QWidget {
    Q_OBJECT
public:
    /// Columns of the per-class table.
    enum ClassColumn {
        ClassNameColumn,
        PrecisionColumn,
        RecallColumn,
        F1Column,
        SupportColumn,
        BaselineF1Column,
        DeltaF1Column,
        DeltaRecallColumn,
        ClassColumnCount
    };
    /// One row of the overall table (defined in the source file).
    struct OverallRow;

    /// Builds the empty tab: summary on the left, per-class table on the right.
    explicit EvaluateSummaryTab(QWidget* parent = nullptr);

    /// Fills the tab from a result.
    void showResult(const EvaluationResult& result);

private:
    void showHeadline(const EvaluationResult& r);
    void showLanguageModelHeadline(const EvaluationResult& r);
    void showOverall(const std::vector<OverallRow>& rows, bool baseline);
    void showClasses(const EvaluationResult& r);
    bool showClassRow(int c, const EvalMetrics& m, const BaselineComparison& cmp, bool deltas);
    void showClassCaption(int flagged, bool deltas, double threshold);

    QLabel* m_headline = nullptr;
    QLabel* m_description = nullptr;
    QTableWidget* m_overall = nullptr;
    QTableWidget* m_classes = nullptr;
    QLabel* m_classCaption = nullptr;
    QWidget* m_classSide = nullptr;  // the per-class caption and table (hidden for a language model)
    QLabel* m_notes = nullptr;
    QLabel* m_warnings = nullptr;
};

}  // namespace ts
