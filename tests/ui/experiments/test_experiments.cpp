// The Experiments window (issue 19): the results table (numeric sorting, the best trial highlighted, rows filtered
// by a brush), the parallel-coordinates mapping (log and word axes, brushes selecting trials) and the sweep folder
// reader on a fake sweep folder written with core/sweep's saveSweep.
#include "ui/experiments/ExperimentsWindow.h"
#include "ui/experiments/ParallelAxes.h"
#include "ui/experiments/ParallelCoordinatesView.h"
#include "ui/experiments/SweepEditor.h"
#include "ui/experiments/SweepLauncher.h"
#include "ui/experiments/SweepQueue.h"
#include "ui/experiments/SweepRequest.h"
#include "ui/experiments/SweepSnapshot.h"
#include "ui/experiments/TrialFilterProxy.h"
#include "ui/experiments/TrialTableModel.h"

#include "core/runs/RunJson.h"
#include "core/sweep/Sweep.h"
#include "ui/common/Settings.h"
#include "ui/training/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QStandardPaths>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace ts;

namespace {

SweepTrial trial(int index, double lr, const char* optimizer, const char* status, double objective, double seconds) {
    SweepTrial t;
    t.index = index;
    t.values = {{"lr", Json(lr)}, {"optimizer", Json(optimizer)}};
    t.status = status;
    t.rounds = 2;
    t.runDir = "trial-00" + std::to_string(index);
    t.objective = objective;
    t.seconds = seconds;
    return t;
}

/// Four trials maximizing val_accuracy over a log learning rate and two optimizers; trial 3 is the best, trial 4
/// has not run yet.
Sweep fakeSweep() {
    Sweep s;
    s.def.base = presetConfig("mlp");
    s.def.dataPath = "/nowhere";
    s.def.params = {parseSweepParameter("lr=log:1e-4:1e-1"), parseSweepParameter("optimizer=adam,sgd")};
    s.def.objective = parseSweepObjective("val_accuracy");
    s.def.trials = 4;
    s.trials = {trial(1, 1e-4, "adam", "finished", 0.80, 10.0), trial(2, 2e-3, "sgd", "finished", 0.85, 30.0),
                trial(3, 1e-2, "adam", "finished", 0.90, 20.0),
                trial(4, 5e-2, "sgd", "pending", std::nan(""), 0.0)};
    return s;
}

}  // namespace

class TestExperiments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tableSortsNumbersAndHighlightsBest();
    void tableExportsTheShownRows();
    void parallelAxesMapLogAndWordAxes();
    void brushSelectsTrials();
    void snapshotCountsProgressAndState();
    void windowReadsAFakeSweepFolder();
    void requestBuildsTheCommandLine();
    void editorShowsTheCommandLine();
    void queueKeepsOrderAndRunsOneAtATime();
    void cliErrorsAreShown();
    void mainWindowOpensExperimentsAndTakesTheBest();
};

void TestExperiments::tableSortsNumbersAndHighlightsBest() {
    TrialTableModel model;
    model.setSweep(fakeSweep());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), TrialTableModel::FirstParameter + 3);  // lr, optimizer, time
    QCOMPARE(model.headerData(TrialTableModel::Objective, Qt::Horizontal).toString(), QStringLiteral("best val_accuracy"));
    QCOMPARE(model.headerData(TrialTableModel::FirstParameter, Qt::Horizontal).toString(), QStringLiteral("lr"));
    QCOMPARE(model.bestRow(), 2);
    QVERIFY(model.data(model.index(2, 0), Qt::BackgroundRole).isValid());
    QVERIFY(!model.data(model.index(1, 0), Qt::BackgroundRole).isValid());
    QCOMPARE(model.data(model.index(3, TrialTableModel::Objective)).toString(), QStringLiteral("—"));

    TrialFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TrialTableModel::Objective, Qt::DescendingOrder);
    QCOMPARE(proxy.shownTrials(), (std::vector<int>{2, 1, 0, 3}));  // the trial without an objective last
    proxy.sort(TrialTableModel::FirstParameter, Qt::AscendingOrder);  // 1e-4 < 2e-3 < 1e-2 < 5e-2 as numbers
    QCOMPARE(proxy.shownTrials(), (std::vector<int>{0, 1, 2, 3}));
    proxy.sort(model.secondsColumn(), Qt::DescendingOrder);
    QCOMPARE(proxy.shownTrials().front(), 1);

    proxy.setVisibleTrials({0, 2});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.showAllTrials();
    QCOMPARE(proxy.rowCount(), 4);
}

void TestExperiments::tableExportsTheShownRows() {
    TrialTableModel model;
    model.setSweep(fakeSweep());
    const std::string csv = model.csv({2, 0});
    QCOMPARE(QString::fromStdString(csv),
             QStringLiteral("trial,status,rung,rounds,objective,lr,optimizer,seconds,run_dir,message\n"
                            "3,finished,0,2,0.9,0.01,adam,20,trial-003,\n"
                            "1,finished,0,2,0.8,0.0001,adam,10,trial-001,\n"));
}

void TestExperiments::parallelAxesMapLogAndWordAxes() {
    const ParallelAxes axes = ParallelAxes::fromSweep(fakeSweep());
    QCOMPARE(axes.axisCount(), 3);
    QVERIFY(axes.axis(0).log);
    QCOMPARE(axes.position(0, 1e-4), 0.0);
    QCOMPARE(axes.position(0, 1e-1), 1.0);
    QVERIFY(std::fabs(axes.position(0, std::sqrt(1e-4 * 1e-1)) - 0.5) < 1e-12);  // the geometric middle
    QVERIFY(std::fabs(axes.valueAt(0, 0.5) - std::sqrt(1e-4 * 1e-1)) < 1e-12);
    QCOMPARE(axes.axis(1).categories, (std::vector<std::string>{"adam", "sgd"}));
    QCOMPARE(axes.value(1, 1), 1.0);  // trial 2 used sgd
    QCOMPARE(axes.label(1, 1.0), std::string("sgd"));
    QVERIFY(axes.axis(2).objective);
    QVERIFY(!axes.axis(2).log);
    QCOMPARE(axes.position(2, 0.80), 0.0);
    QCOMPARE(axes.position(2, 0.90), 1.0);
    QVERIFY(std::isnan(axes.value(3, 2)));  // the pending trial has no objective
}

void TestExperiments::brushSelectsTrials() {
    ParallelAxes axes = ParallelAxes::fromSweep(fakeSweep());
    QCOMPARE(axes.selectedTrials(), (std::vector<int>{0, 1, 2, 3}));
    axes.setBrush(0, 1e-1, 1e-3);  // either order
    QCOMPARE(axes.selectedTrials(), (std::vector<int>{1, 2, 3}));
    axes.setBrush(1, 0.0, 0.4);  // adam only
    QCOMPARE(axes.selectedTrials(), (std::vector<int>{2}));
    axes.clearBrush(1);
    axes.setBrush(2, 0.84, 1.0);  // a missing objective is outside an objective brush
    QCOMPARE(axes.selectedTrials(), (std::vector<int>{1, 2}));
    axes.clearBrushes();
    QVERIFY(!axes.brushed());

    ParallelCoordinatesView view;
    view.resize(600, 300);
    view.setSweep(fakeSweep());
    QSignalSpy spy(&view, &ParallelCoordinatesView::selectionChanged);
    view.brushAxis(0, 1e-4, 3e-3);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QVector<int>>(), (QVector<int>{0, 1}));
    QVERIFY(spy.at(0).at(1).toBool());
    view.setSweep(fakeSweep());  // a refresh keeps the brush
    QVERIFY(view.axes().brush(0).has_value());
    QVERIFY(view.positionY(1.0) < view.positionY(0.0));  // up is higher
}

void TestExperiments::snapshotCountsProgressAndState() {
    SweepSnapshot snap;
    snap.sweep = fakeSweep();
    QCOMPARE(snap.trialsDone(), 3);
    QCOMPARE(snap.trialsTotal(), 4);
    QCOMPARE(snap.etaSeconds(), 20.0);  // one trial left at the mean of 10, 30 and 20 s
    QCOMPARE(snap.state(), std::string("paused"));
    snap.sweep.trials[3].status = "running";
    QCOMPARE(snap.state(), std::string("running"));
    snap.quietSeconds = SweepSnapshot::kStaleSeconds + 1;  // nothing changed for too long: the CLI was killed
    QCOMPARE(snap.state(), std::string("interrupted"));
    snap.pid = 1 << 30;  // the CLI the window started, now gone: interrupted at once
    QCOMPARE(snap.state(), std::string("interrupted"));
    snap.pidAlive = true;  // it still runs, however long a trial stays quiet
    QCOMPARE(snap.state(), std::string("running"));
    QVERIFY(processRunning(QCoreApplication::applicationPid()));
    QVERIFY(!processRunning(0));
    snap.sweep.trials[3].status = "finished";
    QCOMPARE(snap.state(), std::string("done"));
    snap.error = "sweep.json: missing";
    QVERIFY(!snap.running());
}

void TestExperiments::windowReadsAFakeSweepFolder() {
    QTemporaryDir dir;
    saveSweep(dir.path().toStdString(), fakeSweep());
    const SweepSnapshot read = readSweepFolder(dir.path().toStdString());
    QVERIFY2(read.ok(), read.error.c_str());
    QCOMPARE(read.sweep.trials.size(), size_t(4));
    QVERIFY(read.curves.empty());  // no trial has a run folder
    QVERIFY(!readSweepFolder(dir.filePath(QStringLiteral("missing")).toStdString()).ok());

    ExperimentsWindow window;
    QSignalSpy shown(&window, &ExperimentsWindow::snapshotShown);
    window.openSweep(dir.path());
    QVERIFY(shown.wait(5000));
    auto* table = window.findChild<QTableView*>(QStringLiteral("trialTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 4);
    auto* parallel = window.findChild<ParallelCoordinatesView*>(QStringLiteral("parallelCoordinates"));
    QVERIFY(parallel);
    parallel->brushAxis(0, 1e-3, 1e-1);
    QCOMPARE(table->model()->rowCount(), 3);
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    QCOMPARE(window.exportCsv(out), QString());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 4);  // header and the three rows left
    parallel->clearBrushes();
    QCOMPARE(table->model()->rowCount(), 4);
}

void TestExperiments::requestBuildsTheCommandLine() {
    SweepRequest r;
    r.dataPath = QStringLiteral("/data/fashion mnist");
    r.preset = QStringLiteral("mlp");
    r.epochs = 2;
    r.lr = 0.002;
    r.params = {{QStringLiteral("lr"), QStringLiteral("log"), QStringLiteral("1e-4:1e-1")},
                {QStringLiteral("weight_decay"), QStringLiteral("log"), QStringLiteral("1e-6, 1e-2")},
                {QStringLiteral("optimizer"), QStringLiteral("list"), QStringLiteral("adam, sgd")}};
    r.strategy = QStringLiteral("random");
    r.trials = 12;
    r.objective = QStringLiteral("val_accuracy");
    r.outDir = QStringLiteral("/tmp/s1");
    QCOMPARE(r.problem(), QString());
    const QStringList expected{"sweep", "--data", "/data/fashion mnist", "--preset", "mlp", "--epochs", "2", "--lr",
                               "0.002", "--param", "lr=log:1e-4:1e-1", "--param", "weight_decay=log:1e-6:1e-2",
                               "--param", "optimizer=adam,sgd", "--strategy", "random", "--trials", "12",
                               "--objective", "val_accuracy", "--out", "/tmp/s1"};
    QCOMPARE(r.arguments(), expected);
    QCOMPARE(shellCommandLine(QStringLiteral("/bin/trainscope-cli"), {"sweep", "--data", "/data/fashion mnist"}),
             QStringLiteral("/bin/trainscope-cli sweep --data '/data/fashion mnist'"));

    r.strategy = QStringLiteral("halving");
    r.eta = 2;
    r.finalObjective = true;
    r.timeLimitMinutes = 1.5;
    const QStringList halving = r.arguments();
    QVERIFY(halving.join(' ').contains(QStringLiteral("--strategy halving --trials 12 --eta 2 --min-rounds 1")));
    QVERIFY(halving.join(' ').contains(QStringLiteral("--objective final_val_accuracy --time-limit 1.5")));
    r.strategy = QStringLiteral("grid");
    QVERIFY(r.arguments().join(' ').contains(QStringLiteral("--grid-points 3")));
    QVERIFY(!r.arguments().contains(QStringLiteral("--trials")));

    r.params.push_back({QStringLiteral("no_such_option"), QStringLiteral("list"), QStringLiteral("1,2")});
    QVERIFY(r.problem().contains(QStringLiteral("no_such_option")));
    r.params.clear();
    QVERIFY(!r.problem().isEmpty());
    QCOMPARE(resumeSweepArguments(QStringLiteral("/tmp/s1")), (QStringList{"sweep", "--resume", "/tmp/s1"}));
}

void TestExperiments::editorShowsTheCommandLine() {
    SweepEditor editor;
    editor.setProgram(QStringLiteral("trainscope-cli"));
    TrainConfig cfg = presetConfig("mlp");
    cfg.epochs = 2;
    editor.setBase(cfg, QStringLiteral("/data/fmnist"));
    editor.addParameter(QStringLiteral("batch_size"), QStringLiteral("list"), QStringLiteral("64,128"));
    editor.findChild<QLineEdit*>(QStringLiteral("sweepOut"))->setText(QStringLiteral("/tmp/s2"));
    const QString line = editor.findChild<QPlainTextEdit*>(QStringLiteral("sweepCommandLine"))->toPlainText();
    // The main window's whole form travels as the sweep's --config (written into the sweep folder when it starts).
    QVERIFY2(line.startsWith(QStringLiteral("trainscope-cli sweep --data /data/fmnist --config /tmp/s2/base-config.json "
                                            "--epochs 2")),
             qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("--param lr=log:1e-4:1e-1 --param batch_size=64,128")), qPrintable(line));
    QVERIFY2(line.endsWith(QStringLiteral("--out /tmp/s2")), qPrintable(line));
    QCOMPARE(editor.request().arguments().join(' '), line.mid(QStringLiteral("trainscope-cli ").size()));
    QCOMPARE(configFromJson(Json::parse(editor.request().baseConfig.toStdString())).epochs, 2);
    // Another preset than the form's: the preset's defaults, not the form's other options.
    editor.findChild<QComboBox*>(QStringLiteral("sweepPreset"))->setCurrentText(QStringLiteral("cnn"));
    QVERIFY(editor.request().baseConfig.isEmpty());
    QVERIFY(editor.request().arguments().join(' ').contains(QStringLiteral("--preset cnn")));
    editor.findChild<QSpinBox*>(QStringLiteral("sweepEvalsPerEpoch"))->setValue(4);
    QVERIFY(editor.request().arguments().join(' ').contains(QStringLiteral("--evals-per-epoch 4")));
}

void TestExperiments::queueKeepsOrderAndRunsOneAtATime() {
    SweepQueue q;
    const int a = q.add("a", "/a", {}), b = q.add("b", "/b", {}), c = q.add("c", "/c", {});
    QCOMPARE(q.next(), a);
    QVERIFY(q.move(c, -1));  // a c b
    QVERIFY(!q.move(a, -1));  // already first
    QCOMPARE(q.jobs()[1].id, c);
    q.markRunning(a);
    QCOMPARE(q.running(), a);
    QCOMPARE(q.next(), -1);  // one at a time
    QVERIFY(!q.move(a, 1));  // a running job stays
    QVERIFY(!q.cancel(a));   // the caller stops its process
    QVERIFY(q.cancel(c));
    q.markEnded(a, true);
    QCOMPARE(q.next(), b);  // c was cancelled
    q.markRunning(b);
    q.markStopped(b);
    QVERIFY(!q.busy());
    QCOMPARE(queueStateName(q.job(a)->state), QStringLiteral("done"));
    QCOMPARE(queueStateName(q.job(b)->state), QStringLiteral("cancelled"));
}

void TestExperiments::cliErrorsAreShown() {
    QTemporaryDir dir;
    // A stand-in for trainscope-cli that refuses its arguments as the real one does.
    const QString program = dir.filePath(QStringLiteral("fake-cli"));
    QFile script(program);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"error: unknown option --param bogus\" >&2\nexit 2\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);

    ExperimentsWindow window;
    window.launcher()->setProgram(program);
    SweepRequest r;
    r.dataPath = QStringLiteral("/data");
    r.params = {{QStringLiteral("lr"), QStringLiteral("log"), QStringLiteral("1e-4:1e-1")}};
    r.outDir = dir.filePath(QStringLiteral("sweep"));
    QSignalSpy ended(&window, &ExperimentsWindow::sweepProcessEnded);
    QVERIFY(window.queueSweep(r));
    QCOMPARE(window.queue().running(), window.queue().jobs().front().id);
    QVERIFY(ended.wait(10000));
    QCOMPARE(queueStateName(window.queue().jobs().front().state), QStringLiteral("failed"));
    auto* error = window.findChild<QLabel*>(QStringLiteral("sweepError"));
    QVERIFY(error);
    QVERIFY2(error->text().contains(QStringLiteral("unknown option --param bogus")), qPrintable(error->text()));
}

void TestExperiments::mainWindowOpensExperimentsAndTakesTheBest() {
    QStandardPaths::setTestModeEnabled(true);
    openSettings().clear();
    MainWindow w;
    auto* action = w.findChild<QAction*>(QStringLiteral("experimentsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    QVERIFY(w.findChild<QMenu*>(QStringLiteral("toolsMenu"))->actions().contains(action));
    QVERIFY(w.findChild<QAction*>(QStringLiteral("openSweepAction")));

    QTemporaryDir dir;
    saveSweep(dir.path().toStdString(), fakeSweep());
    w.openExperiments(dir.path());
    auto* experiments = w.findChild<ExperimentsWindow*>();
    QVERIFY(experiments);
    QVERIFY(experiments->isVisible());
    QSignalSpy shown(experiments, &ExperimentsWindow::snapshotShown);
    QVERIFY(shown.wait(5000));
    auto* trainBest = experiments->findChild<QAction*>(QStringLiteral("trainBestAction"));
    QVERIFY(trainBest && trainBest->isEnabled());
    trainBest->trigger();  // trial 3: lr 1e-2 with adam
    QCOMPARE(w.config().lr, 1e-2);
    QCOMPARE(w.config().optimizer, std::string("adam"));
}

QTEST_MAIN(TestExperiments)
#include "test_experiments.moc"
