// A read-only text whose byte spans are shaded: a language model's token losses, a text classifier's token
// weights. Hovering a span shows its tooltip.
#pragma once

#include <QColor>
#include <QPair>
#include <QString>
#include <QTextEdit>
#include <QVector>

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// One shaded span of a UTF-8 text.
struct ShadedSpan {
    int64_t begin = 0;   ///< byte offset in the text
    int64_t end = 0;     ///< byte offset just past the span
    QColor background;   ///< invalid = not shaded
    QString toolTip;
    bool marked = false; ///< drawn with a wavy underline (e.g. an unknown token)
};

/// The UTF-16 index (QString position) of every byte offset 0..size of `utf8` (continuation bytes map to the
/// position of their character's end); invalid bytes count as one character each, as QString::fromUtf8 does.
std::vector<int> utf16Positions(const std::string& utf8);

/// Read-only text view with shaded spans and a tooltip per span ("spanTextView").
class SpanTextView : public QTextEdit {
    Q_OBJECT
public:
    /// Colour of a marked span's wavy underline.
    static const QColor kMarkColor;

    /// Builds an empty view.
    explicit SpanTextView(QWidget* parent = nullptr);

    /// Shows `utf8` with `spans` (in text order, not overlapping; out-of-range parts are clipped). `trailer`, when
    /// given, is appended in grey on a line of its own (e.g. "… the document goes on").
    void showText(const std::string& utf8, const std::vector<ShadedSpan>& spans, const QString& trailer = QString());
    /// Number of spans shown (empty or out-of-range spans are dropped).
    int spanCount() const { return m_spans.size(); }
    /// Number of shown spans with a valid background.
    int shadedSpanCount() const;
    /// Document range [begin, end) of span `index`.
    QPair<int, int> spanRange(int index) const;
    /// Background of span `index` (invalid when out of range or not shaded).
    QColor spanBackground(int index) const;
    /// Tooltip of span `index`.
    QString spanToolTip(int index) const;
    /// The span at document position `position`, or -1.
    int spanAt(int position) const;

protected:
    bool event(QEvent* e) override;

private:
    struct Span {
        int begin = 0;
        int end = 0;
        QColor background;
        QString tip;
    };
    QVector<Span> m_spans;
};

}  // namespace ts
