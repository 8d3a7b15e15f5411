#include "ui/dist/ProcessTable.h"

#include "ui/dist/ProcessTableModel.h"

#include <QHeaderView>

namespace ts {

namespace {
constexpr int kPreferredWidth = 560;   // every column of a row, host names of a dozen characters
constexpr int kPreferredHeight = 120;  // a few rows: as high as the Runs list it sits beside
}  // namespace

ProcessTable::ProcessTable(QWidget* parent) : QTableView(parent), m_model(new ProcessTableModel(this)) {
    setObjectName(QStringLiteral("processTable"));
    setModel(m_model);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ProcessTableModel::HostColumn, QHeaderView::Stretch);
    setToolTip(tr("The processes of a data-parallel run: each trains on its share of every batch; “In collectives” "
                  "is the share of its step time spent waiting for the others and averaging gradients"));
}

void ProcessTable::setProcesses(const std::vector<ProcessFigures>& processes) { m_model->setProcesses(processes); }

void ProcessTable::clear() { m_model->setProcesses({}); }

void ProcessTable::setTokens(bool tokens) { m_model->setTokens(tokens); }

QSize ProcessTable::sizeHint() const { return QSize(kPreferredWidth, kPreferredHeight); }

}  // namespace ts
