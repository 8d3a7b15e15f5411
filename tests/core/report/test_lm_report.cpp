// Reports of a language-model run (issue 14): the content (test figures, per-evaluation history, tokenizer, the
// samples of each prompt at a few evaluations with watch-list hits), the HTML page (samples escaped, hits marked),
// and the CSV and JSON exports. The run folder is written by the real RunWriter (support/LanguageModelRun.h).
// With TS_KEEP_LM_REPORT=<folder> the run folder and its HTML report are left there, for a look in a browser.
#include "core/report/Report.h"
#include "core/runs/RunStore.h"
#include "support/LanguageModelRun.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace ts;
using namespace ts::testing;

namespace {

/// How often `needle` occurs in `hay`.
int occurrences(const std::string& hay, const std::string& needle) {
    int n = 0;
    for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
    return n;
}

ReportEnvironment testEnvironment() {
    ReportEnvironment env;
    env.trainscopeVersion = "test";
    env.torchVersion = "1.13";
    env.hostName = "host";
    return env;
}

/// The value of the key figure labelled `label` ("" when there is none).
std::string figure(const ReportContent& c, const std::string& label) {
    for (const ReportFigure& f : c.figures)
        if (f.label == label) return f.value;
    return {};
}

}  // namespace

class TestLmReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shownEvaluationsSpreadFirstToLast();
    void spansCutAtTheHits();
    void contentOfALanguageModelRun();
    void htmlShowsEscapedSamplesWithMarkedHits();
    void csvAndJsonExports();
    void unfinishedRunHasNoTestFigures();

private:
    QTemporaryDir m_tmp;
    RunRecord m_run;
    std::vector<EpochMetrics> m_evals;
};

void TestLmReport::initTestCase() {
    const QByteArray keep = qgetenv("TS_KEEP_LM_REPORT");
    const QString root = keep.isEmpty() ? m_tmp.path() : QString::fromLocal8Bit(keep);
    const std::string dir = QDir(root).filePath(QStringLiteral("lm-run")).toStdString();
    m_evals = writeLanguageModelRun(dir);
    m_run = loadRun(dir);
    QVERIFY(m_run.warnings.empty());
    if (!keep.isEmpty()) writeReport(m_run, ReportFormat::Html, QDir(root).filePath(QStringLiteral("lm-report.html")).toStdString());
}

void TestLmReport::shownEvaluationsSpreadFirstToLast() {
    QCOMPARE(shownEvaluations(0, 4), std::vector<size_t>{});
    QCOMPARE(shownEvaluations(3, 4), (std::vector<size_t>{0, 1, 2}));
    QCOMPARE(shownEvaluations(6, 4), (std::vector<size_t>{0, 2, 3, 5}));
    QCOMPARE(shownEvaluations(9, 4), (std::vector<size_t>{0, 3, 5, 8}));
    QCOMPARE(shownEvaluations(5, 1), std::vector<size_t>{4});
}

void TestLmReport::spansCutAtTheHits() {
    TextSample s;
    s.text = "I love thee, love";
    s.watchHits = {{13, 17, "love"}, {2, 6, "love"}, {3, 5, "overlap"}, {15, 40, "outside"}};
    const std::vector<ReportTextSpan> spans = sampleSpans(s);
    QCOMPARE(spans.size(), size_t(4));
    QCOMPARE(spans[0].text, std::string("I "));
    QVERIFY(!spans[0].marked);
    QCOMPARE(spans[1].text, std::string("love"));
    QVERIFY(spans[1].marked);
    QCOMPARE(spans[2].text, std::string(" thee, "));
    QCOMPARE(spans[3].text, std::string("love"));
    QVERIFY(spans[3].marked);
}

void TestLmReport::contentOfALanguageModelRun() {
    const ReportContent c = buildReportContent(m_run, testEnvironment());
    QCOMPARE(figure(c, "Test perplexity"), std::string("5.53"));
    QCOMPARE(figure(c, "Test bits/byte"), std::string("2.467"));
    QCOMPARE(figure(c, "Parameters"), std::string("801,664"));
    QCOMPARE(figure(c, "Steps"), std::string("120 / 120"));
    QCOMPARE(figure(c, "Best val. loss (step 120)"), std::string("1.9333"));
    QCOMPARE(c.evalLabel, std::string("Test split (55,706 predicted tokens)"));
    QCOMPARE(c.finalMetrics.rows.size(), size_t(6));
    QCOMPARE(c.historyTitle, std::string("Per-evaluation history"));
    QCOMPARE(c.perEpoch.rows.size(), m_evals.size());
    QCOMPARE(c.perEpoch.emphasizedRows, std::vector<int>{5});
    QVERIFY(c.perClass.rows.empty());
    QVERIFY(c.confusionSvg.empty());
    QVERIFY(c.accuracySvg.empty());
    QVERIFY(c.gradNormSvg.find("clip threshold") != std::string::npos);
    QVERIFY(c.lossSvg.find("validation loss (evaluation)") != std::string::npos);
    QCOMPARE(c.tokenizer.rows.front(), (std::vector<std::string>{"Kind", "char"}));

    QCOMPARE(c.samples.size(), kLmPrompts.size());
    for (size_t p = 0; p < c.samples.size(); ++p) {
        const ReportPromptSamples& g = c.samples[p];
        QCOMPARE(g.prompt, kLmPrompts[p]);
        QCOMPARE(g.evaluations, int(m_evals.size()));
        std::vector<int64_t> steps;
        for (const ReportSample& s : g.samples) steps.push_back(s.step);
        QCOMPARE(steps, (std::vector<int64_t>{20, 60, 80, 120}));
        int64_t hits = 0;
        for (const EpochMetrics& e : m_evals) hits += int64_t(e.lm.samples[p].watchHits.size());
        QCOMPARE(g.hits, hits);
        std::string last;
        for (const ReportTextSpan& span : g.samples.back().spans) last += span.text;
        QCOMPARE(last, kLmTargets[p]);  // the last evaluation writes the target without noise
    }
    QVERIFY(c.samplesNote.find("4 of 6 evaluations") != std::string::npos);
}

void TestLmReport::htmlShowsEscapedSamplesWithMarkedHits() {
    const std::string html = reportHtml(buildReportContent(m_run, testEnvironment()));
    QVERIFY(html.find("<section id=\"samples\">") != std::string::npos);
    QVERIFY(html.find("<h2>Per-evaluation history</h2>") != std::string::npos);
    QVERIFY(html.find(">Tokenizer</h2>") != std::string::npos);
    // The prompt and continuation that hold markup are shown as text, never as tags.
    QVERIFY(html.find("<b>Tom") == std::string::npos);
    QVERIFY(html.find("<i>round") == std::string::npos);
    QVERIFY(html.find("<q>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</q>") != std::string::npos);
    QVERIFY(html.find("&lt;i&gt;round&lt;/i&gt; &amp; round; <mark>love</mark> is a game &lt; war.") != std::string::npos);
    // The last evaluation's samples: "speak" twice in the first prompt (and "Speak" once), "love" in the others.
    QVERIFY(html.find("hear me <mark>speak</mark>.\n\nAll:\n<mark>Speak</mark>, <mark>speak</mark>.") != std::string::npos);
    QVERIFY(html.find("and I <mark>love</mark> thee.") != std::string::npos);
    int marks = 0;
    for (const auto& g : buildReportContent(m_run, testEnvironment()).samples)
        for (const ReportSample& s : g.samples) marks += int(s.hits);
    QCOMPARE(occurrences(html, "<mark>"), marks);
    QVERIFY(html.find("watch-list hits in 6 evaluations") != std::string::npos);
    // The empty prompt says so.
    QVERIFY(html.find("Prompt: <em>(empty)</em>") != std::string::npos);
}

void TestLmReport::csvAndJsonExports() {
    const std::string csv = reportCsv(m_run);
    std::istringstream in(csv);
    std::string header, line;
    std::getline(in, header);
    QVERIFY(header.rfind("kind,evaluation,step,elapsed_s,loss,lr,tokens_per_sec,grad_norm,", 0) == 0);
    std::map<std::string, int> kinds;
    while (std::getline(in, line)) ++kinds[line.substr(0, line.find(','))];
    QCOMPARE(kinds["batch"], 120);
    QCOMPARE(kinds["eval"], 6);
    QCOMPARE(kinds["test"], 1);
    // A sample's text may hold line breaks: it is quoted, so it counts by its first line here.
    QVERIFY(kinds["sample"] >= 12);
    QVERIFY(csv.find("\"<b>Tom & \"\"Jerry\"\"</b>\"") != std::string::npos);

    const Json j = Json::parse(reportJson(m_run, testEnvironment()));
    QCOMPARE(j["task"].string(), std::string("language-model"));
    QCOMPARE(j["tokenizer"]["vocab_size"].integer(), int64_t(65));
    QCOMPARE(j["test"]["tokens"].integer(), int64_t(55706));
    QCOMPARE(j["samples"].array().size(), m_run.samples.size());
    QCOMPARE(j["samples"][4]["text"].string(), m_run.samples[4].text);
    QCOMPARE(j["steps"].array().size(), size_t(120));
    QCOMPARE(j["steps"][9]["grad_norm"].number(), lmStep(10, LmRunShape{}).gradNorm);
}

void TestLmReport::unfinishedRunHasNoTestFigures() {
    QTemporaryDir tmp;
    LmRunShape shape;
    shape.evaluations = 2;
    shape.finish = false;
    const std::string dir = QDir(tmp.path()).filePath(QStringLiteral("lm")).toStdString();
    writeLanguageModelRun(dir, shape);
    const ReportContent c = buildReportContent(loadRun(dir), testEnvironment());
    QVERIFY(figure(c, "Test perplexity").empty());
    QCOMPARE(figure(c, "Val. perplexity"), QString::number(std::exp(2.6), 'f', 2).toStdString());
    QVERIFY(c.evalLabel.find("the test split was not scored") != std::string::npos);
    QVERIFY(c.tokenizer.rows.empty());
    QCOMPARE(c.samples.front().samples.size(), size_t(2));
    QCOMPARE(c.status, std::string("interrupted"));
    const std::string html = reportHtml(c);
    QVERIFY(html.find(">Tokenizer</h2>") == std::string::npos);
}

QTEST_GUILESS_MAIN(TestLmReport)
#include "test_lm_report.moc"
