// The catalogue of core's messages (issue 20): every pattern well formed and in the order of its names, core's English
// output exactly as before the catalogue, and recognition of a message with a lookup: figures intact, messages inside
// messages translated, anything else unchanged.
#include "core/common/MessageCatalogue.h"
#include "core/data/DatasetLoader.h"
#include "core/health/Alerts.h"
#include "core/train/TrainConfig.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <set>

using namespace ts;

namespace {

constexpr int kSpikeHistory = 40;  // steps of a quiet loss before the spike
constexpr double kQuietLoss = 1.0, kQuietWobble = 0.01, kSpikeLoss = 50.0;

/// The markers (%1..%9) of a pattern, in order of appearance.
std::vector<int> markers(const std::string& pattern) {
    std::vector<int> found;
    for (size_t i = 0; i + 1 < pattern.size(); ++i)
        if (pattern[i] == '%' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') found.push_back(pattern[i + 1] - '0');
    return found;
}

/// A lookup with a few made-up translations, as a translator would give them.
MessageLookup fakeChinese() {
    static const std::map<std::string, std::string> table = {
        {"step %1 (epoch %2)", "第 %1 步（第 %2 轮）"},
        {"The %1 became %2 at %3 with a learning rate of %4; the run diverged.", "%1在%3变为 %2，当时学习率为 %4；运行已发散。"},
        {"loss", "损失"},
        {"%1 became %2 at step %3 (epoch %4, lr %5): lower the learning rate", "%1在第 %3 步（第 %4 轮，学习率 %5）变为 %2：请降低学习率"},
        {"infinite", "无穷大"},
        {"%1 columns are constant and carry no information: %2.", "%1 列为常量，不含任何信息：%2。"},
        {"%1 and %2 more", "%1，另有 %2 个"},
        // markers in another order than the English
        {"The width (%1) must be a multiple of the heads (%2).", "注意力头数（%2）必须整除宽度（%1）。"},
    };
    return [](const char*, const char* english) {
        const auto it = table.find(english);
        return it == table.end() ? std::string() : it->second;
    };
}

}  // namespace

class TestMessageCatalogue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void patternsAreWellFormed();
    void englishIsUnchanged();
    void translatesWithFiguresIntact();
    void leavesOtherTextAlone();
};

void TestMessageCatalogue::patternsAreWellFormed() {
    QCOMPARE(messagePatterns().size(), size_t(Msg::Count));
    std::set<std::pair<std::string, std::string>> seen;
    for (int i = 0; i < int(Msg::Count); ++i) {
        const MessagePattern& p = messagePattern(Msg(i));  // throws when the table is out of the order of Msg
        const std::string english = p.english;
        QVERIFY2(std::strncmp(p.context, "ts::", 4) == 0, p.english);
        QVERIFY2(seen.insert({p.context, english}).second, p.english);  // one entry per text
        // %1..%n, each once and in order, so that message()'s figures go where they belong
        const std::vector<int> m = markers(english);
        for (size_t k = 0; k < m.size(); ++k) QVERIFY2(m[k] == int(k) + 1, p.english);
        // literal text between markers, or they could not be told apart
        QVERIFY2(english.find("%1%2") == std::string::npos && english.size() > 2 * m.size(), p.english);
        for (int k = 1; k <= 8; ++k)
            QVERIFY2(english.find("%" + std::to_string(k) + "%" + std::to_string(k + 1)) == std::string::npos, p.english);
    }
}

void TestMessageCatalogue::englishIsUnchanged() {
    // What core wrote before the catalogue, byte for byte.
    const Alert diverged = HealthMonitor::nonFinite(12, 1, "loss", std::numeric_limits<double>::quiet_NaN(), 5.0);
    QCOMPARE(diverged.message, std::string("The loss became nan at step 12 (epoch 1) with a learning rate of 5; the run diverged."));
    QCOMPARE(diverged.advice, std::string("Lower the learning rate (try 10x lower), clip gradients (--grad-clip) or use a "
                                          "warm-up; check the data for NaN or extreme values."));

    HealthMonitor monitor{HealthSettings{}};
    std::vector<Alert> spikes;
    for (int step = 1; step <= kSpikeHistory; ++step)
        monitor.observeStep(step, 1, kQuietLoss + (step % 2 ? kQuietWobble : -kQuietWobble), -1.0);
    spikes = monitor.observeStep(kSpikeHistory + 1, 2, kSpikeLoss, -1.0);
    QCOMPARE(spikes.size(), size_t(1));
    QCOMPARE(spikes.front().message, std::string("Loss 50 at step 41 (epoch 2) is 4.9e+03 standard deviations above the "
                                                 "mean of the previous 40 steps (mean 1, std 0.01)."));

    TrainConfig c = presetConfig("mlp");
    c.momentum = 1.5;
    QCOMPARE(validateConfig(c), std::string("Momentum must be in [0, 1)."));
    c = presetConfig("gpt-tiny");
    c.contextLength = 1;
    QCOMPARE(validateConfig(c), std::string("The context length must be between 2 and " +
                                            std::to_string(TrainLimits::kMaxContext) + " tokens."));
    c = presetConfig("mlp");
    c.optimizer = "lion";
    QCOMPARE(validateConfig(c), std::string("Unknown optimizer 'lion': choose sgd, adam or adamw."));
    QCOMPARE(presetDescription("nope"), std::string("Unknown preset"));
    QVERIFY(presetDescription("cnn").rfind("A small convolutional net (two 3x3 conv blocks", 0) == 0);
    QCOMPARE(message(Msg::ListAndMore, {"a, b", "3"}), std::string("a, b and 3 more"));
    try {
        loadDataset("/no/such/data set", LoadOptions{}, nullptr);
        QFAIL("a data set that does not exist loaded");
    } catch (const std::runtime_error& e) {
        QCOMPARE(std::string(e.what()), std::string("/no/such/data set: does not exist."));
    }
    try {
        loadDataset("", LoadOptions{}, nullptr);
        QFAIL("no data set loaded");
    } catch (const std::runtime_error& e) {
        QVERIFY(std::string(e.what()).rfind("No data set given. TrainScope opens a folder with the four IDX files", 0) == 0);
    }
}

void TestMessageCatalogue::translatesWithFiguresIntact() {
    const MessageLookup zh = fakeChinese();
    const Alert a = HealthMonitor::nonFinite(1200, 3, "loss", std::numeric_limits<double>::infinity(), 0.25);
    QCOMPARE(translateMessage(a.message, zh), std::string("损失在第 1200 步（第 3 轮）变为 inf，当时学习率为 0.25；运行已发散。"));
    // The run's end message, as core/train/TrainingLoop.cpp writes it (and summary.json keeps it).
    QCOMPARE(translateMessage("loss became infinite at step 6 (epoch 1, lr 10): lower the learning rate", zh),
             std::string("损失在第 6 步（第 1 轮，学习率 10）变为 无穷大：请降低学习率"));
    // A list cut short inside a warning; markers that move.
    QCOMPARE(translateMessage(message(Msg::ConstantColumns, {"7", message(Msg::ListAndMore, {"a, b, c, d, e", "2"})}), zh),
             std::string("7 列为常量，不含任何信息：a, b, c, d, e，另有 2 个。"));
    QCOMPARE(translateMessage(message(Msg::ConfigWidthMultipleOfHeads, {"100", "3"}), zh),
             std::string("注意力头数（3）必须整除宽度（100）。"));
    // Figures are put in once: markers inside a figure (a column named "%2") stay as they are.
    QCOMPARE(translateMessage(message(Msg::ConstantColumns, {"2", "%2, %1 col"}), zh),
             std::string("2 列为常量，不含任何信息：%2, %1 col。"));
}

void TestMessageCatalogue::leavesOtherTextAlone() {
    const MessageLookup zh = fakeChinese();
    for (const std::string text : {std::string(), std::string("a message core never writes"), std::string("Loss"),
                                   std::string("loss became NaN")})
        QCOMPARE(translateMessage(text, zh), text);
    // A pattern without a translation keeps the message, its nested parts included, in English.
    const std::string plateauAdvice = message(Msg::PlateauAdvice);
    QCOMPARE(translateMessage(plateauAdvice, zh), plateauAdvice);
    const std::string spike = message(Msg::LossSpikeFar, {"9", message(Msg::StepAndEpoch, {"5", "1"}), "4", "1", "0"});
    QCOMPARE(translateMessage(spike, zh), spike);
    QCOMPARE(translateMessage(spike, MessageLookup()), spike);  // no lookup: English
    // Identity lookups (English) give every message back unchanged.
    const MessageLookup english = [](const char*, const char* text) { return std::string(text); };
    QCOMPARE(translateMessage(spike, english), spike);
}

QTEST_APPLESS_MAIN(TestMessageCatalogue)
#include "test_message_catalogue.moc"
