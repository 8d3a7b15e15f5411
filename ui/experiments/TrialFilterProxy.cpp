#include "ui/experiments/TrialFilterProxy.h"

#include "ui/experiments/TrialTableModel.h"

namespace ts {

TrialFilterProxy::TrialFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(TrialTableModel::kSortRole);
    setDynamicSortFilter(true);
}

void TrialFilterProxy::setVisibleTrials(const std::vector<int>& rows) {
    m_filtering = true;
    m_visible.assign(size_t(sourceModel() ? sourceModel()->rowCount() : 0), false);
    for (int r : rows)
        if (r >= 0 && size_t(r) < m_visible.size()) m_visible[size_t(r)] = true;
    invalidateRowsFilter();
}

void TrialFilterProxy::showAllTrials() {
    m_filtering = false;
    m_visible.clear();
    invalidateRowsFilter();
}

std::vector<int> TrialFilterProxy::shownTrials() const {
    std::vector<int> rows;
    for (int r = 0; r < rowCount(); ++r) rows.push_back(mapToSource(index(r, 0)).row());
    return rows;
}

bool TrialFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    if (!m_filtering) return true;
    return size_t(sourceRow) < m_visible.size() && m_visible[size_t(sourceRow)];
}

}  // namespace ts
