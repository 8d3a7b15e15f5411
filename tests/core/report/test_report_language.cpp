// Reports in the reader's language (issue 20): ReportPhrases and fillIn, every phrase of the run, evaluation and sweep
// reports passing through the translator (a pseudo-translation marks each one), and a Chinese report keeping its
// numbers as they are. The English default stays as the other report tests pin it (test_report.cpp and friends).
#include "core/report/Report.h"
#include "core/report/ReportPhrases.h"
#include "core/report/SweepReport.h"
#include "ReportTestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <fstream>
#include <map>
#include <string>

using namespace ts;
using namespace ts::testing;

namespace {

constexpr const char* kOpenMark = "\u27e6";   // ⟦ and ⟧ around every pseudo-translated phrase
constexpr const char* kCloseMark = "\u27e7";
const std::string kPseudoLanguage = "x-pseudo";

/// Every phrase marked ⟦like this⟧, its %1 markers kept, so a phrase that bypasses the translator stands out.
ReportPhrases pseudoPhrases() {
    return ReportPhrases(kPseudoLanguage, [](const char*, const char* english) {
        return std::string(kOpenMark) + english + kCloseMark;
    });
}

/// A few phrases in Chinese, the rest left to the English fallback (as a lookup without a translation does).
ReportPhrases somePhrasesInChinese() {
    static const std::map<std::string, std::string> kChinese = {
        {"Final metrics", "最终指标"}, {"Training curves", "训练曲线"}, {"Accuracy", "准确率"},
        {"TrainScope report: %1", "TrainScope 报告：%1"}, {"Test set (%1 samples)", "测试集（%1 个样本）"}};
    return ReportPhrases("zh-CN", [](const char*, const char* english) {
        const auto it = kChinese.find(english);
        return it == kChinese.end() ? std::string() : it->second;
    });
}

bool marked(const std::string& text) { return text.find(kOpenMark) != std::string::npos; }

/// A fixed machine, so that a report's bytes depend on its run alone.
ReportEnvironment fixedEnvironment() {
    ReportEnvironment e;
    e.trainscopeVersion = "0.1.0";
    e.torchVersion = "2.0.0";
    e.cpuName = "Test CPU";
    e.cpuCores = 4;
    e.hostName = "host";
    e.os = "Linux 6.1.0 x86_64";
    return e;
}

/// Fails when `text` differs from the golden file `name` (tests/support/data/report-golden), naming the first
/// differing byte; with TS_UPDATE_GOLDEN=1 in the environment it writes the file instead. The golden English reports
/// were made by the code before reports could be translated (identical output, checked on real runs).
void compareWithGolden(const std::string& text, const QString& name) {
    const QString path = QStringLiteral(TS_TEST_DATA_DIR "/report-golden/") + name;
    if (qEnvironmentVariableIntValue("TS_UPDATE_GOLDEN") == 1) {
        std::ofstream(path.toStdString(), std::ios::binary) << text;
        return;
    }
    const std::string golden = readText(path);
    QVERIFY2(!golden.empty(), qPrintable(path + QStringLiteral(" is missing")));
    const auto diff = std::mismatch(text.begin(), text.end(), golden.begin(), golden.end());
    QVERIFY2(text == golden, qPrintable(name + QStringLiteral(": first difference at byte %1: ...%2")
                                                  .arg(qint64(diff.first - text.begin()))
                                                  .arg(QString::fromStdString(std::string(diff.first, std::min(diff.first + 80, text.end()))))));
}

/// Fails listing the cells of `t`'s header and of its first column (the row names) that are not marked; the row names
/// in `unmarkedRows` are values, not phrases (class names, versions, a run's names).
void checkTableMarked(const ReportTable& t, const char* name, const std::vector<std::string>& unmarkedRows = {}) {
    for (const std::string& h : t.header) QVERIFY2(marked(h) || h == "#" || h == "KS" || h == "PSI" || h == "\u0394F1",
                                                   (std::string(name) + " header: " + h).c_str());
    for (const auto& row : t.rows) {
        if (row.empty() || std::find(unmarkedRows.begin(), unmarkedRows.end(), row[0]) != unmarkedRows.end()) continue;
        QVERIFY2(marked(row[0]), (std::string(name) + " row: " + row[0]).c_str());
    }
}

}  // namespace

class TestReportLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fillInReplacesMarkersOnce();
    void phrasesFallBackToEnglish();
    void runReportPhrasesAllTranslated();
    void evaluationReportPhrasesAllTranslated();
    void sweepReportPhrasesAllTranslated();
    void chineseReportKeepsItsNumbers();
    void englishReportsUnchangedByteForByte();
};

void TestReportLanguage::fillInReplacesMarkersOnce() {
    QCOMPARE(fillIn("%1 of %2 samples", {"3", "4"}), std::string("3 of 4 samples"));
    QCOMPARE(fillIn("%2 个中的 %1", {"3", "4"}), std::string("4 个中的 3"));
    QCOMPARE(fillIn("%1% of %1", {"12.5", "cat"}), std::string("12.5% of 12.5"));
    QCOMPARE(fillIn("%1 and %2", {"%2", "x"}), std::string("%2 and x"));  // an argument's own marker stays
    QCOMPARE(fillIn("%3 missing", {"a"}), std::string("%3 missing"));
}

void TestReportLanguage::phrasesFallBackToEnglish() {
    const ReportPhrases english;
    QVERIFY(english.isEnglish());
    QCOMPARE(english.language(), std::string("en"));
    QCOMPARE(english("Report", "Final metrics"), std::string("Final metrics"));
    const ReportPhrases chinese = somePhrasesInChinese();
    QVERIFY(!chinese.isEnglish());
    QCOMPARE(chinese("Report", "Final metrics"), std::string("最终指标"));
    QCOMPARE(chinese("Report", "Per-class metrics"), std::string("Per-class metrics"));  // no translation: English
}

void TestReportLanguage::runReportPhrasesAllTranslated() {
    QTemporaryDir dir;
    const RunRecord run = loadRun(writeRun(dir.path(), 3, 40, "notes"));
    const ReportContent c = buildReportContent(run, currentEnvironment(), {}, pseudoPhrases());
    QVERIFY2(marked(c.title), c.title.c_str());
    QVERIFY(marked(c.evalLabel));
    for (const ReportFigure& f : c.figures) QVERIFY2(marked(f.label), f.label.c_str());
    for (const auto& [item, value] : c.overview) QVERIFY2(marked(item), item.c_str());
    checkTableMarked(c.finalMetrics, "final metrics");
    checkTableMarked(c.perClass, "per class", kClasses);
    checkTableMarked(c.perEpoch, "per epoch", {"1", "2", "3"});
    checkTableMarked(c.config, "config");
    checkTableMarked(c.dataset, "data set");
    checkTableMarked(c.environment, "environment", {"TrainScope", "LibTorch"});
    QVERIFY(marked(c.perClass.note));
    QVERIFY(marked(c.perEpoch.note));

    const std::string html = reportHtml(c);
    QVERIFY(html.find("<html lang=\"x-pseudo\">") != std::string::npos);
    QVERIFY(html.find("Noto Sans CJK SC") != std::string::npos);  // a translated page lists CJK fonts
    for (const char* heading : {"Training curves", "Final metrics", "Confusion matrix and per-class metrics", "Configuration",
                                "Data set", "Environment", "Notes"})
        QVERIFY2(html.find(std::string(kOpenMark) + heading + kCloseMark) != std::string::npos, heading);
    for (const std::string* svg : {&c.lossSvg, &c.accuracySvg, &c.lrSvg, &c.confusionSvg, &c.histogramSvg})
        QVERIFY2(marked(*svg), svg->substr(0, 200).c_str());
    QVERIFY(html.find(">Made by TrainScope") == std::string::npos);

    // The English page has neither: its bytes are those the other report tests pin.
    const std::string english = reportHtml(buildReportContent(run, currentEnvironment()));
    QVERIFY(english.find("<html lang=\"en\">") != std::string::npos);
    QVERIFY(english.find("Noto Sans CJK SC") == std::string::npos);
    QVERIFY(!marked(english));
}

void TestReportLanguage::evaluationReportPhrasesAllTranslated() {
    const ReportContent c = buildEvaluationReportContent(handMadeEvaluation(true), currentEnvironment(), {}, pseudoPhrases());
    QVERIFY(marked(c.title));
    QVERIFY(marked(c.subtitle));
    for (const ReportFigure& f : c.figures) QVERIFY2(marked(f.label) || f.label == "ECE", f.label.c_str());
    for (const auto& [item, value] : c.overview) QVERIFY2(marked(item), item.c_str());
    checkTableMarked(c.finalMetrics, "final metrics");
    checkTableMarked(c.perClass, "per class", kClasses);
    checkTableMarked(c.driftClasses, "drift classes", kClasses);
    checkTableMarked(c.driftTests, "drift tests", {"PSI"});
    checkTableMarked(c.driftFeatures, "drift features", {"width", "length", "<weight>"});
    for (const std::string* text : {&c.driftTitle, &c.driftText, &c.driftVerdict, &c.featuresTitle, &c.calibrationText})
        QVERIFY2(marked(*text), text->c_str());
    QVERIFY(marked(c.reliabilitySvg));
    QVERIFY(marked(c.confidenceSvg));
    const std::string html = reportHtml(c);
    for (const char* heading : {"Calibration and confidence", "Class distribution", "Tests"})
        QVERIFY2(html.find(std::string(kOpenMark) + heading + kCloseMark) != std::string::npos, heading);
}

void TestReportLanguage::sweepReportPhrasesAllTranslated() {
    QTemporaryDir dir;
    Sweep s;
    s.def.base = presetConfig("mlp");
    s.def.base.epochs = 2;
    s.def.dataPath = "/data/tiny.csv";
    s.def.params = {parseSweepParameter("lr=log:1e-4:1e-1")};
    s.def.strategy = SweepStrategy::Random;
    s.def.trials = 1;
    SweepTrial t;
    t.index = 1;
    t.values = {{"lr", Json(1e-3)}};
    t.status = "finished";
    t.rounds = 2;
    t.objective = 0.5;
    t.runDir = "t1/run";
    s.trials = {t};
    saveSweep(dir.path().toStdString(), s);
    writeRun(dir.filePath("t1"));
    const SweepReportContent c =
        buildSweepReportContent(dir.path().toStdString(), loadSweep(dir.path().toStdString()), currentEnvironment(), {},
                                pseudoPhrases());
    QVERIFY(marked(c.title));
    QVERIFY(marked(c.bestTitle));
    for (const ReportFigure& f : c.figures) QVERIFY2(marked(f.label), f.label.c_str());
    checkTableMarked(c.definition, "definition");
    checkTableMarked(c.bestValues, "best values", {s.def.objective.describe(), "lr"});
    QVERIFY(marked(c.parallelSvg));
    QVERIFY(marked(c.bestLossSvg));
    const std::string html = sweepReportHtml(c);
    QVERIFY(html.find("<html lang=\"x-pseudo\">") != std::string::npos);
    for (const char* heading : {"Sweep", "Search space", "Results", "Environment"})
        QVERIFY2(html.find(std::string(kOpenMark) + heading + kCloseMark) != std::string::npos, heading);
    for (const PdfBlock& b : sweepReportPdfBlocks(c, 680)) QVERIFY(!b.svg.empty());
}

void TestReportLanguage::chineseReportKeepsItsNumbers() {
    QTemporaryDir dir;
    const RunRecord run = loadRun(writeRun(dir.path()));
    const ReportContent english = buildReportContent(run, currentEnvironment());
    const ReportContent chinese = buildReportContent(run, currentEnvironment(), {}, somePhrasesInChinese());
    QCOMPARE(chinese.title, "TrainScope 报告：" + run.displayName());
    const size_t open = std::string("Test set (").size();
    const std::string samples = english.evalLabel.substr(open, english.evalLabel.find(" samples") - open);
    QCOMPARE(chinese.evalLabel, "测试集（" + samples + " 个样本）");
    QCOMPARE(chinese.figures.size(), english.figures.size());
    for (size_t i = 0; i < english.figures.size(); ++i) QCOMPARE(chinese.figures[i].value, english.figures[i].value);
    QCOMPARE(chinese.perEpoch.rows, english.perEpoch.rows);  // numbers never follow a language
    const std::string html = reportHtml(chinese);
    QVERIFY(html.find("<html lang=\"zh-CN\">") != std::string::npos);
    QVERIFY(html.find("<h2>最终指标</h2>") != std::string::npos);
    QVERIFY(html.find("<h2>训练曲线</h2>") != std::string::npos);
    QVERIFY(html.find("<h2>Per-class metrics</h2>") == std::string::npos);  // an h3, and English without a translation
    QVERIFY(html.find("<h3>Per-class metrics</h3>") != std::string::npos);
}

void TestReportLanguage::englishReportsUnchangedByteForByte() {
    QTemporaryDir dir;
    RunRecord run = loadRun(writeRun(dir.path(), 3, 40, "notes"));
    run.dir = "/runs/golden";                 // what differs from one test run to the next
    run.startedAt = "2026-12-02T05:00:00Z";
    ReportContent c = buildReportContent(run, fixedEnvironment());
    c.generatedAt = "2026-12-02 06:00";
    compareWithGolden(reportHtml(c), QStringLiteral("run-en.html"));

    ReportContent e = buildEvaluationReportContent(handMadeEvaluation(true), fixedEnvironment());
    e.generatedAt = "2026-12-02 06:00";
    compareWithGolden(reportHtml(e), QStringLiteral("evaluation-en.html"));
}

QTEST_GUILESS_MAIN(TestReportLanguage)
#include "test_report_language.moc"
