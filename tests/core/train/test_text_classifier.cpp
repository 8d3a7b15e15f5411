// The text-bow preset on the one training loop: hashed n-grams that ignore case, a synthetic three-topic set
// learned to high validation accuracy in a few epochs with the confusion matrix and predictions; the same seed
// gives the same numbers; a run resumed after an epoch continues exactly; the refusals of presets that do not
// fit the data; the configuration's checks and its JSON.
#include "core/data/Dataset.h"
#include "core/runs/RunJson.h"
#include "core/train/BagOfNgrams.h"
#include "core/train/TrainConfig.h"
#include "core/train/Trainer.h"
#include "support/TextTopics.h"

#include <QTemporaryDir>
#include <QtTest>

#include <numeric>

#include <algorithm>
#include <random>

namespace {

using ts::testing::topicDataset;
using ts::testing::topicTexts;

/// text-bow made small enough for a test: fewer buckets, a narrow embedding, one thread.
ts::TrainConfig smallConfig() {
    ts::TrainConfig c = ts::presetConfig("text-bow");
    c.hashBuckets = 1 << 14;
    c.textEmbedding = 32;
    c.epochs = 4;
    c.threads = 1;
    c.device = "cpu";
    return c;
}

/// Records the epochs; stops the run after `stopAfter` of them (0 = never).
struct EpochRecorder : ts::TrainObserver {
    explicit EpochRecorder(ts::RunControl* control = nullptr, int stopAfter = 0) : m_control(control), m_stopAfter(stopAfter) {}
    void onEpoch(const ts::EpochMetrics& m) override {
        epochs.push_back(m);
        if (m_control && int(epochs.size()) == m_stopAfter) m_control->stop.store(true);
    }
    std::vector<ts::EpochMetrics> epochs;
    ts::RunControl* m_control;
    int m_stopAfter;
};

ts::RunSummary trainOn(const ts::TrainConfig& cfg, const ts::Dataset& data, EpochRecorder& rec,
                       const ts::TrainOptions& options = {}) {
    ts::RunControl control;
    return ts::train(cfg, data, rec, rec.m_control ? *rec.m_control : control, options);
}

}  // namespace

class TestTextClassifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void featurizerIsDeterministicAndCaseInsensitive();
    void learnsTopics();
    void ownValidationSplit();
    void sameSeedSameNumbers();
    void resumeContinuesExactly();
    void presetMustFitTheData();
    void configChecksAndJson();
};

void TestTextClassifier::featurizerIsDeterministicAndCaseInsensitive() {
    ts::NgramSettings s;
    const std::vector<int64_t> ids = ts::hashedNgrams("Hello, World!", s);
    // 2 words + 1 bigram + per word "<hello>" / "<world>" (7 code points): 5 + 4 + 3 character n-grams each.
    QCOMPARE(ids.size(), size_t(2 + 1 + 2 * 12));
    QCOMPARE(ts::hashedNgrams("hello world", s), ids);
    QCOMPARE(ts::hashedNgrams("HELLO   world", s), ids);
    QVERIFY(ts::hashedNgrams("world hello", s) != ids);
    for (const int64_t id : ids) QVERIFY(id >= 0 && id < s.buckets);
    // Non-ASCII letters are lower-cased and counted as code points: "<größe>" has 7, like "<hello>".
    QCOMPARE(ts::hashedNgrams("GRÖßE", s), ts::hashedNgrams("größe", s));
    QCOMPARE(ts::hashedNgrams("größe", s).size(), size_t(1 + 12));
    QVERIFY(ts::hashedNgrams("  ...  ", s).empty());
    // The hash is fixed (FNV-1a 64 of the kind byte 'w' and the word, modulo 2^16), not seeded per process:
    // a model trained elsewhere reads the same ids.
    QCOMPARE(ts::hashedNgrams("hello", s).front(), int64_t(52742));
    ts::NgramSettings words = s;
    words.charMin = 0;
    words.charMax = -1;
    QCOMPARE(ts::hashedNgrams("a b c", words).size(), size_t(3 + 2));

    // A text's weights add up to 1: every n-gram alike, or (balanced) half for the word n-grams, half for the rest.
    const std::vector<ts::TokenNgrams> tokens = ts::hashedNgramsByWord("Hello, World!", s);
    QCOMPARE(tokens.size(), size_t(2));  // words only: symbols is off
    QCOMPARE(tokens[0].wordGrams, size_t(2));  // "hello", "hello world"
    const std::vector<float> even = ts::ngramWeights(tokens, s);
    QCOMPARE(even.size(), ids.size());
    QVERIFY(std::abs(even.front() - 1.0f / 27.0f) < 1e-7f && even.front() == even.back());
    ts::NgramSettings balanced = s;
    balanced.balanced = true;
    const std::vector<float> halves = ts::ngramWeights(tokens, balanced);
    QVERIFY(std::abs(halves[0] - 0.5f / 3.0f) < 1e-7f);   // 3 word n-grams share one half
    QVERIFY(std::abs(halves[2] - 0.5f / 24.0f) < 1e-7f);  // 24 character n-grams the other
    QVERIFY(std::abs(std::accumulate(halves.begin(), halves.end(), 0.0f) - 1.0f) < 1e-5f);
    // With one kind only, it takes all of the weight.
    const std::vector<float> wordsOnly = ts::ngramWeights(ts::hashedNgramsByWord("a b c", words), balanced);
    QVERIFY(std::abs(wordsOnly.front() - 0.2f) < 1e-7f);
}

void TestTextClassifier::learnsTopics() {
    const ts::Dataset data = topicDataset();
    EpochRecorder rec;
    QElapsedTimer timer;
    timer.start();
    const ts::RunSummary s = trainOn(smallConfig(), data, rec);
    QVERIFY2(s.status == ts::RunStatus::Finished, s.message.c_str());
    qInfo("4 epochs on %d texts in %lld ms; validation accuracy %.4f, test %.4f", int(data.textTrain.size()),
          timer.elapsed(), rec.epochs.back().val.accuracy, s.test.accuracy);
    QCOMPARE(s.task, std::string("classification"));
    QCOMPARE(s.parameters, int64_t((1 << 14) * 32 + 32 * 3 + 3));
    QCOMPARE(rec.epochs.size(), size_t(4));
    const ts::EpochMetrics& last = rec.epochs.back();
    QVERIFY(last.val.loss < rec.epochs.front().val.loss);
    QVERIFY2(last.val.accuracy >= 0.95, std::to_string(last.val.accuracy).c_str());
    QCOMPARE(last.valSplit, std::string("train"));  // a hold-out of the training texts
    const size_t held = size_t(std::llround(0.1 * double(data.textTrain.size())));
    QCOMPARE(last.valPredictions.size(), held);
    int64_t cells = 0;
    for (const int64_t c : last.val.confusion.counts) cells += c;
    QCOMPARE(cells, int64_t(held));
    for (const ts::Prediction& p : last.valPredictions) {
        QVERIFY(p.index >= 0 && p.index < data.textTrain.size());
        QCOMPARE(int64_t(p.trueClass), data.textTrain.labels[size_t(p.index)]);
        QVERIFY(p.confidence > 1.0 / 3.0 && p.confidence <= 1.0);
    }
    QVERIFY(s.hasTest);
    QCOMPARE(s.testPredictions.size(), size_t(data.textTest.size()));
    QVERIFY2(s.test.accuracy >= 0.95, std::to_string(s.test.accuracy).c_str());
    QCOMPARE(s.test.perClass.size(), size_t(3));
}

void TestTextClassifier::ownValidationSplit() {
    ts::Dataset data = topicDataset();
    data.textVal = topicTexts(10, 3);
    EpochRecorder rec;
    ts::TrainConfig cfg = smallConfig();
    cfg.epochs = 1;
    const ts::RunSummary s = trainOn(cfg, data, rec);
    QVERIFY2(s.status == ts::RunStatus::Finished, s.message.c_str());
    QCOMPARE(rec.epochs.back().valSplit, std::string("val"));
    QCOMPARE(rec.epochs.back().valPredictions.size(), size_t(30));
    QCOMPARE(rec.epochs.back().valPredictions.back().index, int64_t(29));
}

void TestTextClassifier::sameSeedSameNumbers() {
    const ts::Dataset data = topicDataset();
    EpochRecorder a, b;
    trainOn(smallConfig(), data, a);
    trainOn(smallConfig(), data, b);
    QCOMPARE(a.epochs.size(), b.epochs.size());
    for (size_t i = 0; i < a.epochs.size(); ++i) {
        QCOMPARE(a.epochs[i].val.loss, b.epochs[i].val.loss);
        QCOMPARE(a.epochs[i].trainLoss, b.epochs[i].trainLoss);
    }
}

void TestTextClassifier::resumeContinuesExactly() {
    const ts::Dataset data = topicDataset();
    EpochRecorder whole;
    trainOn(smallConfig(), data, whole);

    QTemporaryDir runDir;
    ts::TrainOptions options;
    options.checkpointDir = runDir.path().toStdString();
    ts::RunControl control;
    EpochRecorder stopped(&control, 1);
    const ts::RunSummary first = trainOn(smallConfig(), data, stopped, options);
    QCOMPARE(int(first.status), int(ts::RunStatus::Stopped));

    options.resumeFrom = options.checkpointDir + "/" + ts::lastCheckpointName();
    EpochRecorder resumed;
    const ts::RunSummary rest = trainOn(smallConfig(), data, resumed, options);
    QVERIFY2(rest.status == ts::RunStatus::Finished, rest.message.c_str());
    QCOMPARE(resumed.epochs.size(), size_t(3));
    QCOMPARE(rest.epochs.size(), size_t(4));  // the history travels in the checkpoint
    QCOMPARE(resumed.epochs.back().val.loss, whole.epochs.back().val.loss);
    QCOMPARE(resumed.epochs.back().trainLoss, whole.epochs.back().trainLoss);
}

void TestTextClassifier::presetMustFitTheData() {
    ts::Dataset images;
    images.path = "/data/fashion";
    images.classNames = {"a", "b"};
    images.train.height = images.train.width = 2;
    images.train.pixels = {0, 1, 2, 3, 4, 5, 6, 7};
    images.train.labels = {0, 1};
    EpochRecorder rec;
    const ts::RunSummary bowOnImages = trainOn(smallConfig(), images, rec);
    QCOMPARE(int(bowOnImages.status), int(ts::RunStatus::Failed));
    QVERIFY2(bowOnImages.message.find("fashion is a set of labelled images") != std::string::npos,
             bowOnImages.message.c_str());
    QVERIFY(bowOnImages.message.find("label column") != std::string::npos);

    const ts::Dataset texts = topicDataset();
    for (const char* preset : {"mlp", "cnn", "gpt-tiny"}) {
        const ts::RunSummary wrong = trainOn(ts::presetConfig(preset), texts, rec);
        QCOMPARE(int(wrong.status), int(ts::RunStatus::Failed));
        QVERIFY2(wrong.message.find("topics.csv is a set of labelled texts") != std::string::npos, wrong.message.c_str());
        QVERIFY(wrong.message.find("text-bow") != std::string::npos);
    }
}

void TestTextClassifier::configChecksAndJson() {
    ts::TrainConfig c = ts::presetConfig("text-bow");
    QVERIFY(c.isTextClassifier());
    QVERIFY(!c.isLanguageModel());
    QCOMPARE(ts::validateConfig(c), std::string());
    const std::vector<std::string> names = ts::presetNames();
    QVERIFY(std::find(names.begin(), names.end(), "text-bow") != names.end());
    QVERIFY(ts::presetDescription("text-bow").find("hashed word") != std::string::npos);
    c.hashBuckets = 0;
    QVERIFY(ts::validateConfig(c).find("hash buckets") != std::string::npos);
    c.hashBuckets = 1 << 20;
    c.textEmbedding = 5000;
    QVERIFY(ts::validateConfig(c).find("embedding") != std::string::npos);
    c.textEmbedding = 48;
    const ts::TrainConfig back = ts::configFromJson(ts::toJson(c));
    QCOMPARE(back.hashBuckets, int64_t(1 << 20));
    QCOMPARE(back.textEmbedding, 48);

    // A text-transformer's shape and tokenizer reach run.json, so a resume rebuilds the same encoder.
    ts::TrainConfig t = ts::presetConfig("text-transformer");
    t.contextLength = 96;
    t.layers = 3;
    t.embedding = 48;
    t.tokenizer = "bpe";
    t.vocabSize = 700;
    const ts::Json tj = ts::toJson(t);
    QVERIFY(!tj.contains("steps") && !tj.contains("prompts"));  // language-model-only settings stay out
    const ts::TrainConfig tb = ts::configFromJson(tj);
    QCOMPARE(tb.contextLength, 96);
    QCOMPARE(tb.layers, 3);
    QCOMPARE(tb.embedding, 48);
    QCOMPARE(tb.tokenizer, std::string("bpe"));
    QCOMPARE(tb.vocabSize, 700);
}

QTEST_APPLESS_MAIN(TestTextClassifier)
#include "test_text_classifier.moc"
