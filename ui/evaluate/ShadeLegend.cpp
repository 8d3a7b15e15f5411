#include "ui/evaluate/ShadeLegend.h"

#include "ui/evaluate/SpanTextView.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace ts {

namespace {

constexpr int kBarWidth = 160;
constexpr int kBarHeight = 12;
constexpr int kGap = 6;
constexpr int kWideGap = 18;
constexpr int kPadding = 2;
constexpr double kWaveStep = 3.0;      // pixels per half wave of the mark's underline
constexpr double kWaveHeight = 1.5;
const QColor kBarBorder(0x99, 0x99, 0x99);

}  // namespace

ShadeLegend::ShadeLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("shadeLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ShadeLegend::setScale(const QString& caption, const QVector<QColor>& stops, const QString& low, const QString& high) {
    m_caption = caption;
    m_stops = stops;
    m_low = low;
    m_high = high;
    setToolTip(text());
    updateGeometry();
    update();
}

void ShadeLegend::setMark(const QString& mark) {
    m_mark = mark;
    setToolTip(text());
    updateGeometry();
    update();
}

QString ShadeLegend::text() const {
    QString out = QStringLiteral("%1: %2 … %3").arg(m_caption, m_low, m_high);
    if (!m_mark.isEmpty()) out += QStringLiteral("; ") + m_mark;
    return out;
}

QSize ShadeLegend::sizeHint() const {
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    int width = QFontMetrics(bold).horizontalAdvance(m_caption) + kGap + fm.horizontalAdvance(m_low) + kGap + kBarWidth +
                kGap + fm.horizontalAdvance(m_high);
    if (!m_mark.isEmpty()) width += kWideGap + fm.horizontalAdvance(m_mark);
    return QSize(width + 2 * kPadding, std::max(fm.height(), kBarHeight) + 2 * kPadding + 2);
}

QSize ShadeLegend::minimumSizeHint() const {
    return QSize(0, sizeHint().height());
}

void ShadeLegend::paintEvent(QPaintEvent*) {
    if (m_stops.size() < 2) return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink = palette().color(QPalette::WindowText);
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const int lineHeight = height() - 2 * kPadding;
    int x = kPadding;
    const auto write = [&](const QString& s, const QFont& f) {
        painter.setFont(f);
        painter.setPen(ink);
        const int w = QFontMetrics(f).horizontalAdvance(s);
        painter.drawText(QRect(x, kPadding, w + 1, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, s);
        x += w;
    };
    write(m_caption, bold);
    x += kGap;
    write(m_low, font());
    x += kGap;
    const QRect bar(x, kPadding + (lineHeight - kBarHeight) / 2, kBarWidth, kBarHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i < m_stops.size(); ++i) gradient.setColorAt(double(i) / double(m_stops.size() - 1), m_stops[i]);
    painter.fillRect(bar, gradient);
    painter.setPen(kBarBorder);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    x += kBarWidth + kGap;
    write(m_high, font());
    if (m_mark.isEmpty()) return;
    x += kWideGap;
    const int start = x;
    write(m_mark, font());
    // The wavy underline a marked span gets in the text.
    const double y = kPadding + (lineHeight + fm.ascent()) / 2.0 + 2.0;
    QPainterPath wave(QPointF(start, y));
    bool up = true;
    for (double wx = start + kWaveStep; wx <= x; wx += kWaveStep, up = !up) wave.lineTo(wx, y + (up ? -kWaveHeight : kWaveHeight));
    painter.setPen(QPen(SpanTextView::kMarkColor, 1.0));
    painter.drawPath(wave);
}

}  // namespace ts
