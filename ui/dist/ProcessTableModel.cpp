#include "ui/dist/ProcessTableModel.h"

#include <QColor>

namespace ts {

namespace {

constexpr double kWholeRateFrom = 100.0;  // rates from here on are shown without decimals
constexpr double kPercent = 100.0;

/// States that mean a process is no longer training normally (their cell is shown in red).
bool isTrouble(const std::string& state) { return state == "failed" || state == "lost" || state == "interrupted"; }

}  // namespace

ProcessTableModel::ProcessTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProcessTableModel::setProcesses(const std::vector<ProcessFigures>& processes) {
    if (processes.size() == m_processes.size()) {  // the usual update: same ranks, new figures
        m_processes = processes;
        if (!m_processes.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_processes = processes;
    endResetModel();
}

void ProcessTableModel::setTokens(bool tokens) {
    if (tokens == m_tokens) return;
    m_tokens = tokens;
    Q_EMIT headerDataChanged(Qt::Horizontal, RateColumn, RateColumn);
}

QString ProcessTableModel::rateText(double perSecond) {
    if (!(perSecond >= 0.0)) return QStringLiteral("—");
    return QString::number(perSecond, 'f', perSecond >= kWholeRateFrom ? 0 : 1);
}

QString ProcessTableModel::syncText(double share) {
    if (!(share >= 0.0)) return QStringLiteral("—");
    return QString::number(kPercent * share, 'f', 1);
}

int ProcessTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_processes.size());
}

int ProcessTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ProcessTableModel::cellText(const ProcessFigures& p, int column) const {
    switch (column) {
    case RankColumn: return QString::number(p.rank);
    case HostColumn: return QString::fromStdString(p.host);
    case StepColumn: return QString::number(p.step);
    case RateColumn: return rateText(p.samplesPerSec);
    case SyncColumn: return syncText(p.syncShare);
    case StateColumn: return QString::fromStdString(p.state);
    default: return QString();
    }
}

QVariant ProcessTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return QVariant();
    const ProcessFigures& p = m_processes[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) return cellText(p, index.column());
    if (role == Qt::TextAlignmentRole)
        return index.column() == HostColumn || index.column() == StateColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StateColumn && isTrouble(p.state)) return QColor(Qt::red);
    return QVariant();
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QVariant();
    switch (section) {
    case RankColumn: return tr("Rank");
    case HostColumn: return tr("Host");
    case StepColumn: return tr("Step");
    case RateColumn: return m_tokens ? tr("Tokens/s") : tr("Samples/s");
    case SyncColumn: return tr("In collectives (%)");
    case StateColumn: return tr("State");
    default: return QVariant();
    }
}

}  // namespace ts
