#include "ui/health/UnitSharesChart.h"

#include "ui/charts/ChartMath.h"
#include "ui/common/TextFormat.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 4;
constexpr int kTick = 3;
constexpr int kSwatch = 10;
constexpr int kLegendSpacing = 14;
constexpr double kMaxRowHeight = 28.0;
constexpr double kBarFraction = 0.75;   // of a row's height, for its bars
constexpr double kTickShare = 0.25;     // x ticks every 25%
const QColor kDeadColor(0xf0, 0x8a, 0x86);      // light red: some dead units are normal
const QColor kTooDeadColor(0xd6, 0x27, 0x28);   // red: more than the threshold
const QColor kSaturatedColor(0x94, 0x67, 0xbd);
const QColor kThresholdColor(0x33, 0x33, 0x33);
const QColor kBorder(0x99, 0x99, 0x99);

}  // namespace

UnitSharesChart::UnitSharesChart(QWidget* parent)
    : HealthPlot(tr("Dead and saturated units"), tr("Dead and saturated unit shares appear with the first per-layer "
                                                    "diagnostics."), parent) {
    setObjectName(QStringLiteral("unitSharesChart"));
}

void UnitSharesChart::setActivations(const std::vector<ActivationHealth>& activations, qint64 step) {
    m_layers = activations;
    m_step = step;
    relayout();
}

void UnitSharesChart::clear() {
    m_layers.clear();
    m_step = 0;
    relayout();
}

void UnitSharesChart::setThreshold(double share) {
    m_threshold = share;
    update();
}

bool UnitSharesChart::hasData() const { return !m_layers.empty(); }

bool UnitSharesChart::showsSaturation() const {
    return std::any_of(m_layers.begin(), m_layers.end(),
                       [](const ActivationHealth& a) { return !a.rectified || a.saturatedFraction > 0.0; });
}

void UnitSharesChart::relayout() {
    m_plot = QRectF();
    if (!hasData()) {
        update();
        return;
    }
    const QFontMetrics fm(font());
    QStringList names;
    for (const ActivationHealth& a : m_layers) names.append(QString::fromStdString(a.name));
    const int labelWidth = labelColumnWidth(names);
    const double top = kMargin + fm.height() + 2 * kGap;  // the title and legend row
    const double left = kMargin + labelWidth + kGap;
    const double available = std::max(0.0, height() - top - kMargin - kTick - fm.height());
    m_rowHeight = std::min(kMaxRowHeight, available / double(m_layers.size()));
    m_plot = QRectF(left, top, std::max(0.0, width() - left - kMargin - fm.horizontalAdvance(QStringLiteral("100%")) / 2.0),
                    m_rowHeight * double(m_layers.size()));
    update();
}

double UnitSharesChart::xOf(double share) const { return m_plot.left() + std::clamp(share, 0.0, 1.0) * m_plot.width(); }

QRectF UnitSharesChart::barRect(int layer, bool saturated) const {
    if (m_plot.isEmpty() || layer < 0 || layer >= layerCount()) return QRectF();
    const ActivationHealth& a = m_layers[static_cast<size_t>(layer)];
    const bool two = showsSaturation();
    if (saturated && !two) return QRectF();
    if (!saturated && !a.rectified) return QRectF();
    const double barHeight = m_rowHeight * kBarFraction / (two ? 2.0 : 1.0);
    const double top = m_plot.top() + layer * m_rowHeight + m_rowHeight * (1.0 - kBarFraction) / 2.0 +
                       (saturated ? barHeight : 0.0);
    const double share = saturated ? a.saturatedFraction : a.deadFraction;
    return QRectF(m_plot.left(), top, xOf(share) - m_plot.left(), barHeight);
}

QString UnitSharesChart::layerText(int layer) const {
    if (layer < 0 || layer >= layerCount()) return QString();
    const ActivationHealth& a = m_layers[static_cast<size_t>(layer)];
    QString text = tr("%1 (%n unit(s)) · step %2", nullptr, int(a.units)).arg(QString::fromStdString(a.name)).arg(m_step);
    if (a.rectified) text += tr(" · %1 dead").arg(percentText(a.deadFraction));
    if (!a.rectified || a.saturatedFraction > 0.0) text += tr(" · %1 saturated").arg(percentText(a.saturatedFraction));
    text += tr(" · mean %1 · std %2").arg(QString::number(a.mean, 'g', 3), QString::number(a.stddev, 'g', 3));
    if (a.rectified && a.deadFraction > m_threshold) text += tr(" · more than %1 dead").arg(percentText(m_threshold, 0));
    return text;
}

int UnitSharesChart::layerAt(const QPoint& pos) const {
    if (m_plot.isEmpty() || pos.y() < m_plot.top() || pos.y() >= m_plot.bottom()) return -1;
    return std::min(layerCount() - 1, static_cast<int>((pos.y() - m_plot.top()) / m_rowHeight));
}

QString UnitSharesChart::toolTipAt(const QPoint& pos) const { return layerText(layerAt(pos)); }

void UnitSharesChart::paintData(QPainter& painter) {
    if (m_plot.isEmpty()) return;
    const QFontMetrics fm(font());
    const QColor ink = palette().color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(ink);
    painter.drawText(QRectF(kMargin, kMargin, width() / 2.0, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Units at step %1").arg(m_step));
    painter.setFont(font());
    // Legend, right-aligned in the title row.
    QVector<QPair<QColor, QString>> legend{{kDeadColor, tr("dead")},
                                           {kTooDeadColor, tr("more than %1 dead").arg(percentText(m_threshold, 0))}};
    if (showsSaturation()) legend.append({kSaturatedColor, tr("saturated")});
    int x = width() - kMargin;
    for (auto it = legend.crbegin(); it != legend.crend(); ++it) {
        x -= fm.horizontalAdvance(it->second);
        painter.drawText(QRectF(x, kMargin, fm.horizontalAdvance(it->second) + 1, fm.height()), Qt::AlignVCenter, it->second);
        x -= kGap + kSwatch;
        painter.fillRect(QRectF(x, kMargin + (fm.height() - kSwatch) / 2.0, kSwatch, kSwatch), it->first);
        x -= kLegendSpacing;
    }
    // Grid, bars, labels.
    for (double s = 0.0; s <= 1.0 + 1e-9; s += kTickShare) {
        const double gx = xOf(s);
        painter.setPen(chartGridColor());
        painter.drawLine(QPointF(gx, m_plot.top()), QPointF(gx, m_plot.bottom()));
        painter.setPen(ink);
        const QString label = percentText(s, 0);
        const double w = fm.horizontalAdvance(label);
        painter.drawText(QRectF(gx - w / 2.0, m_plot.bottom() + kTick, w + 1.0, fm.height()), Qt::AlignCenter, label);
    }
    for (int l = 0; l < layerCount(); ++l) {
        const ActivationHealth& a = m_layers[static_cast<size_t>(l)];
        painter.fillRect(barRect(l, false), a.deadFraction > m_threshold ? kTooDeadColor : kDeadColor);
        painter.fillRect(barRect(l, true), kSaturatedColor);
        for (const bool saturated : {false, true}) {  // the share at the end of each bar
            const QRectF bar = barRect(l, saturated);
            if (bar.height() <= 0.0) continue;  // no such bar
            const QString value = percentText(saturated ? a.saturatedFraction : a.deadFraction);
            painter.setPen(ink);
            painter.drawText(QRectF(bar.right() + kGap, bar.top(), fm.horizontalAdvance(value) + 1.0, bar.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, value);
        }
        painter.setPen(ink);
        const int labelWidth = static_cast<int>(m_plot.left()) - kMargin - kGap;
        painter.drawText(QRectF(kMargin, m_plot.top() + l * m_rowHeight, labelWidth, m_rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(QString::fromStdString(m_layers[static_cast<size_t>(l)].name), Qt::ElideLeft, labelWidth));
    }
    painter.setPen(kBorder);
    painter.drawLine(QPointF(m_plot.left(), m_plot.top()), QPointF(m_plot.left(), m_plot.bottom()));
    QPen dashed(kThresholdColor, 1.5, Qt::DashLine);
    painter.setPen(dashed);
    const double tx = xOf(m_threshold);
    painter.drawLine(QPointF(tx, m_plot.top() - kGap), QPointF(tx, m_plot.bottom()));
}

}  // namespace ts
