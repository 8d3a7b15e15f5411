// Reports (core/report), their files: the CSV and JSON exports of a run and of an evaluation checked against
// the run folder (written by the real RunWriter, read back with loadRun) and the evaluation, writing atomically,
// and clear errors for places that cannot be written. The HTML and SVG content: test_report.cpp.
#include "core/common/Json.h"
#include "core/eval/EvaluationIO.h"
#include "core/report/Report.h"
#include "ReportTestData.h"
#include "support/FileSnapshot.h"
#include "support/TestFiles.h"
#include "support/ErrorOf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using namespace ts::testing;

class TestReportExports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvMatchesRun();
    void jsonMatchesRun();
    void unwritableDestination_data();
    void unwritableDestination();
    void replacesAnExistingReport();
    void evaluationCsvMatches();
    void evaluationJsonMatches();
    void evaluationToUnwritablePlace();
    void evaluationToReadOnlyFolder();
    void evaluationFolderReports();
};

void TestReportExports::csvMatchesRun() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path(), 3, 40));
    const QString out = tmp.filePath(QStringLiteral("metrics-export.csv"));
    writeReport(run, ReportFormat::Csv, out.toStdString());
    const auto rows = csvRows(readText(out));
    QVERIFY(!rows.empty());
    const auto& header = rows.front();
    QCOMPARE(header.size(), size_t(28));
    auto col = [&](const char* name) {
        const auto it = std::find(header.begin(), header.end(), name);
        return size_t(it - header.begin());
    };
    size_t batches = 0, epochs = 0, classes = 0, cells = 0, tests = 0;
    for (size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        QCOMPARE(row.size(), header.size());
        const std::string& kind = row[col("kind")];
        if (kind == "batch") {
            const BatchMetrics& b = run.batches[batches++];
            QCOMPARE(std::stoll(row[col("step")]), b.step);
            QCOMPARE(std::stod(row[col("loss")]), b.loss);
            QCOMPARE(std::stod(row[col("lr")]), b.lr);
        } else if (kind == "epoch") {
            const EpochMetrics& e = run.epochs[epochs++];
            QCOMPARE(std::stoi(row[col("epoch")]), e.epoch);
            QCOMPARE(row[col("set")], std::string("validation"));
            QCOMPARE(std::stod(row[col("eval_accuracy")]), e.val.accuracy);
            QCOMPARE(std::stod(row[col("train_loss")]), e.trainLoss);
            QCOMPARE(std::stod(row[col("macro_f1")]), e.val.macro.f1);
        } else if (kind == "class") {
            ++classes;
            if (row[col("set")] == "test") {
                const size_t c = size_t(std::find(kClasses.begin(), kClasses.end(), row[col("class")]) - kClasses.begin());
                QVERIFY(c < kClasses.size());
                QCOMPARE(std::stod(row[col("f1")]), run.test.perClass[c].f1);
            }
        } else if (kind == "confusion") {
            ++cells;
            const int epoch = row[col("epoch")].empty() ? 0 : std::stoi(row[col("epoch")]);
            const EvalMetrics& m = epoch ? run.epochs[size_t(epoch - 1)].val : run.test;
            const int t = int(std::find(kClasses.begin(), kClasses.end(), row[col("true_class")]) - kClasses.begin());
            const int p = int(std::find(kClasses.begin(), kClasses.end(), row[col("predicted_class")]) - kClasses.begin());
            QCOMPARE(std::stoll(row[col("count")]), m.confusion.at(t, p));
        } else if (kind == "test") {
            ++tests;
            QCOMPARE(std::stod(row[col("eval_accuracy")]), run.test.accuracy);
            QCOMPARE(std::stod(row[col("weighted_f1")]), run.test.weighted.f1);
        } else {
            QFAIL(("unexpected kind " + kind).c_str());
        }
    }
    QCOMPARE(batches, size_t(120));
    QCOMPARE(epochs, size_t(3));
    QCOMPARE(classes, size_t(3 * 3 + 3));  // 3 epochs + test, 3 classes each
    QCOMPARE(cells, size_t(4 * 9));
    QCOMPARE(tests, size_t(1));
}

void TestReportExports::jsonMatchesRun() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path(), 3, 40));
    const QString out = tmp.filePath(QStringLiteral("history.json"));
    writeReport(run, ReportFormat::Json, out.toStdString());
    const Json j = Json::parse(readText(out));
    QCOMPARE(j["format"].string(), std::string("trainscope-report"));
    QCOMPARE(j["run"]["status"].string(), run.status);
    QCOMPARE(j["config"]["optimizer"].string(), std::string("adamw"));
    QCOMPARE(j["dataset"]["name"].string(), std::string("Tiny"));
    QCOMPARE(j["environment"]["libtorch_version"].string(), torchVersion());
    QCOMPARE(j["steps"].size(), run.batches.size());
    for (size_t i = 0; i < run.batches.size(); ++i) {
        QCOMPARE(j["steps"][i]["step"].integer(), run.batches[i].step);
        QCOMPARE(j["steps"][i]["loss"].number(), run.batches[i].loss);
        QCOMPARE(j["steps"][i]["lr"].number(), run.batches[i].lr);
    }
    QCOMPARE(j["epochs"].size(), size_t(3));
    for (size_t e = 0; e < 3; ++e) {
        const Json& val = j["epochs"][e]["val"];
        QCOMPARE(val["accuracy"].number(), run.epochs[e].val.accuracy);
        for (int t = 0; t < 3; ++t)
            for (int p = 0; p < 3; ++p)
                QCOMPARE(val["confusion_matrix"][size_t(t)][size_t(p)].integer(), run.epochs[e].val.confusion.at(t, p));
    }
    QCOMPARE(j["test"]["accuracy"].number(), run.test.accuracy);
    QCOMPARE(j["test"]["class_names"][2].string(), std::string("A<B&C"));
}

void TestReportExports::unwritableDestination_data() {
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("absolute");
    QTest::addColumn<QString>("mentions");
    // Tests run as root, where chmod does not stop writes: use paths no one can create.
    QTest::newRow("below a file") << QStringLiteral("plain.txt/sub/report.html") << QString()
                                  << QStringLiteral("does not exist");
    QTest::newRow("folder is a file") << QStringLiteral("plain.txt/report.csv") << QString()
                                      << QStringLiteral("is a file, not a folder");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/report.json") << QString()
                                    << QStringLiteral("does not exist");
    QTest::newRow("name is a folder") << QStringLiteral("taken.html") << QString() << QStringLiteral("folder with that name");
    QTest::newRow("proc") << QString() << QStringLiteral("/proc/self/trainscope-report.html") << QString();
}

void TestReportExports::unwritableDestination() {
    QFETCH(QString, relative);
    QFETCH(QString, absolute);
    QFETCH(QString, mentions);
    QTemporaryDir tmp;
    const std::string runDir = writeRun(tmp.path(), 2, 10);
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("plain.txt")), "keep me"));
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("taken.html")));
    const QMap<QString, QByteArray> before = snapshot(tmp.path());

    const QString path = absolute.isEmpty() ? tmp.filePath(relative) : absolute;
    const RunRecord run = loadRun(runDir);
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
        const QString message = errorOf([&] { writeReport(run, f, path.toStdString()); });
        QVERIFY2(message.contains(path), qPrintable(message));
        if (!mentions.isEmpty()) QVERIFY2(message.contains(mentions), qPrintable(message));
    }
    // Nothing was created or changed: no partial report, no temporary file, the run untouched.
    QCOMPARE(snapshot(tmp.path()), before);
}

void TestReportExports::replacesAnExistingReport() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path(), 2, 10));
    const QString out = tmp.filePath(QStringLiteral("r.csv"));
    QVERIFY(writeFile(out, "old contents"));
    writeReport(run, ReportFormat::Csv, out.toStdString());
    QCOMPARE(readText(out), reportCsv(run));
    QVERIFY(!QFile::exists(out + QStringLiteral(".tmp")));
}

void TestReportExports::evaluationCsvMatches() {
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    const QString out = tmp.filePath(QStringLiteral("evaluation.csv"));
    writeEvaluationReport(r, ReportFormat::Csv, out.toStdString());
    const auto rows = csvRows(readText(out));
    QCOMPARE(rows.size(), size_t(1 + 2 * (3 + 3)));  // header; per set: 3 classes, macro, weighted, overall
    const auto& header = rows.front();
    auto col = [&](const char* name) {
        const auto it = std::find(header.begin(), header.end(), name);
        return size_t(it - header.begin());
    };
    QVERIFY(col("flagged") < header.size() && col("delta_f1") < header.size() && col("ece") < header.size());
    int classes = 0, baselineClasses = 0, overall = 0;
    for (size_t i = 1; i < rows.size(); ++i) {
        const auto& row = rows[i];
        QCOMPARE(row.size(), header.size());
        const std::string& kind = row[col("kind")];
        const bool eval = row[col("set")] == "evaluation";
        QVERIFY(eval || row[col("set")] == "baseline");
        const EvalMetrics& m = eval ? r.metrics : r.comparison.baseline;
        if (kind == "class") {
            ++(eval ? classes : baselineClasses);
            const size_t c = size_t(std::find(kClasses.begin(), kClasses.end(), row[col("class")]) - kClasses.begin());
            QVERIFY(c < kClasses.size());
            QCOMPARE(std::stod(row[col("f1")]), m.perClass[c].f1);
            QCOMPARE(std::stoll(row[col("support")]), m.perClass[c].support);
            if (eval) {
                const ClassDelta& d = r.comparison.classes[c];
                QCOMPARE(row[col("flagged")], std::string(d.flagged ? "1" : "0"));
                QCOMPARE(std::stod(row[col("delta_f1")]), d.currentF1 - d.baselineF1);
            } else {
                QVERIFY(row[col("flagged")].empty());
            }
        } else if (kind == "macro") {
            QCOMPARE(std::stod(row[col("f1")]), m.macro.f1);
        } else if (kind == "weighted") {
            QCOMPARE(std::stod(row[col("precision")]), m.weighted.precision);
        } else if (kind == "overall") {
            ++overall;
            QCOMPARE(std::stod(row[col("accuracy")]), m.accuracy);
            QCOMPARE(std::stod(row[col("loss")]), m.loss);
            QCOMPARE(std::stoll(row[col("support")]), m.confusion.total());
            if (eval) QCOMPARE(std::stod(row[col("ece")]), r.calibration.ece);
            else QVERIFY(row[col("ece")].empty());
        } else {
            QFAIL(("unexpected kind " + kind).c_str());
        }
    }
    QCOMPARE(classes, 3);
    QCOMPARE(baselineClasses, 3);
    QCOMPARE(overall, 2);
    // Without a comparison only the evaluation's rows.
    EvaluationResult alone = r;
    alone.comparison = BaselineComparison();
    QCOMPARE(csvRows(evaluationReportCsv(alone)).size(), size_t(1 + 6));
}

void TestReportExports::evaluationJsonMatches() {
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    const QString out = tmp.filePath(QStringLiteral("evaluation-report.json"));
    writeEvaluationReport(r, ReportFormat::Json, out.toStdString());
    const Json j = Json::parse(readText(out));
    QCOMPARE(j["metrics"]["accuracy"].number(), r.metrics.accuracy);
    QCOMPARE(j["calibration"]["ece"].number(), r.calibration.ece);
    QCOMPARE(j["drift"]["class_psi"].number(), r.drift.classPsi);
    QCOMPARE(j["model"]["path"].string(), r.modelPath);
    QCOMPARE(j["environment"]["libtorch_version"].string(), torchVersion());
    QVERIFY(!j["report_generated_at"].string().empty());
    // Everything of evaluation.json's document is there.
    const Json plain = toJson(r);
    for (const auto& member : plain.object()) QVERIFY2(j.contains(member.first), member.first.c_str());
}

void TestReportExports::evaluationToUnwritablePlace() {
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("plain.txt")), "keep me"));
    const QMap<QString, QByteArray> before = snapshot(tmp.path());
    for (const QString& path : {tmp.filePath(QStringLiteral("plain.txt/report.html")),
                                tmp.filePath(QStringLiteral("missing/report.csv"))}) {
        for (ReportFormat f : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
            const QString message = errorOf([&] { writeEvaluationReport(r, f, path.toStdString()); });
            QVERIFY2(message.contains(path), qPrintable(message));
        }
    }
    QCOMPARE(snapshot(tmp.path()), before);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             writeEvaluationReport(r, ReportFormat::Pdf, tmp.filePath(QStringLiteral("r.pdf")).toStdString()));
}

void TestReportExports::evaluationToReadOnlyFolder() {
    if (::geteuid() == 0) QSKIP("running as root: a read-only folder does not stop root's writes");
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    const QString locked = tmp.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("locked")));
    QVERIFY(::chmod(locked.toLocal8Bit().constData(), 0555) == 0);
    const QString path = QDir(locked).filePath(QStringLiteral("report.html"));
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
        const QString message = errorOf([&] { writeEvaluationReport(r, f, path.toStdString()); });
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
    }
    QVERIFY(QDir(locked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    ::chmod(locked.toLocal8Bit().constData(), 0755);
}

void TestReportExports::evaluationFolderReports() {
    // What `report EVAL_DIR` does: an evaluation folder written and read back reports the same content.
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    const std::string dir = tmp.filePath(QStringLiteral("eval")).toStdString();
    writeEvaluation(dir, r);
    const EvaluationResult loaded = loadEvaluation(dir);
    const ReportContent a = buildEvaluationReportContent(r, currentEnvironment());
    const ReportContent b = buildEvaluationReportContent(loaded, currentEnvironment());
    QCOMPARE(b.title, a.title);
    QCOMPARE(b.perClass.rows, a.perClass.rows);
    QCOMPARE(b.perClass.flaggedRows, a.perClass.flaggedRows);
    QCOMPARE(b.finalMetrics.rows, a.finalMetrics.rows);
    QCOMPARE(b.driftVerdict, a.driftVerdict);
    QCOMPARE(b.driftFeatures.rows, a.driftFeatures.rows);
    QCOMPARE(b.reliabilitySvg, a.reliabilitySvg);
    QCOMPARE(b.confidenceSvg, a.confidenceSvg);
    QCOMPARE(b.confusionSvg, a.confusionSvg);
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
        const QString out = tmp.filePath(QStringLiteral("report.") + QString::fromLatin1(reportFormatName(f)));
        writeEvaluationReport(loaded, f, out.toStdString());
        QVERIFY(QFileInfo(out).size() > 100);
    }
    QCOMPARE(readText(tmp.filePath(QStringLiteral("report.csv"))), evaluationReportCsv(r));
}

QTEST_GUILESS_MAIN(TestReportExports)
#include "test_report_exports.moc"
