#include "ui/charts/CurveAxes.h"

#include "ui/charts/ChartMath.h"
#include "ui/charts/CurveChart.h"
#include "ui/charts/CurveSeriesModel.h"

#include <QChart>
#include <QFontMetrics>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPointF>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

constexpr int kMinPixelsPerXTick = 28;
constexpr int kXLabelGap = 28;
constexpr double kLogAxisDecade = 10.0;
constexpr QPointF kEmptyLogRange(0.1, 10.0);  // range of an empty log axis (min, max), as xRange() gives it

/// 1, 2, 2.5 or 5 times a power of ten, at least `raw` (the shared rule, core/plot/Ticks.h).
double niceStep(double raw) { return ts::niceStep(raw, 1); }

/// printf-style label format that shows multiples of `step` without noise digits.
QString labelFormatFor(double step) {
    constexpr int kMaxFixedDecimals = 3;
    int decimals = 0;
    while (decimals <= kMaxFixedDecimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) break;
        ++decimals;
    }
    if (decimals > kMaxFixedDecimals) return QStringLiteral("%g");  // tiny steps: "0" and "0.00025", not "0.00000"
    return QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f");
}

double axisMin(const QAbstractAxis* axis) {
    if (auto* v = qobject_cast<const QValueAxis*>(axis)) return v->min();
    if (auto* l = qobject_cast<const QLogValueAxis*>(axis)) return l->min();
    return 0.0;
}

double axisMax(const QAbstractAxis* axis) {
    if (auto* v = qobject_cast<const QValueAxis*>(axis)) return v->max();
    if (auto* l = qobject_cast<const QLogValueAxis*>(axis)) return l->max();
    return 1.0;
}

void setAxisRange(QAbstractAxis* axis, double lo, double hi) {
    if (auto* v = qobject_cast<QValueAxis*>(axis)) v->setRange(lo, hi);
    else if (auto* l = qobject_cast<QLogValueAxis*>(axis)) l->setRange(lo, hi);
}

/// A fresh linear or log axis with the chart's grid style.
QAbstractAxis* makeAxis(bool log, const QString& title) {
    constexpr int kMinorGridAlpha = 12;  // of 255: fainter than the major grid
    QAbstractAxis* axis = nullptr;
    if (log) {
        auto* l = new QLogValueAxis();
        l->setBase(kLogAxisDecade);
        l->setLabelFormat(QStringLiteral("%g"));
        l->setMinorTickCount(-1);
        l->setRange(kEmptyLogRange.x(), kEmptyLogRange.y());
        axis = l;
    } else {
        auto* v = new QValueAxis();
        v->setRange(0.0, 1.0);
        axis = v;
    }
    axis->setGridLineColor(chartGridColor());
    axis->setMinorGridLineColor(QColor(0, 0, 0, kMinorGridAlpha));
    axis->setTitleText(title);
    return axis;
}

}  // namespace

CurveAxes::CurveAxes(QChart* chart) : m_chart(chart) {
    setLogScales(false, false, {});
}

void CurveAxes::setTitles(const QString& xTitle, const QString& yTitle) {
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    m_axisY->setTitleText(yTitle);
}

void CurveAxes::setYBounds(double lo, double hi) {
    m_yBoundLo = lo;
    m_yBoundHi = hi;
}

void CurveAxes::setLogScales(bool logX, bool logY, const QVector<QLineSeries*>& lines) {
    m_logX = logX;
    m_logY = logY;
    for (QAbstractAxis* axis : {m_axisX, m_axisY}) {
        if (!axis) continue;
        m_chart->removeAxis(axis);  // detaches it from every series; ownership comes back to us
        delete axis;
    }
    m_axisX = makeAxis(m_logX, m_xTitle);
    m_axisY = makeAxis(m_logY, m_yTitle);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries* line : lines) attach(line);
}

void CurveAxes::attach(QLineSeries* line) const {
    line->attachAxis(m_axisX);
    line->attachAxis(m_axisY);
}

void CurveAxes::fitX(const CurveXAxisFit& fit, const CurveXMapping& mapping) {
    QString title = mapping.showsNative() && !m_xTitle.isEmpty() ? m_xTitle : xAxisTitle(mapping.shownKind());
    if (m_logX) title += CurveChart::tr(" (log)");
    m_axisX->setTitleText(title);
    // An empty chart shows its grid and "Waiting for data…", not meaningless 0..1 labels.
    m_axisX->setLabelsVisible(fit.haveX);
    if (!fit.haveX) {
        setAxisRange(m_axisX, m_logX ? 1.0 : 0.0, m_logX ? kLogAxisDecade : 1.0);
        return;
    }
    double xLo = fit.lo, xHi = fit.hi;
    if (m_logX) {
        if (xHi <= xLo) xHi = xLo * kLogAxisDecade;
        setAxisRange(m_axisX, xLo, xHi);
        return;
    }
    if (!fit.zoomed) fitLinearXTicks(xLo, xHi, fit.markers, mapping);
    else fitZoomedXTicks(xLo, xHi);  // the exact window, with ticks on round values inside it
    setAxisRange(m_axisX, xLo, xHi);
}

void CurveAxes::fitLinearXTicks(double& xLo, double& xHi, bool markers, const CurveXMapping& mapping) {
    constexpr double kMinEpochSpanForIntegerTicks = 2.0;
    constexpr double kMarkerXPadFraction = 0.03;
    constexpr double kIntegerMarkerPad = 0.5;  // half a step (an epoch) beside the first and last marker
    const bool integerTicks = (m_integerX && mapping.showsNative()) ||
                              (mapping.shownKind() == XAxisKind::Epoch && xHi - xLo >= kMinEpochSpanForIntegerTicks);
    double span = xHi - xLo;
    if (span <= 0.0) span = integerTicks ? 1.0 : std::max(1.0, std::fabs(xLo));
    // Space ticks by the width of the widest label, so "1 2 3 4 5" epochs all get one.
    const QFontMetrics metrics(m_axisX->labelsFont());
    const double plotWidth = std::max(1.0, m_chart->plotArea().width());
    const double labelWidth = metrics.horizontalAdvance(QString::number(std::max(std::fabs(xLo), std::fabs(xHi)), 'f', 0));
    const double pixelsPerTick = std::max<double>(kMinPixelsPerXTick, labelWidth + kXLabelGap);
    double step = niceStep(span / std::max(1.0, plotWidth / pixelsPerTick));
    if (integerTicks) step = std::max(1.0, std::round(step));
    if (markers) {
        const double pad = std::max(span * kMarkerXPadFraction, integerTicks ? kIntegerMarkerPad : 0.0);
        xLo -= pad;
        xHi += pad;
    } else {
        // Start on a tick (usually 0) but end at the data: a live curve should reach the right edge.
        xLo = std::floor(xLo / step) * step;
        if (xHi <= xLo) xHi = xLo + step;
    }
    setTicks(m_axisX, step);
}

void CurveAxes::fitZoomedXTicks(double xLo, double xHi) {
    const double plotWidth = std::max(1.0, m_chart->plotArea().width());
    setTicks(m_axisX, niceStep((xHi - xLo) / std::max(1.0, plotWidth / (kMinPixelsPerXTick + 2 * kXLabelGap))));
}

void CurveAxes::setTicks(QAbstractAxis* axis, double step) const {
    auto* valueAxis = qobject_cast<QValueAxis*>(axis);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0.0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(labelFormatFor(step));
}

void CurveAxes::fitY(const CurveYExtent& extent) {
    constexpr double kYPadFraction = 0.05;
    constexpr int kPixelsPerYTick = 45;
    constexpr double kFlatYSpanFraction = 0.1;  // a flat curve's y axis spans 10% of its value
    constexpr double kMinYSpan = 1e-9;
    const bool haveY = extent.valid();
    m_axisY->setLabelsVisible(haveY);
    if (auto* logAxis = qobject_cast<QLogValueAxis*>(m_axisY)) {
        logAxis->setTitleText(m_yTitle + CurveChart::tr(" (log)"));
        if (!haveY) {
            logAxis->setRange(kEmptyLogRange.x(), kEmptyLogRange.y());
            return;
        }
        const double lo = std::pow(10.0, std::floor(std::log10(extent.lo)));
        double hi = std::pow(10.0, std::ceil(std::log10(extent.hi)));
        if (hi <= lo) hi = lo * kLogAxisDecade;
        logAxis->setRange(lo, hi);
        return;
    }
    auto* axis = qobject_cast<QValueAxis*>(m_axisY);
    if (!axis) return;
    axis->setTitleText(m_yTitle);
    if (!haveY) {
        axis->setRange(std::isfinite(m_yBoundLo) ? m_yBoundLo : 0.0, std::isfinite(m_yBoundHi) ? m_yBoundHi : 1.0);
        return;
    }
    const double yMin = extent.lo, yMax = extent.hi;
    double span = yMax - yMin;
    if (span <= 0.0) span = std::max(std::fabs(yMax) * kFlatYSpanFraction, kMinYSpan);
    const double plotHeight = std::max(1.0, m_chart->plotArea().height());
    const double step = niceStep((span * (1.0 + 2.0 * kYPadFraction)) / std::max(2.0, plotHeight / kPixelsPerYTick));
    double lo = std::floor((yMin - span * kYPadFraction) / step) * step;
    double hi = std::ceil((yMax + span * kYPadFraction) / step) * step;
    if (yMin >= 0.0 && lo < 0.0) lo = 0.0;  // non-negative data (loss, lr) never needs a negative axis
    lo = std::max(lo, m_yBoundLo);
    hi = std::min(hi, m_yBoundHi);
    if (hi <= lo) hi = lo + step;
    setTicks(axis, step);
    axis->setRange(lo, hi);
}

QPointF CurveAxes::xRange() const {
    return QPointF(axisMin(m_axisX), axisMax(m_axisX));
}

QPointF CurveAxes::yRange() const {
    return QPointF(axisMin(m_axisY), axisMax(m_axisY));
}

CurveLinearSpan CurveAxes::linearX() const {
    const AxisScale scale{m_logX};
    return CurveLinearSpan{scale.toLinear(axisMin(m_axisX)).value_or(0.0), scale.toLinear(axisMax(m_axisX)).value_or(1.0)};
}

double CurveAxes::displayXAt(double viewX, const QRect& plot) const {
    if (plot.width() <= 0) return std::numeric_limits<double>::quiet_NaN();
    const CurveLinearSpan u = linearX();
    return AxisScale{m_logX}.fromLinear(u.lo + (u.hi - u.lo) * (viewX - plot.left()) / plot.width());
}

double CurveAxes::viewXFor(double displayX, const QRect& plot) const {
    const auto u = AxisScale{m_logX}.toLinear(displayX);
    if (!u) return std::numeric_limits<double>::quiet_NaN();
    const CurveLinearSpan span = linearX();
    if (!(span.hi > span.lo)) return std::numeric_limits<double>::quiet_NaN();
    return plot.left() + plot.width() * (*u - span.lo) / (span.hi - span.lo);
}

double CurveAxes::viewYFor(double y, const QRect& plot) const {
    const AxisScale scale{m_logY};
    const double vLo = scale.toLinear(axisMin(m_axisY)).value_or(0.0);
    const double vHi = scale.toLinear(axisMax(m_axisY)).value_or(1.0);
    const double v = scale.toLinear(y).value_or(vLo);
    return plot.bottom() - plot.height() * (v - vLo) / std::max(1e-300, vHi - vLo);
}

}  // namespace ts
