// Table model of per-class precision, recall, F1 and support plus macro and weighted averages.
#pragma once

#include "core/common/Types.h"

#include <QAbstractTableModel>

namespace ts {

/// Rows: one per class, then "macro avg" and "weighted avg" (bold).
/// Qt::DisplayRole shows 3 decimals; Qt::UserRole gives the raw double (support: qint64).
class ClassMetricsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Column order.
    enum Column { ClassColumn = 0, PrecisionColumn, RecallColumn, F1Column, SupportColumn, ColumnCount };

    /// Creates an empty model.
    explicit ClassMetricsModel(QObject* parent = nullptr);

    /// Replaces the metrics shown (resets the model).
    void setMetrics(const EvalMetrics& metrics);
    /// Removes all rows.
    void clear();
    /// The metrics shown.
    const EvalMetrics& metrics() const;
    /// Number of class rows (rowCount() minus the two average rows, or 0 when empty).
    int classCount() const;
    /// Row index of "macro avg" (-1 when empty).
    int macroRow() const;
    /// Row index of "weighted avg" (-1 when empty).
    int weightedRow() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ClassMetrics* rowMetrics(int row) const;
    QString rowName(int row) const;

    EvalMetrics m_metrics;
};

}  // namespace ts
