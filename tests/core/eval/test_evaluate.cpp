// Evaluate mode end to end: a run's checkpoint evaluated again gives the run's own test numbers; a
// shifted test set shows drift and per-class drops; TorchScript modules from Python give PyTorch's
// numbers; bad models and data get messages naming both shapes; the CLI writes evaluation.json.
#include "support/Fixtures.h"
#include "support/PythonTorch.h"
#include "support/TestFiles.h"

#include "core/data/DatasetLoader.h"
#include "core/eval/EvaluationIO.h"
#include "core/eval/Evaluator.h"
#include "core/common/Json.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/train/Trainer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <random>

using namespace ts;

namespace {

constexpr int kTrainN = 480;
constexpr int kTestN = 240;

void writeBigEndian(std::ofstream& out, uint32_t v) {
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.write(b, 4);
}

/// Writes one split as the standard IDX images/labels pair.
void writeIdxSplit(const ImageSet& set, const std::string& images, const std::string& labels) {
    std::ofstream img(images, std::ios::binary), lab(labels, std::ios::binary);
    writeBigEndian(img, 0x0803);
    writeBigEndian(img, uint32_t(set.size()));
    writeBigEndian(img, uint32_t(set.height));
    writeBigEndian(img, uint32_t(set.width));
    img.write(reinterpret_cast<const char*>(set.pixels.data()), std::streamsize(set.pixels.size()));
    writeBigEndian(lab, 0x0801);
    writeBigEndian(lab, uint32_t(set.size()));
    for (int64_t y : set.labels) lab.put(char(y));
}

/// The four standard IDX files of a data set in `dir`.
void writeIdxFolder(const Dataset& ds, const QString& dir) {
    QDir().mkpath(dir);
    const std::string d = dir.toStdString();
    writeIdxSplit(ds.train, d + "/train-images-idx3-ubyte", d + "/train-labels-idx1-ubyte");
    writeIdxSplit(ds.test, d + "/t10k-images-idx3-ubyte", d + "/t10k-labels-idx1-ubyte");
}

QString errorOf(const EvaluateRequest& rq) {
    try {
        evaluateModel(rq);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace

class TestEvaluate : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dataDir, m_runDir;
    RunSummary m_summary;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_dataDir = m_tmp.filePath(QStringLiteral("quadrants"));
        writeIdxFolder(testing::quadrantDataset(kTrainN, kTestN), m_dataDir);
        const Dataset data = loadDataset(m_dataDir.toStdString(), LoadOptions{});
        TrainConfig cfg = presetConfig("mlp");
        cfg.epochs = 2;
        cfg.batchSize = 32;
        cfg.threads = 1;
        m_runDir = m_tmp.filePath(QStringLiteral("run"));
        RunWriter writer(m_runDir.toStdString(), cfg, describeDataset(data, cfg.valFraction));
        RunControl control;
        TrainOptions options;
        options.checkpointDir = m_runDir.toStdString();
        m_summary = train(cfg, data, writer, control, options);
        QCOMPARE(int(m_summary.status), int(RunStatus::Finished));
        QVERIFY(m_summary.hasTest);
        QVERIFY(m_summary.epochs.back().valPredictions.size() > 0);
    }

    // Acceptance: evaluating a checkpoint gives the run's own test evaluation, sample by sample.
    void checkpointMatchesTheRunsTestEvaluation() {
        EvaluateRequest rq;
        rq.modelPath = m_runDir.toStdString();
        rq.dataPath = m_dataDir.toStdString();
        rq.threads = 1;
        const EvaluationResult r = evaluateModel(rq);
        QCOMPARE(QString::fromStdString(r.modelKind), QStringLiteral("checkpoint"));
        QCOMPARE(QString::fromStdString(r.splitName), QStringLiteral("test"));
        QCOMPARE(r.metrics.confusion.counts, m_summary.test.confusion.counts);
        QCOMPARE(r.metrics.accuracy, m_summary.test.accuracy);
        QVERIFY(std::abs(r.metrics.loss - m_summary.test.loss) < 1e-5);
        QCOMPARE(r.predictions.size(), m_summary.testPredictions.size());
        for (size_t i = 0; i < r.predictions.size(); ++i) {
            QCOMPARE(r.predictions[i].predicted, m_summary.testPredictions[i].predicted);
            QVERIFY(std::abs(r.predictions[i].confidence - m_summary.testPredictions[i].confidence) < 1e-5);
        }
        // Same data as in training: a baseline with nothing flagged and no class shift.
        QVERIFY(r.comparison.available);
        for (const ClassDelta& d : r.comparison.classes) QVERIFY2(!d.flagged, d.className.c_str());
        QVERIFY(r.drift.hasReference);
        QVERIFY(r.drift.classChiSquare.pValue > 0.5);
        QVERIFY(r.samples && r.samples->size() == kTestN);
    }

    // Acceptance: darkened images with one class removed show up as drift and as a per-class drop.
    void shiftedDataShowsDriftAndDrops() {
        Dataset shifted = testing::quadrantDataset(kTrainN, kTestN);
        ImageSet kept;
        kept.channels = 1;
        kept.height = kept.width = testing::kSynthSide;
        const int64_t bytes = shifted.test.sampleBytes();
        for (int64_t i = 0; i < shifted.test.size(); ++i) {
            if (shifted.test.labels[size_t(i)] == 2) continue;  // class 2 removed
            const int64_t label = shifted.test.labels[size_t(i)];
            const int side = testing::kSynthSide;
            for (int y = 0; y < side; ++y)
                for (int x = 0; x < side; ++x) {
                    // Class 1 (top right) mirrored looks like class 0 (top left): its recall collapses.
                    const int sx = label == 1 ? side - 1 - x : x;
                    kept.pixels.push_back(uint8_t(shifted.test.pixels[size_t(i * bytes + y * side + sx)] / 3));  // darkened
                }
            kept.labels.push_back(label);
        }
        shifted.test = kept;
        const QString dir = m_tmp.filePath(QStringLiteral("shifted"));
        writeIdxFolder(shifted, dir);

        EvaluateRequest rq;
        rq.modelPath = (m_runDir + QStringLiteral("/checkpoint-last.pt")).toStdString();
        rq.dataPath = dir.toStdString();
        rq.threads = 1;
        const EvaluationResult r = evaluateModel(rq);
        QCOMPARE(QString::fromStdString(r.runDir), m_runDir);  // found from the checkpoint's folder
        QCOMPARE(r.drift.currentCounts.size(), size_t(10));  // IDX files declare at least 10 classes
        QCOMPARE(r.drift.currentCounts[2], int64_t(0));
        QVERIFY(r.drift.classChiSquare.pValue < 1e-6);
        QVERIFY(r.drift.classPsi > 0.25);
        QVERIFY(!r.drift.features.empty());
        QCOMPARE(QString::fromStdString(r.drift.features.front().name), QStringLiteral("mean brightness"));
        QVERIFY(r.drift.features.front().ks > 0.9);
        QVERIFY(r.drift.features.front().currentMean < r.drift.features.front().referenceMean / 2);
        // Class 2 has no samples any more: its recall is undefined, not a drop (drift reports it).
        QVERIFY(r.comparison.available);
        QCOMPARE(r.metrics.perClass[2].support, int64_t(0));
        QVERIFY(r.metrics.perClass[2].recallUndefined);
        QVERIFY(!r.comparison.classes[2].flagged);
        // Mirrored class-1 images are taken for class 0: class 1's recall and class 0's precision drop
        // and both are flagged; every flagged class has a real change.
        QVERIFY(r.metrics.accuracy < m_summary.test.accuracy - 0.2);
        QVERIFY(r.comparison.classes[1].flagged && r.comparison.classes[1].currentRecall < 0.2);
        QVERIFY(r.comparison.classes[0].flagged);
        int flagged = 0;
        for (const ClassDelta& d : r.comparison.classes) {
            if (!d.flagged) continue;
            ++flagged;
            QVERIFY(std::abs(d.currentF1 - d.baselineF1) >= 0.05 || std::abs(d.currentRecall - d.baselineRecall) >= 0.05);
        }
        QVERIFY(flagged >= 1);
    }

    // TorchScript from Python: the same confusion matrix and loss as PyTorch computes.
    void torchScriptModulesGivePyTorchsNumbers() {
        const QString python = ts::testing::pythonWithTorch();
        if (python.isEmpty()) QSKIP("python3 with torch (Debian python3-torch) is not installed");
        const QString out = m_tmp.filePath(QStringLiteral("script"));
        QDir().mkpath(out);
        const QString error = ts::testing::runFixtureScript(python, QStringLiteral("torchscript_fixture.py"), {m_dataDir, out});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile f(out + QStringLiteral("/expected.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Json expected = Json::parse(f.readAll().toStdString());

        for (const char* name : {"shaped", "flat"}) {
            EvaluateRequest rq;
            rq.modelPath = (out + QStringLiteral("/%1.pt").arg(QLatin1String(name))).toStdString();
            rq.dataPath = m_dataDir.toStdString();
            rq.threads = 1;
            const EvaluationResult r = evaluateModel(rq);
            QCOMPARE(QString::fromStdString(r.modelKind), QStringLiteral("torchscript"));
            std::vector<int64_t> want;
            for (const Json& v : expected[name]["confusion"].array()) want.push_back(v.integer());
            QCOMPARE(r.metrics.confusion.counts, want);
            QVERIFY(std::abs(r.metrics.loss - expected[name]["loss"].number()) < 1e-5);
            QVERIFY(!r.comparison.available);  // no run: nothing to compare with
        }
        // The shaped module carries class names; the data's numbered classes map onto them.
        EvaluateRequest rq;
        rq.modelPath = (out + QStringLiteral("/shaped.pt")).toStdString();
        rq.dataPath = m_dataDir.toStdString();
        const EvaluationResult named = evaluateModel(rq);
        QCOMPARE(QString::fromStdString(named.metrics.confusion.classNames.front()), QStringLiteral("north-west"));
        // A stated shape that does not hold a sample's values is refused with both sizes.
        rq.inputShape = "1,7,7";
        const QString bad = errorOf(rq);
        QVERIFY2(bad.contains(QStringLiteral("[1, 7, 7]")) && bad.contains(QStringLiteral("64")), qPrintable(bad));
    }

    // Tables: new rows are standardized with the training statistics, and a shifted column is found and
    // reported in raw units.
    void tableDriftIsFoundAndReportedInRawUnits() {
        const auto writeTable = [](const QString& path, int rows, double shiftB, unsigned seed) {
            std::mt19937 rng(seed);
            std::normal_distribution<double> noise(0.0, 1.0);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a,b,c,label\n");
            for (int i = 0; i < rows; ++i) {
                const int cls = i % 3;
                f.write(QStringLiteral("%1,%2,%3,%4\n")
                            .arg(10.0 + 2.0 * cls + noise(rng), 0, 'f', 4)
                            .arg(100.0 + shiftB + 5.0 * noise(rng), 0, 'f', 4)
                            .arg(-cls + 0.5 * noise(rng), 0, 'f', 4)
                            .arg(QLatin1String(cls == 0 ? "low" : cls == 1 ? "mid" : "high"))
                            .toUtf8());
            }
        };
        const QString trainCsv = m_tmp.filePath(QStringLiteral("table-train.csv"));
        const QString newCsv = m_tmp.filePath(QStringLiteral("table-new.csv"));
        writeTable(trainCsv, 600, 0.0, 1);
        writeTable(newCsv, 300, 15.0, 2);  // column b moves by three of its standard deviations
        const Dataset data = loadDataset(trainCsv.toStdString(), LoadOptions{});
        TrainConfig cfg = presetConfig("mlp");
        cfg.epochs = 2;
        cfg.threads = 1;
        const QString run = m_tmp.filePath(QStringLiteral("table-run"));
        {
            RunWriter writer(run.toStdString(), cfg, describeDataset(data, cfg.valFraction));
            RunControl control;
            TrainOptions options;
            options.checkpointDir = run.toStdString();
            QCOMPARE(int(train(cfg, data, writer, control, options).status), int(RunStatus::Finished));
        }
        EvaluateRequest rq;
        rq.modelPath = run.toStdString();
        rq.threads = 1;
        // Fresh rows from the same distribution score like the run's own test split.
        const QString sameCsv = m_tmp.filePath(QStringLiteral("table-same.csv"));
        writeTable(sameCsv, 300, 0.0, 3);
        rq.dataPath = sameCsv.toStdString();
        const EvaluationResult same = evaluateModel(rq);
        QVERIFY(same.comparison.available);
        QVERIFY2(std::abs(same.metrics.accuracy - same.comparison.baseline.accuracy) < 0.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(same.metrics.accuracy).arg(same.comparison.baseline.accuracy)));
        QVERIFY(same.drift.features.front().ks < 0.2);

        rq.dataPath = newCsv.toStdString();
        const EvaluationResult r = evaluateModel(rq);
        QCOMPARE(QString::fromStdString(r.splitName), QStringLiteral("all"));
        QCOMPARE(r.metrics.confusion.total(), int64_t(300));
        QCOMPARE(QString::fromStdString(r.drift.featureKind), QStringLiteral("columns"));
        QCOMPARE(r.drift.features.size(), size_t(3));
        const FeatureShift& top = r.drift.features.front();
        QCOMPARE(QString::fromStdString(top.name), QStringLiteral("b"));
        QVERIFY(top.ks > 0.8 && top.pValue < 1e-10);
        QVERIFY2(std::abs(top.referenceMean - 100.0) < 1.0 && std::abs(top.currentMean - 115.0) < 1.5,
                 qPrintable(QStringLiteral("%1 -> %2").arg(top.referenceMean).arg(top.currentMean)));
        QVERIFY(std::abs(top.referenceStd - 5.0) < 0.8);
        for (size_t i = 1; i < r.drift.features.size(); ++i) QVERIFY(r.drift.features[i].ks < 0.2);
        // The mistakes gallery gets raw values back: standardized * (1 / scale) + shift.
        QCOMPARE(r.featureNames, (std::vector<std::string>{"a", "b", "c"}));
        QCOMPARE(r.featureShift.size(), size_t(3));
        QVERIFY(r.samples && r.samples->isTabular());
    }

    void badInputsGetMessagesThatNameBothShapes() {
        // Images of another size than the model was trained on.
        Dataset small = testing::quadrantDataset(8, 8);
        const QString smallDir = m_tmp.filePath(QStringLiteral("small"));
        for (ImageSet* s : {&small.train, &small.test}) {  // crop 8x8 to 6x6
            std::vector<uint8_t> cropped;
            for (int64_t i = 0; i < s->size(); ++i)
                for (int y = 0; y < 6; ++y)
                    for (int x = 0; x < 6; ++x) cropped.push_back(s->pixels[size_t(i * 64 + y * 8 + x)]);
            s->pixels = cropped;
            s->height = s->width = 6;
        }
        writeIdxFolder(small, smallDir);
        EvaluateRequest rq;
        rq.modelPath = m_runDir.toStdString();
        rq.dataPath = smallDir.toStdString();
        QString msg = errorOf(rq);
        QVERIFY2(msg.contains(QStringLiteral("1x8x8")) && msg.contains(QStringLiteral("1x6x6")), qPrintable(msg));

        // A table for an image model.
        const QString table = m_tmp.filePath(QStringLiteral("table.csv"));
        QVERIFY(testing::writeFile(table, "a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n"));
        rq.dataPath = table.toStdString();
        msg = errorOf(rq);
        QVERIFY2(msg.contains(QStringLiteral("1x8x8")) && msg.contains(QStringLiteral("2 features")), qPrintable(msg));

        // A file that is neither a checkpoint nor TorchScript.
        const QString junk = m_tmp.filePath(QStringLiteral("junk.pt"));
        QVERIFY(testing::writeFile(junk, "not a model at all"));
        rq.modelPath = junk.toStdString();
        rq.dataPath = m_dataDir.toStdString();
        msg = errorOf(rq);
        QVERIFY2(msg.contains(QStringLiteral("TorchScript")) && msg.contains(QStringLiteral("junk.pt")), qPrintable(msg));

        // Missing files.
        rq.modelPath = m_tmp.filePath(QStringLiteral("nowhere.pt")).toStdString();
        QVERIFY(errorOf(rq).contains(QStringLiteral("does not exist")));
    }

    void cancellingStopsTheEvaluation() {
        EvaluateRequest rq;
        rq.modelPath = m_runDir.toStdString();
        rq.dataPath = m_dataDir.toStdString();
        rq.batchSize = 16;
        EvaluateControl control;
        int calls = 0;
        control.progress = [&](int64_t done, int64_t, const std::string&) {
            ++calls;
            if (done > 0) control.cancel = true;
        };
        bool cancelled = false;
        try {
            evaluateModel(rq, &control);
        } catch (const std::runtime_error& e) {
            cancelled = QString::fromStdString(e.what()).contains(QStringLiteral("cancelled"));
        }
        QVERIFY(cancelled);
        QVERIFY(calls >= 2);
    }

    // The CLI: evaluation.json carries the same metric keys as summary.json's "test".
    void cliWritesEvaluationJsonWithSummaryKeys() {
        const QString out = m_tmp.filePath(QStringLiteral("cli-eval"));
        QProcess p;
        p.start(QStringLiteral(TS_CLI_PATH), {QStringLiteral("evaluate"), QStringLiteral("--model"), m_runDir,
                                              QStringLiteral("--data"), m_dataDir, QStringLiteral("--out"), out,
                                              QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("accuracy"));
        std::vector<std::string> warnings;
        const Json evaluation = readJsonFile(out.toStdString() + "/evaluation.json", warnings, true);
        const Json summary = readJsonFile(m_runDir.toStdString() + "/summary.json", warnings, true);
        QVERIFY(warnings.empty());
        std::vector<std::string> evalKeys, testKeys;
        for (const auto& kv : evaluation["metrics"].object()) evalKeys.push_back(kv.first);
        for (const auto& kv : summary["test"].object()) testKeys.push_back(kv.first);
        QVERIFY(!testKeys.empty());
        QCOMPARE(evalKeys, testKeys);
        QCOMPARE(evaluation["metrics"]["accuracy"].number(), summary["test"]["accuracy"].number());
        QVERIFY(evaluation.contains("calibration") && evaluation.contains("drift"));
        QFile csv(out + QStringLiteral("/predictions.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), kTestN + 1);

        // Bad arguments: usage error, exit code 2, nothing written.
        QProcess bad;
        bad.start(QStringLiteral(TS_CLI_PATH), {QStringLiteral("evaluate"), QStringLiteral("--model"), m_runDir});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--data"));
    }
};

QTEST_GUILESS_MAIN(TestEvaluate)
#include "test_evaluate.moc"
