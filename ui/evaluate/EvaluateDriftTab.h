// The Evaluate window's Drift tab: how far the evaluated data is from the data the model was trained
// on, as a verdict, the class distribution (chart and table) and per-feature shift statistics; for texts, the
// text drift (tokens and lengths) instead of the features, and for a language model only that.
#pragma once

#include "core/eval/Evaluator.h"

#include <QString>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace ts {

class ClassDistributionChart;
class TextDriftView;
struct TextDriftReport;

/// Shows a result's drift report against its reference data, or why there is none.
class EvaluateDriftTab : public QWidget {
    Q_OBJECT
public:
    /// Columns of the drift feature table.
    enum FeatureColumn {
        FeatureNameColumn,
        KsColumn,
        KsPValueColumn,
        PsiColumn,
        PsiVerdictColumn,
        ReferenceMeanColumn,
        CurrentMeanColumn,
        ReferenceStdColumn,
        CurrentStdColumn,
        FeatureColumnCount
    };

    /// Builds the empty tab: the verdict over the class distribution, the feature table under it.
    explicit EvaluateDriftTab(QWidget* parent = nullptr);

    /// Shows a result's drift report.
    void showResult(const EvaluationResult& result);

    /// Plain-words reading of a population stability index: "stable", "moderate shift", "large shift".
    static QString psiVerdict(double psi);
    /// A p-value for people: "0.412", "3.1e-05", "< 1e-16".
    static QString formatPValue(double p);
    /// The text drift of a result: a language model's, a text classifier's, or null.
    static const TextDriftReport* textDriftOf(const EvaluationResult& result);

private:
    void showSummary(const DriftReport& d);
    void showClasses(const DriftReport& d);
    void showFeatures(const DriftReport& d);

    QLabel* m_driftSummary = nullptr;
    ClassDistributionChart* m_distribution = nullptr;
    QTableWidget* m_driftClasses = nullptr;
    QWidget* m_featureBox = nullptr;
    QLabel* m_featureCaption = nullptr;
    QTableWidget* m_features = nullptr;
    QWidget* m_classBox = nullptr;
    TextDriftView* m_textDrift = nullptr;
};

}  // namespace ts
