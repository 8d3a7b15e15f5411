// The Health panel's alerts list: one row per alert with its step, its kind (a coloured dot), what was seen and
// what to try; double-clicking a row asks to show that step.
#pragma once

#include "core/health/Health.h"

#include <QColor>
#include <QString>
#include <QTableWidget>

namespace ts {

/// The alerts of a run, newest last ("alertsTable"); says what it will list while empty.
class AlertsTable : public QTableWidget {
    Q_OBJECT
public:
    /// The columns.
    enum Column { StepColumn, KindColumn, MessageColumn, AdviceColumn, ColumnCount };

    explicit AlertsTable(QWidget* parent = nullptr);

    /// Appends a row for `alert`.
    void addAlert(const Alert& alert);
    /// Removes every row.
    void clearAlerts();
    /// The step of row `row` (-1 when there is none).
    qint64 stepOfRow(int row) const;
    /// The kind's name for people ("loss spike", "exploding gradients", ...).
    static QString kindLabel(AlertKind kind);
    /// The kind's colour (its dot in the list).
    static QColor kindColor(AlertKind kind);

Q_SIGNALS:
    /// The user double-clicked (or pressed Enter on) the alert of `step`.
    void stepActivated(qint64 step);

protected:
    void paintEvent(QPaintEvent* event) override;
};

}  // namespace ts
