// The runs panel: every run folder under the runs root in a sortable, filterable table, with the
// actions that open, compare, resume, rename, tag, annotate and delete runs.
#pragma once

#include "core/runs/RunStore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <vector>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace ts {

/// Loads run folders (with their batch rows) on a background thread, then calls `done` on `context`'s
/// thread with the runs that loaded and one message per folder that did not. Nothing is called when
/// `context` is destroyed first.
void loadRunsInBackground(QObject* context, const QStringList& dirs,
                          std::function<void(std::vector<RunRecord> runs, QStringList errors)> done);

/// Colour that marks a run status ("finished", "running", "stopped", "diverged", "failed", "interrupted").
QColor runStatusColor(const QString& status);

/// "42s", "3m 05s", "1h 02m" for a run duration; "–" when unknown.
QString formatRunDuration(double seconds);

/// Table model of runs (loaded without batches), one row per run folder.
class RunsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Columns, left to right.
    enum Column { NameColumn, DateColumn, StatusColumn, PresetColumn, BestValColumn, DurationColumn, TagsColumn,
                  ColumnCount };
    /// Role holding a value to sort by (dates as ISO text, numbers as doubles).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// Role holding the run folder's absolute path.
    static constexpr int DirRole = Qt::UserRole + 2;

    /// An empty model.
    explicit RunsModel(QObject* parent = nullptr);
    /// A run status ("finished", "stopped", ...) in the interface's language; the files keep the English word.
    static QString statusText(const QString& status);

    /// Replaces every row.
    void setRuns(std::vector<RunRecord> runs);
    /// Number of runs.
    int runCount() const { return static_cast<int>(m_runs.size()); }
    /// The run in a source row.
    const RunRecord& run(int row) const { return m_runs.at(static_cast<size_t>(row)); }
    /// Source row of the run in `dir`, or -1.
    int rowOfDir(const QString& dir) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// Sort keys of language-model rows in the best-validation column: below every classifier's accuracy.
    static constexpr double kLanguageModelSortBase = -2.0;
    static constexpr double kNoLossSortGap = 1e9;
    /// A language model's best-validation cell: its lowest validation loss (a sort key with `sort`).
    static QVariant bestValLossCell(const RunRecord& r, bool sort);
    /// The tooltip lines of a language-model run: preset, steps, last validation and test figures.
    static QString languageModelTip(const RunRecord& r);

    std::vector<RunRecord> m_runs;
    int m_languageModels = 0;  ///< language-model runs listed (the best-validation column then says "Best val")
};

/// Keeps the runs whose name, folder, tags, status or preset contain every word of the filter text.
class RunsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    /// A proxy sorted by RunsModel::SortRole.
    explicit RunsFilterModel(QObject* parent = nullptr);
    /// Sets the words to look for (case-insensitive); "" shows every run.
    void setFilterWords(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

/// The runs list with its search box and action buttons.
class RunsPanel : public QWidget {
    Q_OBJECT
public:
    /// Builds the panel; call setRunsRoot() to fill it.
    explicit RunsPanel(QWidget* parent = nullptr);

    /// Lists the runs under `root` and watches the folder for new and deleted runs.
    void setRunsRoot(const QString& root);
    /// The folder listed.
    QString runsRoot() const { return m_root; }

    /// The run table model (source rows).
    RunsModel* model() const { return m_model; }
    /// The sorting and filtering proxy the view shows.
    RunsFilterModel* proxyModel() const { return m_proxy; }
    /// The table.
    QTableView* view() const { return m_view; }
    /// The search box.
    QLineEdit* filterEdit() const { return m_filter; }

    /// Folders of the selected runs, in the order shown.
    QStringList selectedRunDirs() const;
    /// Selects exactly these runs (those not listed are ignored).
    void selectRunDirs(const QStringList& dirs);

    /// Saves a new display name for a run; false (and `error`) when it cannot be written.
    bool renameRun(const QString& dir, const QString& name, QString* error = nullptr);
    /// Saves a run's tags; false (and `error`) when they cannot be written.
    bool setRunTags(const QString& dir, const QStringList& tags, QString* error = nullptr);
    /// Saves a run's notes; false (and `error`) when they cannot be written.
    bool setRunNotes(const QString& dir, const QString& notes, QString* error = nullptr);
    /// Deletes a run folder without asking; refuses a run that is still training; a folder already gone counts as
    /// deleted. False (and `error`) on failure.
    bool deleteRunFolder(const QString& dir, QString* error = nullptr);
    /// True when the run can be continued: stopped or interrupted, with a checkpoint.
    static bool canResume(const RunRecord& run);

    /// Open (double-click, Return), Compare, Resume, Rename, Tags, Notes, Delete and Refresh actions.
    QAction* openAction() const { return m_openAction; }
    QAction* compareAction() const { return m_compareAction; }
    QAction* resumeAction() const { return m_resumeAction; }
    QAction* renameAction() const { return m_renameAction; }
    QAction* tagsAction() const { return m_tagsAction; }
    QAction* notesAction() const { return m_notesAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* refreshAction() const { return m_refreshAction; }

    /// Column widths and sort order, for QSettings.
    QByteArray saveHeaderState() const;
    /// Restores what saveHeaderState() returned.
    void restoreHeaderState(const QByteArray& state);

public Q_SLOTS:
    /// Reads the runs root again, keeping the selection.
    void refresh();

Q_SIGNALS:
    /// The user asked to show this run's charts and tables.
    void openRequested(const QString& dir);
    /// The user asked to compare these runs (two or more).
    void compareRequested(const QStringList& dirs);
    /// The user asked to continue this stopped or interrupted run.
    void resumeRequested(const QString& dir);
    /// The list was read again.
    void refreshed();

private:
    void buildActions();
    void updateActions();
    void contextMenu(const QPoint& pos);
    const RunRecord* currentRun() const;
    void promptRename();
    void promptTags();
    void promptNotes();
    void promptDelete();
    void reportError(const QString& title, const QString& text);
    /// True, after reading the list again and saying so under `title`, when a folder of `dirs` no longer exists.
    bool vanished(const QStringList& dirs, const QString& title);
    bool saveMeta(const QString& dir, const std::function<void(RunMeta&)>& change, QString* error);

    QString m_root;
    RunsModel* m_model = nullptr;
    RunsFilterModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_countLabel = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_resumeAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_tagsAction = nullptr;
    QAction* m_notesAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_refreshAction = nullptr;
};

}  // namespace ts
