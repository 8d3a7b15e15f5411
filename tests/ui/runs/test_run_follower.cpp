// Watching a run another process is writing (issue 17): the follower reloads a "running" run folder, hands it back
// when it grew, stops once it ended, and the window re-shows it and says that it follows it.
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "ui/runs/RunFollower.h"
#include "ui/training/MainWindow.h"
#include "support/Fixtures.h"
#include "support/WidgetLookup.h"
#include "support/WindowTestSetup.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using ts::RunFollower;
using ts::testing::child;

namespace {

constexpr int kShortIntervalMs = 50;
constexpr int kWaitMs = 10000;

/// Writes `count` more batches (steps from `first` on) to a run in progress.
void addBatches(ts::RunWriter& writer, int first, int count) {
    for (int i = 0; i < count; ++i) {
        ts::BatchMetrics m;
        m.step = first + i;
        m.epoch = 1;
        m.batch = first + i;
        m.batchesPerEpoch = 100;
        m.loss = 1.0 / double(first + i);
        m.lr = 0.01;
        writer.onBatch(m);
    }
}

/// Ends epoch `epoch` after `batches` more batches: the writer flushes metrics.csv at an epoch's end, so that is when
/// another process sees the batches.
void addEpoch(ts::RunWriter& writer, int epoch, int batches) {
    const int first = (epoch - 1) * batches + 1;
    addBatches(writer, first, batches);
    writer.onEpoch(ts::testing::epochMetrics(epoch, 10, first + batches - 1, ts::EvalMetrics()));
}

/// A data-parallel run's processes at `step` (processes.json is rewritten at once, about once a second).
std::vector<ts::ProcessFigures> processesAt(int64_t step) {
    std::vector<ts::ProcessFigures> list(2);
    for (int r = 0; r < 2; ++r) {
        list[size_t(r)].rank = r;
        list[size_t(r)].step = step;
        list[size_t(r)].state = "training";
    }
    return list;
}

/// A run folder that this test writes as another process would: the lock is held, the status is "running".
struct GrowingRun {
    QTemporaryDir root;
    std::string dir = root.filePath(QStringLiteral("run")).toStdString();
    std::unique_ptr<ts::RunWriter> writer;
    GrowingRun() {
        writer = std::make_unique<ts::RunWriter>(dir, ts::presetConfig("mlp"), ts::testing::datasetInfo());
        writer->onStart("cpu", 1, 100);
        addEpoch(*writer, 1, 5);
    }
    ts::RunRecord read() const { return ts::loadRun(dir, true); }
    void finish() {
        writer->onFinished(ts::RunSummary());
        writer.reset();
    }
};

}  // namespace

class TestRunFollower : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ts::testing::prepareWindowTests(); }
    void growthIsTold();
    void onlyRunsInProgressAreFollowed();
    void grownRunIsHandedBackUntilItEnds();
    void windowFollowsARunInProgress();
};

void TestRunFollower::growthIsTold() {
    GrowingRun run;
    const ts::RunRecord before = run.read();
    QVERIFY(!RunFollower::grew(before, run.read()));
    addEpoch(*run.writer, 2, 5);
    const ts::RunRecord more = run.read();
    QVERIFY(RunFollower::grew(before, more));
    ts::RunRecord ended = more;
    ended.status = "finished";
    QVERIFY(RunFollower::grew(more, ended));
    ts::RunRecord faster = more;
    faster.processes.resize(1);
    faster.processes[0].step = 3;
    QVERIFY(RunFollower::grew(more, faster));
}

void TestRunFollower::onlyRunsInProgressAreFollowed() {
    RunFollower follower;
    GrowingRun run;
    QCOMPARE(run.read().status, std::string("running"));
    QVERIFY(follower.follow(run.read()));
    QVERIFY(follower.isFollowing());
    QCOMPARE(follower.runDir(), QString::fromStdString(run.read().dir));
    run.finish();
    QVERIFY(!follower.follow(run.read()));  // showing a run that ended stops following
    QVERIFY(!follower.isFollowing());
    QVERIFY(follower.runDir().isEmpty());
}

void TestRunFollower::grownRunIsHandedBackUntilItEnds() {
    RunFollower follower;
    follower.setInterval(kShortIntervalMs);
    QSignalSpy grown(&follower, &RunFollower::grown);
    GrowingRun run;
    QVERIFY(follower.follow(run.read()));
    QTest::qWait(10 * kShortIntervalMs);
    QCOMPARE(grown.count(), 0);  // nothing new, nothing handed back
    addEpoch(*run.writer, 2, 5);
    QVERIFY(grown.wait(kWaitMs));
    QCOMPARE(grown.last().at(0).value<ts::RunRecord>().batches.size(), size_t(10));
    QCOMPARE(grown.last().at(0).value<ts::RunRecord>().epochs.size(), size_t(2));
    QVERIFY(follower.isFollowing());
    run.writer->onProcesses(processesAt(12));  // a data-parallel run's figures count as growth too
    QTRY_VERIFY_WITH_TIMEOUT(grown.count() == 2, kWaitMs);
    QCOMPARE(grown.last().at(0).value<ts::RunRecord>().processes.size(), size_t(2));
    run.finish();
    QTRY_VERIFY_WITH_TIMEOUT(grown.count() == 3, kWaitMs);
    QCOMPARE(grown.last().at(0).value<ts::RunRecord>().status, std::string("finished"));
    QVERIFY(!follower.isFollowing());  // it ended: no more reloads
}

void TestRunFollower::windowFollowsARunInProgress() {
    ts::MainWindow w;
    w.show();
    auto* follower = child<RunFollower>(&w, "runFollower");
    follower->setInterval(kShortIntervalMs);
    QSignalSpy shown(&w, &ts::MainWindow::runShown);
    GrowingRun run;
    w.showRun(run.read());
    QCOMPARE(shown.count(), 1);
    QVERIFY(follower->isFollowing());
    QVERIFY(w.statusBar()->currentMessage().startsWith(
        QStringLiteral("Following a run in progress (written by another process)")));
    addEpoch(*run.writer, 2, 5);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 2, kWaitMs);  // re-shown as it grew
    QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Following a run in progress")));
    // Showing another run stops following this one.
    GrowingRun other;
    other.finish();
    w.showRun(other.read());
    QVERIFY(!follower->isFollowing());
    addEpoch(*run.writer, 3, 5);
    QTest::qWait(10 * kShortIntervalMs);
    QCOMPARE(shown.count(), 3);
}

QTEST_MAIN(TestRunFollower)
#include "test_run_follower.moc"
