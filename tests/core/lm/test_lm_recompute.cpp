// Acceptance 5's recomputation, on a hand-made tiny GPT: the test figures computed here the way the trainer
// scores the test split (non-overlapping windows of the context length) are written as a summary.json, and
// bench/lm_recompute.py, which rebuilds the GPT in PyTorch from the checkpoint, must agree with them to 1e-4.
// Set TS_LM_RECOMPUTE_DIR to keep the run, corpus and summary for a look by hand.
#include "core/common/Json.h"
#include "core/lm/TinyLanguageModel.h"
#include "core/text/TextCorpus.h"
#include "core/text/TextSplit.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

constexpr int kTrainSteps = 40;
constexpr int kCorpusRepeats = 12;  // about 4 KB: a test split of a dozen windows
constexpr int64_t kTopFive = 5;
constexpr int kPythonTimeoutMs = 120000;
const char* kPython = "/usr/bin/python3";  // Debian's, with python3-torch

/// The test split's figures, as summary.json's "test" holds them.
struct TestFigures {
    double loss = 0.0, perplexity = 0.0, bitsPerByte = 0.0, tokenAccuracy = 0.0, top5Accuracy = 0.0;
    int64_t tokens = 0;
};

/// Scores `ids` in windows of T + 1 tokens starting at 0, T, 2T, ... while start + T + 1 <= n: each predicts its
/// T next tokens; loss = mean cross-entropy, bits per byte = nats / ln 2 / UTF-8 bytes of the predicted tokens.
TestFigures scoreTestSplit(ts::Gpt& model, const ts::Tokenizer& tokenizer, const std::vector<int32_t>& ids) {
    torch::NoGradGuard noGrad;
    model->eval();
    const int64_t t = model->config().contextLength, n = int64_t(ids.size());
    const std::vector<int32_t> bytes = tokenizer.tokenByteLengths();
    const torch::Tensor all = torch::tensor(std::vector<int64_t>(ids.begin(), ids.end()), torch::kLong);
    double nats = 0.0, targetBytes = 0.0;
    int64_t top1 = 0, top5 = 0;
    TestFigures f;
    for (int64_t start = 0; start + t + 1 <= n; start += t) {
        const torch::Tensor y = all.narrow(0, start + 1, t);
        const torch::Tensor logits = model->forward(all.narrow(0, start, t).unsqueeze(0))[0];
        nats += torch::nn::functional::cross_entropy(logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                    .item<double>();
        top1 += logits.argmax(-1).eq(y).sum().item<int64_t>();
        top5 += std::get<1>(logits.topk(kTopFive, -1)).eq(y.unsqueeze(1)).any(1).sum().item<int64_t>();
        for (int64_t i = 0; i < t; ++i) targetBytes += bytes[size_t(y[i].item<int64_t>())];
        f.tokens += t;
    }
    f.loss = nats / double(f.tokens);
    f.perplexity = std::exp(f.loss);
    f.bitsPerByte = nats / std::log(2.0) / targetBytes;
    f.tokenAccuracy = double(top1) / double(f.tokens);
    f.top5Accuracy = double(top5) / double(f.tokens);
    return f;
}

/// summary.json as a language-model run writes it, reduced to what the script reads.
std::string summaryJson(const TestFigures& f, double testFraction) {
    ts::Json config, test, summary;
    config.set("test_fraction", testFraction);
    test.set("loss", f.loss);
    test.set("perplexity", f.perplexity);
    test.set("bits_per_byte", f.bitsPerByte);
    test.set("token_accuracy", f.tokenAccuracy);
    test.set("top5_accuracy", f.top5Accuracy);
    test.set("tokens", f.tokens);
    summary.set("task", "language-model");
    summary.set("config", config);
    summary.set("test", test);
    return summary.dump();
}

}  // namespace

class TestLmRecompute : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pytorchAgrees();
};

void TestLmRecompute::pytorchAgrees() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QByteArray keep = qgetenv("TS_LM_RECOMPUTE_DIR");
    const std::filesystem::path dir = keep.isEmpty() ? tmp.path().toStdString() : keep.toStdString();
    const std::string checkpoint = ts::testing::writeTinyLanguageModelRun((dir / "run").string(), kTrainSteps);
    std::string corpus;
    for (int i = 0; i < kCorpusRepeats; ++i) corpus += ts::testing::tinyCorpus();
    corpus += "Ophélie, ô fair nymph!\n";  // characters the tokenizer never saw: the unknown token, 2-byte text
    ts::testing::writeTextFile(dir / "corpus.txt", corpus);

    // The model as the trainer holds it, and the test split as the trainer cuts and tokenizes it.
    const ts::CharTokenizer tokenizer = ts::CharTokenizer::train({ts::testing::tinyCorpus()});
    ts::Gpt model(ts::testing::tinyLanguageModelConfig(tokenizer.vocabSize()));
    torch::serialize::InputArchive archive, weights;
    archive.load_from(checkpoint);
    archive.read("model", weights);
    model->load(weights);
    const ts::TextCorpus text = ts::TextCorpus::open((dir / "corpus.txt").string());
    const ts::TextSplitFractions fractions;
    const std::vector<int32_t> ids = tokenizer.encodeAll(ts::splitCorpus(text, fractions).test);
    const TestFigures f = scoreTestSplit(model, tokenizer, ids);
    QVERIFY(f.tokens >= 10 * model->config().contextLength);
    ts::testing::writeTextFile(dir / "summary.json", summaryJson(f, fractions.test));

    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kPython, {QStringLiteral(TS_SOURCE_DIR "/bench/lm_recompute.py"), "--checkpoint",
                      QString::fromStdString(checkpoint), "--data", QString::fromStdString((dir / "corpus.txt").string()),
                      "--summary", QString::fromStdString((dir / "summary.json").string())});
    QVERIFY(p.waitForFinished(kPythonTimeoutMs));
    const QString out = QString::fromUtf8(p.readAll());
    if (out.contains("No module named 'torch'")) QSKIP("no PyTorch for /usr/bin/python3 (apt-get install python3-torch)");
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains("agrees with summary.json"), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestLmRecompute)
#include "test_lm_recompute.moc"
