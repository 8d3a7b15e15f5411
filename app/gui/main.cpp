// trainscope: the desktop dashboard.
#include "app/gui/probes/PaintProfiler.h"
#include "app/gui/probes/StallProbe.h"
#include "app/bridge/EvaluationController.h"
#include "app/bridge/TrainingController.h"
#include "core/data/Dataset.h"
#include "core/runs/RunWriter.h"
#include "ui/dataset/DatasetPreviewDialog.h"
#include "ui/evaluate/EvaluateWindow.h"
#include "ui/training/MainWindow.h"

#include <QApplication>

#include <clocale>
#include <QTabWidget>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace ts {
/// Wall-clock seconds since this process was started (from /proc/self/stat), or since main() if unknown.
double secondsSinceProcessStart() {
    std::FILE* f = std::fopen("/proc/self/stat", "r");
    unsigned long long startTicks = 0;
    if (f) {
        char buf[1024];
        const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
        std::fclose(f);
        buf[n] = 0;
        const char* p = std::strrchr(buf, ')');  // the command name may contain spaces
        for (int field = 2; p && *p && field < 22; ++p)
            if (*p == ' ') ++field;
        if (p) startTicks = std::strtoull(p, nullptr, 10);
    }
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double since = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return startTicks ? since - double(startTicks) / double(sysconf(_SC_CLK_TCK)) : 0.0;
}
}  // namespace ts

namespace {

/// The dashboard's cost, timed epoch against neighbouring epoch in one process (bench/dashboard_ab.sh):
/// after the first epoch, the window follows the batches in some epochs (live) and not in others (muted:
/// the worker still runs and emits, the window just does not take the batches), in the order live, muted,
/// muted, live, repeated, so that a steady drift of the machine's speed cancels within each group of four.
/// Each epoch's mode goes to stderr as "dashboard-ab: epoch N live|muted".
void abDashboard(ts::TrainingWorker* worker, ts::MainWindow* window) {
    QObject::connect(worker, &ts::TrainingWorker::epochFinished, window, [worker, window](const ts::EpochMetrics& m) {
        const int next = m.epoch + 1;
        const int k = (next - 2) % 4;
        const bool live = k == 0 || k == 3;
        if (live)
            QObject::connect(worker, &ts::TrainingWorker::batchesReady, window, &ts::MainWindow::onBatches,
                             Qt::UniqueConnection);
        else
            QObject::disconnect(worker, &ts::TrainingWorker::batchesReady, window, &ts::MainWindow::onBatches);
        std::fprintf(stderr, "dashboard-ab: epoch %d %s\n", next, live ? "live" : "muted");
    });
}

}  // namespace

int main(int argc, char** argv) {
    ts::ProfilingApplication app(argc, argv);
    // Qt has set the C library's locale from the environment. Core never depends on it (core/common/Numbers.h);
    // numbers in the C library's printf/strtod stay in the C locale all the same, as a second line of defence.
    // What the window shows follows QLocale, which this does not touch.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setOrganizationName(QStringLiteral("TrainScope"));
    QApplication::setApplicationName(QStringLiteral("TrainScope"));
    QApplication::setApplicationVersion(QStringLiteral(TRAINSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/trainscope.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Train neural networks and watch them learn, live."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Data set to open: an IDX folder or file, a CSV/TSV table or an image folder."),
                                     QStringLiteral("path"));
    const QCommandLineOption presetOpt(QStringLiteral("preset"), QStringLiteral("Model preset: seed, mlp or cnn."),
                                       QStringLiteral("name"));
    const QCommandLineOption epochsOpt(QStringLiteral("epochs"), QStringLiteral("Number of epochs."),
                                       QStringLiteral("n"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Training threads (0 = automatic)."),
                                        QStringLiteral("n"));
    const QCommandLineOption startOpt(QStringLiteral("start"), QStringLiteral("Start training as soon as the data is loaded."));
    const QCommandLineOption runsOpt(QStringLiteral("runs-dir"), QStringLiteral("Folder where runs are saved (overrides File > Runs Folder)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption openRunOpt(QStringLiteral("open-run"), QStringLiteral("Show a saved run (a run folder) at start."),
                                        QStringLiteral("run-dir"));
    const QCommandLineOption compareOpt(QStringLiteral("compare"),
                                        QStringLiteral("Compare saved runs at start: two or more run folders, separated by commas."),
                                        QStringLiteral("dir1,dir2,..."));
    const QCommandLineOption quitOpt(QStringLiteral("quit-when-done"),
                                     QStringLiteral("Quit when the training run ends (scripted demos, benchmarks)."));
    const QCommandLineOption stallOpt(QStringLiteral("stall-report"),
                                      QStringLiteral("Measure GUI event-loop stalls during training; print them on stderr."));
    const QCommandLineOption startupOpt(QStringLiteral("startup-report"),
                                        QStringLiteral("Print the time from process start to the window shown, then quit."));
    const QCommandLineOption paintOpt(QStringLiteral("paint-report"),
                                      QStringLiteral("Time every widget paint during training; print the table on stderr."));
    parser.addOptions({dataOpt, presetOpt, epochsOpt, threadsOpt, startOpt, runsOpt, quitOpt, stallOpt, startupOpt, paintOpt});
    const QCommandLineOption evaluateOpt(QStringLiteral("evaluate"),
                                         QStringLiteral("Open the Evaluate window on a saved model (a checkpoint, run folder "
                                                        "or TorchScript file) and evaluate it on --evaluate-data."),
                                         QStringLiteral("model"));
    const QCommandLineOption evaluateDataOpt(QStringLiteral("evaluate-data"),
                                             QStringLiteral("Labelled data for --evaluate."), QStringLiteral("path"));
    parser.addOptions({openRunOpt, compareOpt, evaluateOpt, evaluateDataOpt});
    // Hidden, for screenshots: the result tab to show, and a confusion cell whose samples to open.
    QCommandLineOption evaluateTabOpt(QStringLiteral("evaluate-tab"), QStringLiteral("Result tab to show."), QStringLiteral("n"));
    QCommandLineOption evaluateCellOpt(QStringLiteral("evaluate-cell"), QStringLiteral("Open this cell's samples."),
                                       QStringLiteral("true,predicted"));
    evaluateTabOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    evaluateCellOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({evaluateTabOpt, evaluateCellOpt});
    // Hidden: open --data through the preview dialog, as File > Open Dataset does (screenshots, demos).
    QCommandLineOption previewOpt(QStringLiteral("preview"), QStringLiteral("Show the data set preview on load."));
    previewOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(previewOpt);
    // Hidden, for bench/dashboard_ab.sh: see abDashboard() below.
    QCommandLineOption abOpt(QStringLiteral("dashboard-ab"), QStringLiteral("Follow the batches in alternate epochs."));
    abOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(abOpt);
    parser.process(app);

    ts::MainWindow window;
    if (parser.isSet(presetOpt) || parser.isSet(epochsOpt) || parser.isSet(threadsOpt)) {
        ts::TrainConfig cfg = window.config();
        try {
            if (parser.isSet(presetOpt)) cfg = ts::presetConfig(parser.value(presetOpt).toStdString());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "trainscope: %s\n", e.what());
            return 2;
        }
        // A whole number of at least `least`, or a message on stderr and exit status 2.
        const auto count = [&](const QCommandLineOption& opt, int least, int& out) {
            if (!parser.isSet(opt)) return true;
            bool ok = false;
            const int v = parser.value(opt).toInt(&ok);
            if (ok && v >= least) {
                out = v;
                return true;
            }
            std::fprintf(stderr, "trainscope: --%s needs a whole number of at least %d\n",
                         qPrintable(opt.names().constFirst()), least);
            return false;
        };
        if (!count(epochsOpt, 1, cfg.epochs) || !count(threadsOpt, 0, cfg.threads)) return 2;
        window.setConfig(cfg);
    }

    ts::TrainingController controller;
    // Runs folder: --runs-dir, else the one chosen in File > Runs Folder, else the per-user default.
    QString runsRoot = parser.value(runsOpt);
    if (runsRoot.isEmpty()) runsRoot = ts::MainWindow::rememberedRunsRoot();
    if (runsRoot.isEmpty()) runsRoot = QString::fromStdString(ts::defaultRunsRoot());
    controller.worker()->setRunsRoot(runsRoot);
    window.setRunsRoot(runsRoot);
    controller.attach(&window);
    QObject::connect(&app, &QApplication::aboutToQuit, &controller, &ts::TrainingController::shutdown);
    ts::EvaluationController evaluation;
    evaluation.attach(&window);
    QObject::connect(&app, &QApplication::aboutToQuit, &evaluation, &ts::EvaluationController::shutdown);

    if (parser.isSet(abOpt)) abDashboard(controller.worker(), &window);
    if (parser.isSet(stallOpt)) {
        auto* probe = new ts::StallProbe(&window);
        QObject::connect(controller.worker(), &ts::TrainingWorker::started, probe, &ts::StallProbe::start);
        QObject::connect(controller.worker(), &ts::TrainingWorker::finished, probe, [probe] {
            probe->stop();
            std::fprintf(stderr, "event-loop stall during training: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %zu ticks\n",
                         probe->quantileMs(0.5), probe->quantileMs(0.99), probe->maxMs(), probe->samples());
        });
    }
    if (parser.isSet(paintOpt)) {
        QObject::connect(controller.worker(), &ts::TrainingWorker::started, &app, [&app] { app.setPaintProfiling(true); });
        QObject::connect(controller.worker(), &ts::TrainingWorker::finished, &app, [&app] {
            app.setPaintProfiling(false);
            app.printReport(stderr);
        });
    }
    if (parser.isSet(quitOpt))
        QObject::connect(controller.worker(), &ts::TrainingWorker::finished, &app, &QApplication::quit,
                         Qt::QueuedConnection);

    // The data set: --data, else the last one opened, else Debian's FashionMNIST.
    QString data = parser.value(dataOpt);
    if (data.isEmpty() && !window.lastDatasetPath().isEmpty() && QFileInfo::exists(window.lastDatasetPath()))
        data = window.lastDatasetPath();
    if (data.isEmpty() && QDir(QString::fromUtf8(ts::defaultFashionMnistPath())).exists())
        data = QString::fromUtf8(ts::defaultFashionMnistPath());
    if (parser.isSet(startOpt)) {
        // Start once, when the data set arrives.
        auto* once = new QObject(&window);
        QObject::connect(controller.worker(), &ts::TrainingWorker::datasetLoaded, once, [&window, &controller, once] {
            controller.startTraining(window.config());
            once->deleteLater();
        });
    }
    window.show();
    if (parser.isSet(startupOpt)) {
        // Runs once the event loop has painted the shown window.
        QTimer::singleShot(0, &app, [&app] {
            std::fprintf(stderr, "launch to window shown: %.0f ms\n", ts::secondsSinceProcessStart() * 1000.0);
            app.quit();
        });
    }
    if (parser.isSet(openRunOpt)) window.openRun(QFileInfo(parser.value(openRunOpt)).absoluteFilePath());
    if (parser.isSet(compareOpt)) {
        QStringList dirs;
        for (const QString& dir : parser.value(compareOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
            dirs << QFileInfo(dir.trimmed()).absoluteFilePath();
        if (dirs.size() < 2) {
            std::fprintf(stderr, "trainscope: --compare needs two or more run folders separated by commas\n");
            return 2;
        }
        window.compareRuns(dirs);
    }
    if (parser.isSet(evaluateOpt)) {
        ts::EvaluateWindow* ew = evaluation.window();
        ts::EvaluateRequest rq = ew->request();
        rq.modelPath = QFileInfo(parser.value(evaluateOpt)).absoluteFilePath().toStdString();
        if (parser.isSet(evaluateDataOpt)) rq.dataPath = QFileInfo(parser.value(evaluateDataOpt)).absoluteFilePath().toStdString();
        rq.runDir.clear();
        ew->setRequest(rq);
        ew->show();
        const int tab = parser.value(evaluateTabOpt).toInt();
        const QStringList cell = parser.value(evaluateCellOpt).split(QLatin1Char(','));
        QObject::connect(evaluation.worker(), &ts::EvaluationWorker::finished, ew, [ew, tab, cell] {
            if (tab > 0) ew->resultTabs()->setCurrentIndex(tab);
            if (cell.size() == 2) ew->openGallery(cell[0].toInt(), cell[1].toInt());
        }, Qt::QueuedConnection);
        if (parser.isSet(evaluateDataOpt)) QTimer::singleShot(0, ew, &ts::EvaluateWindow::startEvaluation);
    }
    if (!data.isEmpty() && parser.isSet(previewOpt))
        controller.previewDataset(data, ts::DatasetPreviewDialog::rememberedLoadOptions(), window.config().valFraction);
    else if (!data.isEmpty()) controller.openDataset(data, window.config().valFraction);
    return app.exec();
}
