#include "ui/experiments/SweepQueue.h"

#include <QObject>

#include <utility>

namespace ts {

void SweepQueue::setRounds(int id, int rounds) {
    if (QueuedSweep* j = find(id)) j->rounds = rounds;
}

int SweepQueue::add(const QString& label, const QString& sweepDir, const QStringList& arguments, bool run) {
    QueuedSweep j;
    j.id = m_nextId++;
    j.label = label;
    j.sweepDir = sweepDir;
    j.arguments = arguments;
    j.run = run;
    m_jobs.push_back(j);
    return j.id;
}

QueuedSweep* SweepQueue::find(int id) {
    for (QueuedSweep& j : m_jobs)
        if (j.id == id) return &j;
    return nullptr;
}

const QueuedSweep* SweepQueue::job(int id) const { return const_cast<SweepQueue*>(this)->find(id); }

bool SweepQueue::move(int id, int delta) {
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].id != id) continue;
        const long to = long(i) + delta;
        if (m_jobs[i].state != QueuedSweep::State::Waiting || to < 0 || to >= long(m_jobs.size())) return false;
        std::swap(m_jobs[i], m_jobs[size_t(to)]);
        return true;
    }
    return false;
}

bool SweepQueue::cancel(int id) {
    QueuedSweep* j = find(id);
    if (!j || j->state != QueuedSweep::State::Waiting) return false;
    j->state = QueuedSweep::State::Cancelled;
    return true;
}

int SweepQueue::running() const {
    for (const QueuedSweep& j : m_jobs)
        if (j.state == QueuedSweep::State::Running) return j.id;
    return -1;
}

int SweepQueue::next() const {
    if (running() >= 0) return -1;
    for (const QueuedSweep& j : m_jobs)
        if (j.state == QueuedSweep::State::Waiting) return j.id;
    return -1;
}

void SweepQueue::markRunning(int id) {
    if (QueuedSweep* j = find(id)) j->state = QueuedSweep::State::Running;
}

void SweepQueue::markEnded(int id, bool ok, const QString& message) {
    QueuedSweep* j = find(id);
    if (!j) return;
    j->state = ok ? QueuedSweep::State::Done : QueuedSweep::State::Failed;
    j->message = message;
}

void SweepQueue::markStopped(int id) {
    if (QueuedSweep* j = find(id)) j->state = QueuedSweep::State::Cancelled;
}

bool SweepQueue::busy() const {
    for (const QueuedSweep& j : m_jobs)
        if (j.state == QueuedSweep::State::Waiting || j.state == QueuedSweep::State::Running) return true;
    return false;
}

QString queueStateName(QueuedSweep::State state) {
    switch (state) {
    case QueuedSweep::State::Waiting: return QObject::tr("waiting");
    case QueuedSweep::State::Running: return QObject::tr("running");
    case QueuedSweep::State::Done: return QObject::tr("done");
    case QueuedSweep::State::Failed: return QObject::tr("failed");
    case QueuedSweep::State::Cancelled: return QObject::tr("cancelled");
    }
    return QString();
}

}  // namespace ts
