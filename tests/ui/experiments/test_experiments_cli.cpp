// The Experiments window with the real engine (issue 19): a sweep started from the window runs trainscope-cli as a
// detached process, the window follows its folder until it ends, and Resume of a finished sweep leaves it as it was.
#include "ui/experiments/ExperimentsWindow.h"
#include "core/runs/RunJson.h"
#include "core/train/TrainConfig.h"
#include "ui/common/Settings.h"
#include "ui/experiments/QueuePanel.h"
#include "ui/experiments/SweepLauncher.h"
#include "ui/experiments/SweepRequest.h"
#include "ui/experiments/SweepSnapshot.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ts;

namespace {
constexpr int kRows = 300;
constexpr int kSweepTimeoutMs = 120000;

/// Three classes told apart by the first column, as CSV in `dir`.
QString writeThreeClasses(const QTemporaryDir& dir) {
    QFile csv(dir.filePath(QStringLiteral("three.csv")));
    if (!csv.open(QIODevice::WriteOnly)) return QString();
    csv.write("x,y,label\n");
    for (int r = 0; r < kRows; ++r) csv.write(QStringLiteral("%1,%2,%3\n").arg(r % 3 + r * 0.001).arg(r * 0.01).arg(r % 3).toUtf8());
    return csv.fileName();
}

/// The configuration in a run folder's run.json.
TrainConfig runConfig(const QString& runDir) {
    QFile f(runDir + QStringLiteral("/run.json"));
    if (!f.open(QIODevice::ReadOnly)) return TrainConfig();
    return configFromJson(Json::parse(f.readAll().toStdString())["config"]);
}
}  // namespace

class TestExperimentsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sweepStartedFromTheWindowIsFollowed();
    void formTravelsAndRunsQueue();
};

void TestExperimentsCli::sweepStartedFromTheWindowIsFollowed() {
    QTemporaryDir dir;
    const QString data = writeThreeClasses(dir);
    QVERIFY(!data.isEmpty());

    ExperimentsWindow window;
    window.launcher()->setProgram(QStringLiteral(TS_CLI_PATH));
    SweepRequest r;
    r.dataPath = data;
    r.epochs = 2;
    r.params = {{QStringLiteral("lr"), QStringLiteral("log"), QStringLiteral("1e-3:1e-1")},
                {QStringLiteral("optimizer"), QStringLiteral("list"), QStringLiteral("adam,sgd")}};
    r.strategy = QStringLiteral("random");
    r.trials = 3;
    r.objective = QStringLiteral("val_accuracy");
    r.outDir = dir.filePath(QStringLiteral("sweep"));
    QSignalSpy ended(&window, &ExperimentsWindow::sweepProcessEnded);
    QSignalSpy shown(&window, &ExperimentsWindow::snapshotShown);
    QVERIFY(window.queueSweep(r));
    QVERIFY(ended.wait(kSweepTimeoutMs));
    QVERIFY2(ended.at(0).at(1).toString().isEmpty(), qPrintable(ended.at(0).at(1).toString()));
    QVERIFY(shown.wait(kSweepTimeoutMs));  // the refresh after the end
    QCOMPARE(window.snapshot().state(), std::string("done"));
    QCOMPARE(window.snapshot().trialsDone(), 3);
    QCOMPARE(window.snapshot().curves.size(), size_t(3));  // every trial's validation curve, 2 rounds each
    QCOMPARE(window.snapshot().curves.front().values.size(), size_t(2));
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("trialTable"))->model()->rowCount(), 3);
    QVERIFY(QFile::exists(r.outDir + QStringLiteral("/") + QString::fromLatin1(SweepLauncher::kOutputLog)));
    QVERIFY(!QFile::exists(r.outDir + QStringLiteral("/") + QString::fromLatin1(SweepSnapshot::kPidFile)));  // removed at the end

    window.queueResume();  // a finished sweep: nothing left to train
    QVERIFY(ended.wait(kSweepTimeoutMs));
    QCOMPARE(window.snapshot().trialsDone(), 3);
}

void TestExperimentsCli::formTravelsAndRunsQueue() {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString data = writeThreeClasses(dir);
    settings::runsRoot.set(dir.filePath(QStringLiteral("runs")));
    TrainConfig form = presetConfig("mlp");
    form.epochs = 2;
    form.weightDecay = 0.015;  // an option the editor has no field for
    form.evalsPerEpoch = 2;
    form.batchSize = 32;  // 8 batches of the 240 training rows

    ExperimentsWindow window;
    window.launcher()->setProgram(QStringLiteral(TS_CLI_PATH));
    window.setBase(form, data);
    SweepRequest r;
    r.dataPath = data;
    r.baseConfig = QString::fromStdString(toJson(form).dump());
    r.params = {{QStringLiteral("lr"), QStringLiteral("log"), QStringLiteral("1e-3:1e-1")}};
    r.trials = 1;
    r.outDir = dir.filePath(QStringLiteral("sweep"));
    QSignalSpy ended(&window, &ExperimentsWindow::sweepProcessEnded);
    QVERIFY(window.queueSweep(r));
    QVERIFY(window.queueRun());  // waits behind the sweep
    QVERIFY(window.queueRun());  // a second one, cancelled while it waits: its folder goes with it
    const QString cancelled = window.queue().jobs().back().sweepDir;
    QVERIFY(QFile::exists(cancelled + QStringLiteral("/queued-config.json")));
    auto* panel = window.findChild<QueuePanel*>();
    QVERIFY(panel);
    Q_EMIT panel->cancelRequested(window.queue().jobs().back().id);
    QVERIFY(!QFileInfo::exists(cancelled));
    QCOMPARE(queueStateName(window.queue().jobs().back().state), QStringLiteral("cancelled"));
    QCOMPARE(window.queue().jobs().size(), size_t(3));
    QVERIFY(window.queue().jobs()[1].run);
    QCOMPARE(window.queue().jobs()[1].rounds, 4);
    QVERIFY(ended.wait(kSweepTimeoutMs));
    QVERIFY2(ended.at(0).at(1).toString().isEmpty(), qPrintable(ended.at(0).at(1).toString()));
    const TrainConfig trial = runConfig(r.outDir + QStringLiteral("/trial-001"));
    QCOMPARE(trial.weightDecay, 0.015);
    QCOMPARE(trial.evalsPerEpoch, 2);
    QVERIFY(QFile::exists(r.outDir + QStringLiteral("/trial-001/summary.json")));

    QVERIFY(ended.wait(kSweepTimeoutMs));  // the queued run
    QVERIFY2(ended.at(1).at(1).toString().isEmpty(), qPrintable(ended.at(1).at(1).toString()));
    const QueuedSweep& job = window.queue().jobs()[1];
    QCOMPARE(queueStateName(job.state), QStringLiteral("done"));
    QVERIFY(job.sweepDir.startsWith(dir.filePath(QStringLiteral("runs"))));
    QVERIFY(QFile::exists(job.sweepDir + QStringLiteral("/summary.json")));
    QCOMPARE(runConfig(job.sweepDir).weightDecay, 0.015);
    QFile epochs(job.sweepDir + QStringLiteral("/epochs.jsonl"));
    QVERIFY(epochs.open(QIODevice::ReadOnly));
    QCOMPARE(epochs.readAll().count('\n'), 4);  // 2 epochs, validated twice each
}

QTEST_MAIN(TestExperimentsCli)
#include "test_experiments_cli.moc"
