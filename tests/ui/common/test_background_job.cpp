// The GUI's one way to run work in the background: the job runs on its own thread, the owner hears of its end
// on the owner's thread, and neither an early exit of the owner nor a destroyed job loses or races the work.
#include "ui/common/BackgroundJob.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>

class TestBackgroundJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsOnItsOwnThreadAndReportsOnTheOwners();
    void doneIsDroppedWhenTheContextIsGone();
    void destroyingTheJobWaitsForIt();
};

void TestBackgroundJob::runsOnItsOwnThreadAndReportsOnTheOwners() {
    QObject context;
    QThread* jobThread = nullptr;
    QThread* doneThread = nullptr;
    bool done = false;
    ts::runInBackground(
        &context, QStringLiteral("test job"), [&jobThread] { jobThread = QThread::currentThread(); },
        [&] {
            doneThread = QThread::currentThread();
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY(jobThread && jobThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void TestBackgroundJob::doneIsDroppedWhenTheContextIsGone() {
    std::atomic<bool> ran{false};
    bool done = false;
    QSemaphore release;
    {
        QObject context;
        ts::runInBackground(
            &context, QStringLiteral("test job"),
            [&] {
                release.acquire();
                ran = true;
            },
            [&done] { done = true; });
        release.release();
    }  // the context (and with it the job, which waits) is gone before the end could be delivered
    QVERIFY(ran);
    QTest::qWait(50);
    QVERIFY(!done);
}

void TestBackgroundJob::destroyingTheJobWaitsForIt() {
    std::atomic<int> steps{0};
    auto* job = new ts::BackgroundJob(QStringLiteral("slow job"), [&steps] {
        QThread::msleep(100);
        steps = 1;
    });
    QSignalSpy finished(job, &ts::BackgroundJob::finished);
    job->start();
    QVERIFY(job->isRunning());
    delete job;
    QCOMPARE(steps.load(), 1);
}

QTEST_MAIN(TestBackgroundJob)
#include "test_background_job.moc"
