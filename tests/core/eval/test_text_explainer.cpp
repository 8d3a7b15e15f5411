// The text explainers: text-bow's word weights add up to the class logit minus its bias and favour the topic's
// words; the transformer's occlusion weights are the logit drops when a token becomes the unknown token; a file
// that is not a text classifier is refused by name.
#include "core/eval/TextExplanation.h"
#include "core/train/TextClassifierModel.h"
#include "core/train/TrainConfig.h"
#include "core/train/Trainer.h"
#include "support/TextTopics.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>

namespace {

constexpr int kSports = 0;  // topicDataset()'s first class
constexpr double kSumTolerance = 1e-4;
const std::string kSportsText = "The striker and the referee, a long match.";

/// Trains `cfg` on the topics into `dir`; returns the last checkpoint's path.
std::string trainInto(ts::TrainConfig cfg, const QString& dir) {
    ts::TrainOptions options;
    options.checkpointDir = dir.toStdString();
    QDir().mkpath(dir);
    ts::RunControl control;
    ts::TrainObserver observer;
    cfg.threads = 1;
    const ts::RunSummary s = ts::train(cfg, ts::testing::topicDataset(), observer, control, options);
    if (s.status != ts::RunStatus::Finished) qFatal("training failed: %s", s.message.c_str());
    return options.checkpointDir + "/" + ts::lastCheckpointName();
}

/// The class logits of `text` under the checkpoint's model.
torch::Tensor logitsOf(const std::string& checkpoint, const std::string& text) {
    const ts::LoadedTextClassifier loaded = ts::loadTextClassifier(checkpoint, torch::kCPU);
    torch::NoGradGuard noGrad;
    const ts::TextInputs in = loaded.model->featurize({text}, torch::kCPU);
    return loaded.model->forward(in, torch::zeros({1}, torch::kInt64))[0].to(torch::kDouble);
}

}  // namespace

class TestTextExplainer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ngramWeightsAddUpToTheLogit();
    void occlusionIsTheLogitDrop();
    void refusesOtherFiles();

private:
    QTemporaryDir m_tmp;
};

void TestTextExplainer::ngramWeightsAddUpToTheLogit() {
    ts::TrainConfig cfg = ts::presetConfig("text-bow");
    cfg.hashBuckets = 1 << 12;
    cfg.epochs = 2;
    const std::string checkpoint = trainInto(cfg, m_tmp.filePath("bow"));
    const std::shared_ptr<ts::TextExplainer> explainer = ts::loadTextExplainer(checkpoint);
    const ts::TextExplanation e = explainer->explain(kSportsText, kSports);
    QCOMPARE(e.method, std::string("n-gram weights"));
    QCOMPARE(e.classIndex, kSports);
    QCOMPARE(e.tokens.size(), size_t(10));  // the eight words, the comma and the full stop
    QCOMPARE(kSportsText.substr(size_t(e.tokens[1].begin), size_t(e.tokens[1].end - e.tokens[1].begin)),
             std::string("striker"));
    double sum = 0.0;
    for (const ts::TokenWeight& t : e.tokens) sum += t.weight;
    const ts::LoadedTextClassifier loaded = ts::loadTextClassifier(checkpoint, torch::kCPU);
    const double bias = loaded.model->module().named_parameters()["out.bias"][kSports].item<double>();
    const double logit = logitsOf(checkpoint, kSportsText)[kSports].item<double>();
    QVERIFY2(std::abs(sum - (logit - bias)) < kSumTolerance, (std::to_string(sum) + " vs " + std::to_string(logit - bias)).c_str());
    QVERIFY(e.tokens[1].weight > e.tokens[0].weight);  // "striker" pushes towards sports more than "The"
    QCOMPARE(explainer->explain("... !", kSports).tokens.size(), size_t(2));  // punctuation runs are tokens
    QVERIFY(explainer->explain(" \t ", kSports).tokens.empty());
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, explainer->explain(kSportsText, 3));
}

void TestTextExplainer::occlusionIsTheLogitDrop() {
    const std::string checkpoint = trainInto(ts::testing::tinyTransformer(1, 16, 32, 1), m_tmp.filePath("transformer"));
    const std::shared_ptr<ts::TextExplainer> explainer = ts::loadTextExplainer(checkpoint);
    const std::string text = "Striker, goal!";
    const ts::TextExplanation e = explainer->explain(text, kSports);
    QCOMPARE(e.method, std::string("occlusion"));
    QCOMPARE(e.tokens.size(), text.size());  // one char token per (ASCII) character
    for (size_t j = 0; j < e.tokens.size(); ++j) {
        QCOMPARE(e.tokens[j].begin, int64_t(j));
        QCOMPARE(e.tokens[j].end, int64_t(j + 1));
    }
    // "§" never occurs in the training texts: it is the unknown token, the occluder.
    const size_t at = 3;
    const std::string occluded = text.substr(0, at) + "§" + text.substr(at + 1);
    const double drop = logitsOf(checkpoint, text)[kSports].item<double>() - logitsOf(checkpoint, occluded)[kSports].item<double>();
    QVERIFY2(std::abs(e.tokens[at].weight - drop) < kSumTolerance,
             (std::to_string(e.tokens[at].weight) + " vs " + std::to_string(drop)).c_str());
    // A long text is explained over the tokens the model reads: its first contextLength.
    QCOMPARE(explainer->explain(std::string(100, 'a'), kSports).tokens.size(), size_t(32));
}

void TestTextExplainer::refusesOtherFiles() {
    const std::string path = m_tmp.filePath("notes.pt").toStdString();
    std::ofstream(path) << "not a checkpoint";
    try {
        ts::loadTextExplainer(path);
        QFAIL("a text file was taken for a text classifier");
    } catch (const std::runtime_error& e) {
        QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
    }
}

QTEST_APPLESS_MAIN(TestTextExplainer)
#include "test_text_explainer.moc"
