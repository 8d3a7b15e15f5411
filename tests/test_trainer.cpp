// The training loop on a tiny synthetic data set that trains in about a second.
#include "core/Trainer.h"
#include "SyntheticData.h"

#include <QtTest>

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

ts::TrainConfig smallConfig() {
    ts::TrainConfig c = ts::presetConfig("mlp");
    c.epochs = 3;
    c.batchSize = 32;
    c.threads = 1;
    c.device = "cpu";
    return c;
}

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

private:
    ts::Dataset data_ = ts::testing::quadrantDataset(800, 200);
};

void TestTrainer::learnsAndReportsInOrder() {
    Recorder rec;
    ts::RunControl control;
    const ts::RunSummary s = ts::train(smallConfig(), data_, rec, control);
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
        ts::RunSummary s = ts::train(c, data_, rec, control);
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
    const ts::RunSummary s = ts::train(smallConfig(), data_, rec, control);
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
    const ts::RunSummary s = ts::train(c, data_, rec, control);
    QCOMPARE(s.status, ts::RunStatus::Finished);
    QCOMPARE(rec.batchesPerEpoch, int64_t(13));  // all 800 samples, batch 64, no hold-out
    QCOMPARE(rec.epochs.front().valSetName, std::string("test"));
    QCOMPARE(rec.epochs.front().val.confusion.total(), int64_t(200));
    QCOMPARE(rec.batches.front().lr, 1e-3);
    QCOMPARE(rec.batches.back().lr, 1e-3);  // constant schedule
}

void TestTrainer::presetThatDoesNotFitIsRefused() {
    ts::Dataset tiny = data_;
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
    const ts::RunSummary s = ts::train(c, data_, rec, control);
    QCOMPARE(s.status, ts::RunStatus::Failed);
    QVERIFY2(s.message.find("batch size") != std::string::npos, s.message.c_str());
    c = smallConfig();
    c.device = "cuda";
    const ts::RunSummary g = ts::train(c, data_, rec, control);
    if (g.status == ts::RunStatus::Finished) QSKIP("CUDA is available here");
    QVERIFY2(g.message.find("CUDA") != std::string::npos, g.message.c_str());
}

QTEST_APPLESS_MAIN(TestTrainer)
#include "test_trainer.moc"
