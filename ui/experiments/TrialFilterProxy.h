// Sorts the results table by its numbers and hides the trials a brush on the parallel-coordinates plot leaves out.
#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace ts {

/// The results table's proxy: numeric sorting (TrialTableModel::kSortRole) and a set of visible trial rows.
class TrialFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TrialFilterProxy(QObject* parent = nullptr);

    /// Shows only these source rows (0-based trials).
    void setVisibleTrials(const std::vector<int>& rows);
    /// Shows every row again.
    void showAllTrials();
    /// The source rows shown, in the proxy's (sorted) order.
    std::vector<int> shownTrials() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_filtering = false;
    std::vector<bool> m_visible;  // by source row
};

}  // namespace ts
