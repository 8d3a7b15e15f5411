#include "ui/health/UpdateRatioHeatmap.h"

#include "ui/health/HealthHistory.h"
#include "ui/health/RatioScale.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 4;
constexpr int kTick = 3;
constexpr double kMaxRowHeight = 22.0;
constexpr int kPreferredRowHeight = 18;  // what sizeHint() asks per row
constexpr int kMinHintHeight = 150;
constexpr int kMaxHintHeight = 300;  // leaves the gradient-norm chart below room in a dock
constexpr int kHintWidth = 460;
constexpr double kMinCellWidth = 2.0;     // narrower samples are compressed into pixel columns
constexpr double kMaxCellWidth = 48.0;
constexpr double kMinOutlinedCell = 3.0;  // cells smaller than this are not outlined
constexpr double kRowSeparatorHeight = 6.0;
constexpr int kLegendBarWidth = 280;
constexpr int kMinLegendBarWidth = 170;
constexpr int kLegendBarHeight = 10;
constexpr int kTargetMarkPx = 5;
constexpr int kSwatch = 10;
const QColor kOutline(0x20, 0x20, 0x20);
const QColor kMarkColor(0x1f, 0x77, 0xb4);
const QColor kSeparator(0xff, 0xff, 0xff, 150);
const QColor kBarBorder(0x99, 0x99, 0x99);

/// How far a ratio strays from the target, in decades (missing ratios count as on target).
double decadesFromTarget(double ratio) {
    if (!(ratio >= 0.0) || !std::isfinite(ratio)) return 0.0;
    const double logRatio = ratio > 0.0 ? std::log10(ratio) : ratioscale::kLowLog;
    return std::fabs(logRatio - ratioscale::kTargetLog);
}

}  // namespace

UpdateRatioHeatmap::UpdateRatioHeatmap(const HealthHistory* history, QWidget* parent)
    : HealthPlot(tr("Update ratios"), QString(), parent), m_history(history) {
    setObjectName(QStringLiteral("updateRatioHeatmap"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QSize UpdateRatioHeatmap::sizeHint() const {
    const int cells = 2 * kMargin + kPreferredRowHeight * static_cast<int>(m_rows.size()) + belowCells();
    return QSize(kHintWidth, std::clamp(cells, kMinHintHeight, kMaxHintHeight));
}

int UpdateRatioHeatmap::belowCells() const {
    const QFontMetrics fm(font());
    return kTick + fm.height() + 2 * kGap + fm.height() + kLegendBarHeight + kTargetMarkPx + 2 * kGap;
}

void UpdateRatioHeatmap::historyChanged() {
    if (m_markedSample >= m_history->sampleCount()) m_markedSample = -1;
    relayout();
}

void UpdateRatioHeatmap::setShowBiases(bool show) {
    if (show == m_showBiases) return;
    m_showBiases = show;
    relayout();
}

void UpdateRatioHeatmap::setBand(double low, double high) {
    m_low = low;
    m_high = high;
    update();
}

void UpdateRatioHeatmap::markStep(qint64 step) {
    m_markedSample = step < 0 ? -1 : m_history->sampleNearest(step);
    update();
}

bool UpdateRatioHeatmap::hasData() const { return m_history->sampleCount() > 0 && !m_rows.empty(); }

QStringList UpdateRatioHeatmap::rowNames() const {
    QStringList names;
    for (int index : m_rows) names.append(m_history->parameterNames()[index]);
    return names;
}

int UpdateRatioHeatmap::columnCount() const { return static_cast<int>(m_columns.size()); }

int UpdateRatioHeatmap::sampleOfColumn(int column) const {
    return column >= 0 && column < columnCount() ? m_columns[static_cast<size_t>(column)] : -1;
}

double UpdateRatioHeatmap::ratioAt(int row, int sample) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size())) return -1.0;
    const ParameterHealth* p = m_history->parameter(sample, m_rows[static_cast<size_t>(row)]);
    return p ? p->updateRatio : -1.0;
}

QColor UpdateRatioHeatmap::cellColor(int row, int sample) const { return ratioscale::colorOf(ratioAt(row, sample)); }

bool UpdateRatioHeatmap::cellOutlined(int row, int sample) const {
    return ratioscale::outsideBand(ratioAt(row, sample), m_low, m_high);
}

QString UpdateRatioHeatmap::cellText(int row, int sample) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()) || sample < 0 || sample >= m_history->sampleCount())
        return QString();
    const QString name = m_history->parameterNames()[m_rows[static_cast<size_t>(row)]];
    const qint64 step = m_history->sample(sample).step;
    const ParameterHealth* p = m_history->parameter(sample, m_rows[static_cast<size_t>(row)]);
    if (!p) return tr("%1 · step %2 · not measured").arg(name).arg(step);
    QString text = tr("%1 · step %2 · update ratio %3 · grad norm %4 · weight norm %5")
                       .arg(name).arg(step).arg(ratioscale::ratioText(p->updateRatio))
                       .arg(QString::number(p->gradNorm, 'g', 3), QString::number(p->weightNorm, 'g', 3));
    if (p->updateRatio > m_high) text += tr(" · above %1: exploding").arg(ratioscale::thresholdText(m_high));
    else if (p->updateRatio >= 0.0 && p->updateRatio < m_low)
        text += tr(" · below %1: vanishing").arg(ratioscale::thresholdText(m_low));
    return text;
}

QString UpdateRatioHeatmap::legendText() const {
    return tr("log10 update ratio: %1 … %2, target %3")
        .arg(ratioscale::powerText(int(ratioscale::kLowLog)), ratioscale::powerText(int(ratioscale::kHighLog)),
             ratioscale::powerText(int(ratioscale::kTargetLog)));
}

void UpdateRatioHeatmap::relayout() {
    const size_t rowsBefore = m_rows.size();
    m_rows.clear();
    const QStringList& names = m_history->parameterNames();
    for (int i = 0; i < names.size(); ++i)
        if (m_showBiases || !HealthHistory::isBias(names[i])) m_rows.push_back(i);
    if (m_rows.empty())  // a model of biases only (or names we cannot tell apart): show everything
        for (int i = 0; i < names.size(); ++i) m_rows.push_back(i);
    if (m_rows.size() != rowsBefore) updateGeometry();
    m_columns.clear();
    m_plot = QRectF();
    if (!hasData()) {
        update();
        return;
    }
    const double left = kMargin + labelColumnWidth(rowNames()) + kGap;
    const double plotWidth = std::max(0.0, width() - left - kMargin);
    const double available = std::max(0.0, height() - 2.0 * kMargin - belowCells());
    m_rowHeight = std::min(kMaxRowHeight, available / double(m_rows.size()));
    layoutColumns(static_cast<int>(plotWidth));
    m_plot = QRectF(left, kMargin, m_columnWidth * double(m_columns.size()), m_rowHeight * double(m_rows.size()));
    update();
}

void UpdateRatioHeatmap::layoutColumns(int plotWidth) {
    const int samples = m_history->sampleCount();
    if (plotWidth <= 0 || samples == 0) return;
    if (samples * kMinCellWidth <= plotWidth) {
        for (int s = 0; s < samples; ++s) m_columns.push_back(s);
        m_columnWidth = std::min(kMaxCellWidth, double(plotWidth) / double(samples));
        return;
    }
    const int columns = static_cast<int>(plotWidth / kMinCellWidth);
    for (int c = 0; c < columns; ++c) {
        const int first = static_cast<int>(int64_t(c) * samples / columns);
        const int last = std::max(first + 1, static_cast<int>(int64_t(c + 1) * samples / columns));
        m_columns.push_back(mostExtremeSample(first, last));
    }
    m_columnWidth = kMinCellWidth;
}

int UpdateRatioHeatmap::mostExtremeSample(int first, int last) const {
    int best = first;
    double bestDistance = -1.0;
    for (int s = first; s < last; ++s)
        for (size_t r = 0; r < m_rows.size(); ++r) {
            const double d = decadesFromTarget(ratioAt(static_cast<int>(r), s));
            if (d > bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
    return best;
}

QRectF UpdateRatioHeatmap::cellRect(int row, int column) const {
    if (m_plot.isEmpty() || row < 0 || row >= static_cast<int>(m_rows.size()) || column < 0 || column >= columnCount())
        return QRectF();
    return QRectF(m_plot.left() + column * m_columnWidth, m_plot.top() + row * m_rowHeight, m_columnWidth, m_rowHeight);
}

QPoint UpdateRatioHeatmap::cellAt(const QPoint& pos) const {
    if (m_plot.isEmpty() || !m_plot.contains(QPointF(pos))) return QPoint(-1, -1);
    const int column = std::min(columnCount() - 1, static_cast<int>((pos.x() - m_plot.left()) / m_columnWidth));
    const int row = std::min(static_cast<int>(m_rows.size()) - 1, static_cast<int>((pos.y() - m_plot.top()) / m_rowHeight));
    return QPoint(column, row);
}

QString UpdateRatioHeatmap::toolTipAt(const QPoint& pos) const {
    const QPoint cell = cellAt(pos);
    return cell.x() < 0 ? QString() : cellText(cell.y(), sampleOfColumn(cell.x()));
}

void UpdateRatioHeatmap::paintData(QPainter& painter) {
    if (m_plot.isEmpty()) return;
    paintCells(painter);
    paintRowLabels(painter);
    std::vector<qint64> steps;
    for (int sample : m_columns) steps.push_back(m_history->sample(sample).step);
    paintStepAxis(painter, m_plot, m_columnWidth, steps);
    paintLegend(painter);
}

void UpdateRatioHeatmap::paintCells(QPainter& painter) const {
    painter.setRenderHint(QPainter::Antialiasing, false);
    const bool outline = m_columnWidth >= kMinOutlinedCell && m_rowHeight >= kMinOutlinedCell;
    for (int c = 0; c < columnCount(); ++c) {
        const int sample = m_columns[static_cast<size_t>(c)];
        for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
            const QRectF cell = cellRect(r, c);
            painter.fillRect(cell, cellColor(r, sample));
            if (outline && cellOutlined(r, sample)) {
                painter.setPen(QPen(kOutline, 1.0));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cell.adjusted(0.5, 0.5, -1.0, -1.0));
            }
        }
    }
    if (m_rowHeight >= kRowSeparatorHeight) {
        painter.setPen(kSeparator);
        for (int r = 1; r < static_cast<int>(m_rows.size()); ++r) {
            const double y = m_plot.top() + r * m_rowHeight;
            painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        }
    }
    painter.setPen(kBarBorder);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(m_plot.adjusted(-0.5, -0.5, 0.0, 0.0));
    const auto marked = std::find(m_columns.begin(), m_columns.end(), m_markedSample);
    if (m_markedSample >= 0 && marked != m_columns.end()) {
        const QRectF column = cellRect(0, static_cast<int>(marked - m_columns.begin()));
        painter.setPen(QPen(kMarkColor, 2.0));
        painter.drawRect(QRectF(column.left() - 1.0, m_plot.top() - 1.0, column.width() + 2.0, m_plot.height() + 2.0));
    }
}

void UpdateRatioHeatmap::paintRowLabels(QPainter& painter) const {
    const QFontMetrics fm(font());
    painter.setPen(palette().color(QPalette::WindowText));
    // Rows thinner than a line of text: label every n-th row.
    const int every = std::max(1, static_cast<int>(std::ceil(fm.height() / std::max(1.0, m_rowHeight))));
    const int labelWidth = static_cast<int>(m_plot.left()) - kMargin - kGap;
    const QStringList& names = m_history->parameterNames();
    for (int r = 0; r < static_cast<int>(m_rows.size()); r += every) {
        const double centre = m_plot.top() + (r + 0.5) * m_rowHeight;
        const QRect box(kMargin, static_cast<int>(centre - fm.height() / 2.0), labelWidth, fm.height());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(names[m_rows[static_cast<size_t>(r)]], Qt::ElideLeft, labelWidth));
    }
}

void UpdateRatioHeatmap::paintLegend(QPainter& painter) const {
    const QFontMetrics fm(font());
    const QColor ink = palette().color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);
    const double top = m_plot.bottom() + kTick + fm.height() + 2 * kGap + kTargetMarkPx;
    const QString caption = tr("update ratio ‖Δw‖/‖w‖");
    painter.setFont(bold);
    painter.setPen(ink);
    const int captionWidth = QFontMetrics(bold).horizontalAdvance(caption);
    painter.drawText(QRectF(kMargin, top - (fm.height() - kLegendBarHeight) / 2.0, captionWidth + 1, fm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, caption);
    painter.setFont(font());
    const double barLeft = kMargin + captionWidth + 2 * kGap;
    // The bar gives way to the note on outlines (down to kMinLegendBarWidth), then the note to the bar.
    const QString note = tr("outside %1 … %2").arg(ratioscale::thresholdText(m_low), ratioscale::thresholdText(m_high));
    const double noteWidth = 3 * kGap + kSwatch + kGap + fm.horizontalAdvance(note);
    const double room = width() - barLeft - kMargin;
    const double barWidth = std::min<double>(kLegendBarWidth, std::max<double>(kMinLegendBarWidth, room - noteWidth));
    if (barWidth <= 0 || barWidth > room) return;
    const QRectF bar(barLeft, top, barWidth, kLegendBarHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    const QVector<QColor> stops = ratioscale::stops();
    for (int i = 0; i < stops.size(); ++i) gradient.setColorAt(double(i) / double(stops.size() - 1), stops[i]);
    painter.fillRect(bar, gradient);
    painter.setPen(kBarBorder);
    painter.drawRect(bar);
    const auto xOf = [&](double logRatio) {
        return bar.left() + (logRatio - ratioscale::kLowLog) / (ratioscale::kHighLog - ratioscale::kLowLog) * bar.width();
    };
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int e = int(ratioscale::kLowLog); e <= int(ratioscale::kHighLog); ++e) {
        const bool target = e == int(ratioscale::kTargetLog);
        const QString label = ratioscale::powerText(e);
        painter.setFont(target ? bold : font());
        const double w = QFontMetrics(painter.font()).horizontalAdvance(label);
        painter.setPen(ink);
        painter.drawText(QRectF(xOf(e) - w / 2.0, bar.bottom() + kGap, w + 1.0, fm.height()), Qt::AlignCenter, label);
    }
    // The target: a triangle above the bar and a line through it.
    const double tx = xOf(ratioscale::kTargetLog);
    painter.setPen(QPen(ink, 1.5));
    painter.drawLine(QPointF(tx, bar.top()), QPointF(tx, bar.bottom()));
    QPainterPath mark;
    mark.moveTo(tx - kTargetMarkPx, bar.top() - kTargetMarkPx);
    mark.lineTo(tx + kTargetMarkPx, bar.top() - kTargetMarkPx);
    mark.lineTo(tx, bar.top());
    mark.closeSubpath();
    painter.fillPath(mark, ink);
    painter.setFont(font());
    // What an outline means.
    const double noteLeft = bar.right() + 3 * kGap;
    if (bar.right() + noteWidth > width() - kMargin) return;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(kOutline, 1.0));
    painter.drawRect(QRectF(noteLeft, top, kSwatch, kLegendBarHeight));
    painter.setPen(ink);
    painter.drawText(QRectF(noteLeft + kSwatch + kGap, top - (fm.height() - kLegendBarHeight) / 2.0,
                            fm.horizontalAdvance(note) + 1, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, note);
}

}  // namespace ts
