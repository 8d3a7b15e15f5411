#include "ui/confusion/ConfusionPainter.h"

#include "ui/confusion/ConfusionLayout.h"
#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/confusion/ConfusionStyle.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace ts {

namespace {

constexpr int kHoverPenWidth = 2;
constexpr int kCurrentPenWidth = 2;  // dashed outline of the keyboard's current cell
const QColor kEmptyCellInk(0x9e, 0x9e, 0x9e);
const QColor kUndefinedSummary(0xee, 0xee, 0xee);
const QColor kFrame(0, 0, 0, 40);
constexpr int kGap = ConfusionLayout::kGap;

}  // namespace

ConfusionPainter::ConfusionPainter(QPainter& painter, const ConfusionMatrixView& view, const ConfusionLayout& layout)
    : m_painter(painter), m_view(view), m_layout(layout), m_order(view.classOrder()),
      m_textColor(view.palette().color(QPalette::WindowText)) {}

void ConfusionPainter::paint(const QRect& exposed) {
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    const int n = m_view.classCount();
    if (n == 0 || m_layout.cell() <= 0) {
        m_painter.setPen(m_view.palette().color(QPalette::Disabled, QPalette::WindowText));
        m_painter.drawText(m_view.rect(), Qt::AlignCenter,
                           n == 0 ? ConfusionMatrixView::placeholderText() : ConfusionMatrixView::tr("Too small to draw"));
        return;
    }
    paintCells(exposed);
    paintOutlines();
    if (m_view.showsSummaries()) paintSummaries();
    paintClassLabels();
    paintAxisTitles();
    paintColorBar();
}

// Cells (only those in the exposed region: a 100-class matrix in a scroll area is mostly off screen).
void ConfusionPainter::paintCells(const QRect& exposed) {
    QFont valueFont = m_view.font();
    if (m_layout.valuePixelSize() > 0) valueFont.setPixelSize(m_layout.valuePixelSize());
    m_painter.setFont(valueFont);
    const bool change = m_view.showsChange();
    for (const int t : m_order) {
        for (const int p : m_order) {
            const QRect r = m_view.cellRect(t, p);
            if (!exposed.intersects(r)) continue;
            const QColor fill = m_view.cellColor(t, p);
            m_painter.fillRect(r, fill);
            if (m_layout.valuePixelSize() == 0) continue;
            QColor ink = confusion::inkFor(fill);
            if (!change && m_view.matrix().at(t, p) == 0) ink = kEmptyCellInk;
            m_painter.setPen(ink);
            m_painter.drawText(r, Qt::AlignCenter, m_view.cellText(t, p));
        }
    }
}

// The grid's frame, the hovered cell and the keyboard's current cell (while the view has focus).
void ConfusionPainter::paintOutlines() {
    m_painter.setPen(kFrame);
    m_painter.drawRect(m_layout.grid().adjusted(0, 0, -1, -1));
    const QColor highlight = m_view.palette().color(QPalette::Highlight);
    const QPoint hover = m_view.hoveredCell();
    if (hover.x() >= 0) {
        QPen hoverPen(highlight, kHoverPenWidth);
        hoverPen.setJoinStyle(Qt::MiterJoin);
        m_painter.setPen(hoverPen);
        m_painter.drawRect(m_view.cellRect(hover.x(), hover.y()).adjusted(1, 1, -1, -1));
    }
    const QPoint current = m_view.currentCell();
    if (current.x() >= 0 && m_view.hasFocus()) {
        QPen currentPen(highlight, kCurrentPenWidth, Qt::DashLine);
        currentPen.setJoinStyle(Qt::MiterJoin);
        m_painter.setPen(currentPen);
        m_painter.drawRect(m_view.cellRect(current.x(), current.y()).adjusted(1, 1, -1, -1));
    }
}

// Recall on the right of every row, precision under every column, accuracy in the corner, and their titles.
void ConfusionPainter::paintSummaries() {
    const QFont font = m_view.font();
    const QFontMetrics baseMetrics(font);
    for (int cls = 0; cls < m_view.classCount(); ++cls) {
        paintSummary(m_view.recallRect(cls), m_view.recallOf(cls), false);
        const QRect pr = m_view.precisionRect(cls);
        paintSummary(pr, m_view.precisionOf(cls), baseMetrics.horizontalAdvance(QStringLiteral("100.0%")) > pr.width() - 2);
    }
    const QRect corner = m_layout.accuracyRect();
    paintSummary(corner, m_view.accuracy(), false);
    m_painter.setFont(font);
    m_painter.setPen(m_textColor);
    const QRect recallHeader(corner.left(), m_layout.grid().top() - baseMetrics.height() - kGap, corner.width(),
                             baseMetrics.height());
    m_painter.drawText(recallHeader, Qt::AlignCenter, ConfusionMatrixView::tr("Recall"));
    QFont labelFont = font;
    labelFont.setPixelSize(m_layout.labelPixelSize());
    m_painter.setFont(labelFont);
    const QRect precisionHeader(m_layout.grid().left() - m_layout.rowLabelWidth(), corner.top(),
                                m_layout.rowLabelWidth() - kGap, corner.height());
    m_painter.drawText(precisionHeader, Qt::AlignRight | Qt::AlignVCenter, ConfusionMatrixView::tr("Precision"));
}

// One summary box: its colour and, where it fits, the percentage (rotated in narrow precision boxes).
void ConfusionPainter::paintSummary(const QRect& r, double value, bool rotated) {
    const QFontMetrics baseMetrics(m_view.font());
    const QColor fill = value < 0.0 ? kUndefinedSummary : confusion::summaryColor(value);
    m_painter.fillRect(r, fill);
    if (m_layout.valuePixelSize() == 0 && !rotated && r.height() < baseMetrics.height()) return;
    const QString text = value < 0.0 ? QStringLiteral("–") : confusion::percentText(value);
    m_painter.setPen(confusion::inkFor(fill));
    QFont f = m_view.font();
    if (!rotated) {
        if (r.height() < baseMetrics.height()) f.setPixelSize(std::max(ConfusionLayout::kMinValuePixels, r.height() - 1));
        m_painter.setFont(f);
        m_painter.drawText(r, Qt::AlignCenter, text);
        return;
    }
    if (r.width() < baseMetrics.height()) {
        if (r.width() < ConfusionLayout::kMinValuePixels) return;
        f.setPixelSize(r.width() - 1);
    }
    m_painter.setFont(f);
    m_painter.save();
    m_painter.translate(r.center().x() + 1, r.bottom());
    m_painter.rotate(-90.0);
    m_painter.drawText(QRect(0, -r.width() / 2, r.height(), r.width()), Qt::AlignCenter, text);
    m_painter.restore();
}

// Class names; with small cells only every stride-th one, so they never overlap.
void ConfusionPainter::paintClassLabels() {
    const int n = m_view.classCount();
    const QRect grid = m_layout.grid();
    const int cell = m_layout.cell();
    QFont labelFont = m_view.font();
    labelFont.setPixelSize(m_layout.labelPixelSize());
    m_painter.setFont(labelFont);
    m_painter.setPen(m_textColor);
    const QFontMetrics lm(labelFont);
    const int stride = m_layout.stride();
    const int rowTextWidth = m_layout.rowLabelWidth() - kGap;
    for (int row = 0; row < n; row += stride) {
        const QRect r(grid.left() - m_layout.rowLabelWidth(), grid.top() + row * cell, rowTextWidth,
                      std::max(cell, lm.height()));
        const Qt::Alignment vertical = stride == 1 ? Qt::AlignVCenter : Qt::AlignTop;  // thinned labels start at their row
        m_painter.drawText(stride == 1 ? r.adjusted(0, 0, 0, cell - r.height()) : r, Qt::AlignRight | vertical,
                           lm.elidedText(m_view.className(m_order[row]), Qt::ElideRight, rowTextWidth));
    }
    const int columnTop = m_layout.columnLabelTop();
    for (int col = 0; col < n; col += stride) {
        const QString name = m_view.className(m_order[col]);
        if (!m_layout.rotatesColumns()) {
            m_painter.drawText(QRect(grid.left() + col * cell, columnTop, cell, lm.height()),
                               Qt::AlignHCenter | Qt::AlignTop, name);
            continue;
        }
        const int textLength = m_layout.columnLabelHeight() - kGap;
        const int thickness = std::max(cell, lm.height());
        m_painter.save();
        m_painter.translate(grid.left() + col * cell, columnTop);
        m_painter.rotate(-90.0);
        m_painter.drawText(QRect(-textLength, 0, textLength, thickness), Qt::AlignRight | Qt::AlignTop,
                           lm.elidedText(name, Qt::ElideRight, textLength));
        m_painter.restore();
    }
}

// "Predicted class" under the column labels, "True class" rotated left of the row labels.
void ConfusionPainter::paintAxisTitles() {
    const QRect grid = m_layout.grid();
    QFont bold = m_view.font();
    bold.setBold(true);
    m_painter.setFont(bold);
    const QFontMetrics bm(bold);
    const int titleTop = m_layout.columnLabelTop() + m_layout.columnLabelHeight() + kGap;
    m_painter.drawText(QRect(grid.left(), titleTop, grid.width(), bm.height()), Qt::AlignCenter,
                       ConfusionMatrixView::tr("Predicted class"));
    m_painter.save();
    m_painter.translate(ConfusionLayout::kMargin, grid.center().y());
    m_painter.rotate(-90.0);
    m_painter.drawText(QRect(-grid.height() / 2, 0, grid.height(), bm.height()), Qt::AlignCenter,
                       ConfusionMatrixView::tr("True class"));
    m_painter.restore();
}

// The colour bar with its scale's ends written beside it.
void ConfusionPainter::paintColorBar() {
    const QRect bar = m_layout.colorBar();
    m_painter.fillRect(bar, confusion::colorBarGradient(bar, m_view.showsChange()));
    m_painter.setPen(kFrame);
    m_painter.drawRect(bar.adjusted(0, 0, -1, -1));
    m_painter.setFont(m_view.font());
    m_painter.setPen(m_textColor);
    const QFontMetrics fm(m_view.font());
    const int barTextX = bar.right() + 1 + kGap;
    m_painter.drawText(QPoint(barTextX, bar.top() + fm.ascent()), m_view.colorBarTopText());
    m_painter.drawText(QPoint(barTextX, bar.bottom() + 1 - fm.descent()), m_view.colorBarBottomText());
}

}  // namespace ts
