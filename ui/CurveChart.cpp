#include "ui/CurveChart.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDir>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QFileDialog>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QRubberBand>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace ts {

namespace {

constexpr int kRefreshDelayMs = 40;          // coalesces bursts of appends into one repaint
constexpr int kPointsPerBucket = 4;          // first, min, max, last
constexpr int kMinBuckets = 64;
constexpr int kMaxBuckets = 4096;
constexpr int kFallbackBuckets = 1000;       // before the widget has been laid out
constexpr double kMaxSmoothing = 0.99;
constexpr double kYPadFraction = 0.05;
constexpr double kMarkerXPadFraction = 0.03;
constexpr int kMinPixelsPerXTick = 28;
constexpr int kXLabelGap = 28;
constexpr int kPixelsPerYTick = 45;
constexpr int kMinRubberBandPx = 6;
constexpr int kFaintAlpha = 50;
constexpr qreal kLineWidth = 2.2;
constexpr qreal kFaintWidth = 1.0;
constexpr qreal kMarkerLineWidth = 1.5;
constexpr qreal kMarkerSize = 6.0;
constexpr int kMaxFixedDecimals = 3;
constexpr double kInf = std::numeric_limits<double>::infinity();

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

bool usable(double y, bool positiveOnly) {
    return std::isfinite(y) && (!positiveOnly || y > 0.0);
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

/// Decimates the points of `in` (sorted by x) lying in [lo, hi] into at most
/// kPointsPerBucket points per bucket: the first, lowest, highest and last point
/// of each of `buckets` equal-width x slices, in x order. One linear pass.
/// The nearest point outside the range on each side is kept so lines reach the edges.
/// `extent` receives the y range of the kept in-range points.
void decimate(const QVector<QPointF>& in, double lo, double hi, int buckets, bool positiveOnly,
              QVector<QPointF>& out, YExtent& extent) {
    out.clear();
    if (in.isEmpty()) return;
    const auto byX = [](const QPointF& p, double x) { return p.x() < x; };
    const auto xBefore = [](double x, const QPointF& p) { return x < p.x(); };
    const QPointF* data = in.constData();
    const int n = static_cast<int>(in.size());
    const int begin = static_cast<int>(std::lower_bound(data, data + n, lo, byX) - data);
    const int end = static_cast<int>(std::upper_bound(data, data + n, hi, xBefore) - data);
    const int inRange = end - begin;

    if (begin > 0 && usable(data[begin - 1].y(), positiveOnly)) out.append(data[begin - 1]);

    if (inRange <= buckets * kPointsPerBucket || !(hi > lo)) {
        out.reserve(inRange + 2);
        for (int i = begin; i < end; ++i) {
            if (!usable(data[i].y(), positiveOnly)) continue;
            out.append(data[i]);
            extent.add(data[i].y());
        }
    } else {
        out.reserve(buckets * kPointsPerBucket + 2);
        const double scale = buckets / (hi - lo);
        int current = -1;
        int iFirst = -1, iMin = -1, iMax = -1, iLast = -1;
        const auto flush = [&]() {
            if (current < 0) return;
            const int a = std::min(iMin, iMax);
            const int b = std::max(iMin, iMax);
            out.append(data[iFirst]);
            if (a != iFirst) out.append(data[a]);
            if (b != a) out.append(data[b]);
            if (iLast != b) out.append(data[iLast]);
            extent.add(data[iMin].y());
            extent.add(data[iMax].y());
        };
        for (int i = begin; i < end; ++i) {
            const double y = data[i].y();
            if (!usable(y, positiveOnly)) continue;
            int bucket = static_cast<int>((data[i].x() - lo) * scale);
            bucket = std::clamp(bucket, 0, buckets - 1);
            if (bucket != current) {
                flush();
                current = bucket;
                iFirst = iMin = iMax = iLast = i;
                continue;
            }
            if (y < data[iMin].y()) iMin = i;
            if (y > data[iMax].y()) iMax = i;
            iLast = i;
        }
        flush();
    }

    if (end < n && usable(data[end].y(), positiveOnly)) out.append(data[end]);
}

}  // namespace

struct CurveChart::Series {
    QString name;
    QColor color;
    SeriesStyle style = SeriesStyle::Line;
    QVector<QPointF> raw;        // full history (EMA values for a smoothed series)
    QVector<QPointF> displayed;  // what Qt Charts currently holds
    QLineSeries* line = nullptr;
    int source = -1;             // raw series this one smooths, -1 for a raw series
    double ema = 0.0;            // biased EMA state
    double decay = 1.0;          // a^t, for debiasing
    int consumed = 0;            // source points already folded into the EMA
    YExtent extent;              // y range of the displayed in-range points
    bool dirty = false;
    bool hidden = false;
};

/// QChartView with horizontal rubber-band zoom, double-click reset and a placeholder text.
class CurveChartView : public QChartView {
public:
    CurveChartView(QChart* chart, CurveChart* owner) : QChartView(chart, owner), m_owner(owner) {
        setRenderHint(QPainter::Antialiasing);
        setRubberBand(QChartView::NoRubberBand);  // we zoom ourselves so the data can be re-decimated
        setFrameShape(QFrame::NoFrame);
    }

protected:
    void mousePressEvent(QMouseEvent* event) override {
        if (event->button() == Qt::LeftButton && plotRectInView().contains(event->position().toPoint())) {
            m_origin = event->position().toPoint();
            if (!m_band) m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
            updateBand(m_origin.x());
            m_band->show();
            event->accept();
            return;
        }
        QChartView::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent* event) override {
        if (m_band && m_band->isVisible()) {
            updateBand(event->position().toPoint().x());
            event->accept();
            return;
        }
        QChartView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent* event) override {
        if (m_band && m_band->isVisible() && event->button() == Qt::LeftButton) {
            m_band->hide();
            const int x0 = m_origin.x();
            const int x1 = event->position().toPoint().x();
            if (std::abs(x1 - x0) >= kMinRubberBandPx) m_owner->zoomToViewPixels(std::min(x0, x1), std::max(x0, x1));
            event->accept();
            return;
        }
        QChartView::mouseReleaseEvent(event);
    }

    void mouseDoubleClickEvent(QMouseEvent* event) override {
        if (event->button() == Qt::LeftButton) {
            m_owner->resetZoom();
            event->accept();
            return;
        }
        QChartView::mouseDoubleClickEvent(event);
    }

    void contextMenuEvent(QContextMenuEvent* event) override {
        m_owner->showContextMenu(event->globalPos());
        event->accept();
    }

    void drawForeground(QPainter* painter, const QRectF& rect) override {
        QChartView::drawForeground(painter, rect);
        if (m_owner->hasData()) return;
        painter->save();
        painter->setPen(palette().color(QPalette::Disabled, QPalette::Text));
        const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
        painter->drawText(plot, Qt::AlignCenter, CurveChart::tr("Waiting for data…"));
        painter->restore();
    }

public:
    /// Plot area in viewport coordinates.
    QRect plotRectInView() const {
        return mapFromScene(chart()->mapRectToScene(chart()->plotArea())).boundingRect();
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

    m_axisX = new QValueAxis();
    m_axisX->setRange(0.0, 1.0);
    m_axisX->setGridLineColor(QColor(0, 0, 0, 28));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    rebuildYAxis();

    m_view = new CurveChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setToolTip(tr("Drag to zoom in on x · double-click to reset · right-click for more"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &CurveChart::refreshNow);
}

CurveChart::~CurveChart() {
    qDeleteAll(m_series);
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
    connect(s->line, &QXYSeries::hovered, this,
            [this, id](const QPointF& at, bool state) { showPointToolTip(id, at, state); });
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
    scheduleRefresh();
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
    scheduleRefresh();
}

void CurveChart::setSmoothing(double weight) {
    weight = std::clamp(weight, 0.0, kMaxSmoothing);
    if (weight == m_smoothing) return;
    m_smoothing = weight;
    for (Series* s : std::as_const(m_series))
        if (s->source >= 0) recomputeSmoothed(*s);
    scheduleRefresh();
}

double CurveChart::smoothing() const {
    return m_smoothing;
}

void CurveChart::recomputeSmoothed(Series& s) {
    s.raw.clear();
    s.ema = 0.0;
    s.decay = 1.0;
    s.consumed = 0;
    s.dirty = true;
    if (s.source >= 0) extendSmoothed(s, m_series[s.source]->raw, 0);
}

void CurveChart::extendSmoothed(Series& s, const QVector<QPointF>& raw, int from) {
    const double a = m_smoothing;
    s.raw.reserve(raw.size());
    for (int i = std::max(from, s.consumed); i < raw.size(); ++i) {
        const QPointF& p = raw[i];
        if (!std::isfinite(p.y())) continue;  // a NaN batch must not poison the rest of the curve
        s.ema = a * s.ema + (1.0 - a) * p.y();
        s.decay *= a;
        s.raw.append(QPointF(p.x(), s.ema / (1.0 - s.decay)));
    }
    s.consumed = static_cast<int>(raw.size());
}

void CurveChart::clear() {
    for (Series* s : std::as_const(m_series)) {
        s->raw.clear();
        s->raw.squeeze();
        s->displayed.clear();
        s->ema = 0.0;
        s->decay = 1.0;
        s->consumed = 0;
        s->extent = YExtent();
        s->dirty = true;
    }
    const bool wasZoomed = m_zoomed;
    m_zoomed = false;
    refreshNow();
    if (wasZoomed) Q_EMIT zoomChanged(false);
}

void CurveChart::setAxisTitles(const QString& xTitle, const QString& yTitle) {
    m_axisX->setTitleText(xTitle);
    m_yTitle = yTitle;
    m_axisY->setTitleText(yTitle);
}

void CurveChart::setYBounds(double lo, double hi) {
    m_yBoundLo = lo;
    m_yBoundHi = hi;
    scheduleRefresh();
}

void CurveChart::setIntegerX(bool integer) {
    m_integerX = integer;
    scheduleRefresh();
}

void CurveChart::setLogY(bool logY) {
    if (logY == m_logY) return;
    m_logY = logY;
    rebuildYAxis();
    markAllDirty();
    refreshNow();
}

bool CurveChart::logY() const {
    return m_logY;
}

void CurveChart::rebuildYAxis() {
    if (m_axisY) {
        m_chart->removeAxis(m_axisY);  // detaches it from every series; ownership comes back to us
        delete m_axisY;
    }
    if (m_logY) {
        auto* axis = new QLogValueAxis();
        axis->setBase(10.0);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(-1);
        axis->setRange(0.1, 10.0);
        m_axisY = axis;
    } else {
        auto* axis = new QValueAxis();
        axis->setRange(0.0, 1.0);
        m_axisY = axis;
    }
    m_axisY->setGridLineColor(QColor(0, 0, 0, 28));
    m_axisY->setTitleText(m_yTitle);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (Series* s : std::as_const(m_series)) s->line->attachAxis(m_axisY);
}

void CurveChart::setXZoom(double lo, double hi) {
    if (!(hi > lo)) return;
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

void CurveChart::zoomToViewPixels(int x0, int x1) {
    const QRect plot = m_view->plotRectInView();
    if (plot.width() <= 0) return;
    const double lo = m_axisX->min();
    const double span = m_axisX->max() - lo;
    const auto toValue = [&](int px) { return lo + span * double(px - plot.left()) / plot.width(); };
    setXZoom(toValue(x0), toValue(x1));
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
    return QPointF(m_axisX->min(), m_axisX->max());
}

QPointF CurveChart::yRange() const {
    if (auto* v = qobject_cast<QValueAxis*>(m_axisY)) return QPointF(v->min(), v->max());
    if (auto* l = qobject_cast<QLogValueAxis*>(m_axisY)) return QPointF(l->min(), l->max());
    return QPointF();
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

void CurveChart::scheduleRefresh() {
    if (!m_refreshTimer->isActive()) m_refreshTimer->start();
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
    scheduleRefresh();
}

void CurveChart::refreshNow() {
    m_refreshTimer->stop();
    QElapsedTimer timer;
    timer.start();

    // Visible x range: the zoom window, or everything any visible series holds.
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
        lo = std::min(lo, s->raw.first().x());
        hi = std::max(hi, s->raw.last().x());
    }
    const bool haveX = lo <= hi;
    const int buckets = bucketCount();
    const bool rangeChanged = lo != m_lastLo || hi != m_lastHi || buckets != m_lastBuckets;
    m_lastLo = lo;
    m_lastHi = hi;
    m_lastBuckets = buckets;

    YExtent all;
    for (Series* s : std::as_const(m_series)) {
        if (s->dirty || rangeChanged) {
            s->extent = YExtent();
            if (haveX) decimate(s->raw, lo, hi, buckets, m_logY, s->displayed, s->extent);
            else s->displayed.clear();
            s->line->replace(s->displayed);
            s->dirty = false;
        }
        if (!s->hidden && s->extent.valid()) {
            all.add(s->extent.lo);
            all.add(s->extent.hi);
        }
    }

    // X axis: exact zoom window, or the data rounded out to nice ticks.
    const double plotWidth = std::max(1.0, m_chart->plotArea().width());
    if (haveX) {
        double xLo = lo, xHi = hi;
        if (!m_zoomed) {
            double span = xHi - xLo;
            if (span <= 0.0) span = m_integerX ? 1.0 : std::max(1.0, std::fabs(xLo));
            // Space ticks by the width of the widest label, so "1 2 3 4 5" epochs all get one.
            const QFontMetrics metrics(m_axisX->labelsFont());
            const double labelWidth = metrics.horizontalAdvance(QString::number(std::max(std::fabs(xLo), std::fabs(xHi)), 'f', 0));
            const double pixelsPerTick = std::max<double>(kMinPixelsPerXTick, labelWidth + kXLabelGap);
            double step = niceStep(span / std::max(1.0, plotWidth / pixelsPerTick));
            if (m_integerX) step = std::max(1.0, std::round(step));
            if (markers) {
                const double pad = std::max(span * kMarkerXPadFraction, m_integerX ? 0.5 : 0.0);
                xLo -= pad;
                xHi += pad;
            } else {
                // Start on a tick (usually 0) but end at the data: a live curve should reach the right edge.
                xLo = std::floor(xLo / step) * step;
                if (xHi <= xLo) xHi = xLo + step;
            }
            m_axisX->setTickType(QValueAxis::TicksDynamic);
            m_axisX->setTickAnchor(0.0);
            m_axisX->setTickInterval(step);
            m_axisX->setLabelFormat(labelFormatFor(step));
        }
        m_axisX->setRange(xLo, xHi);
    } else {
        m_axisX->setRange(0.0, 1.0);
    }
    // An empty chart shows its grid and "Waiting for data…", not meaningless 0..1 labels.
    m_axisX->setLabelsVisible(haveX);
    m_axisY->setLabelsVisible(all.valid());

    updateAxes(all.lo, all.hi, all.valid());
    m_view->viewport()->update();
    m_lastRefreshMs = timer.nsecsElapsed() / 1e6;
}

void CurveChart::updateAxes(double yMin, double yMax, bool haveY) {
    if (auto* logAxis = qobject_cast<QLogValueAxis*>(m_axisY)) {
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

void CurveChart::showPointToolTip(int id, const QPointF& at, bool state) {
    if (!state || id < 0 || id >= m_series.size()) {
        QToolTip::hideText();
        return;
    }
    const QVector<QPointF>& raw = m_series[id]->raw;
    if (raw.isEmpty()) return;
    auto it = std::lower_bound(raw.cbegin(), raw.cend(), at.x(),
                               [](const QPointF& p, double x) { return p.x() < x; });
    if (it == raw.cend()) --it;
    if (it != raw.cbegin() && std::fabs((it - 1)->x() - at.x()) < std::fabs(it->x() - at.x())) --it;
    const QString text = QStringLiteral("<b>%1</b><br>%2: %3<br>%4: %5")
                             .arg(m_series[id]->name.toHtmlEscaped(),
                                  m_axisX->titleText().isEmpty() ? tr("x") : m_axisX->titleText().toHtmlEscaped(),
                                  QString::number(it->x(), 'g', 10),
                                  m_yTitle.isEmpty() ? tr("y") : m_yTitle.toHtmlEscaped(),
                                  QString::number(it->y(), 'g', 5));
    QToolTip::showText(QCursor::pos(), text, m_view);
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
        if (s.hidden) label.setAlpha(90);
        marker->setLabelBrush(label);
    }
    markAllDirty();
    refreshNow();
}

void CurveChart::showContextMenu(const QPoint& globalPos) {
    QMenu menu(this);
    QAction* save = menu.addAction(tr("Save as PNG…"));
    QAction* reset = menu.addAction(tr("Reset zoom"));
    reset->setEnabled(m_zoomed);
    QAction* log = menu.addAction(tr("Logarithmic y axis"));
    log->setCheckable(true);
    log->setChecked(m_logY);
    menu.addSeparator();
    QAction* hint = menu.addAction(tr("Drag to zoom · double-click to reset · click a legend entry to hide it"));
    hint->setEnabled(false);
    QAction* chosen = menu.exec(globalPos);
    if (chosen == save) promptSaveImage();
    else if (chosen == reset) resetZoom();
    else if (chosen == log) setLogY(!m_logY);
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
