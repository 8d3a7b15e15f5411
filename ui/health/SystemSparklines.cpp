#include "ui/health/SystemSparklines.h"

#include "ui/common/TextFormat.h"
#include "ui/health/SystemText.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 6;
constexpr double kMaxRowHeight = 40.0;
constexpr double kMinRelativeSpan = 0.2;  // a line's range spans at least 20% of its largest value
constexpr double kMinLineShare = 0.3;  // of a row's width, for its line (names and values elide beyond)
constexpr double kPointRadius = 2.5;
const QColor kLineColor(0x8c, 0x56, 0x4b);
const QColor kBand(0xf4, 0xf4, 0xf4);

bool known(double v) { return v >= 0.0 && std::isfinite(v); }

QString memoryFigure(double mib, bool) { return memoryText(mib); }

}  // namespace

SystemSparklines::SystemSparklines(QWidget* parent)
    : HealthPlot(tr("System"), tr("Throughput, CPU and memory appear after the first epoch (a language model: the "
                                  "first evaluation)."), parent) {
    setObjectName(QStringLiteral("systemSparklines"));
    m_figures = {
        {tr("Throughput"), [](const SystemMetrics& s) { return s.samplesPerSec > 0.0 ? s.samplesPerSec : -1.0; },
         [](double v, bool tokens) {
             return (tokens ? tr("%1 tokens/s") : tr("%1 samples/s")).arg(grouped(std::llround(v)));
         }},
        {tr("Data loading"), [](const SystemMetrics& s) { return s.dataShare; },
         [](double v, bool) { return tr("%1 of step time").arg(percentText(v)); }},
        {tr("CPU"), [](const SystemMetrics& s) { return s.cpuPercent; },
         [](double v, bool) { return QStringLiteral("%1%").arg(std::llround(v)); }},
        {tr("Resident memory"), [](const SystemMetrics& s) { return s.rssMb > 0.0 ? s.rssMb : -1.0; }, memoryFigure},
        {tr("GPU allocated"), [](const SystemMetrics& s) { return s.gpuAllocatedMb; }, memoryFigure},
        {tr("GPU reserved"), [](const SystemMetrics& s) { return s.gpuReservedMb; }, memoryFigure},
    };
}

void SystemSparklines::addEpoch(int epoch, const SystemMetrics& system) {
    m_epochs.push_back(epoch);
    m_values.push_back(system);
    update();
}

void SystemSparklines::clear() {
    m_epochs.clear();
    m_values.clear();
    update();
}

void SystemSparklines::setTokens(bool tokens) {
    m_tokens = tokens;
    update();
}

std::vector<int> SystemSparklines::shownFigures() const {
    std::vector<int> shown;
    for (size_t f = 0; f < m_figures.size(); ++f)
        if (std::any_of(m_values.begin(), m_values.end(), [&](const SystemMetrics& s) { return known(m_figures[f].value(s)); }))
            shown.push_back(static_cast<int>(f));
    return shown;
}

bool SystemSparklines::hasData() const { return !shownFigures().empty(); }

QStringList SystemSparklines::rowNames() const {
    QStringList names;
    for (int f : shownFigures()) names.append(m_figures[static_cast<size_t>(f)].name);
    return names;
}

QString SystemSparklines::latestText(int row) const {
    const std::vector<int> shown = shownFigures();
    if (row < 0 || row >= static_cast<int>(shown.size())) return QString();
    const Figure& figure = m_figures[static_cast<size_t>(shown[static_cast<size_t>(row)])];
    for (auto it = m_values.rbegin(); it != m_values.rend(); ++it)
        if (known(figure.value(*it))) return figure.text(figure.value(*it), m_tokens);
    return QString();
}

QString SystemSparklines::pointText(int row, int index) const {
    const std::vector<int> shown = shownFigures();
    if (row < 0 || row >= static_cast<int>(shown.size()) || index < 0 || index >= static_cast<int>(m_values.size()))
        return QString();
    const Figure& figure = m_figures[static_cast<size_t>(shown[static_cast<size_t>(row)])];
    const double v = figure.value(m_values[static_cast<size_t>(index)]);
    return tr("%1 · epoch %2 · %3").arg(figure.name).arg(m_epochs[static_cast<size_t>(index)])
        .arg(known(v) ? figure.text(v, m_tokens) : tr("not measured"));
}

QRectF SystemSparklines::rowRect(int row, int rows) const {
    const double top = kMargin + QFontMetrics(font()).height() + kGap;  // under the caption
    const double h = std::min(kMaxRowHeight, (height() - top - kMargin) / std::max(1, rows));
    return QRectF(kMargin, top + row * h, width() - 2.0 * kMargin, h);
}

QRectF SystemSparklines::lineRect(const QRectF& row) const {
    const QFontMetrics fm(font());
    int names = 0;
    int values = 0;
    const std::vector<int> shown = shownFigures();
    for (size_t r = 0; r < shown.size(); ++r) {
        names = std::max(names, fm.horizontalAdvance(m_figures[static_cast<size_t>(shown[r])].name));
        values = std::max(values, fm.horizontalAdvance(latestText(static_cast<int>(r))));
    }
    const double left = row.left() + names + 3.0 * kGap;
    const double right = std::max(left + kMinLineShare * row.width(), row.right() - values - 3.0 * kGap);
    const double inset = kGap + kPointRadius;
    return QRectF(left, row.top() + inset, std::max(0.0, right - left), row.height() - 2.0 * inset);
}

QString SystemSparklines::toolTipAt(const QPoint& pos) const {
    const int rows = static_cast<int>(shownFigures().size());
    for (int r = 0; r < rows; ++r) {
        const QRectF rect = rowRect(r, rows);
        if (!rect.contains(QPointF(pos))) continue;
        const QRectF line = lineRect(rect);
        const double lineLeft = line.left();
        const double lineWidth = line.width();
        const int n = static_cast<int>(m_values.size());
        const double t = n > 1 ? (pos.x() - lineLeft) / lineWidth * (n - 1) : 0.0;
        return pointText(r, std::clamp(static_cast<int>(std::lround(t)), 0, n - 1));
    }
    return QString();
}

void SystemSparklines::paintData(QPainter& painter) {
    painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
    const QString caption = m_epochs.size() > 1
                                ? tr("Epochs %1 to %2 (hover a line for its values); on the right, the latest")
                                      .arg(m_epochs.front()).arg(m_epochs.back())
                                : tr("Epoch %1").arg(m_epochs.front());
    painter.drawText(QRectF(kMargin + kGap, kMargin, width() - 2.0 * kMargin, QFontMetrics(font()).height()),
                     Qt::AlignLeft | Qt::AlignVCenter, caption);
    const std::vector<int> shown = shownFigures();
    const int rows = static_cast<int>(shown.size());
    for (int r = 0; r < rows; ++r) {
        const QRectF rect = rowRect(r, rows);
        if (r % 2 == 0) painter.fillRect(rect, kBand);
        paintRow(painter, m_figures[static_cast<size_t>(shown[static_cast<size_t>(r)])], rect);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(lineRect(rect).right() + kGap, rect.top(), rect.right() - lineRect(rect).right() - 2 * kGap,
                                rect.height()), Qt::AlignRight | Qt::AlignVCenter, latestText(r));
    }
}

void SystemSparklines::paintRow(QPainter& painter, const Figure& figure, const QRectF& rect) const {
    const QColor ink = palette().color(QPalette::WindowText);
    painter.setPen(ink);
    painter.drawText(rect.adjusted(kGap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, figure.name);
    const QRectF line = lineRect(rect);
    double lo = 0.0;
    double hi = 0.0;
    bool any = false;
    for (const SystemMetrics& s : m_values)
        if (const double v = figure.value(s); known(v)) {
            lo = any ? std::min(lo, v) : v;
            hi = any ? std::max(hi, v) : v;
            any = true;
        }
    if (!any) return;
    // At least kMinRelativeSpan of the largest value around the figures: a 2% wobble must not look like a cliff.
    const double minSpan = std::max(kMinRelativeSpan * std::fabs(hi), 1e-9);
    if (hi - lo < minSpan) {
        const double centre = (hi + lo) / 2.0;
        lo = centre - minSpan / 2.0;
        hi = centre + minSpan / 2.0;
    }
    const int n = static_cast<int>(m_values.size());
    QPolygonF points;
    for (int i = 0; i < n; ++i)
        if (const double v = figure.value(m_values[static_cast<size_t>(i)]); known(v))
            points.append(QPointF(n > 1 ? line.left() + line.width() * i / (n - 1) : line.center().x(),
                                  line.bottom() - (v - lo) / (hi - lo) * line.height()));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(kLineColor, 1.5));
    if (points.size() > 1) painter.drawPolyline(points);
    painter.setBrush(kLineColor);
    for (const QPointF& p : points) painter.drawEllipse(p, kPointRadius, kPointRadius);
    painter.setBrush(Qt::NoBrush);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

}  // namespace ts
