#include "ui/charts/CurveEventMarkers.h"

#include "ui/charts/CurveChart.h"

#include <QPainter>

#include <cmath>
#include <limits>

namespace ts {

namespace {

constexpr int kEventHoverPx = 5;
constexpr int kMinEventSpacingPx = 3;
constexpr int kEventFlagPx = 5;
constexpr double kFlagLengthRatio = 1.6;  // how far the flag reaches right, in flag heights
constexpr qreal kEpochLineWidth = 1.0;
constexpr qreal kEventLineWidth = 1.5;
constexpr int kEpochLineAlpha = 45;

QColor eventColor(ChartEventKind kind) {
    switch (kind) {
    case ChartEventKind::EpochBoundary: return QColor(0, 0, 0, kEpochLineAlpha);
    case ChartEventKind::Pause: return QColor(0x99, 0x99, 0x99);
    case ChartEventKind::Resume: return QColor(0x55, 0x55, 0x55);
    case ChartEventKind::LrChange: return QColor(0x2c, 0xa0, 0x2c);
    case ChartEventKind::Checkpoint: return QColor(0x94, 0x67, 0xbd);
    case ChartEventKind::EarlyStop: return QColor(0xd6, 0x27, 0x28);
    case ChartEventKind::Other: return QColor(0x17, 0xbe, 0xcf);
    case ChartEventKind::Alert: return QColor(0xe6, 0xa1, 0x00);  // a training-health alert: amber
    }
    return QColor(Qt::gray);
}

}  // namespace

bool CurveEventMarkers::setVisible(bool visible) {
    if (visible == m_visible) return false;
    m_visible = visible;
    return true;
}

QString CurveEventMarkers::kindName(ChartEventKind kind) {
    switch (kind) {
    case ChartEventKind::EpochBoundary: return CurveChart::tr("epoch end");
    case ChartEventKind::Pause: return CurveChart::tr("paused");
    case ChartEventKind::Resume: return CurveChart::tr("resumed");
    case ChartEventKind::LrChange: return CurveChart::tr("learning rate changed");
    case ChartEventKind::Checkpoint: return CurveChart::tr("checkpoint");
    case ChartEventKind::EarlyStop: return CurveChart::tr("early stop");
    case ChartEventKind::Other: return CurveChart::tr("event");
    case ChartEventKind::Alert: return CurveChart::tr("alert");
    }
    return QString();
}

int CurveEventMarkers::nearest(double viewX, const ViewXOf& viewXOf) const {
    if (!m_visible) return -1;
    int best = -1;
    double bestDistance = kEventHoverPx + 0.5;
    for (int i = 0; i < m_events.size(); ++i) {
        const double d = std::fabs(viewXOf(m_events[i].x) - viewX);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void CurveEventMarkers::paint(QPainter* painter, const QRectF& plot, const ViewXOf& viewXOf) const {
    if (!m_visible) return;
    double lastEpochX = -std::numeric_limits<double>::infinity();
    for (const ChartEventMarker& e : m_events) {
        const double x = viewXOf(e.x);
        if (!std::isfinite(x) || x < plot.left() || x > plot.right()) continue;
        const bool epoch = e.kind == ChartEventKind::EpochBoundary;
        if (epoch) {
            if (x - lastEpochX < kMinEventSpacingPx) continue;  // dense epochs: draw what fits
            lastEpochX = x;
        }
        QPen pen(eventColor(e.kind), epoch ? kEpochLineWidth : kEventLineWidth, epoch ? Qt::DotLine : Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (!epoch) {
            painter->setBrush(eventColor(e.kind));
            painter->setPen(Qt::NoPen);
            const QPointF flag[3] = {QPointF(x, plot.top()),
                                     QPointF(x + kEventFlagPx * kFlagLengthRatio, plot.top() + kEventFlagPx),
                                     QPointF(x, plot.top() + 2 * kEventFlagPx)};
            painter->drawPolygon(flag, 3);
            painter->setBrush(Qt::NoBrush);
        }
    }
}

}  // namespace ts
