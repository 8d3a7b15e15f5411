// The seam between the one training loop and what it trains: a task makes the batches, owns the model and says
// what an evaluation measures (classification: core/train/ClassificationTask.h; language models:
// core/lm/LanguageModelTask.h). Internal to core: includes torch.
//
// The loop (core/train/TrainingLoop.cpp) runs rounds of steps, each ending in an evaluation and a checkpoint:
// a classifier's round is an epoch, a language model's is eval-every steps. Pause and stop, the NaN/Inf guard,
// gradient clipping, the learning-rate schedule, early stopping, checkpoints and resume live in the loop only.
#pragma once

#include "core/common/Types.h"
#include "core/dist/Collective.h"
#include "core/health/ActivationTap.h"
#include "core/train/PartialUpdate.h"
#include "core/train/Trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace ts {

/// Parameters that share an optimizer setting: weight decay on or off.
struct ParameterGroup {
    std::vector<torch::Tensor> parameters;
    bool decay = true;
};

/// What the loop trains: the data on the device, the model, the loss of a step and the evaluations.
class TrainingTask {
public:
    virtual ~TrainingTask() = default;

    /// Checks the data against the configuration, puts it on `device` and builds the model (its initialization
    /// draws from torch's generator, which the loop has seeded). With options.resumeFrom the task may read what
    /// it needs (e.g. the tokenizer) from that checkpoint; the loop restores weights and optimizer afterwards.
    virtual void prepare(const torch::Device& device, const TrainOptions& options, TrainObserver& observer) = 0;
    /// The model being trained.
    virtual torch::nn::Module& model() = 0;
    /// The trainable parameters, grouped by whether weight decay applies (default: one group, all decayed).
    virtual std::vector<ParameterGroup> parameterGroups();

    /// Number of rounds (each ends in an evaluation and a checkpoint).
    virtual int rounds() const = 0;
    /// Steps of round `round` (1-based).
    virtual int64_t stepsInRound(int round) const = 0;
    /// Steps of the whole run (for the learning-rate schedule and progress).
    virtual int64_t totalSteps() const = 0;
    /// What a round is called in messages ("epoch", "evaluation").
    virtual const char* roundName() const = 0;
    /// The epoch round `round` belongs to, for epoch-based schedules (default: the round itself).
    virtual int epochOf(int round) const { return round; }
    /// True when the loop should measure the gradient norm every step even without clipping.
    virtual bool measuresGradientNorm() const { return false; }
    /// Training health: the tap the model hands its hidden activations to while it is armed (null: none). Tasks whose
    /// models expose activations pass it on; the default ignores it.
    virtual void setActivationTap(ActivationTap* tap) { (void)tap; }
    /// The run's optimizer, when it can update parameters in parts and nothing needs the whole gradient before the
    /// update (no clipping): a task whose step computes gradients itself may apply them as it goes (the loop opens
    /// each step with beginPartialStep()). The default keeps to gradients in .grad().
    virtual void setPartialUpdate(PartialUpdate* update) { (void)update; }
    /// Data-parallel runs: the process group (null: one process). The loop sets it before prepare(); tasks take
    /// their share of every global batch (shard()) and sum their round figures across processes (sumAcross()).
    void setCollective(Collective* collective) { m_collective = collective; }
    /// Sums what the task counted over the round just trained (e.g. correct predictions) across processes, before
    /// evaluate(). The loop calls it on every process; the default has nothing to sum.
    virtual void reduceRound() {}
    /// Seconds spent preparing batches (indexing, copying, normalizing) since the previous call; the loop's data share.
    double takeBatchSeconds() {
        const double s = m_batchSeconds;
        m_batchSeconds = 0.0;
        return s;
    }

    /// Starts a round (e.g. shuffles the training order).
    virtual void beginRound(int round) = 0;
    /// The loss of step `index` (0-based) of the current round; `count` gets the samples (or tokens) it covers.
    virtual torch::Tensor stepLoss(int64_t index, int64_t& count) = 0;
    /// Completes the evaluation point `m` of the round just trained; the loop has filled epoch, epochs, step,
    /// seconds, the running training loss, lr and throughput.
    virtual void evaluate(EpochMetrics& m) = 0;
    /// Scores the final model on the test split into `summary` (when the data has one).
    virtual void test(RunSummary& summary) = 0;
    /// Task, tokenizer and parameter count for the summary (after prepare).
    virtual void describe(RunSummary& summary) const = 0;
    /// The model's contract stored in every checkpoint as "model_info" (JSON).
    virtual std::string checkpointPayload() const = 0;

protected:
    int rank() const { return m_collective ? m_collective->rank() : 0; }
    int worldSize() const { return m_collective ? m_collective->size() : 1; }
    /// This process's part [first, second) of the global batch [begin, end): the batch cut into worldSize()
    /// contiguous parts in rank order, so that the parts of all processes are exactly the single-process batch.
    std::pair<int64_t, int64_t> shard(int64_t begin, int64_t end) const {
        const int64_t n = end - begin, r = rank(), w = worldSize();
        return {begin + n * r / w, begin + n * (r + 1) / w};
    }
    /// Sums `values` across processes, in place (nothing to do for one process).
    void sumAcross(std::vector<double>& values) {
        if (m_collective) m_collective->allReduceSum(values);
    }
    /// A generator for the order of the data: seeded from the run's seed and `stream` (a round or a step), the same on
    /// every process and after a resume, and untouched by dropout.
    static torch::Generator dataGenerator(uint64_t seed, uint64_t stream);

    /// Times one batch's preparation into the data share: `make` returns the batch.
    template <typename Make>
    auto timedBatch(Make make) {
        const auto t0 = std::chrono::steady_clock::now();
        auto batch = make();
        m_batchSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return batch;
    }

private:
    double m_batchSeconds = 0.0;
    Collective* m_collective = nullptr;
};

/// A task that trains in epochs of batches (the classifiers): one round per epoch, or, with evalsPerEpoch > 1,
/// one round per equal part of an epoch (each part ends in an evaluation and a checkpoint; a resume continues
/// mid-epoch in the same order). Subclasses order an epoch's samples and compute the loss of a batch of it.
class EpochTask : public TrainingTask {
public:
    EpochTask(int epochs, int evalsPerEpoch) : m_epochs(epochs), m_parts(std::max(1, evalsPerEpoch)) {}
    int rounds() const override { return m_epochs * m_parts; }
    int64_t stepsInRound(int round) const override { return partStart(partOf(round) + 1) - partStart(partOf(round)); }
    int64_t totalSteps() const override { return m_batchesPerEpoch * m_epochs; }
    const char* roundName() const override { return m_parts == 1 ? "epoch" : "evaluation"; }
    int epochOf(int round) const override { return (round - 1) / m_parts + 1; }

    /// Orders the round's epoch when it starts (or the run resumes inside it), then starts the round's counts.
    void beginRound(int round) final {
        const int epoch = epochOf(round);
        if (epoch != m_orderedEpoch) {
            orderEpoch(epoch);
            m_orderedEpoch = epoch;
        }
        m_roundFirstBatch = partStart(partOf(round));
        startCounting();
    }
    torch::Tensor stepLoss(int64_t index, int64_t& count) final { return batchLoss(m_roundFirstBatch + index, count); }

protected:
    /// Shuffles (or not) the training order of `epoch` (1-based); the same on every process and after a resume.
    virtual void orderEpoch(int epoch) = 0;
    /// Resets what a round counts (e.g. correct training predictions).
    virtual void startCounting() = 0;
    /// The loss of batch `batch` (0-based, within the epoch's order); `count` gets its samples.
    virtual torch::Tensor batchLoss(int64_t batch, int64_t& count) = 0;
    /// Checks that every part of an epoch has a batch; prepare() calls it once the batches are known.
    void checkParts() const {
        if (m_parts > m_batchesPerEpoch)
            throw std::invalid_argument("an epoch has " + std::to_string(m_batchesPerEpoch) + " batches, too few for " +
                                        std::to_string(m_parts) + " evaluations per epoch; ask for at most " +
                                        std::to_string(m_batchesPerEpoch));
    }
    /// Batches of one epoch; prepare() sets it.
    int64_t m_batchesPerEpoch = 0;

private:
    /// The part of its epoch that round `round` (1-based) trains: 0 .. evalsPerEpoch - 1.
    int partOf(int round) const { return (round - 1) % m_parts; }
    /// The first batch of part `part` of an epoch (part = evalsPerEpoch: the end of the epoch).
    int64_t partStart(int part) const { return m_batchesPerEpoch * part / m_parts; }

    int m_epochs;
    int m_parts;
    int m_orderedEpoch = 0;
    int64_t m_roundFirstBatch = 0;
};

/// The task that trains the preset of `cfg` on `data` (which must outlive it): a language model, a text
/// classifier or a classifier. Shared by train() and the learning-rate range test.
std::unique_ptr<TrainingTask> makeTrainingTask(const TrainConfig& cfg, const Dataset& data);

/// Runs `task` as `cfg` says, reporting to `observer`. Throws on setup errors; train() catches them.
RunSummary runTraining(const TrainConfig& cfg, TrainingTask& task, TrainObserver& observer, RunControl& control,
                       const TrainOptions& options);

/// "cpu" or "cuda:N".
std::string describeDevice(const torch::Device& device);

}  // namespace ts
