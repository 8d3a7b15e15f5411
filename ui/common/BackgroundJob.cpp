#include "ui/common/BackgroundJob.h"

namespace ts {

void detail::JobWorker::run() {
    if (m_job) m_job();
    Q_EMIT finished();
}

BackgroundJob::BackgroundJob(const QString& name, std::function<void()> job, QObject* parent) : QObject(parent) {
    auto* worker = new detail::JobWorker(std::move(job));  // deleted on its thread when the thread ends
    worker->moveToThread(&m_thread);
    m_thread.setObjectName(name);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &BackgroundJob::startRequested, worker, &detail::JobWorker::run);
    // Direct: quit() is thread-safe, and the owner may be blocked in wait() with no event loop to deliver it.
    connect(worker, &detail::JobWorker::finished, &m_thread, &QThread::quit, Qt::DirectConnection);
    // Queued to this object's thread: the owner learns of the end on its own thread.
    connect(worker, &detail::JobWorker::finished, this, &BackgroundJob::finished, Qt::QueuedConnection);
}

BackgroundJob::~BackgroundJob() { wait(); }

void BackgroundJob::start() {
    if (m_thread.isRunning()) return;
    m_thread.start();
    Q_EMIT startRequested();
}

void BackgroundJob::wait() {
    if (m_thread.isRunning()) m_thread.wait();
}

void runInBackground(QObject* context, const QString& name, std::function<void()> job, std::function<void()> done) {
    auto* task = new BackgroundJob(name, std::move(job), context);
    QObject::connect(task, &BackgroundJob::finished, context, [task, done = std::move(done)] {
        done();
        task->deleteLater();
    });
    task->start();
}

}  // namespace ts
