// The learning-rate range test (core/health/LearningRateFinder.h): the task train() would build, fresh seeded
// weights, the configured optimizer with an exponentially growing learning rate, stopped when the smoothed
// loss explodes.
#include "core/health/LearningRateFinder.h"

#include "core/plot/Smoothing.h"
#include "core/train/Optimizers.h"
#include "core/train/Trainer.h"
#include "core/train/TrainingTask.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ts {

namespace {

/// Forwards the task's notes to the caller; the rest of a run's reports do not apply to a range test.
class LrFindNotes : public TrainObserver {
public:
    explicit LrFindNotes(const LrFindCallbacks& callbacks) : m_callbacks(callbacks) {}
    void onMessage(const std::string& text) override {
        if (m_callbacks.onMessage) m_callbacks.onMessage(text);
    }

private:
    const LrFindCallbacks& m_callbacks;
};

/// The device, thread count and seed of a run with `cfg`, as the training loop sets them.
torch::Device prepareLrFindDevice(const TrainConfig& cfg, LrFindNotes& notes) {
    if (const std::string invalid = validateConfig(cfg); !invalid.empty()) throw std::invalid_argument(invalid);
    std::string note;
    const torch::Device device(resolveDevice(cfg.device, &note));
    if (!note.empty()) notes.onMessage(note);
    torch::set_num_threads(cfg.threads > 0 ? cfg.threads : defaultThreadCount());
    torch::manual_seed(cfg.seed);
    return device;
}

/// Draws the task's batches one after the other, starting the next round (cycling back to the first) when one ends.
class BatchCycle {
public:
    explicit BatchCycle(TrainingTask& task) : m_task(task) { m_task.beginRound(m_round); }
    /// The loss of the next batch; `count` gets its samples or tokens.
    torch::Tensor nextLoss(int64_t& count) {
        if (m_index >= m_task.stepsInRound(m_round)) {
            m_round = m_round % std::max(m_task.rounds(), 1) + 1;
            m_index = 0;
            m_task.beginRound(m_round);
        }
        return m_task.stepLoss(m_index++, count);
    }

private:
    TrainingTask& m_task;
    int m_round = 1;
    int64_t m_index = 0;
};

/// One optimizer step at `lr`; the loss before the step (non-finite when the loss or a gradient is).
double lrFindStep(const TrainConfig& cfg, torch::optim::Optimizer& opt, const std::vector<torch::Tensor>& params,
                  BatchCycle& batches, double lr) {
    setLr(opt, lr);
    clearGradients(opt);
    int64_t count = 0;
    torch::Tensor loss = batches.nextLoss(count);
    const double value = loss.item<double>();
    if (!std::isfinite(value)) return value;
    if (loss.requires_grad()) loss.backward();  // else the task's own backward pass has set the gradients
    const double limit = cfg.gradClip > 0.0 ? cfg.gradClip : std::numeric_limits<double>::infinity();
    const double norm = torch::nn::utils::clip_grad_norm_(params, limit);
    if (!std::isfinite(norm)) return norm;
    opt.step();
    return value;
}

}  // namespace

LrFindResult findLearningRate(const TrainConfig& cfg, const Dataset& data, const LrFindSettings& settings,
                              const LrFindCallbacks& callbacks) {
    const auto t0 = std::chrono::steady_clock::now();
    if (const std::string bad = validateLrFindSettings(settings); !bad.empty()) throw std::invalid_argument(bad);
    if (const std::string mismatch = presetDataMismatch(cfg, data); !mismatch.empty()) throw std::invalid_argument(mismatch);
    LrFindNotes notes(callbacks);
    const torch::Device device = prepareLrFindDevice(cfg, notes);
    const std::unique_ptr<TrainingTask> task = makeTrainingTask(cfg, data);
    task->prepare(device, TrainOptions{}, notes);  // no checkpoint folder: nothing is written
    const std::vector<ParameterGroup> groups = task->parameterGroups();
    std::vector<torch::Tensor> params;
    for (const ParameterGroup& g : groups) params.insert(params.end(), g.parameters.begin(), g.parameters.end());
    const std::unique_ptr<torch::optim::Optimizer> opt = makeOptimizer(cfg, groups, device);

    LrFindResult r;
    r.preset = cfg.preset;
    r.data = data.path;
    r.device = describeDevice(device);
    r.settings = settings;
    BatchCycle batches(*task);
    DebiasedEma ema{kLrFindSmoothing};
    double best = std::numeric_limits<double>::infinity();
    for (int step = 0; step < settings.steps; ++step) {
        if (callbacks.cancel && callbacks.cancel->load()) {
            r.stopReason = "cancelled";
            break;
        }
        const double lr = lrFindRate(settings, step);
        const double loss = lrFindStep(cfg, *opt, params, batches, lr);
        const double smoothed = std::isfinite(loss) ? ema.add(loss) : loss;
        r.stopReason = lrFindStopReason(loss, smoothed, best);
        if (!std::isfinite(loss)) break;  // a NaN point has no place on the curve
        r.lrs.push_back(lr);
        r.losses.push_back(loss);
        r.smoothed.push_back(smoothed);
        if (callbacks.onStep) callbacks.onStep(LrFindPoint{step + 1, settings.steps, lr, loss, smoothed});
        if (!r.stopReason.empty()) break;
        best = std::min(best, smoothed);
    }
    r.stoppedEarly = !r.stopReason.empty();
    r.suggestions = suggestLearningRates(r.lrs, r.smoothed);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

}  // namespace ts
