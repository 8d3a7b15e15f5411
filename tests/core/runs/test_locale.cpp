// Files never depend on the process locale: a short training, its run folder, TensorBoard events and every
// report format, written while the C library's locale writes decimal commas (de_DE.UTF-8, as a Qt app on a
// German desktop has it), all read back with every number intact.
#include "core/common/Json.h"
#include "core/common/Numbers.h"
#include "core/data/Dataset.h"
#include "core/report/Report.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/runs/TensorBoardWriter.h"
#include "core/train/FanOutObserver.h"
#include "core/train/Trainer.h"
#include "support/Fixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <clocale>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// What printf makes of 0.5 in the current C locale.
std::string printfHalf() {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%g", 0.5);
    return buf;
}

/// A decimal-comma locale for this process: de_DE.UTF-8 if installed, else one compiled with localedef into
/// `scratch` (no root needed: glibc reads LOCPATH on every setlocale). "" when neither works.
QString useDecimalCommaLocale(const QString& scratch) {
    for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8"})
        if (std::setlocale(LC_ALL, name)) return QString::fromLatin1(name);
    QProcess localedef;
    localedef.start(QStringLiteral("localedef"),
                    {QStringLiteral("-i"), QStringLiteral("de_DE"), QStringLiteral("-f"), QStringLiteral("UTF-8"),
                     scratch + QStringLiteral("/de_DE.UTF-8")});
    if (!localedef.waitForFinished(120000) || localedef.exitCode() > 1) return {};  // 1 = warnings only
    ::setenv("LOCPATH", scratch.toLocal8Bit().constData(), 1);
    if (std::setlocale(LC_ALL, "de_DE.UTF-8")) return QStringLiteral("de_DE.UTF-8 (compiled with localedef)");
    return {};
}

}  // namespace

class TestLocale : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void numbersIgnoreTheLocale();
    void runAndReportsSurviveADecimalCommaLocale();

private:
    QTemporaryDir m_scratch;
    QString m_locale;
};

void TestLocale::initTestCase() {
    QVERIFY(m_scratch.isValid());
    m_locale = useDecimalCommaLocale(m_scratch.path());
    if (m_locale.isEmpty())
        QSKIP("SKIPPED: no decimal-comma locale could be set or generated (install the 'locales' package)");
    if (printfHalf() != "0,5")
        QSKIP(qPrintable(QStringLiteral("SKIPPED: locale %1 does not write a decimal comma").arg(m_locale)));
    qInfo("running under %s: printf writes 0.5 as %s", qPrintable(m_locale), printfHalf().c_str());
}

void TestLocale::cleanupTestCase() { std::setlocale(LC_ALL, "C"); }

void TestLocale::numbersIgnoreTheLocale() {
    QCOMPARE(ts::formatShortest(0.002), std::string("0.002"));
    QCOMPARE(ts::formatFixed(1.25, 3), std::string("1.250"));
    QCOMPARE(ts::formatSignificant(1234.5678, 4), std::string("1235"));
    QCOMPARE(ts::formatC("%.2f|%g", 0.5, 1e-5), std::string("0.50|1e-05"));
    QCOMPARE(printfHalf(), std::string("0,5"));  // the switch inside formatC did not leak
    double d = 0;
    QVERIFY(ts::parseDouble("0.002", d));
    QCOMPARE(d, 0.002);
    QVERIFY(!ts::parseDouble("0,002", d));
    const ts::Json j = ts::Json::parse(R"({"lr": 0.002, "seed": 18446744073709551615})");
    QCOMPARE(j["lr"].number(), 0.002);
    QCOMPARE(j["seed"].unsignedInteger(), uint64_t(18446744073709551615ull));
    QCOMPARE(ts::Json(0.002).dump(), std::string("0.002"));
}

void TestLocale::runAndReportsSurviveADecimalCommaLocale() {
    const fs::path dir = fs::path(m_scratch.path().toStdString()) / "run";
    ts::TrainConfig cfg = ts::testing::quickConfig("mlp", 2, 16);
    cfg.lr = 0.002;
    cfg.valFraction = 0.2;
    const ts::Dataset ds = ts::testing::quadrantDataset(160, 40);
    ts::RunSummary summary;
    {
        ts::RunWriter writer(dir.string(), cfg, ts::describeDataset(ds, cfg.valFraction));
        ts::TensorBoardWriter events(dir.string());
        ts::FanOutObserver fan({&writer, &events});
        ts::RunControl control;
        ts::TrainOptions options;
        options.checkpointDir = dir.string();
        summary = ts::train(cfg, ds, fan, control, options);
        QCOMPARE(writer.error(), std::string());
        QCOMPARE(events.error(), std::string());
    }
    QCOMPARE(int(summary.status), int(ts::RunStatus::Finished));

    // Every JSON file parses, and the run reads back as finished with its numbers exact.
    for (const char* name : {"run.json", "status.json", "summary.json"})
        QVERIFY2(!ts::Json::parse(slurp(dir / name)).isNull(), name);
    const ts::RunRecord run = ts::loadRun(dir.string());
    QVERIFY2(run.warnings.empty(), run.warnings.empty() ? "" : run.warnings.front().c_str());
    QCOMPARE(run.status, std::string("finished"));
    QCOMPARE(run.config.lr, 0.002);
    QCOMPARE(run.epochs.size(), summary.epochs.size());
    QCOMPARE(run.epochs.back().val.loss, summary.epochs.back().val.loss);
    QCOMPARE(run.epochs.back().trainLoss, summary.epochs.back().trainLoss);
    QVERIFY(!run.batches.empty());
    // metrics.csv keeps its column count on every line: no number brought a comma of its own.
    std::istringstream csv(slurp(dir / "metrics.csv"));
    std::string line;
    std::getline(csv, line);
    const auto columns = std::count(line.begin(), line.end(), ',');
    while (std::getline(csv, line)) QCOMPARE(std::count(line.begin(), line.end(), ','), columns);

    // Reports in every text format come out byte for byte as they do in the C locale.
    const ts::ReportEnvironment env = ts::currentEnvironment();
    const std::string html = ts::reportHtml(ts::buildReportContent(run, env));
    const std::string reportCsv = ts::reportCsv(run);
    const std::string reportJson = ts::reportJson(run, env);
    ts::writeReport(run, ts::ReportFormat::Json, (dir / "report.json").string());
    const std::string current = std::setlocale(LC_ALL, nullptr);
    std::setlocale(LC_ALL, "C");
    const bool sameHtml = html == ts::reportHtml(ts::buildReportContent(run, env));
    const bool sameCsv = reportCsv == ts::reportCsv(run);
    const bool sameJson = reportJson == ts::reportJson(run, env);
    std::setlocale(LC_ALL, current.c_str());
    QVERIFY(sameHtml);
    QVERIFY(sameCsv);
    QVERIFY(sameJson);
    QVERIFY(html.find("0.002") != std::string::npos);  // the learning rate in the configuration table
    QCOMPARE(ts::Json::parse(reportJson)["config"]["lr"].number(), 0.002);
    QCOMPARE(ts::Json::parse(slurp(dir / "report.json"))["config"]["lr"].number(), 0.002);

    // TensorBoard records: binary, framed and checksummed; every record's CRCs hold.
    bool foundEvents = false;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().filename().string().rfind("events.out.tfevents.", 0) != 0) continue;
        foundEvents = true;
        const std::string bytes = slurp(e.path());
        size_t at = 0, records = 0;
        while (at + 12 <= bytes.size()) {
            uint64_t len = 0;
            std::memcpy(&len, bytes.data() + at, 8);
            QVERIFY(at + 12 + len + 4 <= bytes.size());
            uint32_t dataCrc = 0;
            std::memcpy(&dataCrc, bytes.data() + at + 12 + len, 4);
            QCOMPARE(dataCrc, ts::maskedCrc32c(bytes.data() + at + 12, size_t(len)));
            at += 12 + len + 4;
            ++records;
        }
        QCOMPARE(at, bytes.size());
        QVERIFY(records > 2);
    }
    QVERIFY(foundEvents);
    QVERIFY(printfHalf() == "0,5");  // still under the decimal-comma locale: nothing switched it back
}

QTEST_GUILESS_MAIN(TestLocale)
#include "test_locale.moc"
