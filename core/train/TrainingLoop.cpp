// The one training loop: rounds of optimizer steps on a TrainingTask, each round ending in an evaluation and
// a checkpoint; pause and stop, the NaN/Inf guard, gradient clipping, the learning-rate schedule with warm-up,
// early stopping and resume. Classification and language models differ only in their task.
// Data-parallel (core/dist): every process takes its share of each global batch, one all-reduce per step carries
// the loss, the sample count, stop and pause and every process's figures, and the gradients are averaged
// between backward() and step(), so that N processes follow the single-process trajectory at the same global batch.
#include "core/train/TrainingTask.h"

#include "core/common/MemoryReuse.h"
#include "core/common/Numbers.h"
#include "core/dist/Collective.h"
#include "core/health/Alerts.h"
#include "core/health/LayerDiagnostics.h"
#include "core/health/SystemMonitor.h"
#include "core/train/Checkpoint.h"
#include "core/train/ElementUpdates.h"
#include "core/train/Optimizers.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>
#include <thread>

namespace ts {

namespace {

using LoopClock = std::chrono::steady_clock;
constexpr auto kPausePollInterval = std::chrono::milliseconds(20);

/// Seconds since construction, excluding intervals spent paused.
class ActiveClock {
public:
    ActiveClock() : m_start(LoopClock::now()) {}
    double seconds() const { return std::chrono::duration<double>(LoopClock::now() - m_start).count() - m_paused; }
    void addPause(double s) { m_paused += s; }

private:
    LoopClock::time_point m_start;
    double m_paused = 0.0;
};

/// Blocks while control.pause is set (and stop is not); returns the seconds spent waiting.
double waitWhilePaused(RunControl& control) {
    if (!control.pause.load()) return 0.0;
    const auto t0 = LoopClock::now();
    while (control.pause.load() && !control.stop.load()) std::this_thread::sleep_for(kPausePollInterval);
    return std::chrono::duration<double>(LoopClock::now() - t0).count();
}

/// Steps whose time feeds the mean step time the diagnostics' interval is planned against (a moving average).
constexpr double kStepTimeSmoothing = 0.05;
constexpr double kPercentPerCore = 100.0;  // CPU %: 100 = one core busy

/// The L2 norm of all gradients together (non-finite when any element is), with a single read back.
double globalGradientNorm(const std::vector<torch::Tensor>& parameters) {
    std::vector<torch::Tensor> norms;
    norms.reserve(parameters.size());
    for (const torch::Tensor& p : parameters)
        if (p.grad().defined()) norms.push_back(p.grad().detach().norm());
    return norms.empty() ? 0.0 : torch::stack(norms).norm().item<double>();
}

/// Sum of every gradient element, as one scalar (non-finite when any element is).
double gradientSum(torch::nn::Module& model) {
    torch::Tensor total;
    for (const auto& p : model.parameters()) {
        if (!p.grad().defined()) continue;
        torch::Tensor s = p.grad().sum();
        total = total.defined() ? total + s : s;
    }
    return total.defined() ? total.item<double>() : 0.0;
}

/// The step's control all-reduce: fixed slots, then kProcessSlots per rank (each rank fills only its own, so the sum
/// gathers them).
enum ControlSlot { kLossSum, kCount, kStop, kPause, kNonFinite, kFixedSlots };
enum ProcessSlot { kStep, kOwnRate, kSyncShare, kProcessSlots };
constexpr auto kPauseTogetherPoll = std::chrono::milliseconds(50);
constexpr double kProcessReportSeconds = 1.0;
constexpr uint64_t kRankSeedStride = 0x9E3779B97F4A7C15ull;

/// Tracks the best validation loss, keeps a copy of the best weights, and decides when to stop early.
class EarlyStopper {
public:
    /// Patience is counted in epochs (language models: evaluations); `roundsPerEpoch` turns it into rounds.
    EarlyStopper(const TrainConfig& cfg, std::string roundName, int roundsPerEpoch)
        : m_patience(cfg.earlyStopPatience * roundsPerEpoch), m_minDelta(cfg.earlyStopMinDelta),
          m_roundName(std::move(roundName)) {}

    /// Records an evaluation; returns true when it has the best validation loss so far.
    bool observe(const EpochMetrics& e, torch::nn::Module& model) {
        if (e.val.empty() && !e.languageModel) return false;
        if (m_bestRound == 0 || e.val.loss < m_bestLoss - m_minDelta) {
            m_bestLoss = e.val.loss;
            m_bestRound = e.epoch;
            m_bestStep = e.step;
            m_sinceBest = 0;
            if (m_patience > 0) snapshot(model);
            return true;
        }
        ++m_sinceBest;
        return false;
    }
    bool shouldStop() const { return m_patience > 0 && m_sinceBest >= m_patience; }
    /// Puts the best weights back (early stopping only keeps them when patience > 0).
    void restoreBest(torch::nn::Module& model) {
        if (m_best.empty()) return;
        torch::NoGradGuard guard;
        auto params = model.named_parameters(true);
        auto buffers = model.named_buffers(true);
        for (auto& [name, value] : m_best) {
            if (auto* p = params.find(name)) p->copy_(value);
            else if (auto* b = buffers.find(name)) b->copy_(value);
        }
    }
    std::string reason() const {
        const std::string loss = formatC("%.4f", m_bestLoss);
        const std::string where = m_roundName == "epoch" ? "epoch " + std::to_string(m_bestRound)
                                                         : "step " + std::to_string(m_bestStep);
        return "early stopping: the validation loss did not improve for " + std::to_string(m_sinceBest) + " " +
               m_roundName + "s; restored the best weights (" + where + ", validation loss " + loss + ")";
    }

private:
    void snapshot(torch::nn::Module& model) {
        m_best.clear();
        for (const auto& item : model.named_parameters(true)) m_best.emplace_back(item.key(), item.value().detach().clone());
        for (const auto& item : model.named_buffers(true)) m_best.emplace_back(item.key(), item.value().detach().clone());
    }

    int m_patience;
    double m_minDelta;
    std::string m_roundName;
    double m_bestLoss = 0.0;
    int m_bestRound = 0;
    int64_t m_bestStep = 0;
    int m_sinceBest = 0;
    std::vector<std::pair<std::string, torch::Tensor>> m_best;
};

/// One call of runTraining(): the task, the optimizer, the position in the run and the summary it builds.
class TrainingRun {
public:
    TrainingRun(const TrainConfig& cfg, TrainingTask& task, TrainObserver& obs, RunControl& control,
                const TrainOptions& options)
        : m_cfg(cfg), m_task(task), m_obs(obs), m_control(control), m_options(options),
          m_dist(options.collective && options.collective->size() > 1 ? options.collective : nullptr),
          m_stopper(cfg, task.roundName(), cfg.isLanguageModel() ? 1 : cfg.evalsPerEpoch) {}

    /// Trains every round (or until stopped, diverged or stopped early), then scores the test split.
    RunSummary run();

private:
    /// Checks the request, picks the device and thread count, and seeds torch.
    void prepareDevice();
    /// Builds the optimizer over the task's parameter groups.
    void prepareOptimizer();
    /// Continues from options.resumeFrom: weights, optimizer, RNG state, position and history.
    void resume();
    /// One round's steps; ends early when the run is stopped or diverges.
    void trainRound(int round);
    /// Waits out a pause (left out of both clocks); false, with the status set, when the user stopped the run.
    bool keepGoing(int round);
    /// Sets the status and message of a run the user stopped.
    void stoppedByUser(int round);
    /// One optimizer step; false, with the status set, when the loss or a gradient is NaN/Inf.
    bool trainStep(int64_t index, int round);
    /// Clips (or only measures) the gradient norm when asked; false when a gradient is not finite.
    bool checkGradients(int round, double& gradNorm);
    /// Marks the run as diverged because `what` became `value`; returns false (stop training).
    bool diverged(const char* what, double value, int round);
    /// Tells the observer about the step just taken.
    void reportStep(int round, int64_t index, double lossValue, double gradNorm);
    /// Evaluates the finished round, records it, writes its checkpoints; false when early stopping ends the run.
    bool finishRound(int round);
    /// Builds the per-layer diagnostics and the alert monitor when cfg.health asks for them.
    void prepareHealth();
    /// Hands alerts to the observer; false, with the status set, when one of them stops the run (--stop-on).
    bool raise(const std::vector<Alert>& alerts);
    /// The machine over the round just trained (or, with `sinceReport`, since the previous batch report).
    SystemMetrics systemFigures(double samplesPerSec, double seconds, double batchSeconds);

    // Data-parallel runs (m_dist set).
    /// Rank 0's parameters and buffers to every process, checked equal afterwards; gives the others their own
    /// dropout streams.
    void joinProcesses();
    /// The step's all-reduce of `lossValue` over `count` samples with stop, pause and the process figures; false,
    /// with the status set, when a process stopped the run. On return lossValue is the global batch's mean, `count`
    /// its samples and `weight` the share of this process's mean loss in it.
    bool agreeOnStep(double& lossValue, int64_t& count, double& weight, int round);
    /// Waits, with every process, until pause is lifted everywhere; false when one stopped meanwhile.
    bool pauseTogether(int round);
    /// Averages the gradients across processes (a parameter without a gradient takes part with zeros).
    void averageGradients();
    /// Every process's figures from the control vector, to the observer (rank 0, about once a second).
    void noteProcesses(const std::vector<double>& control, bool force);
    /// The end of a round: true when every process goes on (rank 0 decides after its evaluation).
    bool agreeToContinue(bool mine);
    /// A peer failed: the run ends as interrupted, keeping its last checkpoint.
    void interrupted(const PeerFailure& e);
    bool isRoot() const { return !m_dist || m_dist->rank() == 0; }

    const TrainConfig& m_cfg;
    TrainingTask& m_task;
    TrainObserver& m_obs;
    RunControl& m_control;
    const TrainOptions& m_options;
    Collective* m_dist = nullptr;   // the process group; null for a single process
    RunSummary m_summary;
    torch::Device m_device{torch::kCPU};
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    const GradientReadout* m_readout = nullptr;  // a one-pass optimizer's reading of the gradients it applied
    PartialUpdate* m_partial = nullptr;          // the optimizer, when the task may apply gradients as it computes them
    std::vector<torch::Tensor> m_parameters;
    EarlyStopper m_stopper;

    // Training health.
    std::unique_ptr<LayerDiagnostics> m_diagnostics;
    std::unique_ptr<HealthMonitor> m_monitor;
    ActivationTap m_tap;
    SystemMonitor m_system;
    double m_stepSeconds = 0.0;     // moving average of a plain step's time
    double m_roundBatchSeconds = 0.0;
    double m_roundCpuStart = 0.0;

    // Where the run stands.
    int m_startRound = 1;
    int64_t m_step = 0;
    double m_pastSeconds = 0.0;  // active seconds of the rounds before a resume
    ActiveClock m_runClock;

    // The round in progress.
    ActiveClock m_roundClock;
    int64_t m_roundSteps = 0;
    double m_lossSum = 0.0;
    int64_t m_seen = 0;
    double m_lr = 0.0;

    // Data-parallel state.
    int64_t m_ownSeen = 0;          // this process's samples this round
    double m_roundSyncSeconds = 0.0;
    bool m_localStop = false;       // an alert asked to stop (--stop-on): the next all-reduce stops everyone
    std::string m_localStopMessage;
    std::vector<ProcessFigures> m_processes;
    LoopClock::time_point m_processesReported{};
};

RunSummary TrainingRun::run() {
    prepareDevice();
    m_task.setCollective(m_dist);
    m_task.prepare(m_device, m_options, m_obs);
    prepareOptimizer();
    prepareHealth();
    if (!m_options.resumeFrom.empty()) resume();
    m_task.describe(m_summary);
    m_obs.onStart(m_summary.device, m_summary.threads, m_task.stepsInRound(1));

    m_runClock = ActiveClock();
    m_runClock.addPause(-m_pastSeconds);  // elapsed time continues from where the run left off
    try {
        if (m_dist) joinProcesses();
        for (int round = m_startRound; round <= m_task.rounds() && m_summary.status == RunStatus::Finished; ++round) {
            trainRound(round);
            if (m_summary.status != RunStatus::Finished) break;
            if (!finishRound(round)) break;
        }
    } catch (const PeerFailure& e) {
        interrupted(e);
    }
    // The test split is scored by rank 0 alone: nothing after it needs the other processes.
    const bool scored = m_summary.status != RunStatus::Diverged && m_summary.status != RunStatus::Interrupted;
    if (scored && m_step > 0 && isRoot()) m_task.test(m_summary);
    m_summary.totalSeconds = m_runClock.seconds();
    if (m_dist) {
        for (ProcessFigures& p : m_processes) {
            if (p.state != "training" && p.state != "paused") continue;
            p.state = runStatusName(m_summary.status);
            p.step = m_step;  // every process took the same steps (the figures came before the last one)
        }
        m_summary.processes = m_processes;
        if (isRoot() && !m_processes.empty()) m_obs.onProcesses(m_processes);
    }
    return std::move(m_summary);
}

void TrainingRun::joinProcesses() {
    m_summary.worldSize = m_dist->size();
    m_summary.distBackend = m_dist->backend();
    m_processes.resize(size_t(m_dist->size()));
    for (int r = 0; r < m_dist->size(); ++r) {
        m_processes[size_t(r)].rank = r;
        m_processes[size_t(r)].host = r < int(m_dist->hosts().size()) ? m_dist->hosts()[size_t(r)] : std::string();
        m_processes[size_t(r)].state = "training";
        m_processes[size_t(r)].step = m_step;
    }
    {
        torch::NoGradGuard guard;
        std::vector<torch::Tensor> state;
        for (const auto& p : m_task.model().parameters()) state.push_back(p);
        for (const auto& b : m_task.model().buffers()) state.push_back(b);
        m_dist->broadcast(state, 0);
        if (!m_dist->sameEverywhere(state))
            throw std::runtime_error("the processes' parameters differ after the broadcast from rank 0");
    }
    // Dropout draws from torch's generator: each process its own stream (rank 0 keeps the single-process one).
    if (m_dist->rank() > 0) torch::manual_seed(m_cfg.seed + kRankSeedStride * uint64_t(m_dist->rank()) + uint64_t(m_step));
    if (isRoot())
        m_obs.onMessage("data-parallel: " + std::to_string(m_dist->size()) + " processes (" + m_dist->backend() +
                        "), each takes its share of every global batch of " + std::to_string(m_cfg.batchSize));
    m_dist->takeSeconds();
}

bool TrainingRun::agreeOnStep(double& lossValue, int64_t& count, double& weight, int round) {
    const int world = m_dist->size(), me = m_dist->rank();
    std::vector<double> v(size_t(kFixedSlots + kProcessSlots * world), 0.0);
    const bool finite = std::isfinite(lossValue);
    v[kLossSum] = finite ? lossValue * double(count) : 0.0;
    v[kCount] = double(count);
    v[kStop] = (m_control.stop.load() || m_localStop) ? 1.0 : 0.0;
    v[kPause] = m_control.pause.load() ? 1.0 : 0.0;
    v[kNonFinite] = finite ? 0.0 : 1.0;
    const double roundSeconds = std::max(m_roundClock.seconds(), 1e-9);
    double* mine = v.data() + kFixedSlots + kProcessSlots * me;
    mine[kStep] = double(m_step);
    mine[kOwnRate] = double(m_ownSeen) / roundSeconds;
    mine[kSyncShare] = std::clamp(m_roundSyncSeconds / roundSeconds, 0.0, 1.0);
    m_dist->allReduceSum(v);
    noteProcesses(v, false);
    if (v[kStop] > 0.0) {
        m_summary.status = RunStatus::Stopped;
        if (m_localStop) m_summary.message = m_localStopMessage;
        else if (m_control.stop.load()) stoppedByUser(round);
        else m_summary.message = "stopped by another process at step " + std::to_string(m_step);
        return false;
    }
    if (v[kPause] > 0.0 && !pauseTogether(round)) return false;
    if (v[kNonFinite] > 0.0) {  // every process diverges at the same step
        lossValue = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    lossValue = v[kLossSum] / std::max(v[kCount], 1.0);
    // The global loss is the mean over all samples: this process's mean enters with its share of them (scaled by
    // the world size because the gradient all-reduce averages).
    weight = v[kCount] > 0.0 ? double(count) * double(world) / v[kCount] : 0.0;
    count = int64_t(v[kCount]);
    return true;
}

void TrainingRun::averageGradients() {
    std::vector<torch::Tensor> grads;
    grads.reserve(m_parameters.size());
    for (torch::Tensor& p : m_parameters) {
        if (!p.grad().defined()) p.mutable_grad() = torch::zeros_like(p);
        grads.push_back(p.grad());
    }
    m_dist->allReduceMean(grads);
}

bool TrainingRun::pauseTogether(int round) {
    const auto t0 = LoopClock::now();
    for (ProcessFigures& p : m_processes) p.state = "paused";
    if (isRoot()) m_obs.onProcesses(m_processes);
    bool go = true;
    while (true) {
        std::this_thread::sleep_for(kPauseTogetherPoll);
        std::vector<double> v{m_control.stop.load() ? 1.0 : 0.0, m_control.pause.load() ? 1.0 : 0.0};
        m_dist->allReduceSum(v);
        if (v[0] > 0.0) {
            m_summary.status = RunStatus::Stopped;
            if (m_control.stop.load()) stoppedByUser(round);
            else m_summary.message = "stopped by another process at step " + std::to_string(m_step);
            go = false;
            break;
        }
        if (v[1] == 0.0) break;
    }
    for (ProcessFigures& p : m_processes) p.state = "training";
    const double waited = std::chrono::duration<double>(LoopClock::now() - t0).count();
    m_runClock.addPause(waited);
    m_roundClock.addPause(waited);
    m_dist->takeSeconds();  // the pause is not time spent in collectives
    return go;
}

void TrainingRun::noteProcesses(const std::vector<double>& v, bool force) {
    for (size_t r = 0; r < m_processes.size(); ++r) {
        const double* slot = v.data() + kFixedSlots + kProcessSlots * r;
        m_processes[r].step = int64_t(slot[kStep]);
        m_processes[r].samplesPerSec = slot[kOwnRate];
        m_processes[r].syncShare = slot[kSyncShare];
    }
    if (!isRoot()) return;
    const auto now = LoopClock::now();
    if (!force && std::chrono::duration<double>(now - m_processesReported).count() < kProcessReportSeconds) return;
    m_processesReported = now;
    m_obs.onProcesses(m_processes);
}

bool TrainingRun::agreeToContinue(bool mine) {
    std::vector<double> v{mine ? 0.0 : 1.0};
    m_dist->allReduceSum(v);
    return v[0] == 0.0;
}

void TrainingRun::interrupted(const PeerFailure& e) {
    m_summary.status = RunStatus::Interrupted;
    const std::string kept = m_summary.epochs.empty()
                                 ? "no checkpoint was written yet"
                                 : "the run keeps its checkpoint of " + std::string(m_task.roundName()) + " " +
                                       std::to_string(m_summary.epochs.back().epoch) + " and resumes from it";
    m_summary.message = std::string(e.what()) + "; " + kept;
    for (ProcessFigures& p : m_processes) p.state = "lost";
    if (m_dist) m_dist->announceExit(e.what());
}

void TrainingRun::prepareDevice() {
    const std::string invalid = validateConfig(m_cfg);
    if (!invalid.empty()) throw std::invalid_argument(invalid);
    if (m_dist && m_cfg.batchSize % m_dist->size() != 0) {
        const int n = m_dist->size(), b = m_cfg.batchSize, below = b - b % n;
        throw std::invalid_argument("the global batch of " + std::to_string(b) + " does not split evenly across " +
                                    std::to_string(n) + " processes; choose a batch size that is a multiple of " +
                                    std::to_string(n) + " (e.g. " + (below > 0 ? std::to_string(below) + " or " : "") +
                                    std::to_string(below + n) + ")");
    }
    std::string note;
    m_device = torch::Device(resolveDevice(m_cfg.device, &note));
    if (!note.empty()) m_obs.onMessage(note);
    const int threads = m_cfg.threads > 0 ? m_cfg.threads : defaultThreadCount();
    // Per thread under OpenMP: this sets the pool of the thread that trains (the worker, not the GUI).
    torch::set_num_threads(threads);
    torch::manual_seed(m_cfg.seed);
    m_summary.device = describeDevice(m_device);
    m_summary.threads = threads;
}

void TrainingRun::prepareOptimizer() {
    const std::vector<ParameterGroup> groups = m_task.parameterGroups();
    for (const ParameterGroup& g : groups) m_parameters.insert(m_parameters.end(), g.parameters.begin(), g.parameters.end());
    m_optimizer = makeOptimizer(m_cfg, groups, m_device);
    m_readout = dynamic_cast<const GradientReadout*>(m_optimizer.get());
    // Clipping needs every gradient before any update, and data-parallel runs average them first.
    if (m_cfg.gradClip <= 0.0 && !m_dist && m_readout) m_partial = dynamic_cast<PartialUpdate*>(m_optimizer.get());
    m_task.setPartialUpdate(m_partial);
}

void TrainingRun::resume() {
    const Checkpoint ck = loadCheckpoint(m_options.resumeFrom, m_task.model(), *m_optimizer, m_device);
    m_startRound = ck.info.epoch + 1;
    m_step = ck.info.step;
    m_summary.epochs = ck.history;
    for (const EpochMetrics& e : ck.history) {
        m_stopper.observe(e, m_task.model());
        if (m_monitor) m_monitor->observeEvaluation(e);  // the history only: its alerts were raised before
    }
    if (!m_summary.epochs.empty()) m_pastSeconds = m_summary.epochs.back().elapsedSec;
    m_obs.onMessage("resumed from " + m_options.resumeFrom + " after " + m_task.roundName() + " " +
                    std::to_string(ck.info.epoch) + " (step " + std::to_string(m_step) + ")");
}

void TrainingRun::trainRound(int round) {
    m_roundClock = ActiveClock();
    m_task.beginRound(round);
    m_lossSum = 0.0;
    m_seen = 0;
    m_lr = m_cfg.lr;
    m_roundSteps = m_task.stepsInRound(round);
    m_roundBatchSeconds = 0.0;
    m_roundCpuStart = processCpuSeconds();
    m_ownSeen = 0;
    m_roundSyncSeconds = 0.0;
    for (int64_t i = 0; i < m_roundSteps; ++i)
        if (!keepGoing(round) || !trainStep(i, round)) break;
}

bool TrainingRun::keepGoing(int round) {
    if (m_dist) return true;  // stop and pause reach every process through the step's all-reduce (agreeOnStep)
    if (m_control.pause.load()) {
        const double waited = waitWhilePaused(m_control);
        m_runClock.addPause(waited);
        m_roundClock.addPause(waited);
    }
    if (!m_control.stop.load()) return true;
    stoppedByUser(round);
    return false;
}

void TrainingRun::stoppedByUser(int round) {
    m_summary.status = RunStatus::Stopped;
    m_summary.message = "stopped by the user at step " + std::to_string(m_step) + " (" + m_task.roundName() + " " +
                        std::to_string(round) + ")";
}

bool TrainingRun::trainStep(int64_t index, int round) {
    const auto start = LoopClock::now();
    m_lr = scheduledLr(m_cfg, m_step, m_task.totalSteps(), m_task.epochOf(round));
    setLr(*m_optimizer, m_lr);
    clearGradients(*m_optimizer);
    if (m_partial) m_partial->beginPartialStep();
    const bool sampled = m_diagnostics && m_diagnostics->due(m_step + 1);
    if (sampled) m_tap.arm();
    int64_t count = 0;
    torch::Tensor loss = m_task.stepLoss(index, count);
    m_tap.disarm();
    m_roundBatchSeconds += m_task.takeBatchSeconds();
    double lossValue = loss.item<double>();
    double weight = 1.0;
    if (m_dist) {
        m_ownSeen += count;
        if (!agreeOnStep(lossValue, count, weight, round)) return false;
    }
    ++m_step;
    if (!std::isfinite(lossValue)) return diverged("loss", lossValue, round);
    // A task with its own backward pass (the fused MLP step) has set the gradients already.
    if (loss.requires_grad()) (weight == 1.0 ? loss : loss * weight).backward();
    if (m_dist) {
        averageGradients();
        m_roundSyncSeconds += m_dist->takeSeconds();
    }
    double sampleSeconds = 0.0;
    auto timeSample = [&](auto&& what) {
        const auto t0 = LoopClock::now();
        what();
        sampleSeconds += std::chrono::duration<double>(LoopClock::now() - t0).count();
    };
    if (sampled) timeSample([&] { m_diagnostics->beforeUpdate(); });
    double gradNorm = -1.0;
    // A one-pass optimizer checks the gradients and reads their norm while it applies them: unless clipping needs
    // the norm before the update, the loop makes no pass of its own over them.
    const bool readByOptimizer = m_readout && m_cfg.gradClip <= 0.0;
    if (!readByOptimizer && !checkGradients(round, gradNorm)) return false;
    m_optimizer->step();
    if (m_readout && m_readout->nonFiniteGradient() != 0.0)
        return diverged("a gradient", m_readout->nonFiniteGradient(), round);
    if (readByOptimizer && (m_monitor || m_task.measuresGradientNorm())) gradNorm = m_readout->gradientNorm();
    m_lossSum += lossValue * double(count);
    m_seen += count;
    if (sampled) {
        HealthSample sample;
        timeSample([&] { sample = m_diagnostics->afterUpdate(m_step, round, gradNorm, m_tap.take()); });
        m_obs.onHealth(sample);
        if (!raise(m_monitor->observeHealth(sample, m_lr))) return false;
    }
    if (m_monitor && !raise(m_monitor->observeStep(m_step, round, lossValue, gradNorm))) return false;
    if (m_step % m_cfg.logEvery == 0 || index + 1 == m_roundSteps) reportStep(round, index, lossValue, gradNorm);
    if (!m_diagnostics) return true;
    const double stepSeconds = std::chrono::duration<double>(LoopClock::now() - start).count() - sampleSeconds;
    if (!sampled) m_stepSeconds = m_stepSeconds == 0.0 ? stepSeconds : m_stepSeconds + kStepTimeSmoothing * (stepSeconds - m_stepSeconds);
    else {
        // A sampled step costs more than its diagnostics: the armed forward pass reduces every activation, and a step
        // that keeps its gradients for them forgoes the fused step's in-place update. All of it counts against the
        // share the diagnostics may take: what the step took beyond a plain one, when that is more.
        const double excess = m_stepSeconds > 0.0 ? stepSeconds + sampleSeconds - m_stepSeconds : 0.0;
        m_diagnostics->schedule(m_step, std::max(sampleSeconds, excess), m_stepSeconds > 0.0 ? m_stepSeconds : stepSeconds);
    }
    return true;
}

bool TrainingRun::checkGradients(int round, double& gradNorm) {
    if (m_cfg.gradClip <= 0.0 && m_monitor) {
        // Health without clipping: the norm alone, one read pass (clip_grad_norm_ syncs once per parameter).
        gradNorm = globalGradientNorm(m_parameters);
        if (!std::isfinite(gradNorm)) return diverged("the gradient norm", gradNorm, round);
        return true;
    }
    if (m_cfg.gradClip > 0.0 || m_task.measuresGradientNorm()) {
        const double limit = m_cfg.gradClip > 0.0 ? m_cfg.gradClip : std::numeric_limits<double>::infinity();
        gradNorm = torch::nn::utils::clip_grad_norm_(m_parameters, limit);
        if (!std::isfinite(gradNorm)) return diverged("the gradient norm", gradNorm, round);
        return true;
    }
    if (m_readout) return true;
    // One reduction over all gradients: a NaN or Inf anywhere makes the sum non-finite.
    const double gradSum = gradientSum(m_task.model());
    if (!std::isfinite(gradSum)) return diverged("a gradient", gradSum, round);
    return true;
}

bool TrainingRun::diverged(const char* what, double value, int round) {
    m_summary.status = RunStatus::Diverged;
    m_summary.message = std::string(what) + " became " + (std::isnan(value) ? "NaN" : "infinite") + " at step " +
                        std::to_string(m_step) + " (" + m_task.roundName() + " " + std::to_string(round) + ", lr " +
                        formatC("%g", m_lr) + "): lower the learning rate";
    m_obs.onAlert(HealthMonitor::nonFinite(m_step, round, what, value, m_lr));
    return false;
}

void TrainingRun::prepareHealth() {
    if (!m_cfg.health.enabled) return;
    m_diagnostics = std::make_unique<LayerDiagnostics>(m_task.model(), m_cfg.health);
    m_monitor = std::make_unique<HealthMonitor>(m_cfg.health);
    m_task.setActivationTap(&m_tap);
}

bool TrainingRun::raise(const std::vector<Alert>& alerts) {
    bool stop = false;
    for (const Alert& a : alerts) {
        m_obs.onAlert(a);
        if (stop || m_localStop || !m_monitor->stopsRun(a)) continue;
        stop = true;
        const std::string message = "stopped at step " + std::to_string(a.step) + " on a " + alertKindName(a.kind) +
                                    " alert (--stop-on): " + a.message;
        m_obs.onMessage(message);
        if (m_dist) {  // the other processes learn it from the next all-reduce, and all stop together
            m_localStop = true;
            m_localStopMessage = message;
            return true;
        }
        m_summary.status = RunStatus::Stopped;
        m_summary.message = message;
    }
    return !stop;
}

SystemMetrics TrainingRun::systemFigures(double samplesPerSec, double seconds, double batchSeconds) {
    SystemMetrics s;
    s.samplesPerSec = samplesPerSec;
    s.dataShare = seconds > 0.0 ? std::clamp(batchSeconds / seconds, 0.0, 1.0) : -1.0;
    if (m_dist && seconds > 0.0) s.syncShare = std::clamp(m_roundSyncSeconds / seconds, 0.0, 1.0);
    m_system.sample(s);
    readGpuMemory(m_device, s);
    return s;
}

void TrainingRun::reportStep(int round, int64_t index, double lossValue, double gradNorm) {
    BatchMetrics m;
    m.step = m_step;
    m.epoch = round;
    m.batch = int(index + 1);
    m.batchesPerEpoch = int(m_roundSteps);
    m.loss = lossValue;
    m.lr = m_lr;
    m.samplesPerSec = double(m_seen) / std::max(m_roundClock.seconds(), 1e-9);
    m.elapsedSec = m_runClock.seconds();
    m.gradNorm = gradNorm;
    m.totalSteps = m_task.totalSteps();
    m.system = systemFigures(m.samplesPerSec, m_roundClock.seconds(), m_roundBatchSeconds);
    m_obs.onBatch(m);
}

bool TrainingRun::finishRound(int round) {
    EpochMetrics em;
    em.epoch = round;
    em.epochs = m_task.rounds();
    em.step = m_step;
    em.seconds = m_roundClock.seconds();
    em.trainLoss = m_seen > 0 ? m_lossSum / double(m_seen) : 0.0;
    em.lr = m_lr;
    em.samplesPerSec = double(m_seen) / std::max(em.seconds, 1e-9);
    m_task.reduceRound();  // every process, before the evaluation (e.g. the training accuracy of all shards)
    const auto evalStart = LoopClock::now();
    m_task.evaluate(em);
    em.evalSeconds = std::chrono::duration<double>(LoopClock::now() - evalStart).count();
    em.elapsedSec = m_runClock.seconds();
    em.system = systemFigures(em.samplesPerSec, em.seconds, m_roundBatchSeconds);
    const double cpu = processCpuSeconds();
    // The round's own CPU use (training and evaluation), not the throttled reading of the last half second.
    if (cpu >= 0.0 && m_roundCpuStart >= 0.0)
        em.system.cpuPercent = kPercentPerCore * (cpu - m_roundCpuStart) / std::max(em.seconds + em.evalSeconds, 1e-9);
    m_summary.epochs.push_back(em);
    const bool best = m_stopper.observe(em, m_task.model());
    if (!m_options.checkpointDir.empty()) {
        const CheckpointInfo info{round, m_step, em.val.loss};
        const std::string last = m_options.checkpointDir + "/" + lastCheckpointName();
        saveCheckpoint(last, info, m_task.model(), *m_optimizer, m_summary.epochs, m_task.checkpointPayload());
        if (best) copyCheckpoint(last, m_options.checkpointDir + "/" + bestCheckpointName());
        m_obs.onCheckpoint(round, m_step, best);
    }
    m_obs.onEpoch(em);
    const bool alertStopped = m_monitor && !raise(m_monitor->observeEvaluation(em));
    if (m_dist) {
        // Every process evaluates the same weights alike; rank 0's alerts and early stopping decide for all.
        const bool stop = isRoot() && (m_localStop || m_stopper.shouldStop());
        if (agreeToContinue(!stop)) return true;
        if (!isRoot() || !m_stopper.shouldStop()) {
            m_summary.status = RunStatus::Stopped;
            m_summary.message = m_localStop ? m_localStopMessage : "stopped by rank 0 after " +
                                                                       std::string(m_task.roundName()) + " " + std::to_string(round);
            return false;
        }
    } else {
        if (alertStopped) return false;
        if (!m_stopper.shouldStop()) return true;
    }
    m_stopper.restoreBest(m_task.model());
    m_summary.message = m_stopper.reason();
    m_obs.onMessage(m_summary.message);
    return false;
}

}  // namespace

std::vector<ParameterGroup> TrainingTask::parameterGroups() { return {ParameterGroup{model().parameters(), true}}; }

torch::Generator TrainingTask::dataGenerator(uint64_t seed, uint64_t stream) {
    // splitmix64 of the pair: nearby rounds or steps get unrelated streams.
    uint64_t z = seed + kRankSeedStride * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return at::make_generator<at::CPUGeneratorImpl>(z ^ (z >> 31));
}

RunSummary runTraining(const TrainConfig& cfg, TrainingTask& task, TrainObserver& observer, RunControl& control,
                       const TrainOptions& options) {
    keepFreedMemoryForReuse();  // the programs do it first thing; this covers every other caller of the engine
    return TrainingRun(cfg, task, observer, control, options).run();
}

std::string describeDevice(const torch::Device& d) {
    if (d.is_cuda()) return "cuda:" + std::to_string(d.index() < 0 ? 0 : d.index());
    return "cpu";
}

std::string resolveDevice(const std::string& requested, std::string* note) {
    const bool cuda = torch::cuda::is_available();
    if (requested == "cpu") return "cpu";
    if (requested == "cuda") {
        if (!cuda)
            throw std::runtime_error(
                "CUDA was requested but is not available (this LibTorch has no CUDA support or no GPU is visible); "
                "use device 'cpu' or 'auto'");
        return "cuda";
    }
    if (requested != "auto") throw std::invalid_argument("unknown device '" + requested + "' (choose auto, cpu or cuda)");
    if (note) note->clear();
    return cuda ? "cuda" : "cpu";
}

int defaultThreadCount() {
    const unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1 : int(hw);
}

}  // namespace ts
