// Data-parallel runs started from the window (issue 17): the other ranks are trainscope-cli processes that meet
// the worker thread (rank 0); a child that cannot start or dies early fails the run at once, with its own words.
#include "app/bridge/PeerProcesses.h"
#include "app/bridge/TrainingWorker.h"
#include "core/common/Json.h"
#include "core/data/DatasetLoader.h"
#include "core/runs/RunStore.h"
#include "support/Fixtures.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <stdexcept>

namespace {

constexpr int kRunWaitMs = 120000;
constexpr qint64 kPromptMs = 10000;  // a failure before the group formed is reported at once, not after the timeout
constexpr double kJoinTimeoutSec = 60.0;

/// What start() threw ("" when it did not).
QString startFailure(ts::PeerProcesses& peers, const QString& program, const QStringList& args,
                     const std::function<bool()>& cancelled = {}) {
    try {
        peers.start(program, args, 2, kJoinTimeoutSec, false, cancelled);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

/// A small two-class table: the label is whether x + y is positive.
QByteArray tinyTable(int rows) {
    QByteArray csv = "x,y,label\n";
    for (int i = 0; i < rows; ++i) {
        const double x = ((i * 37) % 101) / 50.0 - 1.0, y = ((i * 53) % 97) / 48.0 - 1.0;
        csv += QByteArray::number(x, 'f', 3) + ',' + QByteArray::number(y, 'f', 3) + ',' + (x + y > 0 ? "1" : "0") + '\n';
    }
    return csv;
}

}  // namespace

class TestPeerProcesses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ts::registerMetaTypes(); }
    void threadsShareTheCores();
    void argumentsNameTheConfigurationOrTheRun();
    void missingProgramIsExplained();
    void childThatEndsEarlyFailsAtOnce();
    void stopWhileJoiningEndsAtOnce();
    void workerTrainsOnTwoProcesses();
    void workerWithoutTheCliFailsWithoutARunFolder();
};

void TestPeerProcesses::threadsShareTheCores() {
    QCOMPARE(ts::PeerProcesses::threadsPerProcess(3, 2), 3);  // the user's choice
    QCOMPARE(ts::PeerProcesses::threadsPerProcess(0, 2), std::max(1, QThread::idealThreadCount() / 2));
    QCOMPARE(ts::PeerProcesses::threadsPerProcess(0, 1000), 1);
}

void TestPeerProcesses::argumentsNameTheConfigurationOrTheRun() {
    ts::PeerProcesses peers;
    ts::TrainConfig cfg = ts::testing::quickConfig("mlp", 2, 32);
    cfg.processes = 2;
    ts::DatasetInfo data = ts::testing::datasetInfo();
    data.path = "/data/table.csv";
    const QStringList args = peers.newRunArguments(cfg, data, 3);
    QCOMPARE(args.size(), 6);
    QCOMPARE(args[0], QStringLiteral("train"));
    QCOMPARE(args[1], QStringLiteral("--config"));
    QCOMPARE(args.mid(3), (QStringList{"--threads", "3", "--quiet"}));
    QFile file(args[2]);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ts::Json j = ts::Json::parse(file.readAll().toStdString());
    QCOMPARE(j["config"]["preset"].string(), std::string("mlp"));
    QCOMPARE(j["config"]["processes"].integer(), int64_t(2));
    QCOMPARE(j["dataset"]["path"].string(), std::string("/data/table.csv"));
    QCOMPARE(ts::PeerProcesses::resumeArguments("/runs/a", 2),
             (QStringList{"train", "--resume", "/runs/a", "--threads", "2", "--quiet"}));
}

void TestPeerProcesses::missingProgramIsExplained() {
    ts::PeerProcesses peers;
    const QString why = startFailure(peers, QStringLiteral("/nowhere/trainscope-cli"), {});
    QVERIFY2(why.contains(QStringLiteral("trainscope-cli")) && why.contains(QStringLiteral("/nowhere")), qPrintable(why));
}

void TestPeerProcesses::childThatEndsEarlyFailsAtOnce() {
    ts::PeerProcesses peers;
    QElapsedTimer clock;
    clock.start();
    const QString why = startFailure(peers, QStringLiteral("/bin/sh"),
                                     {QStringLiteral("-c"), QStringLiteral("echo cannot read the data set >&2; exit 3")});
    QVERIFY(clock.elapsed() < kPromptMs);
    QVERIFY2(why.contains(QStringLiteral("rank 1 exited with status 3")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("cannot read the data set")), qPrintable(why));  // the child's own words
}

void TestPeerProcesses::stopWhileJoiningEndsAtOnce() {
    ts::PeerProcesses peers;
    QElapsedTimer clock;
    clock.start();
    const QString why = startFailure(peers, QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("sleep 60")},
                                     [&clock] { return clock.elapsed() > 300; });
    QVERIFY(clock.elapsed() < kPromptMs);
    QVERIFY2(why.contains(QStringLiteral("stopped")), qPrintable(why));
}

void TestPeerProcesses::workerTrainsOnTwoProcesses() {
    QTemporaryDir dir;
    const QString table = dir.filePath(QStringLiteral("table.csv"));
    QVERIFY(ts::testing::writeFile(table, tinyTable(400)));
    auto data = std::make_shared<ts::Dataset>(ts::loadDataset(table.toStdString(), ts::LoadOptions()));
    QThread thread;
    auto* worker = new ts::TrainingWorker;
    worker->setDataset(data);
    worker->setRunsRoot(dir.filePath(QStringLiteral("runs")));
    worker->setPeerProgram(QStringLiteral(TS_CLI_PATH));
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QVector<int> rowCounts;
    connect(worker, &ts::TrainingWorker::processesUpdated, this,
            [&rowCounts](const QVector<ts::ProcessFigures>& p) { rowCounts << int(p.size()); });
    QSignalSpy finished(worker, &ts::TrainingWorker::finished);
    thread.start();
    ts::TrainConfig cfg = ts::testing::quickConfig("mlp", 2, 32);
    cfg.processes = 2;
    cfg.threads = 1;
    cfg.distTimeoutSec = kJoinTimeoutSec;
    QMetaObject::invokeMethod(worker, [worker, cfg] { worker->train(cfg); });
    QVERIFY(finished.wait(kRunWaitMs));
    thread.quit();
    QVERIFY(thread.wait(kRunWaitMs));
    const auto summary = finished.first().at(0).value<ts::RunSummary>();
    QVERIFY2(summary.status == ts::RunStatus::Finished, summary.message.c_str());
    QCOMPARE(summary.worldSize, 2);
    QVERIFY(!rowCounts.isEmpty());
    for (int rows : rowCounts) QCOMPARE(rows, 2);
    const ts::RunRecord run = ts::loadRun(finished.first().at(1).toString().toStdString(), false);
    QCOMPARE(run.worldSize, 2);
    QCOMPARE(run.distBackend, std::string("gloo"));
    QCOMPARE(int(run.processes.size()), 2);
    for (const ts::ProcessFigures& p : run.processes) QCOMPARE(p.state, std::string("finished"));
}

void TestPeerProcesses::workerWithoutTheCliFailsWithoutARunFolder() {
    QTemporaryDir dir;
    QThread thread;
    auto* worker = new ts::TrainingWorker;
    worker->setDataset(std::make_shared<ts::Dataset>(ts::testing::quadrantDataset(200, 20)));
    worker->setRunsRoot(dir.filePath(QStringLiteral("runs")));
    worker->setPeerProgram(dir.filePath(QStringLiteral("trainscope-cli")));  // not there
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QSignalSpy finished(worker, &ts::TrainingWorker::finished);
    thread.start();
    ts::TrainConfig cfg = ts::testing::quickConfig("mlp", 1, 32);
    cfg.processes = 2;
    QMetaObject::invokeMethod(worker, [worker, cfg] { worker->train(cfg); });
    QVERIFY(finished.wait(kRunWaitMs));
    thread.quit();
    QVERIFY(thread.wait(kRunWaitMs));
    const auto summary = finished.first().at(0).value<ts::RunSummary>();
    QCOMPARE(summary.status, ts::RunStatus::Failed);
    QVERIFY2(QString::fromStdString(summary.message).contains(QStringLiteral("trainscope-cli")), summary.message.c_str());
    QVERIFY(finished.first().at(1).toString().isEmpty());
    QVERIFY(!QDir(dir.filePath(QStringLiteral("runs"))).exists() ||
            QDir(dir.filePath(QStringLiteral("runs"))).isEmpty());
}

QTEST_MAIN(TestPeerProcesses)
#include "test_peer_processes.moc"
