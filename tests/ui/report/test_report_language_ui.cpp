// Reports in the reader's language, the Qt side (issue 20): the embedded Chinese report translation installed for a
// zh_CN interface, the GUI's exports (HTML, and PDF with a CJK font embedded) in Chinese while the numbers stay as
// they are, back to English for an English interface, and trainscope-report --lang zh_CN.
#include "core/report/Report.h"
#include "core/report/ReportTestData.h"
#include "support/CliProcess.h"
#include "ui/report/ReportExporter.h"
#include "ui/report/ReportTranslator.h"

#include <QFontDatabase>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ts;
using namespace ts::testing;

namespace {

constexpr int kWaitMs = 60000;   // a background export on a loaded machine
constexpr int kToolMs = 120000;  // trainscope-report, started cold
const QString kReportTool = QStringLiteral(TS_REPORT_TOOL_PATH);

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

class TestReportLanguageUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void translatorFollowsTheLocale();
    void exportsInChinese();
    void pdfEmbedsACjkFont();
    void exporterUsesTheInstalledLanguage();
    void reportToolTakesLang();
};

void TestReportLanguageUi::cleanup() { installReportTranslator(QLocale(QLocale::English, QLocale::UnitedStates)); }

void TestReportLanguageUi::translatorFollowsTheLocale() {
    QVERIFY(reportPhrases().isEnglish());
    QVERIFY(installReportTranslator(QLocale(QLocale::Chinese, QLocale::China)));
    const ReportPhrases zh = reportPhrases();
    QCOMPARE(zh.language(), std::string("zh-CN"));
    QCOMPARE(zh("Report", "Final metrics"), std::string("最终指标"));
    QCOMPARE(zh("Report", "Per-class metrics"), std::string("各类别指标"));
    QCOMPARE(zh("Report", "a phrase nobody translated"), std::string("a phrase nobody translated"));
    QVERIFY(!installReportTranslator(QLocale(QLocale::German, QLocale::Germany)));  // no German: English
    QVERIFY(reportPhrases().isEnglish());
    QCOMPARE(reportPhrases()("Report", "Final metrics"), std::string("Final metrics"));
}

void TestReportLanguageUi::exportsInChinese() {
    QTemporaryDir dir;
    const QString run = QString::fromStdString(writeRun(dir.path()));
    const QString english = dir.filePath(QStringLiteral("en.html")), chinese = dir.filePath(QStringLiteral("zh.html"));
    exportRunReport(run, ReportFormat::Html, english, reportPhrases());
    QVERIFY(installReportTranslator(QLocale(QLocale::Chinese, QLocale::China)));
    exportRunReport(run, ReportFormat::Html, chinese, reportPhrases());
    const std::string en = readText(english), zh = readText(chinese);
    QVERIFY(contains(en, "<html lang=\"en\">"));
    QVERIFY(contains(en, "<h2>Final metrics</h2>"));
    QVERIFY(contains(zh, "<html lang=\"zh-CN\">"));
    for (const char* phrase : {"<h2>训练曲线</h2>", "<h2>最终指标</h2>", "<h3>各类别指标</h3>", "<h2>配置</h2>", "<h2>数据集</h2>",
                               "<h2>环境</h2>", "混淆矩阵", "精确率", "召回率", "学习率", "由 TrainScope 于"})
        QVERIFY2(contains(zh, phrase), phrase);
    QVERIFY(!contains(zh, "<h2>Final metrics</h2>"));
    QVERIFY(contains(zh, "Noto Sans CJK SC"));
    // Figures stay locale-free: the test accuracy reads the same in both.
    const RunRecord record = loadRun(run.toStdString());
    const std::string accuracy = buildReportContent(record, currentEnvironment()).figures.front().value;
    QVERIFY2(contains(en, accuracy) && contains(zh, accuracy), accuracy.c_str());

    const QString csv = dir.filePath(QStringLiteral("zh.csv"));  // CSV (and JSON) are for programs: English
    exportRunReport(run, ReportFormat::Csv, csv, reportPhrases());
    exportRunReport(run, ReportFormat::Csv, dir.filePath(QStringLiteral("en.csv")), {});
    QCOMPARE(readText(csv), readText(dir.filePath(QStringLiteral("en.csv"))));
}

void TestReportLanguageUi::pdfEmbedsACjkFont() {
    if (QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty())
        QSKIP("no font with Chinese glyphs is installed (apt-get install fonts-noto-cjk)");
    QTemporaryDir dir;
    const QString run = QString::fromStdString(writeRun(dir.path()));
    QVERIFY(installReportTranslator(QLocale(QLocale::Chinese, QLocale::China)));
    const QString pdf = dir.filePath(QStringLiteral("zh.pdf"));
    exportRunReport(run, ReportFormat::Pdf, pdf, reportPhrases());
    const std::string bytes = readText(pdf);
    QVERIFY(bytes.rfind("%PDF", 0) == 0);
    QVERIFY2(contains(bytes, "CJK"), "the PDF embeds no CJK font");  // e.g. /BaseFont /AAAAAA+NotoSansCJKsc-Regular
}

void TestReportLanguageUi::exporterUsesTheInstalledLanguage() {
    QTemporaryDir dir;
    const QString run = QString::fromStdString(writeRun(dir.path()));
    QVERIFY(installReportTranslator(QLocale(QLocale::Chinese, QLocale::China)));
    ReportExporter exporter;
    QSignalSpy done(&exporter, &ReportExporter::finished);
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QVERIFY(exporter.start(run, ReportFormat::Html, path));
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(contains(readText(path), "<h2>最终指标</h2>"));
}

void TestReportLanguageUi::reportToolTakesLang() {
    QTemporaryDir dir;
    const QString run = QString::fromStdString(writeRun(dir.path()));
    const QString html = dir.filePath(QStringLiteral("zh.html"));
    const CliResult zh = runProgram(kReportTool, {run, QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("-o"), html},
                                    kToolMs);
    QVERIFY2(zh.code == 0, qPrintable(zh.err));
    QVERIFY(contains(readText(html), "<h2>最终指标</h2>"));
    const QString en = dir.filePath(QStringLiteral("en.html"));
    QCOMPARE(runProgram(kReportTool, {run, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), en}, kToolMs).code, 0);
    QVERIFY(contains(readText(en), "<h2>Final metrics</h2>"));
    const CliResult unknown = runProgram(
        kReportTool, {run, QStringLiteral("--lang"), QStringLiteral("tlh"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.html"))},
        kToolMs);
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("--lang tlh")));
}

QTEST_MAIN(TestReportLanguageUi)
#include "test_report_language_ui.moc"
