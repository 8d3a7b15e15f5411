// Evaluate mode for text classifiers: a text-bow run evaluated on its own class folder gives the run's test
// figures text by text, with the texts, the comparison and word drift; a text-transformer checkpoint without a run
// gives its token figures; classes the model does not know and data that is not labelled text are refused clearly.
#include "core/data/DatasetLoader.h"
#include "core/eval/Evaluator.h"
#include "core/eval/TextDrift.h"
#include "core/runs/RunWriter.h"
#include "core/train/TrainConfig.h"
#include "core/train/Trainer.h"
#include "core/common/Json.h"
#include "support/PythonTorch.h"
#include "support/TextTopics.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>

namespace {

constexpr int kTrainPerTopic = 120;
constexpr int kTestPerTopic = 30;
constexpr double kSameDataDivergence = 0.05;  // bits: the test split's words against the training split's

/// Writes `set` as one .txt file per text under dir/<class name>/.
void writeClassFolder(const ts::TextExamples& set, const std::vector<std::string>& classes, const QString& dir) {
    for (size_t i = 0; i < set.texts.size(); ++i) {
        const QString folder = dir + "/" + QString::fromStdString(classes[size_t(set.labels[i])]);
        QDir().mkpath(folder);
        std::ofstream(QString("%1/%2.txt").arg(folder).arg(i).toStdString()) << set.texts[i];
    }
}

QString evaluationError(const ts::EvaluateRequest& rq) {
    try {
        ts::evaluateModel(rq);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace

class TestTextClassifierEval : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runOnItsOwnTestSplit();
    void transformerWithoutRun();
    void unknownClassesAreNamed();
    void torchScriptGivesPyTorchsNumbers();
    void torchScriptNeedsItsTokenizer();
    void dataMustBeLabelledText();

private:
    QTemporaryDir m_tmp;
    QString m_dataDir, m_runDir;
    ts::RunSummary m_summary;
};

void TestTextClassifierEval::initTestCase() {
    QVERIFY(m_tmp.isValid());
    const std::vector<std::string> classes = ts::testing::topicDataset().classNames;
    m_dataDir = m_tmp.filePath("topics");
    writeClassFolder(ts::testing::topicTexts(kTrainPerTopic, 1), classes, m_dataDir + "/train");
    writeClassFolder(ts::testing::topicTexts(kTestPerTopic, 2), classes, m_dataDir + "/test");
    const ts::Dataset data = ts::loadDataset(m_dataDir.toStdString(), ts::LoadOptions{});
    QVERIFY(data.isTextClassification());
    QCOMPARE(data.textTest.size(), int64_t(3 * kTestPerTopic));
    ts::TrainConfig cfg = ts::presetConfig("text-bow");
    cfg.hashBuckets = 1 << 12;
    cfg.epochs = 3;
    cfg.threads = 1;
    m_runDir = m_tmp.filePath("run");
    ts::RunWriter writer(m_runDir.toStdString(), cfg, ts::describeDataset(data, cfg.valFraction));
    ts::RunControl control;
    ts::TrainOptions options;
    options.checkpointDir = m_runDir.toStdString();
    m_summary = ts::train(cfg, data, writer, control, options);
    QVERIFY2(m_summary.status == ts::RunStatus::Finished, m_summary.message.c_str());
    QVERIFY(m_summary.hasTest);
}

void TestTextClassifierEval::runOnItsOwnTestSplit() {
    ts::EvaluateRequest rq;
    rq.modelPath = m_runDir.toStdString();
    rq.dataPath = m_dataDir.toStdString();
    rq.threads = 1;
    const ts::EvaluationResult r = ts::evaluateModel(rq);
    QCOMPARE(r.task, std::string("classification"));
    QCOMPARE(r.modelKind, std::string("checkpoint"));
    QVERIFY(r.modelDescription.find("text-bow") != std::string::npos);
    QCOMPARE(r.splitName, std::string("test"));
    QCOMPARE(r.metrics.accuracy, m_summary.test.accuracy);
    QCOMPARE(r.metrics.confusion.counts, m_summary.test.confusion.counts);
    QVERIFY(std::abs(r.metrics.loss - m_summary.test.loss) < 1e-5);
    QCOMPARE(r.predictions.size(), m_summary.testPredictions.size());
    for (size_t i = 0; i < r.predictions.size(); ++i) {
        QCOMPARE(r.predictions[i].index, int64_t(i));
        QCOMPARE(r.predictions[i].predicted, m_summary.testPredictions[i].predicted);
    }
    QVERIFY(r.texts && r.texts->size() == r.predictions.size());
    QVERIFY(!r.samples);
    QVERIFY(r.calibration.bins.size() > 0);
    QVERIFY(r.comparison.available);
    for (const ts::ClassDelta& d : r.comparison.classes) QVERIFY2(!d.flagged, d.className.c_str());
    QVERIFY(r.drift.hasReference);
    QCOMPARE(r.drift.currentCounts, (std::vector<int64_t>{kTestPerTopic, kTestPerTopic, kTestPerTopic}));
    QVERIFY(r.textDrift);
    const ts::TextDriftReport& drift = *r.textDrift;
    QVERIFY(drift.hasReference);
    QCOMPARE(drift.tokenKind, std::string("words"));
    QCOMPARE(drift.currentDocuments, int64_t(3 * kTestPerTopic));
    QVERIFY(drift.referenceDocuments > drift.currentDocuments);
    QVERIFY(drift.currentTokens > 0 && drift.referenceTokens > drift.currentTokens);
    QVERIFY2(drift.jsDivergence < kSameDataDivergence, std::to_string(drift.jsDivergence).c_str());
}

void TestTextClassifierEval::transformerWithoutRun() {
    const ts::TrainConfig cfg = ts::testing::tinyTransformer(1, 16, 32, 1);
    const ts::Dataset data = ts::loadDataset(m_dataDir.toStdString(), ts::LoadOptions{});
    ts::TrainOptions options;
    options.checkpointDir = m_tmp.filePath("transformer").toStdString();
    QDir().mkpath(QString::fromStdString(options.checkpointDir));
    ts::RunControl control;
    ts::TrainObserver observer;
    const ts::RunSummary s = ts::train(cfg, data, observer, control, options);
    QVERIFY2(s.status == ts::RunStatus::Finished, s.message.c_str());

    ts::EvaluateRequest rq;
    rq.modelPath = options.checkpointDir + "/" + ts::lastCheckpointName();
    rq.dataPath = m_dataDir.toStdString();
    rq.threads = 1;
    const ts::EvaluationResult r = ts::evaluateModel(rq);
    QVERIFY(r.modelDescription.find("text-transformer") != std::string::npos);
    QCOMPARE(r.metrics.accuracy, s.test.accuracy);
    QVERIFY(r.runDir.empty());
    QVERIFY(!r.comparison.available);
    QVERIFY(r.textDrift && !r.textDrift->hasReference);
    QCOMPARE(r.textDrift->tokenKind, std::string("char tokens"));
    QVERIFY(r.textDrift->currentTokens > 0);
}

// A character classifier trained and scripted in PyTorch, evaluated with its vocab attribute: PyTorch's confusion
// matrix and loss, and drift against the training texts given as the reference.
void TestTextClassifierEval::torchScriptGivesPyTorchsNumbers() {
    const QString python = ts::testing::pythonWithTorch();
    if (python.isEmpty()) QSKIP("python3 with torch (Debian python3-torch) is not installed");
    const QString out = m_tmp.filePath("script");
    QDir().mkpath(out);
    const QString error = ts::testing::runFixtureScript(python, "text_classifier_fixture.py", {m_dataDir, out});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile f(out + "/expected.json");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ts::Json expected = ts::Json::parse(f.readAll().toStdString());

    ts::EvaluateRequest rq;
    rq.modelPath = (out + "/text_classifier.pt").toStdString();
    rq.dataPath = m_dataDir.toStdString();
    rq.referencePath = (m_dataDir + "/train").toStdString();
    rq.threads = 1;
    const ts::EvaluationResult r = ts::evaluateModel(rq);
    QCOMPARE(r.modelKind, std::string("torchscript"));
    QCOMPARE(r.task, std::string("classification"));
    QCOMPARE(r.splitName, std::string("test"));
    std::vector<int64_t> want;
    for (const ts::Json& v : expected["confusion"].array()) want.push_back(v.integer());
    QCOMPARE(r.metrics.confusion.counts, want);
    QVERIFY2(std::abs(r.metrics.loss - expected["loss"].number()) < 1e-5,
             qPrintable(QString("%1 vs %2").arg(r.metrics.loss).arg(expected["loss"].number())));
    QVERIFY(r.metrics.accuracy > 0.5);  // trained: better than the 1/3 of chance
    QVERIFY(r.texts && r.texts->size() == r.predictions.size());
    QVERIFY(r.textDrift && r.textDrift->hasReference);
    QCOMPARE(r.textDrift->tokenKind, std::string("vocab tokens"));
    QVERIFY2(r.textDrift->jsDivergence < kSameDataDivergence, std::to_string(r.textDrift->jsDivergence).c_str());
    QVERIFY(r.drift.hasReference);

    // A context shorter than its block_size cuts every text and changes the figures; the note says so.
    rq.contextLength = 4;
    const ts::EvaluationResult cut = ts::evaluateModel(rq);
    QVERIFY(std::abs(cut.metrics.loss - r.metrics.loss) > 1e-4);
    bool noted = false;
    for (const std::string& note : cut.notes) noted = noted || note.find("their first 4") != std::string::npos;
    QVERIFY(noted);
}

// A scripted module without a vocab attribute and without --tokenizer is refused with what to give (run after
// torchScriptGivesPyTorchsNumbers, whose fixture writes it).
void TestTextClassifierEval::torchScriptNeedsItsTokenizer() {
    const QString python = ts::testing::pythonWithTorch();
    if (python.isEmpty()) QSKIP("python3 with torch (Debian python3-torch) is not installed");
    const QString file = m_tmp.filePath("script/bare.pt");  // written by the fixture of the test before
    if (!QFile::exists(file)) QSKIP("the fixture did not run");
    ts::EvaluateRequest rq;
    rq.modelPath = file.toStdString();
    rq.dataPath = m_dataDir.toStdString();
    const QString message = evaluationError(rq);
    QVERIFY2(message.contains("no vocab attribute") && message.contains("--tokenizer"), qPrintable(message));
}

void TestTextClassifierEval::unknownClassesAreNamed() {
    const QString csv = m_tmp.filePath("other.csv");
    std::ofstream(csv.toStdString()) << "text,label\n\"a goal, a match\",sports\nthe oven was hot,baking\n"
                                        "rain today,weather\nsnow,baking\n";
    ts::EvaluateRequest rq;
    rq.modelPath = m_runDir.toStdString();
    rq.dataPath = csv.toStdString();
    const QString error = evaluationError(rq);
    QVERIFY2(error.contains("class(es) the model does not know (baking)"), qPrintable(error));
    QVERIFY2(error.contains("the model's 3 classes are"), qPrintable(error));
}

void TestTextClassifierEval::dataMustBeLabelledText() {
    const QString csv = m_tmp.filePath("numbers.csv");
    std::ofstream(csv.toStdString()) << "x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n";
    ts::EvaluateRequest rq;
    rq.modelPath = m_runDir.toStdString();
    rq.dataPath = csv.toStdString();
    const QString error = evaluationError(rq);
    QVERIFY2(error.contains("not a set of labelled texts"), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestTextClassifierEval)
#include "test_text_classifier_eval.moc"
