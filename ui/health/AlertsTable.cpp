#include "ui/health/AlertsTable.h"

#include "ui/common/CoreText.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace ts {

namespace {
constexpr int kDotPx = 10;
constexpr int kMargin = 10;
constexpr int kKindWidth = 150;
}  // namespace

AlertsTable::AlertsTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent) {
    setObjectName(QStringLiteral("alertsTable"));
    setHorizontalHeaderLabels({tr("Step"), tr("Kind"), tr("What was seen"), tr("What to try")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // The texts wrap inside the dock's width rather than scroll out of it.
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(AdviceColumn, QHeaderView::Stretch);
    setColumnWidth(KindColumn, kKindWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setToolTip(tr("Alerts of the run: double-click one to show its step in the Health panel and on the loss chart"));
    const auto activate = [this](int row) {
        const qint64 step = stepOfRow(row);
        if (step >= 0) Q_EMIT stepActivated(step);
    };
    // Activation: a double click (a single one where the platform activates on click) or Enter.
    connect(this, &QTableWidget::cellActivated, this, [activate](int row, int) { activate(row); });
}

QString AlertsTable::kindLabel(AlertKind kind) {
    switch (kind) {
    case AlertKind::LossSpike: return tr("loss spike");
    case AlertKind::GradientSpike: return tr("gradient spike");
    case AlertKind::ExplodingGradients: return tr("exploding gradients");
    case AlertKind::VanishingGradients: return tr("vanishing gradients");
    case AlertKind::Overfitting: return tr("overfitting");
    case AlertKind::Plateau: return tr("plateau");
    case AlertKind::DeadLayer: return tr("dead layer");
    case AlertKind::NonFinite: return tr("NaN or Inf");
    }
    return QString::fromLatin1(alertKindName(kind));
}

QColor AlertsTable::kindColor(AlertKind kind) {
    switch (kind) {
    case AlertKind::LossSpike:
    case AlertKind::GradientSpike: return QColor(0xff, 0x7f, 0x0e);      // orange
    case AlertKind::ExplodingGradients: return QColor(0xd6, 0x27, 0x28);  // red, as the ratio scale's top
    case AlertKind::VanishingGradients: return QColor(0x21, 0x66, 0xac);  // blue, as the ratio scale's bottom
    case AlertKind::Overfitting: return QColor(0x94, 0x67, 0xbd);
    case AlertKind::Plateau: return QColor(0x7f, 0x7f, 0x7f);
    case AlertKind::DeadLayer: return QColor(0x8c, 0x56, 0x4b);
    case AlertKind::NonFinite: return QColor(0x8b, 0x00, 0x00);
    }
    return QColor(Qt::gray);
}

void AlertsTable::addAlert(const Alert& alert) {
    const int row = rowCount();
    insertRow(row);
    const QString message = coreText(alert.message);
    const QString advice = coreText(alert.advice);
    const QString tip = advice.isEmpty() ? message : tr("%1\n\nWhat to try: %2").arg(message, advice);
    auto* step = new QTableWidgetItem(QString::number(alert.step));
    step->setData(Qt::UserRole, QVariant::fromValue<qint64>(alert.step));
    step->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPixmap dot(kDotPx, kDotPx);
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kindColor(alert.kind));
        painter.drawEllipse(QRectF(0.5, 0.5, kDotPx - 1.0, kDotPx - 1.0));
    }
    QString kindText = kindLabel(alert.kind);
    if (!alert.layer.empty()) kindText += QStringLiteral(" · ") + QString::fromStdString(alert.layer);
    auto* kind = new QTableWidgetItem(QIcon(dot), kindText);
    kind->setData(Qt::UserRole, static_cast<int>(alert.kind));
    const QList<QTableWidgetItem*> items{step, kind, new QTableWidgetItem(message), new QTableWidgetItem(advice)};
    for (int c = 0; c < ColumnCount; ++c) {
        items[c]->setToolTip(tip);
        setItem(row, c, items[c]);
    }
    scrollToBottom();
    viewport()->update();
}

void AlertsTable::clearAlerts() {
    setRowCount(0);
    viewport()->update();
}

qint64 AlertsTable::stepOfRow(int row) const {
    const QTableWidgetItem* step = item(row, StepColumn);
    return step ? step->data(Qt::UserRole).toLongLong() : -1;
}

void AlertsTable::paintEvent(QPaintEvent* event) {
    QTableWidget::paintEvent(event);
    if (rowCount() > 0) return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
    painter.drawText(viewport()->rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("No alerts. Loss and gradient spikes, exploding or vanishing updates, dead layers, "
                        "overfitting and plateaus are listed here when they happen."));
}

}  // namespace ts
