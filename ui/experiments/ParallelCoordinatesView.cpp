#include "ui/experiments/ParallelCoordinatesView.h"

#include "ui/experiments/TrialPalette.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {
constexpr int kMarginX = 72;       // room for the outer axes' labels
constexpr int kMarginTop = 34;     // axis names
constexpr int kMarginBottom = 26;  // low labels
constexpr int kBrushHalfWidth = 7;
constexpr int kMinDragPixels = 3;  // a shorter drag is a click: it clears that axis's brush
constexpr int kTicksPerAxis = 4;   // numeric axes: labels at 0, 1/4, ..., 1
const QColor kAxisColor(0x40, 0x40, 0x40);
const QColor kBrushFill(0x30, 0x60, 0xc0, 60);
}  // namespace

ParallelCoordinatesView::ParallelCoordinatesView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("parallelCoordinates"));
    setMinimumHeight(220);
    setMouseTracking(false);
    setToolTip(tr("Drag along an axis to keep only the trials in that range; click an axis to clear its range, "
                  "double-click to clear every range"));
}

void ParallelCoordinatesView::setSweep(const Sweep& sweep) {
    ParallelAxes next = ParallelAxes::fromSweep(sweep);
    if (next.axisCount() == m_axes.axisCount())
        for (int a = 0; a < next.axisCount(); ++a)
            if (const auto b = m_axes.brush(a); b && next.axis(a).name == m_axes.axis(a).name) next.setBrush(a, b->first, b->second);
    m_axes = std::move(next);
    m_best = sweep.bestTrial();
    m_minimize = sweep.def.objective.minimize();
    update();
}

void ParallelCoordinatesView::brushAxis(int a, double lo, double hi) {
    m_axes.setBrush(a, lo, hi);
    announce();
}

void ParallelCoordinatesView::clearBrushes() {
    m_axes.clearBrushes();
    announce();
}

void ParallelCoordinatesView::announce() {
    update();
    const std::vector<int> sel = m_axes.selectedTrials();
    Q_EMIT selectionChanged(QVector<int>(sel.begin(), sel.end()), m_axes.brushed());
}

double ParallelCoordinatesView::axisX(int a) const {
    const int n = m_axes.axisCount();
    if (n <= 1) return width() / 2.0;
    return kMarginX + double(a) * (width() - 2.0 * kMarginX) / double(n - 1);
}

double ParallelCoordinatesView::positionY(double p) const {
    return kMarginTop + (1.0 - p) * (height() - kMarginTop - kMarginBottom);
}

int ParallelCoordinatesView::axisNear(double x) const {
    const int n = m_axes.axisCount();
    if (n == 0) return -1;
    const double spacing = n > 1 ? (width() - 2.0 * kMarginX) / double(n - 1) : width();
    for (int a = 0; a < n; ++a)
        if (std::fabs(x - axisX(a)) < spacing / 2) return a;
    return -1;
}

void ParallelCoordinatesView::paintTrials(QPainter& p) const {
    const int objective = m_axes.axisCount() - 1;
    // Filtered-out trials first (grey, underneath), then the selected ones, then the best on top.
    for (int pass = 0; pass < 3; ++pass) {
        for (int t = 0; t < m_axes.trialCount(); ++t) {
            const bool in = m_axes.passes(t), best = t == m_best;
            if ((pass == 0 && in) || (pass == 1 && (!in || best)) || (pass == 2 && !(best && in))) continue;
            const double g = TrialPalette::goodness(m_axes.position(objective, m_axes.value(t, objective)), m_minimize);
            QColor c = in ? TrialPalette::forGoodness(g) : TrialPalette::filteredOut();
            p.setPen(QPen(c, best ? 3.5 : 1.6));
            QPainterPath path;
            bool started = false;
            for (int a = 0; a < m_axes.axisCount(); ++a) {
                const double pos = m_axes.position(a, m_axes.value(t, a));
                if (!std::isfinite(pos)) continue;
                const QPointF pt(axisX(a), positionY(pos));
                started ? path.lineTo(pt) : path.moveTo(pt);
                started = true;
            }
            p.drawPath(path);
        }
    }
}

void ParallelCoordinatesView::paintAxis(QPainter& p, int a) const {
    const ParallelAxis& ax = m_axes.axis(a);
    const double x = axisX(a);
    p.setPen(QPen(kAxisColor, 1.2));
    p.drawLine(QPointF(x, positionY(0)), QPointF(x, positionY(1)));
    if (const auto b = m_axes.brush(a)) {
        const double y0 = positionY(m_axes.position(a, b->first)), y1 = positionY(m_axes.position(a, b->second));
        p.fillRect(QRectF(x - kBrushHalfWidth, std::min(y0, y1), 2 * kBrushHalfWidth, std::fabs(y1 - y0)), kBrushFill);
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QString name = QString::fromStdString(ax.name) + (ax.log ? tr(" (log)") : QString());
    constexpr double kNameWidth = 180;
    const double left = std::clamp(x - kNameWidth / 2, 0.0, std::max(0.0, width() - kNameWidth));
    p.drawText(QRectF(left, 2, kNameWidth, kMarginTop - 8), Qt::AlignHCenter | Qt::AlignBottom, name);
    p.setFont(font());
    auto tick = [&](double v) {
        const double y = positionY(m_axes.position(a, v));
        p.drawLine(QPointF(x - 3, y), QPointF(x, y));
        p.drawText(QRectF(x - kMarginX + 2, y - 8, kMarginX - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QString::fromStdString(m_axes.label(a, v)));
    };
    if (!ax.categories.empty()) {
        for (size_t i = 0; i < ax.categories.size(); ++i) tick(double(i));
    } else {
        for (int i = 0; i <= kTicksPerAxis; ++i) tick(m_axes.valueAt(a, double(i) / kTicksPerAxis));
    }
}

void ParallelCoordinatesView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (m_axes.axisCount() == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("Open a sweep folder (File ▸ Open Sweep…)"));
        return;
    }
    paintTrials(p);
    for (int a = 0; a < m_axes.axisCount(); ++a) paintAxis(p, a);
}

void ParallelCoordinatesView::mousePressEvent(QMouseEvent* event) {
    m_dragAxis = axisNear(event->position().x());
    if (m_dragAxis < 0) return;
    const double top = positionY(1), bottom = positionY(0);
    m_dragFrom = std::clamp((bottom - event->position().y()) / (bottom - top), 0.0, 1.0);
}

void ParallelCoordinatesView::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragAxis < 0) return;
    const double top = positionY(1), bottom = positionY(0);
    const double to = std::clamp((bottom - event->position().y()) / (bottom - top), 0.0, 1.0);
    if (std::fabs(to - m_dragFrom) * (bottom - top) < kMinDragPixels) return;
    m_axes.setBrush(m_dragAxis, m_axes.valueAt(m_dragAxis, m_dragFrom), m_axes.valueAt(m_dragAxis, to));
    announce();
}

void ParallelCoordinatesView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragAxis < 0) return;
    const double top = positionY(1), bottom = positionY(0);
    const double to = std::clamp((bottom - event->position().y()) / (bottom - top), 0.0, 1.0);
    if (std::fabs(to - m_dragFrom) * (bottom - top) < kMinDragPixels && m_axes.brush(m_dragAxis)) {
        m_axes.clearBrush(m_dragAxis);
        announce();
    }
    m_dragAxis = -1;
}

void ParallelCoordinatesView::mouseDoubleClickEvent(QMouseEvent*) { clearBrushes(); }

}  // namespace ts
