// The GUI soak of issue 18 ("Never lose a run"): many trainings one after another in one window, with the
// process's memory, threads and descriptors after each (bench/soak.sh runs it).
#pragma once

#include "core/common/ProcessStats.h"

#include <QObject>
#include <QString>

namespace ts {

class MainWindow;
class TrainingWorker;

/// Trains N times through the window's Train action, opens each finished run, records the process figures
/// after each, then prints the table on stderr and quits the application.
class SoakProbe : public QObject {
public:
    /// Runs used to warm up (caches, thread pools) before growth is counted.
    static constexpr int kSettledRun = 10;

    /// Starts the first run once `worker` has loaded a data set; `runs` >= 1. Owned by `window`.
    SoakProbe(int runs, TrainingWorker* worker, MainWindow* window);

private:
    /// Presses Train; quits with an error when the window cannot train.
    void startRun();
    /// A run ended: opens its folder in the window (as from the Runs panel), then records.
    void runFinished(bool failed, const QString& message, const QString& runDir);
    /// Records the figures after this run and starts the next, or prints the table and quits.
    void recordAndContinue();
    /// Prints `message` on stderr and quits with a failure status.
    void fail(const QString& message);

    int m_runs;
    int m_done = 0;
    bool m_started = false;
    bool m_awaitingShow = false;
    MainWindow* m_window;
    SoakRecorder m_recorder;
};

}  // namespace ts
