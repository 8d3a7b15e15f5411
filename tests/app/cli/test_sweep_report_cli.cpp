// `trainscope-cli report SWEEP_DIR` end to end (issue 19): a tiny halving sweep made by the CLI, then its HTML report
// (the results table, the parallel-coordinates plot with one line per scored trial, the best trial's curves), its
// CSV and JSON exports, and its PDF when trainscope-report is built next to the CLI.
#include "core/common/Json.h"
#include "tests/support/CliProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <random>

namespace {

constexpr int kRows = 240;
constexpr int kRunTimeoutMs = 180000;
const QString kCli = QStringLiteral(TS_CLI_PATH);

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestSweepReportCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlReport();
    void csvAndJson();
    void pdfReport();

private:
    QTemporaryDir m_dir;
    QString m_sweep;
};

void TestSweepReportCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath("table.csv");
    std::ofstream csv(data.toStdString());
    csv << "a,b,label\n";
    std::mt19937 rng(5);
    std::normal_distribution<double> noise(0.0, 1.0);
    for (int r = 0; r < kRows; ++r) csv << (r % 3) + noise(rng) << ',' << noise(rng) << ',' << (r % 3) << '\n';
    csv.close();
    m_sweep = m_dir.filePath("tiny-sweep");
    const auto r = ts::testing::runProgram(
        kCli,
        {"sweep", "--data", data, "--preset", "mlp", "--epochs", "2", "--threads", "1", "--param", "lr=log:1e-4:1e-1",
         "--param", "optimizer=adam,sgd", "--strategy", "halving", "--trials", "4", "--eta", "2", "--out", m_sweep, "--quiet"},
        kRunTimeoutMs);
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestSweepReportCli::htmlReport() {
    const QString out = m_dir.filePath("report.html");
    const auto r = ts::testing::runProgram(kCli, {"report", m_sweep, "-o", out}, kRunTimeoutMs);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("report written to"));
    const QString html = QString::fromUtf8(readAll(out));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("TrainScope sweep: tiny-sweep"));
    QVERIFY(html.contains("<section id=\"results\">"));
    QVERIFY(html.contains(">lr (log)<"));
    QVERIFY(html.contains(">optimizer<"));
    QCOMPARE(html.count("<polyline class=\"trial\""), 4);  // every trial of a finished halving sweep has an objective
    QVERIFY(html.contains("<h2>Best trial: "));
    QVERIFY(html.contains("aria-label=\"Loss"));
    QVERIFY(!html.contains("Note: the best trial's curves are missing"));
}

void TestSweepReportCli::csvAndJson() {
    const QString csv = m_dir.filePath("results.csv");
    QCOMPARE(ts::testing::runProgram(kCli, {"report", m_sweep, "-o", csv}, kRunTimeoutMs).code, 0);
    const QStringList lines = QString::fromUtf8(readAll(csv)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("rank,trial,status,rung,rounds,objective,lr,optimizer,seconds,run_dir,message"));
    QVERIFY(lines[1].startsWith("1,"));

    const QString json = m_dir.filePath("results.json");
    QCOMPARE(ts::testing::runProgram(kCli, {"report", m_sweep, "--format", "json", "-o", json}, kRunTimeoutMs).code, 0);
    const ts::Json doc = ts::Json::parse(readAll(json).toStdString());
    QCOMPARE(doc["trials"].size(), size_t(4));
    QCOMPARE(doc["definition"]["strategy"].string(), std::string("halving"));
    QVERIFY(doc["summary"]["best_trial"].integer() >= 1);
}

void TestSweepReportCli::pdfReport() {
    if (!QFileInfo(QFileInfo(kCli).dir().filePath("trainscope-report")).isExecutable())
        QSKIP("trainscope-report is not built (TRAINSCOPE_BUILD_GUI=OFF)");
    const QString pdf = m_dir.filePath("report.pdf");
    const auto r = ts::testing::runProgram(kCli, {"report", m_sweep, "-o", pdf}, kRunTimeoutMs);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(readAll(pdf).startsWith("%PDF"));
}

QTEST_GUILESS_MAIN(TestSweepReportCli)
#include "test_sweep_report_cli.moc"
