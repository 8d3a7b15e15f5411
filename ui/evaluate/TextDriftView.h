// Drift of text in the Evaluate window: how the evaluated documents' tokens and lengths differ from the text the
// model was trained on (unknown-token rate, Jensen–Shannon divergence, length KS, the tokens that moved most).
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ts {

struct TextDriftReport;

/// Shows a TextDriftReport: a verdict, the figures of both texts, and the rising and falling tokens
/// ("textDriftView").
class TextDriftView : public QWidget {
    Q_OBJECT
public:
    /// Columns of the rising and falling token tables.
    enum TokenColumn { TokenNameColumn, ReferenceShareColumn, CurrentShareColumn, ShareChangeColumn, TokenColumnCount };

    /// Builds the empty view.
    explicit TextDriftView(QWidget* parent = nullptr);

    /// Shows a report.
    void showReport(const TextDriftReport& report);
    /// Plain-words reading of a Jensen–Shannon divergence in bits: "close", "moderate shift", "large shift".
    static QString divergenceVerdict(double js);

private:
    void showSummary(const TextDriftReport& d);
    void showFigures(const TextDriftReport& d);
    void showTokens(QTableWidget* table, const TextDriftReport& d, bool rising);

    QLabel* m_summary = nullptr;
    QTableWidget* m_figures = nullptr;
    QWidget* m_movers = nullptr;
    QLabel* m_risingCaption = nullptr;
    QTableWidget* m_rising = nullptr;
    QTableWidget* m_falling = nullptr;
};

}  // namespace ts
