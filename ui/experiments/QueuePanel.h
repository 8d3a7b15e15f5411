// The Experiments queue as the user sees it: the queued sweeps and runs with their states, buttons to queue a run,
// reorder and cancel, and the running job's progress (trials or evaluations done of all) and estimated time left.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace ts {

class SweepQueue;

/// Shows a SweepQueue and asks the window to move or cancel its jobs.
class QueuePanel : public QWidget {
    Q_OBJECT
public:
    explicit QueuePanel(QWidget* parent = nullptr);

    /// Lists `queue`'s jobs again (the selection follows the job).
    void showQueue(const SweepQueue& queue);
    /// The running job's progress; `eta` "" when unknown; total 0 hides the bar; `run`: counted in evaluations of a
    /// run rather than trials of a sweep.
    void showProgress(int done, int total, const QString& eta, bool run = false);

Q_SIGNALS:
    /// Move job `id` one place earlier (-1) or later (+1).
    void moveRequested(int id, int delta);
    /// Cancel job `id` (a running one is stopped, resumable).
    void cancelRequested(int id);
    /// Queue a training run of the main window's data set and configuration.
    void queueRunRequested();

private:
    int selectedId() const;

    QTableWidget* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_eta = nullptr;
};

}  // namespace ts
