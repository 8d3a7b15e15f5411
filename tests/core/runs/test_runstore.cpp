// The run store: what a RunWriter records reads back exactly, and damage from a killed process is contained.
#include "core/data/DatasetLoader.h"
#include "support/Fixtures.h"
#include "core/common/Json.h"
#include "core/eval/Metrics.h"
#include "core/health/HealthLog.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

namespace {

ts::DatasetInfo info() { return ts::testing::datasetInfo(); }

ts::EvalMetrics eval(int64_t a, int64_t b, double loss) {
    ts::ConfusionMatrix cm;
    cm.reset({"a", "b", "c"});
    cm.counts = {a, 1, 0, 2, b, 1, 0, 0, 3};
    return ts::metricsFromConfusion(cm, loss);
}

/// Feeds a RunWriter a small two-epoch run; returns the summary it was given.
ts::RunSummary recordRun(ts::RunWriter& w, bool finish) {
    w.onStart("cpu", 2, 3);
    ts::RunSummary s;
    s.device = "cpu";
    s.threads = 2;
    for (int epoch = 1; epoch <= 2; ++epoch) {
        for (int b = 1; b <= 3; ++b) {
            ts::BatchMetrics m;
            m.step = (epoch - 1) * 3 + b;
            m.epoch = epoch;
            m.batch = b;
            m.batchesPerEpoch = 3;
            m.loss = 1.0 / double(m.step);
            m.lr = 0.1 * m.step;
            m.samplesPerSec = 1000.0 + m.step;
            m.elapsedSec = 0.5 * m.step;
            w.onBatch(m);
        }
        ts::EpochMetrics e;
        e.epoch = epoch;
        e.epochs = 2;
        e.step = epoch * 3;
        e.trainLoss = 0.9 / epoch;
        e.trainAccuracy = 0.5 + 0.1 * epoch;
        e.val = eval(4 + epoch, 5, 0.7 / epoch);
        e.valSetName = "validation";
        e.lr = 0.3 * epoch;
        e.seconds = 1.25 * epoch;
        e.evalSeconds = 0.125;
        e.elapsedSec = 1.5 * epoch;
        e.samplesPerSec = 2000.0;
        e.valSplit = "val";
        e.valPredictions = {{0, 0, epoch - 1, 0.5 + 0.25 * epoch}, {3, 1, 1, 0.875}};
        w.onEpoch(e);
        s.epochs.push_back(e);
    }
    if (finish) {
        s.hasTest = true;
        s.test = eval(9, 8, 0.3);
        s.testPredictions = {{0, 0, 0, 0.9}, {1, 1, 2, 0.6}};
        s.totalSeconds = 3.5;
        w.onFinished(s);
    }
    return s;
}

void compareEval(const ts::EvalMetrics& a, const ts::EvalMetrics& b) {
    QCOMPARE(a.loss, b.loss);
    QCOMPARE(a.accuracy, b.accuracy);
    QCOMPARE(a.confusion.classNames, b.confusion.classNames);
    QCOMPARE(a.confusion.counts, b.confusion.counts);
    QCOMPARE(a.perClass.size(), b.perClass.size());
    for (size_t i = 0; i < a.perClass.size(); ++i) {
        QCOMPARE(a.perClass[i].precision, b.perClass[i].precision);
        QCOMPARE(a.perClass[i].recall, b.perClass[i].recall);
        QCOMPARE(a.perClass[i].support, b.perClass[i].support);
    }
    QCOMPARE(a.macro.f1, b.macro.f1);
    QCOMPARE(a.weighted.f1, b.weighted.f1);
}

}  // namespace

class TestRunStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip();
    void jsonRejectsBadInput_data();
    void jsonRejectsBadInput();
    void reloadGivesBackWhatWasWritten();
    void killedRunReadsAsInterrupted();
    void listsNewestFirstAndSkipsStrangers();
    void metaAndDelete();
    void loadOptionsRoundTrip();
    void integersKeepAll64Bits();
    void healthFilesLoadWhenPresent();
    void processesLoadFromTheLiveFileWhileTraining();
    void processesLoadFromTheSummaryOnceEnded();
};

void TestRunStore::jsonRoundTrip() {
    const std::string text = R"({"a": [1, 2.5, -3e-4, true, null], "s": "tab\t quote\" \u00e9 \ud83d\ude00", "o": {}})";
    const ts::Json j = ts::Json::parse(text);
    QCOMPARE(j["a"].size(), size_t(5));
    QCOMPARE(j["a"][1].number(), 2.5);
    QCOMPARE(j["a"][2].number(), -3e-4);
    QVERIFY(j["a"][4].isNull());
    QCOMPARE(j["s"].string(), std::string("tab\t quote\" \xc3\xa9 \xf0\x9f\x98\x80"));
    QVERIFY(j["missing"]["deeper"].isNull());
    const ts::Json again = ts::Json::parse(j.dump(2));
    QCOMPARE(again.dump(), j.dump());
}

void TestRunStore::jsonRejectsBadInput_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("truncated") << R"({"a": [1, 2)";
    QTest::newRow("trailing") << R"({"a": 1} x)";
    QTest::newRow("bad escape") << R"("\q")";
    QTest::newRow("no colon") << R"({"a" 1})";
    QTest::newRow("empty") << "";
    QTest::newRow("deep") << QString(1000, QLatin1Char('['));
    // JSON's number grammar, strictly (strtod would take all of these).
    QTest::newRow("decimal comma") << R"({"lr": 0,002})";
    QTest::newRow("leading plus") << "+1";
    QTest::newRow("leading zero") << "012";
    QTest::newRow("bare point") << "1.";
    QTest::newRow("hex") << "0x10";
    QTest::newRow("nan") << "NaN";
    QTest::newRow("infinity") << "Infinity";
    QTest::newRow("empty exponent") << "1e";
}

void TestRunStore::jsonRejectsBadInput() {
    QFETCH(QString, text);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, ts::Json::parse(text.toStdString()));
}

void TestRunStore::reloadGivesBackWhatWasWritten() {
    QTemporaryDir root;
    const std::string dir = root.filePath("run1").toStdString();
    ts::TrainConfig cfg = ts::presetConfig("mlp");
    cfg.lr = 0.0025;
    cfg.seed = 99;
    cfg.earlyStopPatience = 3;
    ts::RunSummary written;
    {
        ts::RunWriter w(dir, cfg, info());
        written = recordRun(w, true);
        QVERIFY2(w.error().empty(), w.error().c_str());
    }
    const ts::RunRecord r = ts::loadRun(dir);
    QCOMPARE(r.status, std::string("finished"));
    QVERIFY(r.warnings.empty());
    // A path with a trailing slash (as shells complete a folder) names the same run.
    QCOMPARE(ts::loadRun(dir + "/").id, r.id);
    QVERIFY(!r.id.empty());
    QCOMPARE(r.config.lr, 0.0025);
    QCOMPARE(r.config.seed, uint64_t(99));
    QCOMPARE(r.config.earlyStopPatience, 3);
    QCOMPARE(r.config.optimizer, std::string("adamw"));
    QCOMPARE(r.dataset.classNames, info().classNames);
    QCOMPARE(r.dataset.trainHistogram, info().trainHistogram);
    QCOMPARE(r.datasetHash, info().contentHash);
    QCOMPARE(ts::Json::parse(r.dataset.loadOptions).dump(), ts::Json::parse(info().loadOptions).dump());
    QCOMPARE(r.device, std::string("cpu"));
    QCOMPARE(r.threads, 2);
    QCOMPARE(r.totalSeconds, 3.5);
    QCOMPARE(int(r.batches.size()), 6);
    for (size_t i = 0; i < r.batches.size(); ++i) {
        QCOMPARE(r.batches[i].step, int64_t(i + 1));
        QCOMPARE(r.batches[i].loss, 1.0 / double(i + 1));
        QCOMPARE(r.batches[i].lr, 0.1 * double(i + 1));
        QCOMPARE(r.batches[i].batch, int(i % 3) + 1);  // its place in the epoch, worked out from the epoch length
        QCOMPARE(r.batches[i].batchesPerEpoch, 3);
    }
    QCOMPARE(int(r.epochs.size()), 2);
    for (size_t i = 0; i < 2; ++i) {
        QCOMPARE(r.epochs[i].epoch, written.epochs[i].epoch);
        QCOMPARE(r.epochs[i].trainLoss, written.epochs[i].trainLoss);
        QCOMPARE(r.epochs[i].seconds, written.epochs[i].seconds);
        QCOMPARE(r.epochs[i].valSetName, written.epochs[i].valSetName);
        compareEval(r.epochs[i].val, written.epochs[i].val);
    }
    // Per-sample predictions come back for the mistakes gallery of a reopened run.
    for (size_t i = 0; i < 2; ++i) {
        QCOMPARE(r.epochs[i].valSplit, std::string("val"));
        QCOMPARE(r.epochs[i].valPredictions.size(), size_t(2));
        for (size_t k = 0; k < 2; ++k) {
            const ts::Prediction& a = r.epochs[i].valPredictions[k];
            const ts::Prediction& b = written.epochs[i].valPredictions[k];
            QCOMPARE(a.index, b.index);
            QCOMPARE(a.trueClass, b.trueClass);
            QCOMPARE(a.predicted, b.predicted);
            QCOMPARE(a.confidence, b.confidence);
        }
    }
    QCOMPARE(r.testPredictions.size(), size_t(2));
    QCOMPARE(r.testPredictions[1].predicted, 2);
    QCOMPARE(r.testPredictions[1].confidence, 0.6);
    QVERIFY(ts::loadRun(dir, false).testPredictions.empty());  // not for listings
    QVERIFY(r.hasTest);
    compareEval(r.test, written.test);
    QCOMPARE(r.bestValAccuracy(), std::max(written.epochs[0].val.accuracy, written.epochs[1].val.accuracy));

    // summary.json keeps the documented keys.
    std::vector<std::string> warnings;
    const ts::Json summary = ts::readJsonFile(dir + "/summary.json", warnings);
    QVERIFY(warnings.empty());
    QCOMPARE(summary["epochs"][0]["val_accuracy"].number(), written.epochs[0].val.accuracy);
    QCOMPARE(summary["test"]["confusion_matrix"][1][1].integer(), int64_t(8));
    QCOMPARE(summary["test"]["per_class"][2]["support"].integer(), int64_t(3));
    QFile predictions(QString::fromStdString(dir + "/predictions.csv"));
    QVERIFY(predictions.open(QIODevice::ReadOnly));
    QCOMPARE(predictions.readAll(), QByteArray("index,true,predicted,confidence\n0,0,0,0.9\n1,1,2,0.6\n"));
}

void TestRunStore::killedRunReadsAsInterrupted() {
    QTemporaryDir root;
    const std::string dir = root.filePath("killed").toStdString();
    {
        ts::RunWriter w(dir, ts::presetConfig("mlp"), info());
        recordRun(w, false);
        QCOMPARE(ts::loadRun(dir).status, std::string("running"));  // the lock is held while it writes
    }  // the writer goes away without finishing, as a killed process would
    // A torn last line in both append-only files.
    { std::ofstream(dir + "/metrics.csv", std::ios::app) << "batch,3,7,3.5"; }
    { std::ofstream(dir + "/epochs.jsonl", std::ios::app) << R"({"epoch": 3, "val": {"acc)"; }
    const ts::RunRecord r = ts::loadRun(dir);
    QCOMPARE(r.status, std::string("interrupted"));
    QCOMPARE(int(r.epochs.size()), 2);
    QCOMPARE(int(r.batches.size()), 6);
    QCOMPARE(int(r.warnings.size()), 2);
    QVERIFY(!r.hasTest);

    // Resuming from the epoch-1 checkpoint drops what came after it and reopens the run.
    ts::CheckpointInfo at{1, 3, 0.7};
    {
        ts::RunWriter w(dir, ts::presetConfig("mlp"), info(), &at);
        const ts::RunRecord during = ts::loadRun(dir);
        QCOMPARE(during.status, std::string("running"));
        QCOMPARE(int(during.epochs.size()), 1);
        QCOMPARE(int(during.batches.size()), 3);
        QVERIFY(during.warnings.empty());
        QCOMPARE(during.epochs[0].valPredictions.size(), size_t(2));  // epoch 2's rows are gone, epoch 1's kept
        QFile rows(QString::fromStdString(dir + "/" + ts::valPredictionsFileName()));
        QVERIFY(rows.open(QIODevice::ReadOnly));
        QCOMPARE(rows.readAll().count('\n'), 3);
    }
}

void TestRunStore::listsNewestFirstAndSkipsStrangers() {
    QTemporaryDir root;
    for (const char* name : {"a", "b"}) {
        ts::RunWriter w(root.filePath(name).toStdString(), ts::presetConfig("seed"), info());
        recordRun(w, true);
    }
    QDir(root.path()).mkdir("not-a-run");
    { std::ofstream(root.filePath("stray.txt").toStdString()) << "x"; }
    // Make "a" the newer run.
    std::vector<std::string> w;
    ts::Json run = ts::readJsonFile(root.filePath("a/run.json").toStdString(), w);
    run.set("started_at", "2099-01-01T00:00:00+0000");
    ts::writeFileAtomically(root.filePath("a/run.json").toStdString(), run.dump());
    const auto runs = ts::listRuns(root.path().toStdString());
    QCOMPARE(int(runs.size()), 2);
    QCOMPARE(runs[0].id, std::string("a"));
    QCOMPARE(runs[1].id, std::string("b"));
    QVERIFY(runs[0].batches.empty());  // listing skips the per-batch history
    QCOMPARE(int(runs[0].epochs.size()), 2);
    QVERIFY(ts::listRuns(root.filePath("nowhere").toStdString()).empty());
}

void TestRunStore::metaAndDelete() {
    QTemporaryDir root;
    const std::string dir = root.filePath("r").toStdString();
    {
        ts::RunWriter w(dir, ts::presetConfig("mlp"), info());
        recordRun(w, true);
    }
    ts::saveRunMeta(dir, {"baseline", {"adamw", "fast"}, "first try\nwith notes"});
    const ts::RunRecord r = ts::loadRun(dir, false);
    QCOMPARE(r.displayName(), std::string("baseline"));
    QCOMPARE(r.meta.tags, (std::vector<std::string>{"adamw", "fast"}));
    QCOMPARE(r.meta.notes, std::string("first try\nwith notes"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, ts::deleteRun(root.path().toStdString()));  // not a run folder
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, ts::loadRun(root.path().toStdString()));
    ts::deleteRun(dir);
    QVERIFY(!QDir(QString::fromStdString(dir)).exists());
}

void TestRunStore::loadOptionsRoundTrip() {
    ts::LoadOptions o;
    o.labelColumn = "target";
    o.imageWidth = 32;
    o.imageHeight = 24;
    o.color = ts::ColorMode::Rgb;
    o.valFraction = 0.15;
    o.testFraction = 0.2;
    o.seed = 9;
    const ts::LoadOptions back = ts::loadOptionsFromJson(ts::loadOptionsToJson(o));
    QCOMPARE(back.labelColumn, o.labelColumn);
    QCOMPARE(back.imageWidth, 32);
    QCOMPARE(back.imageHeight, 24);
    QVERIFY(back.color == ts::ColorMode::Rgb);
    QCOMPARE(back.valFraction, 0.15);
    QCOMPARE(back.testFraction, 0.2);
    QCOMPARE(back.seed, uint64_t(9));
    // Fields a run written by an older version lacks keep their defaults.
    const ts::LoadOptions partial = ts::loadOptionsFromJson(R"({"seed": 3})");
    QCOMPARE(partial.valFraction, ts::LoadOptions{}.valFraction);
    QVERIFY(partial.color == ts::ColorMode::Auto);
}

// A seed or a step above 2^53 is written and read back exactly (a double would round it).
void TestRunStore::integersKeepAll64Bits() {
    const uint64_t bigSeed = 18446744073709551557ull;  // the largest 64-bit prime
    const int64_t bigStep = (int64_t(1) << 53) + 1;      // the first integer a double cannot hold
    ts::Json j;
    j.set("seed", bigSeed);
    j.set("step", bigStep);
    j.set("negative", int64_t(-9007199254740993));
    const ts::Json back = ts::Json::parse(j.dump());
    QCOMPARE(back["seed"].unsignedInteger(), bigSeed);
    QCOMPARE(back["step"].integer(), bigStep);
    QCOMPARE(back["negative"].integer(), int64_t(-9007199254740993));
    QVERIFY(j.dump().find("18446744073709551557") != std::string::npos);
    QCOMPARE(ts::Json::parse("2.5")["x"].integer(7), int64_t(7));
    QCOMPARE(ts::Json::parse("2.5").integer(), int64_t(2));
    QCOMPARE(ts::Json::parse("-1").unsignedInteger(5), uint64_t(5));

    // Through a run folder: the seed a run was started with is the seed it reports.
    QTemporaryDir root;
    const std::string dir = root.filePath("big-seed").toStdString();
    ts::TrainConfig cfg = ts::presetConfig("mlp");
    cfg.seed = bigSeed;
    {
        ts::RunWriter w(dir, cfg, info());
        recordRun(w, true);
    }
    QCOMPARE(ts::loadRun(dir).config.seed, bigSeed);
    ts::LoadOptions o;
    o.seed = bigSeed;
    QCOMPARE(ts::loadOptionsFromJson(ts::loadOptionsToJson(o)).seed, bigSeed);
}

void TestRunStore::healthFilesLoadWhenPresent() {
    QTemporaryDir root;
    const std::string dir = root.filePath("health").toStdString();
    {
        ts::RunWriter w(dir, ts::presetConfig("mlp"), info());
        recordRun(w, true);
    }
    const ts::RunRecord none = ts::loadRun(dir);
    QVERIFY(none.alerts.empty());
    QVERIFY(none.health.empty());
    QVERIFY(none.warnings.empty());

    std::string layers = ts::layersCsvHeader();
    for (int64_t step : {2, 5}) {
        ts::HealthSample h;
        h.step = step;
        ts::ParameterHealth p;
        p.name = "fc1.weight";
        p.gradNorm = 0.5;
        p.weightNorm = 4.0;
        p.updateRatio = 1e-3 * double(step);
        h.parameters.push_back(p);
        layers += ts::layersCsvRows(h);
    }
    ts::Alert a;
    a.step = 5;
    a.epoch = 2;
    a.kind = ts::AlertKind::Plateau;
    a.message = "Validation loss has not improved.";
    { std::ofstream(dir + "/" + ts::layersCsvName()) << layers; }
    { std::ofstream(dir + "/" + ts::alertsFileName()) << ts::alertJsonLine(a) << "{\"step\": 6, \"ki"; }  // torn last line
    const ts::RunRecord r = ts::loadRun(dir);
    QCOMPARE(r.alerts.size(), size_t(1));
    QCOMPARE(r.alerts[0].kind, ts::AlertKind::Plateau);
    QCOMPARE(r.health.size(), size_t(2));
    QCOMPARE(r.health[1].step, int64_t(5));
    QCOMPARE(r.health[0].epoch, 1);  // from metrics.csv's rows of the same steps
    QCOMPARE(r.health[1].epoch, 2);
    QCOMPARE(r.health[1].parameters.at(0).updateRatio, 5e-3);
    const ts::RunRecord listed = ts::loadRun(dir, false);  // the runs list: alerts only, no per-layer samples
    QCOMPARE(listed.alerts.size(), size_t(1));
    QVERIFY(listed.health.empty());

    { std::ofstream(dir + "/" + ts::layersCsvName()) << "something,else\n1,2\n"; }
    const ts::RunRecord damaged = ts::loadRun(dir);
    QVERIFY(damaged.health.empty());
    QCOMPARE(damaged.warnings.size(), size_t(1));
    QVERIFY(damaged.warnings[0].find("layers.csv is damaged") == 0);
}

namespace {

/// Two processes of a data-parallel run as rank 0 reports them.
std::vector<ts::ProcessFigures> twoProcesses(const std::string& state) {
    std::vector<ts::ProcessFigures> list(2);
    for (int r = 0; r < 2; ++r) {
        list[size_t(r)].rank = r;
        list[size_t(r)].host = r == 0 ? "alpha" : "beta";
        list[size_t(r)].step = 6 - r;
        list[size_t(r)].samplesPerSec = 1000.5 + r;
        list[size_t(r)].syncShare = r == 0 ? 0.25 : -1.0;
        list[size_t(r)].state = state;
    }
    return list;
}

void compareProcesses(const std::vector<ts::ProcessFigures>& got, const std::vector<ts::ProcessFigures>& want) {
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].rank, want[i].rank);
        QCOMPARE(got[i].host, want[i].host);
        QCOMPARE(got[i].step, want[i].step);
        QCOMPARE(got[i].samplesPerSec, want[i].samplesPerSec);
        QCOMPARE(got[i].syncShare, want[i].syncShare);
        QCOMPARE(got[i].state, want[i].state);
    }
}

}  // namespace

void TestRunStore::processesLoadFromTheLiveFileWhileTraining() {
    QTemporaryDir root;
    const std::string dir = root.filePath("dp").toStdString();
    ts::TrainConfig cfg = ts::presetConfig("mlp");
    cfg.processes = 2;
    ts::RunWriter w(dir, cfg, info());
    recordRun(w, false);
    QCOMPARE(ts::loadRun(dir).worldSize, 2);  // from the configuration before any figures arrived
    QVERIFY(ts::loadRun(dir).processes.empty());
    w.onProcesses(twoProcesses("training"));
    const ts::RunRecord r = ts::loadRun(dir, false);
    QCOMPARE(r.status, std::string("running"));
    QCOMPARE(r.worldSize, 2);
    QVERIFY(r.distBackend.empty());  // only the summary says
    compareProcesses(r.processes, twoProcesses("training"));
    QVERIFY(r.warnings.empty());
    // A single-process run has none.
    ts::RunWriter single(root.filePath("one").toStdString(), ts::presetConfig("mlp"), info());
    const ts::RunRecord one = ts::loadRun(root.filePath("one").toStdString(), false);
    QCOMPARE(one.worldSize, 1);
    QVERIFY(one.processes.empty());
}

void TestRunStore::processesLoadFromTheSummaryOnceEnded() {
    QTemporaryDir root;
    const std::string dir = root.filePath("dp").toStdString();
    ts::TrainConfig cfg = ts::presetConfig("mlp");
    cfg.processes = 2;
    {
        ts::RunWriter w(dir, cfg, info());
        w.onStart("cpu", 1, 3);
        w.onProcesses(twoProcesses("training"));  // the last live figures: the summary's take precedence
        ts::RunSummary s;
        s.worldSize = 2;
        s.distBackend = "gloo";
        s.processes = twoProcesses("finished");
        w.onFinished(s);
        QVERIFY2(w.error().empty(), w.error().c_str());
    }
    const ts::RunRecord r = ts::loadRun(dir, false);
    QCOMPARE(r.status, std::string("finished"));
    QCOMPARE(r.worldSize, 2);
    QCOMPARE(r.distBackend, std::string("gloo"));
    compareProcesses(r.processes, twoProcesses("finished"));
}

QTEST_APPLESS_MAIN(TestRunStore)
#include "test_runstore.moc"
