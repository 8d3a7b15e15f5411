// trainscope: the desktop dashboard.
#include "app/StallProbe.h"
#include "app/TrainingController.h"
#include "core/Dataset.h"
#include "core/RunWriter.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TrainScope"));
    QApplication::setApplicationName(QStringLiteral("TrainScope"));
    QApplication::setApplicationVersion(QStringLiteral(TRAINSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/trainscope.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Train neural networks and watch them learn, live."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("IDX data set folder to open."),
                                     QStringLiteral("path"));
    const QCommandLineOption presetOpt(QStringLiteral("preset"), QStringLiteral("Model preset: seed, mlp or cnn."),
                                       QStringLiteral("name"));
    const QCommandLineOption epochsOpt(QStringLiteral("epochs"), QStringLiteral("Number of epochs."),
                                       QStringLiteral("n"));
    const QCommandLineOption startOpt(QStringLiteral("start"), QStringLiteral("Start training as soon as the data is loaded."));
    const QCommandLineOption runsOpt(QStringLiteral("runs-dir"), QStringLiteral("Folder where runs are saved."),
                                     QStringLiteral("dir"));
    const QCommandLineOption quitOpt(QStringLiteral("quit-when-done"),
                                     QStringLiteral("Quit when the training run ends (scripted demos, benchmarks)."));
    const QCommandLineOption stallOpt(QStringLiteral("stall-report"),
                                      QStringLiteral("Measure GUI event-loop stalls during training; print them on stderr."));
    parser.addOptions({dataOpt, presetOpt, epochsOpt, startOpt, runsOpt, quitOpt, stallOpt});
    parser.process(app);

    ts::MainWindow window;
    if (parser.isSet(presetOpt) || parser.isSet(epochsOpt)) {
        ts::TrainConfig cfg = window.config();
        try {
            if (parser.isSet(presetOpt)) cfg = ts::presetConfig(parser.value(presetOpt).toStdString());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "trainscope: %s\n", e.what());
            return 2;
        }
        if (parser.isSet(epochsOpt)) {
            bool ok = false;
            const int epochs = parser.value(epochsOpt).toInt(&ok);
            if (!ok || epochs < 1) {
                std::fprintf(stderr, "trainscope: --epochs needs a positive whole number\n");
                return 2;
            }
            cfg.epochs = epochs;
        }
        window.setConfig(cfg);
    }

    ts::TrainingController controller;
    controller.worker()->setRunsRoot(parser.isSet(runsOpt) ? parser.value(runsOpt)
                                                           : QString::fromStdString(ts::defaultRunsRoot()));
    controller.attach(&window);
    QObject::connect(&app, &QApplication::aboutToQuit, &controller, &ts::TrainingController::shutdown);

    if (parser.isSet(stallOpt)) {
        auto* probe = new ts::StallProbe(&window);
        QObject::connect(controller.worker(), &ts::TrainingWorker::started, probe, &ts::StallProbe::start);
        QObject::connect(controller.worker(), &ts::TrainingWorker::finished, probe, [probe] {
            probe->stop();
            std::fprintf(stderr, "event-loop stall during training: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %zu ticks\n",
                         probe->quantileMs(0.5), probe->quantileMs(0.99), probe->maxMs(), probe->samples());
        });
    }
    if (parser.isSet(quitOpt))
        QObject::connect(controller.worker(), &ts::TrainingWorker::finished, &app, &QApplication::quit,
                         Qt::QueuedConnection);

    // The data set: --data, else the last one opened, else Debian's FashionMNIST.
    QString data = parser.value(dataOpt);
    if (data.isEmpty() && !window.lastDatasetPath().isEmpty() && QDir(window.lastDatasetPath()).exists())
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
    if (!data.isEmpty()) controller.openDataset(data, window.config().valFraction);
    return app.exec();
}
