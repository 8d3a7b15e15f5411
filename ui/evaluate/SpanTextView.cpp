#include "ui/evaluate/SpanTextView.h"

#include <QHelpEvent>
#include <QTextCursor>
#include <QToolTip>

#include <algorithm>

namespace ts {

namespace {

const QColor kTrailerColor(0x80, 0x80, 0x80);
constexpr unsigned char kContinuationMask = 0xC0;
constexpr unsigned char kContinuation = 0x80;
constexpr unsigned char kFourByteLead = 0xF0;

/// Bytes of the UTF-8 sequence starting with `lead` that are present and well-formed in `utf8` from `at`.
size_t sequenceLength(const std::string& utf8, size_t at) {
    const auto lead = static_cast<unsigned char>(utf8[at]);
    const size_t need = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
    if (at + need > utf8.size()) return 1;
    for (size_t k = 1; k < need; ++k)
        if ((static_cast<unsigned char>(utf8[at + k]) & kContinuationMask) != kContinuation) return 1;
    return need;
}

}  // namespace

std::vector<int> utf16Positions(const std::string& utf8) {
    std::vector<int> out(utf8.size() + 1, 0);
    int position = 0;
    size_t at = 0;
    while (at < utf8.size()) {
        const size_t length = sequenceLength(utf8, at);
        const int units = length == 4 && static_cast<unsigned char>(utf8[at]) >= kFourByteLead ? 2 : 1;
        out[at] = position;
        position += units;
        for (size_t k = 1; k < length; ++k) out[at + k] = position;  // inside a character: its end
        at += length;
    }
    out[utf8.size()] = position;
    return out;
}

const QColor SpanTextView::kMarkColor(0x7b, 0x1f, 0xa2);

SpanTextView::SpanTextView(QWidget* parent) : QTextEdit(parent) {
    setObjectName(QStringLiteral("spanTextView"));
    setReadOnly(true);
    setMouseTracking(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void SpanTextView::showText(const std::string& utf8, const std::vector<ShadedSpan>& spans, const QString& trailer) {
    clear();
    m_spans.clear();
    const std::vector<int> at = utf16Positions(utf8);
    const QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    const auto size = static_cast<int64_t>(utf8.size());
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    int done = 0;
    for (const ShadedSpan& s : spans) {
        const int begin = std::max(done, at[static_cast<size_t>(std::clamp<int64_t>(s.begin, 0, size))]);
        const int end = at[static_cast<size_t>(std::clamp<int64_t>(s.end, 0, size))];
        if (end <= begin) continue;
        cursor.insertText(text.mid(done, begin - done), QTextCharFormat());
        QTextCharFormat format;
        if (s.background.isValid()) format.setBackground(s.background);
        if (s.marked) {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(kMarkColor);
        }
        cursor.insertText(text.mid(begin, end - begin), format);
        m_spans.append({begin, end, s.background, s.toolTip});
        done = end;
    }
    cursor.insertText(text.mid(done), QTextCharFormat());
    if (!trailer.isEmpty()) {
        QTextCharFormat grey;
        grey.setForeground(kTrailerColor);
        grey.setFontItalic(true);
        cursor.insertText(QStringLiteral("\n") + trailer, grey);
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}

int SpanTextView::shadedSpanCount() const {
    return static_cast<int>(std::count_if(m_spans.cbegin(), m_spans.cend(), [](const Span& s) { return s.background.isValid(); }));
}

QPair<int, int> SpanTextView::spanRange(int index) const {
    if (index < 0 || index >= m_spans.size()) return {-1, -1};
    return {m_spans[index].begin, m_spans[index].end};
}

QColor SpanTextView::spanBackground(int index) const {
    return index >= 0 && index < m_spans.size() ? m_spans[index].background : QColor();
}

QString SpanTextView::spanToolTip(int index) const {
    return index >= 0 && index < m_spans.size() ? m_spans[index].tip : QString();
}

int SpanTextView::spanAt(int position) const {
    const auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), position,
                                     [](int pos, const Span& s) { return pos < s.end; });
    if (it == m_spans.cend() || position < it->begin) return -1;
    return int(it - m_spans.cbegin());
}

bool SpanTextView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const int position = cursorForPosition(inViewport).position();
        // cursorForPosition gives the nearest gap: the span before it may be the one under the mouse.
        const int index = spanAt(position) >= 0 ? spanAt(position) : spanAt(position - 1);
        if (index >= 0 && !m_spans[index].tip.isEmpty()) QToolTip::showText(help->globalPos(), m_spans[index].tip, this);
        else QToolTip::hideText();
        return true;
    }
    return QTextEdit::event(e);
}

}  // namespace ts
