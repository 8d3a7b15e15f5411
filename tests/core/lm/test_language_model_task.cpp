// The language-model task on the one training loop: evaluation points with perplexity, bits per byte and
// samples; the same seed gives the same numbers; a run stopped after an evaluation and resumed from its
// checkpoint continues exactly as if it had not stopped; watch-list hits; the test-split figures; the refusals of
// a preset that does not fit the data.
#include "core/data/Dataset.h"
#include "core/text/TextCorpus.h"
#include "core/train/TrainConfig.h"
#include "core/train/Trainer.h"

#include "support/TestFiles.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

namespace {

/// A repetitive little corpus that a small model learns in a few dozen steps.
QByteArray repetitiveText() {
    QByteArray text;
    const char* lines[] = {"the cat sat on the mat.\n", "the dog ran to the cat.\n", "a cat and the dog sat.\n"};
    for (int i = 0; i < 600; ++i) text += lines[(i * 7) % 3];
    return text;
}

/// A tiny GPT configuration that trains in about a second.
ts::TrainConfig tinyConfig() {
    ts::TrainConfig c = ts::presetConfig("gpt-tiny");
    c.steps = 30;
    c.evalEvery = 10;
    c.evalBatches = 2;
    c.batchSize = 8;
    c.contextLength = 16;
    c.layers = 1;
    c.heads = 2;
    c.embedding = 32;
    c.warmupSteps = 5;
    c.lr = 1e-2;
    c.minLr = 1e-3;
    c.sampleTokens = 40;
    c.threads = 1;
    c.device = "cpu";
    return c;
}

/// Records the evaluation points; stops the run after `stopAfter` of them (0 = never).
struct Recorder : ts::TrainObserver {
    explicit Recorder(ts::RunControl* control = nullptr, int stopAfter = 0) : m_control(control), m_stopAfter(stopAfter) {}
    void onBatch(const ts::BatchMetrics& m) override { batches.push_back(m); }
    void onEpoch(const ts::EpochMetrics& m) override {
        evals.push_back(m);
        if (m_control && int(evals.size()) == m_stopAfter) m_control->stop.store(true);
    }
    std::vector<ts::BatchMetrics> batches;
    std::vector<ts::EpochMetrics> evals;
    ts::RunControl* m_control;
    int m_stopAfter;
};

}  // namespace

class TestLanguageModelTask : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void evaluatesAndSamples();
    void sameSeedSameNumbers();
    void resumeContinuesExactly();
    void watchListHitsAreCounted();
    void presetMustFitTheData();

private:
    ts::RunSummary trainOnce(const ts::TrainConfig& cfg, Recorder& rec, const ts::TrainOptions& options = {});
    QTemporaryDir m_dir;
    ts::Dataset m_text;
};

void TestLanguageModelTask::initTestCase() {
    const QString path = m_dir.filePath("corpus.txt");
    QVERIFY(ts::testing::writeFile(path, repetitiveText()));
    m_text.path = path.toStdString();
    m_text.name = "corpus.txt";
    m_text.text = std::make_shared<ts::TextCorpus>(ts::TextCorpus::open(m_text.path));
}

ts::RunSummary TestLanguageModelTask::trainOnce(const ts::TrainConfig& cfg, Recorder& rec, const ts::TrainOptions& options) {
    ts::RunControl control;
    if (rec.m_control == nullptr) rec.m_control = &control;
    return ts::train(cfg, m_text, rec, *rec.m_control, options);
}

void TestLanguageModelTask::evaluatesAndSamples() {
    Recorder rec;
    const ts::RunSummary s = trainOnce(tinyConfig(), rec);
    QCOMPARE(int(s.status), int(ts::RunStatus::Finished));
    QCOMPARE(s.task, std::string("language-model"));
    QCOMPARE(s.tokenizer.kind, std::string("char"));
    QVERIFY(s.tokenizer.vocabSize > 10);
    QVERIFY(s.parameters > 0);
    QCOMPARE(rec.batches.size(), size_t(30));  // one per step
    QCOMPARE(rec.batches.back().totalSteps, int64_t(30));
    QVERIFY(rec.batches.back().gradNorm > 0.0);
    // Warm-up: the first step's learning rate is lr / (warmup + 1).
    QVERIFY(std::abs(rec.batches.front().lr - 1e-2 / 6.0) < 1e-12);
    QCOMPARE(rec.evals.size(), size_t(3));
    const ts::EpochMetrics& first = rec.evals.front();
    const ts::EpochMetrics& last = rec.evals.back();
    QVERIFY(last.languageModel);
    QCOMPARE(last.step, int64_t(30));
    QCOMPARE(last.epochs, 3);
    QVERIFY(last.val.loss < first.val.loss);
    QVERIFY(last.val.loss < std::log(double(s.tokenizer.vocabSize)));  // better than uniform guessing
    QVERIFY(std::abs(last.lm.valPerplexity - std::exp(last.val.loss)) < 1e-9);
    // One byte per character here: bits per byte = nats per token / ln 2.
    QVERIFY(std::abs(last.lm.valBitsPerByte - last.val.loss / std::log(2.0)) < 1e-9);
    // The default prompts: an empty one and openings from the validation text.
    QVERIFY(last.lm.samples.size() >= 2);
    QCOMPARE(last.lm.samples.front().prompt, std::string());
    QVERIFY(!last.lm.samples.front().text.empty());
    QCOMPARE(last.lm.samples.front().step, int64_t(30));
    QVERIFY(s.hasLmTest);
    QVERIFY(s.lmTest.tokens > 0);
    QVERIFY(s.lmTest.top5Accuracy >= s.lmTest.tokenAccuracy);
    QVERIFY(std::abs(s.lmTest.perplexity - std::exp(s.lmTest.loss)) < 1e-9);
}

void TestLanguageModelTask::sameSeedSameNumbers() {
    Recorder a, b;
    trainOnce(tinyConfig(), a);
    trainOnce(tinyConfig(), b);
    QCOMPARE(a.evals.size(), b.evals.size());
    for (size_t i = 0; i < a.evals.size(); ++i) {
        QCOMPARE(a.evals[i].val.loss, b.evals[i].val.loss);
        QCOMPARE(a.evals[i].lm.samples.front().text, b.evals[i].lm.samples.front().text);
    }
}

void TestLanguageModelTask::resumeContinuesExactly() {
    Recorder whole;
    trainOnce(tinyConfig(), whole);

    QTemporaryDir runDir;
    ts::TrainOptions options;
    options.checkpointDir = runDir.path().toStdString();
    ts::RunControl control;
    Recorder stopped(&control, 2);
    const ts::RunSummary first = ts::train(tinyConfig(), m_text, stopped, control, options);
    QCOMPARE(int(first.status), int(ts::RunStatus::Stopped));
    QCOMPARE(stopped.evals.size(), size_t(2));

    options.resumeFrom = options.checkpointDir + "/" + ts::lastCheckpointName();
    Recorder resumed;
    const ts::RunSummary rest = trainOnce(tinyConfig(), resumed, options);
    QCOMPARE(int(rest.status), int(ts::RunStatus::Finished));
    QCOMPARE(resumed.evals.size(), size_t(1));
    QCOMPARE(rest.epochs.size(), size_t(3));  // the history travels in the checkpoint
    QCOMPARE(resumed.batches.front().step, int64_t(21));
    QCOMPARE(resumed.evals.back().val.loss, whole.evals.back().val.loss);
    QCOMPARE(resumed.evals.back().lm.samples.front().text, whole.evals.back().lm.samples.front().text);
}

void TestLanguageModelTask::watchListHitsAreCounted() {
    const QString list = m_dir.filePath("watch.txt");
    QVERIFY(ts::testing::writeFile(list, "the\ncat\nunicorn\n"));
    ts::TrainConfig cfg = tinyConfig();
    cfg.steps = 60;
    cfg.evalEvery = 60;
    cfg.sampleTokens = 120;
    cfg.watchList = list.toStdString();
    cfg.prompts = {"the "};
    Recorder rec;
    trainOnce(cfg, rec);
    QCOMPARE(rec.evals.size(), size_t(1));
    const ts::TextSample& sample = rec.evals.back().lm.samples.front();
    QVERIFY2(!sample.watchHits.empty(), sample.text.c_str());
    QCOMPARE(rec.evals.back().lm.watchHits, int64_t(sample.watchHits.size()));
    const ts::WatchMatch& hit = sample.watchHits.front();
    QVERIFY(hit.entry == "the" || hit.entry == "cat");
    QCOMPARE(sample.text.substr(size_t(hit.begin), size_t(hit.end - hit.begin)), hit.entry);
}

void TestLanguageModelTask::presetMustFitTheData() {
    ts::Dataset table;
    table.path = "/data/iris.csv";
    table.classNames = {"a", "b"};
    table.train.features = {1.0f, 2.0f};
    table.train.labels = {0, 1};
    table.train.width = 1;
    Recorder rec;
    ts::RunControl control;
    const ts::RunSummary lmOnTable = ts::train(tinyConfig(), table, rec, control);
    QCOMPARE(int(lmOnTable.status), int(ts::RunStatus::Failed));
    QVERIFY2(lmOnTable.message.find("iris.csv is a table") != std::string::npos, lmOnTable.message.c_str());
    QVERIFY(lmOnTable.message.find(".txt") != std::string::npos);

    ts::TrainConfig mlp = ts::presetConfig("mlp");
    const ts::RunSummary mlpOnText = ts::train(mlp, m_text, rec, control);
    QCOMPARE(int(mlpOnText.status), int(ts::RunStatus::Failed));
    QVERIFY2(mlpOnText.message.find("is a text corpus") != std::string::npos, mlpOnText.message.c_str());
    QVERIFY(mlpOnText.message.find("gpt-tiny") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestLanguageModelTask)
#include "test_language_model_task.moc"
