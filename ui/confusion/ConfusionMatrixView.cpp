#include "ui/confusion/ConfusionMatrixView.h"

#include "ui/charts/ChartImage.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMetaMethod>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace ts {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 4;
constexpr int kSummaryGap = 8;
constexpr int kColorBarWidth = 12;
constexpr int kMinLabelPixels = 7;
constexpr int kMinValuePixels = 7;
constexpr double kValueHeightFraction = 0.42;  // of the cell edge
constexpr int kCellTextPadding = 4;
constexpr double kMaxLabelFraction = 0.3;      // of the widget, for row and column labels
constexpr double kDarkBackground = 0.55;       // luminance below which cell text turns white
constexpr int kHoverPenWidth = 2;
constexpr int kCurrentPenWidth = 2;            // dashed outline of the keyboard's current cell
constexpr double kWheelNotch = 120.0;
constexpr double kWheelZoomStep = 1.25;
constexpr int kDefaultWidth = 460;
constexpr int kDefaultHeight = 420;
constexpr int kMinWidth = 220;
constexpr int kMinHeight = 200;

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

// Diverging scale for changes: red (shrank) - white - blue (grew), as positions in [0, 1].
const std::array<ColorStop, 5> kDiverging{{
    {0.00, QColor(0xb2, 0x18, 0x2b)},
    {0.25, QColor(0xef, 0x8a, 0x62)},
    {0.50, QColor(0xf7, 0xf7, 0xf7)},
    {0.75, QColor(0x67, 0xa9, 0xcf)},
    {1.00, QColor(0x21, 0x66, 0xac)},
}};

// Summary strips: white-to-green, so they do not read as matrix cells.
const std::array<ColorStop, 3> kSummaryScale{{
    {0.00, QColor(0xfc, 0xfd, 0xf7)},
    {0.60, QColor(0xa1, 0xd9, 0x9b)},
    {1.00, QColor(0x23, 0x8b, 0x45)},
}};

template <size_t N>
QColor interpolate(const std::array<ColorStop, N>& scale, double v) {
    v = std::clamp(v, 0.0, 1.0);
    for (size_t i = 1; i < N; ++i) {
        if (v > scale[i].at) continue;
        const ColorStop& a = scale[i - 1];
        const ColorStop& b = scale[i];
        const double t = (v - a.at) / (b.at - a.at);
        const auto mix = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
        return QColor(mix(a.color.red(), b.color.red()), mix(a.color.green(), b.color.green()),
                      mix(a.color.blue(), b.color.blue()));
    }
    return scale.back().color;
}

double luminance(const QColor& c) {
    return (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) / 255.0;
}

QColor inkFor(const QColor& fill) {
    return luminance(fill) < kDarkBackground ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
}

QString percent(double fraction) {
    return QString::number(100.0 * fraction, 'f', 1) + QLatin1Char('%');
}

/// "+12", "−3", "0" for counts; "+1.5", "−0.3" (percentage points) for fractions.
QString signedChange(double change, bool counts) {
    const double shown = counts ? change : 100.0 * change;
    const QString magnitude = counts ? QString::number(std::llround(std::fabs(shown)))
                                     : QString::number(std::fabs(shown), 'f', 1);
    if (magnitude == QLatin1String("0") || magnitude == QLatin1String("0.0")) return magnitude;
    return (shown > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

/// Case-insensitive order that compares runs of digits as numbers ("class 2" before "class 10").
bool naturalLess(const QString& a, const QString& b) {
    int i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            int ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit()) ++ei;
            while (ej < b.size() && b[ej].isDigit()) ++ej;
            const QString na = a.mid(i, ei - i), nb = b.mid(j, ej - j);
            const qulonglong va = na.toULongLong(), vb = nb.toULongLong();
            if (va != vb) return va < vb;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb) return ca < cb;
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j);
}

}  // namespace

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
                         [&](int a, int b) { return naturalLess(className(a), className(b)); });
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

QVector<int> ConfusionMatrixView::confusionOrder(const ConfusionMatrix& m) {
    const int n = m.classCount();
    QVector<int> identity(n);
    std::iota(identity.begin(), identity.end(), 0);
    if (n < 3) return identity;

    // Similarity: how often i is taken for j plus j for i, each as a share of its true class.
    std::vector<double> rows(static_cast<size_t>(n), 0.0);
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p) rows[static_cast<size_t>(t)] += double(m.at(t, p));
    const auto share = [&](int t, int p) { return rows[static_cast<size_t>(t)] > 0 ? double(m.at(t, p)) / rows[static_cast<size_t>(t)] : 0.0; };
    std::vector<double> sim(static_cast<size_t>(n) * n, 0.0);
    const auto S = [&](int a, int b) -> double& { return sim[static_cast<size_t>(a) * n + static_cast<size_t>(b)]; };
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            if (a != b) S(a, b) = share(a, b) + share(b, a);

    // Average-linkage agglomeration; each cluster is an ordered chain, joined end to end
    // in whichever orientation puts the two most confused end classes side by side.
    std::vector<QVector<int>> chains(static_cast<size_t>(n));
    std::vector<double> link = sim;  // cluster-to-cluster average similarity, indexed by cluster id
    const auto L = [&](int a, int b) -> double& { return link[static_cast<size_t>(a) * n + static_cast<size_t>(b)]; };
    std::vector<bool> alive(static_cast<size_t>(n), true);
    for (int i = 0; i < n; ++i) chains[static_cast<size_t>(i)] = {i};
    for (int merges = 0; merges < n - 1; ++merges) {
        int bestA = -1, bestB = -1;
        double best = -1.0;
        for (int a = 0; a < n; ++a) {
            if (!alive[static_cast<size_t>(a)]) continue;
            for (int b = a + 1; b < n; ++b) {
                if (!alive[static_cast<size_t>(b)]) continue;
                if (L(a, b) > best) {
                    best = L(a, b);
                    bestA = a;
                    bestB = b;
                }
            }
        }
        QVector<int>& A = chains[static_cast<size_t>(bestA)];
        QVector<int> B = chains[static_cast<size_t>(bestB)];
        // Four ways to join; pick the one with the strongest junction.
        const double aBack_bFront = S(A.back(), B.front());
        const double aBack_bBack = S(A.back(), B.back());
        const double aFront_bFront = S(A.front(), B.front());
        const double aFront_bBack = S(A.front(), B.back());
        const double top = std::max({aBack_bFront, aBack_bBack, aFront_bFront, aFront_bBack});
        if (top == aBack_bFront) {
            A += B;
        } else if (top == aBack_bBack) {
            std::reverse(B.begin(), B.end());
            A += B;
        } else if (top == aFront_bBack) {
            B += A;
            A = B;
        } else {
            std::reverse(A.begin(), A.end());
            A += B;
        }
        const double sizeA = double(A.size() - chains[static_cast<size_t>(bestB)].size());
        const double sizeB = double(chains[static_cast<size_t>(bestB)].size());
        for (int k = 0; k < n; ++k) {
            if (!alive[static_cast<size_t>(k)] || k == bestA || k == bestB) continue;
            const double merged = (sizeA * L(bestA, k) + sizeB * L(bestB, k)) / (sizeA + sizeB);
            L(bestA, k) = L(k, bestA) = merged;
        }
        alive[static_cast<size_t>(bestB)] = false;
        chains[static_cast<size_t>(bestB)].clear();
    }
    for (int i = 0; i < n; ++i)
        if (alive[static_cast<size_t>(i)]) return chains[static_cast<size_t>(i)];
    return identity;
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
        return row > 0 ? percent(double(count) / double(row)) : QStringLiteral("–");
    }
    case Normalization::Columns: {
        const int64_t column = columnSum(predicted);
        return column > 0 ? percent(double(count) / double(column)) : QStringLiteral("–");
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
    const QString samples = count == 1 ? tr("1 sample") : tr("%1 samples").arg(count);
    QString share;
    if (m_mode == Normalization::Columns) {
        const int64_t column = columnSum(predicted);
        share = column > 0 ? tr("%1 of predicted %2").arg(percent(double(count) / double(column)), guess)
                           : tr("%1 never predicted").arg(guess);
    } else {
        const int64_t row = rowSum(trueClass);
        share = row > 0 ? tr("%1 of %2").arg(percent(double(count) / double(row)), truth) : tr("no %1 samples").arg(truth);
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
    return showsChange() ? interpolate(kDiverging, 0.5 + 0.5 * v) : interpolate(kScale, v);
}

QRect ConfusionMatrixView::cellRect(int trueClass, int predicted) const {
    if (m_geo.cell <= 0) return QRect();
    return QRect(m_geo.grid.left() + positionOf(predicted) * m_geo.cell,
                 m_geo.grid.top() + positionOf(trueClass) * m_geo.cell, m_geo.cell, m_geo.cell);
}

QRect ConfusionMatrixView::recallRect(int cls) const {
    if (m_geo.cell <= 0 || !m_summaries) return QRect();
    return QRect(m_geo.grid.right() + 1 + kSummaryGap, m_geo.grid.top() + positionOf(cls) * m_geo.cell,
                 m_geo.summaryThickness, m_geo.cell);
}

QRect ConfusionMatrixView::precisionRect(int cls) const {
    if (m_geo.cell <= 0 || !m_summaries) return QRect();
    return QRect(m_geo.grid.left() + positionOf(cls) * m_geo.cell, m_geo.grid.bottom() + 1 + kSummaryGap, m_geo.cell,
                 m_geo.summaryThickness);
}

QPoint ConfusionMatrixView::cellAt(const QPoint& pos) const {
    if (m_geo.cell <= 0 || !m_geo.grid.contains(pos)) return QPoint(-1, -1);
    const int col = (pos.x() - m_geo.grid.left()) / m_geo.cell;
    const int row = (pos.y() - m_geo.grid.top()) / m_geo.cell;
    const int n = classCount();
    if (row >= n || col >= n) return QPoint(-1, -1);
    return QPoint(m_order[row], m_order[col]);
}

int ConfusionMatrixView::labelStride() const {
    return m_geo.stride;
}

int ConfusionMatrixView::cellSize() const {
    return m_geo.cell;
}

QSize ConfusionMatrixView::sizeForCell(int cell) const {
    const int n = classCount();
    if (n == 0 || m_geo.cell <= 0) return QSize(kDefaultWidth, kDefaultHeight);
    const int extra = (cell - m_geo.cell) * n;
    return QSize(width() + extra, height() + extra);
}

QSize ConfusionMatrixView::sizeHint() const {
    return QSize(kDefaultWidth, kDefaultHeight);
}

QSize ConfusionMatrixView::minimumSizeHint() const {
    return QSize(kMinWidth, kMinHeight);
}

void ConfusionMatrixView::relayout() {
    m_geo = Geometry();
    const int n = classCount();
    if (n == 0 || width() <= 0 || height() <= 0) return;

    QFont bold = font();
    bold.setBold(true);
    const int titleHeight = QFontMetrics(bold).height();
    const QFontMetrics baseMetrics(font());
    QString barMax = QStringLiteral("100%");
    if (showsChange()) barMax = signedChange(m_maxChange, m_mode == Normalization::Counts);
    else if (m_mode == Normalization::Counts) barMax = QString::number(m_maxCount);
    const int barTotal = 2 * kGap + kColorBarWidth + kGap + baseMetrics.horizontalAdvance(barMax);
    const int summary = m_summaries ? baseMetrics.horizontalAdvance(QStringLiteral("100.0%")) + 2 * kCellTextPadding : 0;
    const int summarySpace = m_summaries ? summary + kSummaryGap : 0;
    const int summaryHeader = m_summaries ? baseMetrics.height() + kGap : 0;

    int labelPixels = std::max(kMinLabelPixels, baseMetrics.height() - 3);
    int cell = 0, rowLabelWidth = 0, columnHeight = 0, left = 0, availW = 0, labelHeight = 0;
    bool rotate = false;
    for (;; --labelPixels) {
        QFont labelFont = font();
        labelFont.setPixelSize(labelPixels);
        const QFontMetrics lm(labelFont);
        labelHeight = lm.height();
        int maxName = 0;
        for (int i = 0; i < n; ++i) maxName = std::max(maxName, lm.horizontalAdvance(className(i)));
        const int rowNameWidth = m_summaries ? std::max(maxName, lm.horizontalAdvance(tr("Precision"))) : maxName;
        rowLabelWidth = std::min(rowNameWidth, static_cast<int>(width() * kMaxLabelFraction)) + kGap;
        left = kMargin + titleHeight + kGap + rowLabelWidth;
        availW = width() - left - summarySpace - barTotal - kMargin;
        const int fixedH = 2 * kMargin + 2 * kGap + titleHeight + summaryHeader + summarySpace;
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
    const int blockHeight = summaryHeader + gridSide + summarySpace + kGap + columnHeight + kGap + titleHeight;
    const int top = std::max(kMargin, (height() - blockHeight) / 2) + summaryHeader;
    const int gridLeft = left + std::max(0, (availW - gridSide) / 2);
    m_geo.grid = QRect(gridLeft, top, gridSide, gridSide);
    m_geo.cell = cell;
    m_geo.rotateColumns = rotate;
    m_geo.rowLabelWidth = rowLabelWidth;
    m_geo.columnLabelHeight = columnHeight;
    m_geo.labelPixelSize = labelPixels;
    m_geo.summaryThickness = summary;
    m_geo.stride = std::max(1, (labelHeight + cell - 1) / cell);  // labels never overlap: thin them out
    m_geo.colorBar = QRect(m_geo.grid.right() + 1 + summarySpace + 2 * kGap, top, kColorBarWidth, gridSide);

    // Largest font whose widest cell text still fits the cell.
    QString widest = m_mode == Normalization::Counts ? QString::number(m_maxCount) : QStringLiteral("100.0%");
    if (showsChange()) widest = QStringLiteral("+") + barMax;
    int valuePixels = std::min(baseMetrics.height(), static_cast<int>(cell * kValueHeightFraction));
    for (; valuePixels >= kMinValuePixels; --valuePixels) {
        QFont f = font();
        f.setPixelSize(valuePixels);
        if (QFontMetrics(f).horizontalAdvance(widest) <= cell - kCellTextPadding) break;
    }
    m_geo.valuePixelSize = valuePixels >= kMinValuePixels ? valuePixels : 0;
}

void ConfusionMatrixView::paintEvent(QPaintEvent* event) {
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

    // Cells (only those in the exposed region: a 100-class matrix in a scroll area is mostly off screen).
    const QRect exposed = event->rect();
    QFont valueFont = font();
    if (m_geo.valuePixelSize > 0) valueFont.setPixelSize(m_geo.valuePixelSize);
    painter.setFont(valueFont);
    const bool change = showsChange();
    for (int row = 0; row < n; ++row) {
        const int t = m_order[row];
        for (int col = 0; col < n; ++col) {
            const int p = m_order[col];
            const QRect r = cellRect(t, p);
            if (!exposed.intersects(r)) continue;
            const QColor fill = cellColor(t, p);
            painter.fillRect(r, fill);
            if (m_geo.valuePixelSize == 0) continue;
            QColor ink = inkFor(fill);
            if (!change && m_matrix.at(t, p) == 0) ink = QColor(0x9e, 0x9e, 0x9e);
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
    if (m_current.x() >= 0 && hasFocus()) {
        QPen currentPen(palette().color(QPalette::Highlight), kCurrentPenWidth, Qt::DashLine);
        currentPen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(currentPen);
        painter.drawRect(cellRect(m_current.x(), m_current.y()).adjusted(1, 1, -1, -1));
    }

    // Summaries: recall on the right of every row, precision under every column, accuracy in the corner.
    const QFontMetrics baseMetrics(font());
    if (m_summaries) {
        const auto drawSummary = [&](const QRect& r, double value, bool rotated) {
            const QColor fill = value < 0.0 ? QColor(0xee, 0xee, 0xee) : interpolate(kSummaryScale, value);
            painter.fillRect(r, fill);
            if (m_geo.valuePixelSize == 0 && !rotated && r.height() < baseMetrics.height()) return;
            const QString text = value < 0.0 ? QStringLiteral("–") : percent(value);
            painter.setPen(inkFor(fill));
            if (!rotated) {
                QFont f = font();
                if (r.height() < baseMetrics.height()) f.setPixelSize(std::max(kMinValuePixels, r.height() - 1));
                painter.setFont(f);
                painter.drawText(r, Qt::AlignCenter, text);
                return;
            }
            QFont f = font();
            if (r.width() < baseMetrics.height()) {
                if (r.width() < kMinValuePixels) return;
                f.setPixelSize(r.width() - 1);
            }
            painter.setFont(f);
            painter.save();
            painter.translate(r.center().x() + 1, r.bottom());
            painter.rotate(-90.0);
            painter.drawText(QRect(0, -r.width() / 2, r.height(), r.width()), Qt::AlignCenter, text);
            painter.restore();
        };
        for (int cls = 0; cls < n; ++cls) {
            drawSummary(recallRect(cls), recallOf(cls), false);
            const QRect pr = precisionRect(cls);
            const QFontMetrics fm(font());
            drawSummary(pr, precisionOf(cls), fm.horizontalAdvance(QStringLiteral("100.0%")) > pr.width() - 2);
        }
        const QRect corner(recallRect(m_order[0]).left(), precisionRect(m_order[0]).top(), m_geo.summaryThickness,
                           m_geo.summaryThickness);
        drawSummary(corner, accuracy(), false);
        painter.setFont(font());
        painter.setPen(textColor);
        const QRect recallHeader(corner.left(), m_geo.grid.top() - baseMetrics.height() - kGap, corner.width(),
                                 baseMetrics.height());
        painter.drawText(recallHeader, Qt::AlignCenter, tr("Recall"));
        QFont labelFont = font();
        labelFont.setPixelSize(m_geo.labelPixelSize);
        painter.setFont(labelFont);
        const QRect precisionHeader(m_geo.grid.left() - m_geo.rowLabelWidth, corner.top(), m_geo.rowLabelWidth - kGap,
                                    corner.height());
        painter.drawText(precisionHeader, Qt::AlignRight | Qt::AlignVCenter, tr("Precision"));
    }

    // Class names; with small cells only every stride-th one, so they never overlap.
    QFont labelFont = font();
    labelFont.setPixelSize(m_geo.labelPixelSize);
    painter.setFont(labelFont);
    painter.setPen(textColor);
    const QFontMetrics lm(labelFont);
    const int stride = m_geo.stride;
    const int rowTextWidth = m_geo.rowLabelWidth - kGap;
    for (int row = 0; row < n; row += stride) {
        const int cls = m_order[row];
        const QRect r(m_geo.grid.left() - m_geo.rowLabelWidth, m_geo.grid.top() + row * m_geo.cell, rowTextWidth,
                      std::max(m_geo.cell, lm.height()));
        const Qt::Alignment vertical = stride == 1 ? Qt::AlignVCenter : Qt::AlignTop;  // thinned labels start at their row
        painter.drawText(stride == 1 ? r.adjusted(0, 0, 0, m_geo.cell - r.height()) : r, Qt::AlignRight | vertical,
                         lm.elidedText(className(cls), Qt::ElideRight, rowTextWidth));
    }
    const int columnTop = m_geo.grid.bottom() + 1 + kGap + (m_summaries ? m_geo.summaryThickness + kSummaryGap : 0);
    for (int col = 0; col < n; col += stride) {
        const int cls = m_order[col];
        if (!m_geo.rotateColumns) {
            const QRect r(m_geo.grid.left() + col * m_geo.cell, columnTop, m_geo.cell, lm.height());
            painter.drawText(r, Qt::AlignHCenter | Qt::AlignTop, className(cls));
            continue;
        }
        const int textLength = m_geo.columnLabelHeight - kGap;
        const int thickness = std::max(m_geo.cell, lm.height());
        painter.save();
        painter.translate(m_geo.grid.left() + col * m_geo.cell, columnTop);
        painter.rotate(-90.0);
        painter.drawText(QRect(-textLength, 0, textLength, thickness), Qt::AlignRight | Qt::AlignTop,
                         lm.elidedText(className(cls), Qt::ElideRight, textLength));
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
    if (change) {
        for (const ColorStop& stop : kDiverging) gradient.setColorAt(stop.at, stop.color);
    } else {
        for (const ColorStop& stop : kScale) gradient.setColorAt(stop.at, stop.color);
    }
    painter.fillRect(m_geo.colorBar, gradient);
    painter.setPen(QColor(0, 0, 0, 40));
    painter.drawRect(m_geo.colorBar.adjusted(0, 0, -1, -1));
    painter.setFont(font());
    painter.setPen(textColor);
    const QFontMetrics fm(font());
    const int barTextX = m_geo.colorBar.right() + 1 + kGap;
    QString topText = m_mode == Normalization::Counts ? QString::number(m_maxCount) : QStringLiteral("100%");
    QString bottomText = m_mode == Normalization::Counts ? QStringLiteral("0") : QStringLiteral("0%");
    if (change) {
        const bool counts = m_mode == Normalization::Counts;
        topText = signedChange(m_maxChange, counts);
        bottomText = signedChange(-m_maxChange, counts);
        if (topText == QLatin1String("0") || topText == QLatin1String("0.0")) bottomText = topText;
    }
    painter.drawText(QPoint(barTextX, m_geo.colorBar.top() + fm.ascent()), topText);
    painter.drawText(QPoint(barTextX, m_geo.colorBar.bottom() + 1 - fm.descent()), bottomText);
}

QString ConfusionMatrixView::summaryToolTip(const QPoint& pos) const {
    for (int cls = 0; cls < classCount(); ++cls) {
        if (recallRect(cls).contains(pos)) {
            const double r = recallOf(cls);
            return r < 0.0 ? tr("Recall of %1: undefined (no samples)").arg(className(cls))
                           : tr("Recall of %1: %2 (%3 of %4 samples found)")
                                 .arg(className(cls), percent(r))
                                 .arg(m_matrix.at(cls, cls))
                                 .arg(rowSum(cls));
        }
        if (precisionRect(cls).contains(pos)) {
            const double p = precisionOf(cls);
            return p < 0.0 ? tr("Precision of %1: undefined (never predicted)").arg(className(cls))
                           : tr("Precision of %1: %2 (%3 of %4 predictions right)")
                                 .arg(className(cls), percent(p))
                                 .arg(m_matrix.at(cls, cls))
                                 .arg(columnSum(cls));
        }
    }
    if (m_summaries && classCount() > 0) {
        const QRect corner(recallRect(m_order[0]).left(), precisionRect(m_order[0]).top(), m_geo.summaryThickness,
                           m_geo.summaryThickness);
        if (corner.contains(pos)) return tr("Accuracy: %1").arg(percent(std::max(0.0, accuracy())));
    }
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
    Q_EMIT zoomRequested(std::pow(kWheelZoomStep, event->angleDelta().y() / kWheelNotch));
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
