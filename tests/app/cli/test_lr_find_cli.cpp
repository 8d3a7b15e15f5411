// trainscope-cli lr-find end to end: its help, usage errors, a short test on a small table with its record,
// and the refusal to write into a run's folder.
#include "core/common/Json.h"
#include "support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <random>

namespace {

constexpr int kTimeoutMs = 300000;
constexpr int kRows = 240;
constexpr int kFeatures = 4;

using Result = ts::testing::CliResult;

Result runCli(const QStringList& args) { return ts::testing::runProgram(QStringLiteral(TS_CLI_PATH), args, kTimeoutMs); }

/// A CSV table of two classes told apart by the sign of the first feature's mean.
QString writeTable(const QString& dir) {
    const QString path = dir + "/table.csv";
    std::ofstream out(path.toStdString());
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 1.0);
    out << "a,b,c,d,label\n";
    for (int i = 0; i < kRows; ++i) {
        const int label = i % 2;
        for (int f = 0; f < kFeatures; ++f) out << (f == 0 ? (label ? 1.5 : -1.5) : 0.0) + noise(rng) << ",";
        out << (label ? "yes" : "no") << "\n";
    }
    return path;
}

}  // namespace

class TestLrFindCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void help();
    void usageErrors_data();
    void usageErrors();
    void writesTheRecord();
    void neverWritesIntoARun();
};

void TestLrFindCli::help() {
    const Result r = runCli({"lr-find", "--help"});
    QCOMPARE(r.code, 0);
    for (const char* option : {"--data", "--preset", "--start", "--end", "--steps", "--out", "--batch-size", "--threads"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY(runCli({"--help"}).out.contains(QStringLiteral("lr-find")));
}

void TestLrFindCli::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no data") << QStringList{"lr-find"} << "--data PATH is required";
    QTest::newRow("few steps") << QStringList{"lr-find", "--data", "x", "--steps", "3"} << "steps must be between";
    QTest::newRow("end below start") << QStringList{"lr-find", "--data", "x", "--start", "1", "--end", "0.1"}
                                     << "end rate";
    QTest::newRow("bad number") << QStringList{"lr-find", "--data", "x", "--start", "tiny"} << "--start";
    QTest::newRow("unknown preset") << QStringList{"lr-find", "--data", "x", "--preset", "huge"} << "huge";
}

void TestLrFindCli::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = runCli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestLrFindCli::writesTheRecord() {
    QTemporaryDir tmp;
    const QString table = writeTable(tmp.path());
    const QString out = tmp.path() + "/record";
    const Result r = runCli({"lr-find", "--data", table, "--preset", "mlp", "--steps", "40", "--start", "1e-5",
                             "--end", "10", "--batch-size", "16", "--threads", "1", "--device", "cpu", "--out", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("suggested learning rate")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("steepest descent")));
    QFile json(out + "/lr-find.json");
    QVERIFY(json.open(QIODevice::ReadOnly));
    const ts::Json j = ts::Json::parse(json.readAll().toStdString());
    QCOMPARE(j["preset"].string(), std::string("mlp"));
    QCOMPARE(j["steps"].integer(), int64_t(40));
    QVERIFY(j["lrs"].size() > 10 && j["lrs"].size() <= 40);
    QCOMPARE(j["losses"].size(), j["lrs"].size());
    QCOMPARE(j["smoothed"].size(), j["lrs"].size());
    QVERIFY(j["suggested_lr"].number() > 1e-5 && j["suggested_lr"].number() < 10.0);
    QVERIFY(QFile::exists(out + "/lr-find.svg"));
    // Nothing else: no checkpoint, no run files.
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList({"lr-find.json", "lr-find.svg"}));
}

void TestLrFindCli::neverWritesIntoARun() {
    QTemporaryDir tmp;
    const QString table = writeTable(tmp.path());
    QFile run(tmp.path() + "/run.json");
    QVERIFY(run.open(QIODevice::WriteOnly));
    run.write("{}");
    run.close();
    const Result r = runCli({"lr-find", "--data", table, "--out", tmp.path()});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("holds a run")), qPrintable(r.err));
    QVERIFY(!QFile::exists(tmp.path() + "/lr-find.json"));
}

QTEST_GUILESS_MAIN(TestLrFindCli)
#include "test_lr_find_cli.moc"
