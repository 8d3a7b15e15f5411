#include "ui/runs/RunFollower.h"

#include "ui/runs/RunsPanel.h"

namespace ts {

namespace {
const char* const kRunning = "running";
}  // namespace

RunFollower::RunFollower(QObject* parent) : QObject(parent) {
    setObjectName(QStringLiteral("runFollower"));
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RunFollower::reload);
}

bool RunFollower::Extent::operator==(const Extent& o) const {
    return batches == o.batches && epochs == o.epochs && health == o.health && alerts == o.alerts &&
           samples == o.samples && predictions == o.predictions && lastStep == o.lastStep &&
           processSteps == o.processSteps && status == o.status;
}

RunFollower::Extent RunFollower::extentOf(const RunRecord& run) {
    Extent e;
    e.batches = run.batches.size();
    e.epochs = run.epochs.size();
    e.health = run.health.size();
    e.alerts = run.alerts.size();
    e.samples = run.samples.size();
    e.predictions = run.testPredictions.size();
    e.lastStep = run.batches.empty() ? 0 : run.batches.back().step;
    for (const ProcessFigures& p : run.processes) e.processSteps += p.step;
    e.status = run.status;
    return e;
}

bool RunFollower::grew(const RunRecord& before, const RunRecord& now) { return !(extentOf(before) == extentOf(now)); }

bool RunFollower::follow(const RunRecord& run) {
    if (run.status != kRunning) {
        stop();
        return false;
    }
    m_dir = QString::fromStdString(run.dir);
    m_last = extentOf(run);
    if (!m_timer.isActive()) m_timer.start();
    return true;
}

void RunFollower::stop() {
    m_timer.stop();
    m_dir.clear();
}

void RunFollower::reload() {
    if (m_loading || m_dir.isEmpty()) return;  // the previous reading is still under way
    m_loading = true;
    loadRunsInBackground(this, {m_dir}, [this, dir = m_dir](std::vector<RunRecord> runs, QStringList) {
        m_loading = false;
        if (dir != m_dir) return;  // another run is followed now, or none
        if (runs.empty()) {        // deleted or moved meanwhile
            stop();
            return;
        }
        const Extent now = extentOf(runs.front());
        if (now == m_last) return;
        m_last = now;
        if (now.status != kRunning) stop();  // it ended: shown once more as it ended
        Q_EMIT grown(runs.front());
    });
}

}  // namespace ts
