// The main window with a language model (issue 14): the form's language-model fields, the charts, the status bar,
// the Samples panel and the watch-list alert, fed with synthetic steps and evaluations. Runs headless.
#include "support/TestFiles.h"
#include "support/WidgetLookup.h"
#include "support/WindowTestSetup.h"
#include "core/common/Types.h"
#include "core/train/TrainConfig.h"
#include "ui/charts/CurveChart.h"
#include "ui/common/Settings.h"
#include "ui/lm/PlaygroundPanel.h"
#include "ui/lm/SamplesPanel.h"
#include "ui/training/MainWindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using ts::CurveChart;
using ts::MainWindow;
using ts::testing::child;

namespace {

constexpr int kSteps = 400;
constexpr int kEvalEvery = 100;
constexpr double kGradClip = 1.0;

ts::TrainConfig lmConfig() {
    ts::TrainConfig cfg = ts::presetConfig("gpt-tiny");
    cfg.steps = kSteps;
    cfg.evalEvery = kEvalEvery;
    cfg.gradClip = kGradClip;
    cfg.warmupSteps = 20;
    return cfg;
}

QVector<ts::BatchMetrics> lmSteps(int64_t first, int count) {
    QVector<ts::BatchMetrics> out;
    for (int i = 0; i < count; ++i) {
        ts::BatchMetrics b;
        b.step = first + i;
        b.epoch = int((b.step - 1) / kEvalEvery) + 1;
        b.loss = 4.0 * std::exp(-double(b.step) / 150.0) + 1.5;
        b.lr = 1e-3 * std::min(1.0, double(b.step) / 20.0);
        b.gradNorm = b.step % 50 == 0 ? -1.0 : 0.5 + 2.0 / double(b.step);  // every 50th not measured
        b.samplesPerSec = 12000.0;
        b.elapsedSec = 0.05 * double(b.step);
        b.totalSteps = kSteps;
        out.append(b);
    }
    return out;
}

ts::TextSample sample(int64_t step, const std::string& prompt, const std::string& text) {
    ts::TextSample s;
    s.step = step;
    s.prompt = prompt;
    s.text = text;
    s.distinct1 = 0.5;
    s.distinct2 = 0.7;
    return s;
}

ts::EpochMetrics evaluation(int index, bool hit) {
    ts::EpochMetrics m;
    m.languageModel = true;
    m.epoch = index;
    m.epochs = kSteps / kEvalEvery;
    m.step = int64_t(index) * kEvalEvery;
    m.trainLoss = 2.5 - 0.2 * index;
    m.val.loss = 2.6 - 0.2 * index;
    m.lm.valPerplexity = std::exp(m.val.loss);
    m.lm.valBitsPerByte = m.val.loss / std::log(2.0);
    m.lm.trainBitsPerByte = m.trainLoss / std::log(2.0);
    m.samplesPerSec = 12000.0;
    m.elapsedSec = 5.0 * index;
    m.lm.samples = {sample(m.step, "", "the king said"), sample(m.step, "ROMEO:", " and so the night")};
    if (hit) {
        m.lm.samples[1].watchHits.push_back({5, 7, "so"});
        m.lm.watchHits = 1;
    }
    return m;
}

}  // namespace

class TestLmWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ts::testing::prepareWindowTests(); }
    void formShowsLanguageModelFields();
    void formRoundTripsLanguageModelFields();
    void chartsAndStatusFollowSteps();
    void evaluationsFillSamplesAndAlert();
    void ctrlReturnInThePromptGenerates();
};

void TestLmWindow::formShowsLanguageModelFields() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* preset = child<QComboBox>(&w, "presetCombo");
    auto* steps = child<QSpinBox>(&w, "stepsSpin");
    auto* epochs = child<QSpinBox>(&w, "epochsSpin");
    auto* samplesDock = child<QDockWidget>(&w, "samplesDock");
    auto* confusionDock = child<QDockWidget>(&w, "confusionDock");
    preset->setCurrentIndex(preset->findData(QStringLiteral("mlp")));
    QVERIFY(!steps->isVisible());
    QVERIFY(epochs->isVisible());
    QVERIFY(!samplesDock->isVisible());
    QVERIFY(confusionDock->isVisible());

    preset->setCurrentIndex(preset->findData(QStringLiteral("gpt-tiny")));
    for (const char* name : {"stepsSpin", "evalEverySpin", "evalBatchesSpin", "contextLengthSpin", "layersSpin",
                             "headsSpin", "embeddingSpin", "dropoutSpin", "tokenizerCombo", "vocabSizeSpin",
                             "promptsEdit", "watchListEdit", "watchListBrowseButton", "sampleTokensSpin",
                             "sampleTemperatureSpin", "sampleTopKSpin", "sampleSeedSpin", "warmupStepsSpin",
                             "minLrSpin", "gradClipSpin"}) {
        auto* field = child<QWidget>(&w, name);
        QVERIFY2(field->isVisible(), name);
        QVERIFY2(!field->toolTip().isEmpty(), name);
    }
    QVERIFY(!epochs->isVisible());
    const ts::TrainConfig tiny = ts::presetConfig("gpt-tiny");
    QCOMPARE(int64_t(steps->value()), tiny.steps);
    QCOMPARE(child<QSpinBox>(&w, "contextLengthSpin")->value(), tiny.contextLength);
    QVERIFY(!child<QSpinBox>(&w, "vocabSizeSpin")->isEnabled());  // char tokenizer
    QVERIFY(samplesDock->isVisible());
    QVERIFY(!confusionDock->isVisible());
    QVERIFY(child<QDockWidget>(&w, "gradNormDock")->isVisible());

    preset->setCurrentIndex(preset->findData(QStringLiteral("mlp")));
    QVERIFY(!steps->isVisible());
    QVERIFY(epochs->isVisible());
    QVERIFY(!samplesDock->isVisible());
}

void TestLmWindow::formRoundTripsLanguageModelFields() {
    ts::TrainConfig cfg = lmConfig();
    cfg.prompts = {"", "ROMEO:"};
    cfg.tokenizer = "bpe";
    cfg.vocabSize = 300;
    cfg.sampleTopK = 40;
    {
        MainWindow w;
        w.setConfig(cfg);
        QCOMPARE(w.config().prompts, cfg.prompts);
        QVERIFY(child<QSpinBox>(&w, "vocabSizeSpin")->isEnabled());
        child<QSpinBox>(&w, "layersSpin")->setValue(2);
        w.close();  // remembers the form
    }
    MainWindow again;
    const ts::TrainConfig got = again.config();
    QCOMPARE(got.preset, std::string("gpt-tiny"));
    QCOMPARE(got.steps, int64_t(kSteps));
    QCOMPARE(got.layers, 2);
    QCOMPARE(got.tokenizer, std::string("bpe"));
    QCOMPARE(got.vocabSize, 300);
    QCOMPARE(got.sampleTopK, 40);
    QCOMPARE(got.prompts, cfg.prompts);
    ts::openSettings().clear();
}

void TestLmWindow::chartsAndStatusFollowSteps() {
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setConfig(lmConfig());
    w.onTrainingStarted(QStringLiteral("cpu"), 2, 0);
    auto* progress = child<QLabel>(&w, "progressLabel");
    QVERIFY2(progress->text().contains(QStringLiteral("Step 0 / 400")), qPrintable(progress->text()));
    w.onBatches(lmSteps(1, 100));
    QVERIFY2(progress->text().contains(QStringLiteral("Step 100 / 400")), qPrintable(progress->text()));
    QVERIFY2(child<QLabel>(&w, "throughputLabel")->text().contains(QStringLiteral("tokens/s")),
             qPrintable(child<QLabel>(&w, "throughputLabel")->text()));
    QVERIFY(child<QLabel>(&w, "etaLabel")->text().startsWith(QStringLiteral("ETA ")));

    auto* loss = child<CurveChart>(&w, "lossChart");
    QCOMPARE(loss->rawCount(loss->seriesId(QStringLiteral("train loss (batch)"))), 100);
    auto* lr = child<CurveChart>(&w, "lrChart");
    QCOMPARE(lr->rawCount(0), 100);
    QVERIFY(lr->rawPoints(0).front().y() < lr->rawPoints(0).back().y());  // the warm-up rises
    auto* grad = child<CurveChart>(&w, "gradNormChart");
    QCOMPARE(grad->rawCount(grad->seriesId(QStringLiteral("grad norm"))), 98);  // steps 50 and 100 not measured
    const QVector<QPointF> clip = grad->rawPoints(grad->seriesId(QStringLiteral("clip threshold")));
    QVERIFY(clip.size() >= 2);
    QCOMPARE(clip.front(), QPointF(1.0, kGradClip));
    QCOMPARE(clip.back(), QPointF(100.0, kGradClip));
    QCOMPARE(child<CurveChart>(&w, "throughputChart")->rawCount(0), 100);

    w.onEpoch(evaluation(1, false));
    QCOMPARE(loss->rawPoints(loss->seriesId(QStringLiteral("val loss (evaluation)"))).back(), QPointF(100.0, 2.4));
    auto* eval = child<CurveChart>(&w, "evalChart");
    const int val = eval->seriesId(QStringLiteral("val"));
    QCOMPARE(eval->rawPoints(val).back(), QPointF(100.0, 2.4));
    auto* measure = child<QComboBox>(&w, "evalMeasureCombo");
    measure->setCurrentIndex(1);  // perplexity
    QVERIFY(qFuzzyCompare(eval->rawPoints(val).back().y(), std::exp(2.4)));
    measure->setCurrentIndex(2);  // bits per byte
    QVERIFY(qFuzzyCompare(eval->rawPoints(val).back().y(), 2.4 / std::log(2.0)));
    QCOMPARE(eval->rawCount(val), 1);
    w.close();
}

void TestLmWindow::evaluationsFillSamplesAndAlert() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setConfig(lmConfig());
    w.onTrainingStarted(QStringLiteral("cpu"), 2, 0);
    auto* table = child<QTableWidget>(&w, "samplesTable");
    auto* banner = child<QLabel>(&w, "watchAlertBanner");
    w.onEpoch(evaluation(1, false));
    w.onEpoch(evaluation(2, false));
    QCOMPARE(table->rowCount(), 2);  // one row per evaluation for the first prompt
    QVERIFY(!banner->isVisible());
    w.onEpoch(evaluation(3, true));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("1 hit")), qPrintable(banner->text()));
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Watch list")),
             qPrintable(w.statusBar()->currentMessage()));
    w.close();
}

void TestLmWindow::ctrlReturnInThePromptGenerates() {
    // The Train action also answers Ctrl+Return: in the playground's prompt the key must generate, not train and
    // not be lost to Qt's "ambiguous shortcut".
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setConfig(lmConfig());
    auto* playground = child<ts::PlaygroundPanel>(&w, "playgroundPanel");
    QTemporaryDir dir;
    const QString checkpoint = dir.filePath("checkpoint-last.pt");
    QVERIFY(ts::testing::writeFile(checkpoint, "not read by the panel"));
    playground->setSource(checkpoint);
    QSignalSpy generate(playground, &ts::PlaygroundPanel::generateRequested);
    QSignalSpy train(&w, &MainWindow::trainRequested);
    auto* prompt = child<QPlainTextEdit>(&w, "playgroundPromptEdit");
    child<QDockWidget>(&w, "generateDock")->raise();
    w.activateWindow();
    prompt->setFocus();
    QTest::keyClicks(prompt, QStringLiteral("ROMEO:"));
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(generate.count(), 1);
    QCOMPARE(train.count(), 0);
    w.close();
}

QTEST_MAIN(TestLmWindow)
#include "test_lm_window.moc"
