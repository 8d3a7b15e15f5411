// Watching a run that another process is writing (e.g. started with torchrun or trainscope-cli in a terminal):
// while the shown run's status is "running" its folder is reloaded in the background every few seconds, and the
// window re-shows it when it grew.
#pragma once

#include "core/runs/RunStore.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <string>

namespace ts {

/// Follows one run in progress ("runFollower"): reloads it every interval and hands it back when it grew.
class RunFollower : public QObject {
    Q_OBJECT
public:
    /// How often the followed run is reloaded.
    static constexpr int kIntervalMs = 2000;

    explicit RunFollower(QObject* parent = nullptr);

    /// Follows `run` when another process is still writing it (status "running"), replacing the run followed so
    /// far; otherwise stops following. True while following.
    bool follow(const RunRecord& run);
    /// Stops following (another run is shown, or this window starts training).
    void stop();
    /// True while a run is followed.
    bool isFollowing() const { return m_timer.isActive(); }
    /// The folder of the run followed ("" when none).
    QString runDir() const { return m_dir; }
    /// Reloads every `ms` milliseconds (tests use a short interval).
    void setInterval(int ms) { m_timer.setInterval(ms); }
    /// True when `now` holds more than `before` (batches, evaluations, health samples, alerts, samples, steps of
    /// the processes) or its status changed.
    static bool grew(const RunRecord& before, const RunRecord& now);

Q_SIGNALS:
    /// The followed run grew or ended: here it is, as read now (after a run that ended, following stops).
    void grown(const ts::RunRecord& run);

private:
    /// What tells two readings of a run apart.
    struct Extent {
        size_t batches = 0, epochs = 0, health = 0, alerts = 0, samples = 0, predictions = 0;
        int64_t lastStep = 0, processSteps = 0;
        std::string status;
        bool operator==(const Extent& o) const;
    };
    static Extent extentOf(const RunRecord& run);
    /// Loads the followed folder in the background and compares it with the last reading.
    void reload();

    QTimer m_timer;
    QString m_dir;
    Extent m_last;
    bool m_loading = false;
};

}  // namespace ts
