// Painting of a confusion matrix view, part by part.
#pragma once

#include <QColor>
#include <QRect>
#include <QVector>

class QPainter;

namespace ts {

class ConfusionLayout;
class ConfusionMatrixView;

/// Paints a confusion matrix view: the cells with their values, the hover and keyboard outlines, the
/// recall/precision strips, class labels, axis titles and the colour bar (or the placeholder text).
class ConfusionPainter {
public:
    /// Paints `view`, placed by `layout`, with `painter` (which must be open on the view).
    ConfusionPainter(QPainter& painter, const ConfusionMatrixView& view, const ConfusionLayout& layout);
    /// Paints everything; only the cells that meet `exposed` are filled.
    void paint(const QRect& exposed);

private:
    void paintCells(const QRect& exposed);
    void paintOutlines();
    void paintSummaries();
    void paintSummary(const QRect& r, double value, bool rotated);
    void paintClassLabels();
    void paintAxisTitles();
    void paintColorBar();

    QPainter& m_painter;
    const ConfusionMatrixView& m_view;
    const ConfusionLayout& m_layout;
    QVector<int> m_order;  // display position -> class
    QColor m_textColor;
};

}  // namespace ts
