// The one way the GUI runs work in the background: a worker object moved to its own QThread and driven by
// a signal, as Qt's QThread documentation and the training and evaluation bridges (app/bridge) do it.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace ts {

namespace detail {
/// Runs one function on the thread it was moved to, then says so.
class JobWorker : public QObject {
    Q_OBJECT
public:
    explicit JobWorker(std::function<void()> job) : m_job(std::move(job)) {}

public Q_SLOTS:
    /// Runs the job (on the worker's thread) and emits finished().
    void run();

Q_SIGNALS:
    void finished();

private:
    std::function<void()> m_job;
};
}  // namespace detail

/// One job on its own thread: start() runs it there, finished() arrives on the owner's thread afterwards.
/// Destroying the job waits for it to end, so what the job captures by reference must outlive the job.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    /// `name` names the thread (debuggers, profilers); `job` runs on it once.
    BackgroundJob(const QString& name, std::function<void()> job, QObject* parent = nullptr);
    /// Waits for a running job.
    ~BackgroundJob() override;

    /// Starts the job (once).
    void start();
    /// Blocks until the job has run; its finished() signal is then queued to the owner's thread.
    void wait();
    /// True from start() until the job has run.
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    /// The job has run (delivered on the thread that owns this object).
    void finished();
    /// Internal: drives the worker.
    void startRequested();

private:
    QThread m_thread;
};

/// Runs `job` in the background and then `done` on `context`'s thread, unless `context` is gone by then.
/// The job object is owned by `context` and deletes itself after `done`.
void runInBackground(QObject* context, const QString& name, std::function<void()> job, std::function<void()> done);

}  // namespace ts
