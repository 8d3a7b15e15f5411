// Heatmap of a confusion matrix (rows: true class, columns: predicted class).
#pragma once

#include "core/Types.h"

#include <QColor>
#include <QPoint>
#include <QRect>
#include <QString>
#include <QWidget>

namespace ts {

/// Paints a confusion matrix as a white-to-dark-blue heatmap with the count (or the row
/// percentage) in every cell, class names on both axes, a colour bar and per-cell tooltips.
class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    /// Creates an empty view that shows a placeholder until setMatrix() is called.
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    /// Shows a new matrix.
    void setMatrix(const ConfusionMatrix& matrix);
    /// The matrix being shown.
    const ConfusionMatrix& matrix() const;
    /// Drops the matrix and shows the placeholder again.
    void clear();
    /// Row-normalized view (each true-class row as percentages, i.e. recall) instead of counts.
    void setNormalized(bool normalized);
    /// True when showing row percentages.
    bool isNormalized() const;
    /// Number of classes shown (0 when empty).
    int classCount() const;

    /// Text drawn in a cell: the count, or the row percentage like "83.3%" when normalized.
    QString cellText(int trueClass, int predicted) const;
    /// Tooltip of a cell: "True: Coat, predicted: Shirt — 123 samples (12.3% of Coat)".
    QString cellToolTip(int trueClass, int predicted) const;
    /// Position on the colour scale in [0, 1] (count / largest count, or the row fraction).
    double cellIntensity(int trueClass, int predicted) const;
    /// Fill colour of a cell.
    QColor cellColor(int trueClass, int predicted) const;
    /// Rectangle of a cell in widget coordinates (empty when there is no matrix).
    QRect cellRect(int trueClass, int predicted) const;
    /// (trueClass, predicted) of the cell under `pos`, or (-1, -1).
    QPoint cellAt(const QPoint& pos) const;
    /// Text shown when there is no matrix.
    static QString placeholderText();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Geometry {
        QRect grid;            // the n x n cells
        int cell = 0;          // cell edge in pixels
        bool rotateColumns = false;
        int rowLabelWidth = 0;
        int columnLabelHeight = 0;
        QRect colorBar;
        int labelPixelSize = 0;
        int valuePixelSize = 0;  // 0 = cells too small for numbers
    };

    void relayout();
    int64_t rowSum(int trueClass) const;
    QString className(int cls) const;

    ConfusionMatrix m_matrix;
    std::vector<int64_t> m_rowSums;
    int64_t m_maxCount = 0;
    bool m_normalized = false;
    QPoint m_hover{-1, -1};
    Geometry m_geo;
};

}  // namespace ts
