// The playground's output: generated tokens appended as they stream, each with its probability on hover.
#pragma once

#include "core/lm/TextGenerator.h"

#include <QTextEdit>
#include <QVector>

#include <string>

namespace ts {

/// Read-only text of streamed tokens ("generatedTextView"): hovering a token shows its probability and the
/// top alternatives; optionally each token's background shows its probability.
class TokenStreamView : public QTextEdit {
    Q_OBJECT
public:
    /// Builds an empty view.
    explicit TokenStreamView(QWidget* parent = nullptr);

    /// Forgets the tokens and shows `prompt` in grey as the start of the text.
    void start(const QString& prompt);
    /// Appends a token (bytes of a character split across tokens wait for the rest).
    void appendToken(const StreamedToken& token);
    /// Number of tokens appended since start().
    int tokenCount() const { return m_tokens.size(); }
    /// The generated text since start() (the prompt not included).
    QString generatedText() const;
    /// The tooltip of token `index`: its text, probability and alternatives.
    QString tokenToolTip(int index) const;
    /// The token at document position `position`, or -1.
    int tokenAt(int position) const;
    /// Document range [begin, end) of token `index`.
    QPair<int, int> tokenRange(int index) const;
    /// Colours each token's background by its probability (low red, high green), or not.
    void setColorByProbability(bool color);
    /// The background a token of probability `p` gets.
    static QColor probabilityColor(double p);

protected:
    bool event(QEvent* e) override;

private:
    struct Token {
        int begin = 0;
        int end = 0;
        double probability = 0.0;
        QString tip;
    };
    /// Sets token `index`'s background as the colour option says.
    void paintToken(const Token& token);

    QVector<Token> m_tokens;
    int m_generatedStart = 0;   // document position after the prompt
    std::string m_pendingBytes; // an incomplete UTF-8 character waiting for its next token
    QString m_pendingTip;       // tooltip lines of the tokens merged into the pending one
    double m_pendingProbability = 1.0;
    bool m_colorByProbability = false;
};

}  // namespace ts
