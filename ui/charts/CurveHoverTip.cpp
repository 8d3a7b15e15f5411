#include "ui/charts/CurveHoverTip.h"

#include "ui/charts/CurveChart.h"
#include "ui/charts/CurveSeriesModel.h"

#include <QLabel>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

const char* const kPlainTextProperty = "plainText";

QString formatValue(double v) {
    constexpr int kValueDigits = 6;
    return QString::number(v, 'g', kValueDigits);
}

/// "step 1,234 · epoch 1.32 · time 25.9 s" with a timeline, else "<x title> <x>".
QString whereText(double nativeX, const CurveXMapping& mapping, const QString& xTitle) {
    constexpr int kEpochDecimals = 2;
    QStringList where;
    if (mapping.hasTimelineData()) {
        where << CurveChart::tr("step %L1").arg(std::llround(mapping.toKind(nativeX, XAxisKind::Step)));
        where << CurveChart::tr("epoch %1").arg(mapping.toKind(nativeX, XAxisKind::Epoch), 0, 'f', kEpochDecimals);
        where << CurveChart::tr("time %1").arg(formatElapsed(mapping.toKind(nativeX, XAxisKind::WallTime)));
    } else {
        where << QStringLiteral("%1 %2").arg(xTitle.isEmpty() ? CurveChart::tr("x") : xTitle, formatValue(nativeX));
    }
    return where.join(QStringLiteral(" · "));
}

}  // namespace

CurveHoverTip::CurveHoverTip(QWidget* chart) : m_tip(new QLabel(chart)) {
    constexpr int kTipMarginPx = 4;
    constexpr int kTipBackgroundAlpha = 235;  // of 255: the curves show faintly through the tip
    m_tip->setObjectName(QStringLiteral("chartHoverTip"));
    m_tip->setTextFormat(Qt::RichText);
    m_tip->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_tip->setAutoFillBackground(true);
    m_tip->setFrameShape(QFrame::StyledPanel);
    m_tip->setMargin(kTipMarginPx);
    QPalette tipPalette = m_tip->palette();
    tipPalette.setColor(QPalette::Window, QColor(255, 255, 255, kTipBackgroundAlpha));
    tipPalette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_tip->setPalette(tipPalette);
    m_tip->hide();
}

bool CurveHoverTip::setValuesAt(double displayX, const CurveSeriesModel& model, const CurveXMapping& mapping,
                                const QString& xTitle) {
    // The reference x: the closest point of any visible series (dense raw series win ties).
    const double refX = model.nearestVisibleX(mapping.toNative(displayX));
    if (std::isnan(refX)) return false;
    const QString where = whereText(refX, mapping, xTitle);
    QString html = QStringLiteral("<b>%1</b>").arg(where.toHtmlEscaped());
    QString plain = where;
    for (int id = 0; id < model.count(); ++id) {
        const CurveSeries& s = model.at(id);
        if (s.hidden) continue;
        const int i = model.nearestIndex(id, refX);
        if (i < 0) continue;
        const QPointF p = s.raw[i];
        QString value = formatValue(p.y());
        if (p.x() != refX) {  // a sparse series (per epoch): say where its nearest value is
            const QString at = mapping.hasTimelineData()
                                   ? CurveChart::tr("step %L1").arg(std::llround(mapping.toKind(p.x(), XAxisKind::Step)))
                                   : formatValue(p.x());
            value += CurveChart::tr(" (at %1)").arg(at);
        }
        html += QStringLiteral("<br><span style=\"color:%1\">■</span> %2: <b>%3</b>")
                    .arg(s.color.name(), s.name.toHtmlEscaped(), value.toHtmlEscaped());
        plain += QStringLiteral("\n%1: %2").arg(s.name, value);
    }
    m_x = mapping.toDisplay(refX);
    m_tip->setText(html);
    m_tip->setProperty(kPlainTextProperty, plain);
    return true;
}

void CurveHoverTip::appendEvent(const QString& kindName, const QString& text) {
    m_tip->setText(m_tip->text() + QStringLiteral("<br><i>%1</i>: %2").arg(kindName.toHtmlEscaped(), text.toHtmlEscaped()));
    m_tip->setProperty(kPlainTextProperty, m_tip->property(kPlainTextProperty).toString() + QLatin1Char('\n') + kindName +
                                               QStringLiteral(": ") + text);
}

void CurveHoverTip::placeNear(const QPoint& at) {
    constexpr int kTipOffsetPx = 14;  // from the cursor, so the tip never hides what it describes
    m_tip->adjustSize();
    const QWidget* chart = m_tip->parentWidget();
    const QSize size = m_tip->size();
    int x = at.x() + kTipOffsetPx;
    if (x + size.width() > chart->width()) x = at.x() - kTipOffsetPx - size.width();  // flip to the left of the cursor
    int y = at.y() + kTipOffsetPx;
    if (y + size.height() > chart->height()) y = at.y() - kTipOffsetPx - size.height();
    x = std::clamp(x, 0, std::max(0, chart->width() - size.width()));
    y = std::clamp(y, 0, std::max(0, chart->height() - size.height()));
    m_tip->move(x, y);
}

void CurveHoverTip::reveal() {
    m_tip->adjustSize();
    m_tip->show();
    m_tip->raise();
}

bool CurveHoverTip::hide() {
    if (m_pinned) return false;
    m_x = std::numeric_limits<double>::quiet_NaN();
    m_tip->hide();
    m_tip->setProperty(kPlainTextProperty, QString());
    return true;
}

bool CurveHoverTip::setPinned(bool pinned) {
    constexpr int kPinnedFrameWidth = 2;
    if (pinned && !m_tip->isVisible()) return false;
    m_pinned = pinned;
    m_tip->setFrameShadow(pinned ? QFrame::Sunken : QFrame::Plain);
    m_tip->setLineWidth(pinned ? kPinnedFrameWidth : 1);
    return true;
}

bool CurveHoverTip::isShown() const {
    return m_tip->isVisible();
}

QString CurveHoverTip::plainText() const {
    return m_tip->isVisible() ? m_tip->property(kPlainTextProperty).toString() : QString();
}

void CurveHoverTip::paintCrosshair(QPainter* painter, const QRectF& plot, const CurveSeriesModel& model,
                                   const CurveXMapping& mapping, const ViewXOf& viewXOf,
                                   const ViewPointOf& viewPointOf) const {
    constexpr int kCrosshairAlpha = 110;
    constexpr int kPinnedCrosshairAlpha = 160;
    constexpr qreal kDotOutlineWidth = 1.5;
    constexpr qreal kCrosshairDotRadius = 3.5;
    if (std::isnan(m_x) || !m_tip->isVisible()) return;
    const double x = viewXOf(m_x);
    if (!std::isfinite(x) || x < plot.left() || x > plot.right()) return;
    const int alpha = m_pinned ? kPinnedCrosshairAlpha : kCrosshairAlpha;
    QPen pen(QColor(0, 0, 0, alpha), 1.0, m_pinned ? Qt::SolidLine : Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    painter->setRenderHint(QPainter::Antialiasing, true);
    const double native = mapping.toNative(m_x);
    for (int id = 0; id < model.count(); ++id) {
        const CurveSeries& s = model.at(id);
        if (s.hidden) continue;
        const int i = model.indexAt(id, native);  // only series with a value at this x
        if (i < 0) continue;
        const QPoint px = viewPointOf(m_x, s.raw[i].y());
        if (!plot.contains(px)) continue;
        painter->setPen(QPen(Qt::white, kDotOutlineWidth));
        painter->setBrush(s.color);
        painter->drawEllipse(QPointF(px), kCrosshairDotRadius, kCrosshairDotRadius);
    }
    painter->setBrush(Qt::NoBrush);
}

}  // namespace ts
