// The Qt bridge: signals in order across threads, stop and pause.
#include "app/bridge/EvaluationController.h"
#include "app/bridge/TrainingWorker.h"
#include "ui/evaluate/EvaluateWindow.h"
#include "ui/training/MainWindow.h"
#include "support/Fixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSemaphore>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>

namespace {
constexpr int kWaitMs = 60000;

ts::TrainConfig config(int epochs, int batch) { return ts::testing::quickConfig("mlp", epochs, batch); }
}  // namespace

class TestWorker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signalsArriveInOrder();
    void stopEndsTheRunPromptly();
    void pauseHoldsAndResumeContinues();
    void trainingWithoutDataFails();
    void badDatasetPathIsReported();
    void evaluateWindowStartsFromTheShownRun();
    void cancelRightAfterEvaluateIsKept();

Q_SIGNALS:
    void startTraining(const ts::TrainConfig& cfg);
    void load(const QString& path, double valFraction);

private:
    QThread* m_thread = nullptr;
    ts::TrainingWorker* m_worker = nullptr;
    std::shared_ptr<ts::Dataset> m_data;
};

void TestWorker::initTestCase() {
    ts::registerMetaTypes();
    m_data = std::make_shared<ts::Dataset>(ts::testing::quadrantDataset(2000, 100));
}

void TestWorker::init() {
    m_thread = new QThread;
    m_worker = new ts::TrainingWorker;
    m_worker->setDataset(m_data);
    m_worker->moveToThread(m_thread);
    connect(this, &TestWorker::startTraining, m_worker, &ts::TrainingWorker::train);
    connect(this, &TestWorker::load, m_worker, &ts::TrainingWorker::loadDataset);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void TestWorker::cleanup() {
    m_worker->requestStop();
    m_thread->quit();
    QVERIFY(m_thread->wait(kWaitMs));
    delete m_thread;
}

void TestWorker::signalsArriveInOrder() {
    QStringList events;
    QVector<int64_t> steps;
    connect(m_worker, &ts::TrainingWorker::started, this, [&] { events << "started"; });
    connect(m_worker, &ts::TrainingWorker::batchesReady, this, [&](const QVector<ts::BatchMetrics>& b) {
        if (events.isEmpty() || events.back() != "batches") events << "batches";
        for (const auto& m : b) steps << m.step;
    });
    connect(m_worker, &ts::TrainingWorker::epochFinished, this, [&](const ts::EpochMetrics& m) {
        events << QStringLiteral("epoch%1").arg(m.epoch);
    });
    QSignalSpy finished(m_worker, &ts::TrainingWorker::finished);
    m_worker->resetControl();
    Q_EMIT startTraining(config(2, 64));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(events, (QStringList{"started", "batches", "epoch1", "batches", "epoch2"}));
    // Every batch arrives exactly once, in order, despite the coalescing: 1800 samples / 64 = 29 per epoch.
    QCOMPARE(steps.size(), 2 * 29);
    for (int i = 0; i < steps.size(); ++i) QCOMPARE(steps[i], int64_t(i + 1));
    const auto summary = finished.first().at(0).value<ts::RunSummary>();
    QCOMPARE(summary.status, ts::RunStatus::Finished);
    QCOMPARE(int(summary.epochs.size()), 2);
}

void TestWorker::stopEndsTheRunPromptly() {
    QSignalSpy batches(m_worker, &ts::TrainingWorker::batchesReady);
    QSignalSpy finished(m_worker, &ts::TrainingWorker::finished);
    m_worker->resetControl();
    Q_EMIT startTraining(config(200, 4));  // far longer than the test
    QVERIFY(batches.wait(kWaitMs));
    m_worker->requestStop();  // direct, thread-safe: the worker's event loop is busy training
    QVERIFY(finished.wait(kWaitMs));
    const auto summary = finished.first().at(0).value<ts::RunSummary>();
    QCOMPARE(summary.status, ts::RunStatus::Stopped);
    QVERIFY(summary.epochs.size() < 200);
}

void TestWorker::pauseHoldsAndResumeContinues() {
    QVector<int64_t> steps;
    connect(m_worker, &ts::TrainingWorker::batchesReady, this,
            [&](const QVector<ts::BatchMetrics>& b) { for (const auto& m : b) steps << m.step; });
    QSignalSpy finished(m_worker, &ts::TrainingWorker::finished);
    m_worker->resetControl();
    Q_EMIT startTraining(config(3, 16));
    QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), kWaitMs);
    m_worker->setPaused(true);
    QTest::qWait(200);  // let the current batch finish and any queued signals arrive
    const int64_t heldAt = steps.isEmpty() ? 0 : steps.back();
    QTest::qWait(400);
    QCOMPARE(steps.isEmpty() ? 0 : steps.back(), heldAt);  // nothing trained while paused
    QVERIFY(finished.isEmpty());
    m_worker->setPaused(false);
    QVERIFY(finished.wait(kWaitMs));
    const auto summary = finished.first().at(0).value<ts::RunSummary>();
    QCOMPARE(summary.status, ts::RunStatus::Finished);
    QCOMPARE(steps.size(), 3 * 113);  // 1800 / 16 = 112.5 -> 113 batches per epoch, none lost
    QVERIFY(steps.back() > heldAt);
}

void TestWorker::trainingWithoutDataFails() {
    m_worker->setDataset(nullptr);
    QSignalSpy finished(m_worker, &ts::TrainingWorker::finished);
    Q_EMIT startTraining(config(1, 64));
    // The worker answers at once, from its own thread: the signal may arrive before wait() would start counting.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    const auto summary = finished.first().at(0).value<ts::RunSummary>();
    QCOMPARE(summary.status, ts::RunStatus::Failed);
    QVERIFY(QString::fromStdString(summary.message).contains("Open Dataset"));
}

void TestWorker::badDatasetPathIsReported() {
    QSignalSpy failed(m_worker, &ts::TrainingWorker::datasetFailed);
    QSignalSpy loaded(m_worker, &ts::TrainingWorker::datasetLoaded);
    Q_EMIT load(QStringLiteral("/nonexistent/trainscope-data"), 0.1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);  // fails at once: see trainingWithoutDataFails
    QVERIFY(loaded.isEmpty());
    QVERIFY(failed.first().at(0).toString().contains("/nonexistent/trainscope-data"));
}

// Tools > Evaluate Model opens the Evaluate window with empty fields filled from the main window.
void TestWorker::evaluateWindowStartsFromTheShownRun() {
    QStandardPaths::setTestModeEnabled(true);  // a throwaway settings location
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).remove(QStringLiteral("evaluate"));
    QTemporaryDir runDir;
    QVERIFY(runDir.isValid());
    ts::MainWindow main;
    main.setCurrentRunDir(runDir.path());
    ts::EvaluationController controller;
    controller.attach(&main);
    Q_EMIT main.evaluateWindowRequested();
    ts::EvaluateWindow* w = controller.window();
    QVERIFY(w->isVisible());
    QCOMPARE(QString::fromStdString(w->request().modelPath), QDir::toNativeSeparators(runDir.path()));
    // A field the user filled stays as it is.
    ts::EvaluateRequest rq = w->request();
    rq.modelPath = "/somewhere/else.pt";
    w->setRequest(rq);
    Q_EMIT main.evaluateWindowRequested();
    QCOMPARE(QString::fromStdString(w->request().modelPath), QStringLiteral("/somewhere/else.pt"));
    controller.shutdown();
}

// Cancel pressed between Evaluate and the moment the evaluation thread picks the request up still cancels:
// the flag is cleared on the GUI side before queuing, never inside the queued slot.
void TestWorker::cancelRightAfterEvaluateIsKept() {
    ts::EvaluationController controller;
    QSignalSpy failed(controller.worker(), &ts::EvaluationWorker::failed);
    QSignalSpy finished(controller.worker(), &ts::EvaluationWorker::finished);
    // Hold the evaluation thread so the request waits in its queue.
    QSemaphore release;
    QMetaObject::invokeMethod(controller.worker(), [&release] { release.acquire(); }, Qt::QueuedConnection);
    ts::EvaluateRequest request;
    request.modelPath = "no-such-model.pt";
    request.dataPath = "no-such-data";
    request.threads = 1;
    controller.evaluate(request);
    controller.worker()->requestCancel();  // what the window's Cancel does
    release.release();
    // The spy records on the evaluation thread; count (not wait()) so a quick failure is never missed.
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("evaluation cancelled"));

    // The next evaluation starts afresh: the old cancel does not stick.
    controller.evaluate(request);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, kWaitMs);
    QVERIFY(failed.last().first().toString() != QStringLiteral("evaluation cancelled"));
    controller.shutdown();
}

QTEST_MAIN(TestWorker)
#include "test_worker.moc"
