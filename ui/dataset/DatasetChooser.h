// Choosing a data set: a file-or-folder dialog and the recent data sets list (QSettings).
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace ts {

/// How many data sets File ▸ Recent Datasets remembers.
constexpr int kMaxRecentDatasets = 8;

/// Asks for a data set: a CSV/TSV/IDX file, or a folder (pressing Open on a folder that holds a
/// data set picks it; other folders are entered). Returns "" when cancelled.
QString chooseDataset(QWidget* parent, const QString& startDir);

/// The recent data sets, newest first, that still exist.
QStringList recentDatasets();
/// Puts `path` at the top of the recent data sets.
void addRecentDataset(const QString& path);
/// Forgets every recent data set.
void clearRecentDatasets();
/// Refills `menu` with the recent data sets and a "Clear Menu" entry; `open` gets the chosen path.
void fillRecentDatasetsMenu(QMenu* menu, const std::function<void(const QString&)>& open);

}  // namespace ts
