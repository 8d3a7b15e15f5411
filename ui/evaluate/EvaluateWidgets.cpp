#include "ui/evaluate/EvaluateWidgets.h"
#include "ui/common/TextFormat.h"

#include "core/eval/Evaluation.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

#include <cmath>

namespace ts::evalwidgets {

namespace {

constexpr int kRowPadding = 6;  // pixels added to the font height for a table row

}  // namespace

QString signedFixed(double v, int decimals) {
    const QString magnitude = fixed(std::fabs(v), decimals);
    if (std::fabs(v) < 0.5 * std::pow(10.0, -decimals)) return fixed(0.0, decimals);
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

NumberItem::NumberItem(const QString& shown, double value) : QTableWidgetItem(shown) {
    setData(Qt::UserRole, value);
    setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

bool NumberItem::operator<(const QTableWidgetItem& other) const {
    return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
}

QTableWidget* makeTable(const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + kRowPadding);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QLabel* boldLabel(const QString& s) {
    auto* label = new QLabel(s);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel* wrappedLabel(const QString& name) {
    auto* label = new QLabel();
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

double meanConfidence(const Calibration& calibration, int64_t* count) {
    double sum = 0.0;
    int64_t n = 0;
    for (const CalibrationBin& b : calibration.bins) {
        sum += b.meanConfidence * double(b.count);
        n += b.count;
    }
    if (count) *count = n;
    return n > 0 ? sum / double(n) : 0.0;
}

}  // namespace ts::evalwidgets
