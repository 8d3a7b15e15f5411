// The plot view of a curve chart: turns mouse, wheel, pinch and key input into zoom, pan, hover and menu requests.
#pragma once

#include "ui/charts/CurveViewHandler.h"

#include <QChartView>

class QRubberBand;

namespace ts {

/// The plot's input: turns drags, wheel, pinch, clicks and keys into requests to its CurveViewHandler.
/// Drag for a rubber band, Shift+drag or middle-drag to pan, wheel or pinch to zoom, double-click to reset, click
/// to pin the hover tooltip. It zooms itself (no QChartView rubber band) so the data can be re-decimated.
class CurveChartView : public QChartView {
public:
    /// Shows `chart` in `parent`, reporting input to `handler` (which must outlive the view).
    CurveChartView(QChart* chart, CurveViewHandler* handler, QWidget* parent);

    /// Plot area in viewport coordinates.
    QRect plotRectInView() const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void paintEvent(QPaintEvent* event) override;

private:
    enum class Drag { None, Pending, Band, Pan };

    void updateBand(int x);

    CurveViewHandler* m_handler;
    QRubberBand* m_band = nullptr;
    QPoint m_origin;
    int m_lastPanX = 0;
    Drag m_drag = Drag::None;
};

}  // namespace ts
