// What a sweep folder holds, read in one go (off the GUI thread): sweep.json's definition and trials, and each
// trial's objective per evaluation from its run folder, for the Experiments window.
#pragma once

#include "core/sweep/Sweep.h"

#include <string>
#include <vector>

namespace ts {

/// One trial's objective after each of its evaluations (x: the round, 1-based).
struct TrialCurve {
    int trial = 0;                ///< 0-based position in Sweep::trials
    std::vector<double> rounds;
    std::vector<double> values;
};

/// A sweep folder read back: its sweep, its trials' curves, and what could not be read.
struct SweepSnapshot {
    std::string dir;
    Sweep sweep;
    std::vector<TrialCurve> curves;  ///< trials whose run folder has at least one evaluation
    std::string error;               ///< sweep.json missing or damaged ("" when the sweep was read)
    double quietSeconds = 0.0;       ///< since sweep.json or the running trial's folder last changed
    long long pid = 0;               ///< the CLI the window started for this folder (its kPidFile), 0 if none
    bool pidAlive = false;           ///< that process still runs
    bool ok() const { return error.empty(); }
    /// True while the CLI works on the sweep: the process the window started for it lives, or (a CLI started
    /// elsewhere) a trial is marked running and its files changed within kStaleSeconds (a killed CLI leaves a trial
    /// marked running that never changes again: it is interrupted, and --resume trains it again).
    bool running() const;
    /// Trials that ended (finished, pruned, stopped, failed, diverged), and all trials.
    int trialsDone() const;
    int trialsTotal() const { return int(sweep.trials.size()); }
    /// Seconds the trials left would take at the finished trials' mean (NaN before one finished).
    double etaSeconds() const;
    /// "running", "interrupted" (marked running, quiet too long), "paused" (trials left, none running), "done".
    std::string state() const;

    /// After this long without a change, a trial marked running is taken as interrupted.
    static constexpr double kStaleSeconds = 300.0;
    /// The file in a sweep folder that holds the process id of the CLI the window started for it.
    static constexpr const char* kPidFile = "cli.pid";
};

/// Whether process `pid` runs (a zombie counts as ended).
bool processRunning(long long pid);

/// Reads `dir`'s sweep.json and, with `withCurves`, every trial's run folder (damaged runs are skipped).
SweepSnapshot readSweepFolder(const std::string& dir, bool withCurves = true);

/// The objective's value for one evaluation (NaN when it has none).
double objectiveOfEvaluation(const SweepObjective& objective, const EpochMetrics& evaluation);

}  // namespace ts
