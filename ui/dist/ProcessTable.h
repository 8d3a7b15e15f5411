// The Processes panel of a data-parallel run: a table of every process's rank, host, step, throughput, share of
// time spent in collectives and state.
#pragma once

#include "core/common/Types.h"

#include <QTableView>

#include <vector>

namespace ts {

class ProcessTableModel;

/// The per-process table ("processTable"), fed by the worker's processesUpdated or a run's processes.json.
class ProcessTable : public QTableView {
    Q_OBJECT
public:
    explicit ProcessTable(QWidget* parent = nullptr);

    /// Shows `processes`, one row per rank.
    void setProcesses(const std::vector<ProcessFigures>& processes);
    /// Removes every row (a new run starts).
    void clear();
    /// Language models count tokens per second, classifiers samples.
    void setTokens(bool tokens);
    /// The model behind the table.
    ProcessTableModel* processModel() const { return m_model; }
    /// Room for the six columns of a few processes (the dock starts at this size beside the Runs list).
    QSize sizeHint() const override;

private:
    ProcessTableModel* m_model = nullptr;
};

}  // namespace ts
