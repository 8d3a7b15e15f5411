#include "ui/experiments/ObjectiveScatterView.h"

#include "ui/experiments/TrialPalette.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {
constexpr int kMaxColumns = 3;
constexpr double kPlotLeft = 58;    // y labels
constexpr double kPlotBottom = 36;  // x labels and the parameter's name
constexpr double kPlotPad = 10;
constexpr double kPointRadius = 4.0;
constexpr double kBestRing = 8.0;
constexpr int kTicks = 2;  // numeric axes: labels at 0, 1/2, 1
const QColor kFrame(0x80, 0x80, 0x80);
}  // namespace

ObjectiveScatterView::ObjectiveScatterView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("objectiveScatter"));
    setMinimumHeight(200);
}

void ObjectiveScatterView::setAxes(const ParallelAxes& axes, int best, bool minimize) {
    m_axes = axes;
    m_best = best;
    m_minimize = minimize;
    update();
}

void ObjectiveScatterView::paintPlot(QPainter& p, const QRectF& box, int a) const {
    const int obj = m_axes.axisCount() - 1;
    const QRectF plot(box.left() + kPlotLeft, box.top() + kPlotPad, box.width() - kPlotLeft - kPlotPad,
                      box.height() - kPlotBottom - kPlotPad);
    auto px = [&](double pos) { return plot.left() + pos * plot.width(); };
    auto py = [&](double pos) { return plot.bottom() - pos * plot.height(); };
    p.setPen(kFrame);
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    const ParallelAxis& ax = m_axes.axis(a);
    auto xTick = [&](double v) {
        const double x = px(m_axes.position(a, v));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        constexpr double kLabelWidth = 80;
        const double left = std::min(x - kLabelWidth / 2, box.right() - kLabelWidth);
        p.drawText(QRectF(left, plot.bottom() + 2, kLabelWidth, 14), Qt::AlignHCenter | Qt::AlignTop,
                   QString::fromStdString(m_axes.label(a, v)));
    };
    if (!ax.categories.empty())
        for (size_t i = 0; i < ax.categories.size(); ++i) xTick(double(i));
    else
        for (int i = 0; i <= kTicks; ++i) xTick(m_axes.valueAt(a, double(i) / kTicks));
    for (int i = 0; i <= kTicks; ++i) {
        const double pos = double(i) / kTicks, y = py(pos);
        p.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y));
        p.drawText(QRectF(box.left(), y - 7, kPlotLeft - 6, 14), Qt::AlignRight | Qt::AlignVCenter,
                   QString::fromStdString(m_axes.label(obj, m_axes.valueAt(obj, pos))));
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(plot.left(), plot.bottom() + 16, plot.width(), 16), Qt::AlignHCenter,
               QString::fromStdString(ax.name) + (ax.log ? tr(" (log)") : QString()));
    p.setFont(font());
    for (int pass = 0; pass < 2; ++pass) {  // left-out trials underneath
        for (int t = 0; t < m_axes.trialCount(); ++t) {
            const bool in = m_axes.passes(t);
            if (in != (pass == 1)) continue;
            const double xp = m_axes.position(a, m_axes.value(t, a)), yp = m_axes.position(obj, m_axes.value(t, obj));
            if (!std::isfinite(xp) || !std::isfinite(yp)) continue;
            const QPointF c(px(xp), py(yp));
            p.setPen(Qt::NoPen);
            p.setBrush(in ? TrialPalette::forGoodness(TrialPalette::goodness(yp, m_minimize)) : TrialPalette::filteredOut());
            p.drawEllipse(c, kPointRadius, kPointRadius);
            if (t != m_best) continue;
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(Qt::black, 1.5));
            p.drawEllipse(c, kBestRing, kBestRing);
        }
    }
}

void ObjectiveScatterView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const int n = m_axes.axisCount() - 1;
    if (n <= 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("No sweep"));
        return;
    }
    const int cols = std::min(n, kMaxColumns), rows = (n + cols - 1) / cols;
    const double w = width() / double(cols), h = height() / double(rows);
    for (int a = 0; a < n; ++a) paintPlot(p, QRectF((a % cols) * w, (a / cols) * h, w, h), a);
}

}  // namespace ts
