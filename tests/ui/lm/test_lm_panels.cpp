// The language-model panels on their own: the Samples timeline (rows per step, highlighted watch-list hits, two
// steps side by side) and the Generate playground (requests, streamed tokens, probability tooltips), fed by hand.
#include "support/WidgetLookup.h"
#include "support/WindowTestSetup.h"
#include "ui/charts/CurveChart.h"
#include "ui/dataset/DatasetPreviewDialog.h"
#include "ui/dataset/TextPreviewPanel.h"
#include "ui/lm/PlaygroundPanel.h"
#include "ui/lm/RichTextDelegate.h"
#include "ui/lm/SampleText.h"
#include "ui/lm/SamplesPanel.h"
#include "ui/lm/TokenStreamView.h"
#include "ui/lm/GenerationRequest.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolTip>
#include <QtTest>

using ts::testing::child;

namespace {

ts::TextSample sample(int64_t step, const std::string& prompt, const std::string& text) {
    ts::TextSample s;
    s.step = step;
    s.prompt = prompt;
    s.text = text;
    s.distinct1 = 0.25 * double(step) / 100.0;
    return s;
}

ts::EpochMetrics evaluation(int64_t step, std::vector<ts::TextSample> samples) {
    ts::EpochMetrics m;
    m.languageModel = true;
    m.step = step;
    m.lm.samples = std::move(samples);
    for (const ts::TextSample& s : m.lm.samples) m.lm.watchHits += int64_t(s.watchHits.size());
    return m;
}

ts::StreamedToken token(const std::string& text, double p) {
    ts::StreamedToken t;
    t.text = text;
    t.probability = p;
    t.alternatives = {{"a", 0.2}, {"b", 0.1}};
    return t;
}

}  // namespace

class TestLmPanels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ts::testing::prepareWindowTests(); }
    void sampleHtmlHighlightsHits();
    void samplesTimelinePerPrompt();
    void loadedSamplesAndComparison();
    void playgroundRequestsAndStreams();
    void tokensSplitInsideACharacter();
    void textCorpusPreview();
};

void TestLmPanels::sampleHtmlHighlightsHits() {
    ts::TextSample s = sample(1, "Dear ", "café <b> sword");  // é is two bytes: "sword" starts at byte 10
    s.watchHits.push_back({10, 15, "sword"});
    const QString html = ts::sampleHtml(s);
    QVERIFY2(html.contains(QStringLiteral("background-color:%1\" title=\"sword\">sword</span>")
                               .arg(ts::kWatchHitBackground.name())), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;")));  // escaped
    QVERIFY(html.contains(QStringLiteral("Dear ")));
    QCOMPARE(ts::utf16Index(s.text, 10), 9);
}

void TestLmPanels::samplesTimelinePerPrompt() {
    ts::SamplesPanel panel;
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy alerts(&panel, &ts::SamplesPanel::watchHitsFound);
    auto* table = child<QTableWidget>(&panel, "samplesTable");
    auto* banner = child<QLabel>(&panel, "watchAlertBanner");
    for (int64_t step : {100, 200, 300}) {
        ts::TextSample b = sample(step, "ROMEO:", "the sword is drawn");
        if (step == 300) b.watchHits.push_back({4, 9, "sword"});
        panel.addEvaluation(evaluation(step, {sample(step, "", "text at " + std::to_string(step)), b}));
    }
    QCOMPARE(panel.prompts(), QStringList({QString(), QStringLiteral("ROMEO:")}));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, ts::SamplesPanel::StepColumn)->text(), QStringLiteral("100"));
    QCOMPARE(table->item(2, ts::SamplesPanel::TextColumn)->text(), QStringLiteral("text at 300"));
    QCOMPARE(alerts.count(), 1);
    QCOMPARE(alerts.front().at(0).toInt(), 1);
    QCOMPARE(alerts.front().at(1).toLongLong(), qint64(300));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("step 300")), qPrintable(banner->text()));

    panel.setCurrentPrompt(1);
    QCOMPARE(table->rowCount(), 3);
    const QString html = table->item(2, ts::SamplesPanel::TextColumn)->data(ts::RichTextDelegate::kHtmlRole).toString();
    QVERIFY2(html.contains(QStringLiteral("background-color")), qPrintable(html));
    QVERIFY(!table->item(1, ts::SamplesPanel::TextColumn)->data(ts::RichTextDelegate::kHtmlRole).toString()
                 .contains(QStringLiteral("background-color")));
    QCOMPARE(table->item(2, ts::SamplesPanel::WatchHitsColumn)->text(), QStringLiteral("1"));
    auto* metrics = child<ts::CurveChart>(&panel, "sampleMetricsChart");
    QCOMPARE(metrics->rawCount(0), 3);  // distinct-1 of each step
    QCOMPARE(child<ts::CurveChart>(&panel, "watchHitsChart")->rawPoints(0).back(), QPointF(300.0, 1.0));
    QVERIFY(!panel.grab().isNull());
}

void TestLmPanels::loadedSamplesAndComparison() {
    ts::SamplesPanel panel;
    panel.resize(900, 700);
    panel.show();
    QSignalSpy alerts(&panel, &ts::SamplesPanel::watchHitsFound);
    std::vector<ts::TextSample> loaded;
    for (int64_t step : {300, 100, 200}) loaded.push_back(sample(step, "", "step " + std::to_string(step)));
    loaded.back().watchHits.push_back({0, 4, "step"});
    panel.setSamples(loaded);
    QCOMPARE(alerts.count(), 0);  // a loaded run raises no alert
    auto* table = child<QTableWidget>(&panel, "samplesTable");
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, ts::SamplesPanel::StepColumn)->text(), QStringLiteral("100"));  // in step order
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(child<QTextBrowser>(&panel, "sampleCompareLeft")->toPlainText(), QStringLiteral("step 100"));
    QCOMPARE(child<QTextBrowser>(&panel, "sampleCompareRight")->toPlainText(), QStringLiteral("step 300"));
}

void TestLmPanels::playgroundRequestsAndStreams() {
    ts::PlaygroundPanel panel;
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy requests(&panel, &ts::PlaygroundPanel::generateRequested);
    auto* generate = child<QPushButton>(&panel, "generateButton");
    QVERIFY(!generate->isEnabled());  // no model yet
    panel.setCurrentRun(QStringLiteral("/runs/gpt"));
    QVERIFY(generate->isEnabled());
    panel.setTrainingRunning(true);
    QVERIFY(!generate->isEnabled());  // the current run is training: pause first
    panel.setTrainingRunning(false);
    child<QPlainTextEdit>(&panel, "playgroundPromptEdit")->setPlainText(QStringLiteral("ROMEO:"));
    child<QDoubleSpinBox>(&panel, "playgroundTemperatureSpin")->setValue(0.5);
    child<QSpinBox>(&panel, "playgroundTopKSpin")->setValue(7);
    child<QSpinBox>(&panel, "playgroundMaxTokensSpin")->setValue(30);
    child<QSpinBox>(&panel, "playgroundSeedSpin")->setValue(99);
    child<QPlainTextEdit>(&panel, "playgroundPromptEdit")->setFocus();
    QTest::keyClick(child<QPlainTextEdit>(&panel, "playgroundPromptEdit"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(requests.count(), 1);
    const auto request = requests.front().front().value<ts::GenerationRequest>();
    QCOMPARE(request.source, QStringLiteral("/runs/gpt"));
    QCOMPARE(request.prompt, QStringLiteral("ROMEO:"));
    QCOMPARE(request.settings.temperature, 0.5);
    QCOMPARE(request.settings.topK, 7);
    QCOMPARE(request.settings.maxTokens, int64_t(30));
    QCOMPARE(request.settings.seed, uint64_t(99));
    QVERIFY(!generate->isEnabled());
    QVERIFY(child<QPushButton>(&panel, "stopGenerationButton")->isEnabled());

    panel.generationStarted(QStringLiteral("gpt-tiny"));
    panel.appendToken(token(" to", 0.62));
    panel.appendToken(token(" be", 0.05));
    ts::TokenStreamView* view = panel.output();
    QCOMPARE(view->tokenCount(), 2);
    QCOMPARE(view->toPlainText(), QStringLiteral("ROMEO: to be"));
    QCOMPARE(view->generatedText(), QStringLiteral(" to be"));
    const QString tip = view->tokenToolTip(0);
    QVERIFY2(tip.contains(QStringLiteral("62.0 %")) && tip.contains(QStringLiteral("“a”")), qPrintable(tip));
    const auto [begin, end] = view->tokenRange(1);
    QCOMPARE(view->tokenAt(begin), 1);
    QCOMPARE(view->tokenAt(end - 1), 1);

    // Hovering the second token shows its tooltip.
    QTextCursor cursor(view->document());
    cursor.setPosition(begin + 1);
    const QPoint at = view->viewport()->mapTo(view, view->cursorRect(cursor).center());
    QHelpEvent help(QEvent::ToolTip, at, view->mapToGlobal(at));
    QApplication::sendEvent(view, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("5.0 %")), qPrintable(QToolTip::text()));

    child<QCheckBox>(&panel, "colorByProbabilityCheck")->setChecked(true);
    cursor.setPosition(begin + 1);
    QCOMPARE(cursor.charFormat().background().color(), ts::TokenStreamView::probabilityColor(0.05));
    panel.generationFinished(QStringLiteral("2 tokens"));
    QVERIFY(generate->isEnabled());
    QCOMPARE(child<QLabel>(&panel, "playgroundStatusLabel")->text(), QStringLiteral("2 tokens"));
}

void TestLmPanels::tokensSplitInsideACharacter() {
    ts::TokenStreamView view;
    view.start(QString());
    const std::string e = "\xC3\xA9";  // é
    view.appendToken(token("caf", 0.5));
    view.appendToken(token(e.substr(0, 1), 0.5));  // a byte-fallback token: half of é
    QCOMPARE(view.tokenCount(), 1);
    view.appendToken(token(e.substr(1), 0.5));
    QCOMPARE(view.tokenCount(), 2);
    QCOMPARE(view.generatedText(), QStringLiteral("café"));
    QVERIFY(view.tokenToolTip(1).contains(QStringLiteral("25.0 %")));  // the two bytes' probabilities multiplied
}

void TestLmPanels::textCorpusPreview() {
    ts::DatasetPreview data;
    data.name = "tinyshakespeare.txt";
    data.format = "text";
    data.trainCount = 1003854;
    ts::DatasetPreviewDialog dialog(data);
    ts::TextPreview text;
    text.bytes = 1115394;
    text.characters = 1115394;
    text.tokens = 1115394;
    text.vocabSize = 66;
    text.tokenizerKind = "char";
    text.topTokens = {{1, "␣", 169892}, {2, "e", 94611}, {3, "\\n", 40000}};
    text.sampleLines = {"First Citizen:", "Before we proceed any further, hear me speak."};
    text.warnings = {"mixed scripts"};
    dialog.setTextPreview(text);
    dialog.show();
    auto* panel = child<ts::TextPreviewPanel>(&dialog, "textPreviewPanel");
    QVERIFY2(panel->factsText().contains(QStringLiteral("1,115,394 bytes")), qPrintable(panel->factsText()));
    QVERIFY(panel->factsText().contains(QStringLiteral("vocabulary 66 (char tokenizer)")));
    QCOMPARE(panel->chartedTokens(), 3);
    QVERIFY(child<QPlainTextEdit>(panel, "sampleLinesView")->toPlainText().contains(QStringLiteral("First Citizen:")));
    QVERIFY(child<QLabel>(panel, "textWarningsLabel")->text().contains(QStringLiteral("mixed scripts")));
    QVERIFY(panel->isVisible());
}

QTEST_MAIN(TestLmPanels)
#include "test_lm_panels.moc"
