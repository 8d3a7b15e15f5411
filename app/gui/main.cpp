// trainscope: the desktop dashboard.
#include "app/bridge/EvaluationController.h"
#include "app/bridge/GenerationController.h"
#include "app/bridge/LrFinderController.h"
#include "app/bridge/TrainingController.h"
#include "app/gui/SingleInstance.h"
#include "app/gui/probes/BenchmarkProbes.h"
#include "app/gui/probes/PaintProfiler.h"
#include "core/common/MemoryReuse.h"
#include "core/data/Dataset.h"
#include "core/runs/RunFolder.h"
#include "core/runs/RunWriter.h"
#include "ui/common/Settings.h"
#include "ui/common/Translations.h"
#include "ui/dataset/DatasetPreviewDialog.h"
#include "ui/evaluate/EvaluateWindow.h"
#include "ui/experiments/ExperimentsWindow.h"
#include "ui/experiments/ParallelCoordinatesView.h"
#include "ui/report/ReportTranslator.h"
#include "ui/training/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTabWidget>
#include <QTimer>

#include <clocale>
#include <cstdio>

namespace {

QCommandLineOption hidden(QCommandLineOption option) {
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

/// trainscope's command line (the benchmark probes add theirs).
struct GuiOptions {
    QCommandLineOption data{QStringLiteral("data"),
                            QStringLiteral("Data set to open: an IDX folder or file, a CSV/TSV table, an image folder "
                                           "or a text corpus."),
                            QStringLiteral("path")};
    QCommandLineOption preset{QStringLiteral("preset"), QStringLiteral("Model preset: seed, mlp, cnn, text-bow, gpt-tiny or gpt-small."),
                              QStringLiteral("name")};
    QCommandLineOption epochs{QStringLiteral("epochs"), QStringLiteral("Number of epochs."), QStringLiteral("n")};
    QCommandLineOption lr{QStringLiteral("lr"), QStringLiteral("Learning rate."), QStringLiteral("x")};
    QCommandLineOption threads{QStringLiteral("threads"), QStringLiteral("Training threads (0 = automatic)."),
                               QStringLiteral("n")};
    QCommandLineOption processes{QStringLiteral("processes"),
                                 QStringLiteral("Data-parallel training on n processes of this machine (1 = one process)."),
                                 QStringLiteral("n")};
    QCommandLineOption start{QStringLiteral("start"), QStringLiteral("Start training as soon as the data is loaded.")};
    QCommandLineOption runsDir{QStringLiteral("runs-dir"),
                               QStringLiteral("Folder where runs are saved (overrides File > Runs Folder)."),
                               QStringLiteral("dir")};
    QCommandLineOption quit{QStringLiteral("quit-when-done"),
                            QStringLiteral("Quit when the training run ends (scripted demos, benchmarks).")};
    QCommandLineOption openRun{QStringLiteral("open-run"), QStringLiteral("Show a saved run (a run folder) at start."),
                               QStringLiteral("run-dir")};
    QCommandLineOption compare{QStringLiteral("compare"),
                               QStringLiteral("Compare saved runs at start: two or more run folders, separated by commas."),
                               QStringLiteral("dir1,dir2,...")};
    QCommandLineOption openSweep{QStringLiteral("open-sweep"),
                                 QStringLiteral("Show a sweep folder (trainscope-cli sweep --out) in the Experiments window."),
                                 QStringLiteral("sweep-dir")};
    // Hidden, for screenshots: the Experiments window's plot tab to show, and a range to brush on one axis.
    QCommandLineOption experimentsTab =
        hidden({QStringLiteral("experiments-tab"), QStringLiteral("Experiments plot tab to show."), QStringLiteral("n")});
    QCommandLineOption experimentsBrush = hidden({QStringLiteral("experiments-brush"),
                                                  QStringLiteral("Brush a range of a parallel-coordinates axis."),
                                                  QStringLiteral("axis:low:high")});
    QCommandLineOption evaluate{QStringLiteral("evaluate"),
                                QStringLiteral("Open the Evaluate window on a saved model (a checkpoint, run folder "
                                               "or TorchScript file) and evaluate it on --evaluate-data."),
                                QStringLiteral("model")};
    QCommandLineOption evaluateData{QStringLiteral("evaluate-data"), QStringLiteral("Labelled data for --evaluate."),
                                    QStringLiteral("path")};
    // Hidden, for screenshots: the result tab to show, and a confusion cell whose samples to open.
    QCommandLineOption evaluateTab =
        hidden({QStringLiteral("evaluate-tab"), QStringLiteral("Result tab to show."), QStringLiteral("n")});
    QCommandLineOption evaluateCell = hidden(
        {QStringLiteral("evaluate-cell"), QStringLiteral("Open this cell's samples."), QStringLiteral("true,predicted")});
    // Hidden: open --data through the preview dialog, as File > Open Dataset does (screenshots, demos).
    QCommandLineOption preview = hidden({QStringLiteral("preview"), QStringLiteral("Show the data set preview on load.")});
    // Hidden: run the learning-rate range test (the form's Find…) once --data is loaded (screenshots, demos).
    QCommandLineOption lrFind = hidden({QStringLiteral("lr-find"), QStringLiteral("Open the learning-rate finder on load.")});

    /// Adds every option to `parser`, in the order --help lists them.
    void addTo(QCommandLineParser& parser, const ts::BenchmarkProbes& probes) const {
        parser.addOptions({data, preset, epochs, lr, threads, processes, start, runsDir, quit});
        probes.addOptions(parser);
        parser.addOptions({openRun, compare, openSweep, experimentsTab, experimentsBrush, evaluate, evaluateData, evaluateTab, evaluateCell, preview, lrFind});
    }
};

/// --preset, --epochs, --lr, --threads and --processes into the window's form; false after a message on stderr when
/// one is invalid.
bool applyConfigOptions(const QCommandLineParser& parser, const GuiOptions& o, ts::MainWindow& window) {
    if (!parser.isSet(o.preset) && !parser.isSet(o.epochs) && !parser.isSet(o.lr) && !parser.isSet(o.threads) &&
        !parser.isSet(o.processes))
        return true;
    ts::TrainConfig cfg = window.config();
    try {
        if (parser.isSet(o.preset)) cfg = ts::presetConfig(parser.value(o.preset).toStdString());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trainscope: %s\n", e.what());
        return false;
    }
    // A whole number of at least `least`, or a message on stderr.
    const auto count = [&parser](const QCommandLineOption& opt, int least, int& out) {
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
    if (!count(o.epochs, 1, cfg.epochs) || !count(o.threads, 0, cfg.threads) || !count(o.processes, 1, cfg.processes))
        return false;
    if (parser.isSet(o.lr)) {
        bool ok = false;
        const double lr = parser.value(o.lr).toDouble(&ok);  // QString::toDouble reads the C locale's '.'
        if (!ok || !(lr > 0.0) || lr > ts::TrainLimits::kMaxLearningRate) {
            std::fprintf(stderr, "trainscope: --lr needs a number greater than 0 and at most %g\n",
                         ts::TrainLimits::kMaxLearningRate);
            return false;
        }
        cfg.lr = lr;
    }
    window.setConfig(cfg);
    return true;
}

/// The runs folder: --runs-dir, else the one chosen in File > Runs Folder, else the per-user default.
QString runsRootFrom(const QCommandLineParser& parser, const GuiOptions& o) {
    QString root = parser.value(o.runsDir);
    if (root.isEmpty()) root = ts::MainWindow::rememberedRunsRoot();
    if (root.isEmpty()) root = QString::fromStdString(ts::defaultRunsRoot());
    return root;
}

/// The data set to open: --data, else the last one opened, else Debian's FashionMNIST ("" = none).
QString datasetFrom(const QCommandLineParser& parser, const GuiOptions& o, const ts::MainWindow& window) {
    QString data = parser.value(o.data);
    if (data.isEmpty() && !window.lastDatasetPath().isEmpty() && QFileInfo::exists(window.lastDatasetPath()))
        data = window.lastDatasetPath();
    if (data.isEmpty() && QDir(QString::fromUtf8(ts::defaultFashionMnistPath())).exists())
        data = QString::fromUtf8(ts::defaultFashionMnistPath());
    return data;
}

/// --open-sweep (and --experiments-tab): the Experiments window on a sweep folder.
void openStartupSweep(const QCommandLineParser& parser, const GuiOptions& o, ts::MainWindow& window) {
    if (!parser.isSet(o.openSweep)) return;
    window.openExperiments(QFileInfo(parser.value(o.openSweep)).absoluteFilePath());
    if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("experimentsTabs")); tabs && parser.isSet(o.experimentsTab))
        tabs->setCurrentIndex(parser.value(o.experimentsTab).toInt());
    const QStringList brush = parser.value(o.experimentsBrush).split(QLatin1Char(':'));
    auto* experiments = window.findChild<ts::ExperimentsWindow*>();
    if (brush.size() != 3 || !experiments) return;
    QObject::connect(experiments, &ts::ExperimentsWindow::snapshotShown, experiments, [experiments, brush] {
        auto* parallel = experiments->findChild<ts::ParallelCoordinatesView*>();
        const int axis = brush[0].toInt();
        if (parallel && axis >= 0 && axis < parallel->axes().axisCount() && !parallel->axes().brush(axis))
            parallel->brushAxis(axis, brush[1].toDouble(), brush[2].toDouble());
    });
}

/// --open-run and --compare; false after a message on stderr when --compare names fewer than two folders.
bool openStartupRuns(const QCommandLineParser& parser, const GuiOptions& o, ts::MainWindow& window) {
    if (parser.isSet(o.openRun)) window.openRun(QFileInfo(parser.value(o.openRun)).absoluteFilePath());
    if (!parser.isSet(o.compare)) return true;
    QStringList dirs;
    for (const QString& dir : parser.value(o.compare).split(QLatin1Char(','), Qt::SkipEmptyParts))
        dirs << QFileInfo(dir.trimmed()).absoluteFilePath();
    if (dirs.size() < 2) {
        std::fprintf(stderr, "trainscope: --compare needs two or more run folders separated by commas\n");
        return false;
    }
    window.compareRuns(dirs);
    return true;
}

/// Opens what a file manager or a second launch passed: a sweep folder in Experiments, run folders (two or more
/// are compared), a data set through the preview (the last one given).
void openPaths(const QStringList& paths, ts::MainWindow& window) {
    QStringList runs;
    QString data;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (QFileInfo::exists(absolute + QStringLiteral("/sweep.json"))) window.openExperiments(absolute);
        else if (ts::holdsRun(absolute.toStdString())) runs << absolute;
        else data = absolute;
    }
    if (runs.size() == 1) window.openRun(runs.front());
    if (runs.size() > 1) window.compareRuns(runs);
    if (!data.isEmpty()) window.openDatasetPath(data);
}

/// --evaluate: the Evaluate window on the model, evaluating at once when --evaluate-data is given.
void openEvaluateWindow(const QCommandLineParser& parser, const GuiOptions& o, ts::EvaluationController& evaluation) {
    ts::EvaluateWindow* ew = evaluation.window();
    ts::EvaluateRequest rq = ew->request();
    rq.modelPath = QFileInfo(parser.value(o.evaluate)).absoluteFilePath().toStdString();
    if (parser.isSet(o.evaluateData)) rq.dataPath = QFileInfo(parser.value(o.evaluateData)).absoluteFilePath().toStdString();
    rq.runDir.clear();
    ew->setRequest(rq);
    ew->show();
    const int tab = parser.value(o.evaluateTab).toInt();
    const QStringList cell = parser.value(o.evaluateCell).split(QLatin1Char(','));
    QObject::connect(evaluation.worker(), &ts::EvaluationWorker::finished, ew, [ew, tab, cell] {
        if (tab > 0) ew->resultTabs()->setCurrentIndex(tab);
        if (cell.size() == 2) ew->openGallery(cell[0].toInt(), cell[1].toInt());
    }, Qt::QueuedConnection);
    if (parser.isSet(o.evaluateData)) QTimer::singleShot(0, ew, &ts::EvaluateWindow::startEvaluation);
}

/// fontconfig reads FC_LANG once, before Qt starts: a Chinese interface chosen in View ▸ Language under another LANG
/// must still draw Han characters in their Simplified Chinese forms (Noto CJK SC, not the Japanese face).
void chooseFontLanguage() {
    const QString chosen = ts::settings::language.get();  // QSettings by organization and name: no application yet
    if (chosen.startsWith(QLatin1String("zh")) && !qEnvironmentVariableIsSet("FC_LANG"))
        qputenv("FC_LANG", chosen.toLower().replace(QLatin1Char('_'), QLatin1Char('-')).toLatin1());
}

}  // namespace

int main(int argc, char** argv) {
    ts::keepFreedMemoryForReuse();  // before the first tensor: every step reuses the previous one's memory
    chooseFontLanguage();
    ts::ProfilingApplication app(argc, argv);
    // Qt has set the C library's locale from the environment. Core never depends on it (core/common/Numbers.h);
    // numbers in the C library's printf/strtod stay in the C locale all the same, as a second line of defence.
    // What the window shows follows QLocale, which this does not touch.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setOrganizationName(QStringLiteral("TrainScope"));
    QApplication::setApplicationName(QStringLiteral("TrainScope"));
    QApplication::setApplicationVersion(QStringLiteral(TRAINSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/trainscope.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.trainscope.TrainScope"));  // its menu entry and icon
    const QLocale language = ts::Translations::install(ts::settings::language.get());  // View ▸ Language, or the system's
    ts::installReportTranslator(language);  // exported reports speak the interface's language

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Train neural networks and watch them learn, live."));
    parser.addHelpOption();
    parser.addVersionOption();
    const GuiOptions options;
    const ts::BenchmarkProbes probes;
    options.addTo(parser, probes);
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QStringLiteral("Data sets, run folders or a sweep folder to open; when TrainScope "
                                                "is already open, they open in its window."),
                                 QStringLiteral("[path...]"));
    parser.process(app);
    const QStringList paths = parser.positionalArguments();
    ts::SingleInstance instance;
    if (!paths.isEmpty() && instance.handOff(paths)) return 0;

    ts::MainWindow window;
    if (!applyConfigOptions(parser, options, window)) return 2;

    ts::TrainingController controller;
    const QString runsRoot = runsRootFrom(parser, options);
    controller.worker()->setRunsRoot(runsRoot);
    window.setRunsRoot(runsRoot);
    controller.attach(&window);
    QObject::connect(&app, &QApplication::aboutToQuit, &controller, &ts::TrainingController::shutdown);
    ts::EvaluationController evaluation;
    evaluation.attach(&window);
    QObject::connect(&app, &QApplication::aboutToQuit, &evaluation, &ts::EvaluationController::shutdown);
    ts::LrFinderController lrFinder;  // the learning-rate range test (the form's Find…), on its own thread
    lrFinder.setRecordRoot(runsRoot);
    lrFinder.attach(&window, controller.worker());
    QObject::connect(&app, &QApplication::aboutToQuit, &lrFinder, &ts::LrFinderController::shutdown);
    if (parser.isSet(options.lrFind))
        QObject::connect(controller.worker(), &ts::TrainingWorker::datasetSamplesReady, &lrFinder,
                         &ts::LrFinderController::openDialog, Qt::SingleShotConnection);
    ts::GenerationController generation;  // the Generate panel's model, on its own thread
    generation.attach(window.playground());
    QObject::connect(&app, &QApplication::aboutToQuit, &generation, &ts::GenerationController::shutdown);

    if (!probes.attach(parser, app, controller.worker(), &window)) return 2;
    if (parser.isSet(options.quit))
        QObject::connect(controller.worker(), &ts::TrainingWorker::finished, &app, &QApplication::quit,
                         Qt::QueuedConnection);

    const QString data = paths.isEmpty() ? datasetFrom(parser, options, window) : parser.value(options.data);
    if (parser.isSet(options.start)) {
        // Start once, when the data set arrives.
        auto* once = new QObject(&window);
        QObject::connect(controller.worker(), &ts::TrainingWorker::datasetLoaded, once, [&window, &controller, once] {
            controller.startTraining(window.config());
            once->deleteLater();
        });
    }
    window.show();
    probes.windowShown(parser, app);
    instance.listen();
    QObject::connect(&instance, &ts::SingleInstance::pathsReceived, &window, [&window](const QStringList& handed) {
        openPaths(handed, window);
        window.raise();
        window.activateWindow();
    });
    openPaths(paths, window);
    if (!openStartupRuns(parser, options, window)) return 2;
    openStartupSweep(parser, options, window);
    if (parser.isSet(options.evaluate)) openEvaluateWindow(parser, options, evaluation);
    if (!data.isEmpty() && parser.isSet(options.preview))
        controller.previewDataset(data, ts::DatasetPreviewDialog::rememberedLoadOptions(), window.config().valFraction);
    else if (!data.isEmpty()) controller.openDataset(data, window.config().valFraction);
    return app.exec();
}
