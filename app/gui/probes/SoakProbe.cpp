#include "app/gui/probes/SoakProbe.h"

#include "app/bridge/TrainingWorker.h"
#include "ui/training/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace ts {

namespace {

constexpr int kShowTimeoutMs = 30000;  // a run folder that never shows is reported, not waited for forever
constexpr int kExitFailure = 1;

}  // namespace

SoakProbe::SoakProbe(int runs, TrainingWorker* worker, MainWindow* window)
    : QObject(window), m_runs(runs), m_window(window) {
    // Queued from the worker thread, after the window's own slots (connected earlier) have run.
    connect(worker, &TrainingWorker::datasetLoaded, this, [this] {
        if (m_started) return;
        m_started = true;
        QTimer::singleShot(0, this, &SoakProbe::startRun);
    });
    connect(worker, &TrainingWorker::finished, this, [this](const RunSummary& s, const QString& runDir) {
        runFinished(s.status == RunStatus::Failed, QString::fromStdString(s.message), runDir);
    });
    connect(window, &MainWindow::runShown, this, [this] {
        if (!m_awaitingShow) return;
        m_awaitingShow = false;
        QTimer::singleShot(0, this, &SoakProbe::recordAndContinue);  // after the window's deferred deletes
    });
}

void SoakProbe::startRun() {
    auto* train = m_window->findChild<QAction*>(QStringLiteral("trainAction"));
    if (!train || !train->isEnabled()) {
        fail(QStringLiteral("the window cannot train (no data set, or a run still going)"));
        return;
    }
    train->trigger();
}

void SoakProbe::runFinished(bool failed, const QString& message, const QString& runDir) {
    if (failed) {
        fail(QStringLiteral("run %1 failed: %2").arg(m_done + 1).arg(message));
        return;
    }
    if (runDir.isEmpty()) {
        QTimer::singleShot(0, this, &SoakProbe::recordAndContinue);
        return;
    }
    m_awaitingShow = true;
    m_window->openRun(runDir);
    const int run = m_done;
    QTimer::singleShot(kShowTimeoutMs, this, [this, run] {
        if (!m_awaitingShow || m_done != run) return;
        std::fprintf(stderr, "soak: run %d was not shown; going on\n", run + 1);
        m_awaitingShow = false;
        recordAndContinue();
    });
}

void SoakProbe::recordAndContinue() {
    m_recorder.record(++m_done);
    std::fprintf(stderr, "soak: run %d of %d done\n", m_done, m_runs);
    if (m_done < m_runs) {
        startRun();
        return;
    }
    const std::string table = m_recorder.table("soak (GUI): figures after each run", kSettledRun);
    std::fputs(table.c_str(), stderr);
    QCoreApplication::quit();
}

void SoakProbe::fail(const QString& message) {
    std::fprintf(stderr, "soak: %s\n", qPrintable(message));
    QCoreApplication::exit(kExitFailure);
}

}  // namespace ts
