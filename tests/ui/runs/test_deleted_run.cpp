// A run folder deleted (rm -rf) behind the window's back while the Runs panel lists or selects it, the main
// window shows it, a comparison window overlays it or the Evaluate window is about to evaluate it (issue 18):
// nothing crashes, every action says clearly that the folder is gone, and the list drops it.
#include "support/Fixtures.h"
#include "support/WidgetLookup.h"
#include "app/bridge/EvaluationController.h"
#include "app/bridge/TrainingController.h"
#include "core/eval/Metrics.h"
#include "core/runs/RunWriter.h"
#include "core/train/Trainer.h"
#include "ui/charts/CurveChart.h"
#include "ui/evaluate/EvaluateWindow.h"
#include "ui/report/ReportExporter.h"
#include "ui/runs/CompareView.h"
#include "ui/runs/RunsPanel.h"
#include "ui/training/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using ts::MainWindow;
using ts::RunsPanel;
using ts::testing::child;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kTrainWaitMs = 120000;
constexpr int kEpochs = 2;
constexpr int kBatch = 32;
const std::vector<std::string> kClasses = {"a", "b", "c"};
const QString kGone = QStringLiteral("no longer exist");      // the Runs panel's words for a vanished folder
const QString kMissing = QStringLiteral("does not exist");    // the run store's and the Evaluate window's

/// A run folder under `root` with one epoch of synthetic metrics that ended with `status`; a stopped run
/// also gets a checkpoint file, so it can be resumed.
QString writeRun(const QString& root, const char* name, ts::RunStatus status) {
    const QString dir = QDir::cleanPath(QDir(root).filePath(QString::fromLatin1(name)));
    ts::RunWriter w(dir.toStdString(), ts::testing::quickConfig("mlp", kEpochs, kBatch), ts::testing::datasetInfo(kClasses));
    w.onStart("cpu", 1, 1);
    ts::BatchMetrics b;
    b.step = b.epoch = b.batch = b.batchesPerEpoch = 1;
    b.loss = 1.0;
    b.lr = 0.01;
    w.onBatch(b);
    ts::ConfusionMatrix cm;
    cm.reset(kClasses);
    cm.counts = {3, 1, 0, 0, 3, 1, 1, 0, 3};
    ts::RunSummary s;
    s.status = status;
    s.epochs = {ts::testing::epochMetrics(1, kEpochs, 1, ts::metricsFromConfusion(cm, 0.5))};
    w.onEpoch(s.epochs.front());
    w.onFinished(s);
    if (status == ts::RunStatus::Stopped) {
        QFile checkpoint(QDir(dir).filePath(QString::fromLatin1(ts::lastCheckpointName())));
        if (checkpoint.open(QIODevice::WriteOnly)) checkpoint.write("not a real checkpoint");
    }
    return dir;
}

/// The text of the first message box that opens under `parent` (waiting for it), which is then closed;
/// "" when none opened.
QString takeMessage(const QWidget* parent) {
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = parent->findChild<QMessageBox*>()) != nullptr; }, kWaitMs))
        return QString();
    const QString text = box->text();
    delete box;
    return text;
}

}  // namespace

class TestDeletedRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void panelActionsSayTheFolderIsGone();
    void panelDropsDeletedRunsAndStaysUsable();
    void windowShowingADeletedRunStaysUsable();
    void compareViewOutlivesItsFolders();
    void evaluateWindowSaysTheModelIsGone();
    void runDeletedWhileTrainingFailsAndTheWindowTrainsOn();
};

void TestDeletedRun::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // QSettings go to a throwaway test location
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).clear();
}

void TestDeletedRun::cleanupTestCase() { QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).clear(); }

void TestDeletedRun::panelActionsSayTheFolderIsGone() {
    QTemporaryDir root;
    const QString kept = writeRun(root.path(), "kept", ts::RunStatus::Finished);
    MainWindow w;
    auto* panel = child<RunsPanel>(&w, "runsPanel");
    w.setRunsRoot(root.path());
    QSignalSpy open(panel, &RunsPanel::openRequested);
    QSignalSpy compare(panel, &RunsPanel::compareRequested);
    QSignalSpy resume(panel, &RunsPanel::resumeRequested);

    // Each action on a selection whose folder went away before the list noticed (no event processed in between).
    for (QAction* action : {panel->openAction(), panel->renameAction(), panel->tagsAction(), panel->notesAction(),
                            panel->resumeAction(), panel->compareAction()}) {
        const QString doomed = writeRun(root.path(), "doomed", ts::RunStatus::Stopped);
        panel->refresh();
        panel->selectRunDirs(action == panel->compareAction() ? QStringList{kept, doomed} : QStringList{doomed});
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(QDir(doomed).removeRecursively());
        action->trigger();  // Rename, Tags and Notes would block in their dialogs if they did not check first
        const QString text = takeMessage(&w);
        QVERIFY2(text.contains(kGone), qPrintable(action->objectName() + QStringLiteral(": ") + text));
        QVERIFY(text.contains(QDir::toNativeSeparators(doomed)));
        QCOMPARE(panel->model()->rowOfDir(doomed), -1);
        QCOMPARE(panel->model()->runCount(), 1);
    }
    QCOMPARE(open.count(), 0);
    QCOMPARE(compare.count(), 0);
    QCOMPARE(resume.count(), 0);
}

void TestDeletedRun::panelDropsDeletedRunsAndStaysUsable() {
    QTemporaryDir root;
    const QString a = writeRun(root.path(), "run-a", ts::RunStatus::Finished);
    const QString b = writeRun(root.path(), "run-b", ts::RunStatus::Finished);
    const QString c = writeRun(root.path(), "run-c", ts::RunStatus::Finished);
    RunsPanel panel;
    panel.setRunsRoot(root.path());
    QCOMPARE(panel.model()->runCount(), 3);

    // Deleting a run that is already gone is no error: what was asked is done.
    panel.selectRunDirs({a});
    QVERIFY(QDir(a).removeRecursively());
    QString error;
    QVERIFY2(panel.deleteRunFolder(a, &error), qPrintable(error));
    QCOMPARE(panel.model()->runCount(), 2);
    QVERIFY(!panel.deleteAction()->isEnabled());  // the selection went with it

    // Editing a run whose folder goes while its dialog is open fails with the reason, and the list drops it.
    QVERIFY(QDir(b).removeRecursively());
    QVERIFY(!panel.renameRun(b, QStringLiteral("late"), &error));
    QVERIFY2(error.contains(kMissing), qPrintable(error));
    QCOMPARE(panel.model()->rowOfDir(b), -1);

    // The folder watcher notices a deletion by itself; Refresh reads the list again.
    QVERIFY(QDir(c).removeRecursively());
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->runCount(), 0, kWaitMs);
    panel.refreshAction()->trigger();
    QCOMPARE(panel.model()->runCount(), 0);

    // The panel goes on working: a new run appears and can be selected and opened.
    const QString d = writeRun(root.path(), "run-d", ts::RunStatus::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->runCount(), 1, kWaitMs);
    panel.selectRunDirs({d});
    QVERIFY(panel.openAction()->isEnabled());

    // Even the whole runs folder may go; once a run makes it again, the panel watches it again.
    QSignalSpy refreshed(&panel, &RunsPanel::refreshed);
    QVERIFY(QDir(root.path()).removeRecursively());
    QVERIFY(refreshed.wait(kWaitMs));  // the watcher saw it go
    QCOMPARE(panel.model()->runCount(), 0);
    writeRun(root.path(), "run-e", ts::RunStatus::Finished);
    panel.refresh();  // as the window does when a run ends
    QCOMPARE(panel.model()->runCount(), 1);
    writeRun(root.path(), "run-f", ts::RunStatus::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->runCount(), 2, kWaitMs);
}

void TestDeletedRun::windowShowingADeletedRunStaysUsable() {
    QTemporaryDir root;
    const QString a = writeRun(root.path(), "run-a", ts::RunStatus::Finished);
    const QString b = writeRun(root.path(), "run-b", ts::RunStatus::Finished);
    MainWindow w;
    auto* panel = child<RunsPanel>(&w, "runsPanel");
    w.setRunsRoot(root.path());
    QSignalSpy shown(&w, &MainWindow::runShown);
    w.openRun(a);
    QVERIFY(shown.wait(kWaitMs));
    QVERIFY(QDir(a).removeRecursively());

    // What is on screen stays: it was read into memory.
    auto* loss = child<ts::CurveChart>(&w, "lossChart");
    QCOMPARE(loss->rawCount(loss->seriesId(QStringLiteral("train loss (batch)"))), 1);

    // File > Export Report of the shown run fails with the reason; nothing is written.
    auto* exporter = child<ts::ReportExporter>(&w, "reportExporter");
    QSignalSpy failed(exporter, &ts::ReportExporter::failed);
    const QString report = QDir(root.path()).filePath(QStringLiteral("report.json"));
    QVERIFY(w.exportRunTo(a, ts::ReportFormat::Json, report));
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY2(failed.front().front().toString().contains(kMissing), qPrintable(failed.front().front().toString()));
    QVERIFY(takeMessage(&w).contains(QStringLiteral("not saved")));
    QVERIFY(!QFile::exists(report));

    // Opening it again says it is gone, and the list drops it; another run still opens.
    w.openRun(a);
    const QString text = takeMessage(&w);
    QVERIFY2(text.contains(kMissing), qPrintable(text));
    QTRY_COMPARE(panel->model()->rowOfDir(a), -1);
    shown.clear();
    w.openRun(b);
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(w.runState(), MainWindow::RunState::Idle);
}

void TestDeletedRun::compareViewOutlivesItsFolders() {
    QTemporaryDir root;
    const QString a = writeRun(root.path(), "run-a", ts::RunStatus::Finished);
    const QString b = writeRun(root.path(), "run-b", ts::RunStatus::Stopped);
    MainWindow w;
    w.setRunsRoot(root.path());
    QSignalSpy opened(&w, &MainWindow::compareOpened);
    w.compareRuns({a, b});
    QVERIFY(opened.wait(kWaitMs));
    auto* view = w.findChild<ts::CompareView*>(QStringLiteral("compareView"));
    QVERIFY(view);
    QVERIFY(QDir(a).removeRecursively());
    QVERIFY(QDir(b).removeRecursively());
    child<RunsPanel>(&w, "runsPanel")->refresh();

    // The comparison keeps what it read; it closes normally.
    QCOMPARE(view->runDirs().size(), 2);
    QCOMPARE(view->accuracyChart()->seriesCount(), 2);
    view->repaint();
    view->close();
    QTRY_VERIFY(!w.findChild<ts::CompareView*>(QStringLiteral("compareView")));

    // Comparing the deleted runs again says they could not be read, and opens nothing.
    opened.clear();
    w.compareRuns({a, b});
    const QString text = takeMessage(&w);
    QVERIFY2(text.contains(kMissing), qPrintable(text));
    QCOMPARE(opened.count(), 0);
}

void TestDeletedRun::evaluateWindowSaysTheModelIsGone() {
    QTemporaryDir root;
    const QString a = writeRun(root.path(), "run-a", ts::RunStatus::Finished);
    const QString data = QDir(root.path()).filePath(QStringLiteral("data.csv"));
    QFile csv(data);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("x,label\n1,a\n2,b\n");
    csv.close();
    ts::EvaluationController controller;
    ts::EvaluateWindow* window = controller.window();
    ts::EvaluateRequest request = window->request();
    request.modelPath = a.toStdString();
    request.dataPath = data.toStdString();
    request.runDir.clear();
    window->setRequest(request);
    QVERIFY(QDir(a).removeRecursively());
    window->startEvaluation();
    auto* error = child<QLabel>(window, "evaluateErrorLabel");
    QTRY_VERIFY(error->text().contains(kMissing));
    QVERIFY(!error->isHidden());
}

void TestDeletedRun::runDeletedWhileTrainingFailsAndTheWindowTrainsOn() {
    QTemporaryDir root;
    ts::TrainingController controller;
    controller.worker()->setDataset(std::make_shared<ts::Dataset>(ts::testing::quadrantDataset(600, 60)));
    MainWindow w;
    controller.attach(&w);
    w.setRunsRoot(root.path());  // also tells the worker, through runsRootChanged
    w.setConfig(ts::testing::quickConfig("mlp", kEpochs, kBatch));
    // rm -rf of the run's folder right after its first checkpoint, on the worker thread, while it trains on.
    const QMetaObject::Connection remover = connect(
        controller.worker(), &ts::TrainingWorker::checkpointSaved, controller.worker(),
        [&root](int epoch) {
            if (epoch != 1) return;
            for (const QString& run : QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QDir(QDir(root.path()).filePath(run)).removeRecursively();
        },
        Qt::DirectConnection);
    QSignalSpy finished(controller.worker(), &ts::TrainingWorker::finished);
    controller.startTraining(w.config());
    QVERIFY(finished.wait(kTrainWaitMs));
    disconnect(remover);

    // The epoch's status cannot be written: the run fails with the file and the reason, the window goes idle.
    const auto summary = finished.front().front().value<ts::RunSummary>();
    const QString message = QString::fromStdString(summary.message);
    QCOMPARE(summary.status, ts::RunStatus::Failed);
    QVERIFY2(message.contains(QStringLiteral("status.json: No such file or directory (the folder has been removed or "
                                             "renamed)")),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Exception raised from")), qPrintable(message));
    QTRY_COMPARE(w.runState(), MainWindow::RunState::Idle);
    QVERIFY(takeMessage(&w).contains(QStringLiteral("the folder has been removed")));

    // The window trains on, and the Runs panel lists only the new run.
    finished.clear();
    controller.startTraining(w.config());
    QVERIFY(finished.wait(kTrainWaitMs));
    QCOMPARE(finished.front().front().value<ts::RunSummary>().status, ts::RunStatus::Finished);
    QTRY_COMPARE(child<RunsPanel>(&w, "runsPanel")->model()->runCount(), 1);
}

QTEST_MAIN(TestDeletedRun)
#include "test_deleted_run.moc"
