// The preview of a text corpus: its size in bytes, characters and tokens, the vocabulary, the most frequent tokens,
// sample lines and warnings.
#pragma once

#include "core/text/TextPreview.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace ts {

/// Shows a TextPreview ("textPreviewPanel"): facts, a bar chart of the most frequent tokens ("topTokensChart"),
/// sample lines ("sampleLinesView") and warnings ("textWarningsLabel").
class TextPreviewPanel : public QWidget {
    Q_OBJECT
public:
    /// Builds the panel for `preview`.
    explicit TextPreviewPanel(const TextPreview& preview, QWidget* parent = nullptr);

    /// The facts as shown ("1,115,394 bytes · ...").
    QString factsText() const;
    /// Number of tokens in the frequency chart.
    int chartedTokens() const { return m_chartedTokens; }

private:
    QWidget* buildTopTokens(const TextPreview& preview);

    QLabel* m_facts = nullptr;
    QPlainTextEdit* m_lines = nullptr;
    int m_chartedTokens = 0;
};

}  // namespace ts
