// The sweep subcommand (app/cli/SweepCommand.h).
#include "app/cli/SweepCommand.h"

#include "app/cli/TrialProcesses.h"
#include "core/common/Numbers.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <thread>

namespace ts::cli {

namespace {

namespace fs = std::filesystem;

volatile std::sig_atomic_t gSweepSignal = 0;
void onSweepSignal(int sig) { gSweepSignal = sig; }  // passed on to the running trials; the sweep then ends

constexpr int kPollMs = 100;

double nowSeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// The results, best first: rank, trial, objective, status and the trial's values.
void printResults(const ts::Sweep& sweep) {
    std::vector<size_t> order(sweep.trials.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&sweep](size_t a, size_t b) {
        const ts::SweepTrial &x = sweep.trials[a], &y = sweep.trials[b];
        if (x.rung != y.rung) return x.rung > y.rung;
        return sweep.def.objective.better(x.objective, y.objective);
    });
    const int best = sweep.bestTrial();
    std::printf("\n%-4s %-6s %-12s %-9s %-7s %s\n", "rank", "trial", sweep.def.objective.metric.c_str(), "status",
                "rounds", "values");
    for (size_t r = 0; r < order.size(); ++r) {
        const ts::SweepTrial& t = sweep.trials[order[r]];
        const std::string objective = std::isfinite(t.objective) ? ts::formatC("%.4f", t.objective) : "-";
        std::printf("%-4zu %-6d %-12s %-9s %-7d %s%s\n", r + 1, t.index, objective.c_str(), t.status.c_str(), t.rounds,
                    ts::describeTrial(t.values).c_str(), int(order[r]) == best ? "   <- best" : "");
    }
}

}  // namespace

SweepCommand::SweepCommand(CLI::App& app)
    : Command(app, "sweep",
              "Search hyperparameters: train trials of a preset with values drawn from a search space (grid, random "
              "or successive halving), each an ordinary run inside SWEEP_DIR, and rank them by an objective.") {
    addDataOptions(*m_command, m_data, m_load);
    addOptions();
    m_command->footer(
        "--param NAME=SPACE, repeatable: NAME is a training option as run.json names it (lr, weight_decay, "
        "batch_size, optimizer, epochs, steps, embedding, dropout, vocab_size, ...; dashes work too); SPACE is a "
        "list (64,128,256 or adam,sgd), log:LOW:HIGH, uniform:LOW:HIGH or int:LOW:HIGH. Grid splits a range into "
        "--grid-points values. Halving trains every trial for --min-rounds evaluations (epochs, parts of an epoch "
        "with --evals-per-epoch, or a language model's evaluations), "
        "keeps the best 1/--eta, trains those eta times longer, and so on up to the preset's epochs. Writes "
        "SWEEP_DIR/sweep.json and trials.csv after every change; --resume SWEEP_DIR continues a sweep that was "
        "stopped or killed, never repeating a finished trial.");
}

void SweepCommand::addOptions() {
    CLI::App& c = *m_command;
    const std::string group = "Sweep";
    CLI::Option* preset =
        addOption(c, "--preset", "NAME", m_preset, "the preset every trial starts from (default mlp)")->group(group);
    addOption(c, "--config", "FILE", m_config,
              "every trial starts from the configuration in FILE (a run's run.json or summary.json, or a JSON object "
              "of training options) and its data set unless --data is given")
        ->group(group)
        ->excludes(preset);
    c.add_option("--param", m_params, "a swept option and its space, e.g. lr=log:1e-4:1e-1 (repeat for several)")
        ->type_name("NAME=SPACE")
        ->group(group);
    addOption(c, "--strategy", "NAME", m_strategy, "grid | random | halving (default random)")->group(group);
    addOption(c, "--trials", "N", m_trials, "random and halving: trials to draw (12)")->group(group);
    addOption(c, "--grid-points", "N", m_gridPoints, "grid: values per range (3)")->group(group);
    addOption(c, "--objective", "NAME", m_objective,
              "val_loss | val_accuracy | macro_f1 | val_perplexity (best over the run; final_NAME: the last "
              "evaluation's); loss and perplexity are minimized")
        ->group(group);
    addOption(c, "--seed", "N", m_seed, "seed of the random draws (0); the trials train with the preset's seed")->group(group);
    addOption(c, "--min-rounds", "N", m_minRounds,
              "halving: evaluations of the first rung (1): epochs, or parts of one with --evals-per-epoch")
        ->group(group);
    addOption(c, "--eta", "N", m_eta, "halving: keep the best 1/eta of each rung (3)")->group(group);
    addOption(c, "--time-limit", "MINUTES", m_timeLimitMinutes, "start no trial after this long (0 = no limit)")->group(group);
    addOption(c, "--parallel", "N", m_parallel,
              "trials side by side, the cores split between them unless --threads is given (1)")->group(group);
    const std::string training = "Base configuration";
    m_overrides.add(c, "--epochs", "N", &ts::TrainConfig::epochs, "epochs of a whole trial")->group(training);
    m_overrides.add(c, "--evals-per-epoch", "N", &ts::TrainConfig::evalsPerEpoch,
                    "classifiers: evaluations per epoch (1); halving's rungs can then end inside an epoch")
        ->group(training);
    m_overrides.add(c, "--steps", "N", &ts::TrainConfig::steps, "language models: steps of a whole trial")->group(training);
    m_overrides.add(c, "--eval-every", "N", &ts::TrainConfig::evalEvery, "language models: steps per evaluation")->group(training);
    m_overrides.add(c, "--batch-size", "N", &ts::TrainConfig::batchSize, "samples per batch")->group(training);
    m_overrides.add(c, "--lr", "X", &ts::TrainConfig::lr, "learning rate")->group(training);
    m_overrides.add(c, "--optimizer", "NAME", &ts::TrainConfig::optimizer, "sgd | adam | adamw")->group(training);
    m_overrides.add(c, "--threads", "N", &ts::TrainConfig::threads, "intra-op threads (0 = automatic)")->group(training);
    const std::string output = "Output";
    CLI::Option* out = addOption(c, "--out", "SWEEP_DIR", m_out, "the sweep's folder (created; must not hold a sweep)")->group(output);
    addOption(c, "--resume", "SWEEP_DIR", m_resume, "continue the sweep in SWEEP_DIR")->group(output)->excludes(out);
    c.add_flag("--quiet", m_quiet, "print one line per trial and the results")->group(output);
}

ts::SweepDefinition SweepCommand::plannedDefinition() const {
    ts::SweepDefinition def;
    std::string dataPath = m_data;
    ts::LoadOptions load = m_load;
    if (!m_config.empty()) {
        const ConfigFile file = readConfigFile(m_config);
        def.base = file.config;
        if (dataPath.empty()) {
            dataPath = file.dataPath;
            load = file.load;
        }
    }
    if (dataPath.empty()) throw UsageError("--data PATH is required");
    if (m_out.empty()) throw UsageError("--out SWEEP_DIR is required (or --resume SWEEP_DIR)");
    if (m_params.empty()) throw UsageError("give at least one --param NAME=SPACE, e.g. --param lr=log:1e-4:1e-1");
    try {
        if (m_config.empty()) def.base = ts::presetConfig(m_preset);
        for (const std::string& p : m_params) def.params.push_back(ts::parseSweepParameter(p));
        def.objective = ts::parseSweepObjective(m_objective);
    } catch (const std::exception& e) {
        throw UsageError(e.what());
    }
    m_overrides.applyTo(def.base);
    if (m_command->count("--split") > 0) {
        def.base.valFraction = load.valFraction;
        def.base.testFraction = load.testFraction;
    }
    if (const std::string bad = ts::validateConfig(def.base); !bad.empty()) throw UsageError(bad);
    if (!ts::sweepStrategyFromName(m_strategy, def.strategy))
        throw UsageError("unknown --strategy '" + m_strategy + "' (choose grid, random or halving)");
    if (m_trials < 1 || m_gridPoints < 1 || m_minRounds < 1 || m_eta < 2 || m_parallel < 1)
        throw UsageError("--trials, --grid-points, --min-rounds and --parallel must be at least 1, --eta at least 2");
    def.trials = m_trials;
    def.gridPoints = m_gridPoints;
    def.seed = m_seed;
    def.minRounds = m_minRounds;
    def.eta = m_eta;
    def.timeLimitSec = 60.0 * m_timeLimitMinutes;
    def.dataPath = fs::absolute(dataPath).string();
    def.loadOptions = ts::loadOptionsToJson(load);
    // Every trial's configuration is checked before the first one trains.
    for (const ts::SweepTrial& t : ts::planTrials(def)) {
        try {
            const ts::TrainConfig cfg = ts::applyTrial(def.base, t.values);
            if (const std::string bad = ts::validateConfig(cfg); !bad.empty())
                throw std::invalid_argument(bad);
        } catch (const std::exception& e) {
            throw UsageError("trial " + std::to_string(t.index) + " (" + ts::describeTrial(t.values) + "): " + e.what());
        }
    }
    return def;
}

int SweepCommand::run() {
    if (m_parallel < 1) throw UsageError("--parallel must be at least 1");
    ts::Sweep sweep;
    if (!m_resume.empty()) {
        m_dir = m_resume;
        sweep = ts::loadSweep(m_dir);
        for (ts::SweepTrial& t : sweep.trials)
            if (t.status == "running") t.status = "pending";  // the process that ran it was killed
    } else {
        sweep.def = plannedDefinition();
        m_dir = m_out;
        if (fs::exists(m_dir + "/sweep.json"))
            throw std::runtime_error(m_dir + " already holds a sweep: continue it with --resume " + m_dir +
                                     " or choose another --out folder");
        {  // the data set is checked once here (each trial loads it in its own process)
            const LoadedData data = loadTrainingData(
                sweep.def.dataPath,
                sweep.def.loadOptions.empty() ? ts::LoadOptions() : ts::loadOptionsFromJson(sweep.def.loadOptions),
                sweep.def.base);
            if (!m_quiet) printDataSummary(data, sweep.def.base);
        }
        fs::create_directories(m_dir);
        sweep.trials = ts::planTrials(sweep.def);
        writeHParamsExperiment(m_dir, sweep.def);
    }
    ts::saveSweep(m_dir, sweep);
    const std::vector<int> budgets = sweep.def.rungBudgets();
    // N trials side by side share the cores, unless --threads says otherwise.
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    const int threads = m_command->count("--threads") > 0 && sweep.def.base.threads > 0 ? sweep.def.base.threads
                                                                                         : std::max(1, cores / m_parallel);
    TrialProcesses trials(fs::read_symlink("/proc/self/exe").string(), m_dir, threads);
    gSweepSignal = 0;
    std::signal(SIGINT, onSweepSignal);
    std::signal(SIGTERM, onSweepSignal);
    std::string rungs;
    for (int b : budgets) rungs += (rungs.empty() ? "" : ", ") + std::to_string(b);
    std::printf("sweep in %s: %zu trials, %s, objective %s, %s %s rounds, %d at a time x %d thread%s\n", m_dir.c_str(),
                sweep.trials.size(), ts::sweepStrategyName(sweep.def.strategy), sweep.def.objective.describe().c_str(),
                budgets.size() > 1 ? "rungs of" : "trials of", rungs.c_str(), m_parallel, threads, threads == 1 ? "" : "s");
    m_startedAt = nowSeconds();
    for (int rung = 0; rung < int(budgets.size()); ++rung) {
        if (!runRung(sweep, rung, trials)) break;
        if (rung + 1 < int(budgets.size())) {
            std::vector<std::string> before;
            for (const ts::SweepTrial& t : sweep.trials) before.push_back(t.status);
            ts::promoteRung(sweep, rung);
            ts::saveSweep(m_dir, sweep);
            for (size_t i = 0; i < sweep.trials.size(); ++i)
                if (sweep.trials[i].status == "pruned" && before[i] != "pruned") writeHParamsSession(m_dir, sweep.trials[i]);
        }
    }
    printResults(sweep);
    std::printf("%s in %s (sweep.json, trials.csv)\n", sweep.done() ? "sweep finished" : "sweep paused; continue with --resume",
                m_dir.c_str());
    return kExitOk;
}

bool SweepCommand::runRung(ts::Sweep& sweep, int rung, TrialProcesses& trials) const {
    const std::vector<int> budgets = sweep.def.rungBudgets();
    const int budget = budgets[size_t(rung)];
    const bool last = rung + 1 == int(budgets.size());
    bool stopped = false, timeUp = false;
    size_t next = 0;
    while (true) {
        while (!stopped && !timeUp && int(trials.running()) < m_parallel) {  // fill the free slots
            while (next < sweep.trials.size() &&
                   !(sweep.trials[next].rung == rung && sweep.trials[next].status == "pending"))
                ++next;
            if (next == sweep.trials.size()) break;
            if (sweep.def.timeLimitSec > 0.0 && nowSeconds() - m_startedAt > sweep.def.timeLimitSec) {
                std::printf("time limit reached: the remaining trials stay pending\n");
                timeUp = true;
                break;
            }
            const ts::SweepTrial& t = sweep.trials[next];
            std::printf("trial %d/%zu (%s): %s to %d rounds\n", t.index, sweep.trials.size(),
                        ts::describeTrial(t.values).c_str(), t.rounds > 0 ? "continues" : "trains", budget);
            std::fflush(stdout);
            trials.start(sweep, next++, budget, last);
            ts::saveSweep(m_dir, sweep);
        }
        if (trials.running() == 0) break;
        if (gSweepSignal != 0 && !stopped) {
            trials.signalAll(gSweepSignal);
            stopped = true;
        }
        const int done = trials.waitOne(sweep, kPollMs);
        if (done < 0) continue;
        ts::saveSweep(m_dir, sweep);
        const ts::SweepTrial& t = sweep.trials[size_t(done)];
        const std::string objective = std::isfinite(t.objective) ? ts::formatC("%.4f", t.objective) : "none";
        std::printf("trial %d: %s, %s %s (%s)%s\n", t.index, t.status.c_str(), sweep.def.objective.describe().c_str(),
                    objective.c_str(), ts::formatDuration(t.seconds).c_str(),
                    t.message.empty() ? "" : (": " + t.message).c_str());
        std::fflush(stdout);
        if (t.status == "pending") stopped = true;  // it was stopped (Ctrl+C): start no other
    }
    return !stopped && !timeUp;
}

}  // namespace ts::cli
