// The figures of a data-parallel run's processes as a table model: one row per rank (rank, host, step, samples or
// tokens per second, share of time in collectives, state).
#pragma once

#include "core/common/Types.h"

#include <QAbstractTableModel>

#include <vector>

namespace ts {

/// One row per process of a data-parallel run, formatted for people.
class ProcessTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns.
    enum Column { RankColumn, HostColumn, StepColumn, RateColumn, SyncColumn, StateColumn, ColumnCount };

    explicit ProcessTableModel(QObject* parent = nullptr);

    /// Replaces the rows with `processes` (in rank order as given).
    void setProcesses(const std::vector<ProcessFigures>& processes);
    /// The figures shown (in row order).
    const std::vector<ProcessFigures>& processes() const { return m_processes; }
    /// Counts tokens per second (language models) instead of samples per second: the rate column's title.
    void setTokens(bool tokens);

    /// The samples (tokens) per second as shown: no decimals from 100 on, else one.
    static QString rateText(double perSecond);
    /// The share of time in collectives as a percentage with one decimal; "—" when unknown (negative).
    static QString syncText(double share);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The text of `column` for `p`.
    QString cellText(const ProcessFigures& p, int column) const;

    std::vector<ProcessFigures> m_processes;
    bool m_tokens = false;
};

}  // namespace ts
