#include "ui/health/HistogramHeatmap.h"

#include "core/health/Health.h"
#include "core/plot/Ticks.h"
#include "ui/common/TextFormat.h"
#include "ui/confusion/ConfusionStyle.h"
#include "ui/health/HealthHistory.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 4;
constexpr int kTick = 3;
constexpr double kMinColumnWidth = 2.0;
constexpr int kMaxValueTicks = 6;
constexpr double kShadeGamma = 0.5;  // square root: the tails of a distribution stay visible
constexpr int kMaxTickDecimals = 4;
const QColor kMeanColor(0xff, 0x7f, 0x0e);
const QColor kMarkColor(0xd6, 0x27, 0x28);
const QColor kBorder(0x99, 0x99, 0x99);

/// Spreads `histogram` over `bins` equal value bins of [low, high], each bucket in proportion to its overlap.
std::vector<double> rebinned(const ValueHistogram& h, double low, double high, int bins) {
    std::vector<double> out(static_cast<size_t>(bins), 0.0);
    const double width = (high - low) / bins;
    const auto binOf = [&](double v) { return std::clamp(static_cast<int>((v - low) / width), 0, bins - 1); };
    double left = h.min;
    for (size_t i = 0; i < h.counts.size(); ++i) {
        const double right = std::max(left, std::min(h.limits[i], h.max));
        const double count = h.counts[i];
        if (count > 0.0 && right - left <= 0.0) {
            out[static_cast<size_t>(binOf(right))] += count;
        } else if (count > 0.0) {
            for (int b = binOf(left); b <= binOf(right); ++b) {
                const double overlap = std::min(right, low + (b + 1) * width) - std::max(left, low + b * width);
                if (overlap > 0.0) out[static_cast<size_t>(b)] += count * overlap / (right - left);
            }
        }
        left = right;
    }
    double total = 0.0;
    for (double v : out) total += v;
    if (total > 0.0)
        for (double& v : out) v /= total;
    return out;
}

}  // namespace

HistogramHeatmap::HistogramHeatmap(const HealthHistory* history, QWidget* parent)
    : HealthPlot(tr("Distributions"), QString(), parent), m_history(history) {
    setObjectName(QStringLiteral("histogramHeatmap"));
}

void HistogramHeatmap::historyChanged() { rebin(); }

void HistogramHeatmap::setParameter(const QString& name) {
    if (name == m_parameter) return;
    m_parameter = name;
    rebin();
}

void HistogramHeatmap::setGradients(bool gradients) {
    if (gradients == m_gradients) return;
    m_gradients = gradients;
    rebin();
}

void HistogramHeatmap::markStep(qint64 step) {
    m_markedSample = step < 0 ? -1 : m_history->sampleNearest(step);
    update();
}

const ValueHistogram* HistogramHeatmap::histogramAt(int sample) const {
    const ParameterHealth* p = m_history->parameter(sample, m_history->nameIndex(m_parameter));
    if (!p) return nullptr;
    const ValueHistogram& h = m_gradients ? p->gradients : p->weights;
    return h.empty() || h.limits.size() != h.counts.size() ? nullptr : &h;
}

void HistogramHeatmap::rebin() {
    m_shares.assign(static_cast<size_t>(m_history->sampleCount()), {});
    bool any = false;
    double low = 0.0;
    double high = 0.0;
    for (int s = 0; s < m_history->sampleCount(); ++s)
        if (const ValueHistogram* h = histogramAt(s)) {
            low = any ? std::min(low, h->min) : h->min;
            high = any ? std::max(high, h->max) : h->max;
            any = true;
        }
    if (any && !(high > low)) {  // every value the same: a range around it
        const double pad = std::max(std::fabs(low) * 0.5, 1e-12);
        low -= pad;
        high += pad;
    }
    m_lowValue = low;
    m_highValue = high;
    m_maxShare = 0.0;
    if (any)
        for (int s = 0; s < m_history->sampleCount(); ++s)
            if (const ValueHistogram* h = histogramAt(s)) {
                m_shares[static_cast<size_t>(s)] = rebinned(*h, low, high, kValueBins);
                for (double v : m_shares[static_cast<size_t>(s)]) m_maxShare = std::max(m_maxShare, v);
            }
    if (m_markedSample >= m_history->sampleCount()) m_markedSample = -1;
    relayout();
}

bool HistogramHeatmap::hasData() const { return m_maxShare > 0.0; }

int HistogramHeatmap::sampleOfColumn(int column) const {
    return column >= 0 && column < columnCount() ? m_columns[static_cast<size_t>(column)] : -1;
}

double HistogramHeatmap::share(int sample, int bin) const {
    if (sample < 0 || sample >= static_cast<int>(m_shares.size()) || bin < 0 || bin >= kValueBins) return 0.0;
    const std::vector<double>& shares = m_shares[static_cast<size_t>(sample)];
    return shares.empty() ? 0.0 : shares[static_cast<size_t>(bin)];
}

QString HistogramHeatmap::binText(int sample, int bin) const {
    if (sample < 0 || sample >= m_history->sampleCount() || bin < 0 || bin >= kValueBins) return QString();
    const double width = (m_highValue - m_lowValue) / kValueBins;
    const QString what = m_gradients ? tr("gradients") : tr("weights");
    return tr("%1 %2 · step %3 · %4 of the values in %5 … %6")
        .arg(m_parameter, what).arg(m_history->sample(sample).step).arg(percentText(share(sample, bin)))
        .arg(QString::number(m_lowValue + bin * width, 'g', 3), QString::number(m_lowValue + (bin + 1) * width, 'g', 3));
}

void HistogramHeatmap::relayout() {
    m_columns.clear();
    m_plot = QRectF();
    if (!hasData()) {
        update();
        return;
    }
    const QFontMetrics fm(font());
    const int axisWidth = fm.horizontalAdvance(QStringLiteral("-0.0000e-00"));
    const double left = kMargin + axisWidth + kGap + kTick;
    const double plotWidth = std::max(0.0, width() - left - kMargin);
    const double plotHeight = std::max(0.0, height() - 2.0 * kMargin - kTick - fm.height() - kGap);
    const int samples = m_history->sampleCount();
    const int columns = std::min(samples, static_cast<int>(plotWidth / kMinColumnWidth));
    for (int c = 0; c < columns; ++c)  // compressed: the last sample of each group
        m_columns.push_back(std::max(0, static_cast<int>(int64_t(c + 1) * samples / columns) - 1));
    m_columnWidth = columns > 0 ? plotWidth / columns : 0.0;  // a density picture: the columns fill the width
    m_plot = QRectF(left, kMargin, m_columnWidth * columns, plotHeight);
    update();
}

double HistogramHeatmap::yOfValue(double value) const {
    return m_plot.bottom() - (value - m_lowValue) / (m_highValue - m_lowValue) * m_plot.height();
}

QPoint HistogramHeatmap::binAt(const QPoint& pos) const {
    if (m_plot.isEmpty() || !m_plot.contains(QPointF(pos))) return QPoint(-1, -1);
    const int column = std::min(columnCount() - 1, static_cast<int>((pos.x() - m_plot.left()) / m_columnWidth));
    const int bin = std::clamp(static_cast<int>((m_plot.bottom() - pos.y()) / m_plot.height() * kValueBins), 0,
                               kValueBins - 1);
    return QPoint(column, bin);
}

QString HistogramHeatmap::toolTipAt(const QPoint& pos) const {
    const QPoint at = binAt(pos);
    return at.x() < 0 ? QString() : binText(sampleOfColumn(at.x()), at.y());
}

void HistogramHeatmap::paintData(QPainter& painter) {
    if (m_plot.isEmpty()) return;
    const double binHeight = m_plot.height() / kValueBins;
    QPolygonF means;
    for (int c = 0; c < columnCount(); ++c) {
        const int sample = m_columns[static_cast<size_t>(c)];
        const double x = m_plot.left() + c * m_columnWidth;
        for (int b = 0; b < kValueBins; ++b) {
            const double v = share(sample, b);
            const QColor color = confusion::heatColor(v > 0.0 ? std::pow(v / m_maxShare, kShadeGamma) : 0.0);
            painter.fillRect(QRectF(x, m_plot.bottom() - (b + 1) * binHeight, m_columnWidth, binHeight + 0.5), color);
        }
        if (const ValueHistogram* h = histogramAt(sample); h && h->count > 0.0)
            means.append(QPointF(x + m_columnWidth / 2.0, yOfValue(h->sum / h->count)));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(kMeanColor, 1.5));
    if (means.size() > 1) painter.drawPolyline(means);
    else if (means.size() == 1) painter.drawEllipse(means.front(), 2.0, 2.0);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const auto marked = std::find(m_columns.begin(), m_columns.end(), m_markedSample);
    if (m_markedSample >= 0 && marked != m_columns.end()) {
        const double x = m_plot.left() + (marked - m_columns.begin()) * m_columnWidth;
        painter.setPen(QPen(kMarkColor, 2.0));
        painter.drawRect(QRectF(x - 1.0, m_plot.top() - 1.0, m_columnWidth + 2.0, m_plot.height() + 2.0));
    }
    paintAxes(painter);
}

void HistogramHeatmap::paintAxes(QPainter& painter) const {
    const QFontMetrics fm(font());
    const QColor ink = palette().color(QPalette::WindowText);
    painter.setPen(kBorder);
    painter.drawRect(m_plot.adjusted(-0.5, -0.5, 0.0, 0.0));
    painter.setPen(ink);
    const double step = niceStep(m_highValue - m_lowValue, kMaxValueTicks);
    const int decimals = stepDecimals(step, kMaxTickDecimals);
    for (double v : tickPositions(m_lowValue, m_highValue, step)) {
        const double y = yOfValue(v);
        const QString label = decimals > kMaxTickDecimals ? QString::number(v, 'e', 1) : QString::number(v, 'f', decimals);
        painter.drawLine(QPointF(m_plot.left() - kTick, y), QPointF(m_plot.left(), y));
        painter.drawText(QRectF(kMargin, y - fm.height() / 2.0, m_plot.left() - kTick - kGap - kMargin, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    std::vector<qint64> steps;
    for (int sample : m_columns) steps.push_back(m_history->sample(sample).step);
    paintStepAxis(painter, m_plot, m_columnWidth, steps);
}

}  // namespace ts
