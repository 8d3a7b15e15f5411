#include "ui/confusion/ClassMetricsModel.h"

#include "ui/common/TextFormat.h"
#include <QFont>

namespace ts {

namespace {

constexpr int kDecimals = 3;
constexpr int kAverageRows = 2;

}  // namespace

ClassMetricsModel::ClassMetricsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClassMetricsModel::setMetrics(const EvalMetrics& metrics) {
    beginResetModel();
    m_metrics = metrics;
    endResetModel();
}

void ClassMetricsModel::clear() {
    setMetrics(EvalMetrics());
}

const EvalMetrics& ClassMetricsModel::metrics() const {
    return m_metrics;
}

int ClassMetricsModel::classCount() const {
    return static_cast<int>(m_metrics.perClass.size());
}

int ClassMetricsModel::macroRow() const {
    return classCount() > 0 ? classCount() : -1;
}

int ClassMetricsModel::weightedRow() const {
    return classCount() > 0 ? classCount() + 1 : -1;
}

int ClassMetricsModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || classCount() == 0) return 0;
    return classCount() + kAverageRows;
}

int ClassMetricsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const ClassMetrics* ClassMetricsModel::rowMetrics(int row) const {
    if (row < 0) return nullptr;
    if (row < classCount()) return &m_metrics.perClass[static_cast<size_t>(row)];
    if (row == macroRow()) return &m_metrics.macro;
    if (row == weightedRow()) return &m_metrics.weighted;
    return nullptr;
}

QString ClassMetricsModel::rowName(int row) const {
    if (row == macroRow()) return tr("macro avg");
    if (row == weightedRow()) return tr("weighted avg");
    const auto& names = m_metrics.confusion.classNames;
    if (row < static_cast<int>(names.size()) && !names[static_cast<size_t>(row)].empty())
        return QString::fromStdString(names[static_cast<size_t>(row)]);
    return tr("class %1").arg(row);
}

QVariant ClassMetricsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return QVariant();
    const ClassMetrics* m = rowMetrics(index.row());
    if (!m) return QVariant();
    const int column = index.column();
    const bool average = index.row() >= classCount();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ClassColumn: return rowName(index.row());
        case PrecisionColumn: return QString::number(m->precision, 'f', kDecimals);
        case RecallColumn: return QString::number(m->recall, 'f', kDecimals);
        case F1Column: return QString::number(m->f1, 'f', kDecimals);
        case SupportColumn: return QString::number(m->support);
        default: return QVariant();
        }
    case Qt::UserRole:
        switch (column) {
        case ClassColumn: return rowName(index.row());
        case PrecisionColumn: return m->precision;
        case RecallColumn: return m->recall;
        case F1Column: return m->f1;
        case SupportColumn: return static_cast<qint64>(m->support);
        default: return QVariant();
        }
    case Qt::TextAlignmentRole:
        return column == ClassColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                     : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (average) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::ToolTipRole: {
        const QString name = rowName(index.row());
        if (average && column == ClassColumn) {
            return index.row() == macroRow() ? tr("Unweighted mean over all classes")
                                             : tr("Mean over classes weighted by their support");
        }
        if (!average && column == PrecisionColumn && m->precisionUndefined)
            return tr("Precision of %1 is undefined: the class was never predicted (reported as 0)").arg(name);
        if (!average && column == RecallColumn && m->recallUndefined)
            return tr("Recall of %1 is undefined: the class does not occur in this set (reported as 0)").arg(name);
        if (!average && column == F1Column && (m->precisionUndefined || m->recallUndefined))
            return tr("F1 of %1 uses an undefined precision or recall (reported as 0)").arg(name);
        if (column == SupportColumn) return tr("%n sample(s) of %1", nullptr, pluralCount(m->support)).arg(name);
        return QVariant();
    }
    default:
        return QVariant();
    }
}

QVariant ClassMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ClassColumn: return tr("Class");
        case PrecisionColumn: return tr("Precision");
        case RecallColumn: return tr("Recall");
        case F1Column: return tr("F1");
        case SupportColumn: return tr("Support");
        default: return QVariant();
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PrecisionColumn: return tr("Of the samples predicted as this class, the fraction that really are (TP / (TP + FP))");
        case RecallColumn: return tr("Of the samples of this class, the fraction found (TP / (TP + FN))");
        case F1Column: return tr("Harmonic mean of precision and recall");
        case SupportColumn: return tr("Number of samples whose true class is this one");
        default: return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole && section != ClassColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

}  // namespace ts
