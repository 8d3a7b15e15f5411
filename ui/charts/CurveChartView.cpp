#include "ui/charts/CurveChartView.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QRubberBand>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ts {

namespace {

constexpr int kMinRubberBandPx = 6;
constexpr double kWheelZoomBase = 0.85;  // one wheel notch shows 85% of the span
constexpr double kNanosecondsPerMs = 1e6;

}  // namespace

CurveChartView::CurveChartView(QChart* chart, CurveViewHandler* handler, QWidget* parent)
    : QChartView(chart, parent), m_handler(handler) {
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);  // we zoom ourselves so the data can be re-decimated
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
}

QRect CurveChartView::plotRectInView() const {
    return mapFromScene(chart()->mapRectToScene(chart()->plotArea())).boundingRect();
}

void CurveChartView::mousePressEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    const bool inPlot = plotRectInView().contains(pos);
    if (inPlot && (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton)) {
        m_origin = pos;
        m_lastPanX = pos.x();
        const bool pan = event->button() == Qt::MiddleButton || (event->modifiers() & Qt::ShiftModifier);
        m_drag = pan ? Drag::Pan : Drag::Pending;
        if (pan) viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void CurveChartView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    switch (m_drag) {
    case Drag::Pan:
        m_handler->panByPixels(pos.x() - m_lastPanX);
        m_lastPanX = pos.x();
        event->accept();
        return;
    case Drag::Pending:
        if (std::abs(pos.x() - m_origin.x()) < kMinRubberBandPx) break;
        m_drag = Drag::Band;
        if (!m_band) m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_band->show();
        [[fallthrough]];
    case Drag::Band:
        updateBand(pos.x());
        event->accept();
        return;
    case Drag::None:
        break;
    }
    m_handler->hoverAtViewPixel(pos);
    QChartView::mouseMoveEvent(event);
}

void CurveChartView::mouseReleaseEvent(QMouseEvent* event) {
    const Drag drag = std::exchange(m_drag, Drag::None);
    viewport()->unsetCursor();
    if (drag == Drag::Band) {
        m_band->hide();
        const int x0 = m_origin.x();
        const int x1 = event->position().toPoint().x();
        m_handler->zoomToViewPixels(std::min(x0, x1), std::max(x0, x1));
        event->accept();
        return;
    }
    if (drag == Drag::Pending) {
        m_handler->clickAtViewPixel(event->position().toPoint());
        event->accept();
        return;
    }
    if (drag == Drag::Pan) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void CurveChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        m_handler->resetView();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void CurveChartView::wheelEvent(QWheelEvent* event) {
    const QPoint pos = event->position().toPoint();
    const double notches = event->angleDelta().y() / double(QWheelEvent::DefaultDeltasPerStep);
    if (notches == 0.0 || !plotRectInView().contains(pos)) {
        QChartView::wheelEvent(event);
        return;
    }
    m_handler->zoomAroundPixel(pos.x(), std::pow(kWheelZoomBase, notches));
    event->accept();
}

bool CurveChartView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            const QPoint pos = viewport()->mapFromGlobal(gesture->globalPosition().toPoint());
            m_handler->zoomAroundPixel(pos.x(), 1.0 / (1.0 + gesture->value()));
            return true;
        }
    }
    if (event->type() == QEvent::Leave) m_handler->mouseLeft();
    return QChartView::viewportEvent(event);
}

void CurveChartView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape && m_handler->escapePressed()) {
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

void CurveChartView::contextMenuEvent(QContextMenuEvent* event) {
    m_handler->contextMenuAt(event->globalPos());
    event->accept();
}

void CurveChartView::drawForeground(QPainter* painter, const QRectF& rect) {
    QChartView::drawForeground(painter, rect);
    m_handler->paintOverlay(painter);
}

void CurveChartView::paintEvent(QPaintEvent* event) {
    QElapsedTimer timer;
    timer.start();
    QChartView::paintEvent(event);
    m_handler->painted(double(timer.nsecsElapsed()) / kNanosecondsPerMs);
}

void CurveChartView::updateBand(int x) {
    const QRect plot = plotRectInView();
    const int lo = std::clamp(std::min(x, m_origin.x()), plot.left(), plot.right());
    const int hi = std::clamp(std::max(x, m_origin.x()), plot.left(), plot.right());
    m_band->setGeometry(QRect(QPoint(lo, plot.top()), QPoint(hi, plot.bottom())));
}

}  // namespace ts
