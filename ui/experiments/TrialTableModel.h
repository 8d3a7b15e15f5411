// The Experiments window's results table: one row per trial of a sweep (index, status, rung, rounds, objective,
// each parameter, seconds), numbers sortable as numbers, the best trial highlighted.
#pragma once

#include "core/sweep/Sweep.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace ts {

/// A sweep's trials as a table model (rows in Sweep::trials order; a proxy sorts and filters).
class TrialTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The role that sorts: numbers as doubles (a missing objective sorts last), texts as texts.
    static constexpr int kSortRole = Qt::UserRole + 1;
    /// Columns before the parameters, and the one after them.
    enum Column { Index, Status, Rung, Rounds, Objective, FirstParameter };

    explicit TrialTableModel(QObject* parent = nullptr);

    /// A trial's or a sweep's status ("running", "pruned", ...) in the interface's language; unknown ones as they are.
    static QString statusText(const std::string& status);
    /// What the trials are judged by ("best val_loss"), the metric's name as the command line spells it.
    static QString objectiveText(const SweepObjective& objective);

    /// Shows `sweep` (keeps the columns when the parameters did not change).
    void setSweep(const Sweep& sweep);
    /// The sweep shown.
    const Sweep& sweep() const { return m_sweep; }
    /// Row of the best trial (-1 when none has an objective).
    int bestRow() const { return m_best; }
    /// The seconds column (after the parameters).
    int secondsColumn() const { return FirstParameter + int(m_sweep.def.params.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// trials.csv-like text of `rows` (in that order): trial,status,rung,rounds,objective,<params>,seconds,
    /// run_dir,message; numbers independent of the locale.
    std::string csv(const std::vector<int>& rows) const;

private:
    QVariant display(const SweepTrial& t, int column) const;
    QVariant sortKey(const SweepTrial& t, int column) const;

    Sweep m_sweep;
    int m_best = -1;
};

}  // namespace ts
