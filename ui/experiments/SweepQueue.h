// The Experiments queue's order and states, without processes: sweeps (new or resumed) and single training runs
// wait in order, one runs at a time, and waiting ones can be moved or cancelled.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ts {

/// One queued job: a trainscope-cli command for a sweep folder, or for one run's folder.
struct QueuedSweep {
    enum class State { Waiting, Running, Done, Failed, Cancelled };
    int id = 0;
    QString label;           ///< what the queue shows ("random sweep of mlp → /tmp/s1", "resume /tmp/s1")
    QString sweepDir;        ///< the sweep's folder, or the run's
    bool run = false;        ///< a single training run (`trainscope-cli train`), not a sweep
    int rounds = 0;          ///< a run: the evaluations it plans (its progress)
    QStringList arguments;   ///< trainscope-cli's arguments
    State state = State::Waiting;
    QString message;         ///< why it failed
};

/// The queue: add, move, cancel; next() says what to start when nothing runs.
class SweepQueue {
public:
    /// Appends a waiting job and returns its id.
    int add(const QString& label, const QString& sweepDir, const QStringList& arguments, bool run = false);
    /// Jobs in queue order (finished ones stay, for the record).
    const std::vector<QueuedSweep>& jobs() const { return m_jobs; }
    /// The job with this id (null when none).
    const QueuedSweep* job(int id) const;
    /// Moves a waiting job one place earlier (delta -1) or later (+1) among the jobs; false when it cannot.
    bool move(int id, int delta);
    /// Cancels a waiting job (true), or says a running one must be stopped (false: the caller stops its process).
    bool cancel(int id);
    /// The running job's id (-1 when none).
    int running() const;
    /// The first waiting job's id when nothing runs (-1 otherwise); the caller then calls markRunning.
    int next() const;
    /// A run job's planned evaluations (its progress bar's end).
    void setRounds(int id, int rounds);
    /// State changes.
    void markRunning(int id);
    void markEnded(int id, bool ok, const QString& message = QString());
    /// A running job the user stopped (Cancelled; its sweep can be resumed).
    void markStopped(int id);
    /// True when a job still waits or runs.
    bool busy() const;

private:
    QueuedSweep* find(int id);

    std::vector<QueuedSweep> m_jobs;
    int m_nextId = 1;
};

/// "waiting", "running", "done", "failed", "cancelled".
QString queueStateName(QueuedSweep::State state);

}  // namespace ts
