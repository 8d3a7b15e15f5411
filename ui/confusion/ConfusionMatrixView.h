// Heatmap of a confusion matrix (rows: true class, columns: predicted class).
#pragma once

#include "core/common/Types.h"
#include "ui/confusion/ConfusionLayout.h"

#include <QColor>
#include <QPoint>
#include <QRect>
#include <QString>
#include <QVector>
#include <QWidget>

namespace ts {

/// Shows a confusion matrix as a heatmap with the count (or a percentage) in every cell,
/// class names on both axes, per-class recall (right) and precision (bottom) summaries as
/// MATLAB's confusionchart has them, a colour bar and per-cell tooltips. Classes can be
/// reordered; a "change" mode shows the difference to a previous matrix. With many classes
/// the labels thin out instead of overlapping; Ctrl+wheel asks the enclosing panel to zoom.
/// Clicking a cell (or Enter on the keyboard's current cell, moved with the arrow keys)
/// emits cellActivated(), which opens the samples behind that cell.
/// It owns the matrix, its sums, the class order and the interaction (mouse, keyboard, tooltips);
/// ConfusionLayout places the parts and ConfusionPainter draws them.
class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    /// What the colour scale and the cell text show.
    enum class Normalization {
        Counts,   ///< raw counts, scaled by the largest count
        Rows,     ///< each true-class row as percentages (the diagonal is the recall)
        Columns   ///< each predicted-class column as percentages (the diagonal is the precision)
    };

    /// Order of the classes along both axes.
    enum class SortOrder {
        Index,     ///< as in the data set
        Name,      ///< alphabetical
        Recall,    ///< worst recall first
        Confusion  ///< classes that are confused with each other next to each other
    };

    /// Creates an empty view that shows a placeholder until setMatrix() is called.
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    /// Shows a new matrix.
    void setMatrix(const ConfusionMatrix& matrix);
    /// The matrix being shown.
    const ConfusionMatrix& matrix() const;
    /// Drops the matrix (and the previous one) and shows the placeholder again.
    void clear();
    /// Row-normalized view (true) or counts (false); kept for callers that only know two modes.
    void setNormalized(bool normalized);
    /// True when showing row or column percentages.
    bool isNormalized() const;
    /// Chooses counts, row percentages (recall view) or column percentages (precision view).
    void setNormalization(Normalization mode);
    /// Current normalization.
    Normalization normalization() const;
    /// Number of classes shown (0 when empty).
    int classCount() const;

    /// Sets the matrix the "change" mode compares against (ignored unless it has the same classes).
    void setPreviousMatrix(const ConfusionMatrix& previous);
    /// Forgets the previous matrix.
    void clearPreviousMatrix();
    /// True when a comparable previous matrix is set.
    bool hasPreviousMatrix() const;
    /// Shows the change since the previous matrix instead of the values.
    void setShowChange(bool change);
    /// True in change mode (and a previous matrix exists).
    bool showsChange() const;

    /// Shows or hides the recall/precision summaries at the edges.
    void setShowSummaries(bool show);
    /// True when the summaries are drawn.
    bool showsSummaries() const;

    /// Sorts the classes; recomputed for every new matrix.
    void setSortOrder(SortOrder order);
    /// Current sort order.
    SortOrder sortOrder() const;
    /// Class shown at each position, top to bottom (and left to right).
    QVector<int> classOrder() const;
    /// Order that puts classes often confused with each other next to each other
    /// (average-linkage clustering of the symmetric, row-normalized confusions).
    static QVector<int> confusionOrder(const ConfusionMatrix& matrix);

    /// Recall of a class (diagonal / row sum), or -1 when the class never occurs.
    double recallOf(int cls) const;
    /// Precision of a class (diagonal / column sum), or -1 when it is never predicted.
    double precisionOf(int cls) const;
    /// Overall accuracy (trace / total), or -1 for an empty matrix.
    double accuracy() const;

    /// Text drawn in a cell: the count, a percentage like "83.3%", or a signed change.
    QString cellText(int trueClass, int predicted) const;
    /// Tooltip of a cell: "True: Coat, predicted: Shirt — 123 samples (12.3% of Coat)".
    QString cellToolTip(int trueClass, int predicted) const;
    /// Position on the colour scale: [0, 1], or [-1, 1] in change mode.
    double cellIntensity(int trueClass, int predicted) const;
    /// Fill colour of a cell.
    QColor cellColor(int trueClass, int predicted) const;
    /// Rectangle of a cell in widget coordinates (empty when there is no matrix).
    QRect cellRect(int trueClass, int predicted) const;
    /// (trueClass, predicted) of the cell under `pos`, or (-1, -1).
    QPoint cellAt(const QPoint& pos) const;
    /// Rectangle of a class's recall summary (right edge).
    QRect recallRect(int cls) const;
    /// Rectangle of a class's precision summary (bottom edge).
    QRect precisionRect(int cls) const;
    /// Every how many classes a label is drawn (1 = all; more when cells are smaller than the text).
    int labelStride() const;
    /// Name shown for a class: its name in the matrix, or "class N" when it has none.
    QString className(int cls) const;
    /// Text beside the top of the colour bar: the largest count, "100%", or the largest change.
    QString colorBarTopText() const;
    /// Text beside the bottom of the colour bar: "0", "0%", or the largest change downwards.
    QString colorBarBottomText() const;
    /// Text shown when there is no matrix.
    static QString placeholderText();
    /// Cell edge in pixels for the current size (0 when nothing is drawn).
    int cellSize() const;
    /// Widget size at which cells are `cell` pixels (the panel zooms with this).
    QSize sizeForCell(int cell) const;

    /// The keyboard's current cell as (trueClass, predicted), or (-1, -1) when there is none.
    QPoint currentCell() const;
    /// Makes (trueClass, predicted) the current cell; out-of-range values clear it.
    void setCurrentCell(int trueClass, int predicted);
    /// The cell under the mouse as (trueClass, predicted), or (-1, -1).
    QPoint hoveredCell() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// Ctrl+wheel over the view: zoom in (factor > 1) or out.
    void zoomRequested(double factor);
    /// The user clicked a cell (left button, without dragging) or pressed Enter on the current cell.
    void cellActivated(int trueClass, int predicted);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void recount();
    void relayout();
    void resort();
    int64_t rowSum(int trueClass) const;
    int64_t columnSum(int predicted) const;
    double valueOf(const ConfusionMatrix& m, const std::vector<int64_t>& rows, const std::vector<int64_t>& cols,
                   int t, int p) const;
    double changeAt(int t, int p) const;
    int positionOf(int cls) const;
    QString summaryToolTip(const QPoint& pos) const;

    ConfusionMatrix m_matrix;
    ConfusionMatrix m_previous;
    std::vector<int64_t> m_rowSums;
    std::vector<int64_t> m_colSums;
    std::vector<int64_t> m_prevRowSums;
    std::vector<int64_t> m_prevColSums;
    int64_t m_maxCount = 0;
    double m_maxChange = 0.0;
    Normalization m_mode = Normalization::Counts;
    SortOrder m_sort = SortOrder::Index;
    QVector<int> m_order;     // position -> class
    QVector<int> m_position;  // class -> position
    bool m_showChange = false;
    bool m_summaries = true;
    QPoint m_hover{-1, -1};
    QPoint m_current{-1, -1};     // keyboard's current cell (trueClass, predicted)
    QPoint m_pressCell{-1, -1};   // cell under the left button's press, until its release
    QPoint m_pressPos;
    ConfusionLayout m_layout;
};

}  // namespace ts
