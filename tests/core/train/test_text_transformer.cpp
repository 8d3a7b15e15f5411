// The text-transformer preset: padding does not change a text's logits, texts keep their first tokens, a small
// model learns the synthetic topics well above chance on the one training loop, and the checkpoint's model_info
// rebuilds a model (with its tokenizer) that gives the same logits; a resumed run continues exactly; the preset's
// checks and refusals.
#include "core/data/Dataset.h"
#include "core/train/TextClassifierModel.h"
#include "core/train/TextTransformer.h"
#include "core/train/TrainConfig.h"
#include "core/train/Trainer.h"
#include "support/TextTopics.h"

#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

namespace {

constexpr double kChance = 1.0 / 3.0;
constexpr double kMustReach = 0.8;  // test accuracy the small model reaches on the topics

/// text-transformer made small and quick for a test: 1 block, 32 wide, context 48, 3 epochs.
ts::TrainConfig smallTransformer() {
    ts::TrainConfig c = ts::testing::tinyTransformer(1, 32, 48, 3);
    c.lr = 3e-3;
    return c;
}

}  // namespace

class TestTextTransformer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void paddingDoesNotChangeLogits();
    void keepsTheFirstTokens();
    void learnsTopicsAboveChance();
    void checkpointPayloadRoundTrip();
    void resumeReadsTheTokenizerBack();
    void presetChecksAndRefusals();
};

void TestTextTransformer::paddingDoesNotChangeLogits() {
    torch::manual_seed(1);
    ts::TextTransformerShape shape;
    shape.vocabSize = 10;
    shape.contextLength = 8;
    shape.layers = 2;
    shape.heads = 2;
    shape.embedding = 16;
    shape.classes = 3;
    ts::TextTransformer model(shape);
    model->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor alone = model->forward(torch::tensor({{1, 2, 3}}, torch::kInt64), torch::tensor({3}, torch::kInt64));
    const torch::Tensor padded = model->forward(torch::tensor({{1, 2, 3, 10, 10}, {4, 5, 6, 7, 8}}, torch::kInt64),
                                                torch::tensor({3, 5}, torch::kInt64));
    QVERIFY(torch::allclose(alone[0], padded[0], 1e-5, 1e-6));
    QCOMPARE(padded.size(1), int64_t(3));
}

void TestTextTransformer::keepsTheFirstTokens() {
    const std::unique_ptr<ts::Tokenizer> tok = ts::makeTokenizer(ts::TokenizerOptions{}, {"abcdefgh"});
    const ts::TokenizedTexts t = ts::tokenizeTexts(*tok, {"abcdefgh", "ba", ""}, 4, tok->vocabSize(), torch::kCPU);
    QCOMPARE(t.ids.size(1), int64_t(4));
    QCOMPARE(t.truncated, int64_t(1));
    QCOMPARE(t.lengths[0].item<int64_t>(), int64_t(4));
    QCOMPARE(t.lengths[1].item<int64_t>(), int64_t(2));
    QCOMPARE(t.lengths[2].item<int64_t>(), int64_t(1));  // an empty text is one pad token
    QCOMPARE(tok->decode({int32_t(t.ids[0][0].item<int64_t>()), int32_t(t.ids[0][3].item<int64_t>())}), std::string("ad"));
    QCOMPARE(t.ids[1][2].item<int64_t>(), tok->vocabSize());
    const ts::TokenSpans spans = ts::tokenSpans(*tok, "aéb", 8);
    QCOMPARE(spans.ids.size(), size_t(3));
    QCOMPARE(spans.spans[1], (std::pair<int64_t, int64_t>(1, 3)));  // é is 2 bytes
    // A batch is cut to its longest text.
    const auto [ids, lengths] = t.batch(torch::tensor({1, 2}, torch::kInt64));
    QCOMPARE(ids.size(1), int64_t(2));
}

void TestTextTransformer::learnsTopicsAboveChance() {
    const ts::Dataset data = ts::testing::topicDataset();
    ts::RunControl control;
    ts::TrainObserver observer;
    QElapsedTimer timer;
    timer.start();
    const ts::RunSummary s = ts::train(smallTransformer(), data, observer, control, {});
    QVERIFY2(s.status == ts::RunStatus::Finished, s.message.c_str());
    qInfo("3 epochs on %d texts in %lld ms; test accuracy %.4f", int(data.textTrain.size()), timer.elapsed(),
          s.test.accuracy);
    QCOMPARE(s.task, std::string("classification"));
    QCOMPARE(s.tokenizer.kind, std::string("char"));
    QVERIFY(s.tokenizer.trainTokens > 0);
    QVERIFY(s.hasTest);
    QCOMPARE(s.testPredictions.size(), size_t(data.textTest.size()));
    QVERIFY2(s.test.accuracy > kChance && s.test.accuracy >= kMustReach, std::to_string(s.test.accuracy).c_str());
}

void TestTextTransformer::checkpointPayloadRoundTrip() {
    const ts::Dataset data = ts::testing::topicDataset();
    QTemporaryDir dir;
    ts::TrainOptions options;
    options.checkpointDir = dir.path().toStdString();
    ts::TrainConfig cfg = smallTransformer();
    cfg.epochs = 1;
    ts::RunControl control;
    ts::TrainObserver observer;
    const ts::RunSummary s = ts::train(cfg, data, observer, control, options);
    QVERIFY2(s.status == ts::RunStatus::Finished, s.message.c_str());

    const ts::LoadedTextClassifier loaded =
        ts::loadTextClassifier(options.checkpointDir + "/" + ts::lastCheckpointName(), torch::kCPU);
    const ts::TextClassifierInfo& info = loaded.model->info();
    QCOMPARE(info.preset, std::string("text-transformer"));
    QCOMPARE(info.classNames, data.classNames);
    QCOMPARE(info.shape.contextLength, int64_t(48));
    QCOMPARE(info.shape.embedding, int64_t(32));
    QCOMPARE(loaded.epoch, int64_t(1));
    QVERIFY(loaded.model->tokenizer() != nullptr);
    // The JSON goes round unchanged, and the reloaded model predicts the test split as the run did.
    QCOMPARE(ts::textClassifierInfoToJson(ts::textClassifierInfoFromJson(ts::textClassifierInfoToJson(info))),
             ts::textClassifierInfoToJson(info));
    const ts::TextInputs in = loaded.model->featurize(data.textTest.texts, torch::kCPU);
    torch::NoGradGuard noGrad;
    const torch::Tensor predicted =
        loaded.model->forward(in, torch::arange(in.size(), torch::kInt64)).argmax(1).contiguous();
    for (const ts::Prediction& p : s.testPredictions)
        QCOMPARE(int64_t(p.predicted), predicted[p.index].item<int64_t>());
    QVERIFY(!ts::isTextClassifierInfo("{\"task\": \"language-model\"}"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, ts::textClassifierInfoFromJson("{\"task\": \"classification\"}"));
}

/// Records the epochs; stops the run after the first.
struct StopAfterFirstEpoch : ts::TrainObserver {
    explicit StopAfterFirstEpoch(ts::RunControl& control) : m_control(control) {}
    void onEpoch(const ts::EpochMetrics& m) override {
        losses.push_back(m.val.loss);
        m_control.stop.store(true);
    }
    ts::RunControl& m_control;
    std::vector<double> losses;
};

void TestTextTransformer::resumeReadsTheTokenizerBack() {
    const ts::Dataset data = ts::testing::topicDataset();
    ts::TrainConfig cfg = smallTransformer();
    cfg.epochs = 2;
    ts::RunControl control;
    ts::TrainObserver observer;
    const ts::RunSummary whole = ts::train(cfg, data, observer, control, {});
    QVERIFY2(whole.status == ts::RunStatus::Finished, whole.message.c_str());

    QTemporaryDir dir;
    ts::TrainOptions options;
    options.checkpointDir = dir.path().toStdString();
    ts::RunControl stopControl;
    StopAfterFirstEpoch stopper(stopControl);
    QCOMPARE(int(ts::train(cfg, data, stopper, stopControl, options).status), int(ts::RunStatus::Stopped));
    options.resumeFrom = options.checkpointDir + "/" + ts::lastCheckpointName();
    ts::RunControl restControl;
    const ts::RunSummary rest = ts::train(cfg, data, observer, restControl, options);
    QVERIFY2(rest.status == ts::RunStatus::Finished, rest.message.c_str());
    QCOMPARE(rest.epochs.size(), size_t(2));
    QCOMPARE(rest.epochs.back().val.loss, whole.epochs.back().val.loss);
    QCOMPARE(rest.test.accuracy, whole.test.accuracy);
}

void TestTextTransformer::presetChecksAndRefusals() {
    ts::TrainConfig c = ts::presetConfig("text-transformer");
    QVERIFY(c.isTextClassifier());
    QCOMPARE(ts::validateConfig(c), std::string());
    const std::vector<std::string> names = ts::presetNames();
    QVERIFY(std::find(names.begin(), names.end(), "text-transformer") != names.end());
    QVERIFY(ts::presetDescription("text-transformer").find("transformer encoder") != std::string::npos);
    c.heads = 3;
    QVERIFY(ts::validateConfig(c).find("multiple of the heads") != std::string::npos);
    c.heads = 4;
    c.contextLength = 0;
    QVERIFY(ts::validateConfig(c).find("context length") != std::string::npos);

    ts::Dataset images;
    images.path = "/data/fashion";
    images.classNames = {"a", "b"};
    images.train.height = images.train.width = 2;
    images.train.pixels = {0, 1, 2, 3, 4, 5, 6, 7};
    images.train.labels = {0, 1};
    const std::string onImages = ts::presetDataMismatch(ts::presetConfig("text-transformer"), images);
    QVERIFY2(onImages.find("fashion is a set of labelled images") != std::string::npos, onImages.c_str());
    const std::string gptOnTexts = ts::presetDataMismatch(ts::presetConfig("gpt-tiny"), ts::testing::topicDataset());
    QVERIFY2(gptOnTexts.find("text-transformer") != std::string::npos, gptOnTexts.c_str());
}

QTEST_APPLESS_MAIN(TestTextTransformer)
#include "test_text_transformer.moc"
