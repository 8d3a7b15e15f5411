// The training loop on a tiny synthetic data set that trains in about a second.
#include "core/train/Trainer.h"
#include "core/common/AtomicFile.h"
#include "core/train/Models.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace {

/// Records every callback so tests can check order and content.
struct Recorder : ts::TrainObserver {
    int starts = 0, finishes = 0;
    int64_t batchesPerEpoch = 0;
    std::vector<ts::BatchMetrics> batches;
    std::vector<ts::EpochMetrics> epochs;
    std::vector<std::string> order;  // "start", "batch", "epoch", "finish" (consecutive batches collapsed)
    ts::RunControl* stopAt = nullptr;
    int64_t stopStep = -1;

    void mark(const char* what) {
        if (order.empty() || order.back() != what) order.push_back(what);
    }
    void onStart(const std::string&, int, int64_t bpe) override { ++starts; batchesPerEpoch = bpe; mark("start"); }
    void onBatch(const ts::BatchMetrics& m) override {
        batches.push_back(m);
        mark("batch");
        if (stopAt && m.step == stopStep) stopAt->stop.store(true);
    }
    void onEpoch(const ts::EpochMetrics& m) override { epochs.push_back(m); mark("epoch"); }
    void onFinished(const ts::RunSummary&) override { ++finishes; mark("finish"); }
};

ts::TrainConfig smallConfig() { return ts::testing::quickConfig("mlp", 3, 32); }

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void learnsAndReportsInOrder();
    void sameSeedSameNumbers();
    void stopTakesEffectWithinOneBatch();
    void seedPresetEvaluatesOnTestSet();
    void presetThatDoesNotFitIsRefused();
    void invalidConfigFailsClearly();
    void nanIsCaughtOnItsStep();
    void resumeEqualsUninterrupted();
    void evaluationsInsideEpochsKeepTheSteps();
    void earlyStoppingRestoresBest();
    void checkpointsAreSyncedToDisk();
    void batchPixelsAsTensorOps();

private:
    ts::Dataset m_data = ts::testing::quadrantDataset(800, 200);
};

void TestTrainer::learnsAndReportsInOrder() {
    Recorder rec;
    ts::RunControl control;
    const ts::RunSummary s = ts::train(smallConfig(), m_data, rec, control);
    QCOMPARE(s.status, ts::RunStatus::Finished);
    QVERIFY2(s.message.empty(), s.message.c_str());
    QCOMPARE(rec.starts, 1);
    QCOMPARE(rec.finishes, 1);
    // 10% of 800 held out: 720 training samples, 23 batches of 32 (the last one short).
    QCOMPARE(rec.batchesPerEpoch, int64_t(23));
    QCOMPARE(int(rec.batches.size()), 3 * 23);
    QCOMPARE(int(rec.epochs.size()), 3);
    QCOMPARE(rec.order, (std::vector<std::string>{"start", "batch", "epoch", "batch", "epoch", "batch", "epoch", "finish"}));
    for (size_t i = 0; i < rec.batches.size(); ++i) QCOMPARE(rec.batches[i].step, int64_t(i + 1));
    QCOMPARE(rec.epochs.back().val.confusion.total(), int64_t(80));
    QCOMPARE(rec.epochs.back().valSetName, std::string("validation"));
    QVERIFY(rec.epochs.back().trainLoss < rec.epochs.front().trainLoss);
    QVERIFY2(s.test.accuracy > 0.95, qPrintable(QString::number(s.test.accuracy)));
    QCOMPARE(s.test.confusion.total(), int64_t(200));
    QCOMPARE(int(s.testPredictions.size()), 200);
    // Cosine schedule: the lr decays from the base rate towards 0.
    QCOMPARE(rec.batches.front().lr, smallConfig().lr);
    QVERIFY(rec.batches.back().lr < 0.01 * smallConfig().lr);
}

void TestTrainer::sameSeedSameNumbers() {
    auto run = [this](uint64_t seed) {
        Recorder rec;
        ts::RunControl control;
        ts::TrainConfig c = smallConfig();
        c.epochs = 2;
        c.seed = seed;
        ts::RunSummary s = ts::train(c, m_data, rec, control);
        std::vector<double> losses;
        for (const auto& b : rec.batches) losses.push_back(b.loss);
        losses.push_back(s.test.loss);
        return losses;
    };
    const auto a = run(11), b = run(11), c = run(12);
    QCOMPARE(a, b);  // bit-identical on the CPU
    QVERIFY(a != c);
}

void TestTrainer::stopTakesEffectWithinOneBatch() {
    Recorder rec;
    ts::RunControl control;
    rec.stopAt = &control;
    rec.stopStep = 30;  // in the middle of epoch 2
    const ts::RunSummary s = ts::train(smallConfig(), m_data, rec, control);
    QCOMPARE(s.status, ts::RunStatus::Stopped);
    QCOMPARE(rec.batches.back().step, int64_t(30));  // no batch after the one that asked to stop
    QCOMPARE(int(rec.epochs.size()), 1);
    QVERIFY(s.message.find("step 30") != std::string::npos);
    QVERIFY(s.hasTest);  // a stopped run still gets its test evaluation
}

void TestTrainer::seedPresetEvaluatesOnTestSet() {
    Recorder rec;
    ts::RunControl control;
    ts::TrainConfig c = ts::presetConfig("seed");
    c.epochs = 1;
    c.threads = 1;
    c.device = "cpu";
    const ts::RunSummary s = ts::train(c, m_data, rec, control);
    QCOMPARE(s.status, ts::RunStatus::Finished);
    QCOMPARE(rec.batchesPerEpoch, int64_t(13));  // all 800 samples, batch 64, no hold-out
    QCOMPARE(rec.epochs.front().valSetName, std::string("test"));
    QCOMPARE(rec.epochs.front().val.confusion.total(), int64_t(200));
    QCOMPARE(rec.batches.front().lr, 1e-3);
    QCOMPARE(rec.batches.back().lr, 1e-3);  // constant schedule
}

void TestTrainer::presetThatDoesNotFitIsRefused() {
    ts::Dataset tiny = m_data;
    tiny.train.height = tiny.train.width = 4;
    tiny.train.channels = 4;  // same bytes, reinterpreted as 4x4x4
    tiny.test.height = tiny.test.width = 4;
    tiny.test.channels = 4;
    Recorder rec;
    ts::RunControl control;
    ts::TrainConfig c = smallConfig();
    c.preset = "cnn";
    const ts::RunSummary s = ts::train(c, tiny, rec, control);
    QCOMPARE(s.status, ts::RunStatus::Failed);
    QVERIFY2(s.message.find("8x8") != std::string::npos, s.message.c_str());
    QCOMPARE(rec.finishes, 1);
    QCOMPARE(int(rec.batches.size()), 0);
}

void TestTrainer::invalidConfigFailsClearly() {
    Recorder rec;
    ts::RunControl control;
    ts::TrainConfig c = smallConfig();
    c.batchSize = 0;
    const ts::RunSummary s = ts::train(c, m_data, rec, control);
    QCOMPARE(s.status, ts::RunStatus::Failed);
    QVERIFY2(s.message.find("batch size") != std::string::npos, s.message.c_str());
    c = smallConfig();
    c.device = "cuda";
    const ts::RunSummary g = ts::train(c, m_data, rec, control);
    if (g.status == ts::RunStatus::Finished) QSKIP("CUDA is available here");
    QVERIFY2(g.message.find("CUDA") != std::string::npos, g.message.c_str());
}

void TestTrainer::nanIsCaughtOnItsStep() {
    // A table whose 6th sample holds a NaN: with batch 1 and no shuffling, step 6 sees it.
    ts::Dataset table;
    table.classNames = {"a", "b"};
    table.train.height = 1;
    table.train.width = 3;
    for (int i = 0; i < 20; ++i) {
        const float v = i == 5 ? std::numeric_limits<float>::quiet_NaN() : float(i % 2);
        table.train.features.insert(table.train.features.end(), {v, 1.0f - v, 0.5f});
        table.train.labels.push_back(i % 2);
    }
    const ts::TrainConfig c = ts::testing::quickConfig("seed", 2, 1);
    Recorder rec;
    ts::RunControl control;
    QTemporaryDir dir;
    const ts::RunSummary s = ts::train(c, table, rec, control, {dir.path().toStdString(), ""});
    QCOMPARE(s.status, ts::RunStatus::Diverged);
    QCOMPARE(QString::fromStdString(s.message), QStringLiteral("loss became NaN at step 6 (epoch 1, lr 0.001): lower the learning rate"));
    QCOMPARE(int(rec.batches.size()), 5);  // steps 1-5 trained, step 6 refused
    QVERIFY(!s.hasTest);
    QVERIFY(!QFile::exists(dir.filePath("checkpoint-last.pt")));  // no checkpoint from a diverged epoch
}

void TestTrainer::resumeEqualsUninterrupted() {
    ts::TrainConfig c = smallConfig();
    QTemporaryDir full, cut;
    Recorder fullRec;
    ts::RunControl fullControl;
    const ts::RunSummary whole = ts::train(c, m_data, fullRec, fullControl, {full.path().toStdString(), ""});
    QCOMPARE(whole.status, ts::RunStatus::Finished);
    QVERIFY(QFile::exists(full.filePath("checkpoint-last.pt")));
    QVERIFY(QFile::exists(full.filePath("checkpoint-best.pt")));

    // Stop in the middle of epoch 2; only epoch 1's checkpoint exists.
    Recorder cutRec;
    ts::RunControl cutControl;
    cutRec.stopAt = &cutControl;
    cutRec.stopStep = 23 + 10;
    const ts::RunSummary stopped = ts::train(c, m_data, cutRec, cutControl, {cut.path().toStdString(), ""});
    QCOMPARE(stopped.status, ts::RunStatus::Stopped);
    const ts::CheckpointInfo info = ts::readCheckpointInfo(cut.filePath("checkpoint-last.pt").toStdString());
    QCOMPARE(info.epoch, 1);
    QCOMPARE(info.step, int64_t(23));

    Recorder resumedRec;
    ts::RunControl resumedControl;
    const ts::RunSummary resumed = ts::train(c, m_data, resumedRec, resumedControl,
                                             {cut.path().toStdString(), cut.filePath("checkpoint-last.pt").toStdString()});
    QCOMPARE(resumed.status, ts::RunStatus::Finished);
    QCOMPARE(int(resumed.epochs.size()), 3);              // the history from the checkpoint plus two new epochs
    QCOMPARE(resumedRec.batches.front().step, int64_t(24));  // continues at the next step
    for (size_t i = 0; i < resumedRec.batches.size(); ++i)
        QCOMPARE(resumedRec.batches[i].loss, fullRec.batches[23 + i].loss);  // same batches, same weights, same RNG
    QCOMPARE(resumed.test.loss, whole.test.loss);
    QCOMPARE(resumed.test.accuracy, whole.test.accuracy);
    QCOMPARE(resumed.epochs.front().trainLoss, whole.epochs.front().trainLoss);
}

void TestTrainer::evaluationsInsideEpochsKeepTheSteps() {
    // 23 batches per epoch, validated 4 times per epoch: parts of 5, 6, 6 and 6 batches.
    ts::TrainConfig once = smallConfig();
    ts::TrainConfig often = once;
    often.evalsPerEpoch = 4;
    QTemporaryDir a, b, cut;
    Recorder onceRec, oftenRec;
    ts::RunControl onceControl, oftenControl;
    const ts::RunSummary base = ts::train(once, m_data, onceRec, onceControl, {a.path().toStdString(), ""});
    const ts::RunSummary parts = ts::train(often, m_data, oftenRec, oftenControl, {b.path().toStdString(), ""});
    QCOMPARE(parts.status, ts::RunStatus::Finished);
    QCOMPARE(int(parts.epochs.size()), 12);
    QCOMPARE(parts.epochs[0].step, int64_t(5));
    QCOMPARE(parts.epochs[3].step, int64_t(23));
    QCOMPARE(parts.epochs[0].epochs, 12);
    QCOMPARE(oftenRec.batches.size(), onceRec.batches.size());
    for (size_t i = 0; i < onceRec.batches.size(); ++i)  // the same batches in the same order: the same losses
        QCOMPARE(oftenRec.batches[i].loss, onceRec.batches[i].loss);
    QCOMPARE(parts.test.accuracy, base.test.accuracy);

    // Stopped inside the second part of epoch 2 (steps 29..34), resumed from the first part's checkpoint (step 28).
    Recorder cutRec;
    ts::RunControl cutControl;
    cutRec.stopAt = &cutControl;
    cutRec.stopStep = 31;
    QCOMPARE(ts::train(often, m_data, cutRec, cutControl, {cut.path().toStdString(), ""}).status, ts::RunStatus::Stopped);
    const ts::CheckpointInfo info = ts::readCheckpointInfo(cut.filePath("checkpoint-last.pt").toStdString());
    QCOMPARE(info.epoch, 5);
    QCOMPARE(info.step, int64_t(28));
    Recorder resumedRec;
    ts::RunControl resumedControl;
    const ts::RunSummary resumed = ts::train(often, m_data, resumedRec, resumedControl,
                                             {cut.path().toStdString(), cut.filePath("checkpoint-last.pt").toStdString()});
    QCOMPARE(resumed.status, ts::RunStatus::Finished);
    QCOMPARE(int(resumed.epochs.size()), 12);
    QCOMPARE(resumedRec.batches.front().step, int64_t(29));
    for (size_t i = 0; i < resumedRec.batches.size(); ++i)
        QCOMPARE(resumedRec.batches[i].loss, onceRec.batches[28 + i].loss);
    QCOMPARE(resumed.test.accuracy, base.test.accuracy);

    // More evaluations than batches: refused, saying how many fit.
    ts::TrainConfig tooMany = once;
    tooMany.evalsPerEpoch = 50;
    Recorder refusedRec;
    ts::RunControl refusedControl;
    const ts::RunSummary refused = ts::train(tooMany, m_data, refusedRec, refusedControl, {});
    QCOMPARE(refused.status, ts::RunStatus::Failed);
    QVERIFY2(refused.message.find("at most 23") != std::string::npos, refused.message.c_str());
}

void TestTrainer::earlyStoppingRestoresBest() {
    // A validation set with shuffled labels: fitting the training set makes its loss rise.
    ts::Dataset noisy = m_data;
    std::mt19937 rng(3);
    ts::testing::fillQuadrants(noisy.val, 200, rng);
    std::shuffle(noisy.val.labels.begin(), noisy.val.labels.end(), rng);
    ts::TrainConfig c = smallConfig();
    c.epochs = 30;
    c.schedule = "constant";
    c.lr = 0.01;
    c.earlyStopPatience = 2;
    Recorder rec;
    ts::RunControl control;
    const ts::RunSummary s = ts::train(c, noisy, rec, control);
    QCOMPARE(s.status, ts::RunStatus::Finished);
    QVERIFY2(QString::fromStdString(s.message).startsWith("early stopping"), s.message.c_str());
    QVERIFY(int(s.epochs.size()) < c.epochs);
    // The last two epochs did not beat the best one, and the best one is named in the message.
    size_t best = 0;
    for (size_t i = 1; i < s.epochs.size(); ++i)
        if (s.epochs[i].val.loss < s.epochs[best].val.loss) best = i;
    QCOMPARE(best + 1 + 2, s.epochs.size());
    QVERIFY2(s.message.find("epoch " + std::to_string(best + 1)) != std::string::npos, s.message.c_str());
}

// Checkpoints go through the one atomic writer like every other file: fsynced, renamed, folder fsynced.
void TestTrainer::checkpointsAreSyncedToDisk() {
    QTemporaryDir dir;
    std::vector<std::string> synced;
    ts::setFileFaultInjector([&synced](ts::FileOp op, const std::string& path) {
        if (op == ts::FileOp::SyncFolder) synced.push_back(path);  // the last step of an atomic write
        return 0;
    });
    ts::TrainConfig cfg = smallConfig();
    cfg.epochs = 2;
    Recorder rec;
    ts::RunControl control;
    ts::TrainOptions options;
    options.checkpointDir = dir.path().toStdString();
    const ts::RunSummary s = ts::train(cfg, m_data, rec, control, options);
    ts::setFileFaultInjector(nullptr);
    QCOMPARE(s.status, ts::RunStatus::Finished);
    const auto count = [&synced](const char* name) {
        return std::count_if(synced.begin(), synced.end(), [name](const std::string& p) {
            return p.size() >= std::strlen(name) && p.compare(p.size() - std::strlen(name), std::string::npos, name) == 0;
        });
    };
    QCOMPARE(int(count(ts::lastCheckpointName())), 2);  // after each epoch
    QVERIFY(count(ts::bestCheckpointName()) >= 1);
    for (const QString& f : QDir(dir.path()).entryList(QDir::Files))
        QVERIFY2(!f.contains(QStringLiteral(".tmp")), qPrintable(f));  // no temporary file left
}

// A batch gathered, converted and scaled in one pass (on one or two threads) holds the bits of index_select and
// then ATen's scaling: the division of unstandardized pixels, the product and sum of standardized ones.
void TestTrainer::batchPixelsAsTensorOps() {
    torch::manual_seed(9);
    const torch::Tensor pixels = torch::randint(256, {700, 1, 8, 9}, torch::kUInt8);
    const torch::Tensor idx = torch::randint(700, {650}, torch::kInt64);
    for (const auto& [scale, shift] : {std::pair{1.0 / 255.0, 0.0}, std::pair{0.0123457, -0.4567}}) {
        const torch::Tensor expected = ts::scalePixels(pixels.index_select(0, idx), scale, shift);
        for (const int threads : {1, 2}) {
            torch::set_num_threads(threads);
            const torch::Tensor got = ts::gatherPixels(pixels, idx, scale, shift);
            QCOMPARE(got.sizes(), expected.sizes());
            QVERIFY2(torch::equal(got, expected), qPrintable(QString("scale %1, %2 threads").arg(scale).arg(threads)));
        }
    }
    torch::set_num_threads(1);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range,
                             ts::gatherPixels(pixels, torch::tensor({3, 700}, torch::kInt64), 1.0 / 255.0, 0.0));
}

QTEST_APPLESS_MAIN(TestTrainer)
#include "test_trainer.moc"
