// The Runs panel and its window wiring, offscreen: listing with statuses, sorting and filtering,
// opening a past run into the live views, comparing runs, editing meta.json, deleting, resuming,
// and the close-while-training confirmation.
#include "support/Fixtures.h"
#include "support/WidgetLookup.h"
#include "app/bridge/TrainingController.h"
#include "core/eval/Metrics.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/train/Trainer.h"
#include "ui/confusion/ClassMetricsModel.h"
#include "ui/runs/CompareView.h"
#include "ui/confusion/ConfusionPanel.h"
#include "ui/charts/CurveChart.h"
#include "ui/training/MainWindow.h"
#include "ui/runs/RunsPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using ts::MainWindow;
using ts::RunsModel;
using ts::RunsPanel;
using ts::testing::child;

namespace {

constexpr int kBatchesPerEpoch = 4;
constexpr int kEpochs = 3;
const std::vector<std::string> kClasses = {"a", "b", "c"};

ts::DatasetInfo dataset() { return ts::testing::datasetInfo(kClasses); }

/// A confusion matrix whose diagonal grows with `quality`.
ts::EvalMetrics eval(int quality, double loss) {
    ts::ConfusionMatrix cm;
    cm.reset(kClasses);
    cm.counts = {3 + quality, 2, 1, 1, 4 + quality, 1, 2, 0, 2 + quality};
    return ts::metricsFromConfusion(cm, loss);
}

/// Feeds a writer `epochs` epochs of synthetic metrics; `scale` makes runs differ.
std::vector<ts::EpochMetrics> feed(ts::RunWriter& w, int epochs, double scale) {
    w.onStart("cpu", 2, kBatchesPerEpoch);
    std::vector<ts::EpochMetrics> done;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        for (int b = 1; b <= kBatchesPerEpoch; ++b) {
            ts::BatchMetrics m;
            m.step = (epoch - 1) * kBatchesPerEpoch + b;
            m.epoch = epoch;
            m.batch = b;
            m.batchesPerEpoch = kBatchesPerEpoch;
            m.loss = scale * 2.0 / double(m.step);
            m.lr = 0.01;
            m.samplesPerSec = 500.0;
            m.elapsedSec = 0.25 * m.step;
            w.onBatch(m);
        }
        ts::EpochMetrics e;
        e.epoch = epoch;
        e.epochs = kEpochs;
        e.step = epoch * kBatchesPerEpoch;
        e.trainLoss = scale / epoch;
        e.trainAccuracy = 0.4 + 0.1 * epoch;
        e.val = eval(epoch + int(scale), scale * 0.8 / epoch);
        e.valSetName = "validation";
        e.lr = 0.01;
        e.seconds = 1.0;
        e.elapsedSec = 1.0 * epoch;
        e.samplesPerSec = 500.0;
        w.onEpoch(e);
        done.push_back(e);
    }
    return done;
}

ts::TrainConfig config(double lr, int batchSize) {
    ts::TrainConfig c = ts::presetConfig("mlp");
    c.lr = lr;
    c.batchSize = batchSize;
    c.epochs = kEpochs;
    return c;
}

/// A window whose close confirmation answers as told (and counts the questions).
class ScriptedWindow : public MainWindow {
public:
    bool answer = false;
    int asked = 0;

protected:
    bool confirmStopOnClose() override {
        ++asked;
        return answer;
    }
};

}  // namespace

class TestRunsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsRunsWithStatuses();
    void sortsAndFilters();
    void openingShowsTheRunAsItWasLive();
    void compareOverlaysRunsAndHighlightsDifferences();
    void renameTagsAndNotesPersist();
    void resumeAsksTheControllerWithTheRunsConfig();
    void deleteRemovesTheFolderButRefusesARunningRun();
    void closingMidRunAsksFirst();
    void runsRootAndColumnsAreRemembered();
    void resumeButtonContinuesAStoppedRun();

private:
    QString runDir(const char* name) const { return m_root.filePath(QString::fromLatin1(name)); }
    int rowOf(const RunsPanel& panel, const QString& dir) const { return panel.model()->rowOfDir(dir); }

    QTemporaryDir m_root;
    ts::RunSummary m_finishedSummary;
};

void TestRunsPanel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // QSettings go to a throwaway test location
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).clear();
    QVERIFY(m_root.isValid());

    {   // finished, lr 0.001
        ts::RunWriter w(runDir("run-finished").toStdString(), config(0.001, 64), dataset());
        m_finishedSummary.epochs = feed(w, kEpochs, 1.0);
        m_finishedSummary.device = "cpu";
        m_finishedSummary.threads = 2;
        m_finishedSummary.hasTest = true;
        m_finishedSummary.test = eval(5, 0.3);
        m_finishedSummary.totalSeconds = 3.5;
        w.onFinished(m_finishedSummary);
    }
    {   // stopped after two epochs, with a checkpoint: can be resumed
        ts::RunWriter w(runDir("run-stopped").toStdString(), config(0.01, 64), dataset());
        ts::RunSummary s;
        s.status = ts::RunStatus::Stopped;
        s.message = "stopped by the user";
        s.epochs = feed(w, 2, 2.0);
        s.totalSeconds = 2.0;
        w.onFinished(s);
        QFile checkpoint(QDir(runDir("run-stopped")).filePath(QString::fromLatin1(ts::lastCheckpointName())));
        QVERIFY(checkpoint.open(QIODevice::WriteOnly));
        checkpoint.write("not a real checkpoint");
    }
    {   // the process "died": the writer goes away without onFinished
        ts::RunWriter w(runDir("run-killed").toStdString(), config(0.1, 128), dataset());
        feed(w, 1, 3.0);
    }
}

void TestRunsPanel::cleanupTestCase() {
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).clear();
}

void TestRunsPanel::listsRunsWithStatuses() {
    RunsPanel panel;
    panel.setRunsRoot(m_root.path());
    QCOMPARE(panel.model()->runCount(), 3);
    QCOMPARE(panel.proxyModel()->rowCount(), 3);
    const auto status = [&](const char* name) {
        const int row = rowOf(panel, runDir(name));
        return row < 0 ? QString() : panel.model()->index(row, RunsModel::StatusColumn).data().toString();
    };
    QCOMPARE(status("run-finished"), QStringLiteral("finished"));
    QCOMPARE(status("run-stopped"), QStringLiteral("stopped"));
    QCOMPARE(status("run-killed"), QStringLiteral("interrupted"));

    // Coloured status, the best validation accuracy and the preset.
    const int finished = rowOf(panel, runDir("run-finished"));
    QCOMPARE(panel.model()->index(finished, RunsModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
             ts::runStatusColor(QStringLiteral("finished")));
    QVERIFY(ts::runStatusColor(QStringLiteral("finished")) != ts::runStatusColor(QStringLiteral("interrupted")));
    const double best = panel.model()->run(finished).bestValAccuracy();
    QVERIFY(best > 0.0);
    QCOMPARE(panel.model()->index(finished, RunsModel::BestValColumn).data(RunsModel::SortRole).toDouble(), best);
    QCOMPARE(panel.model()->index(finished, RunsModel::PresetColumn).data().toString(), QStringLiteral("mlp"));

    // Resume only for the stopped run with a checkpoint; Compare needs two runs.
    panel.selectRunDirs({runDir("run-stopped")});
    QVERIFY(panel.resumeAction()->isEnabled());
    QVERIFY(!panel.compareAction()->isEnabled());
    panel.selectRunDirs({runDir("run-finished")});
    QVERIFY(!panel.resumeAction()->isEnabled());
    panel.selectRunDirs({runDir("run-killed")});
    QVERIFY(!panel.resumeAction()->isEnabled());  // killed before its first checkpoint
    panel.selectRunDirs({runDir("run-finished"), runDir("run-killed")});
    QCOMPARE(panel.selectedRunDirs().size(), 2);
    QVERIFY(panel.compareAction()->isEnabled());
    QSignalSpy compare(&panel, &RunsPanel::compareRequested);
    panel.compareAction()->trigger();
    QCOMPARE(compare.count(), 1);
    QCOMPARE(compare.front().front().toStringList().size(), 2);
}

void TestRunsPanel::sortsAndFilters() {
    RunsPanel panel;
    panel.setRunsRoot(m_root.path());
    QSortFilterProxyModel* proxy = panel.proxyModel();

    panel.view()->sortByColumn(RunsModel::BestValColumn, Qt::AscendingOrder);
    double previous = -2.0;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const double value = proxy->index(row, RunsModel::BestValColumn).data(RunsModel::SortRole).toDouble();
        QVERIFY(value >= previous);
        previous = value;
    }
    panel.view()->sortByColumn(RunsModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, RunsModel::NameColumn).data().toString(), QStringLiteral("run-stopped"));
    QCOMPARE(proxy->index(2, RunsModel::NameColumn).data().toString(), QStringLiteral("run-finished"));

    panel.filterEdit()->setText(QStringLiteral("interrupted"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(QDir::cleanPath(proxy->index(0, 0).data(RunsModel::DirRole).toString()), runDir("run-killed"));
    panel.filterEdit()->setText(QStringLiteral("RUN-"));  // case-insensitive, matches every folder
    QCOMPARE(proxy->rowCount(), 3);
    panel.filterEdit()->setText(QStringLiteral("run stopped"));  // every word must match
    QCOMPARE(proxy->rowCount(), 1);
    panel.filterEdit()->setText(QStringLiteral("no-such-run"));
    QCOMPARE(proxy->rowCount(), 0);
    panel.filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), 3);
}

void TestRunsPanel::openingShowsTheRunAsItWasLive() {
    MainWindow w;
    auto* confusionPanel = child<ts::ConfusionPanel>(&w, "confusionPanel");
    auto* metricsModel = child<ts::ClassMetricsModel>(&w, "metricsModel");
    auto* runsPanel = child<ts::RunsPanel>(&w, "runsPanel");
    w.setRunsRoot(m_root.path());
    QSignalSpy shown(&w, &MainWindow::runShown);
    w.openRun(runDir("run-finished"));  // loaded on a background thread
    QVERIFY(shown.wait());
    QCOMPARE(QDir::cleanPath(shown.front().front().toString()), runDir("run-finished"));

    QCOMPARE(w.runState(), MainWindow::RunState::Idle);  // a past run is never "running"
    ts::CurveChart* loss = child<ts::CurveChart>(&w, "lossChart");
    QCOMPARE(loss->rawCount(loss->seriesId(QStringLiteral("train loss (batch)"))), kEpochs * kBatchesPerEpoch);
    QCOMPARE(loss->rawCount(loss->seriesId(QStringLiteral("val loss (epoch)"))), kEpochs);
    ts::CurveChart* acc = child<ts::CurveChart>(&w, "accuracyChart");
    QCOMPARE(acc->rawCount(acc->seriesId(QStringLiteral("val accuracy"))), kEpochs);
    QCOMPARE(child<ts::CurveChart>(&w, "lrChart")->rawCount(0), kEpochs * kBatchesPerEpoch);
    QVERIFY(child<QLabel>(&w, "progressLabel")->text().endsWith(QStringLiteral("/%1").arg(kEpochs * kBatchesPerEpoch)));  // "step 12/12"
    // One confusion matrix per epoch (the slider scrubs them) plus the test set, shown last.
    QCOMPARE(confusionPanel->snapshotCount(), kEpochs + 1);
    QCOMPARE(confusionPanel->currentSnapshot(), kEpochs);
    QCOMPARE(metricsModel->classCount(), int(kClasses.size()));
    QCOMPARE(metricsModel->metrics().confusion.counts, m_finishedSummary.test.confusion.counts);
    QCOMPARE(confusionPanel->snapshotMetrics(0).confusion.counts, m_finishedSummary.epochs[0].val.confusion.counts);
    QCOMPARE(QDir::cleanPath(w.currentRunDir()), runDir("run-finished"));
    QVERIFY(child<QAction>(&w, "exportReportAction")->isEnabled());

    // Opening another run replaces what is shown.
    shown.clear();
    w.openRun(runDir("run-killed"));
    QVERIFY(shown.wait());
    QCOMPARE(loss->rawCount(loss->seriesId(QStringLiteral("train loss (batch)"))), kBatchesPerEpoch);
    QCOMPARE(confusionPanel->snapshotCount(), 1);

    // A folder that is not a run fails with a message, and the window stays usable.
    QTemporaryDir stranger;
    w.openRun(stranger.path());
    QTRY_VERIFY(w.findChild<QMessageBox*>(QStringLiteral("messageBox")));
    QCOMPARE(w.runState(), MainWindow::RunState::Idle);

    // The panel's Open action (double-click) opens the selected run.
    shown.clear();
    runsPanel->selectRunDirs({runDir("run-stopped")});
    runsPanel->openAction()->trigger();
    QVERIFY(shown.wait());
    QCOMPARE(QDir::cleanPath(shown.front().front().toString()), runDir("run-stopped"));
}

void TestRunsPanel::compareOverlaysRunsAndHighlightsDifferences() {
    MainWindow w;
    QSignalSpy opened(&w, &MainWindow::compareOpened);
    w.compareRuns({runDir("run-finished"), runDir("run-stopped"), runDir("run-killed")});
    QVERIFY(opened.wait());
    auto* view = w.findChild<ts::CompareView*>(QStringLiteral("compareView"));
    QVERIFY(view);
    QCOMPARE(view->runDirs().size(), 3);
    // Loss: a smoothed training line and validation points per run; accuracy: one series per run.
    QCOMPARE(view->lossChart()->seriesCount(), 2 * 3);
    QCOMPARE(view->accuracyChart()->seriesCount(), 3);
    QCOMPARE(view->lossChart()->rawCount(0), kEpochs * kBatchesPerEpoch);
    QCOMPARE(view->lossChart()->rawCount(1), kEpochs);
    // x counts epochs: batch 1 of 4 sits at 0.25, the last batch at the end of epoch 3.
    QCOMPARE(view->lossChart()->rawPoints(0).front().x(), 1.0 / kBatchesPerEpoch);
    QCOMPARE(view->lossChart()->rawPoints(0).back().x(), double(kEpochs));
    QCOMPARE(view->accuracyChart()->rawCount(2), 1);  // the killed run finished one epoch
    QVERIFY(view->lossChart()->seriesColorOf(0) != view->lossChart()->seriesColorOf(2));
    QCOMPARE(view->accuracyChart()->seriesColorOf(1), ts::CompareView::runColor(1));

    // Side-by-side table: differing settings are highlighted, equal ones are not.
    QCOMPARE(view->table()->columnCount(), 3);
    const int lr = view->rowOf(QStringLiteral("Learning rate"));
    const int batch = view->rowOf(QStringLiteral("Batch size"));
    const int optimizer = view->rowOf(QStringLiteral("Optimizer"));
    const int status = view->rowOf(QStringLiteral("Status"));
    QVERIFY(lr >= 0 && batch >= 0 && optimizer >= 0 && status >= 0);
    QVERIFY(view->rowDiffers(lr));
    QVERIFY(view->rowDiffers(batch));
    QVERIFY(view->rowDiffers(status));
    QVERIFY(!view->rowDiffers(optimizer));
    QCOMPARE(view->table()->item(lr, 1)->text(), QStringLiteral("0.01"));
    QVERIFY(view->table()->item(lr, 0)->background() != view->table()->item(optimizer, 0)->background());

    // Fewer than two runs: nothing to compare.
    opened.clear();
    w.compareRuns({runDir("run-finished")});
    QCOMPARE(opened.count(), 0);
}

void TestRunsPanel::renameTagsAndNotesPersist() {
    RunsPanel panel;
    panel.setRunsRoot(m_root.path());
    const QString dir = runDir("run-finished");
    QString error;
    QVERIFY2(panel.renameRun(dir, QStringLiteral("  Baseline  "), &error), qPrintable(error));
    QVERIFY2(panel.setRunTags(dir, {QStringLiteral("baseline"), QStringLiteral("adamw")}, &error), qPrintable(error));
    QVERIFY2(panel.setRunNotes(dir, QStringLiteral("first try"), &error), qPrintable(error));
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("meta.json"))));

    const ts::RunRecord back = ts::loadRun(dir.toStdString(), false);
    QCOMPARE(back.meta.name, std::string("Baseline"));
    QCOMPARE(back.meta.tags, (std::vector<std::string>{"baseline", "adamw"}));
    QCOMPARE(back.meta.notes, std::string("first try"));

    const int row = rowOf(panel, dir);
    QCOMPARE(panel.model()->index(row, RunsModel::NameColumn).data().toString(), QStringLiteral("Baseline"));
    QCOMPARE(panel.model()->index(row, RunsModel::TagsColumn).data().toString(), QStringLiteral("baseline, adamw"));
    panel.filterEdit()->setText(QStringLiteral("adamw"));  // tags are searched
    QCOMPARE(panel.proxyModel()->rowCount(), 1);
    panel.filterEdit()->clear();

    // A new panel (a restart) reads the same.
    RunsPanel again;
    again.setRunsRoot(m_root.path());
    QCOMPARE(again.model()->index(rowOf(again, dir), RunsModel::NameColumn).data().toString(), QStringLiteral("Baseline"));

    // Back to the folder name.
    QVERIFY(panel.renameRun(dir, QString()));
    QCOMPARE(panel.model()->index(rowOf(panel, dir), RunsModel::NameColumn).data().toString(), QStringLiteral("run-finished"));
}

void TestRunsPanel::resumeAsksTheControllerWithTheRunsConfig() {
    MainWindow w;
    w.setConfig(config(0.5, 32));
    QSignalSpy resume(&w, &MainWindow::resumeRunRequested);
    w.requestResume(runDir("run-finished"));  // finished runs cannot be resumed
    QCOMPARE(resume.count(), 0);
    w.requestResume(runDir("run-stopped"));
    QCOMPARE(resume.count(), 1);
    QCOMPARE(QDir::cleanPath(resume.front().front().toString()), runDir("run-stopped"));
    QCOMPARE(w.config().lr, 0.01);  // the form shows the resumed run's configuration
    QCOMPARE(w.config().batchSize, 64);
}

void TestRunsPanel::deleteRemovesTheFolderButRefusesARunningRun() {
    QTemporaryDir root;
    const QString doomed = QDir(root.path()).filePath(QStringLiteral("doomed"));
    const QString live = QDir(root.path()).filePath(QStringLiteral("live"));
    { ts::RunWriter w(doomed.toStdString(), config(0.001, 64), dataset()); feed(w, 1, 1.0); }
    auto running = std::make_unique<ts::RunWriter>(live.toStdString(), config(0.001, 64), dataset());
    feed(*running, 1, 1.0);

    RunsPanel panel;
    panel.setRunsRoot(root.path());
    QCOMPARE(panel.model()->runCount(), 2);
    QCOMPARE(panel.model()->run(rowOf(panel, live)).status, std::string("running"));

    QString error;
    QVERIFY(!panel.deleteRunFolder(live, &error));
    QVERIFY(error.contains(QStringLiteral("still training")));
    QVERIFY(QFileInfo::exists(live));

    QVERIFY2(panel.deleteRunFolder(doomed, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(doomed));
    QCOMPARE(panel.model()->runCount(), 1);

    running.reset();  // the writer goes away: the run reads as interrupted and can be deleted
    panel.refresh();
    QCOMPARE(panel.model()->run(rowOf(panel, live)).status, std::string("interrupted"));
    QVERIFY2(panel.deleteRunFolder(live, &error), qPrintable(error));
    QCOMPARE(panel.model()->runCount(), 0);
}

void TestRunsPanel::closingMidRunAsksFirst() {
    ScriptedWindow w;
    QSignalSpy stop(&w, &MainWindow::stopRequested);
    w.onTrainingStarted(QStringLiteral("cpu"), 2, kBatchesPerEpoch);
    QCOMPARE(w.runState(), MainWindow::RunState::Running);

    w.answer = false;  // Cancel: the window stays and training goes on
    QCloseEvent cancel;
    QApplication::sendEvent(&w, &cancel);
    QVERIFY(!cancel.isAccepted());
    QCOMPARE(w.asked, 1);
    QCOMPARE(stop.count(), 0);

    w.answer = true;  // Stop and quit
    QCloseEvent accept;
    QApplication::sendEvent(&w, &accept);
    QVERIFY(accept.isAccepted());
    QCOMPARE(w.asked, 2);
    QCOMPARE(stop.count(), 1);

    // Idle: no question.
    ScriptedWindow idle;
    QCloseEvent plain;
    QApplication::sendEvent(&idle, &plain);
    QVERIFY(plain.isAccepted());
    QCOMPARE(idle.asked, 0);
}

void TestRunsPanel::runsRootAndColumnsAreRemembered() {
    constexpr int kWidth = 333;
    {
        MainWindow w;
        auto* runsPanel = child<ts::RunsPanel>(&w, "runsPanel");
        QSignalSpy changed(&w, &MainWindow::runsRootChanged);
        w.setRunsRoot(m_root.path());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(runsPanel->runsRoot(), m_root.path());
        QCOMPARE(runsPanel->model()->runCount(), 3);
        QVERIFY(child<QDockWidget>(&w, "runsDock")->toggleViewAction());
        runsPanel->view()->horizontalHeader()->resizeSection(RunsModel::NameColumn, kWidth);
        ts::TrainConfig cfg = config(0.02, 32);
        cfg.earlyStopPatience = 3;
        w.setConfig(cfg);
        w.close();
    }
    MainWindow again;
    QCOMPARE(child<ts::RunsPanel>(&again, "runsPanel")->view()->horizontalHeader()->sectionSize(RunsModel::NameColumn), kWidth);
    QCOMPARE(again.config().earlyStopPatience, 3);  // the whole configuration, early stopping included
    QCOMPARE(again.config().lr, 0.02);
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).setValue(QStringLiteral("runs/root"), m_root.path());
    QCOMPARE(MainWindow::rememberedRunsRoot(), m_root.path());
}

void TestRunsPanel::resumeButtonContinuesAStoppedRun() {
    constexpr int kWaitMs = 120000;
    QTemporaryDir root;
    auto data = std::make_shared<ts::Dataset>(ts::testing::quadrantDataset(600, 60));
    ts::TrainingController controller;
    controller.worker()->setDataset(data);
    MainWindow w;
    auto* runsPanel = child<ts::RunsPanel>(&w, "runsPanel");
    controller.attach(&w);
    w.setRunsRoot(root.path());  // also tells the worker, through runsRootChanged
    ts::TrainConfig cfg = config(0.001, 32);
    cfg.threads = 1;
    cfg.device = "cpu";
    w.setConfig(cfg);

    // Stop as soon as epoch 1 ends (its checkpoint is written): called on the worker thread, before epoch 2 trains.
    QMetaObject::Connection stopper = connect(controller.worker(), &ts::TrainingWorker::epochFinished, controller.worker(),
                                              [&controller] { controller.worker()->requestStop(); }, Qt::DirectConnection);
    QSignalSpy finished(controller.worker(), &ts::TrainingWorker::finished);
    controller.startTraining(w.config());
    QVERIFY(finished.wait(kWaitMs));
    disconnect(stopper);
    const QString dir = finished.front().at(1).toString();
    QCOMPARE(finished.front().at(0).value<ts::RunSummary>().status, ts::RunStatus::Stopped);
    QTRY_COMPARE(w.runState(), MainWindow::RunState::Idle);

    // The panel lists it as stopped and offers Resume; the controller continues it to the planned epochs.
    w.setConfig(config(0.5, 8));  // Resume puts the run's own configuration back in the form
    QVERIFY(runsPanel->model()->rowOfDir(dir) >= 0);
    runsPanel->selectRunDirs({dir});
    QVERIFY(runsPanel->resumeAction()->isEnabled());
    finished.clear();
    runsPanel->resumeAction()->trigger();
    QCOMPARE(w.config().batchSize, 32);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.front().at(0).value<ts::RunSummary>().status, ts::RunStatus::Finished);
    QTRY_COMPARE(w.runState(), MainWindow::RunState::Idle);

    const ts::RunRecord run = ts::loadRun(dir.toStdString(), true);
    QCOMPARE(run.status, std::string("finished"));
    QCOMPARE(int(run.epochs.size()), kEpochs);
    // The curves continue: the window holds the replayed history plus the new batches, each step once.
    const ts::CurveChart* loss = child<ts::CurveChart>(&w, "lossChart");
    QCOMPARE(loss->rawCount(loss->seriesId(QStringLiteral("train loss (batch)"))), int(run.batches.size()));
    QCOMPARE(loss->rawPoints(loss->seriesId(QStringLiteral("train loss (batch)"))).back().x(), double(run.epochs.back().step));
    QCOMPARE(runsPanel->model()->run(runsPanel->model()->rowOfDir(dir)).status, std::string("finished"));
}

QTEST_MAIN(TestRunsPanel)
#include "test_runs_panel.moc"
