#include "app/gui/probes/BenchmarkProbes.h"

#include "app/bridge/TrainingWorker.h"
#include "app/gui/probes/PaintProfiler.h"
#include "app/gui/probes/SoakProbe.h"
#include "app/gui/probes/StallProbe.h"
#include "ui/training/MainWindow.h"

#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace ts {

namespace {

constexpr int kStartTimeField = 22;       // /proc/self/stat: start time in clock ticks after boot
constexpr int kAbGroup = 4;               // epochs per A/B group: live, muted, muted, live
constexpr double kMsPerSecond = 1000.0;
constexpr double kNsPerSecond = 1e9;

/// Wall-clock seconds since this process was started (from /proc/self/stat), or 0 if unknown.
double secondsSinceProcessStart() {
    std::FILE* f = std::fopen("/proc/self/stat", "r");
    unsigned long long startTicks = 0;
    if (f) {
        char buf[1024];
        const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
        std::fclose(f);
        buf[n] = 0;
        const char* p = std::strrchr(buf, ')');  // the command name may contain spaces
        for (int field = 2; p && *p && field < kStartTimeField; ++p)
            if (*p == ' ') ++field;
        if (p) startTicks = std::strtoull(p, nullptr, 10);
    }
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double since = double(now.tv_sec) + double(now.tv_nsec) / kNsPerSecond;
    return startTicks ? since - double(startTicks) / double(sysconf(_SC_CLK_TCK)) : 0.0;
}

/// The dashboard's cost, timed epoch against neighbouring epoch in one process (bench/dashboard_ab.sh):
/// after the first epoch, the window follows the batches in some epochs (live) and not in others (muted:
/// the worker still runs and emits, the window just does not take the batches), in the order live, muted,
/// muted, live, repeated, so that a steady drift of the machine's speed cancels within each group of four.
/// Each epoch's mode goes to stderr as "dashboard-ab: epoch N live|muted".
void abDashboard(TrainingWorker* worker, MainWindow* window) {
    QObject::connect(worker, &TrainingWorker::epochFinished, window, [worker, window](const EpochMetrics& m) {
        const int next = m.epoch + 1;
        const int k = (next - 2) % kAbGroup;
        const bool live = k == 0 || k == kAbGroup - 1;
        if (live)
            QObject::connect(worker, &TrainingWorker::batchesReady, window, &MainWindow::onBatches, Qt::UniqueConnection);
        else
            QObject::disconnect(worker, &TrainingWorker::batchesReady, window, &MainWindow::onBatches);
        std::fprintf(stderr, "dashboard-ab: epoch %d %s\n", next, live ? "live" : "muted");
    });
}

/// GUI event-loop stalls during training, on stderr when the run ends.
void reportStalls(TrainingWorker* worker, MainWindow* window) {
    auto* probe = new StallProbe(window);
    QObject::connect(worker, &TrainingWorker::started, probe, &StallProbe::start);
    QObject::connect(worker, &TrainingWorker::finished, probe, [probe] {
        probe->stop();
        std::fprintf(stderr, "event-loop stall during training: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %zu ticks\n",
                     probe->quantileMs(0.5), probe->quantileMs(0.99), probe->maxMs(), probe->samples());
    });
}

/// Every widget paint during training, timed; the table goes to stderr when the run ends.
void reportPaints(ProfilingApplication& app, TrainingWorker* worker) {
    QObject::connect(worker, &TrainingWorker::started, &app, [&app] { app.setPaintProfiling(true); });
    QObject::connect(worker, &TrainingWorker::finished, &app, [&app] {
        app.setPaintProfiling(false);
        app.printReport(stderr);
    });
}

QCommandLineOption hidden(QCommandLineOption option) {
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

}  // namespace

BenchmarkProbes::BenchmarkProbes()
    : m_stallReport(QStringLiteral("stall-report"),
                    QStringLiteral("Measure GUI event-loop stalls during training; print them on stderr.")),
      m_startupReport(QStringLiteral("startup-report"),
                      QStringLiteral("Print the time from process start to the window shown, then quit.")),
      m_paintReport(QStringLiteral("paint-report"),
                    QStringLiteral("Time every widget paint during training; print the table on stderr.")),
      // For bench/dashboard_ab.sh: see abDashboard().
      m_dashboardAb(hidden(QCommandLineOption(QStringLiteral("dashboard-ab"),
                                              QStringLiteral("Follow the batches in alternate epochs.")))),
      // For bench/soak.sh: see SoakProbe.
      m_soak(hidden(QCommandLineOption(QStringLiteral("soak"),
                                       QStringLiteral("Train N times in a row; print memory, threads and descriptors."),
                                       QStringLiteral("n")))) {}

void BenchmarkProbes::addOptions(QCommandLineParser& parser) const {
    parser.addOptions({m_stallReport, m_startupReport, m_paintReport, m_dashboardAb, m_soak});
}

bool BenchmarkProbes::attach(const QCommandLineParser& parser, ProfilingApplication& app, TrainingWorker* worker,
                             MainWindow* window) const {
    if (parser.isSet(m_dashboardAb)) abDashboard(worker, window);
    if (parser.isSet(m_stallReport)) reportStalls(worker, window);
    if (parser.isSet(m_paintReport)) reportPaints(app, worker);
    if (parser.isSet(m_soak)) {
        bool ok = false;
        const int runs = parser.value(m_soak).toInt(&ok);
        if (!ok || runs < 1) {
            std::fprintf(stderr, "trainscope: --soak needs a whole number of at least 1\n");
            return false;
        }
        new SoakProbe(runs, worker, window);  // owned by the window
    }
    return true;
}

void BenchmarkProbes::windowShown(const QCommandLineParser& parser, ProfilingApplication& app) const {
    if (!parser.isSet(m_startupReport)) return;
    // Runs once the event loop has painted the shown window.
    QTimer::singleShot(0, &app, [&app] {
        std::fprintf(stderr, "launch to window shown: %.0f ms\n", secondsSinceProcessStart() * kMsPerSecond);
        app.quit();
    });
}

}  // namespace ts
