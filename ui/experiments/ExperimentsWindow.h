// The Experiments window: a sweep folder's results table, parallel-coordinates plot, objective-per-parameter plots
// and overlaid validation curves, refreshed while the sweep runs; the sweep editor and the queue that start
// trainscope-cli sweeps.
#pragma once

#include "ui/experiments/SweepQueue.h"
#include "ui/experiments/SweepRequest.h"
#include "ui/experiments/SweepSnapshot.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QVector>

class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace ts {

class ObjectiveScatterView;
class ParallelCoordinatesView;
class QueuePanel;
class SweepEditor;
class SweepLauncher;
class TrialCurvesPanel;
class TrialFilterProxy;
class TrialTableModel;

/// Composes the Experiments views over one sweep folder and keeps them current (background reads every kPollMs).
class ExperimentsWindow : public QMainWindow {
    Q_OBJECT
public:
    /// How often a sweep folder that may change is looked at.
    static constexpr int kPollMs = 2000;

    explicit ExperimentsWindow(QWidget* parent = nullptr);
    ~ExperimentsWindow() override;

    /// Shows the sweep in `dir` (read in the background; snapshotShown() follows) and follows it while it runs.
    void openSweep(const QString& dir);
    /// The folder shown ("" before one was opened).
    QString sweepDir() const { return m_dir; }
    /// The last snapshot shown.
    const SweepSnapshot& snapshot() const { return m_snapshot; }
    /// Reads the folder again now (in the background).
    void refresh();
    /// Writes the table's shown rows (filtered, in their order) as CSV to `path`; "" or why it failed.
    QString exportCsv(const QString& path) const;
    /// The trials the table shows (0-based, in its order).
    std::vector<int> shownTrials() const;
    /// The editor's base configuration and data set (the main window's form).
    void setBase(const TrainConfig& cfg, const QString& dataPath);
    /// Queues a new sweep (it starts when nothing else runs); false with the problem shown in the editor.
    bool queueSweep(const SweepRequest& request);
    /// Queues `trainscope-cli sweep --resume` of the folder shown.
    void queueResume();
    /// Queues a training run of the main window's data set and form (asked for with baseRequested) in a new folder
    /// of the runs folder; false with the problem shown.
    bool queueRun();
    /// The queue (tests).
    const SweepQueue& queue() const { return m_queue; }
    /// The launcher (tests set its program).
    SweepLauncher* launcher() const { return m_launcher; }

Q_SIGNALS:
    /// The user double-clicked a trial: show its run folder in the main window.
    void openRunRequested(const QString& runDir);
    /// "Train the best configuration": put this configuration in the main window's form.
    void trainConfigRequested(const ts::TrainConfig& cfg);
    /// A snapshot of the folder was shown (after openSweep or a refresh).
    void snapshotShown();
    /// The editor asks for the main window's configuration and data set (setBase answers).
    void baseRequested();
    /// A queued trainscope-cli ended (its errors, if any, are shown in the editor).
    void sweepProcessEnded(const QString& sweepDir, const QString& errors);

private:
    void buildActions();
    QWidget* buildResults();
    void showSnapshot(const SweepSnapshot& snapshot);
    void showStatus();
    void poll();
    void promptOpenSweep();
    void promptExport();
    void trainBest();
    void openTrial(const QModelIndex& proxyIndex);
    void onBrush(const QVector<int>& trials, bool brushed);
    void buildQueue();
    void startNext();
    void onProcessEnded(const QString& dir, const QString& errors);
    void cancelJob(int id);
    /// The running job's progress when it is a run: evaluations written to its epochs.jsonl, and the time left.
    void showRunProgress(const QueuedSweep& job);

    QString m_dir;
    SweepSnapshot m_snapshot;
    qint64 m_seenStamp = -1;        // sweep.json's modification time at the last read
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_columnsSized = false;    // the table's columns were fitted to this folder's contents
    TrialTableModel* m_model = nullptr;
    TrialFilterProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    ParallelCoordinatesView* m_parallel = nullptr;
    ObjectiveScatterView* m_scatter = nullptr;
    TrialCurvesPanel* m_curves = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_timer = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_trainBestAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_clearFilterAction = nullptr;
    QAction* m_resumeAction = nullptr;
    SweepEditor* m_editor = nullptr;
    QueuePanel* m_queuePanel = nullptr;
    SweepLauncher* m_launcher = nullptr;
    SweepQueue m_queue;
    int m_stopping = -1;  // the running job the user cancelled
    TrainConfig m_base;   // the main window's form and data set (setBase)
    QString m_baseData;
    QElapsedTimer m_jobClock;  // since the running job started
};

}  // namespace ts
