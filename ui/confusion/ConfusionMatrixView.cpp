#include "ui/confusion/ConfusionMatrixView.h"

#include "ui/charts/ChartImage.h"
#include "ui/confusion/ConfusionOrder.h"
#include "ui/confusion/ConfusionPainter.h"
#include "ui/confusion/ConfusionStyle.h"

#include <QApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ts {

namespace {

constexpr double kWheelZoomStep = 1.25;  // per notch of the wheel
constexpr QSize kDefaultSize(460, 420);
constexpr QSize kMinSize(220, 200);

}  // namespace

using confusion::percentText;
using confusion::signedChange;

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);  // arrow keys move the current cell, Enter activates it
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    installImageContextMenu(this, tr("Confusion matrix"));  // Save as PNG/SVG, Copy to clipboard
}

void ConfusionMatrixView::setMatrix(const ConfusionMatrix& matrix) {
    // Scrubbing between epochs of the same run keeps the current cell; other classes drop it.
    if (matrix.classNames != m_matrix.classNames) m_current = QPoint(-1, -1);
    m_pressCell = QPoint(-1, -1);
    m_matrix = matrix;
    const int n = m_matrix.classCount();
    if (m_matrix.counts.size() != static_cast<size_t>(n) * static_cast<size_t>(n))
        m_matrix.counts.resize(static_cast<size_t>(n) * static_cast<size_t>(n), 0);
    m_hover = QPoint(-1, -1);
    recount();
    resort();
    relayout();
    update();
}

void ConfusionMatrixView::recount() {
    const auto sums = [](const ConfusionMatrix& m, std::vector<int64_t>& rows, std::vector<int64_t>& cols) {
        const int n = m.classCount();
        rows.assign(static_cast<size_t>(n), 0);
        cols.assign(static_cast<size_t>(n), 0);
        int64_t largest = 0;
        for (int t = 0; t < n; ++t) {
            for (int p = 0; p < n; ++p) {
                const int64_t c = m.at(t, p);
                rows[static_cast<size_t>(t)] += c;
                cols[static_cast<size_t>(p)] += c;
                largest = std::max(largest, c);
            }
        }
        return largest;
    };
    m_maxCount = sums(m_matrix, m_rowSums, m_colSums);
    m_maxChange = 0.0;
    if (hasPreviousMatrix()) {
        sums(m_previous, m_prevRowSums, m_prevColSums);
        const int n = classCount();
        for (int t = 0; t < n; ++t)
            for (int p = 0; p < n; ++p) m_maxChange = std::max(m_maxChange, std::fabs(changeAt(t, p)));
    }
}

const ConfusionMatrix& ConfusionMatrixView::matrix() const {
    return m_matrix;
}

void ConfusionMatrixView::clear() {
    m_previous = ConfusionMatrix();
    setMatrix(ConfusionMatrix());
}

void ConfusionMatrixView::setNormalized(bool normalized) {
    setNormalization(normalized ? Normalization::Rows : Normalization::Counts);
}

bool ConfusionMatrixView::isNormalized() const {
    return m_mode != Normalization::Counts;
}

void ConfusionMatrixView::setNormalization(Normalization mode) {
    if (mode == m_mode) return;
    m_mode = mode;
    recount();
    relayout();
    update();
}

ConfusionMatrixView::Normalization ConfusionMatrixView::normalization() const {
    return m_mode;
}

int ConfusionMatrixView::classCount() const {
    return m_matrix.classCount();
}

void ConfusionMatrixView::setPreviousMatrix(const ConfusionMatrix& previous) {
    m_previous = previous;
    recount();
    relayout();
    update();
}

void ConfusionMatrixView::clearPreviousMatrix() {
    setPreviousMatrix(ConfusionMatrix());
}

bool ConfusionMatrixView::hasPreviousMatrix() const {
    return m_previous.classCount() > 0 && m_previous.classNames == m_matrix.classNames &&
           m_previous.counts.size() == m_matrix.counts.size();
}

void ConfusionMatrixView::setShowChange(bool change) {
    if (change == m_showChange) return;
    m_showChange = change;
    relayout();
    update();
}

bool ConfusionMatrixView::showsChange() const {
    return m_showChange && hasPreviousMatrix();
}

void ConfusionMatrixView::setShowSummaries(bool show) {
    if (show == m_summaries) return;
    m_summaries = show;
    relayout();
    update();
}

bool ConfusionMatrixView::showsSummaries() const {
    return m_summaries;
}

void ConfusionMatrixView::setSortOrder(SortOrder order) {
    if (order == m_sort) return;
    m_sort = order;
    resort();
    update();
}

ConfusionMatrixView::SortOrder ConfusionMatrixView::sortOrder() const {
    return m_sort;
}

QVector<int> ConfusionMatrixView::classOrder() const {
    return m_order;
}

void ConfusionMatrixView::resort() {
    const int n = classCount();
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0);
    switch (m_sort) {
    case SortOrder::Index:
        break;
    case SortOrder::Name:
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return confusion::naturalLess(className(a), className(b)); });
        break;
    case SortOrder::Recall:
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return recallOf(a) < recallOf(b); });
        break;
    case SortOrder::Confusion:
        m_order = confusionOrder(m_matrix);
        break;
    }
    m_position.resize(n);
    for (int i = 0; i < n; ++i) m_position[m_order[i]] = i;
}

QVector<int> ConfusionMatrixView::confusionOrder(const ConfusionMatrix& matrix) {
    return confusion::clusterOrder(matrix);
}

int ConfusionMatrixView::positionOf(int cls) const {
    return (cls >= 0 && cls < m_position.size()) ? m_position[cls] : cls;
}

int64_t ConfusionMatrixView::rowSum(int trueClass) const {
    return m_rowSums[static_cast<size_t>(trueClass)];
}

int64_t ConfusionMatrixView::columnSum(int predicted) const {
    return m_colSums[static_cast<size_t>(predicted)];
}

double ConfusionMatrixView::recallOf(int cls) const {
    if (cls < 0 || cls >= classCount() || rowSum(cls) == 0) return -1.0;
    return double(m_matrix.at(cls, cls)) / double(rowSum(cls));
}

double ConfusionMatrixView::precisionOf(int cls) const {
    if (cls < 0 || cls >= classCount() || columnSum(cls) == 0) return -1.0;
    return double(m_matrix.at(cls, cls)) / double(columnSum(cls));
}

double ConfusionMatrixView::accuracy() const {
    int64_t total = 0, trace = 0;
    for (int c = 0; c < classCount(); ++c) {
        total += rowSum(c);
        trace += m_matrix.at(c, c);
    }
    return total > 0 ? double(trace) / double(total) : -1.0;
}

double ConfusionMatrixView::valueOf(const ConfusionMatrix& m, const std::vector<int64_t>& rows,
                                    const std::vector<int64_t>& cols, int t, int p) const {
    const double count = double(m.at(t, p));
    switch (m_mode) {
    case Normalization::Counts: return count;
    case Normalization::Rows: return rows[static_cast<size_t>(t)] > 0 ? count / double(rows[static_cast<size_t>(t)]) : 0.0;
    case Normalization::Columns: return cols[static_cast<size_t>(p)] > 0 ? count / double(cols[static_cast<size_t>(p)]) : 0.0;
    }
    return count;
}

double ConfusionMatrixView::changeAt(int t, int p) const {
    return valueOf(m_matrix, m_rowSums, m_colSums, t, p) - valueOf(m_previous, m_prevRowSums, m_prevColSums, t, p);
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
    if (showsChange()) return signedChange(changeAt(trueClass, predicted), m_mode == Normalization::Counts);
    const int64_t count = m_matrix.at(trueClass, predicted);
    switch (m_mode) {
    case Normalization::Counts: return QString::number(count);
    case Normalization::Rows: {
        const int64_t row = rowSum(trueClass);
        return row > 0 ? percentText(double(count) / double(row)) : QStringLiteral("–");
    }
    case Normalization::Columns: {
        const int64_t column = columnSum(predicted);
        return column > 0 ? percentText(double(count) / double(column)) : QStringLiteral("–");
    }
    }
    return QString();
}

QString ConfusionMatrixView::cellToolTip(int trueClass, int predicted) const {
    const int n = classCount();
    if (trueClass < 0 || predicted < 0 || trueClass >= n || predicted >= n) return QString();
    const int64_t count = m_matrix.at(trueClass, predicted);
    const QString truth = className(trueClass);
    const QString guess = className(predicted);
    const QString samples = tr("%n sample(s)", nullptr, static_cast<int>(count));
    QString share;
    if (m_mode == Normalization::Columns) {
        const int64_t column = columnSum(predicted);
        share = column > 0 ? tr("%1 of predicted %2").arg(percentText(double(count) / double(column)), guess)
                           : tr("%1 never predicted").arg(guess);
    } else {
        const int64_t row = rowSum(trueClass);
        share = row > 0 ? tr("%1 of %2").arg(percentText(double(count) / double(row)), truth) : tr("no %1 samples").arg(truth);
    }
    QString text = tr("True: %1, predicted: %2 — %3 (%4)").arg(truth, guess, samples, share);
    if (hasPreviousMatrix()) {
        const int64_t before = m_previous.at(trueClass, predicted);
        text += tr("\nPrevious epoch: %1 · change %2").arg(before).arg(signedChange(double(count - before), true));
        if (m_mode != Normalization::Counts)
            text += tr(" (%1 percentage points)").arg(signedChange(changeAt(trueClass, predicted), false));
    }
    return text;
}

double ConfusionMatrixView::cellIntensity(int trueClass, int predicted) const {
    const int n = classCount();
    if (trueClass < 0 || predicted < 0 || trueClass >= n || predicted >= n) return 0.0;
    if (showsChange()) return m_maxChange > 0.0 ? changeAt(trueClass, predicted) / m_maxChange : 0.0;
    const double v = valueOf(m_matrix, m_rowSums, m_colSums, trueClass, predicted);
    if (m_mode == Normalization::Counts) return m_maxCount > 0 ? v / double(m_maxCount) : 0.0;
    return v;
}

QColor ConfusionMatrixView::cellColor(int trueClass, int predicted) const {
    const double v = cellIntensity(trueClass, predicted);
    return showsChange() ? confusion::changeColor(v) : confusion::heatColor(v);
}

QRect ConfusionMatrixView::cellRect(int trueClass, int predicted) const {
    return m_layout.cellRect(positionOf(trueClass), positionOf(predicted));
}

QRect ConfusionMatrixView::recallRect(int cls) const {
    return m_layout.recallRect(positionOf(cls));
}

QRect ConfusionMatrixView::precisionRect(int cls) const {
    return m_layout.precisionRect(positionOf(cls));
}

QPoint ConfusionMatrixView::cellAt(const QPoint& pos) const {
    const QPoint at = m_layout.positionAt(pos);
    if (at.x() < 0) return at;
    return QPoint(m_order[at.x()], m_order[at.y()]);
}

int ConfusionMatrixView::labelStride() const {
    return m_layout.stride();
}

int ConfusionMatrixView::cellSize() const {
    return m_layout.cell();
}

QSize ConfusionMatrixView::sizeForCell(int cell) const {
    const int n = classCount();
    if (n == 0 || m_layout.cell() <= 0) return kDefaultSize;
    const int extra = (cell - m_layout.cell()) * n;
    return QSize(width() + extra, height() + extra);
}

QSize ConfusionMatrixView::sizeHint() const {
    return kDefaultSize;
}

QSize ConfusionMatrixView::minimumSizeHint() const {
    return kMinSize;
}

QString ConfusionMatrixView::colorBarTopText() const {
    const bool counts = m_mode == Normalization::Counts;
    if (showsChange()) return signedChange(m_maxChange, counts);
    return counts ? QString::number(m_maxCount) : QStringLiteral("100%");
}

QString ConfusionMatrixView::colorBarBottomText() const {
    const bool counts = m_mode == Normalization::Counts;
    if (!showsChange()) return counts ? QStringLiteral("0") : QStringLiteral("0%");
    const QString top = colorBarTopText();
    if (top == QLatin1String("0") || top == QLatin1String("0.0")) return top;
    return signedChange(-m_maxChange, counts);
}

QPoint ConfusionMatrixView::hoveredCell() const {
    return m_hover;
}

void ConfusionMatrixView::relayout() {
    const int n = classCount();
    ConfusionLayout::Content content;
    for (int i = 0; i < n; ++i) content.classNames.push_back(className(i));
    content.rowTitle = tr("Precision");
    content.colorBarTop = colorBarTopText();
    content.widestCellText = m_mode == Normalization::Counts ? QString::number(m_maxCount) : QStringLiteral("100.0%");
    if (showsChange()) content.widestCellText = QStringLiteral("+") + content.colorBarTop;
    content.summaries = m_summaries;
    m_layout.place(size(), font(), content);
}

void ConfusionMatrixView::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    ConfusionPainter(painter, *this, m_layout).paint(event->rect());
}

QString ConfusionMatrixView::summaryToolTip(const QPoint& pos) const {
    for (int cls = 0; cls < classCount(); ++cls) {
        if (recallRect(cls).contains(pos)) {
            const double r = recallOf(cls);
            return r < 0.0 ? tr("Recall of %1: undefined (no samples)").arg(className(cls))
                           : tr("Recall of %1: %2 (%3 of %4 sample(s) found)", nullptr, static_cast<int>(rowSum(cls)))
                                 .arg(className(cls), percentText(r))
                                 .arg(m_matrix.at(cls, cls))
                                 .arg(rowSum(cls));
        }
        if (precisionRect(cls).contains(pos)) {
            const double p = precisionOf(cls);
            return p < 0.0 ? tr("Precision of %1: undefined (never predicted)").arg(className(cls))
                           : tr("Precision of %1: %2 (%3 of %4 prediction(s) right)", nullptr, static_cast<int>(columnSum(cls)))
                                 .arg(className(cls), percentText(p))
                                 .arg(m_matrix.at(cls, cls))
                                 .arg(columnSum(cls));
        }
    }
    if (m_summaries && classCount() > 0 && m_layout.accuracyRect().contains(pos))
        return tr("Accuracy: %1").arg(percentText(std::max(0.0, accuracy())));
    return QString();
}

bool ConfusionMatrixView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        const QString summary = cell.x() < 0 ? summaryToolTip(help->pos()) : QString();
        if (cell.x() >= 0) {
            QString tip = cellToolTip(cell.x(), cell.y());
            if (isSignalConnected(QMetaMethod::fromSignal(&ConfusionMatrixView::cellActivated)))
                tip += tr("\nClick to list these samples");
            QToolTip::showText(help->globalPos(), tip, this, cellRect(cell.x(), cell.y()));
        } else if (!summary.isEmpty()) {
            QToolTip::showText(help->globalPos(), summary, this);
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
        const QRect old = m_hover.x() >= 0 ? cellRect(m_hover.x(), m_hover.y()) : QRect();
        m_hover = cell;
        update(old);
        if (cell.x() >= 0) update(cellRect(cell.x(), cell.y()));
    }
    QWidget::mouseMoveEvent(event);
}

void ConfusionMatrixView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressCell = cellAt(m_pressPos);
    }
    QWidget::mousePressEvent(event);
}

void ConfusionMatrixView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && m_pressCell.x() >= 0) {
        const QPoint pos = event->position().toPoint();
        const QPoint cell = cellAt(pos);
        const bool dragged = (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance();
        const QPoint pressed = m_pressCell;
        m_pressCell = QPoint(-1, -1);
        if (cell == pressed && !dragged) {
            setCurrentCell(cell.x(), cell.y());
            Q_EMIT cellActivated(cell.x(), cell.y());
            event->accept();
            return;
        }
    }
    m_pressCell = QPoint(-1, -1);
    QWidget::mouseReleaseEvent(event);
}

void ConfusionMatrixView::keyPressEvent(QKeyEvent* event) {
    const int n = classCount();
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (n == 0 || !plain) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_current.x() < 0) {
            QWidget::keyPressEvent(event);
            return;
        }
        Q_EMIT cellActivated(m_current.x(), m_current.y());
        event->accept();
        return;
    }
    int dRow = 0, dCol = 0;
    switch (event->key()) {
    case Qt::Key_Up: dRow = -1; break;
    case Qt::Key_Down: dRow = 1; break;
    case Qt::Key_Left: dCol = -1; break;
    case Qt::Key_Right: dCol = 1; break;
    default: QWidget::keyPressEvent(event); return;
    }
    // Arrows move in display order; the first press picks the top-left cell.
    int row = 0, col = 0;
    if (m_current.x() >= 0) {
        row = std::clamp(positionOf(m_current.x()) + dRow, 0, n - 1);
        col = std::clamp(positionOf(m_current.y()) + dCol, 0, n - 1);
    }
    setCurrentCell(m_order[row], m_order[col]);
    event->accept();
}

void ConfusionMatrixView::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    if (m_current.x() >= 0) update();
}

void ConfusionMatrixView::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    if (m_current.x() >= 0) update();
}

QPoint ConfusionMatrixView::currentCell() const {
    return m_current;
}

void ConfusionMatrixView::setCurrentCell(int trueClass, int predicted) {
    const int n = classCount();
    const bool valid = trueClass >= 0 && predicted >= 0 && trueClass < n && predicted < n;
    const QPoint next = valid ? QPoint(trueClass, predicted) : QPoint(-1, -1);
    if (next == m_current) return;
    m_current = next;
    update();
}

void ConfusionMatrixView::leaveEvent(QEvent* event) {
    if (m_hover.x() >= 0) {
        m_hover = QPoint(-1, -1);
        update();
    }
    QWidget::leaveEvent(event);
}

void ConfusionMatrixView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier) || classCount() == 0) {
        QWidget::wheelEvent(event);  // plain wheel scrolls the enclosing scroll area
        return;
    }
    Q_EMIT zoomRequested(std::pow(kWheelZoomStep, event->angleDelta().y() / double(QWheelEvent::DefaultDeltasPerStep)));
    event->accept();
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
