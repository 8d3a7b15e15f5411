// Offscreen tests of Evaluate mode for text (issue 15): a language model's evaluation (Documents tab with the most
// surprising document first and its tokens shaded, summary against the run's test, calibration, text drift,
// samples), a text classifier's (text drift beside the class drift, the gallery of documents), the mistakes gallery
// for texts (listing, token weights from a fake explainer, CSV), the opener for a text data set, and the inputs
// panel's text fields. Every result is made by hand, no model is run.
//
// With TS_EVAL_SCREENSHOT_DIR set, screenshots() renders the window and the gallery with text into that folder.
#include "ui/common/Settings.h"
#include "support/WindowTestSetup.h"
#include "support/WidgetLookup.h"
#include "ui/evaluate/EvaluateInputsPanel.h"
#include "ui/evaluate/EvaluateWindow.h"
#include "ui/evaluate/MistakesGallery.h"
#include "ui/evaluate/PerplexityHistogram.h"
#include "ui/evaluate/ShadeLegend.h"
#include "ui/evaluate/SpanTextView.h"
#include "ui/evaluate/TextExplanationView.h"
#include "ui/training/MistakesGalleryOpener.h"
#include "ui/evaluate/TextEvaluationFixtures.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ts::testing;

namespace {

/// A longer document for the screenshots.
const char* const kRavenText =
    "Once upon a midnight dreary, while I pondered, weak and weary,\n"
    "Over many a quaint and curious volume of forgotten lore—\n"
    "While I nodded, nearly napping, suddenly there came a tapping,\n"
    "As of some one gently rapping, rapping at my chamber door.";

/// The titles of a tab widget's tabs, in order.
QStringList tabTitles(const QTabWidget* tabs) {
    QStringList out;
    for (int i = 0; i < tabs->count(); ++i) out << tabs->tabText(i);
    return out;
}

/// Shows the tab titled `title`.
void showTab(QTabWidget* tabs, const QString& title) {
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == title) tabs->setCurrentIndex(i);
}

/// The row of the table whose first cell reads `name`, or -1.
int rowNamed(const QTableWidget* table, const QString& name) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == name) return row;
    return -1;
}

/// A gallery source of a text classifier's result.
ts::GallerySource textSource(const ts::EvaluationResult& r) {
    ts::GallerySource source;
    source.classNames = r.metrics.confusion.classNames;
    source.predictions = r.predictions;
    source.texts = r.texts;
    return source;
}

}  // namespace

class TestEvaluateText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void languageModelShowsDocumentsFirst();
    void languageModelSummaryAgainstRunTest();
    void languageModelDriftAndSamples();
    void textClassifierDriftBesideClasses();
    void classifierKeepsItsTabs();
    void galleryListsTextsAndColoursSpans();
    void galleryWithoutExplainerSaysWhy();
    void galleryCsvWritesTexts();
    void windowGalleryShowsResultTexts();
    void openerGivesTextDataSetDocuments();
    void inputsOfferTextFields();
    void screenshots();
};

void TestEvaluateText::initTestCase() {
    ts::testing::prepareWindowTests();
}

void TestEvaluateText::languageModelShowsDocumentsFirst() {
    ts::EvaluateWindow w;
    w.onFinished(languageModelResult());
    QCOMPARE(tabTitles(w.resultTabs()), (QStringList{"Summary", "Documents", "Calibration", "Drift", "Samples"}));

    auto* table = child<QTableWidget>(&w, "evaluateDocumentTable");
    QCOMPARE(table->rowCount(), 3);  // "line 2" is too short to be ranked
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("line 3"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("line 1"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("line 4"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("80"));

    // The most surprising document is shown: one shaded span per scored token, losses rising to the right.
    auto* text = child<ts::SpanTextView>(&w, "evaluateDocumentText");
    const std::string line3 = "Quoth zé raven";
    QCOMPARE(text->spanCount(), static_cast<int>(line3.size()) - 1 - 1);  // "é" is two bytes: one character, two tokens
    QVERIFY(text->shadedSpanCount() >= 12);
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("Quoth zé raven")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("only the start")));  // the text is trimmed
    const QColor early = text->spanBackground(0), late = text->spanBackground(text->spanCount() - 1);
    QVERIFY(late.green() < early.green());  // a higher loss is redder
    QVERIFY(text->spanToolTip(0).contains(QStringLiteral("loss 0.50 nats")));
    QVERIFY(text->spanToolTip(1).contains(QStringLiteral("Unknown token")));
    QVERIFY(child<ts::ShadeLegend>(&w, "evaluateDocumentLegend")->text().contains(QStringLiteral("unknown token")));

    // The histogram counts every document, the chosen one marked.
    auto* histogram = child<ts::PerplexityHistogram>(&w, "perplexityHistogram");
    int64_t documents = 0;
    for (int b = 0; b < histogram->bins(); ++b) documents += histogram->documentsInBin(b);
    QCOMPARE(documents, int64_t(4));
    QVERIFY(histogram->binOf(80.0) > histogram->binOf(3.0));

    // Another row shows its document.
    table->setCurrentCell(2, 1);
    QCOMPARE(text->toPlainText(), QStringLiteral("Good night"));
    QCOMPARE(text->spanCount(), 9);
}

void TestEvaluateText::languageModelSummaryAgainstRunTest() {
    ts::EvaluateWindow w;
    w.onFinished(languageModelResult());
    QVERIFY(child<QLabel>(&w, "evaluateHeadline")->text().startsWith(QStringLiteral("Perplexity 9.6")));
    QVERIFY(child<QLabel>(&w, "evaluateHeadline")->text().contains(QStringLiteral("run's test 4.2")));
    const QString about = child<QLabel>(&w, "evaluateDescription")->text();
    QVERIFY(about.contains(QStringLiteral("Tokenizer: char, 65 tokens · context 128 tokens, stride 64")));
    QVERIFY(about.contains(QStringLiteral("4 documents")));
    auto* overall = child<QTableWidget>(&w, "evaluateOverallTable");
    const int perplexity = rowNamed(overall, QStringLiteral("Perplexity"));
    QVERIFY(perplexity >= 0);
    QCOMPARE(overall->item(perplexity, 1)->text(), QStringLiteral("9.6"));
    QCOMPARE(overall->item(perplexity, 2)->text(), QStringLiteral("4.2"));
    QCOMPARE(overall->item(perplexity, 3)->foreground().color(), QColor(0xb7, 0x1c, 0x1c));  // worse: red
    const int top5 = rowNamed(overall, QStringLiteral("Top-5 accuracy"));
    QCOMPARE(overall->item(top5, 1)->text(), QStringLiteral("72.0%"));
    QVERIFY(rowNamed(overall, QStringLiteral("Bits per byte")) >= 0);
    QVERIFY(!overall->isColumnHidden(2));
    QVERIFY(child<QTableWidget>(&w, "evaluateClassTable")->isHidden() ||
            !child<QTableWidget>(&w, "evaluateClassTable")->isVisibleTo(&w));
    QVERIFY(child<QLabel>(&w, "evaluateNotes")->text().contains(QStringLiteral("windows of 128 tokens")));
    QVERIFY(child<QLabel>(&w, "evaluateCalibrationText")->text().contains(QStringLiteral("next-token")));
}

void TestEvaluateText::languageModelDriftAndSamples() {
    ts::EvaluateWindow w;
    w.onFinished(languageModelResult());
    auto* view = child<QWidget>(&w, "textDriftView");
    QVERIFY(!view->isHidden());
    QVERIFY(child<QLabel>(&w, "evaluateDriftSummary")->isHidden());  // no classes to compare
    const QString summary = child<QLabel>(&w, "textDriftSummary")->text();
    QVERIFY(summary.contains(QStringLiteral("moderate shift")));
    QVERIFY(summary.contains(QStringLiteral("0.184")));
    QVERIFY(summary.contains(QStringLiteral("43.4")));
    QCOMPARE(child<QTableWidget>(&w, "textDriftRisingTable")->rowCount(), 3);
    QCOMPARE(child<QTableWidget>(&w, "textDriftFallingTable")->rowCount(), 2);
    QCOMPARE(child<QTableWidget>(&w, "textDriftRisingTable")->item(2, 0)->text(), QStringLiteral("“\\n”"));
    auto* figures = child<QTableWidget>(&w, "textDriftFigures");
    QCOMPARE(figures->item(2, 2)->text(), QStringLiteral("3.40%"));

    auto* samples = child<QTableWidget>(&w, "evaluateSamplesTable");
    QCOMPARE(samples->rowCount(), 2);
    QCOMPARE(samples->item(0, 1)->text(), QStringLiteral("1"));  // the sample with the hit comes first
    QVERIFY(child<QLabel>(&w, "evaluateSamplesBanner")->text().contains(QStringLiteral("1 watch-list hit</b> in 1 of 2 samples")));
}

void TestEvaluateText::textClassifierDriftBesideClasses() {
    ts::EvaluateWindow w;
    w.onFinished(textClassifierResult());
    QCOMPARE(tabTitles(w.resultTabs()), (QStringList{"Summary", "Confusion matrix", "Calibration", "Drift"}));
    QVERIFY(!child<QWidget>(&w, "textDriftView")->isHidden());
    QVERIFY(!child<QLabel>(&w, "evaluateDriftSummary")->isHidden());
    QVERIFY(child<QLabel>(&w, "textDriftSummary")->text().contains(QStringLiteral("Jensen")));
}

void TestEvaluateText::classifierKeepsItsTabs() {
    ts::EvaluateWindow w;
    QCOMPARE(tabTitles(w.resultTabs()), (QStringList{"Summary", "Confusion matrix", "Calibration", "Drift"}));
    w.onFinished(languageModelResult());
    showTab(w.resultTabs(), QStringLiteral("Drift"));
    w.onFinished(threeClassResult());
    QCOMPARE(tabTitles(w.resultTabs()), (QStringList{"Summary", "Confusion matrix", "Calibration", "Drift"}));
    QCOMPARE(w.resultTabs()->tabText(w.resultTabs()->currentIndex()), QStringLiteral("Drift"));  // the tab stays
    QVERIFY(child<QWidget>(&w, "textDriftView")->isHidden());
    QVERIFY(!child<QLabel>(&w, "evaluateDriftSummary")->isHidden());
    QVERIFY(!child<QTableWidget>(&w, "evaluateClassTable")->isHidden());
    QVERIFY(child<QLabel>(&w, "evaluateHeadline")->text().startsWith(QStringLiteral("Accuracy 85.0%")));
}

void TestEvaluateText::galleryListsTextsAndColoursSpans() {
    const ts::EvaluationResult r = textClassifierResult();
    ts::GallerySource source = textSource(r);
    FakeExplainer explain;
    source.explain = explain;
    ts::MistakesGallery g;
    g.setSource(source);
    g.showCell(1, 0);  // Shirt predicted as Coat: 10 documents
    QVERIFY(g.showsTexts());
    QVERIFY(!g.showsImages());
    QCOMPARE(g.cellCount(), 10);
    QAbstractItemModel* model = g.rowsTable()->model();
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(model->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Text"));
    const ts::Prediction& first = r.predictions[g.cellPredictions()[0]];
    const QString listed = model->index(0, 4).data().toString();
    QVERIFY(listed.startsWith(QStringLiteral("Story %1: the match ended late\nand the market fell\nline three …").arg(first.index)));
    QVERIFY(listed.endsWith(QStringLiteral("three …")));  // four lines, three listed

    // The first document is shown whole, coloured towards its predicted class.
    QCOMPARE(g.selectedPosition(), 0);
    ts::TextExplanationView* detail = g.textDetail();
    QCOMPARE(detail->explainedClass(), 0);
    auto* view = child<ts::SpanTextView>(detail, "galleryTextView");
    const std::string& doc = (*r.texts)[static_cast<size_t>(first.index)];
    QCOMPARE(view->toPlainText(), QString::fromStdString(doc));  // at once, coloured when the explainer is done
    QTRY_COMPARE(view->spanCount(), wordCount(doc));
    QCOMPARE(*explain.lastClass, 0);
    const QColor towards = view->spanBackground(0);  // "Story": odd length, +1
    QVERIFY(towards.red() > towards.blue());
    QVERIFY(view->spanToolTip(0).contains(QStringLiteral("towards Coat")));
    int even = -1;
    for (int i = 0; i < view->spanCount(); ++i)
        if (view->spanToolTip(i).contains(QStringLiteral("against"))) even = i;
    QVERIFY(even >= 0);
    QVERIFY(view->spanBackground(even).blue() > view->spanBackground(even).red());
    const QString legend = child<ts::ShadeLegend>(detail, "galleryTextLegend")->text();
    QVERIFY(legend.contains(QStringLiteral("n-gram weights")));
    QVERIFY(legend.contains(QStringLiteral("towards Coat")));

    // Explaining the true class asks the explainer again, once.
    auto* combo = child<QComboBox>(detail, "galleryExplainClassCombo");
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->itemText(1), QStringLiteral("Shirt (true class)"));
    const int calls = *explain.calls;
    detail->explainClass(1);
    QTRY_VERIFY(!detail->isExplaining());
    QCOMPARE(*explain.lastClass, 1);
    QCOMPARE(*explain.calls, calls + 1);
    QVERIFY(child<ts::ShadeLegend>(detail, "galleryTextLegend")->text().contains(QStringLiteral("towards Shirt")));
    detail->explainClass(0);
    QVERIFY(!detail->isExplaining());
    QCOMPARE(*explain.calls, calls + 1);  // cached
    QCOMPARE(view->spanCount(), wordCount(doc));

    g.selectPosition(3);
    const ts::Prediction& fourth = r.predictions[g.cellPredictions()[3]];
    QCOMPARE(view->toPlainText(), QString::fromStdString((*r.texts)[static_cast<size_t>(fourth.index)]));
    QTRY_VERIFY(view->spanCount() > 0);

    // An explainer that fails says why, and the text stays readable.
    ts::GallerySource failing = textSource(r);
    failing.explain = [](const std::string&, int) -> ts::TextExplanation { throw std::runtime_error("model.pt is not a text classifier"); };
    g.setSource(failing);
    g.showCell(1, 0);
    QTRY_VERIFY(detail->noteText().contains(QStringLiteral("not a text classifier")));
    QVERIFY(view->toPlainText().startsWith(QStringLiteral("Story")));
}

void TestEvaluateText::galleryWithoutExplainerSaysWhy() {
    ts::MistakesGallery g;
    g.setSource(textSource(textClassifierResult()));
    g.showCell(0, 0);
    ts::TextExplanationView* detail = g.textDetail();
    QVERIFY(detail->noteText().contains(QStringLiteral("Token weights need the model's checkpoint")));
    QVERIFY(!child<QComboBox>(detail, "galleryExplainClassCombo")->isEnabled());
    auto* view = child<ts::SpanTextView>(detail, "galleryTextView");
    QCOMPARE(view->spanCount(), 0);
    QVERIFY(view->toPlainText().startsWith(QStringLiteral("Story")));
    QVERIFY(!g.noteText().contains(QStringLiteral("not available")));
}

void TestEvaluateText::galleryCsvWritesTexts() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ts::EvaluationResult r = textClassifierResult();
    ts::MistakesGallery g;
    g.setSource(textSource(r));
    g.showCell(1, 0);
    const QString path = dir.filePath(QStringLiteral("texts.csv"));
    QString error;
    QVERIFY2(g.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.startsWith(QStringLiteral("index,true_class,predicted_class,confidence,text\n")));
    const ts::Prediction& first = r.predictions[g.cellPredictions()[0]];
    QVERIFY(csv.contains(QStringLiteral(",\"Story %1: the match ended late\nand the market fell\nline three\nline four\"\n")
                             .arg(first.index)));
}

void TestEvaluateText::windowGalleryShowsResultTexts() {
    ts::EvaluateWindow w;
    FakeExplainer explain;
    w.setTextExplainer(explain);
    w.onFinished(textClassifierResult());
    w.openGallery(1, 0);
    auto* g = w.findChild<ts::MistakesGallery*>();
    QVERIFY(g);
    QVERIFY(g->showsTexts());
    QCOMPARE(g->cellCount(), 10);
    QTRY_VERIFY(*explain.calls > 0);
    QTRY_VERIFY(!g->textDetail()->isExplaining());
    g->close();
}

void TestEvaluateText::openerGivesTextDataSetDocuments() {
    QWidget window;
    ts::MistakesGalleryOpener opener(&window);
    auto data = std::make_shared<ts::Dataset>();
    data->classNames = {"ham", "spam"};
    data->textTrain.texts = {"train one", "train two"};
    data->textTrain.labels = {0, 1};
    data->textTest.texts = {"win money now", "see you at lunch", "cheap pills"};
    data->textTest.labels = {1, 0, 1};
    opener.setDatasetSamples(data);
    std::vector<ts::Prediction> predictions(3);
    for (int i = 0; i < 3; ++i) {
        predictions[static_cast<size_t>(i)].index = i;
        predictions[static_cast<size_t>(i)].trueClass = static_cast<int>(data->textTest.labels[static_cast<size_t>(i)]);
        predictions[static_cast<size_t>(i)].predicted = 1;
        predictions[static_cast<size_t>(i)].confidence = 0.9 - 0.1 * i;
    }
    opener.addPredictions(-1, predictions, "test");
    FakeExplainer explain;
    opener.setExplainer(explain);
    opener.open(1, 1, -1, nullptr);
    auto* g = window.findChild<ts::MistakesGallery*>(QStringLiteral("mistakesGallery"));
    QVERIFY(g);
    QVERIFY(g->showsTexts());
    QCOMPARE(g->cellCount(), 2);
    QCOMPARE(g->source().texts->at(2), std::string("cheap pills"));
    QVERIFY(static_cast<bool>(g->source().explain));
    QCOMPARE(child<ts::SpanTextView>(g, "galleryTextView")->toPlainText(), QStringLiteral("win money now"));
    QTRY_COMPARE(child<ts::SpanTextView>(g, "galleryTextView")->spanCount(), 3);

    // Predictions beyond the split: a message instead of a wrong listing.
    QSignalSpy messages(&opener, &ts::MistakesGalleryOpener::message);
    predictions[0].index = 7;
    opener.addPredictions(3, predictions, "val");
    opener.open(1, 1, 3, nullptr);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("not loaded")));  // no validation texts
    g->close();
}

void TestEvaluateText::inputsOfferTextFields() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString table = dir.filePath(QStringLiteral("reviews.csv"));
    const QString corpus = dir.filePath(QStringLiteral("other.txt"));
    const QString tokenizer = dir.filePath(QStringLiteral("spm.model"));
    const QString model = dir.filePath(QStringLiteral("model.pt"));
    for (const auto& [path, content] : {std::pair<QString, QByteArray>{table, "text,label\n\"good film, really\",pos\nawful,neg\n"},
                                        {corpus, "It was a dark and stormy night.\nThe rain fell in torrents.\n"},
                                        {tokenizer, "x"}, {model, "x"}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    ts::EvaluateInputsPanel panel;
    auto* data = child<QLineEdit>(&panel, "evaluateDataEdit");
    auto* textColumn = child<QLineEdit>(&panel, "evaluateTextColumnEdit");
    auto* tokenizerEdit = child<QLineEdit>(&panel, "evaluateTokenizerEdit");
    auto* context = child<QSpinBox>(&panel, "evaluateContextSpin");
    QVERIFY(textColumn->isHidden() || !panel.offersTextColumn());
    QVERIFY(!panel.offersTextColumn());
    QVERIFY(!panel.offersLanguageModelFields());
    QVERIFY(tokenizerEdit->isHidden());

    child<QLineEdit>(&panel, "evaluateModelEdit")->setText(model);
    data->setText(table);
    QVERIFY(panel.offersTextColumn());
    QVERIFY(!textColumn->isHidden());
    data->setText(corpus);
    QVERIFY(!panel.offersTextColumn());
    QVERIFY(panel.offersLanguageModelFields());
    QVERIFY(!tokenizerEdit->isHidden());

    textColumn->setText(QStringLiteral("review"));
    tokenizerEdit->setText(tokenizer);
    context->setValue(256);
    const ts::EvaluateRequest r = panel.request();
    QCOMPARE(r.textColumn, std::string("review"));
    QCOMPARE(r.tokenizer, tokenizer.toStdString());
    QCOMPARE(r.contextLength, int64_t(256));
    QVERIFY(panel.validateInputs().isEmpty());
    tokenizerEdit->setText(dir.filePath(QStringLiteral("missing.model")));
    QVERIFY(panel.validateInputs().contains(QStringLiteral("tokenizer")));
    tokenizerEdit->setText(tokenizer);

    // Remembered like the other fields.
    {
        QSettings s = ts::openSettings();
        panel.saveSettings(s);
    }
    ts::EvaluateInputsPanel again;
    again.loadSettings(ts::openSettings());
    QCOMPARE(again.request().textColumn, std::string("review"));
    QCOMPARE(again.request().tokenizer, tokenizer.toStdString());
    QCOMPARE(again.request().contextLength, int64_t(256));
    QVERIFY(!child<QLineEdit>(&again, "evaluateTokenizerEdit")->isHidden());
    ts::openSettings().clear();
}

void TestEvaluateText::screenshots() {
    const QString out = qEnvironmentVariable("TS_EVAL_SCREENSHOT_DIR");
    if (out.isEmpty()) QSKIP("set TS_EVAL_SCREENSHOT_DIR to render the Evaluate window's text screenshots");
    QVERIFY(QDir().mkpath(out));
    // The inputs of a TorchScript language model on a text file: the tokenizer and context fields appear.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char* name : {"model.pt", "other.txt"}) {
        QFile f(dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("It was a dark and stormy night.\nThe rain fell in torrents.\n");
    }
    ts::EvaluateWindow w;
    w.resize(1280, 800);
    child<QLineEdit>(&w, "evaluateModelEdit")->setText(dir.filePath(QStringLiteral("model.pt")));
    child<QLineEdit>(&w, "evaluateDataEdit")->setText(dir.filePath(QStringLiteral("other.txt")));
    ts::EvaluationResult lm = languageModelResult();
    auto evaluation = std::make_shared<ts::LanguageModelEvaluation>(*lm.lm);
    evaluation->documents[2] = documentScore(2, "line 3", kRavenText, 80.0);
    for (ts::TokenLoss& t : evaluation->documents[2].tokenLosses) t.loss = std::fmod(t.loss * 7.3f, 5.0f);
    lm.lm = evaluation;
    w.onFinished(lm);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const QString& tab : {QStringLiteral("Summary"), QStringLiteral("Documents"), QStringLiteral("Drift"),
                               QStringLiteral("Samples"), QStringLiteral("Calibration")}) {
        showTab(w.resultTabs(), tab);
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(out + QStringLiteral("/evaluate-lm-%1.png").arg(tab.toLower())));
    }
    FakeExplainer explain;
    w.setTextExplainer(explain);
    w.onFinished(textClassifierResult());
    showTab(w.resultTabs(), QStringLiteral("Drift"));
    QCoreApplication::processEvents();
    QVERIFY(w.grab().save(out + QStringLiteral("/evaluate-text-drift.png")));
    w.openGallery(1, 0);
    auto* g = w.findChild<ts::MistakesGallery*>();
    QVERIFY(g);
    QVERIFY(QTest::qWaitForWindowExposed(g));
    QTRY_VERIFY(child<ts::SpanTextView>(g, "galleryTextView")->spanCount() > 0);
    QCoreApplication::processEvents();
    QVERIFY(g->grab().save(out + QStringLiteral("/evaluate-text-gallery.png")));
    g->close();
}

QTEST_MAIN(TestEvaluateText)
#include "test_evaluate_text.moc"
