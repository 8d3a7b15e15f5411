// Core's messages in a Chinese interface and Chinese reports (issue 20): an alert core composes and one read back from
// an old run's alerts.jsonl come out in Chinese with their figures intact, as do a run's end message, a data-set
// warning and a refused setting; every pattern of the catalogue has a zh_CN translation with the same markers; an
// English interface and English reports get core's text unchanged.
#include "core/common/MessageCatalogue.h"
#include "core/data/DatasetLoader.h"
#include "core/health/Alerts.h"
#include "core/health/HealthLog.h"
#include "core/report/ReportMessages.h"
#include "core/train/TrainConfig.h"
#include "ui/common/CoreText.h"
#include "ui/report/ReportTranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <limits>

using namespace ts;

namespace {

constexpr int kSpikeHistory = 40;  // steps of a quiet loss before the spike
constexpr double kQuietLoss = 1.0, kQuietWobble = 0.01, kSpikeLoss = 50.0;

/// An overfitting alert as a run of an earlier version wrote it to alerts.jsonl.
const char* const kOldAlertLine =
    R"({"step":1800,"epoch":4,"kind":"overfitting","layer":"","message":"Validation loss rose at 3 evaluations in a row )"
    R"((0.412 -> 0.457) while training loss fell (0.301 -> 0.255); the best validation loss was 0.398 at step 1200 )"
    R"((epoch 3).","advice":"Keep the weights of the best evaluation and stop there (--early-stop), or regularize: add )"
    R"(weight decay (--weight-decay), dropout or more data.","values":{"val_loss":0.457}})";

QLocale chinese() { return QLocale(QLocale::Chinese, QLocale::China); }
QLocale english() { return QLocale(QLocale::English, QLocale::UnitedStates); }

/// The markers (%1..%9) of a pattern, sorted.
std::vector<int> markers(const std::string& pattern) {
    std::vector<int> found;
    for (size_t i = 0; i + 1 < pattern.size(); ++i)
        if (pattern[i] == '%' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') found.push_back(pattern[i + 1] - '0');
    std::sort(found.begin(), found.end());
    return found;
}

/// True when `text` holds no run of `letters` ASCII letters in a row (English words left over).
bool noEnglishWords(const QString& text, int letters = 4) {
    int run = 0;
    for (const QChar c : text) {
        run = (c.unicode() < 128 && c.isLetter()) ? run + 1 : 0;
        if (run >= letters) return false;
    }
    return true;
}

}  // namespace

class TestCoreText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void composedAlertInChinese();
    void alertReadBackInChinese();
    void endMessagesWarningsAndSettingsInChinese();
    void loadingErrorsInChinese();
    void everyPatternIsTranslated();
    void reportsInChinese();
    void englishIsUntouched();
};

void TestCoreText::init() { QVERIFY(installReportTranslator(chinese())); }

void TestCoreText::cleanup() { installReportTranslator(english()); }

void TestCoreText::composedAlertInChinese() {
    HealthMonitor monitor{HealthSettings{}};
    for (int step = 1; step <= kSpikeHistory; ++step)
        monitor.observeStep(step, 1, kQuietLoss + (step % 2 ? kQuietWobble : -kQuietWobble), -1.0);
    const std::vector<Alert> spikes = monitor.observeStep(kSpikeHistory + 1, 2, kSpikeLoss, -1.0);
    QCOMPARE(spikes.size(), size_t(1));
    QCOMPARE(coreText(spikes.front().message),
             QStringLiteral("第 41 步（第 2 轮）的损失 50 比前 40 步的均值高出 4.9e+03 个标准差（均值 1，标准差 0.01）。"));
    QCOMPARE(coreText(spikes.front().advice),
             QStringLiteral("若尖峰反复出现，请降低学习率或裁剪梯度（--grad-clip）；单个尖峰也可能来自含有错误样本或标签的批次。"));

    const Alert diverged = HealthMonitor::nonFinite(12, 1, "a gradient", std::numeric_limits<double>::quiet_NaN(), 5.0);
    QCOMPARE(coreText(diverged.message), QStringLiteral("某个梯度在第 12 步（第 1 轮）变为 nan，当时学习率为 5；运行已发散。"));
}

void TestCoreText::alertReadBackInChinese() {
    const std::vector<Alert> alerts = parseAlertsJsonl(std::string(kOldAlertLine) + "\n");
    QCOMPARE(alerts.size(), size_t(1));
    const QString message = coreText(alerts.front().message);
    QCOMPARE(message, QStringLiteral("验证损失连续 3 次评估上升（0.412 -> 0.457），而训练损失下降（0.301 -> 0.255）；"
                                     "最佳验证损失为 0.398，出现在第 1200 步（第 3 轮）。"));
    const QString advice = coreText(alerts.front().advice);
    QVERIFY2(advice.startsWith(QStringLiteral("保留最佳评估时的权重")) && advice.contains(QStringLiteral("--weight-decay")),
             qPrintable(advice));
}

void TestCoreText::endMessagesWarningsAndSettingsInChinese() {
    QCOMPARE(coreText("stopped by the user at step 300 (epoch 2)"), QStringLiteral("已由用户在第 300 步（第 2 轮）停止"));
    QCOMPARE(coreText("stopped by rank 0 after evaluation 4"), QStringLiteral("已由进程 0 在第 4 次评估之后停止"));
    QCOMPARE(coreText("resumed from /runs/a b/checkpoint-last.pt after epoch 2 (step 1688)"),
             QStringLiteral("从 /runs/a b/checkpoint-last.pt 继续，接在第 2 轮之后（第 1688 步）"));
    // An alert inside a run's end message is translated too.
    const std::string spike = "stopped at step 150 on a loss_spike alert (--stop-on): stopped by the user at step 150 (epoch 1)";
    QCOMPARE(coreText(spike), QStringLiteral("第 150 步出现 loss_spike 警报，按 --stop-on 停止：已由用户在第 150 步（第 1 轮）停止"));
    QCOMPARE(coreText("loss became NaN at step 6 (epoch 1, lr 10): lower the learning rate"),
             QStringLiteral("损失在第 6 步（第 1 轮，学习率 10）变为 NaN：请降低学习率"));
    QCOMPARE(coreText("the gradient norm became infinite at step 9 (evaluation 3, lr 0.5): lower the learning rate"),
             QStringLiteral("梯度范数在第 9 步（第 3 次评估，学习率 0.5）变为 无穷大：请降低学习率"));
    QCOMPARE(coreText("early stopping: the validation loss did not improve for 3 epochs; restored the best weights "
                      "(epoch 4, validation loss 0.3120)"),
             QStringLiteral("早停：验证损失已连续 3 轮未改善；已恢复最佳权重（第 4 轮，验证损失 0.3120）"));
    const std::string imbalance = message(Msg::ImbalancedClasses, {"T-shirt/top", "6000", "Bag", "12"});
    QCOMPARE(coreText(imbalance), QStringLiteral("类别不平衡：“T-shirt/top”有 6000 个样本，“Bag”只有 12 个；只看准确率会高估模型。"));
    // What the preview says about a data set; a column's own name stays as it is, even a word core translates.
    QCOMPARE(coreText(message(Msg::NoteIntegerLabelColumn, {"label", "10"})), QStringLiteral("标签列：label（整数标签，10 个类别）"));
    QCOMPARE(coreText(message(Msg::NoteTextColumn, {"text"})), QStringLiteral("文本列：text"));
    QCOMPARE(coreText(message(Msg::FormatImageFolderGray, {"28", "28"})), QStringLiteral("图像文件夹，28x28 灰度"));
    QCOMPARE(coreText(message(Msg::FormatNumericTable, {message(Msg::FormatSemicolonCsv), "4"})),
             QStringLiteral("CSV（分号分隔），4 个数值特征"));
    TrainConfig c = presetConfig("mlp");
    c.batchSize = 0;
    QCOMPARE(coreText(validateConfig(c)),
             QStringLiteral("批大小必须在 1 到 %1 之间。").arg(TrainLimits::kMaxBatchSize));
}

void TestCoreText::loadingErrorsInChinese() {
    QTemporaryDir dir;
    const std::string missing = dir.filePath(QStringLiteral("no: such data")).toStdString();
    const QString junk = dir.filePath(QStringLiteral("weights.bin"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("\x01\x02 not a data set") > 0);
    file.close();
    const auto error = [](const std::string& path) {
        try {
            loadDataset(path, LoadOptions{}, nullptr);
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    QCOMPARE(coreText(error(missing)), QString::fromStdString(missing) + QStringLiteral("：不存在。"));
    const QString unknown = coreText(error(junk.toStdString()));
    QVERIFY2(unknown.startsWith(junk + QStringLiteral("：不是 TrainScope 能识别的格式。TrainScope 可以打开：")),
             qPrintable(unknown));
    QVERIFY2(unknown.contains(QStringLiteral("train-images-idx3-ubyte")), qPrintable(unknown));
}

void TestCoreText::everyPatternIsTranslated() {
    for (const MessagePattern& p : messagePatterns()) {
        const QString translated = QCoreApplication::translate(p.context, p.english);
        QVERIFY2(!translated.isEmpty() && translated != QString::fromUtf8(p.english), p.english);
        QVERIFY2(markers(translated.toStdString()) == markers(p.english), p.english);
    }
}

void TestCoreText::reportsInChinese() {
    const ReportPhrases zh = reportPhrases();
    QVERIFY(!zh.isEnglish());
    const Alert a = HealthMonitor::nonFinite(7, 1, "loss", std::numeric_limits<double>::infinity(), 0.1);
    QCOMPARE(reportMessage(a.message, zh), std::string("损失在第 7 步（第 1 轮）变为 inf，当时学习率为 0.1；运行已发散。"));
    QCOMPARE(reportCell("n/a", zh), std::string("无"));
    QCOMPARE(reportCell("0.25", zh), std::string("0.25"));
    QVERIFY(noEnglishWords(QString::fromStdString(reportMessage(presetDescription("mlp"), zh)), 8));
}

void TestCoreText::englishIsUntouched() {
    installReportTranslator(english());
    const ReportPhrases en = reportPhrases();
    QVERIFY(en.isEnglish());
    const std::vector<Alert> alerts = parseAlertsJsonl(std::string(kOldAlertLine) + "\n");
    QCOMPARE(alerts.size(), size_t(1));
    for (const std::string& text : {alerts.front().message, alerts.front().advice, presetDescription("cnn"),
                                    std::string("stopped by the user at step 300 (epoch 2)")}) {
        QCOMPARE(coreText(text), QString::fromStdString(text));
        QCOMPARE(reportMessage(text, en), text);
    }
    QCOMPARE(reportCell("n/a", en), std::string("n/a"));
}

QTEST_MAIN(TestCoreText)
#include "test_core_text.moc"
