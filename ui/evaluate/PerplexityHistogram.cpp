#include "ui/evaluate/PerplexityHistogram.h"
#include "ui/common/TextFormat.h"

#include "ui/charts/ChartMath.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

constexpr int kMinBins = 5;
constexpr int kMaxBins = 30;
constexpr double kMinSpan = 0.2;         // log10 span of the axis when every document scores alike
constexpr int kMaxCountTicks = 5;
constexpr int kTick = 4;
constexpr int kGap = 4;
constexpr int kMaxTickLabels = 8;        // 1-2-5 ticks thin out to powers of ten beyond this
constexpr int kSignificantDigits = 3;
const QColor kBarColor = toQColor(palette::kValidation);
const QColor kSelectedColor = kBarColor.darker(140);  // the bin of the selected document

/// Perplexity written briefly: "8.4", "120", "3.2e+04".
QString perplexityText(double v) {
    return QString::number(v, 'g', kSignificantDigits);
}

/// Step between count ticks: a nice step, whole documents.
double countStep(double largest) {
    return std::max(1.0, niceStep(std::max(1.0, largest), kMaxCountTicks));
}

/// Tick positions (log10) of 1-2-5 multiples of powers of ten within [low, high], or powers of ten when too many.
std::vector<double> logTicks(double low, double high) {
    std::vector<double> out;
    for (const std::vector<double>& factors : {std::vector<double>{1, 2, 5}, std::vector<double>{1}}) {
        out.clear();
        for (double decade = std::floor(low); decade <= std::ceil(high); decade += 1.0)
            for (double f : factors) {
                const double v = decade + std::log10(f);
                if (v >= low - 1e-9 && v <= high + 1e-9) out.push_back(v);
            }
        if (static_cast<int>(out.size()) <= kMaxTickLabels) break;
    }
    return out;
}

}  // namespace

PerplexityHistogram::PerplexityHistogram(QWidget* parent)
    : EvalPlot(tr("Perplexity per document"), tr("The perplexity of each document appears after an evaluation"), parent) {
    setObjectName(QStringLiteral("perplexityHistogram"));
}

void PerplexityHistogram::setPerplexities(const std::vector<double>& perplexities) {
    std::vector<double> logs;
    for (double p : perplexities)
        if (std::isfinite(p) && p > 0.0) logs.push_back(std::log10(p));
    m_counts.clear();
    m_total = static_cast<int64_t>(logs.size());
    if (logs.empty()) {
        setTitle(QString());
        return;
    }
    const auto [lo, hi] = std::minmax_element(logs.begin(), logs.end());
    double low = *lo, high = *hi;
    if (high - low < kMinSpan) {
        low -= kMinSpan / 2;
        high += kMinSpan / 2;
    }
    const int bins = std::clamp(static_cast<int>(std::ceil(std::sqrt(double(logs.size())))), kMinBins, kMaxBins);
    m_low = low;
    m_width = (high - low) / bins;
    m_counts.assign(static_cast<size_t>(bins), 0);
    for (double v : logs) m_counts[static_cast<size_t>(std::clamp(static_cast<int>((v - low) / m_width), 0, bins - 1))]++;
    const double largest = double(*std::max_element(m_counts.begin(), m_counts.end()));
    const double step = countStep(largest);
    m_axisMax = std::max(step, std::ceil(largest / step) * step);
    const int dropped = static_cast<int>(perplexities.size()) - static_cast<int>(logs.size());
    QString title = tr("Perplexity per document · %1 document(s)", nullptr, pluralCount(m_total)).arg(grouped(m_total));
    if (dropped > 0) title += tr(" (%n without a perplexity)", nullptr, dropped);
    setTitle(title);
}

void PerplexityHistogram::setMarker(double perplexity) {
    m_hasMarker = std::isfinite(perplexity) && perplexity > 0.0;
    m_marker = m_hasMarker ? std::log10(perplexity) : 0.0;
    update();
}

int PerplexityHistogram::bins() const {
    return static_cast<int>(m_counts.size());
}

int64_t PerplexityHistogram::documentsInBin(int bin) const {
    return bin >= 0 && bin < bins() ? m_counts[static_cast<size_t>(bin)] : 0;
}

std::pair<double, double> PerplexityHistogram::binRange(int bin) const {
    return {std::pow(10.0, m_low + bin * m_width), std::pow(10.0, m_low + (bin + 1) * m_width)};
}

int PerplexityHistogram::binOf(double perplexity) const {
    if (m_counts.empty() || !(perplexity > 0.0) || !std::isfinite(perplexity)) return -1;
    const double at = (std::log10(perplexity) - m_low) / m_width;
    if (at < -1e-9 || at > bins() + 1e-9) return -1;
    return std::clamp(static_cast<int>(at), 0, bins() - 1);
}

bool PerplexityHistogram::hasData() const {
    return m_total > 0;
}

QString PerplexityHistogram::countText(double count) const {
    return grouped(static_cast<qint64>(std::llround(count)));
}

QMargins PerplexityHistogram::axisSpace() const {
    const QFontMetrics fm(font());
    const int widest = fm.horizontalAdvance(countText(m_axisMax));
    return QMargins(fm.height() + kGap + widest + kGap + kTick, 0, fm.horizontalAdvance(QStringLiteral("1000")) / 2,
                    kTick + kGap + fm.height() + kGap + fm.height());
}

double PerplexityHistogram::xOf(double log10Perplexity) const {
    const QRect p = plotRect();
    return p.left() + (log10Perplexity - m_low) / (m_width * bins()) * p.width();
}

double PerplexityHistogram::yOf(double count) const {
    const QRect p = plotRect();
    return p.top() + (1.0 - std::clamp(count / std::max(1e-12, m_axisMax), 0.0, 1.0)) * p.height();
}

int PerplexityHistogram::binAt(const QPoint& pos) const {
    const QRect p = plotRect();
    if (p.isEmpty() || m_counts.empty() || pos.y() < p.top() || pos.y() > p.bottom()) return -1;
    const double at = double(pos.x() - p.left()) / std::max(1, p.width()) * bins();
    if (at < 0.0 || at > bins()) return -1;
    return std::clamp(static_cast<int>(at), 0, bins() - 1);
}

QString PerplexityHistogram::binToolTip(int bin) const {
    if (bin < 0 || bin >= bins()) return QString();
    const auto [low, high] = binRange(bin);
    const int64_t n = m_counts[static_cast<size_t>(bin)];
    return tr("Perplexity %1–%2: %3 (%4)")
        .arg(perplexityText(low), perplexityText(high), tr("%1 document(s)", nullptr, pluralCount(n)).arg(grouped(n)),
             percentText(double(n) / double(std::max<int64_t>(1, m_total))));
}

QString PerplexityHistogram::toolTipAt(const QPoint& pos) const {
    return binToolTip(binAt(pos));
}

QVector<EvalPlot::LegendEntry> PerplexityHistogram::legend() const {
    QVector<LegendEntry> out{{kBarColor, tr("documents"), false, false}};
    if (m_hasMarker) out.append({kSelectedColor, tr("selected document"), false, false});
    return out;
}

void PerplexityHistogram::paintPlot(QPainter& painter) {
    const QRect p = plotRect();
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetrics fm = painter.fontMetrics();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const double step = countStep(m_axisMax);
    QVector<YTick> yTicks;
    for (double t = 0.0; t <= m_axisMax * 1.0001; t += step) yTicks.append({yOf(t), countText(t)});
    drawYTicks(painter, yTicks);
    for (double t : logTicks(m_low, m_low + m_width * bins())) {
        const int x = static_cast<int>(std::lround(xOf(t)));
        painter.setPen(text);
        painter.drawLine(x, p.bottom() + 1, x, p.bottom() + kTick);
        const QString label = perplexityText(std::pow(10.0, t));
        const int w = fm.horizontalAdvance(label);
        painter.drawText(QRect(x - w, p.bottom() + kTick + kGap, 2 * w, fm.height()), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    const int selected = m_hasMarker ? binOf(std::pow(10.0, m_marker)) : -1;
    for (int i = 0; i < bins(); ++i) {
        if (m_counts[static_cast<size_t>(i)] == 0) continue;
        const QRectF bar(QPointF(xOf(m_low + i * m_width), yOf(double(m_counts[static_cast<size_t>(i)]))),
                         QPointF(xOf(m_low + (i + 1) * m_width), yOf(0.0)));
        const QRect r = bar.toAlignedRect().adjusted(1, 0, -1, 0);
        const QColor fill = i == selected ? kSelectedColor : kBarColor;
        painter.fillRect(r, fill);
        painter.setPen(fill.darker(130));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
    }
    painter.setPen(text);
    drawXTitle(painter, tr("perplexity (log scale)"));
    drawYTitle(painter, tr("documents"));
}

}  // namespace ts
