#include "ui/evaluate/EvalCharts.h"
#include "ui/common/TextFormat.h"

#include "ui/charts/ChartImage.h"
#include "ui/charts/ChartMath.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

constexpr int kMargin = 10;
constexpr int kGap = 4;
constexpr int kTick = 4;
constexpr int kSwatch = 12;
constexpr int kLegendSpacing = 14;
constexpr int kMinPlotSide = 40;
constexpr QSize kDefaultSize(460, 340);
constexpr QSize kMinSize(240, 180);
constexpr double kConfidenceTickStep = 0.2;   // ticks of the [0, 1] axes
constexpr int kMaxCountTicks = 6;
constexpr double kMarkerRadius = 3.5;
constexpr double kMaxLabelFraction = 0.35;     // of the widget width, for class names
constexpr double kBarFraction = 0.8;           // of a row's height, for its bars
constexpr double kSharePadding = 1.08;         // headroom right of the longest share bar
constexpr int kMinValueTextPixels = 8;
constexpr int kLabelSlack = 2;                 // keeps rounding in text widths from eliding a label that fits

// Colours shared with the dashboard and the reports (core/plot/Palette.h).
const QColor kAccuracyColor = toQColor(palette::kTrain);     // blue, as the dashboard's training colour
const QColor kGapColor = toQColor(palette::kWrong);          // red
const QColor kCorrectColor = toQColor(palette::kCorrect);    // green
const QColor kWrongColor = toQColor(palette::kWrong);        // red
const QColor kReferenceColor = toQColor(palette::kTrain);    // the training split: blue
const QColor kCurrentColor = toQColor(palette::kValidation); // the evaluated data: orange
const QColor kDiagonalColor(0x55, 0x55, 0x55);

/// "0.80–0.87" for a confidence interval.
QString range(double lower, double upper) {
    return QStringLiteral("%1–%2").arg(fixed(lower, 2), fixed(upper, 2));
}

/// Ticks and labels along a [0, 1] horizontal axis under `plot`.
void drawUnitXAxis(QPainter& painter, const QRect& plot, const QColor& text) {
    const QFontMetrics fm = painter.fontMetrics();
    painter.setPen(text);
    for (double v = 0.0; v <= 1.0 + 1e-9; v += kConfidenceTickStep) {
        const int x = plot.left() + static_cast<int>(std::lround(v * plot.width()));
        painter.drawLine(x, plot.bottom() + 1, x, plot.bottom() + kTick);
        const QString label = fixed(v, 1);
        const int w = fm.horizontalAdvance(label);
        painter.drawText(QRect(x - w, plot.bottom() + kTick + kGap, 2 * w, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                         label);
    }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// EvalPlot

EvalPlot::EvalPlot(const QString& imageTitle, const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_placeholder(placeholder) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    installImageContextMenu(this, imageTitle);  // Save as PNG/SVG, Copy to clipboard
}

QString EvalPlot::title() const {
    return m_title;
}

QString EvalPlot::placeholderText() const {
    return m_placeholder;
}

QRect EvalPlot::plotRect() const {
    return m_plot;
}

QSize EvalPlot::sizeHint() const {
    return kDefaultSize;
}

QSize EvalPlot::minimumSizeHint() const {
    return kMinSize;
}

void EvalPlot::setTitle(const QString& title) {
    m_title = title;
    relayout();
}

void EvalPlot::relayout() {
    m_plot = QRect();
    if (!hasData() || width() <= 0 || height() <= 0) {
        update();
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bm(bold);
    const QFontMetrics fm(font());
    int legendWidth = 0;
    for (const LegendEntry& e : legend()) legendWidth += kSwatch + kGap + fm.horizontalAdvance(e.text) + kLegendSpacing;
    // The legend shares the title row when both fit, else it gets a row of its own.
    const bool legendRow = bm.horizontalAdvance(m_title) + kLegendSpacing + legendWidth > width() - 2 * kMargin;
    const int top = kMargin + bm.height() + 2 * kGap + (legendRow ? fm.height() + kGap : 0);
    const QMargins axes = axisSpace();
    const QRect plot(kMargin + axes.left(), top, width() - 2 * kMargin - axes.left() - axes.right(),
                     height() - top - kMargin - axes.bottom());
    if (plot.width() >= kMinPlotSide && plot.height() >= kMinPlotSide) m_plot = plot;
    update();
}

void EvalPlot::drawXTitle(QPainter& painter, const QString& text) const {
    const QFontMetrics fm = painter.fontMetrics();
    painter.drawText(QRect(m_plot.left(), height() - kMargin - fm.height(), m_plot.width(), fm.height()),
                     Qt::AlignCenter, text);
}

void EvalPlot::drawYTitle(QPainter& painter, const QString& text) const {
    const QFontMetrics fm = painter.fontMetrics();
    painter.save();
    painter.translate(kMargin, m_plot.center().y());
    painter.rotate(-90.0);
    painter.drawText(QRect(-m_plot.height() / 2, 0, m_plot.height(), fm.height()), Qt::AlignCenter, text);
    painter.restore();
}

void EvalPlot::drawYTicks(QPainter& painter, const QVector<YTick>& ticks) const {
    const QFontMetrics fm = painter.fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    for (int i = 0; i < ticks.size(); ++i) {
        const int y = static_cast<int>(std::lround(ticks[i].y));
        if (i > 0) {
            painter.setPen(chartGridColor());
            painter.drawLine(m_plot.left(), y, m_plot.right(), y);
        }
        painter.setPen(text);
        painter.drawLine(m_plot.left() - kTick, y, m_plot.left() - 1, y);
        painter.drawText(QRect(0, y - fm.height() / 2, m_plot.left() - kTick - kGap, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, ticks[i].label);
    }
}

void EvalPlot::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QColor text = palette().color(QPalette::WindowText);
    if (!hasData()) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                         placeholderText());
        return;
    }

    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bm(bold);
    const QFontMetrics fm(font());
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     bm.elidedText(m_title, Qt::ElideRight, width() - 2 * kMargin));

    // Legend: right-aligned in the title row, or on its own row under the title.
    const QVector<LegendEntry> entries = legend();
    int legendWidth = 0;
    for (const LegendEntry& e : entries) legendWidth += kSwatch + kGap + fm.horizontalAdvance(e.text) + kLegendSpacing;
    const bool legendRow = bm.horizontalAdvance(m_title) + kLegendSpacing + legendWidth > width() - 2 * kMargin;
    int x = legendRow ? kMargin : width() - kMargin - legendWidth + kLegendSpacing;
    const int rowTop = legendRow ? kMargin + bm.height() + kGap : kMargin + (bm.height() - fm.height()) / 2;
    painter.setFont(font());
    for (const LegendEntry& e : entries) {
        const QRect swatch(x, rowTop + (fm.height() - kSwatch) / 2, kSwatch, kSwatch);
        if (e.line) {
            QPen pen(e.color, 2.0, e.dashed ? Qt::DashLine : Qt::SolidLine);
            painter.setPen(pen);
            painter.drawLine(swatch.left(), swatch.center().y(), swatch.right(), swatch.center().y());
            if (!e.dashed) {
                painter.setBrush(Qt::white);
                painter.setPen(QPen(e.color, 1.5));
                painter.drawEllipse(QPointF(swatch.center()) + QPointF(0.5, 0.5), kMarkerRadius, kMarkerRadius);
                painter.setBrush(Qt::NoBrush);
            }
        } else {
            painter.fillRect(swatch, e.color);
        }
        painter.setPen(text);
        const int w = fm.horizontalAdvance(e.text);
        painter.drawText(QRect(swatch.right() + 1 + kGap, rowTop, w + 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         e.text);
        x += kSwatch + kGap + w + kLegendSpacing;
    }

    if (m_plot.isEmpty()) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Too small to draw"));
        return;
    }
    painter.fillRect(m_plot, palette().color(QPalette::Base));
    paintPlot(painter);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(text);
    painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    painter.drawLine(m_plot.bottomLeft(), m_plot.topLeft());
}

bool EvalPlot::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = hasData() ? toolTipAt(help->pos()) : QString();
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void EvalPlot::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout();
}

void EvalPlot::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) relayout();
}

// ---------------------------------------------------------------------------------------------
// ReliabilityDiagram

ReliabilityDiagram::ReliabilityDiagram(QWidget* parent)
    : EvalPlot(tr("Reliability diagram"), tr("The reliability diagram appears after an evaluation"), parent) {
    setObjectName(QStringLiteral("reliabilityDiagram"));
}

void ReliabilityDiagram::setCalibration(const Calibration& calibration) {
    m_calibration = calibration;
    m_total = 0;
    for (const CalibrationBin& b : m_calibration.bins) m_total += b.count;
    setTitle(tr("Reliability diagram · ECE %1 · MCE %2").arg(percentText(m_calibration.ece), percentText(m_calibration.mce)));
}

const Calibration& ReliabilityDiagram::calibration() const {
    return m_calibration;
}

void ReliabilityDiagram::clear() {
    m_calibration = Calibration();
    m_total = 0;
    setTitle(QString());
}

bool ReliabilityDiagram::hasData() const {
    return m_total > 0;
}

QMargins ReliabilityDiagram::axisSpace() const {
    const QFontMetrics fm(font());
    const int tickLabels = fm.horizontalAdvance(QStringLiteral("0.0"));
    return QMargins(fm.height() + kGap + tickLabels + kGap + kTick, 0, tickLabels / 2,
                    kTick + kGap + fm.height() + kGap + fm.height());
}

QPointF ReliabilityDiagram::toWidget(double confidence, double accuracy) const {
    const QRect p = plotRect();
    return QPointF(p.left() + confidence * p.width(), p.top() + (1.0 - accuracy) * p.height());
}

QRect ReliabilityDiagram::barRect(int bin) const {
    if (plotRect().isEmpty() || bin < 0 || bin >= static_cast<int>(m_calibration.bins.size())) return QRect();
    const CalibrationBin& b = m_calibration.bins[static_cast<size_t>(bin)];
    if (b.count <= 0) return QRect();
    const QPointF topLeft = toWidget(b.lower, b.accuracy);
    const QPointF bottomRight = toWidget(b.upper, 0.0);
    return QRectF(topLeft, bottomRight).toAlignedRect().adjusted(1, 0, -1, 0);
}

int ReliabilityDiagram::binAt(const QPoint& pos) const {
    const QRect p = plotRect();
    if (p.isEmpty() || pos.y() < p.top() || pos.y() > p.bottom()) return -1;
    const double confidence = double(pos.x() - p.left()) / std::max(1, p.width());
    for (size_t i = 0; i < m_calibration.bins.size(); ++i) {
        const CalibrationBin& b = m_calibration.bins[i];
        const bool last = i + 1 == m_calibration.bins.size();
        if (confidence >= b.lower && (confidence < b.upper || (last && confidence <= b.upper))) return static_cast<int>(i);
    }
    return -1;
}

QString ReliabilityDiagram::binToolTip(int bin) const {
    if (bin < 0 || bin >= static_cast<int>(m_calibration.bins.size())) return QString();
    const CalibrationBin& b = m_calibration.bins[static_cast<size_t>(bin)];
    if (b.count == 0) return tr("Confidence %1: no predictions").arg(range(b.lower, b.upper));
    const double gap = b.meanConfidence - b.accuracy;
    const QString direction = std::fabs(gap) < 0.0005 ? tr("calibrated")
                              : gap > 0.0 ? tr("%1 points overconfident").arg(fixed(100.0 * gap, 1))
                                          : tr("%1 points underconfident").arg(fixed(-100.0 * gap, 1));
    return tr("Confidence %1: %2 prediction(s) (%3)\nmean confidence %4 · accuracy %5 (%6)", nullptr, pluralCount(b.count))
        .arg(range(b.lower, b.upper), grouped(b.count), percentText(double(b.count) / double(std::max<int64_t>(1, m_total))),
             percentText(b.meanConfidence), percentText(b.accuracy), direction);
}

QString ReliabilityDiagram::toolTipAt(const QPoint& pos) const {
    return binToolTip(binAt(pos));
}

QVector<EvalPlot::LegendEntry> ReliabilityDiagram::legend() const {
    QColor gap = kGapColor;
    gap.setAlpha(110);
    return {{kAccuracyColor, tr("accuracy"), false, false},
            {gap, tr("gap to confidence"), false, false},
            {QColor(0x33, 0x33, 0x33), tr("mean confidence"), true, false},
            {kDiagonalColor, tr("perfect calibration"), true, true}};
}

void ReliabilityDiagram::paintPlot(QPainter& painter) {
    const QRect p = plotRect();
    const QColor text = palette().color(QPalette::WindowText);

    // Grid and y ticks.
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = painter.fontMetrics();
    for (double v = 0.0; v <= 1.0 + 1e-9; v += kConfidenceTickStep) {
        const int y = static_cast<int>(std::lround(toWidget(0.0, v).y()));
        const int x = static_cast<int>(std::lround(toWidget(v, 0.0).x()));
        painter.setPen(chartGridColor());
        if (v > 0.0) {
            painter.drawLine(p.left(), y, p.right(), y);
            painter.drawLine(x, p.top(), x, p.bottom());
        }
        painter.setPen(text);
        painter.drawLine(p.left() - kTick, y, p.left() - 1, y);
        painter.drawText(QRect(0, y - fm.height() / 2, p.left() - kTick - kGap, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, fixed(v, 1));
    }
    drawUnitXAxis(painter, p, text);

    // Accuracy bars and the gap to the bin's mean confidence.
    QColor barFill = kAccuracyColor;
    barFill.setAlpha(200);
    QColor gapFill = kGapColor;
    gapFill.setAlpha(60);
    QColor gapHatch = kGapColor;
    gapHatch.setAlpha(150);
    for (size_t i = 0; i < m_calibration.bins.size(); ++i) {
        const CalibrationBin& b = m_calibration.bins[i];
        if (b.count <= 0) continue;
        const QRect bar = barRect(static_cast<int>(i));
        painter.fillRect(bar, barFill);
        painter.setPen(kAccuracyColor.darker(130));
        painter.drawRect(bar.adjusted(0, 0, -1, -1));
        const double top = toWidget(0.0, std::max(b.accuracy, b.meanConfidence)).y();
        const double bottom = toWidget(0.0, std::min(b.accuracy, b.meanConfidence)).y();
        const QRect gap(bar.left(), static_cast<int>(std::lround(top)), bar.width(),
                        static_cast<int>(std::lround(bottom - top)));
        if (gap.height() > 0) {
            painter.fillRect(gap, gapFill);
            painter.fillRect(gap, QBrush(gapHatch, Qt::BDiagPattern));
        }
    }

    // Perfect calibration and the bins' (mean confidence, accuracy) points.
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(kDiagonalColor, 1.5, Qt::DashLine));
    painter.drawLine(toWidget(0.0, 0.0), toWidget(1.0, 1.0));
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
    painter.setBrush(Qt::white);
    for (const CalibrationBin& b : m_calibration.bins) {
        if (b.count <= 0) continue;
        painter.drawEllipse(toWidget(b.meanConfidence, b.accuracy), kMarkerRadius, kMarkerRadius);
    }
    painter.setBrush(Qt::NoBrush);

    painter.setPen(text);
    drawXTitle(painter, tr("confidence (top-1 probability)"));
    drawYTitle(painter, tr("accuracy"));
}

// ---------------------------------------------------------------------------------------------
// ConfidenceHistogramChart

ConfidenceHistogramChart::ConfidenceHistogramChart(QWidget* parent)
    : EvalPlot(tr("Confidence histogram"), tr("The confidence histogram appears after an evaluation"), parent) {
    setObjectName(QStringLiteral("confidenceHistogram"));
}

void ConfidenceHistogramChart::setHistogram(const ConfidenceHistogram& histogram) {
    m_histogram = histogram;
    const size_t bins = std::min(m_histogram.correct.size(), m_histogram.wrong.size());
    m_histogram.correct.resize(bins);
    m_histogram.wrong.resize(bins);
    if (m_histogram.edges.size() != bins + 1) {  // equal-width edges when they are missing
        m_histogram.edges.resize(bins + 1);
        for (size_t i = 0; i <= bins; ++i) m_histogram.edges[i] = bins ? double(i) / double(bins) : 0.0;
    }
    int64_t correct = 0, wrong = 0;
    for (size_t i = 0; i < bins; ++i) {
        correct += m_histogram.correct[i];
        wrong += m_histogram.wrong[i];
    }
    const int64_t all = correct + wrong;
    setLogScale(m_log);  // recomputes the axis
    setTitle(all > 0 ? tr("Confidence histogram · %1 of %2 prediction(s) wrong", nullptr, pluralCount(all))
                           .arg(percentText(double(wrong) / double(all)), grouped(all))
                     : QString());
}

const ConfidenceHistogram& ConfidenceHistogramChart::histogram() const {
    return m_histogram;
}

void ConfidenceHistogramChart::clear() {
    m_histogram = ConfidenceHistogram();
    setTitle(QString());
}

void ConfidenceHistogramChart::setLogScale(bool log) {
    m_log = log;
    double largest = 0.0;
    for (size_t i = 0; i < m_histogram.correct.size(); ++i) {
        const double c = double(m_histogram.correct[i]), w = double(m_histogram.wrong[i]);
        largest = std::max(largest, m_log ? std::max(c, w) : c + w);
    }
    if (m_log) {
        m_axisMax = std::pow(10.0, std::ceil(std::log10(std::max(1.0, largest))));
    } else {
        const double step = niceStep(std::max(1.0, largest), kMaxCountTicks);
        m_axisMax = std::max(step, std::ceil(largest / step) * step);
    }
    relayout();
}

bool ConfidenceHistogramChart::logScale() const {
    return m_log;
}

double ConfidenceHistogramChart::axisMaximum() const {
    return m_axisMax;
}

bool ConfidenceHistogramChart::hasData() const {
    for (size_t i = 0; i < m_histogram.correct.size(); ++i)
        if (m_histogram.correct[i] + m_histogram.wrong[i] > 0) return true;
    return false;
}

QVector<double> ConfidenceHistogramChart::ticks() const {
    QVector<double> out;
    if (m_log) {
        out.append(0.0);
        for (double v = 1.0; v <= m_axisMax * 1.0001; v *= 10.0) out.append(v);
        return out;
    }
    const double step = niceStep(m_axisMax, kMaxCountTicks);
    for (double v = 0.0; v <= m_axisMax * 1.0001; v += step) out.append(v);
    return out;
}

QString ConfidenceHistogramChart::tickText(double value) const {
    return grouped(static_cast<qint64>(std::llround(value)));
}

QMargins ConfidenceHistogramChart::axisSpace() const {
    const QFontMetrics fm(font());
    int widest = 0;
    for (double t : ticks()) widest = std::max(widest, fm.horizontalAdvance(tickText(t)));
    return QMargins(fm.height() + kGap + widest + kGap + kTick, 0, fm.horizontalAdvance(QStringLiteral("1.0")) / 2,
                    kTick + kGap + fm.height() + kGap + fm.height());
}

double ConfidenceHistogramChart::yOf(double count) const {
    const QRect p = plotRect();
    // Log scale on 1 + count, so a single sample still shows and 0 sits on the axis.
    const double share = m_log ? std::log10(1.0 + std::max(0.0, count)) / std::log10(1.0 + m_axisMax)
                               : count / std::max(1e-12, m_axisMax);
    return p.top() + (1.0 - std::clamp(share, 0.0, 1.0)) * p.height();
}

QRect ConfidenceHistogramChart::barRect(int bin, bool wrong) const {
    const QRect p = plotRect();
    if (p.isEmpty() || bin < 0 || bin >= static_cast<int>(m_histogram.correct.size())) return QRect();
    const auto i = static_cast<size_t>(bin);
    const double c = double(m_histogram.correct[i]), w = double(m_histogram.wrong[i]);
    if ((wrong ? w : c) <= 0.0) return QRect();
    double left = p.left() + m_histogram.edges[i] * p.width();
    double right = p.left() + m_histogram.edges[i + 1] * p.width();
    double top = 0.0, bottom = 0.0;
    if (m_log) {  // side by side: correct on the left half, wrong on the right
        const double middle = 0.5 * (left + right);
        (wrong ? left : right) = middle;
        top = yOf(wrong ? w : c);
        bottom = yOf(0.0);
    } else {      // stacked: correct at the bottom, wrong on top
        top = yOf(wrong ? c + w : c);
        bottom = yOf(wrong ? c : 0.0);
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom)).toAlignedRect().adjusted(1, 0, -1, 0);
}

int ConfidenceHistogramChart::binAt(const QPoint& pos) const {
    const QRect p = plotRect();
    if (p.isEmpty() || pos.y() < p.top() || pos.y() > p.bottom()) return -1;
    const double x = double(pos.x() - p.left()) / std::max(1, p.width());
    const size_t bins = m_histogram.correct.size();
    for (size_t i = 0; i < bins; ++i) {
        const bool last = i + 1 == bins;
        if (x >= m_histogram.edges[i] && (x < m_histogram.edges[i + 1] || (last && x <= m_histogram.edges[i + 1])))
            return static_cast<int>(i);
    }
    return -1;
}

QString ConfidenceHistogramChart::binToolTip(int bin) const {
    if (bin < 0 || bin >= static_cast<int>(m_histogram.correct.size())) return QString();
    const auto i = static_cast<size_t>(bin);
    const int64_t c = m_histogram.correct[i], w = m_histogram.wrong[i];
    const QString where = tr("Confidence %1").arg(range(m_histogram.edges[i], m_histogram.edges[i + 1]));
    if (c + w == 0) return tr("%1: no predictions").arg(where);
    return tr("%1: %2 correct, %3 wrong (%4 wrong)")
        .arg(where, grouped(c), grouped(w), percentText(double(w) / double(c + w)));
}

QString ConfidenceHistogramChart::toolTipAt(const QPoint& pos) const {
    return binToolTip(binAt(pos));
}

QVector<EvalPlot::LegendEntry> ConfidenceHistogramChart::legend() const {
    return {{kCorrectColor, tr("correct"), false, false}, {kWrongColor, tr("wrong"), false, false}};
}

void ConfidenceHistogramChart::paintPlot(QPainter& painter) {
    const QRect p = plotRect();
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetrics fm = painter.fontMetrics();
    painter.setRenderHint(QPainter::Antialiasing, false);
    QVector<YTick> yTicks;
    for (double t : ticks()) yTicks.append({yOf(t), tickText(t)});
    drawYTicks(painter, yTicks);
    drawUnitXAxis(painter, p, text);

    for (int i = 0; i < static_cast<int>(m_histogram.correct.size()); ++i) {
        for (bool wrong : {false, true}) {
            const QRect bar = barRect(i, wrong);
            if (bar.isEmpty()) continue;
            const QColor fill = wrong ? kWrongColor : kCorrectColor;
            painter.fillRect(bar, fill);
            painter.setPen(fill.darker(130));
            painter.drawRect(bar.adjusted(0, 0, -1, -1));
        }
    }
    painter.setPen(text);
    drawXTitle(painter, tr("confidence (top-1 probability)"));
    drawYTitle(painter, m_log ? tr("predictions (log scale)") : tr("predictions"));
}

// ---------------------------------------------------------------------------------------------
// ClassDistributionChart

ClassDistributionChart::ClassDistributionChart(QWidget* parent)
    : EvalPlot(tr("Class distribution"), tr("The class distribution appears after an evaluation"), parent) {
    setObjectName(QStringLiteral("classDistributionChart"));
}

void ClassDistributionChart::setReport(const DriftReport& report) {
    m_report = report;
    const size_t n = m_report.classNames.size();
    m_report.currentCounts.resize(n, 0);
    m_report.referenceCounts.resize(n, 0);
    const auto shares = [n](const std::vector<int64_t>& counts) {
        int64_t total = 0;
        for (int64_t c : counts) total += c;
        std::vector<double> out(n, 0.0);
        for (size_t i = 0; i < n && total > 0; ++i) out[i] = double(counts[i]) / double(total);
        return out;
    };
    m_curShare = shares(m_report.currentCounts);
    m_refShare = m_report.hasReference ? shares(m_report.referenceCounts) : std::vector<double>(n, 0.0);
    m_maxShare = 0.0;
    for (size_t i = 0; i < n; ++i) m_maxShare = std::max({m_maxShare, m_curShare[i], m_refShare[i]});
    setTitle(m_report.hasReference
                 ? tr("Class distribution · PSI %1").arg(fixed(m_report.classPsi, 3))
                 : tr("Class distribution of the evaluated data"));
}

void ClassDistributionChart::clear() {
    m_report = DriftReport();
    m_refShare.clear();
    m_curShare.clear();
    m_maxShare = 0.0;
    setTitle(QString());
}

int ClassDistributionChart::classCount() const {
    return static_cast<int>(m_curShare.size());
}

double ClassDistributionChart::share(int cls, bool reference) const {
    if (cls < 0 || cls >= classCount()) return 0.0;
    return (reference ? m_refShare : m_curShare)[static_cast<size_t>(cls)];
}

bool ClassDistributionChart::hasData() const {
    return m_maxShare > 0.0;
}

int ClassDistributionChart::labelWidth() const {
    const QFontMetrics fm(font());
    int widest = 0;
    for (const std::string& name : m_report.classNames)
        widest = std::max(widest, fm.horizontalAdvance(QString::fromStdString(name)) + kLabelSlack);
    return std::min(widest, static_cast<int>(width() * kMaxLabelFraction));
}

QMargins ClassDistributionChart::axisSpace() const {
    const QFontMetrics fm(font());
    return QMargins(labelWidth() + kGap + kTick, 0, fm.horizontalAdvance(QStringLiteral("100.0%")) + kGap,
                    kTick + kGap + fm.height() + kGap + fm.height());
}

int ClassDistributionChart::classAt(const QPoint& pos) const {
    const QRect p = plotRect();
    const int n = classCount();
    if (p.isEmpty() || n == 0 || pos.y() < p.top() || pos.y() > p.bottom() || pos.x() > p.right()) return -1;
    return std::clamp(static_cast<int>((pos.y() - p.top()) * n / std::max(1, p.height())), 0, n - 1);
}

QString ClassDistributionChart::classToolTip(int cls) const {
    if (cls < 0 || cls >= classCount()) return QString();
    const auto i = static_cast<size_t>(cls);
    const QString name = QString::fromStdString(m_report.classNames[i]);
    const QString now = tr("%1 of the evaluated data (%2)").arg(percentText(m_curShare[i]), grouped(m_report.currentCounts[i]));
    if (!m_report.hasReference) return tr("%1: %2").arg(name, now);
    const QString reference = m_report.referenceName.empty() ? tr("the reference data")
                                                             : QString::fromStdString(m_report.referenceName);
    const double change = 100.0 * (m_curShare[i] - m_refShare[i]);
    return tr("%1: %2 of %3 (%4)\n→ %5, %6%7 points")
        .arg(name, percentText(m_refShare[i]), reference, grouped(m_report.referenceCounts[i]), now,
             change >= 0.0 ? QStringLiteral("+") : QStringLiteral("−"), fixed(std::fabs(change), 1));
}

QString ClassDistributionChart::toolTipAt(const QPoint& pos) const {
    return classToolTip(classAt(pos));
}

QVector<EvalPlot::LegendEntry> ClassDistributionChart::legend() const {
    if (!m_report.hasReference) return {{kCurrentColor, tr("evaluated data"), false, false}};
    return {{kReferenceColor, tr("reference"), false, false}, {kCurrentColor, tr("evaluated data"), false, false}};
}

void ClassDistributionChart::paintPlot(QPainter& painter) {
    const QRect p = plotRect();
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetrics fm = painter.fontMetrics();
    const int n = classCount();
    const double step = niceStep(m_maxShare * kSharePadding, kMaxCountTicks - 1);
    const double axisMax = std::max(step, std::ceil(m_maxShare * kSharePadding / step) * step);
    const auto xOf = [&](double share) { return p.left() + share / axisMax * p.width(); };

    // Share ticks along the bottom.
    painter.setRenderHint(QPainter::Antialiasing, false);
    const double stepPercent = step * 100.0;
    const int decimals = std::fabs(stepPercent - std::round(stepPercent)) < 1e-9 ? 0 : stepPercent < 0.1 ? 2 : 1;
    for (double v = 0.0; v <= axisMax * 1.0001; v += step) {
        const int x = static_cast<int>(std::lround(xOf(v)));
        if (v > 0.0) {
            painter.setPen(chartGridColor());
            painter.drawLine(x, p.top(), x, p.bottom());
        }
        painter.setPen(text);
        painter.drawLine(x, p.bottom() + 1, x, p.bottom() + kTick);
        const QString label = percentText(v, decimals);
        const int w = fm.horizontalAdvance(label);
        painter.drawText(QRect(x - w, p.bottom() + kTick + kGap, 2 * w, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                         label);
    }

    // One row per class: the reference bar above the current one.
    const double row = double(p.height()) / n;
    const int stride = std::max(1, static_cast<int>(std::ceil(fm.height() / std::max(1.0, row))));
    const int bars = m_report.hasReference ? 2 : 1;
    const double barHeight = row * kBarFraction / bars;
    QFont valueFont = font();
    const int valuePixels = std::min(fm.height(), static_cast<int>(barHeight));
    if (valuePixels >= kMinValueTextPixels) valueFont.setPixelSize(std::max(kMinValueTextPixels, valuePixels - 2));
    const int labelRight = p.left() - kTick - kGap;
    for (int cls = 0; cls < n; ++cls) {
        const auto i = static_cast<size_t>(cls);
        const double rowTop = p.top() + cls * row + row * (1.0 - kBarFraction) / 2.0;
        for (int b = 0; b < bars; ++b) {
            const bool reference = bars == 2 && b == 0;
            const double value = reference ? m_refShare[i] : m_curShare[i];
            const QRectF bar(QPointF(p.left() + 1, rowTop + b * barHeight), QPointF(xOf(value), rowTop + (b + 1) * barHeight));
            const QColor fill = reference ? kReferenceColor : kCurrentColor;
            painter.fillRect(bar, fill);
            if (valuePixels >= kMinValueTextPixels) {
                painter.setFont(valueFont);
                painter.setPen(text);
                painter.drawText(QRectF(bar.right() + kGap, bar.top(), p.right() + fm.horizontalAdvance(QStringLiteral("100.0%")) - bar.right(), bar.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter, percentText(value));
                painter.setFont(font());
            }
        }
        if (cls % stride != 0) continue;
        painter.setPen(text);
        const QRect label(kMargin, static_cast<int>(p.top() + cls * row), labelRight - kMargin,
                          std::max(static_cast<int>(row), fm.height()));
        painter.drawText(stride == 1 ? label.adjusted(0, 0, 0, static_cast<int>(row) - label.height()) : label,
                         Qt::AlignRight | (stride == 1 ? Qt::AlignVCenter : Qt::AlignTop),
                         fm.elidedText(QString::fromStdString(m_report.classNames[i]), Qt::ElideRight, labelRight - kMargin));
    }
    painter.setPen(text);
    drawXTitle(painter, tr("share of samples"));
}

}  // namespace ts
