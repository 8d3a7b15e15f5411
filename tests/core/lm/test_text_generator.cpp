// TextGenerator: a language model back from its checkpoint or run folder, seeded and streamed generation, bad
// settings, and the checkpoints it refuses (a classifier's, a damaged file) with their advice.
#include "core/eval/Evaluator.h"
#include "core/lm/TextGenerator.h"
#include "core/text/CharTokenizer.h"
#include "core/text/Utf8.h"
#include "core/lm/TinyLanguageModel.h"
#include "support/ErrorOf.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

constexpr int64_t kTokens = 40;
constexpr int kTrainSteps = 30;

ts::SampleSettings settings(uint64_t seed, int64_t maxTokens = kTokens) {
    ts::SampleSettings s;
    s.seed = seed;
    s.maxTokens = maxTokens;
    s.temperature = 1.0;
    s.topK = 0;
    return s;
}

/// The message of the std::invalid_argument `fn` throws, or a marker.
template <class F>
QString invalidArgumentOf(F&& fn) {
    try {
        fn();
    } catch (const std::invalid_argument& e) {
        return QString::fromStdString(e.what());
    } catch (...) {
        return QStringLiteral("<other exception>");
    }
    return QStringLiteral("<no exception>");
}

}  // namespace

class TestTextGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameSeedSameText();
    void differentSeedDifferentText();
    void streamsEveryToken();
    void callbackStopsEarly();
    void emptyPromptStartsAtNewline();
    void describesItself();
    void runFolderFollowsEarlyStopping();
    void leavesRandomNumbersAlone();
    void refusesBadSettings();
    void refusesClassifier();
    void refusesDamagedFiles();
    void evaluatorPointsToGenerate();

private:
    QTemporaryDir m_tmp;
    std::string m_runDir;
    std::string m_checkpoint;
};

void TestTextGenerator::initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_runDir = (m_tmp.path() + "/run").toStdString();
    m_checkpoint = ts::testing::writeTinyLanguageModelRun(m_runDir, kTrainSteps);
}

void TestTextGenerator::sameSeedSameText() {
    auto generator = ts::TextGenerator::load(m_runDir);
    const std::string first = generator->generate("To be", settings(7));
    QCOMPARE(ts::utf8::countCodePoints(first), kTokens);  // one character per token
    QCOMPARE(generator->generate("To be", settings(7)), first);
    QCOMPARE(ts::TextGenerator::load(m_checkpoint)->generate("To be", settings(7)), first);
}

void TestTextGenerator::differentSeedDifferentText() {
    auto generator = ts::TextGenerator::load(m_runDir);
    QVERIFY(generator->generate("To be", settings(7)) != generator->generate("To be", settings(8)));
}

void TestTextGenerator::streamsEveryToken() {
    auto generator = ts::TextGenerator::load(m_runDir);
    std::string streamed;
    int64_t count = 0;
    const std::string text = generator->generate("The ", settings(3), [&](const ts::StreamedToken& t) {
        streamed += t.text;
        ++count;
        if (t.probability <= 0.0 || t.probability > 1.0 || t.alternatives.size() != 5) return false;
        if (t.alternatives.front().second < t.alternatives.back().second) return false;  // most likely first
        return true;
    });
    QCOMPARE(count, kTokens);
    QCOMPARE(streamed, text);
}

void TestTextGenerator::callbackStopsEarly() {
    constexpr int64_t kStopAfter = 3;
    auto generator = ts::TextGenerator::load(m_runDir);
    int64_t count = 0;
    const std::string text = generator->generate("a", settings(1), [&](const ts::StreamedToken&) { return ++count < kStopAfter; });
    QCOMPARE(count, kStopAfter);
    QCOMPARE(ts::utf8::countCodePoints(text), kStopAfter);
    QCOMPARE(generator->generate("a", settings(1, 0)), std::string());
}

void TestTextGenerator::emptyPromptStartsAtNewline() {
    const ts::CharTokenizer tokenizer = ts::CharTokenizer::train({ts::testing::tinyCorpus()});
    QCOMPARE(ts::generationStartToken(tokenizer), int64_t(tokenizer.encode("\n").front()));
    const ts::CharTokenizer noNewline = ts::CharTokenizer::train({"abc"});
    QCOMPARE(ts::generationStartToken(noNewline), int64_t(0));
    auto generator = ts::TextGenerator::load(m_runDir);
    // An empty prompt is a newline's context: the same as the newline prompt with the same seed.
    QCOMPARE(generator->generate("", settings(5)), generator->generate("\n", settings(5)));
}

void TestTextGenerator::describesItself() {
    auto generator = ts::TextGenerator::load(m_runDir);
    const QString d = QString::fromStdString(generator->description());
    QVERIFY2(d.startsWith("gpt-tiny, 0.03 M parameters, char tokenizer (") && d.endsWith(" tokens), step 30 (checkpoint-last.pt)"),
             qPrintable(d));
    QCOMPARE(generator->step(), int64_t(kTrainSteps));
    QCOMPARE(generator->checkpointPath(), m_checkpoint);
}

void TestTextGenerator::runFolderFollowsEarlyStopping() {
    const std::string dir = (m_tmp.path() + "/early").toStdString();
    const std::string last = ts::testing::writeTinyLanguageModelRun(dir, 0, 0, "early stopping: no improvement");
    const std::string best = (std::filesystem::path(dir) / ts::bestCheckpointName()).string();
    QCOMPARE(ts::TextGenerator::load(dir)->checkpointPath(), last);  // no best yet: the last one
    ts::copyCheckpoint(last, best);
    QCOMPARE(ts::TextGenerator::load(dir)->checkpointPath(), best);
    QCOMPARE(ts::TextGenerator::load(m_runDir)->checkpointPath(), m_checkpoint);  // finished: the last one
}

void TestTextGenerator::leavesRandomNumbersAlone() {
    torch::manual_seed(42);
    const torch::Tensor expected = torch::rand({4});
    torch::manual_seed(42);
    auto generator = ts::TextGenerator::load(m_runDir);
    generator->generate("To", settings(2));
    QVERIFY(torch::equal(torch::rand({4}), expected));
}

void TestTextGenerator::refusesBadSettings() {
    auto generator = ts::TextGenerator::load(m_runDir);
    ts::SampleSettings s = settings(1);
    s.temperature = 0.0;
    QVERIFY(invalidArgumentOf([&] { generator->generate("a", s); }).contains("temperature must be a number above 0"));
    s.temperature = -1.0;
    QVERIFY(invalidArgumentOf([&] { generator->generate("a", s); }).contains("temperature"));
    s = settings(1, -1);
    QVERIFY(invalidArgumentOf([&] { generator->generate("a", s); }).contains("cannot be negative"));
    s = settings(1);
    s.topK = -2;
    QVERIFY(invalidArgumentOf([&] { generator->generate("a", s); }).contains("top-k"));
    QVERIFY(invalidArgumentOf([&] { generator->generate("ab\xff", settings(1)); }).contains("not valid UTF-8 (byte 2)"));
}

void TestTextGenerator::refusesClassifier() {
    const std::string path = (m_tmp.path() + "/classifier.pt").toStdString();
    ts::testing::writeTinyClassifierCheckpoint(path);
    const QString message = ts::testing::errorOf([&] { ts::TextGenerator::load(path); });
    QVERIFY2(message.contains("is a classifier, not a language model: use trainscope-cli evaluate"), qPrintable(message));
}

void TestTextGenerator::refusesDamagedFiles() {
    const std::string garbage = (m_tmp.path() + "/garbage.pt").toStdString();
    std::ofstream(garbage, std::ios::binary) << "not a checkpoint at all";
    QVERIFY(ts::testing::errorOf([&] { ts::TextGenerator::load(garbage); }).contains("it may be damaged"));

    const std::string truncated = (m_tmp.path() + "/truncated.pt").toStdString();
    std::filesystem::copy_file(m_checkpoint, truncated);
    std::filesystem::resize_file(truncated, std::filesystem::file_size(truncated) / 2);
    QVERIFY(ts::testing::errorOf([&] { ts::TextGenerator::load(truncated); }).contains("cannot read"));

    const QString missing = ts::testing::errorOf([&] { ts::TextGenerator::load(m_runDir + "/nothing.pt"); });
    QVERIFY2(missing.contains("does not exist"), qPrintable(missing));
    const QString folder = ts::testing::errorOf([&] { ts::TextGenerator::load(m_tmp.path().toStdString()); });
    QVERIFY2(folder.contains("not a TrainScope run folder"), qPrintable(folder));
}

void TestTextGenerator::evaluatorPointsToGenerate() {
    ts::EvaluateRequest request;
    request.modelPath = m_runDir;
    request.dataPath = (m_tmp.path() + "/corpus.txt").toStdString();
    const QString message = ts::testing::errorOf([&] { ts::evaluateModel(request); });
    QVERIFY2(message.contains("is a language model; use trainscope-cli generate --model"), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTextGenerator)
#include "test_text_generator.moc"
