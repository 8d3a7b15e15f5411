// Language-model runs on disk (issue 14): the run folder RunWriter writes (metrics.csv with a row per step,
// samples.jsonl, summary.json with the task, tokenizer, evaluations and test figures), what loadRun reads back,
// resume trimming, torn lines, and the TensorBoard event file's scalars and text samples.
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/runs/TensorBoardWriter.h"
#include "core/common/Numbers.h"
#include "support/EventFileReader.h"
#include "support/Fixtures.h"
#include "support/LanguageModelRun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace ts;
using namespace ts::testing;

namespace {

/// The lines of a text file.
std::vector<std::string> linesOf(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

/// How many lines of `lines` start with `prefix`.
int countPrefixed(const std::vector<std::string>& lines, const std::string& prefix) {
    int n = 0;
    for (const std::string& l : lines) n += l.rfind(prefix, 0) == 0 ? 1 : 0;
    return n;
}

std::string inDir(const QTemporaryDir& dir, const char* name) { return dir.filePath(QString::fromUtf8(name)).toStdString(); }

}  // namespace

class TestLmRunFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metricsCsvHasOneRowPerStep();
    void summaryJsonOfALanguageModel();
    void roundTrip();
    void tornSamplesLineIsSkippedWithAWarning();
    void resumeTrimsSamplesAndRows();
    void classifierFilesHaveNoLanguageModelPieces();
    void tensorBoardScalarsAndTextSamples();
    void markdownOfASample();
};

void TestLmRunFiles::metricsCsvHasOneRowPerStep() {
    QTemporaryDir tmp;
    const std::string dir = inDir(tmp, "lm");
    const LmRunShape shape;
    writeLanguageModelRun(dir, shape);
    const auto lines = linesOf(dir + "/metrics.csv");
    QCOMPARE(lines.front(), std::string("kind,epoch,step,elapsed_s,loss,lr,tokens_per_sec,grad_norm,train_loss,val_loss,"
                                        "val_perplexity,val_bits_per_byte,eval_seconds,data_share,cpu_percent,rss_mb,"
                                        "gpu_allocated_mb,gpu_reserved_mb"));
    QCOMPARE(countPrefixed(lines, "batch,"), shape.evaluations * shape.evalEvery);
    QCOMPARE(countPrefixed(lines, "eval,"), shape.evaluations);
    for (const std::string& l : lines) QCOMPARE(std::count(l.begin(), l.end(), ','), 17L);
    // The evaluation row carries the evaluation's figures in their columns.
    const EpochMetrics last = lmEvaluation(shape.evaluations, shape);
    const std::string evalRow = lines.back();
    QVERIFY2(evalRow.rfind("eval,6,120,", 0) == 0, evalRow.c_str());
    QVERIFY(evalRow.find(formatCsvNumber(last.lm.valPerplexity)) != std::string::npos);
    QVERIFY(evalRow.find(formatCsvNumber(last.lm.valBitsPerByte)) != std::string::npos);
    // No predictions for a language model.
    QVERIFY(!QFile::exists(QString::fromStdString(dir + "/" + valPredictionsFileName())));
    QVERIFY(!QFile::exists(QString::fromStdString(dir + "/predictions.csv")));
    QCOMPARE(int(linesOf(dir + "/" + samplesFileName()).size()), shape.evaluations * int(kLmPrompts.size()));
}

void TestLmRunFiles::summaryJsonOfALanguageModel() {
    QTemporaryDir tmp;
    const std::string dir = inDir(tmp, "lm");
    const auto evals = writeLanguageModelRun(dir);
    std::vector<std::string> warnings;
    const Json j = readJsonFile(dir + "/summary.json", warnings, true);
    QVERIFY(warnings.empty());
    QCOMPARE(j["task"].string(), std::string("language-model"));
    QCOMPARE(j["status"].string(), std::string("finished"));
    QCOMPARE(j["config"]["preset"].string(), std::string("gpt-tiny"));
    QCOMPARE(j["config"]["eval_every"].integer(), int64_t(20));
    QVERIFY(j["dataset"]["text"].boolean());
    QCOMPARE(j["tokenizer"]["kind"].string(), std::string("char"));
    QCOMPARE(j["tokenizer"]["vocab_size"].integer(), int64_t(65));
    QCOMPARE(j["tokenizer"]["test_unknown_rate"].number(), 0.00018);
    QCOMPARE(j["parameters"].integer(), int64_t(801664));
    QCOMPARE(j["evals"].array().size(), evals.size());
    const Json& e = j["evals"][2];
    QCOMPARE(e["step"].integer(), evals[2].step);
    QCOMPARE(e["train_loss"].number(), evals[2].trainLoss);
    QCOMPARE(e["val_loss"].number(), evals[2].val.loss);
    QCOMPARE(e["val_perplexity"].number(), evals[2].lm.valPerplexity);
    QCOMPARE(e["val_bits_per_byte"].number(), evals[2].lm.valBitsPerByte);
    QCOMPARE(e["tokens_per_second"].number(), evals[2].samplesPerSec);
    QCOMPARE(e["seconds"].number(), evals[2].seconds);
    QCOMPARE(e["watch_hits"].integer(), evals[2].lm.watchHits);
    QCOMPARE(j["test"]["loss"].number(), 1.71);
    QCOMPARE(j["test"]["perplexity"].number(), std::exp(1.71));
    QCOMPARE(j["test"]["token_accuracy"].number(), 0.48);
    QCOMPARE(j["test"]["top5_accuracy"].number(), 0.81);
    QCOMPARE(j["test"]["tokens"].integer(), int64_t(55706));
    QVERIFY(!j.contains("epochs"));
}

void TestLmRunFiles::roundTrip() {
    QTemporaryDir tmp;
    const std::string dir = inDir(tmp, "lm");
    const LmRunShape shape;
    const auto evals = writeLanguageModelRun(dir, shape);
    const RunRecord r = loadRun(dir);
    QVERIFY(r.warnings.empty());
    QVERIFY(r.isLanguageModel());
    QCOMPARE(r.status, std::string("finished"));
    QCOMPARE(r.tokenizer.kind, std::string("char"));
    QCOMPARE(r.tokenizer.trainTokens, int64_t(1003854));
    QVERIFY(r.hasLmTest);
    QVERIFY(!r.hasTest);
    QCOMPARE(r.lmTest.bitsPerByte, 1.71 / std::log(2.0));
    QCOMPARE(r.parameters, int64_t(801664));
    QVERIFY(r.dataset.text);
    QCOMPARE(r.config.prompts, kLmPrompts);

    QCOMPARE(int(r.batches.size()), shape.evaluations * shape.evalEvery);
    const BatchMetrics want = lmStep(37, shape);
    const BatchMetrics& got = r.batches[36];
    QCOMPARE(got.step, int64_t(37));
    QCOMPARE(got.epoch, want.epoch);
    QCOMPARE(got.batch, want.batch);
    QCOMPARE(got.loss, want.loss);
    QCOMPARE(got.gradNorm, want.gradNorm);
    QCOMPARE(got.samplesPerSec, want.samplesPerSec);
    QCOMPARE(got.totalSteps, want.totalSteps);

    QCOMPARE(r.epochs.size(), evals.size());
    QVERIFY(r.epochs.back().languageModel);
    QCOMPARE(r.epochs.back().lm.valPerplexity, evals.back().lm.valPerplexity);
    QCOMPARE(r.bestValLoss(), evals.back().val.loss);

    QCOMPARE(r.samples.size(), evals.size() * kLmPrompts.size());
    const TextSample& s = r.samples[r.samples.size() - 2];
    const TextSample& w = evals.back().lm.samples[1];
    QCOMPARE(s.step, w.step);
    QCOMPARE(s.prompt, w.prompt);
    QCOMPARE(s.text, w.text);
    QCOMPARE(s.watchHits.size(), size_t(1));
    QCOMPARE(s.watchHits[0].entry, std::string("love"));
    QCOMPARE(s.text.substr(size_t(s.watchHits[0].begin), 4), std::string("love"));

    // Without batches (the runs list): no samples either, but the task and its best validation loss.
    const RunRecord light = loadRun(dir, false);
    QVERIFY(light.samples.empty());
    QVERIFY(light.isLanguageModel());
    QCOMPARE(light.bestValLoss(), evals.back().val.loss);
}

void TestLmRunFiles::tornSamplesLineIsSkippedWithAWarning() {
    QTemporaryDir tmp;
    const std::string dir = inDir(tmp, "lm");
    LmRunShape shape;
    shape.finish = false;
    writeLanguageModelRun(dir, shape);
    {
        std::ofstream out(dir + "/" + samplesFileName(), std::ios::app);
        out << R"({"step":140,"prompt":"ROMEO:","text":"half a sam)";
    }
    const RunRecord r = loadRun(dir);
    QCOMPARE(r.samples.size(), size_t(shape.evaluations) * kLmPrompts.size());
    QCOMPARE(r.warnings.size(), size_t(1));
    QVERIFY(r.warnings[0].find("samples.jsonl") != std::string::npos);
    QCOMPARE(r.status, std::string("interrupted"));
    QVERIFY(!r.hasLmTest);
}

void TestLmRunFiles::resumeTrimsSamplesAndRows() {
    QTemporaryDir tmp;
    const std::string dir = inDir(tmp, "lm");
    LmRunShape shape;
    shape.finish = false;  // killed after evaluation 6, resumed from the checkpoint of evaluation 3
    writeLanguageModelRun(dir, shape);
    { std::ofstream(dir + "/" + samplesFileName(), std::ios::app) << R"({"step":1)"; }  // torn
    const CheckpointInfo at{3, 60, 2.3};
    {
        RunWriter writer(dir, lmRunConfig(shape), lmRunDataset(), &at);
        const auto samples = linesOf(dir + "/" + samplesFileName());
        QCOMPARE(int(samples.size()), 3 * int(kLmPrompts.size()));
        for (const std::string& line : samples) QVERIFY(Json::parse(line)["step"].integer() <= 60);
        const auto rows = linesOf(dir + "/metrics.csv");
        QCOMPARE(countPrefixed(rows, "batch,"), 60);
        QCOMPARE(countPrefixed(rows, "eval,"), 3);
        QCOMPARE(int(linesOf(dir + "/epochs.jsonl").size()), 3);
        // The resumed process writes on from there.
        for (int64_t step = 61; step <= 80; ++step) writer.onBatch(lmStep(step, shape));
        writer.onEpoch(lmEvaluation(4, shape));
    }
    const RunRecord r = loadRun(dir);
    QVERIFY(r.warnings.empty());
    QCOMPARE(int(r.batches.size()), 80);
    QCOMPARE(r.batches.back().step, int64_t(80));
    QCOMPARE(r.samples.size(), 4 * kLmPrompts.size());
    QCOMPARE(r.samples.back().step, int64_t(80));
    QCOMPARE(r.epochs.size(), size_t(4));
}

void TestLmRunFiles::classifierFilesHaveNoLanguageModelPieces() {
    QTemporaryDir tmp;
    const std::string dir = inDir(tmp, "mlp");
    TrainConfig cfg = presetConfig("mlp");
    {
        RunWriter writer(dir, cfg, datasetInfo());
        BatchMetrics b;
        b.step = 1;
        b.epoch = 1;
        b.gradNorm = 0.5;  // measured: a classifier's file has it after the epoch columns
        writer.onBatch(b);
        RunSummary s;
        writer.onFinished(s);
    }
    const auto lines = linesOf(dir + "/metrics.csv");
    QCOMPARE(lines.front(), std::string(RunWriter::metricsHeader()));
    QCOMPARE(lines[1], std::string("batch,1,1,0,0,0,0,,,,,,,0.5,,,,,"));
    QVERIFY(!QFile::exists(QString::fromStdString(dir + "/" + samplesFileName())));
    QVERIFY(QFile::exists(QString::fromStdString(dir + "/predictions.csv")));
    std::vector<std::string> warnings;
    const Json summary = readJsonFile(dir + "/summary.json", warnings, true);
    QVERIFY(!summary.contains("task"));
    QVERIFY(!summary.contains("tokenizer"));
    QVERIFY(summary.contains("epochs"));
    QVERIFY(!summary["dataset"].contains("text"));
    const RunRecord r = loadRun(dir);
    QVERIFY(!r.isLanguageModel());
    QCOMPARE(r.batches.front().gradNorm, 0.5);
}

void TestLmRunFiles::tensorBoardScalarsAndTextSamples() {
    QTemporaryDir tmp;
    const LmRunShape shape;
    std::string path;
    {
        TensorBoardWriter tb(tmp.path().toStdString(), -1, true);
        path = tb.path();
        for (int64_t step = 1; step <= 40; ++step) tb.onBatch(lmStep(step, shape));
        tb.onEpoch(lmEvaluation(1, shape));
        tb.onEpoch(lmEvaluation(2, shape));
        tb.onFinished(lmRunSummary({}));
        QVERIFY(tb.error().empty());
    }
    const EventFile ef = parseEventFile(readAll(QString::fromStdString(path)));
    QVERIFY(ef.crcOk);
    QVERIFY(!ef.torn);
    std::map<std::string, int> perTag;
    for (const Scalar& s : ef.scalars) ++perTag[s.tag];
    QCOMPARE(perTag["train/loss"], 40);
    QCOMPARE(perTag["train/lr"], 40);
    QCOMPARE(perTag["train/grad_norm"], 40);
    QCOMPARE(perTag["train/tokens_per_second"], 40);
    QCOMPARE(perTag["val/loss"], 2);
    QCOMPARE(perTag["val/perplexity"], 2);
    QCOMPARE(perTag["val/bits_per_byte"], 2);
    QCOMPARE(perTag["test/perplexity"], 1);
    for (const Scalar& s : ef.scalars)
        if (s.tag == "val/perplexity" && s.step == 40) QCOMPARE(s.value, float(lmEvaluation(2, shape).lm.valPerplexity));

    QCOMPARE(int(ef.texts.size()), 2 * int(kLmPrompts.size()));
    std::set<std::string> tags;
    for (const TextValue& t : ef.texts) {
        tags.insert(t.tag);
        QCOMPARE(t.pluginName, std::string("text"));
        QCOMPARE(t.dtype, int64_t(7));  // DT_STRING
        QCOMPARE(t.shapeDims, 0);       // a scalar
        QCOMPARE(t.strings.size(), size_t(1));
    }
    QCOMPARE(tags, (std::set<std::string>{"samples/prompt_1", "samples/prompt_2", "samples/prompt_3"}));
    const TextValue& romeo = ef.texts[4];  // evaluation 2, prompt 2
    QCOMPARE(romeo.step, int64_t(40));
    QCOMPARE(romeo.tag, std::string("samples/prompt_2"));
    QVERIFY(romeo.strings[0].rfind("**ROMEO:**", 0) == 0);
    QCOMPARE(romeo.strings[0], tbSampleMarkdown(lmEvaluation(2, shape).lm.samples[1]));
}

void TestLmRunFiles::markdownOfASample() {
    TextSample s;
    s.prompt = "<b>Tom & *Jerry*</b>";
    s.text = " line one.\nline_two # [x]";
    QCOMPARE(tbSampleMarkdown(s),
             std::string("**&lt;b\\>Tom &amp; \\*Jerry\\*&lt;/b\\>** line one\\.  \nline\\_two \\# \\[x\\]"));
    s.prompt.clear();
    QCOMPARE(tbSampleMarkdown(s), tbMarkdownLiteral(s.text));
}

QTEST_GUILESS_MAIN(TestLmRunFiles)
#include "test_lm_run_files.moc"
