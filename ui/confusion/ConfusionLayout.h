// Geometry of a confusion matrix view: where the cells, labels, summary strips and colour bar go.
#pragma once

#include <QFont>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

namespace ts {

/// Places the grid, class labels, recall/precision strips and colour bar of a confusion matrix view
/// in a widget of a given size, and maps points to cells. Rows and columns count in display order.
class ConfusionLayout {
public:
    static constexpr int kMargin = 8;           ///< space around everything
    static constexpr int kGap = 4;              ///< space between a part and its labels
    static constexpr int kSummaryGap = 8;       ///< space between the grid and the summary strips
    static constexpr int kMinValuePixels = 7;   ///< smallest font drawn for numbers

    /// What the placement depends on besides the widget's size and font.
    struct Content {
        QStringList classNames;   ///< names as shown, one per class (only their widths matter)
        QString rowTitle;         ///< the precision strip's row label ("Precision")
        QString colorBarTop;      ///< text beside the top of the colour bar
        QString widestCellText;   ///< the widest text a cell has to hold
        bool summaries = true;    ///< recall/precision strips shown
    };

    /// Places everything for a widget of `size` drawn in `font`; leaves the layout empty when not even
    /// one-pixel cells fit.
    void place(const QSize& size, const QFont& font, const Content& content);
    /// Forgets the placement: nothing is drawn.
    void clear();

    /// The n x n cells.
    QRect grid() const { return m_grid; }
    /// Cell edge in pixels (0 when nothing is drawn).
    int cell() const { return m_cell; }
    /// True when column labels are drawn rotated (names wider than a cell).
    bool rotatesColumns() const { return m_rotateColumns; }
    /// Width of the row labels left of the grid, gap included.
    int rowLabelWidth() const { return m_rowLabelWidth; }
    /// Height of the column labels below the grid (and summaries), gap included.
    int columnLabelHeight() const { return m_columnLabelHeight; }
    /// Width of the recall strip and height of the precision strip (0 without summaries).
    int summaryThickness() const { return m_summaryThickness; }
    /// The colour bar right of everything.
    QRect colorBar() const { return m_colorBar; }
    /// Pixel size of the class-name font.
    int labelPixelSize() const { return m_labelPixelSize; }
    /// Pixel size of the cell-number font; 0 when cells are too small for numbers.
    int valuePixelSize() const { return m_valuePixelSize; }
    /// Every how many classes a label is drawn (1 = all).
    int stride() const { return m_stride; }

    /// The cell at display position (row, col); empty when nothing is drawn.
    QRect cellRect(int row, int col) const;
    /// The recall strip of display row `row`; empty without summaries.
    QRect recallRect(int row) const;
    /// The precision strip of display column `col`; empty without summaries.
    QRect precisionRect(int col) const;
    /// The accuracy square where the two strips meet; empty without summaries.
    QRect accuracyRect() const;
    /// Top of the column labels.
    int columnLabelTop() const;
    /// Display position (row, col) of the cell under `pos`, or (-1, -1).
    QPoint positionAt(const QPoint& pos) const;

private:
    QRect m_grid;
    int m_cell = 0;
    int m_count = 0;
    bool m_summaries = false;
    bool m_rotateColumns = false;
    int m_rowLabelWidth = 0;
    int m_columnLabelHeight = 0;
    int m_summaryThickness = 0;
    QRect m_colorBar;
    int m_labelPixelSize = 0;
    int m_valuePixelSize = 0;
    int m_stride = 1;
};

}  // namespace ts
