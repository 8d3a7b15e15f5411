#include "ui/health/HealthPlot.h"

#include "ui/charts/ChartImage.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace ts {

namespace {
constexpr int kMargin = 10;
constexpr QSize kDefaultSize(460, 300);
constexpr QSize kMinSize(200, 120);
constexpr int kGap = 4;
constexpr int kTick = 3;
constexpr int kStepLabelSpacing = 70;  // pixels between step labels
constexpr double kMaxLabelShare = 0.35; // of the widget width, for row labels
constexpr int kLabelSlack = 2;          // keeps rounding in text widths from eliding a label that fits
}  // namespace

HealthPlot::HealthPlot(const QString& imageTitle, const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_placeholder(placeholder) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    installImageContextMenu(this, imageTitle);
}

void HealthPlot::setPlaceholderText(const QString& text) {
    if (text == m_placeholder) return;
    m_placeholder = text;
    update();
}

int HealthPlot::labelColumnWidth(const QStringList& labels) const {
    const QFontMetrics fm(font());
    int widest = 0;
    for (const QString& label : labels) widest = std::max(widest, fm.horizontalAdvance(label));
    return std::min(widest + kLabelSlack, static_cast<int>(width() * kMaxLabelShare));
}

void HealthPlot::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout();
}

QSize HealthPlot::sizeHint() const { return kDefaultSize; }

QSize HealthPlot::minimumSizeHint() const { return kMinSize; }

void HealthPlot::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (!hasData()) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    paintData(painter);
}

void HealthPlot::paintStepAxis(QPainter& painter, const QRectF& plot, double columnWidth,
                               const std::vector<qint64>& columnSteps) const {
    const QFontMetrics fm(font());
    painter.setPen(palette().color(QPalette::WindowText));
    const double top = plot.bottom() + kTick;
    double lastRight = -1e9;
    const size_t every = static_cast<size_t>(std::max(1, static_cast<int>(kStepLabelSpacing / std::max(1.0, columnWidth))));
    for (size_t c = 0; c < columnSteps.size(); c += every) {
        const QString label = QString::number(columnSteps[c]);
        const double centre = plot.left() + (double(c) + 0.5) * columnWidth;
        const double w = fm.horizontalAdvance(label);
        const double left = std::max(plot.left(), centre - w / 2.0);
        if (left < lastRight + kGap) continue;
        painter.drawLine(QPointF(centre, plot.bottom()), QPointF(centre, top));
        painter.drawText(QRectF(left, top, w + 1.0, fm.height()), Qt::AlignLeft | Qt::AlignTop, label);
        lastRight = left + w;
    }
    const QString title = tr("step");
    const double titleWidth = fm.horizontalAdvance(title);
    if (plot.right() - titleWidth > lastRight + kGap)
        painter.drawText(QRectF(plot.right() - titleWidth, top, titleWidth + 1.0, fm.height()), Qt::AlignRight, title);
}

bool HealthPlot::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = hasData() ? toolTipAt(help->pos()) : QString();
        if (tip.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

}  // namespace ts
