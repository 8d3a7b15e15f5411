// The Evaluate window's Documents tab for a language model: per-document perplexity as a histogram, the most
// surprising documents listed first, and the chosen one's text with each token shaded by its loss.
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace ts {

struct LanguageModelEvaluation;
class PerplexityHistogram;
class ShadeLegend;
class SpanTextView;

/// Shows where a language model is lost: the language-model counterpart of the mistakes gallery.
class EvaluateDocumentsTab : public QWidget {
    Q_OBJECT
public:
    /// Columns of the surprising-documents table.
    enum Column { RankColumn, NameColumn, PerplexityColumn, TokensColumn, BitsPerByteColumn, ColumnCount };

    /// Builds the empty tab: the histogram over the table and the shaded text.
    explicit EvaluateDocumentsTab(QWidget* parent = nullptr);

    /// Shows an evaluation's documents; selects the most surprising one.
    void showEvaluation(std::shared_ptr<const LanguageModelEvaluation> evaluation);
    /// Shows the document at `row` of the table (its text, shaded).
    void selectRow(int row);
    /// Index into LanguageModelEvaluation::documents of the document shown, or -1.
    int shownDocument() const;

private:
    void fillTable();
    void showDocument(int document);

    std::shared_ptr<const LanguageModelEvaluation> m_evaluation;
    int m_shown = -1;
    QLabel* m_caption = nullptr;
    PerplexityHistogram* m_histogram = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_documentTitle = nullptr;
    ShadeLegend* m_legend = nullptr;
    SpanTextView* m_text = nullptr;
};

}  // namespace ts
