// A sweep: a base configuration and data set, a search space, a strategy (grid, seeded random, or successive
// halving), an objective and a budget; and the state of its trials, kept in SWEEP_DIR/sweep.json (definition and
// state) and SWEEP_DIR/trials.csv (one row per trial), both rewritten atomically after every change so that a sweep
// survives a kill and continues where it stood. Each trial is an ordinary run folder inside SWEEP_DIR. Torch-free.
#pragma once

#include "core/common/Types.h"
#include "core/sweep/SearchSpace.h"
#include "core/train/TrainConfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

enum class SweepStrategy { Grid, Random, Halving };

/// "grid", "random", "halving"; and back (false for an unknown name).
const char* sweepStrategyName(SweepStrategy s);
bool sweepStrategyFromName(const std::string& name, SweepStrategy& out);

/// What a trial is judged by: a validation figure, its best or its final value.
struct SweepObjective {
    std::string metric = "val_loss";  ///< val_loss | val_accuracy | macro_f1 | val_perplexity
    bool finalValue = false;          ///< the last evaluation's value instead of the best one
    /// Loss and perplexity are minimized, accuracy and F1 maximized.
    bool minimize() const { return metric == "val_loss" || metric == "val_perplexity"; }
    /// "best val_loss", "final val_accuracy".
    std::string describe() const { return std::string(finalValue ? "final " : "best ") + metric; }
    /// The objective over a run's evaluations (NaN when there is none).
    double of(const std::vector<EpochMetrics>& evaluations) const;
    /// True when `a` is better than `b` (NaN is worse than anything).
    bool better(double a, double b) const;
};

/// Parses "val_loss", "final_val_accuracy", ... Throws std::invalid_argument naming the choices.
SweepObjective parseSweepObjective(const std::string& text);

struct SweepDefinition {
    TrainConfig base;                   ///< the configuration every trial starts from
    std::string dataPath;
    std::string loadOptions;            ///< JSON of the data set's load options ("" = defaults)
    std::vector<SweepParameter> params;
    SweepStrategy strategy = SweepStrategy::Random;
    int trials = 12;                    ///< random and halving: trials drawn
    int gridPoints = 3;                 ///< grid: points per range
    SweepObjective objective;
    uint64_t seed = 0;                  ///< random draws
    int minRounds = 1;                  ///< halving: the first rung's budget (epochs; evaluations for language models)
    int eta = 3;                        ///< halving: 1/eta of each rung is promoted to eta times the budget
    double timeLimitSec = 0.0;          ///< no new trial starts after this long (0 = no limit)
    /// Rounds of a whole trial: the base configuration's epochs (language models: its evaluations).
    int maxRounds() const;
    /// Halving: the budget of each rung, growing by eta up to maxRounds(); one rung for grid and random.
    std::vector<int> rungBudgets() const;
};

/// One trial: its values, where it stands and what it scored.
struct SweepTrial {
    int index = 0;                       ///< 1-based
    TrialValues values;
    /// pending (to train up to its rung's budget) | running | paused (reached its rung, awaiting promotion) |
    /// finished | pruned (halving stopped it) | stopped | failed | diverged
    std::string status = "pending";
    int rung = 0;
    int rounds = 0;                      ///< rounds trained so far
    std::string runDir;                  ///< its run folder, relative to the sweep folder
    double objective = 0.0;              ///< NaN until it has an evaluation
    double seconds = 0.0;                ///< training time of its run
    std::string message;
};

struct Sweep {
    SweepDefinition def;
    std::vector<SweepTrial> trials;
    std::string createdAt;
    /// 0-based index of the best trial by the objective (-1 when none has one).
    int bestTrial() const;
    /// True when nothing is left to run.
    bool done() const;
};

/// The trials the definition asks for, all pending (grid: every combination; random and halving: seeded draws).
std::vector<SweepTrial> planTrials(const SweepDefinition& def);

/// Halving, once every trial of `rung` has reached its budget: the best 1/eta (at least one) are promoted to the
/// next rung (pending again), the others pruned. Returns how many were promoted.
int promoteRung(Sweep& sweep, int rung);

/// sweep.json and trials.csv into `dir` (atomically). Throws std::runtime_error on a write error.
void saveSweep(const std::string& dir, const Sweep& sweep);
/// Reads sweep.json back. Throws std::runtime_error naming the file when it is missing or damaged.
Sweep loadSweep(const std::string& dir);

}  // namespace ts
