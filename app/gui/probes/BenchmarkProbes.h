// The benchmark probes of the trainscope GUI: the dashboard A/B switch and the paint, stall and startup reports,
// which bench/dashboard_ab.sh, bench/gui_cost.sh and bench/run_benchmarks.sh measure the GUI with, and the soak
// of bench/soak.sh.
#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace ts {

class MainWindow;
class ProfilingApplication;
class TrainingWorker;

/// --dashboard-ab and --soak (hidden), --paint-report, --stall-report and --startup-report; each prints on stderr.
class BenchmarkProbes {
public:
    /// Declares the probes' command-line options.
    BenchmarkProbes();

    /// Adds the probes' options to `parser` (--dashboard-ab and --soak hidden from --help).
    void addOptions(QCommandLineParser& parser) const;
    /// Connects the probes the command line chose to the training worker and the window; false after a message
    /// on stderr when a probe's value is invalid.
    bool attach(const QCommandLineParser& parser, ProfilingApplication& app, TrainingWorker* worker,
                MainWindow* window) const;
    /// Call right after the window is shown: --startup-report prints the time from process start to the
    /// painted window, then quits.
    void windowShown(const QCommandLineParser& parser, ProfilingApplication& app) const;

private:
    QCommandLineOption m_stallReport;
    QCommandLineOption m_startupReport;
    QCommandLineOption m_paintReport;
    QCommandLineOption m_dashboardAb;
    QCommandLineOption m_soak;
};

}  // namespace ts
