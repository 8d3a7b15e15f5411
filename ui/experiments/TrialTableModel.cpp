#include "ui/experiments/TrialTableModel.h"

#include "ui/common/TextFormat.h"
#include "core/common/Numbers.h"
#include "ui/experiments/ParallelAxes.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>
#include <limits>

namespace ts {

namespace {

/// The best trial's row background.
const QColor kBestBackground(0xd8, 0xf0, 0xd0);
/// Significant digits of the objective and parameter cells.
constexpr int kCellDigits = 4;

QString jsonText(const Json& v) {
    if (v.isNumber()) return QString::fromStdString(formatSignificant(v.number(), kCellDigits));
    if (v.isString()) return QString::fromStdString(v.string());
    return QString::fromStdString(v.dump());
}

const Json* trialValue(const SweepTrial& t, const std::string& name) {
    for (const auto& [key, v] : t.values)
        if (key == name) return &v;
    return nullptr;
}

/// A CSV field, quoted when it holds a comma, quote or line break.
std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csvNumber(double v) { return std::isfinite(v) ? formatCsvNumber(v) : std::string(); }

}  // namespace

TrialTableModel::TrialTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TrialTableModel::setSweep(const Sweep& sweep) {
    const bool sameShape = sweep.trials.size() == m_sweep.trials.size() &&
                           sweep.def.params.size() == m_sweep.def.params.size();
    if (!sameShape) beginResetModel();
    m_sweep = sweep;
    m_best = m_sweep.bestTrial();
    if (!sameShape) {
        endResetModel();
    } else if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

QString TrialTableModel::statusText(const std::string& status) {
    static const std::pair<const char*, const char*> kStatuses[] = {
        {"pending", QT_TR_NOOP("pending")},         {"running", QT_TR_NOOP("running")},
        {"finished", QT_TR_NOOP("finished")},       {"pruned", QT_TR_NOOP("pruned")},
        {"failed", QT_TR_NOOP("failed")},           {"stopped", QT_TR_NOOP("stopped")},
        {"interrupted", QT_TR_NOOP("interrupted")}, {"paused", QT_TR_NOOP("paused")},
        {"done", QT_TR_NOOP("done")},               {"unreadable", QT_TR_NOOP("unreadable")}};
    for (const auto& [key, text] : kStatuses)
        if (status == key) return tr(text);
    return QString::fromStdString(status);
}

QString TrialTableModel::objectiveText(const SweepObjective& objective) {
    const QString metric = QString::fromStdString(objective.metric);
    return objective.finalValue ? tr("final %1").arg(metric) : tr("best %1").arg(metric);
}

int TrialTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_sweep.trials.size()); }

int TrialTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : secondsColumn() + 1; }

QVariant TrialTableModel::display(const SweepTrial& t, int column) const {
    switch (column) {
    case Index: return t.index;
    case Status: return statusText(t.status);
    case Rung: return t.rung;
    case Rounds: return t.rounds;
    case Objective:
        return std::isfinite(t.objective) ? QVariant(QString::fromStdString(formatSignificant(t.objective, kCellDigits)))
                                          : QVariant(QStringLiteral("—"));
    default: break;
    }
    if (column == secondsColumn()) return durationText(t.seconds);
    const Json* v = trialValue(t, m_sweep.def.params[size_t(column - FirstParameter)].name);
    return v ? jsonText(*v) : QString();
}

QVariant TrialTableModel::sortKey(const SweepTrial& t, int column) const {
    switch (column) {
    case Index: return t.index;
    case Status: return QString::fromStdString(t.status);
    case Rung: return t.rung;
    case Rounds: return t.rounds;
    case Objective: {
        // A missing objective sorts after every real one, whichever way the objective is better.
        const double missing = m_sweep.def.objective.minimize() ? std::numeric_limits<double>::infinity()
                                                                : -std::numeric_limits<double>::infinity();
        return std::isfinite(t.objective) ? t.objective : missing;
    }
    default: break;
    }
    if (column == secondsColumn()) return t.seconds;
    const SweepParameter& p = m_sweep.def.params[size_t(column - FirstParameter)];
    const double v = numericTrialValue(p, t.values);
    return std::isfinite(v) ? QVariant(v) : display(t, column);
}

QVariant TrialTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const SweepTrial& t = m_sweep.trials[size_t(index.row())];
    const bool best = index.row() == m_best;
    switch (role) {
    case Qt::DisplayRole: return display(t, index.column());
    case kSortRole: return sortKey(t, index.column());
    case Qt::BackgroundRole: return best ? QVariant(QBrush(kBestBackground)) : QVariant();
    case Qt::FontRole: {
        if (!best) return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::ToolTipRole:
        return QString::fromStdString(t.message.empty() ? describeTrial(t.values) : t.message);
    case Qt::TextAlignmentRole:
        return index.column() == Status ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant TrialTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Index: return tr("#");
    case Status: return tr("Status");
    case Rung: return tr("Rung");
    case Rounds: return tr("Rounds");
    case Objective: return objectiveText(m_sweep.def.objective);
    default: break;
    }
    if (section == secondsColumn()) return tr("Time");
    if (section > secondsColumn()) return {};
    return QString::fromStdString(m_sweep.def.params[size_t(section - FirstParameter)].name);
}

std::string TrialTableModel::csv(const std::vector<int>& rows) const {
    std::string out = "trial,status,rung,rounds,objective";
    for (const SweepParameter& p : m_sweep.def.params) out += "," + csvField(p.name);
    out += ",seconds,run_dir,message\n";
    for (int row : rows) {
        const SweepTrial& t = m_sweep.trials[size_t(row)];
        out += std::to_string(t.index) + "," + csvField(t.status) + "," + std::to_string(t.rung) + "," +
               std::to_string(t.rounds) + "," + csvNumber(t.objective);
        for (const SweepParameter& p : m_sweep.def.params) {
            const Json* v = trialValue(t, p.name);
            out += ",";
            if (v) out += v->isNumber() ? csvNumber(v->number()) : csvField(v->isString() ? v->string() : v->dump());
        }
        out += "," + csvNumber(t.seconds) + "," + csvField(t.runDir) + "," + csvField(t.message) + "\n";
    }
    return out;
}

}  // namespace ts
