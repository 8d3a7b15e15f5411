#include "ui/charts/CurveChart.h"

#include "ui/charts/ChartImage.h"

#include <QAction>
#include <QActionGroup>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDir>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFontMetrics>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QRubberBand>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <limits>
#include <utility>

namespace ts {

namespace {

// Streaming appends repaint after liveRefreshDelayMs(cost of a refresh and repaint), 250 ms to 2 s: at a
// fixed 40 ms the three charts took a third of a core that the training threads needed (bench/RESULTS.md).
constexpr double kCostAverageWeight = 0.3;   // weight of the newest refresh in the running cost
constexpr int kInteractiveRefreshMs = 16;     // zoom, toggles, resizes: the next frame
constexpr int kMinBuckets = 64;
constexpr int kMaxBuckets = 4096;
constexpr int kFallbackBuckets = 1000;       // before the widget has been laid out
constexpr double kMaxSmoothing = 0.99;
constexpr double kYPadFraction = 0.05;
constexpr double kOutlierPadFraction = 0.10;
constexpr double kOutlierLowQuantile = 0.01;
constexpr double kOutlierHighQuantile = 0.99;
constexpr int kOutlierSampleSize = 50000;    // raw values sampled (evenly) for the robust y range
constexpr double kMarkerXPadFraction = 0.03;
constexpr int kMinPixelsPerXTick = 28;
constexpr int kXLabelGap = 28;
constexpr int kPixelsPerYTick = 45;
constexpr double kMinEpochSpanForIntegerTicks = 2.0;
constexpr int kMinRubberBandPx = 6;
constexpr int kFaintAlpha = 50;
constexpr qreal kLineWidth = 2.2;
constexpr qreal kFaintWidth = 1.0;
constexpr qreal kMarkerLineWidth = 1.5;
constexpr qreal kMarkerSize = 6.0;
constexpr int kMaxFixedDecimals = 3;
constexpr double kWheelZoomBase = 0.85;      // one wheel notch shows 85% of the span
constexpr double kWheelNotch = 120.0;
constexpr int kTipOffsetPx = 14;
constexpr int kEventHoverPx = 5;
constexpr int kMinEventSpacingPx = 3;
constexpr int kEventFlagPx = 5;
constexpr qreal kCrosshairDotRadius = 3.5;
constexpr int kNoteMarginPx = 6;
constexpr int kDimmedLegendAlpha = 90;
constexpr int kValueDigits = 6;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
double niceStep(double raw) {
    if (!(raw > 0.0) || !std::isfinite(raw)) return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10.0;
    if (fraction <= 1.0) nice = 1.0;
    else if (fraction <= 2.0) nice = 2.0;
    else if (fraction <= 2.5) nice = 2.5;
    else if (fraction <= 5.0) nice = 5.0;
    return nice * magnitude;
}

/// printf-style label format that shows multiples of `step` without noise digits.
QString labelFormatFor(double step) {
    int decimals = 0;
    while (decimals <= kMaxFixedDecimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) break;
        ++decimals;
    }
    if (decimals > kMaxFixedDecimals) return QStringLiteral("%g");  // tiny steps: "0" and "0.00025", not "0.00000"
    return QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f");
}

struct YExtent {
    double lo = kInf;
    double hi = -kInf;
    void add(double y) {
        lo = std::min(lo, y);
        hi = std::max(hi, y);
    }
    bool valid() const { return lo <= hi; }
};

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
    QAbstractAxis* axis = nullptr;
    if (log) {
        auto* l = new QLogValueAxis();
        l->setBase(10.0);
        l->setLabelFormat(QStringLiteral("%g"));
        l->setMinorTickCount(-1);
        l->setRange(0.1, 10.0);
        axis = l;
    } else {
        auto* v = new QValueAxis();
        v->setRange(0.0, 1.0);
        axis = v;
    }
    axis->setGridLineColor(QColor(0, 0, 0, 28));
    axis->setMinorGridLineColor(QColor(0, 0, 0, 12));
    axis->setTitleText(title);
    return axis;
}

QColor eventColor(CurveChart::EventKind kind) {
    switch (kind) {
    case CurveChart::EventKind::EpochBoundary: return QColor(0, 0, 0, 45);
    case CurveChart::EventKind::Pause: return QColor(0x99, 0x99, 0x99);
    case CurveChart::EventKind::Resume: return QColor(0x55, 0x55, 0x55);
    case CurveChart::EventKind::LrChange: return QColor(0x2c, 0xa0, 0x2c);
    case CurveChart::EventKind::Checkpoint: return QColor(0x94, 0x67, 0xbd);
    case CurveChart::EventKind::EarlyStop: return QColor(0xd6, 0x27, 0x28);
    case CurveChart::EventKind::Other: return QColor(0x17, 0xbe, 0xcf);
    }
    return QColor(Qt::gray);
}

QString formatValue(double v) {
    return QString::number(v, 'g', kValueDigits);
}

}  // namespace

struct CurveChart::Series {
    QString name;
    QColor color;
    SeriesStyle style = SeriesStyle::Line;
    QVector<QPointF> raw;        // full history, native x (smoothed values for a smoothed series)
    BlockExtremes blocks;        // extremes of raw's y per 64 points, for fast decimation
    QVector<QPointF> displayed;  // what Qt Charts currently holds, displayed x
    QLineSeries* line = nullptr;
    int source = -1;             // raw series this one smooths, -1 for a raw series
    DebiasedEma ema;
    TimeWeightedEma timeEma;
    int consumed = 0;            // source points already folded into the EMA
    YExtent extent;              // y range of the displayed in-range points
    int rangeBegin = 0;          // raw index range inside the visible x range
    int rangeEnd = 0;
    HiddenValues hiddenX;        // in the visible range, not drawable on the x scale
    HiddenValues hiddenY;
    bool dirty = false;
    bool hidden = false;
    bool smoothCurve = false;    // decimated to one point per pixel column (see setSmoothCurve)
};

/// QChartView with rubber-band zoom, pan, wheel/pinch zoom, hover crosshair and overlays.
class CurveChartView : public QChartView {
public:
    CurveChartView(QChart* chart, CurveChart* owner) : QChartView(chart, owner), m_owner(owner) {
        setRenderHint(QPainter::Antialiasing);
        setRubberBand(QChartView::NoRubberBand);  // we zoom ourselves so the data can be re-decimated
        setFrameShape(QFrame::NoFrame);
        setMouseTracking(true);
        viewport()->setMouseTracking(true);
    }

    /// Plot area in viewport coordinates.
    QRect plotRectInView() const {
        return mapFromScene(chart()->mapRectToScene(chart()->plotArea())).boundingRect();
    }

protected:
    enum class Drag { None, Pending, Band, Pan };

    void mousePressEvent(QMouseEvent* event) override {
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

    void mouseMoveEvent(QMouseEvent* event) override {
        const QPoint pos = event->position().toPoint();
        switch (m_drag) {
        case Drag::Pan:
            m_owner->panByPixels(pos.x() - m_lastPanX);
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
        m_owner->hoverAtViewPixel(pos);
        QChartView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent* event) override {
        const Drag drag = std::exchange(m_drag, Drag::None);
        viewport()->unsetCursor();
        if (drag == Drag::Band) {
            m_band->hide();
            const int x0 = m_origin.x();
            const int x1 = event->position().toPoint().x();
            m_owner->zoomToViewPixels(std::min(x0, x1), std::max(x0, x1));
            event->accept();
            return;
        }
        if (drag == Drag::Pending) {  // a click: pin or unpin the tooltip
            const bool pin = !m_owner->isHoverPinned();
            if (pin) m_owner->hoverAtViewPixel(event->position().toPoint());
            m_owner->setHoverPinned(pin);
            if (!pin) m_owner->hoverAtViewPixel(event->position().toPoint());
            event->accept();
            return;
        }
        if (drag == Drag::Pan) {
            event->accept();
            return;
        }
        QChartView::mouseReleaseEvent(event);
    }

    void mouseDoubleClickEvent(QMouseEvent* event) override {
        if (event->button() == Qt::LeftButton) {
            m_owner->setHoverPinned(false);
            m_owner->resetZoom();
            event->accept();
            return;
        }
        QChartView::mouseDoubleClickEvent(event);
    }

    void wheelEvent(QWheelEvent* event) override {
        const QPoint pos = event->position().toPoint();
        const double notches = event->angleDelta().y() / kWheelNotch;
        if (notches == 0.0 || !plotRectInView().contains(pos)) {
            QChartView::wheelEvent(event);
            return;
        }
        m_owner->zoomAroundPixel(pos.x(), std::pow(kWheelZoomBase, notches));
        event->accept();
    }

    bool viewportEvent(QEvent* event) override {
        if (event->type() == QEvent::NativeGesture) {
            auto* gesture = static_cast<QNativeGestureEvent*>(event);
            if (gesture->gestureType() == Qt::ZoomNativeGesture) {
                const QPoint pos = viewport()->mapFromGlobal(gesture->globalPosition().toPoint());
                m_owner->zoomAroundPixel(pos.x(), 1.0 / (1.0 + gesture->value()));
                return true;
            }
        }
        if (event->type() == QEvent::Leave && !m_owner->isHoverPinned()) m_owner->hideHover();
        return QChartView::viewportEvent(event);
    }

    void keyPressEvent(QKeyEvent* event) override {
        if (event->key() == Qt::Key_Escape && m_owner->isHoverPinned()) {
            m_owner->setHoverPinned(false);
            m_owner->hideHover();
            event->accept();
            return;
        }
        QChartView::keyPressEvent(event);
    }

    void contextMenuEvent(QContextMenuEvent* event) override {
        m_owner->showContextMenu(event->globalPos());
        event->accept();
    }

    void drawForeground(QPainter* painter, const QRectF& rect) override {
        QChartView::drawForeground(painter, rect);
        m_owner->paintOverlay(painter);
    }

    void paintEvent(QPaintEvent* event) override {
        QElapsedTimer timer;
        timer.start();
        QChartView::paintEvent(event);
        m_owner->m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
    }

private:
    void updateBand(int x) {
        const QRect plot = plotRectInView();
        const int lo = std::clamp(std::min(x, m_origin.x()), plot.left(), plot.right());
        const int hi = std::clamp(std::max(x, m_origin.x()), plot.left(), plot.right());
        m_band->setGeometry(QRect(QPoint(lo, plot.top()), QPoint(hi, plot.bottom())));
    }

    CurveChart* m_owner;
    QRubberBand* m_band = nullptr;
    QPoint m_origin;
    int m_lastPanX = 0;
    Drag m_drag = Drag::None;
};

CurveChart::CurveChart(const QString& title, QWidget* parent)
    : QWidget(parent), m_yBoundLo(-kInf), m_yBoundHi(kInf) {
    m_chart = new QChart();
    m_chart->setTitle(title);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setMargins(QMargins(6, 4, 10, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_chart->legend()->setFont(legendFont);
    rebuildAxes();

    m_view = new CurveChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_tip = new QLabel(this);
    m_tip->setObjectName(QStringLiteral("chartHoverTip"));
    m_tip->setTextFormat(Qt::RichText);
    m_tip->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_tip->setAutoFillBackground(true);
    m_tip->setFrameShape(QFrame::StyledPanel);
    m_tip->setMargin(4);
    QPalette tipPalette = m_tip->palette();
    tipPalette.setColor(QPalette::Window, QColor(255, 255, 255, 235));
    tipPalette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_tip->setPalette(tipPalette);
    m_tip->hide();

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kInteractiveRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &CurveChart::refreshNow);
}

CurveChart::~CurveChart() {
    qDeleteAll(m_series);
}

int CurveChart::addSeries(const QString& name, SeriesStyle style) {
    return addSeries(name, seriesColor(seriesColorKey(name)), style);
}

int CurveChart::addSeries(const QString& name, const QColor& color, SeriesStyle style) {
    auto* s = new Series();
    s->name = name;
    s->color = color;
    s->style = style;
    s->line = new QLineSeries();
    s->line->setName(name);
    QPen pen(color);
    pen.setCosmetic(true);
    switch (style) {
    case SeriesStyle::Line:
        pen.setWidthF(kLineWidth);
        break;
    case SeriesStyle::FaintLine: {
        QColor faint = color;
        faint.setAlpha(kFaintAlpha);
        pen.setColor(faint);
        pen.setWidthF(kFaintWidth);
        break;
    }
    case SeriesStyle::LineWithMarkers:
        pen.setWidthF(kMarkerLineWidth);
        s->line->setPointsVisible(true);
        s->line->setMarkerSize(kMarkerSize);
        break;
    }
    s->line->setPen(pen);
    s->line->setColor(pen.color());
    m_chart->addSeries(s->line);
    s->line->attachAxis(m_axisX);
    s->line->attachAxis(m_axisY);

    const int id = static_cast<int>(m_series.size());
    m_series.append(s);
    const auto markers = m_chart->legend()->markers(s->line);
    for (QLegendMarker* marker : markers) {
        marker->setShape(QLegend::MarkerShapeFromSeries);
        connect(marker, &QLegendMarker::clicked, this, [this, id]() { toggleSeriesVisible(id); });
    }
    return id;
}

int CurveChart::seriesCount() const {
    return static_cast<int>(m_series.size());
}

int CurveChart::seriesId(const QString& name) const {
    for (int i = 0; i < m_series.size(); ++i)
        if (m_series[i]->name == name) return i;
    return -1;
}

QString CurveChart::seriesName(int id) const {
    return (id >= 0 && id < m_series.size()) ? m_series[id]->name : QString();
}

QColor CurveChart::seriesColorOf(int id) const {
    return (id >= 0 && id < m_series.size()) ? m_series[id]->color : QColor();
}

void CurveChart::appendPoints(int id, const QVector<QPointF>& points) {
    if (id < 0 || id >= m_series.size() || points.isEmpty()) return;
    Series& s = *m_series[id];
    if (s.source >= 0) {
        qWarning("CurveChart::appendPoints: series %d is smoothed; append to its source instead", id);
        return;
    }
    const int from = static_cast<int>(s.raw.size());
    s.raw += points;
    s.dirty = true;
    for (Series* other : std::as_const(m_series)) {
        if (other->source == id) {
            extendSmoothed(*other, s.raw, from);
            other->dirty = true;
        }
    }
    scheduleRefresh(liveRefreshDelayMs(m_liveCostMs));
}

void CurveChart::appendPoint(int id, const QPointF& point) {
    appendPoints(id, QVector<QPointF>{point});
}

void CurveChart::setSmoothedSource(int smoothedId, int rawId) {
    if (smoothedId < 0 || smoothedId >= m_series.size() || smoothedId == rawId) return;
    if (rawId >= m_series.size()) return;
    Series& s = *m_series[smoothedId];
    s.source = rawId;
    recomputeSmoothed(s);
    scheduleRefresh(kInteractiveRefreshMs);
}

void CurveChart::setSmoothing(double weight) {
    weight = std::clamp(weight, 0.0, kMaxSmoothing);
    if (weight == m_smoothing) return;
    m_smoothing = weight;
    for (Series* s : std::as_const(m_series))
        if (s->source >= 0) recomputeSmoothed(*s);
    scheduleRefresh(kInteractiveRefreshMs);
}

double CurveChart::smoothing() const {
    return m_smoothing;
}

void CurveChart::setSmoothingMode(SmoothingMode mode) {
    if (mode == m_smoothingMode) return;
    m_smoothingMode = mode;
    for (Series* s : std::as_const(m_series))
        if (s->source >= 0) recomputeSmoothed(*s);
    scheduleRefresh(kInteractiveRefreshMs);
    Q_EMIT viewOptionsChanged();
}

CurveChart::SmoothingMode CurveChart::smoothingMode() const {
    return m_smoothingMode;
}

void CurveChart::recomputeSmoothed(Series& s) {
    s.raw.clear();
    s.blocks.clear();
    s.ema = DebiasedEma{m_smoothing};
    s.timeEma = TimeWeightedEma{};
    s.timeEma.tau = emaTimeConstant(m_smoothing);
    s.consumed = 0;
    s.dirty = true;
    if (s.source >= 0) extendSmoothed(s, m_series[s.source]->raw, 0);
}

void CurveChart::extendSmoothed(Series& s, const QVector<QPointF>& raw, int from) {
    if (s.raw.isEmpty()) s.raw.reserve(raw.size());  // later appends grow geometrically
    const bool timeWeighted = m_smoothingMode == SmoothingMode::TimeWeighted;
    for (int i = std::max(from, s.consumed); i < raw.size(); ++i) {
        const QPointF& p = raw[i];
        if (!std::isfinite(p.y())) continue;  // a NaN batch must not poison the rest of the curve
        const double v = timeWeighted ? s.timeEma.add(p.x(), p.y()) : s.ema.add(p.y());
        s.raw.append(QPointF(p.x(), v));
    }
    s.consumed = static_cast<int>(raw.size());
}

void CurveChart::setSmoothCurve(int id, bool smooth) {
    if (id < 0 || id >= m_series.size() || m_series[id]->smoothCurve == smooth) return;
    m_series[id]->smoothCurve = smooth;
    m_series[id]->dirty = true;
    scheduleRefresh(kInteractiveRefreshMs);
}

void CurveChart::setSeriesVisible(int id, bool visible) {
    if (id < 0 || id >= m_series.size() || m_series[id]->hidden == !visible) return;
    toggleSeriesVisible(id);
}

bool CurveChart::isSeriesVisible(int id) const {
    return id >= 0 && id < m_series.size() && !m_series[id]->hidden;
}

void CurveChart::clear() {
    for (Series* s : std::as_const(m_series)) {
        s->raw.clear();
        s->raw.squeeze();
        s->blocks.clear();
        s->displayed.clear();
        s->ema.reset();
        s->timeEma.reset();
        s->consumed = 0;
        s->extent = YExtent();
        s->dirty = true;
    }
    m_events.clear();
    m_pinned = false;
    hideHover();
    const bool wasZoomed = m_zoomed;
    m_zoomed = false;
    refreshNow();
    if (wasZoomed) Q_EMIT zoomChanged(false);
}

void CurveChart::setAxisTitles(const QString& xTitle, const QString& yTitle) {
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    m_axisY->setTitleText(yTitle);
    scheduleRefresh(kInteractiveRefreshMs);
}

void CurveChart::setYBounds(double lo, double hi) {
    m_yBoundLo = lo;
    m_yBoundHi = hi;
    scheduleRefresh(kInteractiveRefreshMs);
}

void CurveChart::setIntegerX(bool integer) {
    m_integerX = integer;
    scheduleRefresh(kInteractiveRefreshMs);
}

void CurveChart::setLogY(bool logY) {
    if (logY == m_logY) return;
    m_logY = logY;
    rebuildAxes();
    markAllDirty();
    refreshNow();
    Q_EMIT viewOptionsChanged();
}

bool CurveChart::logY() const {
    return m_logY;
}

void CurveChart::setLogX(bool logX) {
    if (logX == m_logX) return;
    m_logX = logX;
    const bool wasZoomed = std::exchange(m_zoomed, false);  // a linear zoom window means nothing on a log axis
    rebuildAxes();
    markAllDirty();
    refreshNow();
    if (wasZoomed) Q_EMIT zoomChanged(false);
    Q_EMIT viewOptionsChanged();
}

bool CurveChart::logX() const {
    return m_logX;
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
    m_timeline = timeline;
    markAllDirty();
    scheduleRefresh(kInteractiveRefreshMs);
    Q_EMIT viewOptionsChanged();
}

void CurveChart::setNativeXKind(XAxisKind kind) {
    m_nativeKind = kind;
    m_xKind = kind;
    markAllDirty();
    scheduleRefresh(kInteractiveRefreshMs);
}

void CurveChart::setXAxisKind(XAxisKind kind) {
    if (kind != m_nativeKind && !m_timeline) return;
    if (kind == m_xKind) return;
    m_xKind = kind;
    m_pinned = false;
    hideHover();
    const bool wasZoomed = std::exchange(m_zoomed, false);
    markAllDirty();
    refreshNow();
    if (wasZoomed) Q_EMIT zoomChanged(false);
    Q_EMIT viewOptionsChanged();
}

const RunTimeline* CurveChart::timeline() const {
    return m_timeline;
}

XAxisKind CurveChart::xAxisKind() const {
    return m_xKind;
}

void CurveChart::timelineChanged() {
    if (m_xKind == m_nativeKind) return;
    markAllDirty();
    scheduleRefresh(liveRefreshDelayMs(m_liveCostMs));
}

void CurveChart::addEventMarker(double x, EventKind kind, const QString& text) {
    m_events.append(EventMarker{x, kind, text});
    m_view->viewport()->update();
}

QVector<CurveChart::EventMarker> CurveChart::eventMarkers() const {
    return m_events;
}

void CurveChart::setEventsVisible(bool visible) {
    if (visible == m_eventsVisible) return;
    m_eventsVisible = visible;
    m_view->viewport()->update();
    Q_EMIT viewOptionsChanged();
}

bool CurveChart::eventsVisible() const {
    return m_eventsVisible;
}

QString CurveChart::eventKindName(EventKind kind) {
    switch (kind) {
    case EventKind::EpochBoundary: return tr("epoch end");
    case EventKind::Pause: return tr("paused");
    case EventKind::Resume: return tr("resumed");
    case EventKind::LrChange: return tr("learning rate changed");
    case EventKind::Checkpoint: return tr("checkpoint");
    case EventKind::EarlyStop: return tr("early stop");
    case EventKind::Other: return tr("event");
    }
    return QString();
}

void CurveChart::rebuildAxes() {
    for (QAbstractAxis* axis : {m_axisX, m_axisY}) {
        if (!axis) continue;
        m_chart->removeAxis(axis);  // detaches it from every series; ownership comes back to us
        delete axis;
    }
    m_axisX = makeAxis(m_logX, m_xTitle);
    m_axisY = makeAxis(m_logY, m_yTitle);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (Series* s : std::as_const(m_series)) {
        s->line->attachAxis(m_axisX);
        s->line->attachAxis(m_axisY);
    }
}

void CurveChart::setXZoom(double lo, double hi) {
    if (!(hi > lo) || (m_logX && !(lo > 0.0))) return;
    const bool changed = !m_zoomed;
    m_zoomed = true;
    m_zoomLo = lo;
    m_zoomHi = hi;
    markAllDirty();
    refreshNow();
    if (changed) Q_EMIT zoomChanged(true);
}

void CurveChart::resetZoom() {
    if (!m_zoomed) return;
    m_zoomed = false;
    markAllDirty();
    refreshNow();
    Q_EMIT zoomChanged(false);
}

bool CurveChart::isZoomed() const {
    return m_zoomed;
}

double CurveChart::currentDisplayLo() const {
    return axisMin(m_axisX);
}

double CurveChart::currentDisplayHi() const {
    return axisMax(m_axisX);
}

double CurveChart::displayXAtPixel(double viewX) const {
    const QRect plot = m_view->plotRectInView();
    if (plot.width() <= 0) return kNaN;
    const AxisScale scale{m_logX};
    const double uLo = scale.toLinear(currentDisplayLo()).value_or(0.0);
    const double uHi = scale.toLinear(currentDisplayHi()).value_or(1.0);
    return scale.fromLinear(uLo + (uHi - uLo) * (viewX - plot.left()) / plot.width());
}

double CurveChart::viewXFor(double displayX) const {
    const QRect plot = m_view->plotRectInView();
    const AxisScale scale{m_logX};
    const auto u = scale.toLinear(displayX);
    if (!u) return kNaN;
    const double uLo = scale.toLinear(currentDisplayLo()).value_or(0.0);
    const double uHi = scale.toLinear(currentDisplayHi()).value_or(1.0);
    if (!(uHi > uLo)) return kNaN;
    return plot.left() + plot.width() * (*u - uLo) / (uHi - uLo);
}

QPoint CurveChart::pixelFor(double displayX, double y) const {
    const QRect plot = m_view->plotRectInView();
    const AxisScale scale{m_logY};
    const double vLo = scale.toLinear(axisMin(m_axisY)).value_or(0.0);
    const double vHi = scale.toLinear(axisMax(m_axisY)).value_or(1.0);
    const double v = scale.toLinear(y).value_or(vLo);
    const double py = plot.bottom() - plot.height() * (v - vLo) / std::max(1e-300, vHi - vLo);
    const double px = viewXFor(displayX);
    return m_view->viewport()->mapTo(this, QPoint(static_cast<int>(std::lround(std::isfinite(px) ? px : plot.left())),
                                                  static_cast<int>(std::lround(py))));
}

void CurveChart::zoomToViewPixels(int x0, int x1) {
    const double lo = displayXAtPixel(x0);
    const double hi = displayXAtPixel(x1);
    if (std::isfinite(lo) && std::isfinite(hi)) setXZoom(lo, hi);
}

void CurveChart::panByPixels(int dx) {
    const QRect plot = m_view->plotRectInView();
    if (plot.width() <= 0 || dx == 0 || !hasData()) return;
    const AxisScale scale{m_logX};
    const double uLo = scale.toLinear(currentDisplayLo()).value_or(0.0);
    const double uHi = scale.toLinear(currentDisplayHi()).value_or(1.0);
    const double du = -(uHi - uLo) * double(dx) / plot.width();
    setXZoom(scale.fromLinear(uLo + du), scale.fromLinear(uHi + du));
}

void CurveChart::zoomAroundPixel(int px, double factor) {
    const QRect plot = m_view->plotRectInView();
    if (plot.width() <= 0 || !(factor > 0.0) || !hasData()) return;
    const AxisScale scale{m_logX};
    const double uLo = scale.toLinear(currentDisplayLo()).value_or(0.0);
    const double uHi = scale.toLinear(currentDisplayHi()).value_or(1.0);
    const double uc = uLo + (uHi - uLo) * double(px - plot.left()) / plot.width();
    const double lo = uc - (uc - uLo) * factor;
    const double hi = uc + (uHi - uc) * factor;
    if (factor > 1.0 && m_zoomed) {
        // Zooming out past the data returns to the automatic full view.
        const bool wasZoomed = std::exchange(m_zoomed, false);
        refreshNow();
        const double fullLo = scale.toLinear(currentDisplayLo()).value_or(lo);
        const double fullHi = scale.toLinear(currentDisplayHi()).value_or(hi);
        if (lo <= fullLo && hi >= fullHi) {
            if (wasZoomed) Q_EMIT zoomChanged(false);
            return;
        }
        m_zoomed = wasZoomed;
    } else if (factor > 1.0) {
        return;  // already showing everything
    }
    setXZoom(scale.fromLinear(lo), scale.fromLinear(hi));
}

int CurveChart::rawCount(int id) const {
    return (id >= 0 && id < m_series.size()) ? static_cast<int>(m_series[id]->raw.size()) : 0;
}

int CurveChart::displayedCount(int id) const {
    return (id >= 0 && id < m_series.size()) ? static_cast<int>(m_series[id]->line->count()) : 0;
}

QVector<QPointF> CurveChart::rawPoints(int id) const {
    return (id >= 0 && id < m_series.size()) ? m_series[id]->raw : QVector<QPointF>();
}

QVector<QPointF> CurveChart::displayedPoints(int id) const {
    return (id >= 0 && id < m_series.size()) ? m_series[id]->displayed : QVector<QPointF>();
}

QPointF CurveChart::xRange() const {
    return QPointF(axisMin(m_axisX), axisMax(m_axisX));
}

QPointF CurveChart::yRange() const {
    return QPointF(axisMin(m_axisY), axisMax(m_axisY));
}

QString CurveChart::hiddenValuesNote() const {
    HiddenValues x, y;
    for (const Series* s : m_series) {
        if (s->hidden) continue;
        x.nonPositive += s->hiddenX.nonPositive;
        y.nonPositive += s->hiddenY.nonPositive;
        y.nonFinite += s->hiddenY.nonFinite;
    }
    QStringList parts;
    const QString xs = x.describe(tr("x"));
    const QString ys = y.describe(tr("y"));
    if (!xs.isEmpty()) parts << xs;
    if (!ys.isEmpty()) parts << ys;
    if (m_outsideRange > 0)
        parts << tr("%1 outlier value(s) outside the y range (right-click ▸ Fit y to data)").arg(m_outsideRange);
    return parts.join(QStringLiteral(" · "));
}

double CurveChart::toDisplayX(double nativeX) const {
    return m_timeline ? m_timeline->convert(nativeX, m_nativeKind, m_xKind) : nativeX;
}

double CurveChart::toNativeX(double displayX) const {
    return m_timeline ? m_timeline->convert(displayX, m_xKind, m_nativeKind) : displayX;
}

double CurveChart::lastRefreshMs() const {
    return m_lastRefreshMs;
}

QChart* CurveChart::chart() const {
    return m_chart;
}

bool CurveChart::hasData() const {
    for (const Series* s : m_series)
        if (!s->raw.isEmpty()) return true;
    return false;
}

void CurveChart::scheduleRefresh(int delayMs) {
    // A pending refresh that comes sooner stands; a later one is brought forward.
    if (m_refreshTimer->isActive() && m_refreshTimer->remainingTime() <= delayMs) return;
    m_refreshTimer->start(delayMs);
}

void CurveChart::markAllDirty() {
    for (Series* s : std::as_const(m_series)) s->dirty = true;
}

int CurveChart::bucketCount() const {
    const int width = static_cast<int>(m_chart->plotArea().width());
    if (width <= 1) return kFallbackBuckets;
    return std::clamp(width, kMinBuckets, kMaxBuckets);
}

void CurveChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    markAllDirty();
    scheduleRefresh(kInteractiveRefreshMs);
}

void CurveChart::refreshNow() {
    m_refreshTimer->stop();
    QElapsedTimer timer;
    timer.start();
    const AxisScale xScale{m_logX};
    const AxisScale yScale{m_logY};
    const bool mapped = m_timeline && m_xKind != m_nativeKind;

    // Visible x range in displayed units: the zoom window, or everything any visible series holds.
    double lo = kInf, hi = -kInf;
    bool markers = false;
    if (m_zoomed) {
        lo = m_zoomLo;
        hi = m_zoomHi;
    }
    for (const Series* s : std::as_const(m_series)) {
        if (s->hidden || s->raw.isEmpty()) continue;
        markers = markers || s->style == SeriesStyle::LineWithMarkers;
        if (m_zoomed) continue;
        for (const QPointF& p : s->raw) {  // on a log axis, skip the (few) leading x ≤ 0
            const double dx = toDisplayX(p.x());
            if (!xScale.accepts(dx)) continue;
            lo = std::min(lo, dx);
            break;
        }
        hi = std::max(hi, toDisplayX(s->raw.last().x()));
    }
    const bool haveX = lo <= hi && xScale.accepts(lo);
    const int buckets = bucketCount();
    const bool rangeChanged = lo != m_lastLo || hi != m_lastHi || buckets != m_lastBuckets;
    m_lastLo = lo;
    m_lastHi = hi;
    m_lastBuckets = buckets;
    const double uLo = haveX ? *xScale.toLinear(lo) : 0.0;
    const double uHi = haveX ? xScale.toLinear(hi).value_or(uLo) : 1.0;
    const double nativeLo = haveX ? toNativeX(lo) : 0.0;
    const double nativeHi = haveX ? toNativeX(hi) : 0.0;

    YExtent all;
    QVector<int> kept;
    for (Series* s : std::as_const(m_series)) {
        s->blocks.update(s->raw);
        if (s->dirty || rangeChanged) {
            s->extent = YExtent();
            s->displayed.clear();
            s->hiddenX = HiddenValues();
            s->hiddenY = HiddenValues();
            s->rangeBegin = s->rangeEnd = 0;
            if (haveX && !s->raw.isEmpty()) {
                const QPointF* data = s->raw.constData();
                const int n = static_cast<int>(s->raw.size());
                const int begin = static_cast<int>(
                    std::lower_bound(data, data + n, nativeLo, [](const QPointF& p, double x) { return p.x() < x; }) - data);
                const int end = static_cast<int>(
                    std::upper_bound(data, data + n, nativeHi, [](double x, const QPointF& p) { return x < p.x(); }) - data);
                s->rangeBegin = begin;
                s->rangeEnd = end;
                int hint = 0;
                int cachedIndex = -1;
                double cachedDisplay = 0.0;
                const auto displayX = [&](int i) {
                    if (i != cachedIndex) {
                        cachedIndex = i;
                        cachedDisplay = mapped ? m_timeline->convert(data[i].x(), m_nativeKind, m_xKind, &hint) : data[i].x();
                    }
                    return cachedDisplay;
                };
                const auto xOf = [&](int i) {
                    const double d = displayX(i);
                    return m_logX ? std::log10(d) : d;
                };
                const auto yOf = [&](int i) { return data[i].y(); };
                const auto usable = [&](int i) {
                    const double y = data[i].y();
                    if (!yScale.accepts(y)) {
                        s->hiddenY.count(y);
                        return false;
                    }
                    if (m_logX && !xScale.accepts(displayX(i))) {
                        s->hiddenX.count(displayX(i));
                        return false;
                    }
                    return true;
                };
                // A block is drawable whole when all its y are (finite, > 0 on a log scale) and, on a log x
                // axis, its first x is (x only grows along a series).
                const auto blockUsable = [&](int b) {
                    const BlockExtremes::Block& blk = s->blocks.block(b);
                    if (!blk.finite || (m_logY && !blk.positive)) return false;
                    return !m_logX || xScale.accepts(displayX(b * BlockExtremes::kPoints));
                };
                const auto edgeUsable = [&](int i) {
                    return yScale.accepts(data[i].y()) && xScale.accepts(toDisplayX(data[i].x()));
                };
                if (m_logX && !m_zoomed) {  // leading x ≤ 0 lie left of the log axis: count them as hidden
                    for (int i = 0; i < begin && !xScale.accepts(displayX(i)); ++i) s->hiddenX.count(displayX(i));
                    hint = 0;
                }
                kept.clear();
                if (s->smoothCurve || s->source >= 0)
                    decimateLastPerBucket(begin, end, uLo, uHi, buckets, xOf, usable, kept, &s->blocks, blockUsable);
                else
                    decimateMinMax(begin, end, uLo, uHi, buckets, xOf, yOf, usable, kept, &s->blocks, blockUsable);
                s->displayed.reserve(kept.size() + 2);
                // The nearest point outside the range on each side keeps lines running to the edges.
                if (begin > 0 && edgeUsable(begin - 1))
                    s->displayed.append(QPointF(toDisplayX(data[begin - 1].x()), data[begin - 1].y()));
                hint = 0;
                for (int i : std::as_const(kept)) {
                    s->displayed.append(QPointF(displayX(i), data[i].y()));
                    s->extent.add(data[i].y());
                }
                if (end < n && edgeUsable(end))
                    s->displayed.append(QPointF(toDisplayX(data[end].x()), data[end].y()));
            }
            s->line->replace(s->displayed);
            s->dirty = false;
        }
        if (!s->hidden && s->extent.valid()) {
            all.add(s->extent.lo);
            all.add(s->extent.hi);
        }
    }

    // Ignoring outliers: the y range spans the 1st..99th percentile of an even sample of the raw values.
    m_outsideRange = 0;
    if (m_yRangeMode == YRangeMode::IgnoreOutliers && all.valid()) {
        QVector<double> sample;
        int64_t total = 0;
        for (const Series* s : std::as_const(m_series))
            if (!s->hidden) total += s->rangeEnd - s->rangeBegin;
        const int64_t stride = std::max<int64_t>(1, total / kOutlierSampleSize);
        sample.reserve(static_cast<int>(std::min<int64_t>(total, 2 * kOutlierSampleSize)));
        for (const Series* s : std::as_const(m_series)) {
            if (s->hidden) continue;
            for (int64_t i = s->rangeBegin; i < s->rangeEnd; i += stride) {
                const double y = s->raw[static_cast<int>(i)].y();
                if (yScale.accepts(y)) sample.append(y);
            }
        }
        double qLo = 0.0, qHi = 0.0;
        if (quantileRange(sample, kOutlierLowQuantile, kOutlierHighQuantile, qLo, qHi)) {
            const double pad = (qHi - qLo) * kOutlierPadFraction;
            double rLo = qLo - pad;
            const double rHi = qHi + pad;
            if (m_logY && rLo <= 0.0) rLo = qLo / 2.0;
            if (rLo > all.lo || rHi < all.hi) {
                for (const Series* s : std::as_const(m_series)) {
                    if (s->hidden) continue;
                    constexpr int kBlock = BlockExtremes::kPoints;
                    for (int i = s->rangeBegin; i < s->rangeEnd;) {
                        if (i % kBlock == 0 && i / kBlock < s->blocks.count() && i + kBlock <= s->rangeEnd) {
                            const BlockExtremes::Block& blk = s->blocks.block(i / kBlock);
                            if (blk.finite && blk.yMin >= rLo && blk.yMax <= rHi) {  // nothing outside here
                                i += kBlock;
                                continue;
                            }
                        }
                        const double y = s->raw[i].y();
                        if (yScale.accepts(y) && (y < rLo || y > rHi)) ++m_outsideRange;
                        ++i;
                    }
                }
                all.lo = std::max(all.lo, rLo);
                all.hi = std::min(all.hi, rHi);
            }
        }
    }

    updateXAxis(lo, hi, haveX, markers);
    m_axisY->setLabelsVisible(all.valid());
    updateYAxis(all.lo, all.hi, all.valid());
    if (!std::isnan(m_hoverX) && m_tip->isVisible()) hoverAt(m_hoverX);  // values under a pinned crosshair move with the data
    // New axis ranges and labels relayout the chart through a posted request; settle it now so that the
    // refresh paints once, not once before the relayout and again after it.
    QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
    m_view->viewport()->update();
    m_lastRefreshMs = timer.nsecsElapsed() / 1e6;
    // The running cost of a live update: this refresh plus the latest repaint (the previous refresh's).
    const double cost = m_lastRefreshMs + m_lastPaintMs;
    m_liveCostMs = m_liveCostMs > 0.0 ? (1.0 - kCostAverageWeight) * m_liveCostMs + kCostAverageWeight * cost : cost;
}

void CurveChart::updateXAxis(double lo, double hi, bool haveX, bool markers) {
    QString title = m_xKind == m_nativeKind && !m_xTitle.isEmpty() ? m_xTitle : xAxisTitle(m_xKind);
    if (m_logX) title += tr(" (log)");
    m_axisX->setTitleText(title);
    // An empty chart shows its grid and "Waiting for data…", not meaningless 0..1 labels.
    m_axisX->setLabelsVisible(haveX);
    if (!haveX) {
        setAxisRange(m_axisX, m_logX ? 1.0 : 0.0, m_logX ? 10.0 : 1.0);
        return;
    }
    if (m_logX) {
        double xLo = lo, xHi = hi;
        if (xHi <= xLo) xHi = xLo * 10.0;
        setAxisRange(m_axisX, xLo, xHi);
        return;
    }
    auto* axis = qobject_cast<QValueAxis*>(m_axisX);
    double xLo = lo, xHi = hi;
    if (!m_zoomed) {
        const bool integerTicks = (m_integerX && m_xKind == m_nativeKind) ||
                                  (m_xKind == XAxisKind::Epoch && hi - lo >= kMinEpochSpanForIntegerTicks);
        double span = xHi - xLo;
        if (span <= 0.0) span = integerTicks ? 1.0 : std::max(1.0, std::fabs(xLo));
        // Space ticks by the width of the widest label, so "1 2 3 4 5" epochs all get one.
        const QFontMetrics metrics(axis->labelsFont());
        const double plotWidth = std::max(1.0, m_chart->plotArea().width());
        const double labelWidth = metrics.horizontalAdvance(QString::number(std::max(std::fabs(xLo), std::fabs(xHi)), 'f', 0));
        const double pixelsPerTick = std::max<double>(kMinPixelsPerXTick, labelWidth + kXLabelGap);
        double step = niceStep(span / std::max(1.0, plotWidth / pixelsPerTick));
        if (integerTicks) step = std::max(1.0, std::round(step));
        if (markers) {
            const double pad = std::max(span * kMarkerXPadFraction, integerTicks ? 0.5 : 0.0);
            xLo -= pad;
            xHi += pad;
        } else {
            // Start on a tick (usually 0) but end at the data: a live curve should reach the right edge.
            xLo = std::floor(xLo / step) * step;
            if (xHi <= xLo) xHi = xLo + step;
        }
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setTickInterval(step);
        axis->setLabelFormat(labelFormatFor(step));
    } else {
        // Zoomed: the exact window, with ticks on round values inside it.
        const double plotWidth = std::max(1.0, m_chart->plotArea().width());
        const double step = niceStep((xHi - xLo) / std::max(1.0, plotWidth / (kMinPixelsPerXTick + 2 * kXLabelGap)));
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setTickInterval(step);
        axis->setLabelFormat(labelFormatFor(step));
    }
    axis->setRange(xLo, xHi);
}

void CurveChart::updateYAxis(double yMin, double yMax, bool haveY) {
    if (auto* logAxis = qobject_cast<QLogValueAxis*>(m_axisY)) {
        logAxis->setTitleText(m_yTitle + tr(" (log)"));
        if (!haveY) {
            logAxis->setRange(0.1, 10.0);
            return;
        }
        double lo = std::pow(10.0, std::floor(std::log10(yMin)));
        double hi = std::pow(10.0, std::ceil(std::log10(yMax)));
        if (hi <= lo) hi = lo * 10.0;
        logAxis->setRange(lo, hi);
        return;
    }
    auto* axis = qobject_cast<QValueAxis*>(m_axisY);
    if (!axis) return;
    axis->setTitleText(m_yTitle);
    if (!haveY) {
        const double lo = std::isfinite(m_yBoundLo) ? m_yBoundLo : 0.0;
        const double hi = std::isfinite(m_yBoundHi) ? m_yBoundHi : 1.0;
        axis->setRange(lo, hi);
        return;
    }
    double span = yMax - yMin;
    if (span <= 0.0) span = std::max(std::fabs(yMax) * 0.1, 1e-9);
    const double plotHeight = std::max(1.0, m_chart->plotArea().height());
    const double step = niceStep((span * (1.0 + 2.0 * kYPadFraction)) / std::max(2.0, plotHeight / kPixelsPerYTick));
    double lo = std::floor((yMin - span * kYPadFraction) / step) * step;
    double hi = std::ceil((yMax + span * kYPadFraction) / step) * step;
    if (yMin >= 0.0 && lo < 0.0) lo = 0.0;  // non-negative data (loss, lr) never needs a negative axis
    lo = std::max(lo, m_yBoundLo);
    hi = std::min(hi, m_yBoundHi);
    if (hi <= lo) hi = lo + step;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setLabelFormat(labelFormatFor(step));
    axis->setRange(lo, hi);
}

// ---------------------------------------------------------------------------------------------
// Hover crosshair, events and overlays

int CurveChart::eventNear(double viewX) const {
    if (!m_eventsVisible) return -1;
    int best = -1;
    double bestDistance = kEventHoverPx + 0.5;
    for (int i = 0; i < m_events.size(); ++i) {
        const double x = viewXFor(toDisplayX(m_events[i].x));
        const double d = std::fabs(x - viewX);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void CurveChart::hoverAtViewPixel(const QPoint& viewPos) {
    if (m_pinned) return;
    const QRect plot = m_view->plotRectInView();
    if (!plot.contains(viewPos) || !hasData()) {
        hideHover();
        return;
    }
    const double dx = displayXAtPixel(viewPos.x());
    if (!std::isfinite(dx)) return;
    hoverAt(dx);
    // hoverAt() snapped the crosshair to a data point; the tooltip follows the mouse.
    const int event = eventNear(viewPos.x());
    if (event >= 0) {
        const EventMarker& e = m_events[event];
        m_tip->setText(m_tip->text() + QStringLiteral("<br><i>%1</i>: %2").arg(eventKindName(e.kind).toHtmlEscaped(),
                                                                                e.text.toHtmlEscaped()));
        m_tip->setProperty("plainText", m_tip->property("plainText").toString() + QLatin1Char('\n') +
                                            eventKindName(e.kind) + QStringLiteral(": ") + e.text);
    }
    placeHoverTip(viewPos);
}

void CurveChart::hoverAt(double displayX) {
    if (!std::isfinite(displayX) || !hasData()) {
        hideHover();
        return;
    }
    const double native = toNativeX(displayX);
    const auto nearest = [](const QVector<QPointF>& raw, double x) -> int {
        if (raw.isEmpty()) return -1;
        auto it = std::lower_bound(raw.cbegin(), raw.cend(), x, [](const QPointF& p, double v) { return p.x() < v; });
        if (it == raw.cend()) --it;
        if (it != raw.cbegin() && std::fabs((it - 1)->x() - x) <= std::fabs(it->x() - x)) --it;
        return static_cast<int>(it - raw.cbegin());
    };

    // The reference x: the closest point of any visible series (dense raw series win ties).
    double refX = kNaN;
    for (const Series* s : std::as_const(m_series)) {
        if (s->hidden) continue;
        const int i = nearest(s->raw, native);
        if (i < 0) continue;
        const double x = s->raw[i].x();
        if (std::isnan(refX) || std::fabs(x - native) < std::fabs(refX - native)) refX = x;
    }
    if (std::isnan(refX)) {
        hideHover();
        return;
    }

    // Header: every x unit we know.
    QStringList where;
    const auto inKind = [&](XAxisKind kind) { return m_timeline ? m_timeline->convert(refX, m_nativeKind, kind) : kNaN; };
    if (m_timeline && !m_timeline->isEmpty()) {
        where << tr("step %L1").arg(std::llround(inKind(XAxisKind::Step)));
        where << tr("epoch %1").arg(inKind(XAxisKind::Epoch), 0, 'f', 2);
        where << tr("time %1").arg(formatElapsed(inKind(XAxisKind::WallTime)));
    } else {
        where << QStringLiteral("%1 %2").arg(m_xTitle.isEmpty() ? tr("x") : m_xTitle, formatValue(refX));
    }
    QString html = QStringLiteral("<b>%1</b>").arg(where.join(QStringLiteral(" · ")).toHtmlEscaped());
    QString plain = where.join(QStringLiteral(" · "));

    for (const Series* s : std::as_const(m_series)) {
        if (s->hidden) continue;
        const int i = nearest(s->raw, refX);
        if (i < 0) continue;
        const QPointF p = s->raw[i];
        QString value = formatValue(p.y());
        if (p.x() != refX) {  // a sparse series (per epoch): say where its nearest value is
            const QString at = m_timeline && !m_timeline->isEmpty()
                                   ? tr("step %L1").arg(std::llround(m_timeline->convert(p.x(), m_nativeKind, XAxisKind::Step)))
                                   : formatValue(p.x());
            value += tr(" (at %1)").arg(at);
        }
        html += QStringLiteral("<br><span style=\"color:%1\">■</span> %2: <b>%3</b>")
                    .arg(s->color.name(), s->name.toHtmlEscaped(), value.toHtmlEscaped());
        plain += QStringLiteral("\n%1: %2").arg(s->name, value);
    }
    m_hoverX = toDisplayX(refX);
    m_tip->setText(html);
    m_tip->setProperty("plainText", plain);
    if (!m_tip->isVisible()) placeHoverTip(QPoint(static_cast<int>(viewXFor(m_hoverX)), m_view->plotRectInView().center().y()));
    m_tip->adjustSize();
    m_tip->show();
    m_tip->raise();
    m_view->viewport()->update();
}

void CurveChart::placeHoverTip(const QPoint& viewPos) {
    m_tip->adjustSize();
    const QPoint at = m_view->viewport()->mapTo(this, viewPos);
    const QSize size = m_tip->size();
    int x = at.x() + kTipOffsetPx;
    if (x + size.width() > width()) x = at.x() - kTipOffsetPx - size.width();  // flip to the left of the cursor
    int y = at.y() + kTipOffsetPx;
    if (y + size.height() > height()) y = at.y() - kTipOffsetPx - size.height();
    x = std::clamp(x, 0, std::max(0, width() - size.width()));
    y = std::clamp(y, 0, std::max(0, height() - size.height()));
    m_tip->move(x, y);
}

void CurveChart::hideHover() {
    if (m_pinned) return;
    m_hoverX = kNaN;
    m_tip->hide();
    m_tip->setProperty("plainText", QString());
    m_view->viewport()->update();
}

void CurveChart::setHoverPinned(bool pinned) {
    if (pinned && !m_tip->isVisible()) return;
    m_pinned = pinned;
    m_tip->setFrameShadow(pinned ? QFrame::Sunken : QFrame::Plain);
    m_tip->setLineWidth(pinned ? 2 : 1);
    m_view->viewport()->update();
}

bool CurveChart::isHoverPinned() const {
    return m_pinned;
}

QString CurveChart::hoverText() const {
    return m_tip->isVisible() ? m_tip->property("plainText").toString() : QString();
}

QWidget* CurveChart::hoverTip() const {
    return m_tip;
}

void CurveChart::paintOverlay(QPainter* painter) {
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    painter->save();
    if (!hasData()) {
        painter->setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter->drawText(plot, Qt::AlignCenter, tr("Waiting for data…"));
        painter->restore();
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);

    // Event markers: thin dotted lines for epoch ends, dashed lines with a flag for the rest.
    if (m_eventsVisible) {
        double lastEpochX = -kInf;
        for (const EventMarker& e : std::as_const(m_events)) {
            const double x = viewXFor(toDisplayX(e.x));
            if (!std::isfinite(x) || x < plot.left() || x > plot.right()) continue;
            const bool epoch = e.kind == EventKind::EpochBoundary;
            if (epoch) {
                if (x - lastEpochX < kMinEventSpacingPx) continue;  // dense epochs: draw what fits
                lastEpochX = x;
            }
            QPen pen(eventColor(e.kind), epoch ? 1.0 : 1.5, epoch ? Qt::DotLine : Qt::DashLine);
            pen.setCosmetic(true);
            painter->setPen(pen);
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            if (!epoch) {
                painter->setBrush(eventColor(e.kind));
                painter->setPen(Qt::NoPen);
                const QPointF flag[3] = {QPointF(x, plot.top()), QPointF(x + kEventFlagPx * 1.6, plot.top() + kEventFlagPx),
                                         QPointF(x, plot.top() + 2 * kEventFlagPx)};
                painter->drawPolygon(flag, 3);
                painter->setBrush(Qt::NoBrush);
            }
        }
    }

    // Crosshair and the value of every series under it.
    if (!std::isnan(m_hoverX) && m_tip->isVisible()) {
        const double x = viewXFor(m_hoverX);
        if (std::isfinite(x) && x >= plot.left() && x <= plot.right()) {
            QPen pen(QColor(0, 0, 0, m_pinned ? 160 : 110), 1.0, m_pinned ? Qt::SolidLine : Qt::DashLine);
            pen.setCosmetic(true);
            painter->setPen(pen);
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            painter->setRenderHint(QPainter::Antialiasing, true);
            const double native = toNativeX(m_hoverX);
            for (const Series* s : std::as_const(m_series)) {
                if (s->hidden || s->raw.isEmpty()) continue;
                auto it = std::lower_bound(s->raw.cbegin(), s->raw.cend(), native,
                                           [](const QPointF& p, double v) { return p.x() < v; });
                if (it == s->raw.cend() || it->x() != native) continue;  // only series with a value at this x
                const QPoint px = m_view->viewport()->mapFrom(this, pixelFor(m_hoverX, it->y()));
                if (!plot.contains(px)) continue;
                painter->setPen(QPen(Qt::white, 1.5));
                painter->setBrush(s->color);
                painter->drawEllipse(QPointF(px), kCrosshairDotRadius, kCrosshairDotRadius);
            }
            painter->setBrush(Qt::NoBrush);
        }
    }

    // Say what the axes leave out.
    const QString note = hiddenValuesNote();
    if (!note.isEmpty()) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        const QFontMetrics fm(small);
        const QString text = fm.elidedText(note, Qt::ElideRight, static_cast<int>(plot.width()) - 2 * kNoteMarginPx);
        const QRectF box(plot.left() + kNoteMarginPx, plot.bottom() - fm.height() - kNoteMarginPx,
                         fm.horizontalAdvance(text) + 2 * kNoteMarginPx / 2.0, fm.height());
        painter->fillRect(box.adjusted(-2, 0, 2, 0), QColor(255, 250, 230, 230));
        painter->setPen(QColor(0x8a, 0x5a, 0x00));
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter->restore();
}

void CurveChart::toggleSeriesVisible(int id) {
    if (id < 0 || id >= m_series.size()) return;
    Series& s = *m_series[id];
    s.hidden = !s.hidden;
    s.line->setVisible(!s.hidden);
    const auto markers = m_chart->legend()->markers(s.line);
    for (QLegendMarker* marker : markers) {
        marker->setVisible(true);  // hiding a series hides its marker; keep it so it can be clicked again
        QColor label = palette().color(QPalette::WindowText);
        if (s.hidden) label.setAlpha(kDimmedLegendAlpha);
        marker->setLabelBrush(label);
        QFont f = marker->font();
        f.setStrikeOut(s.hidden);
        marker->setFont(f);
    }
    markAllDirty();
    refreshNow();
}

// ---------------------------------------------------------------------------------------------
// Context menu and export

void CurveChart::showContextMenu(const QPoint& globalPos) {
    QMenu menu(this);
    QAction* save = menu.addAction(tr("Save as PNG…"));
    addImageActions(&menu, this, m_chart->title(), ImageActions::SvgAndClipboard);
    QAction* reset = menu.addAction(tr("Reset zoom"));
    reset->setEnabled(m_zoomed);
    menu.addSeparator();

    auto* yRange = new QActionGroup(&menu);
    QAction* fit = menu.addAction(tr("Fit y to data"));
    fit->setCheckable(true);
    fit->setChecked(m_yRangeMode == YRangeMode::FitAll);
    fit->setActionGroup(yRange);
    QAction* robust = menu.addAction(tr("Ignore outliers in the y range"));
    robust->setCheckable(true);
    robust->setChecked(m_yRangeMode == YRangeMode::IgnoreOutliers);
    robust->setActionGroup(yRange);
    QAction* logY = menu.addAction(tr("Logarithmic y axis"));
    logY->setCheckable(true);
    logY->setChecked(m_logY);
    QAction* logX = menu.addAction(tr("Logarithmic x axis"));
    logX->setCheckable(true);
    logX->setChecked(m_logX);

    QMenu* xMenu = menu.addMenu(tr("X axis"));
    xMenu->setEnabled(m_timeline != nullptr);
    auto* xGroup = new QActionGroup(xMenu);
    QList<std::pair<QAction*, XAxisKind>> xActions;
    for (XAxisKind kind : {XAxisKind::Step, XAxisKind::Epoch, XAxisKind::WallTime}) {
        QAction* a = xMenu->addAction(kind == XAxisKind::WallTime ? tr("Relative time") : xAxisTitle(kind));
        a->setCheckable(true);
        a->setChecked(kind == m_xKind);
        a->setActionGroup(xGroup);
        xActions.append({a, kind});
    }

    bool smoothed = false;
    for (const Series* s : std::as_const(m_series)) smoothed = smoothed || s->source >= 0;
    QAction* debiased = nullptr;
    QAction* timeWeighted = nullptr;
    if (smoothed) {
        QMenu* sMenu = menu.addMenu(tr("Smoothing"));
        auto* sGroup = new QActionGroup(sMenu);
        debiased = sMenu->addAction(tr("Debiased EMA (per point)"));
        timeWeighted = sMenu->addAction(tr("Time-weighted EMA (independent of the logging interval)"));
        for (QAction* a : {debiased, timeWeighted}) {
            a->setCheckable(true);
            a->setActionGroup(sGroup);
        }
        debiased->setChecked(m_smoothingMode == SmoothingMode::Debiased);
        timeWeighted->setChecked(m_smoothingMode == SmoothingMode::TimeWeighted);
    }
    QAction* events = menu.addAction(tr("Show events"));
    events->setCheckable(true);
    events->setChecked(m_eventsVisible);
    menu.addSeparator();
    QAction* hint = menu.addAction(tr("Drag: zoom · Shift+drag: pan · wheel: zoom · double-click: reset · "
                                      "click: pin tooltip · click a legend entry to hide it"));
    hint->setEnabled(false);

    QAction* chosen = menu.exec(globalPos);
    if (!chosen) return;
    if (chosen == save) promptSaveImage();
    else if (chosen == reset) resetZoom();
    else if (chosen == fit) setYRangeMode(YRangeMode::FitAll);
    else if (chosen == robust) setYRangeMode(YRangeMode::IgnoreOutliers);
    else if (chosen == logY) setLogY(!m_logY);
    else if (chosen == logX) setLogX(!m_logX);
    else if (chosen == events) setEventsVisible(!m_eventsVisible);
    else if (chosen == debiased) setSmoothingMode(SmoothingMode::Debiased);
    else if (chosen == timeWeighted) setSmoothingMode(SmoothingMode::TimeWeighted);
    for (const auto& [action, kind] : xActions)
        if (chosen == action) setXAxisKind(kind);
}

bool CurveChart::saveImage(const QString& path) {
    refreshNow();
    return grab().save(path, "PNG");
}

void CurveChart::promptSaveImage() {
    QString base = m_chart->title().isEmpty() ? QStringLiteral("chart") : m_chart->title().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                                      QDir::home().filePath(base + QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (!saveImage(path)) QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
}

}  // namespace ts
