// The Experiments window with the real engine (issue 19): a sweep started from the window runs trainscope-cli as a
// detached process, the window follows its folder until it ends, and Resume of a finished sweep leaves it as it was.
#include "ui/experiments/ExperimentsWindow.h"
#include "ui/experiments/SweepLauncher.h"
#include "ui/experiments/SweepRequest.h"
#include "ui/experiments/SweepSnapshot.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ts;

namespace {
constexpr int kRows = 300;
constexpr int kSweepTimeoutMs = 120000;
}  // namespace

class TestExperimentsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sweepStartedFromTheWindowIsFollowed();
};

void TestExperimentsCli::sweepStartedFromTheWindowIsFollowed() {
    QTemporaryDir dir;
    // Three classes told apart by the first column.
    QFile csv(dir.filePath(QStringLiteral("three.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("x,y,label\n");
    for (int r = 0; r < kRows; ++r) csv.write(QStringLiteral("%1,%2,%3\n").arg(r % 3 + r * 0.001).arg(r * 0.01).arg(r % 3).toUtf8());
    csv.close();

    ExperimentsWindow window;
    window.launcher()->setProgram(QStringLiteral(TS_CLI_PATH));
    SweepRequest r;
    r.dataPath = csv.fileName();
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

QTEST_MAIN(TestExperimentsCli)
#include "test_experiments_cli.moc"
