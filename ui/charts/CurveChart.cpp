#include "ui/charts/CurveChart.h"

#include "ui/charts/CurveAxes.h"
#include "ui/charts/CurveChartMenu.h"
#include "ui/charts/CurveChartView.h"
#include "ui/charts/CurveHoverTip.h"
#include "ui/charts/CurveRefreshPacer.h"
#include "ui/common/FileWrite.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts {

namespace {

constexpr int kMinBuckets = 64;
constexpr int kMaxBuckets = 4096;
constexpr int kFallbackBuckets = 1000;  // before the widget has been laid out
constexpr int kFaintAlpha = 50;
constexpr qreal kLineWidth = 2.2;
constexpr qreal kFaintWidth = 1.0;
constexpr qreal kMarkerLineWidth = 1.5;
constexpr qreal kMarkerSize = 6.0;
constexpr qreal kDotSize = 3.5;
constexpr int kNoteMarginPx = 6;
constexpr int kDimmedLegendAlpha = 90;
constexpr qreal kLegendFontScale = 0.9;
constexpr qreal kNoteFontScale = 0.85;
const QMargins kChartMargins(6, 4, 10, 4);
const QColor kNoteBackground(255, 250, 230, 230);
const QColor kNoteText(0x8a, 0x5a, 0x00);

/// The pen a series of this colour and style is drawn with.
QPen seriesPen(const QColor& color, CurveChart::SeriesStyle style) {
    QPen pen(color);
    pen.setCosmetic(true);
    switch (style) {
    case CurveChart::SeriesStyle::Line:
        pen.setWidthF(kLineWidth);
        break;
    case CurveChart::SeriesStyle::FaintLine: {
        QColor faint = color;
        faint.setAlpha(kFaintAlpha);
        pen.setColor(faint);
        pen.setWidthF(kFaintWidth);
        break;
    }
    case CurveChart::SeriesStyle::LineWithMarkers:
    case CurveChart::SeriesStyle::LineWithDots:
        pen.setWidthF(kMarkerLineWidth);
        break;
    case CurveChart::SeriesStyle::DashedLine:
        pen.setWidthF(kMarkerLineWidth);
        pen.setStyle(Qt::DashLine);
        break;
    }
    return pen;
}

}  // namespace

CurveChart::CurveChart(const QString& title, QWidget* parent) : QWidget(parent) {
    m_chart = new QChart();
    m_chart->setTitle(title);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setMargins(kChartMargins);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * kLegendFontScale);
    m_chart->legend()->setFont(legendFont);
    m_axes = std::make_unique<CurveAxes>(m_chart);

    m_view = new CurveChartView(m_chart, this, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_hover = std::make_unique<CurveHoverTip>(this);
    m_pacer = std::make_unique<CurveRefreshPacer>(this, [this]() { refreshNow(); });
}

CurveChart::~CurveChart() {
    delete m_view;  // the view (and the QChart it owns) calls back into the helpers: let it go while they live
}

// ---------------------------------------------------------------------------------------------
// Series and smoothing

int CurveChart::addSeries(const QString& name, SeriesStyle style) {
    return addSeries(name, seriesColor(seriesColorKey(name)), style);
}

void CurveChart::renameSeries(int id, const QString& name) {
    if (!m_model.contains(id)) return;
    m_model.rename(id, name);
    m_lines[id]->setName(name);
}

int CurveChart::addSeries(const QString& name, const QColor& color, SeriesStyle style) {
    auto* line = new QLineSeries();
    line->setName(name);
    const QPen pen = seriesPen(color, style);
    if (style == SeriesStyle::LineWithMarkers || style == SeriesStyle::LineWithDots) {
        line->setPointsVisible(true);
        line->setMarkerSize(style == SeriesStyle::LineWithDots ? kDotSize : kMarkerSize);
    }
    line->setPen(pen);
    line->setColor(pen.color());
    m_chart->addSeries(line);
    m_axes->attach(line);

    const int id = m_model.add(name, color, style);
    m_lines.append(line);
    const auto markers = m_chart->legend()->markers(line);
    for (QLegendMarker* marker : markers) {
        marker->setShape(QLegend::MarkerShapeFromSeries);
        connect(marker, &QLegendMarker::clicked, this, [this, id]() { toggleSeriesVisible(id); });
    }
    return id;
}

int CurveChart::seriesCount() const {
    return m_model.count();
}

int CurveChart::seriesId(const QString& name) const {
    return m_model.idOf(name);
}

QString CurveChart::seriesName(int id) const {
    return m_model.contains(id) ? m_model.at(id).name : QString();
}

QColor CurveChart::seriesColorOf(int id) const {
    return m_model.contains(id) ? m_model.at(id).color : QColor();
}

void CurveChart::appendPoints(int id, const QVector<QPointF>& points) {
    if (!m_model.contains(id) || points.isEmpty()) return;
    if (!m_model.append(id, points)) {
        qWarning("CurveChart::appendPoints: series %d is smoothed; append to its source instead", id);
        return;
    }
    m_pacer->scheduleLive();
}

void CurveChart::appendPoint(int id, const QPointF& point) {
    appendPoints(id, QVector<QPointF>{point});
}

void CurveChart::setSmoothedSource(int smoothedId, int rawId) {
    if (m_model.setSmoothedSource(smoothedId, rawId)) m_pacer->scheduleInteractive();
}

void CurveChart::setSmoothing(double weight) {
    if (m_model.setSmoothing(weight)) m_pacer->scheduleInteractive();
}

double CurveChart::smoothing() const {
    return m_model.smoothing();
}

void CurveChart::setSmoothingMode(SmoothingMode mode) {
    if (!m_model.setSmoothingMode(mode)) return;
    m_pacer->scheduleInteractive();
    Q_EMIT viewOptionsChanged();
}

CurveChart::SmoothingMode CurveChart::smoothingMode() const {
    return m_model.smoothingMode();
}

void CurveChart::setSmoothCurve(int id, bool smooth) {
    if (m_model.setSmoothCurve(id, smooth)) m_pacer->scheduleInteractive();
}

void CurveChart::setSeriesVisible(int id, bool visible) {
    if (!m_model.contains(id) || m_model.at(id).hidden == !visible) return;
    toggleSeriesVisible(id);
}

bool CurveChart::isSeriesVisible(int id) const {
    return m_model.contains(id) && !m_model.at(id).hidden;
}

void CurveChart::toggleSeriesVisible(int id) {
    if (!m_model.contains(id)) return;
    const bool hidden = !m_model.at(id).hidden;
    m_model.setHidden(id, hidden);
    QLineSeries* line = m_lines[id];
    line->setVisible(!hidden);
    const auto markers = m_chart->legend()->markers(line);
    for (QLegendMarker* marker : markers) {
        marker->setVisible(true);  // hiding a series hides its marker; keep it so it can be clicked again
        QColor label = palette().color(QPalette::WindowText);
        if (hidden) label.setAlpha(kDimmedLegendAlpha);
        marker->setLabelBrush(label);
        QFont f = marker->font();
        f.setStrikeOut(hidden);
        marker->setFont(f);
    }
    markAllDirty();
    refreshNow();
}

void CurveChart::clear() {
    m_model.clear();
    m_events.clear();
    const bool wasZoomed = dropZoomAndPin();
    refreshNow();
    if (wasZoomed) Q_EMIT zoomChanged(false);
}

bool CurveChart::dropZoomAndPin() {
    m_hover->dropPin();
    hideHover();
    return m_zoom.setZoomed(false);
}

// ---------------------------------------------------------------------------------------------
// Axes and x units

void CurveChart::setAxisTitles(const QString& xTitle, const QString& yTitle) {
    m_axes->setTitles(xTitle, yTitle);
    m_pacer->scheduleInteractive();
}

void CurveChart::setYBounds(double lo, double hi) {
    m_axes->setYBounds(lo, hi);
    m_pacer->scheduleInteractive();
}

void CurveChart::setIntegerX(bool integer) {
    m_axes->setIntegerX(integer);
    m_pacer->scheduleInteractive();
}

void CurveChart::setLogY(bool logY) {
    if (logY == m_axes->logY()) return;
    m_axes->setLogScales(m_axes->logX(), logY, m_lines);
    markAllDirty();
    refreshNow();
    Q_EMIT viewOptionsChanged();
}

bool CurveChart::logY() const {
    return m_axes->logY();
}

void CurveChart::setLogX(bool logX) {
    if (logX == m_axes->logX()) return;
    const bool wasZoomed = m_zoom.setZoomed(false);  // a linear zoom window means nothing on a log axis
    m_axes->setLogScales(logX, m_axes->logY(), m_lines);
    markAllDirty();
    refreshNow();
    if (wasZoomed) Q_EMIT zoomChanged(false);
    Q_EMIT viewOptionsChanged();
}

bool CurveChart::logX() const {
    return m_axes->logX();
}

void CurveChart::setYRangeMode(YRangeMode mode) {
    if (mode == m_yRangeMode) return;
    m_yRangeMode = mode;
    refreshNow();
    Q_EMIT viewOptionsChanged();
}

CurveChart::YRangeMode CurveChart::yRangeMode() const {
    return m_yRangeMode;
}

void CurveChart::setTimeline(const RunTimeline* timeline) {
    m_mapping.setTimeline(timeline);
    markAllDirty();
    m_pacer->scheduleInteractive();
    Q_EMIT viewOptionsChanged();
}

void CurveChart::setNativeXKind(XAxisKind kind) {
    m_mapping.setNativeKind(kind);
    markAllDirty();
    m_pacer->scheduleInteractive();
}

void CurveChart::setXAxisKind(XAxisKind kind) {
    if (kind != m_mapping.nativeKind() && !m_mapping.timeline()) return;
    if (kind == m_mapping.shownKind()) return;
    m_mapping.setShownKind(kind);
    const bool wasZoomed = dropZoomAndPin();
    markAllDirty();
    refreshNow();
    if (wasZoomed) Q_EMIT zoomChanged(false);
    Q_EMIT viewOptionsChanged();
}

const RunTimeline* CurveChart::timeline() const {
    return m_mapping.timeline();
}

XAxisKind CurveChart::xAxisKind() const {
    return m_mapping.shownKind();
}

void CurveChart::timelineChanged() {
    if (m_mapping.showsNative()) return;
    markAllDirty();
    m_pacer->scheduleLive();
}

double CurveChart::toDisplayX(double nativeX) const {
    return m_mapping.toDisplay(nativeX);
}

double CurveChart::toNativeX(double displayX) const {
    return m_mapping.toNative(displayX);
}

QPointF CurveChart::xRange() const {
    return m_axes->xRange();
}

QPointF CurveChart::yRange() const {
    return m_axes->yRange();
}

QString CurveChart::hiddenValuesNote() const {
    QStringList parts;
    const QString xs = m_model.hiddenX().describe(tr("x"));
    const QString ys = m_model.hiddenY().describe(tr("y"));
    if (!xs.isEmpty()) parts << xs;
    if (!ys.isEmpty()) parts << ys;
    if (m_outsideRange > 0)
        parts << tr("%n outlier value(s) outside the y range (right-click ▸ Fit y to data)", nullptr, int(m_outsideRange));
    return parts.join(QStringLiteral(" · "));
}

// ---------------------------------------------------------------------------------------------
// Event markers

void CurveChart::addEventMarker(double x, EventKind kind, const QString& text) {
    m_events.add(x, kind, text);
    m_view->viewport()->update();
}

QVector<CurveChart::EventMarker> CurveChart::eventMarkers() const {
    return m_events.all();
}

void CurveChart::setEventsVisible(bool visible) {
    if (!m_events.setVisible(visible)) return;
    m_view->viewport()->update();
    Q_EMIT viewOptionsChanged();
}

bool CurveChart::eventsVisible() const {
    return m_events.isVisible();
}

QString CurveChart::eventKindName(EventKind kind) {
    return CurveEventMarkers::kindName(kind);
}

// ---------------------------------------------------------------------------------------------
// Zoom and pan

void CurveChart::setXZoom(double lo, double hi) {
    const bool changed = !m_zoom.isZoomed();
    if (!m_zoom.zoomTo(lo, hi, m_axes->logX())) return;
    markAllDirty();
    refreshNow();
    if (changed) Q_EMIT zoomChanged(true);
}

void CurveChart::resetZoom() {
    if (!m_zoom.isZoomed()) return;
    m_zoom.setZoomed(false);
    markAllDirty();
    refreshNow();
    Q_EMIT zoomChanged(false);
}

bool CurveChart::isZoomed() const {
    return m_zoom.isZoomed();
}

void CurveChart::zoomToViewPixels(int x0, int x1) {
    const QRect plot = m_view->plotRectInView();
    const double lo = m_axes->displayXAt(x0, plot);
    const double hi = m_axes->displayXAt(x1, plot);
    if (std::isfinite(lo) && std::isfinite(hi)) setXZoom(lo, hi);
}

void CurveChart::panByPixels(int dx) {
    const QRect plot = m_view->plotRectInView();
    if (plot.width() <= 0 || dx == 0 || !m_model.hasData()) return;
    const CurveLinearSpan moved = CurveZoomPan::panned(m_axes->linearX(), dx, plot.width());
    const AxisScale scale{m_axes->logX()};
    setXZoom(scale.fromLinear(moved.lo), scale.fromLinear(moved.hi));
}

void CurveChart::zoomAroundPixel(int px, double factor) {
    const QRect plot = m_view->plotRectInView();
    if (plot.width() <= 0 || !(factor > 0.0) || !m_model.hasData()) return;
    const AxisScale scale{m_axes->logX()};
    const CurveLinearSpan window = CurveZoomPan::scaledAround(m_axes->linearX(), plot.left(), plot.width(), px, factor);
    if (factor > 1.0 && m_zoom.isZoomed()) {
        // Zooming out past the data returns to the automatic full view.
        const bool wasZoomed = m_zoom.setZoomed(false);
        refreshNow();
        const QPointF full = m_axes->xRange();
        const CurveLinearSpan fullSpan{scale.toLinear(full.x()).value_or(window.lo),
                                       scale.toLinear(full.y()).value_or(window.hi)};
        if (CurveZoomPan::covers(window, fullSpan)) {
            if (wasZoomed) Q_EMIT zoomChanged(false);
            return;
        }
        m_zoom.setZoomed(wasZoomed);
    } else if (factor > 1.0) {
        return;  // already showing everything
    }
    setXZoom(scale.fromLinear(window.lo), scale.fromLinear(window.hi));
}

// ---------------------------------------------------------------------------------------------
// Refresh

int CurveChart::rawCount(int id) const {
    return m_model.contains(id) ? static_cast<int>(m_model.at(id).raw.size()) : 0;
}

int CurveChart::displayedCount(int id) const {
    return m_model.contains(id) ? static_cast<int>(m_lines[id]->count()) : 0;
}

QVector<QPointF> CurveChart::rawPoints(int id) const {
    return m_model.contains(id) ? m_model.at(id).raw : QVector<QPointF>();
}

QVector<QPointF> CurveChart::displayedPoints(int id) const {
    return m_model.contains(id) ? m_model.at(id).displayed : QVector<QPointF>();
}

double CurveChart::lastRefreshMs() const {
    return m_pacer->lastRefreshMs();
}

QChart* CurveChart::chart() const {
    return m_chart;
}

void CurveChart::markAllDirty() {
    m_model.markAllDirty();
}

int CurveChart::bucketCount() const {
    const int width = static_cast<int>(m_chart->plotArea().width());
    if (width <= 1) return kFallbackBuckets;
    return std::clamp(width, kMinBuckets, kMaxBuckets);
}

void CurveChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    markAllDirty();
    m_pacer->scheduleInteractive();
}

void CurveChart::refreshNow() {
    m_pacer->refreshStarted();
    CurveXAxisFit xFit;
    bool rangeChanged = false;
    const CurveDisplayWindow window = displayWindow(xFit, rangeChanged);
    updateLines(window, rangeChanged);
    CurveYExtent y = m_model.visibleYExtent();
    const bool narrow = m_yRangeMode == YRangeMode::IgnoreOutliers && y.valid();
    m_outsideRange = narrow ? m_model.narrowToRobustRange(y, window.yScale) : 0;
    m_axes->fitX(xFit, m_mapping);
    m_axes->fitY(y);
    // Values under a pinned crosshair move with the data.
    if (!std::isnan(m_hover->crosshairX()) && m_hover->isShown()) hoverAt(m_hover->crosshairX());
    // New axis ranges and labels relayout the chart through a posted request; settle it now so that the
    // refresh paints once, not once before the relayout and again after it.
    QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
    m_view->viewport()->update();
    m_pacer->refreshFinished();
}

CurveDisplayWindow CurveChart::displayWindow(CurveXAxisFit& fit, bool& rangeChanged) {
    CurveDisplayWindow window;
    window.mapping = m_mapping;
    window.xScale = AxisScale{m_axes->logX()};
    window.yScale = AxisScale{m_axes->logY()};
    window.zoomed = m_zoom.isZoomed();
    // Visible x range in displayed units: the zoom window, or everything any visible series holds.
    const CurveXExtent data = m_model.visibleXExtent(m_mapping, window.xScale);
    const double lo = window.zoomed ? m_zoom.lo() : data.lo;
    const double hi = window.zoomed ? m_zoom.hi() : data.hi;
    window.haveX = lo <= hi && window.xScale.accepts(lo);
    window.buckets = bucketCount();
    rangeChanged = lo != m_lastLo || hi != m_lastHi || window.buckets != m_lastBuckets;
    m_lastLo = lo;
    m_lastHi = hi;
    m_lastBuckets = window.buckets;
    if (window.haveX) {
        window.uLo = *window.xScale.toLinear(lo);
        window.uHi = window.xScale.toLinear(hi).value_or(window.uLo);
        window.nativeLo = m_mapping.toNative(lo);
        window.nativeHi = m_mapping.toNative(hi);
    }
    fit = CurveXAxisFit{lo, hi, window.haveX, data.markers, window.zoomed};
    return window;
}

void CurveChart::updateLines(const CurveDisplayWindow& window, bool rangeChanged) {
    for (int id = 0; id < m_model.count(); ++id)
        if (m_model.updateDisplayed(id, window, rangeChanged)) m_lines[id]->replace(m_model.at(id).displayed);
}

bool CurveChart::saveImage(const QString& path) {
    refreshNow();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    return grab().save(&buffer, "PNG") && saveFileAtomically(path, png, nullptr);
}

// ---------------------------------------------------------------------------------------------
// Hover read-out

double CurveChart::viewXFor(double displayX) const {
    return m_axes->viewXFor(displayX, m_view->plotRectInView());
}

double CurveChart::viewXOfNative(double nativeX) const {
    return viewXFor(m_mapping.toDisplay(nativeX));
}

QPoint CurveChart::pixelFor(double displayX, double y) const {
    const QRect plot = m_view->plotRectInView();
    const double py = m_axes->viewYFor(y, plot);
    const double px = m_axes->viewXFor(displayX, plot);
    return m_view->viewport()->mapTo(this, QPoint(static_cast<int>(std::lround(std::isfinite(px) ? px : plot.left())),
                                                  static_cast<int>(std::lround(py))));
}

void CurveChart::hoverAt(double displayX) {
    if (!std::isfinite(displayX) || !m_model.hasData() ||
        !m_hover->setValuesAt(displayX, m_model, m_mapping, m_axes->xTitle())) {
        hideHover();
        return;
    }
    if (!m_hover->isShown()) {
        const QPoint at(static_cast<int>(viewXFor(m_hover->crosshairX())), m_view->plotRectInView().center().y());
        m_hover->placeNear(m_view->viewport()->mapTo(this, at));
    }
    m_hover->reveal();
    m_view->viewport()->update();
}

void CurveChart::hoverAtViewPixel(const QPoint& viewPos) {
    if (m_hover->isPinned()) return;
    const QRect plot = m_view->plotRectInView();
    if (!plot.contains(viewPos) || !m_model.hasData()) {
        hideHover();
        return;
    }
    const double dx = m_axes->displayXAt(viewPos.x(), plot);
    if (!std::isfinite(dx)) return;
    hoverAt(dx);
    // hoverAt() snapped the crosshair to a data point; the tooltip follows the mouse.
    const int event = m_events.nearest(viewPos.x(), [this](double x) { return viewXOfNative(x); });
    if (event >= 0) {
        const EventMarker& e = m_events.all()[event];
        m_hover->appendEvent(eventKindName(e.kind), e.text);
    }
    m_hover->placeNear(m_view->viewport()->mapTo(this, viewPos));
}

void CurveChart::hideHover() {
    if (m_hover->hide()) m_view->viewport()->update();
}

void CurveChart::setHoverPinned(bool pinned) {
    if (m_hover->setPinned(pinned)) m_view->viewport()->update();
}

bool CurveChart::isHoverPinned() const {
    return m_hover->isPinned();
}

QString CurveChart::hoverText() const {
    return m_hover->plainText();
}

QWidget* CurveChart::hoverTip() const {
    return m_hover->label();
}

// ---------------------------------------------------------------------------------------------
// What the view asks for

void CurveChart::clickAtViewPixel(const QPoint& viewPos) {  // pin or unpin the tooltip
    const bool pin = !m_hover->isPinned();
    if (pin) hoverAtViewPixel(viewPos);
    setHoverPinned(pin);
    if (!pin) hoverAtViewPixel(viewPos);
}

void CurveChart::resetView() {
    setHoverPinned(false);
    resetZoom();
}

void CurveChart::mouseLeft() {
    if (!m_hover->isPinned()) hideHover();
}

bool CurveChart::escapePressed() {
    if (!m_hover->isPinned()) return false;
    setHoverPinned(false);
    hideHover();
    return true;
}

void CurveChart::contextMenuAt(const QPoint& globalPos) {
    CurveChartMenu(this, m_model.hasSmoothed()).exec(globalPos);
}

void CurveChart::painted(double ms) {
    m_pacer->setLastPaintMs(ms);
}

void CurveChart::paintOverlay(QPainter* painter) {
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    painter->save();
    if (!m_model.hasData()) {
        painter->setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter->drawText(plot, Qt::AlignCenter, tr("Waiting for data…"));
        painter->restore();
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    m_events.paint(painter, plot, [this](double x) { return viewXOfNative(x); });
    m_hover->paintCrosshair(painter, plot, m_model, m_mapping, [this](double x) { return viewXFor(x); },
                            [this](double x, double y) { return m_view->viewport()->mapFrom(this, pixelFor(x, y)); });
    paintNote(painter, plot);
    painter->restore();
}

/// Says what the axes leave out, at the bottom left of the plot.
void CurveChart::paintNote(QPainter* painter, const QRectF& plot) {
    const QString note = hiddenValuesNote();
    if (note.isEmpty()) return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * kNoteFontScale);
    painter->setFont(small);
    const QFontMetrics fm(small);
    const QString text = fm.elidedText(note, Qt::ElideRight, static_cast<int>(plot.width()) - 2 * kNoteMarginPx);
    const QRectF box(plot.left() + kNoteMarginPx, plot.bottom() - fm.height() - kNoteMarginPx,
                     fm.horizontalAdvance(text) + 2 * kNoteMarginPx / 2.0, fm.height());
    painter->fillRect(box.adjusted(-2, 0, 2, 0), kNoteBackground);
    painter->setPen(kNoteText);
    painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
}

}  // namespace ts
