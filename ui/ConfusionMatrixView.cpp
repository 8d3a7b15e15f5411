#include "ui/ConfusionMatrixView.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

namespace ts {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 4;
constexpr int kColorBarWidth = 12;
constexpr int kMinLabelPixels = 7;
constexpr int kMinValuePixels = 7;
constexpr double kValueHeightFraction = 0.42;  // of the cell edge
constexpr int kCellTextPadding = 4;
constexpr double kMaxLabelFraction = 0.3;      // of the widget, for row and column labels
constexpr double kDarkBackground = 0.55;       // luminance below which cell text turns white
constexpr int kHoverPenWidth = 2;

struct ColorStop {
    double at;
    QColor color;
};

// Sequential white-to-dark-blue scale.
const std::array<ColorStop, 5> kScale{{
    {0.00, QColor(0xf7, 0xfb, 0xff)},
    {0.25, QColor(0xc6, 0xdb, 0xef)},
    {0.50, QColor(0x6b, 0xae, 0xd6)},
    {0.75, QColor(0x21, 0x71, 0xb5)},
    {1.00, QColor(0x08, 0x30, 0x6b)},
}};

QColor scaleColor(double v) {
    v = std::clamp(v, 0.0, 1.0);
    for (size_t i = 1; i < kScale.size(); ++i) {
        if (v > kScale[i].at) continue;
        const ColorStop& a = kScale[i - 1];
        const ColorStop& b = kScale[i];
        const double t = (v - a.at) / (b.at - a.at);
        const auto mix = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
        return QColor(mix(a.color.red(), b.color.red()), mix(a.color.green(), b.color.green()),
                      mix(a.color.blue(), b.color.blue()));
    }
    return kScale.back().color;
}

double luminance(const QColor& c) {
    return (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) / 255.0;
}

QString percent(double fraction) {
    return QString::number(100.0 * fraction, 'f', 1) + QLatin1Char('%');
}

}  // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixView::setMatrix(const ConfusionMatrix& matrix) {
    m_matrix = matrix;
    const int n = m_matrix.classCount();
    if (m_matrix.counts.size() != static_cast<size_t>(n) * static_cast<size_t>(n))
        m_matrix.counts.resize(static_cast<size_t>(n) * static_cast<size_t>(n), 0);
    m_rowSums.assign(static_cast<size_t>(n), 0);
    m_maxCount = 0;
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const int64_t c = m_matrix.at(t, p);
            m_rowSums[static_cast<size_t>(t)] += c;
            m_maxCount = std::max(m_maxCount, c);
        }
    }
    m_hover = QPoint(-1, -1);
    relayout();
    update();
}

const ConfusionMatrix& ConfusionMatrixView::matrix() const {
    return m_matrix;
}

void ConfusionMatrixView::clear() {
    setMatrix(ConfusionMatrix());
}

void ConfusionMatrixView::setNormalized(bool normalized) {
    if (normalized == m_normalized) return;
    m_normalized = normalized;
    relayout();
    update();
}

bool ConfusionMatrixView::isNormalized() const {
    return m_normalized;
}

int ConfusionMatrixView::classCount() const {
    return m_matrix.classCount();
}

int64_t ConfusionMatrixView::rowSum(int trueClass) const {
    return m_rowSums[static_cast<size_t>(trueClass)];
}

QString ConfusionMatrixView::className(int cls) const {
    const std::string& name = m_matrix.classNames[static_cast<size_t>(cls)];
    return name.empty() ? tr("class %1").arg(cls) : QString::fromStdString(name);
}

QString ConfusionMatrixView::placeholderText() {
    return tr("No evaluation yet");
}

QString ConfusionMatrixView::cellText(int trueClass, int predicted) const {
    const int n = classCount();
    if (trueClass < 0 || predicted < 0 || trueClass >= n || predicted >= n) return QString();
    const int64_t count = m_matrix.at(trueClass, predicted);
    if (!m_normalized) return QString::number(count);
    const int64_t row = rowSum(trueClass);
    return row > 0 ? percent(double(count) / double(row)) : QStringLiteral("–");
}

QString ConfusionMatrixView::cellToolTip(int trueClass, int predicted) const {
    const int n = classCount();
    if (trueClass < 0 || predicted < 0 || trueClass >= n || predicted >= n) return QString();
    const int64_t count = m_matrix.at(trueClass, predicted);
    const int64_t row = rowSum(trueClass);
    const QString truth = className(trueClass);
    const QString samples = count == 1 ? tr("1 sample") : tr("%1 samples").arg(count);
    const QString share = row > 0 ? tr("%1 of %2").arg(percent(double(count) / double(row)), truth)
                                  : tr("no %1 samples").arg(truth);
    return tr("True: %1, predicted: %2 — %3 (%4)").arg(truth, className(predicted), samples, share);
}

double ConfusionMatrixView::cellIntensity(int trueClass, int predicted) const {
    const int n = classCount();
    if (trueClass < 0 || predicted < 0 || trueClass >= n || predicted >= n) return 0.0;
    const int64_t count = m_matrix.at(trueClass, predicted);
    if (m_normalized) {
        const int64_t row = rowSum(trueClass);
        return row > 0 ? double(count) / double(row) : 0.0;
    }
    return m_maxCount > 0 ? double(count) / double(m_maxCount) : 0.0;
}

QColor ConfusionMatrixView::cellColor(int trueClass, int predicted) const {
    return scaleColor(cellIntensity(trueClass, predicted));
}

QRect ConfusionMatrixView::cellRect(int trueClass, int predicted) const {
    if (m_geo.cell <= 0) return QRect();
    return QRect(m_geo.grid.left() + predicted * m_geo.cell, m_geo.grid.top() + trueClass * m_geo.cell,
                 m_geo.cell, m_geo.cell);
}

QPoint ConfusionMatrixView::cellAt(const QPoint& pos) const {
    if (m_geo.cell <= 0 || !m_geo.grid.contains(pos)) return QPoint(-1, -1);
    const int p = (pos.x() - m_geo.grid.left()) / m_geo.cell;
    const int t = (pos.y() - m_geo.grid.top()) / m_geo.cell;
    const int n = classCount();
    if (t >= n || p >= n) return QPoint(-1, -1);
    return QPoint(t, p);
}

QSize ConfusionMatrixView::sizeHint() const {
    return QSize(460, 420);
}

QSize ConfusionMatrixView::minimumSizeHint() const {
    return QSize(220, 200);
}

void ConfusionMatrixView::relayout() {
    m_geo = Geometry();
    const int n = classCount();
    if (n == 0 || width() <= 0 || height() <= 0) return;

    QFont bold = font();
    bold.setBold(true);
    const int titleHeight = QFontMetrics(bold).height();
    const QFontMetrics baseMetrics(font());
    const QString barMax = m_normalized ? QStringLiteral("100%") : QString::number(m_maxCount);
    const int barTotal = 2 * kGap + kColorBarWidth + kGap + baseMetrics.horizontalAdvance(barMax);

    int labelPixels = std::max(kMinLabelPixels, baseMetrics.height() - 3);
    int cell = 0, rowLabelWidth = 0, columnHeight = 0, left = 0, availW = 0;
    bool rotate = false;
    for (;; --labelPixels) {
        QFont labelFont = font();
        labelFont.setPixelSize(labelPixels);
        const QFontMetrics lm(labelFont);
        int maxName = 0;
        for (int i = 0; i < n; ++i) maxName = std::max(maxName, lm.horizontalAdvance(className(i)));
        rowLabelWidth = std::min(maxName, static_cast<int>(width() * kMaxLabelFraction)) + kGap;
        left = kMargin + titleHeight + kGap + rowLabelWidth;
        availW = width() - left - barTotal - kMargin;
        const int fixedH = 2 * kMargin + 2 * kGap + titleHeight;
        columnHeight = lm.height();
        cell = std::min(availW, height() - fixedH - columnHeight) / n;
        rotate = maxName > cell - 2;
        if (rotate) {
            columnHeight = std::min(maxName, static_cast<int>(height() * kMaxLabelFraction)) + kGap;
            cell = std::min(availW, height() - fixedH - columnHeight) / n;
        }
        if (lm.height() <= cell || labelPixels <= kMinLabelPixels) break;
    }
    if (cell < 1) return;

    const int gridSide = cell * n;
    const int blockHeight = gridSide + kGap + columnHeight + kGap + titleHeight;
    const int top = std::max(kMargin, (height() - blockHeight) / 2);
    const int gridLeft = left + std::max(0, (availW - gridSide) / 2);
    m_geo.grid = QRect(gridLeft, top, gridSide, gridSide);
    m_geo.cell = cell;
    m_geo.rotateColumns = rotate;
    m_geo.rowLabelWidth = rowLabelWidth;
    m_geo.columnLabelHeight = columnHeight;
    m_geo.labelPixelSize = labelPixels;
    m_geo.colorBar = QRect(m_geo.grid.right() + 1 + 2 * kGap, top, kColorBarWidth, gridSide);

    // Largest font whose widest cell text still fits the cell.
    const QString widest = m_normalized ? QStringLiteral("100.0%") : QString::number(m_maxCount);
    int valuePixels = std::min(baseMetrics.height(), static_cast<int>(cell * kValueHeightFraction));
    for (; valuePixels >= kMinValuePixels; --valuePixels) {
        QFont f = font();
        f.setPixelSize(valuePixels);
        if (QFontMetrics(f).horizontalAdvance(widest) <= cell - kCellTextPadding) break;
    }
    m_geo.valuePixelSize = valuePixels >= kMinValuePixels ? valuePixels : 0;
}

void ConfusionMatrixView::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const int n = classCount();
    const QColor textColor = palette().color(QPalette::WindowText);

    if (n == 0 || m_geo.cell <= 0) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter, n == 0 ? placeholderText() : tr("Too small to draw"));
        return;
    }

    // Cells.
    QFont valueFont = font();
    if (m_geo.valuePixelSize > 0) valueFont.setPixelSize(m_geo.valuePixelSize);
    painter.setFont(valueFont);
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const QRect r = cellRect(t, p);
            const QColor fill = cellColor(t, p);
            painter.fillRect(r, fill);
            if (m_geo.valuePixelSize == 0) continue;
            QColor ink = luminance(fill) < kDarkBackground ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
            if (m_matrix.at(t, p) == 0) ink = QColor(0x9e, 0x9e, 0x9e);
            painter.setPen(ink);
            painter.drawText(r, Qt::AlignCenter, cellText(t, p));
        }
    }
    painter.setPen(QColor(0, 0, 0, 40));
    painter.drawRect(m_geo.grid.adjusted(0, 0, -1, -1));
    if (m_hover.x() >= 0) {
        QPen hoverPen(palette().color(QPalette::Highlight), kHoverPenWidth);
        hoverPen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(hoverPen);
        painter.drawRect(cellRect(m_hover.x(), m_hover.y()).adjusted(1, 1, -1, -1));
    }

    // Class names.
    QFont labelFont = font();
    labelFont.setPixelSize(m_geo.labelPixelSize);
    painter.setFont(labelFont);
    painter.setPen(textColor);
    const QFontMetrics lm(labelFont);
    const int rowTextWidth = m_geo.rowLabelWidth - kGap;
    for (int t = 0; t < n; ++t) {
        const QRect r(m_geo.grid.left() - m_geo.rowLabelWidth, m_geo.grid.top() + t * m_geo.cell, rowTextWidth,
                      m_geo.cell);
        painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter, lm.elidedText(className(t), Qt::ElideRight, rowTextWidth));
    }
    const int columnTop = m_geo.grid.bottom() + 1 + kGap;
    for (int p = 0; p < n; ++p) {
        const int centerX = m_geo.grid.left() + p * m_geo.cell + m_geo.cell / 2;
        if (!m_geo.rotateColumns) {
            const QRect r(m_geo.grid.left() + p * m_geo.cell, columnTop, m_geo.cell, lm.height());
            painter.drawText(r, Qt::AlignHCenter | Qt::AlignTop, className(p));
            continue;
        }
        const int textLength = m_geo.columnLabelHeight - kGap;
        painter.save();
        painter.translate(centerX, columnTop);
        painter.rotate(-90.0);
        painter.drawText(QRect(-textLength, -m_geo.cell / 2, textLength, m_geo.cell), Qt::AlignRight | Qt::AlignVCenter,
                         lm.elidedText(className(p), Qt::ElideRight, textLength));
        painter.restore();
    }

    // Axis titles.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetrics bm(bold);
    const int titleTop = columnTop + m_geo.columnLabelHeight + kGap;
    painter.drawText(QRect(m_geo.grid.left(), titleTop, m_geo.grid.width(), bm.height()), Qt::AlignCenter,
                     tr("Predicted class"));
    painter.save();
    painter.translate(kMargin, m_geo.grid.center().y());
    painter.rotate(-90.0);
    painter.drawText(QRect(-m_geo.grid.height() / 2, 0, m_geo.grid.height(), bm.height()), Qt::AlignCenter,
                     tr("True class"));
    painter.restore();

    // Colour bar.
    QLinearGradient gradient(m_geo.colorBar.bottomLeft(), m_geo.colorBar.topLeft());
    for (const ColorStop& stop : kScale) gradient.setColorAt(stop.at, stop.color);
    painter.fillRect(m_geo.colorBar, gradient);
    painter.setPen(QColor(0, 0, 0, 40));
    painter.drawRect(m_geo.colorBar.adjusted(0, 0, -1, -1));
    painter.setFont(font());
    painter.setPen(textColor);
    const QFontMetrics fm(font());
    const int barTextX = m_geo.colorBar.right() + 1 + kGap;
    const QString top = m_normalized ? QStringLiteral("100%") : QString::number(m_maxCount);
    const QString bottom = m_normalized ? QStringLiteral("0%") : QStringLiteral("0");
    painter.drawText(QPoint(barTextX, m_geo.colorBar.top() + fm.ascent()), top);
    painter.drawText(QPoint(barTextX, m_geo.colorBar.bottom() + 1 - fm.descent()), bottom);
}

bool ConfusionMatrixView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0) {
            QToolTip::showText(help->globalPos(), cellToolTip(cell.x(), cell.y()), this, cellRect(cell.x(), cell.y()));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void ConfusionMatrixView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ConfusionMatrixView::leaveEvent(QEvent* event) {
    if (m_hover.x() >= 0) {
        m_hover = QPoint(-1, -1);
        update();
    }
    QWidget::leaveEvent(event);
}

void ConfusionMatrixView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout();
}

void ConfusionMatrixView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) relayout();
}

}  // namespace ts
