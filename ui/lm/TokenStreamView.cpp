#include "ui/lm/TokenStreamView.h"

#include <QHelpEvent>
#include <QTextCursor>
#include <QToolTip>

#include <algorithm>

namespace ts {

namespace {

const QColor kPromptColor(0x80, 0x80, 0x80);
constexpr int kRedHue = 0;
constexpr int kGreenHue = 120;
constexpr int kBackgroundSaturation = 90;
constexpr int kBackgroundValue = 255;
constexpr double kPercent = 100.0;

/// How many bytes at the end of `bytes` start a UTF-8 character that is not complete yet.
size_t incompleteTail(const std::string& bytes) {
    const size_t n = bytes.size();
    for (size_t back = 1; back <= std::min<size_t>(3, n); ++back) {
        const auto c = static_cast<unsigned char>(bytes[n - back]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
        const size_t need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

/// A token's text for a tooltip: visible white space.
QString visible(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    out.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return QStringLiteral("“%1”").arg(out);
}

}  // namespace

TokenStreamView::TokenStreamView(QWidget* parent) : QTextEdit(parent) {
    setObjectName(QStringLiteral("generatedTextView"));
    setReadOnly(true);
    setMouseTracking(true);
    setPlaceholderText(tr("The continuation appears here, token by token. Hover a token for its probability."));
}

void TokenStreamView::start(const QString& prompt) {
    clear();
    m_tokens.clear();
    m_pendingBytes.clear();
    m_pendingTip.clear();
    m_pendingProbability = 1.0;
    QTextCursor cursor(document());
    QTextCharFormat format;
    format.setForeground(kPromptColor);
    cursor.insertText(prompt, format);
    m_generatedStart = cursor.position();
}

void TokenStreamView::appendToken(const StreamedToken& token) {
    const QString line = tr("%1 — %2 %").arg(visible(QString::fromStdString(token.text)))
                             .arg(token.probability * kPercent, 0, 'f', 1);
    m_pendingTip += m_pendingTip.isEmpty() ? line : QLatin1Char('\n') + line;
    m_pendingProbability *= token.probability;
    m_pendingBytes += token.text;
    const size_t tail = incompleteTail(m_pendingBytes);
    if (tail == m_pendingBytes.size()) return;  // nothing whole yet
    const QString text = QString::fromUtf8(m_pendingBytes.data(), qsizetype(m_pendingBytes.size() - tail));
    m_pendingBytes.erase(0, m_pendingBytes.size() - tail);

    Token t;
    t.probability = m_pendingProbability;
    t.tip = tr("Probability %1 %").arg(m_pendingProbability * kPercent, 0, 'f', 1);
    if (m_pendingTip.contains(QLatin1Char('\n'))) t.tip += QLatin1Char('\n') + m_pendingTip;
    if (!token.alternatives.empty()) {
        t.tip += QLatin1Char('\n') + tr("Alternatives:");
        for (const auto& [alt, p] : token.alternatives)
            t.tip += QStringLiteral("\n  %1  %2 %").arg(visible(QString::fromStdString(alt))).arg(p * kPercent, 0, 'f', 1);
    }
    m_pendingTip.clear();
    m_pendingProbability = 1.0;

    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    t.begin = cursor.position();
    cursor.insertText(text, QTextCharFormat());
    t.end = cursor.position();
    m_tokens.append(t);
    if (m_colorByProbability) paintToken(t);
}

QString TokenStreamView::generatedText() const {
    QTextCursor cursor(document());
    cursor.setPosition(m_generatedStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

QString TokenStreamView::tokenToolTip(int index) const {
    return index >= 0 && index < m_tokens.size() ? m_tokens[index].tip : QString();
}

QPair<int, int> TokenStreamView::tokenRange(int index) const {
    if (index < 0 || index >= m_tokens.size()) return {-1, -1};
    return {m_tokens[index].begin, m_tokens[index].end};
}

int TokenStreamView::tokenAt(int position) const {
    const auto it = std::upper_bound(m_tokens.cbegin(), m_tokens.cend(), position,
                                     [](int pos, const Token& t) { return pos < t.end; });
    if (it == m_tokens.cend() || position < it->begin) return -1;
    return int(it - m_tokens.cbegin());
}

QColor TokenStreamView::probabilityColor(double p) {
    const double clamped = std::clamp(p, 0.0, 1.0);
    return QColor::fromHsv(kRedHue + int(clamped * (kGreenHue - kRedHue)), kBackgroundSaturation, kBackgroundValue);
}

void TokenStreamView::paintToken(const Token& token) {
    QTextCursor cursor(document());
    cursor.setPosition(token.begin);
    cursor.setPosition(token.end, QTextCursor::KeepAnchor);
    QTextCharFormat format;
    if (m_colorByProbability) format.setBackground(probabilityColor(token.probability));
    else format.setBackground(Qt::transparent);
    cursor.mergeCharFormat(format);
}

void TokenStreamView::setColorByProbability(bool color) {
    if (color == m_colorByProbability) return;
    m_colorByProbability = color;
    for (const Token& token : std::as_const(m_tokens)) paintToken(token);
}

bool TokenStreamView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const int index = tokenAt(cursorForPosition(inViewport).position());
        // cursorForPosition gives the nearest gap: the token before it is the one under the mouse too.
        const int hovered = index >= 0 ? index : tokenAt(cursorForPosition(inViewport).position() - 1);
        if (hovered >= 0) QToolTip::showText(help->globalPos(), m_tokens[hovered].tip, this);
        else QToolTip::hideText();
        return true;
    }
    return QTextEdit::event(e);
}

}  // namespace ts
