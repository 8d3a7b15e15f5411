#include "ui/confusion/ConfusionLayout.h"

#include <QFontMetrics>

#include <algorithm>

namespace ts {

namespace {

constexpr int kColorBarWidth = 12;
constexpr int kMinLabelPixels = 7;
constexpr double kValueHeightFraction = 0.42;  // of the cell edge
constexpr int kCellTextPadding = 4;
constexpr double kMaxLabelFraction = 0.3;      // of the widget, for row and column labels

// Largest pixel size (up to the font's height and a share of the cell) at which `widest` fits a
// cell of edge `cell`; 0 when even the smallest number font does not.
int fitValuePixels(const QFont& font, int cell, const QString& widest) {
    int valuePixels = std::min(QFontMetrics(font).height(), static_cast<int>(cell * kValueHeightFraction));
    for (; valuePixels >= ConfusionLayout::kMinValuePixels; --valuePixels) {
        QFont f = font;
        f.setPixelSize(valuePixels);
        if (QFontMetrics(f).horizontalAdvance(widest) <= cell - kCellTextPadding) break;
    }
    return valuePixels >= ConfusionLayout::kMinValuePixels ? valuePixels : 0;
}

}  // namespace

void ConfusionLayout::clear() {
    *this = ConfusionLayout();
}

void ConfusionLayout::place(const QSize& size, const QFont& font, const Content& content) {
    clear();
    const int n = static_cast<int>(content.classNames.size());
    const int width = size.width();
    const int height = size.height();
    if (n == 0 || width <= 0 || height <= 0) return;

    QFont bold = font;
    bold.setBold(true);
    const int titleHeight = QFontMetrics(bold).height();
    const QFontMetrics baseMetrics(font);
    const int barTotal = 2 * kGap + kColorBarWidth + kGap + baseMetrics.horizontalAdvance(content.colorBarTop);
    const int summary =
        content.summaries ? baseMetrics.horizontalAdvance(QStringLiteral("100.0%")) + 2 * kCellTextPadding : 0;
    const int summarySpace = content.summaries ? summary + kSummaryGap : 0;
    const int summaryHeader = content.summaries ? baseMetrics.height() + kGap : 0;

    // Shrink the label font until a label fits a cell (or the font is the smallest one).
    int labelPixels = std::max(kMinLabelPixels, baseMetrics.height() - 3);
    int cell = 0, rowLabelWidth = 0, columnHeight = 0, left = 0, availW = 0, labelHeight = 0;
    bool rotate = false;
    for (;; --labelPixels) {
        QFont labelFont = font;
        labelFont.setPixelSize(labelPixels);
        const QFontMetrics lm(labelFont);
        labelHeight = lm.height();
        int maxName = 0;
        for (const QString& name : content.classNames) maxName = std::max(maxName, lm.horizontalAdvance(name));
        const int rowNameWidth = content.summaries ? std::max(maxName, lm.horizontalAdvance(content.rowTitle)) : maxName;
        rowLabelWidth = std::min(rowNameWidth, static_cast<int>(width * kMaxLabelFraction)) + kGap;
        left = kMargin + titleHeight + kGap + rowLabelWidth;
        availW = width - left - summarySpace - barTotal - kMargin;
        const int fixedH = 2 * kMargin + 2 * kGap + titleHeight + summaryHeader + summarySpace;
        columnHeight = lm.height();
        cell = std::min(availW, height - fixedH - columnHeight) / n;
        rotate = maxName > cell - 2;
        if (rotate) {
            columnHeight = std::min(maxName, static_cast<int>(height * kMaxLabelFraction)) + kGap;
            cell = std::min(availW, height - fixedH - columnHeight) / n;
        }
        if (lm.height() <= cell || labelPixels <= kMinLabelPixels) break;
    }
    if (cell < 1) return;

    const int gridSide = cell * n;
    const int blockHeight = summaryHeader + gridSide + summarySpace + kGap + columnHeight + kGap + titleHeight;
    const int top = std::max(kMargin, (height - blockHeight) / 2) + summaryHeader;
    const int gridLeft = left + std::max(0, (availW - gridSide) / 2);
    m_grid = QRect(gridLeft, top, gridSide, gridSide);
    m_cell = cell;
    m_count = n;
    m_summaries = content.summaries;
    m_rotateColumns = rotate;
    m_rowLabelWidth = rowLabelWidth;
    m_columnLabelHeight = columnHeight;
    m_labelPixelSize = labelPixels;
    m_summaryThickness = summary;
    m_stride = std::max(1, (labelHeight + cell - 1) / cell);  // labels never overlap: thin them out
    m_colorBar = QRect(m_grid.right() + 1 + summarySpace + 2 * kGap, top, kColorBarWidth, gridSide);
    m_valuePixelSize = fitValuePixels(font, cell, content.widestCellText);
}

QRect ConfusionLayout::cellRect(int row, int col) const {
    if (m_cell <= 0) return QRect();
    return QRect(m_grid.left() + col * m_cell, m_grid.top() + row * m_cell, m_cell, m_cell);
}

QRect ConfusionLayout::recallRect(int row) const {
    if (m_cell <= 0 || !m_summaries) return QRect();
    return QRect(m_grid.right() + 1 + kSummaryGap, m_grid.top() + row * m_cell, m_summaryThickness, m_cell);
}

QRect ConfusionLayout::precisionRect(int col) const {
    if (m_cell <= 0 || !m_summaries) return QRect();
    return QRect(m_grid.left() + col * m_cell, m_grid.bottom() + 1 + kSummaryGap, m_cell, m_summaryThickness);
}

QRect ConfusionLayout::accuracyRect() const {
    if (m_cell <= 0 || !m_summaries) return QRect();
    return QRect(recallRect(0).left(), precisionRect(0).top(), m_summaryThickness, m_summaryThickness);
}

int ConfusionLayout::columnLabelTop() const {
    return m_grid.bottom() + 1 + kGap + (m_summaries ? m_summaryThickness + kSummaryGap : 0);
}

QPoint ConfusionLayout::positionAt(const QPoint& pos) const {
    if (m_cell <= 0 || !m_grid.contains(pos)) return QPoint(-1, -1);
    const int col = (pos.x() - m_grid.left()) / m_cell;
    const int row = (pos.y() - m_grid.top()) / m_cell;
    if (row >= m_count || col >= m_count) return QPoint(-1, -1);
    return QPoint(row, col);
}

}  // namespace ts
