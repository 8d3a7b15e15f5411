// The run-progress model (epoch and step progress, rates, time left) and the status bar that shows it.
#include "ui/training/RunProgress.h"
#include "ui/training/RunStatusBar.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QtTest>

#include <cmath>

using ts::ProgressFigures;
using ts::RunProgress;

namespace {

constexpr int kResolution = 1000;
constexpr double kTolerance = 1e-9;

bool near(double a, double b) { return std::fabs(a - b) < kTolerance; }

}  // namespace

class TestRunProgress : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unknownWithoutPlanOrRate();
    void throughputUntilASecondHasPassed();
    void measuredRateWins();
    void rateWindowForgetsOldSteps();
    void evaluationTimeIsAdded();
    void epochEndRestartsTheRate();
    void planFollowsTheTrainer();
    void progressIsClamped();
    void statusBarShowsTheFigures();
};

void TestRunProgress::unknownWithoutPlanOrRate() {
    RunProgress p;
    p.start(3, 64, 0);  // steps per epoch not known yet
    const ProgressFigures f = p.update(1, 10, 6400.0, 1.0);
    QCOMPARE(f.totalSteps, qint64(0));
    QCOMPARE(f.scaled(kResolution), 0);
    QVERIFY(!f.hasEta());
    RunProgress noRate;
    noRate.start(3, 64, 100);
    QVERIFY(!noRate.update(1, 10, 0.0, 0.0).hasEta());  // no throughput and a single reading
}

void TestRunProgress::throughputUntilASecondHasPassed() {
    RunProgress p;
    p.start(2, 64, 100);
    const ProgressFigures f = p.update(1, 10, 6400.0, 0.5);  // 100 steps/s from the trainer's throughput
    QCOMPARE(f.epoch, 1);
    QCOMPARE(f.epochs, 2);
    QCOMPARE(f.totalSteps, qint64(200));
    QCOMPARE(f.scaled(kResolution), 50);
    QVERIFY(near(f.etaSec, 190.0 / 100.0));
    QVERIFY(near(f.elapsedSec, 0.5));
}

void TestRunProgress::measuredRateWins() {
    RunProgress p;
    p.start(2, 64, 100);
    p.update(1, 0, 1.0, 0.0);
    const ProgressFigures f = p.update(1, 100, 1.0, 2.0);  // 50 steps/s measured; the throughput says otherwise
    QVERIFY(near(f.etaSec, 100.0 / 50.0));
}

void TestRunProgress::rateWindowForgetsOldSteps() {
    RunProgress p;
    p.start(1, 64, 2000);
    p.update(1, 0, 0.0, 0.0);
    p.update(1, 1000, 0.0, 1.0);  // a fast start, older than the window by the end
    p.update(1, 1100, 0.0, 20.0);
    const ProgressFigures f = p.update(1, 1200, 0.0, 20.0 + RunProgress::kRateWindowSec - 5.0);
    QVERIFY(near(f.etaSec, 800.0 / 10.0));  // 100 steps in 10 s
}

void TestRunProgress::evaluationTimeIsAdded() {
    RunProgress p;
    p.start(3, 64, 100);
    p.epochEnded(1, 3, 4.0);  // 4 s of evaluation per epoch so far; two epochs left
    const ProgressFigures f = p.update(1, 100, 6400.0, 1.0);
    QVERIFY(near(f.etaSec, 200.0 / 100.0 + 2 * 4.0));
}

void TestRunProgress::epochEndRestartsTheRate() {
    RunProgress p;
    p.start(2, 64, 100);
    p.update(1, 0, 3200.0, 0.0);
    p.update(1, 100, 3200.0, 1.0);  // 100 steps/s measured
    p.restartRate();                // the evaluation pause must not count
    const ProgressFigures f = p.update(2, 110, 3200.0, 9.0);
    QVERIFY(near(f.etaSec, 90.0 / 50.0));  // back to the throughput: 3200 / 64 = 50 steps/s
}

void TestRunProgress::planFollowsTheTrainer() {
    RunProgress p;
    p.start(2, 64, 100);
    p.setBatchesPerEpoch(0);  // ignored
    QCOMPARE(p.batchesPerEpoch(), qint64(100));
    p.setBatchesPerEpoch(50);
    p.epochEnded(1, 4, 0.0);
    QCOMPARE(p.epochs(), 4);
    QCOMPARE(p.totalSteps(), qint64(200));
    p.epochEnded(2, 0, 0.0);  // no plan given: kept
    QCOMPARE(p.epochs(), 4);
}

void TestRunProgress::progressIsClamped() {
    RunProgress p;
    p.start(1, 64, 100);
    const ProgressFigures f = p.update(1, 150, 6400.0, 1.0);
    QCOMPARE(f.scaled(kResolution), kResolution);
    QVERIFY(near(f.etaSec, 0.0));
    QCOMPARE(p.update(1, -5, 6400.0, 1.0).scaled(kResolution), 0);
}

void TestRunProgress::statusBarShowsTheFigures() {
    QStatusBar bar;
    ts::RunStatusBar status(&bar, &bar);
    status.reset();
    auto* device = bar.findChild<QLabel*>(QStringLiteral("deviceLabel"));
    auto* progress = bar.findChild<QLabel*>(QStringLiteral("progressLabel"));
    auto* throughput = bar.findChild<QLabel*>(QStringLiteral("throughputLabel"));
    auto* eta = bar.findChild<QLabel*>(QStringLiteral("etaLabel"));
    auto* progressBar = bar.findChild<QProgressBar*>(QStringLiteral("progressBar"));
    QVERIFY(device && progress && throughput && eta && progressBar);
    QCOMPARE(device->text(), QStringLiteral("No run yet"));

    status.runStarted(QStringLiteral("cpu · 2 threads"), 2, 64, 100);
    QCOMPARE(device->text(), QStringLiteral("cpu · 2 threads"));
    QCOMPARE(progress->text(), QStringLiteral("Epoch 1/2 · step 0/200"));
    QCOMPARE(eta->text(), QStringLiteral("ETA –"));

    ts::BatchMetrics b;
    b.step = 50;
    b.epoch = 1;
    b.batch = 50;
    b.batchesPerEpoch = 100;
    b.samplesPerSec = 64.0;  // one step per second: 150 s left
    b.elapsedSec = 50.0;
    status.showBatch(b);  // the first batch shows at once
    QCOMPARE(progress->text(), QStringLiteral("Epoch 1/2 · step 50/200"));
    QCOMPARE(throughput->text(), QStringLiteral("64 samples/s"));
    QCOMPARE(eta->text(), QStringLiteral("ETA 2 min 30 s"));  // ts::formatDuration, the one formatter
    QCOMPARE(progressBar->value(), progressBar->maximum() / 4);

    status.runEnded(true);
    QVERIFY(eta->text().isEmpty());
    QCOMPARE(progressBar->value(), progressBar->maximum());
}

QTEST_MAIN(TestRunProgress)
#include "test_run_progress.moc"
