// Training health through the training loop: per-layer samples whose update ratio is the actual update (exactly
// lr * |g| / |w| for plain SGD), the activations a Sequential exposes (dead units), an injected loss spike flagged at
// its step and only there, an overfitting run flagged at the evaluation where validation loss had risen three times,
// --stop-on ending a run, and the run folder's layers.csv and alerts.jsonl.
#include "core/health/ActivationTap.h"
#include "core/health/HealthLog.h"
#include "core/data/DatasetLoader.h"
#include "core/runs/RunWriter.h"
#include "core/train/Trainer.h"
#include "core/train/TrainingTask.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <random>

namespace {

constexpr int kFeatures = 6;
constexpr int kClasses = 3;
constexpr int kBatch = 16;
constexpr int kBatches = 12;     // steps per round of the synthetic task
constexpr int64_t kSpikeStep = 150;

/// Records what the loop reports about health.
class HealthRecorder : public ts::TrainObserver {
public:
    void onHealth(const ts::HealthSample& h) override { samples.push_back(h); }
    void onAlert(const ts::Alert& a) override { alerts.push_back(a); }
    std::vector<ts::HealthSample> samples;
    std::vector<ts::Alert> alerts;
};

/// A linear classifier on separable Gaussian blobs; at one global step it scrambles the labels and scales the
/// logits, a loss spike that the detector must find at that step.
class BlobTask : public ts::EpochTask {
public:
    BlobTask(int epochs, int64_t spikeStep) : EpochTask(epochs, 1), m_spikeStep(spikeStep) {}
    void prepare(const torch::Device&, const ts::TrainOptions&, ts::TrainObserver&) override {
        m_model = torch::nn::Sequential(torch::nn::Linear(kFeatures, 16), torch::nn::ReLU(), torch::nn::Linear(16, kClasses));
        m_batchesPerEpoch = kBatches;
        torch::manual_seed(3);
        m_y = torch::randint(kClasses, {kBatch * kBatches}, torch::kInt64);
        m_x = torch::randn({kBatch * kBatches, kFeatures}) * 0.5 + torch::nn::functional::one_hot(m_y, kFeatures).to(torch::kFloat) * 2.0;
    }
    torch::nn::Module& model() override { return *m_model; }
    void setActivationTap(ts::ActivationTap* tap) override { m_tap = tap; }
    void orderEpoch(int) override {}
    void startCounting() override {}
    torch::Tensor batchLoss(int64_t index, int64_t& count) override {
        ++m_step;
        count = kBatch;
        const torch::Tensor x = m_x.slice(0, index * kBatch, (index + 1) * kBatch);
        torch::Tensor y = m_y.slice(0, index * kBatch, (index + 1) * kBatch);
        torch::Tensor logits = ts::forwardSequential(m_model, x, m_tap);
        if (m_step == m_spikeStep) {
            y = (y + 1) % kClasses;
            logits = logits * 20.0;
        }
        return torch::nn::functional::cross_entropy(logits, y);
    }
    void evaluate(ts::EpochMetrics& m) override { m.val.loss = 1.0; m.val.confusion.reset({"a", "b", "c"}); m.val.confusion.at(0, 0) = 1; }
    void test(ts::RunSummary&) override {}
    void describe(ts::RunSummary&) const override {}
    std::string checkpointPayload() const override { return "{}"; }

private:
    int64_t m_spikeStep;
    int64_t m_step = 0;
    torch::nn::Sequential m_model{nullptr};
    torch::Tensor m_x, m_y;
    ts::ActivationTap* m_tap = nullptr;
};

/// `rows` rows of random features with random labels: nothing to learn, everything to memorize.
std::string writeNoiseTable(const QString& dir, int rows) {
    const std::string path = (dir + "/noise.csv").toStdString();
    std::ofstream out(path);
    std::mt19937 rng(11);
    std::normal_distribution<double> feature;
    for (int f = 0; f < kFeatures; ++f) out << "f" << f << ",";
    out << "label\n";
    for (int r = 0; r < rows; ++r) {
        for (int f = 0; f < kFeatures; ++f) out << feature(rng) << ",";
        out << "c" << rng() % kClasses << "\n";
    }
    return path;
}

}  // namespace

class TestTrainingHealth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sgdUpdateRatioIsLrTimesGradOverWeight();
    void deadUnitsAreCounted();
    void injectedSpikeIsFlaggedAtItsStep();
    void stopOnEndsTheRun();
    void overfittingIsFlaggedAtTheRightEvaluation();
};

// Plain SGD moves w by lr * g: the measured ratio must be exactly lr * |g| / |w| of the step.
void TestTrainingHealth::sgdUpdateRatioIsLrTimesGradOverWeight() {
    ts::TrainConfig cfg;
    cfg.optimizer = "sgd";
    cfg.lr = 0.05;
    cfg.threads = 1;
    cfg.health.interval = 4;
    BlobTask task(2, -1);
    HealthRecorder rec;
    ts::RunControl control;
    const ts::RunSummary s = ts::runTraining(cfg, task, rec, control, {});
    QVERIFY2(s.status == ts::RunStatus::Finished, s.message.c_str());
    QCOMPARE(int(rec.samples.size()), 2 * kBatches / 4);
    QCOMPARE(rec.samples.front().step, int64_t(4));
    for (const ts::HealthSample& h : rec.samples) {
        QCOMPARE(int(h.parameters.size()), 4);  // two weights, two biases
        QVERIFY(h.gradNorm > 0.0);
        double squares = 0.0;
        for (const ts::ParameterHealth& p : h.parameters) {
            squares += p.gradNorm * p.gradNorm;
            // w_after = w_before - lr g, so |w_before| is |w_after + lr g|: the ratio with the weight norm before.
            QVERIFY(p.updateRatio > 0.0);
            QVERIFY(!p.weights.empty() && !p.gradients.empty());
            double counted = 0.0;
            for (double c : p.weights.counts) counted += c;
            QCOMPARE(counted, double(p.elements));
        }
        QVERIFY(std::abs(std::sqrt(squares) - h.gradNorm) < 1e-4 * h.gradNorm);
        const ts::ParameterHealth& w0 = h.parameters.front();
        const double before = w0.updateRatio > 0.0 ? cfg.lr * w0.gradNorm / w0.updateRatio : 0.0;
        // |w_before| from the ratio must agree with |w_after| to within the update's size.
        QVERIFY(std::abs(before - w0.weightNorm) <= cfg.lr * w0.gradNorm * 1.0001);
        QCOMPARE(int(h.activations.size()), 1);
        QCOMPARE(h.activations.front().name, std::string("0"));
        QCOMPARE(h.activations.front().units, int64_t(16));
    }
}

// A Linear whose bias drives every unit below zero: the ReLU after it is all dead.
void TestTrainingHealth::deadUnitsAreCounted() {
    torch::nn::Sequential net(torch::nn::Linear(4, 8), torch::nn::ReLU(), torch::nn::Linear(8, 2), torch::nn::Tanh());
    {
        torch::NoGradGuard guard;
        auto* first = net[0]->as<torch::nn::Linear>();
        first->weight.fill_(0.01);
        first->bias.fill_(-100.0);
        first->bias[0] = 100.0;  // one live unit
        auto* second = net[2]->as<torch::nn::Linear>();
        second->weight.fill_(0.0);
        second->bias.fill_(50.0);  // tanh(50) = 1: saturated
    }
    ts::ActivationTap tap;
    const torch::Tensor x = torch::randn({32, 4});
    const torch::Tensor plain = net->forward(x);
    QVERIFY(torch::equal(ts::forwardSequential(net, x, &tap), plain));  // unarmed: the same computation
    QVERIFY(tap.take().empty());
    tap.arm();
    QVERIFY(torch::allclose(ts::forwardSequential(net, x, &tap), plain));
    const std::vector<ts::ActivationHealth> layers = tap.take();
    QCOMPARE(int(layers.size()), 2);
    QCOMPARE(layers[0].name, std::string("0"));
    QVERIFY(layers[0].rectified);
    QCOMPARE(layers[0].deadFraction, 7.0 / 8.0);
    QCOMPARE(layers[1].name, std::string("2"));
    QCOMPARE(layers[1].saturatedFraction, 1.0);
}

// One step with scrambled labels and scaled logits: a loss spike at that step and no other spike.
void TestTrainingHealth::injectedSpikeIsFlaggedAtItsStep() {
    ts::TrainConfig cfg;
    cfg.optimizer = "sgd";
    cfg.lr = 0.02;
    cfg.threads = 1;
    BlobTask task(20, kSpikeStep);
    HealthRecorder rec;
    ts::RunControl control;
    const ts::RunSummary s = ts::runTraining(cfg, task, rec, control, {});
    QVERIFY2(s.status == ts::RunStatus::Finished, s.message.c_str());
    std::vector<int64_t> lossSpikes;
    for (const ts::Alert& a : rec.alerts)
        if (a.kind == ts::AlertKind::LossSpike) lossSpikes.push_back(a.step);
    QCOMPARE(lossSpikes, std::vector<int64_t>{kSpikeStep});
    QVERIFY(!rec.samples.empty());  // the automatic interval samples too
}

// --stop-on loss_spike stops the run at the spike, with the reason.
void TestTrainingHealth::stopOnEndsTheRun() {
    ts::TrainConfig cfg;
    cfg.optimizer = "sgd";
    cfg.lr = 0.02;
    cfg.threads = 1;
    cfg.health.stopOn = {"loss_spike"};
    BlobTask task(20, kSpikeStep);
    HealthRecorder rec;
    ts::RunControl control;
    const ts::RunSummary s = ts::runTraining(cfg, task, rec, control, {});
    QCOMPARE(s.status, ts::RunStatus::Stopped);
    QVERIFY2(s.message.find("step " + std::to_string(kSpikeStep)) != std::string::npos, s.message.c_str());
    QVERIFY(s.message.find("loss_spike") != std::string::npos);
    QCOMPARE(int(s.epochs.size()), int((kSpikeStep - 1) / kBatches));
}

// Random labels, a wide MLP and no weight decay: validation loss turns up while training loss falls. The alert comes
// at the first evaluation that ends three rises in a row, and the run folder keeps it and the layers.
void TestTrainingHealth::overfittingIsFlaggedAtTheRightEvaluation() {
    QTemporaryDir tmp;
    ts::LoadOptions options;
    options.valFraction = 0.3;
    const ts::Dataset data = ts::loadDataset(writeNoiseTable(tmp.path(), 200), options);
    ts::TrainConfig cfg = ts::presetConfig("mlp");
    cfg.epochs = 14;
    cfg.batchSize = 16;
    cfg.weightDecay = 0.0;
    cfg.schedule = "constant";
    cfg.valFraction = 0.3;
    cfg.threads = 1;
    const std::string dir = (tmp.path() + "/run").toStdString();
    ts::RunWriter writer(dir, cfg, ts::describeDataset(data, cfg.valFraction));
    ts::RunControl control;
    const ts::RunSummary s = ts::train(cfg, data, writer, control, {});
    QVERIFY2(s.status == ts::RunStatus::Finished, s.message.c_str());

    int expected = 0;  // the first epoch whose validation loss rose at each of the last three evaluations
    for (size_t e = 3; e < s.epochs.size() && expected == 0; ++e) {
        bool rising = true;
        for (size_t k = e - 2; k <= e; ++k) rising = rising && s.epochs[k].val.loss > s.epochs[k - 1].val.loss;
        if (rising && s.epochs[e].trainLoss < s.epochs[e - 3].trainLoss) expected = s.epochs[e].epoch;
    }
    QVERIFY2(expected > 0, "the run did not overfit");
    const std::vector<ts::Alert> alerts = ts::readAlerts(dir);
    int flagged = 0;
    for (const ts::Alert& a : alerts)
        if (a.kind == ts::AlertKind::Overfitting && flagged == 0) flagged = a.epoch;
    QCOMPARE(flagged, expected);
    const std::vector<ts::HealthSample> layers = ts::readLayersCsv(dir);
    QVERIFY(!layers.empty());
    QCOMPARE(int(layers.front().parameters.size()), 6);
    QCOMPARE(int(layers.front().activations.size()), 2);
}

QTEST_APPLESS_MAIN(TestTrainingHealth)
#include "test_training_health.moc"
