// `trainscope-cli sweep` end to end (issue 19) on a small table: a successive-halving sweep, two trials at a time,
// prunes and promotes as planned, leaves every trial as an ordinary run, and writes HParams summaries that an independent decoder
// (bench/check_hparams.py) reads back; a random sweep killed with SIGKILL after its second trial
// resumes with --resume, never touching a finished trial, and ends with a complete results table.
#include "core/common/Json.h"
#include "tests/support/CliProcess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <fstream>
#include <random>

namespace {

constexpr int kRows = 300;
constexpr int kRunTimeoutMs = 180000;
constexpr int kPollMs = 50;
const QString kCli = QStringLiteral(TS_CLI_PATH);

ts::Json readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return ts::Json();
    return ts::Json::parse(f.readAll().toStdString());
}

/// Trials of the sweep in `dir` with the given status (sweep.json).
int trialsWithStatus(const QString& dir, const std::string& status) {
    const ts::Json sweep = readJson(dir + "/sweep.json");
    int n = 0;
    for (size_t i = 0; i < sweep["trials"].size(); ++i) n += sweep["trials"][i]["status"].string() == status;
    return n;
}

}  // namespace

class TestSweepCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void halvingPrunesAndPromotes();
    void killedSweepResumesWithoutRepeating();
    void configFileSetsTheBase();

private:
    QTemporaryDir m_dir;
    QString m_data;
};

void TestSweepCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath("table.csv");
    std::ofstream csv(m_data.toStdString());
    csv << "a,b,c,label\n";
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 1.0);
    for (int r = 0; r < kRows; ++r) csv << (r % 3) + noise(rng) << ',' << noise(rng) << ',' << (r % 2) << ',' << (r % 3) << '\n';
}

void TestSweepCli::halvingPrunesAndPromotes() {
    const QString out = m_dir.filePath("halving");
    const auto r = ts::testing::runProgram(
        kCli,
        {"sweep", "--data", m_data, "--preset", "mlp", "--epochs", "4", "--threads", "1", "--param", "lr=log:1e-4:1e-1",
         "--strategy", "halving", "--trials", "4", "--eta", "2", "--min-rounds", "1", "--parallel", "2", "--out", out,
         "--quiet"},
        kRunTimeoutMs);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("<- best"));
    const ts::Json sweep = readJson(out + "/sweep.json");
    QCOMPARE(sweep["halving"]["rung_budgets"].size(), size_t(3));  // 1, 2, 4 epochs
    QCOMPARE(trialsWithStatus(out, "finished"), 1);
    QCOMPARE(trialsWithStatus(out, "pruned"), 3);
    // The winner trained all 4 epochs as one run, continued from its checkpoints; a pruned trial stopped early.
    const int best = int(sweep["best_trial"].integer());
    const QString winner = out + QString("/trial-%1").arg(best, 3, 10, QChar('0'));
    QCOMPARE(readJson(winner + "/status.json")["status"].string(), std::string("finished"));
    QCOMPARE(readJson(winner + "/summary.json")["epochs"].size(), size_t(4));
    int pausedRuns = 0;
    for (int t = 1; t <= 4; ++t) {
        const ts::Json status = readJson(out + QString("/trial-%1/status.json").arg(t, 3, 10, QChar('0')));
        if (status["status"].string() == "stopped") {
            QVERIFY(status["message"].string().find("paused after") != std::string::npos);
            ++pausedRuns;
        }
    }
    QCOMPARE(pausedRuns, 3);
    QVERIFY(readJson(winner + "/meta.json")["tags"].dump().find("sweep:halving") != std::string::npos);
    const auto check = ts::testing::runProgram("python3", {QStringLiteral(TS_SOURCE_DIR) + "/bench/check_hparams.py", out},
                                               kRunTimeoutMs);
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    QVERIFY(check.out.contains("lr             FLOAT64  (0.0001, 0.1)"));
}

void TestSweepCli::killedSweepResumesWithoutRepeating() {
    const QString out = m_dir.filePath("random");
    const QStringList args = {"sweep", "--data", m_data, "--preset", "mlp", "--epochs", "3", "--threads", "1",
                              "--param", "lr=log:1e-3:1e-1", "--param", "batch_size=32,64", "--trials", "5",
                              "--out", out, "--quiet"};
    QProcess p;
    p.start(kCli, args);
    QVERIFY(p.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    while (trialsWithStatus(out, "finished") < 2 && clock.elapsed() < kRunTimeoutMs) QThread::msleep(kPollMs);
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished());
    const int finishedBefore = trialsWithStatus(out, "finished");
    QVERIFY(finishedBefore >= 2 && finishedBefore < 5);
    const QDateTime firstWritten = QFileInfo(out + "/trial-001/summary.json").lastModified();

    const auto r = ts::testing::runProgram(kCli, {"sweep", "--resume", out, "--quiet"}, kRunTimeoutMs);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(trialsWithStatus(out, "finished"), 5);
    QVERIFY(!r.out.contains("trial 1/5"));  // never trained again
    QCOMPARE(QFileInfo(out + "/trial-001/summary.json").lastModified(), firstWritten);
    QVERIFY(QDir(out).entryList({"*.replaced-*"}, QDir::Dirs).isEmpty());  // a trial killed early restarts in place
    QFile csv(out + "/trials.csv");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), qsizetype(6));  // the header and one row per trial
    for (qsizetype i = 1; i < rows.size(); ++i) QVERIFY(rows[i].contains(",finished,"));
}

void TestSweepCli::configFileSetsTheBase() {
    // A trial's run.json (batch 32, 3 epochs, the table) is the base of a new sweep, data set included.
    const QString base = m_dir.filePath("random/trial-001/run.json");
    QVERIFY(QFileInfo::exists(base));
    const QString out = m_dir.filePath("from-config");
    const auto r = ts::testing::runProgram(kCli,
                                           {"sweep", "--config", base, "--epochs", "1", "--param", "lr=0.001,0.01",
                                            "--strategy", "grid", "--out", out, "--quiet"},
                                           kRunTimeoutMs);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const ts::Json sweep = readJson(out + "/sweep.json");
    QCOMPARE(sweep["config"]["epochs"].integer(), int64_t(1));  // the command line overrides the file
    QCOMPARE(sweep["config"]["batch_size"].integer(), readJson(base)["config"]["batch_size"].integer());
    QCOMPARE(sweep["dataset"]["path"].string(), readJson(base)["dataset"]["path"].string());
    QCOMPARE(trialsWithStatus(out, "finished"), 2);
}

QTEST_GUILESS_MAIN(TestSweepCli)
#include "test_sweep_cli.moc"
