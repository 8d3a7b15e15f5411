// A sweep's trials as trainscope-cli processes: each trial trains as `train --config TRIAL.json --out DIR` (or
// `train --resume DIR`) with `--stop-after` at its rung's budget, several at a time with the cores split between
// them; its output goes to SWEEP_DIR/logs/trial-NNN.log, and its outcome is read back from its run folder. Separate
// processes keep every trial's random streams its own, so a trial trains alike whether it runs alone or beside
// others.
#pragma once

#include "core/sweep/Sweep.h"

#include <string>
#include <sys/types.h>
#include <vector>

namespace ts::cli {

/// Starts trial processes and collects them.
class TrialProcesses {
public:
    /// Trials of the sweep in `sweepDir`, run by `program` (trainscope-cli) with `threads` threads each.
    TrialProcesses(std::string program, std::string sweepDir, int threads);
    /// Starts sweep.trials[pos] to train up to `budget` rounds (`lastRung`: its final rung). Sets it "running".
    void start(ts::Sweep& sweep, size_t pos, int budget, bool lastRung);
    /// Waits (polling every `pollMs`) until a trial process ends and records its outcome in its trial; returns the
    /// trial's position, or -1 when none is running.
    int waitOne(ts::Sweep& sweep, int pollMs);
    /// Trial processes still running.
    size_t running() const { return m_running.size(); }
    /// Passes `signal` on to every running trial (Ctrl+C: each stops after its batch and stays resumable).
    void signalAll(int signal);

private:
    struct Running {
        pid_t pid = -1;
        size_t pos = 0;
        int budget = 0;
        bool lastRung = false;
    };
    /// Reads the trial's run folder after its process ended with `waitStatus`.
    void collect(ts::Sweep& sweep, const Running& r, int waitStatus);

    std::string m_program, m_dir;
    int m_threads;
    std::vector<Running> m_running;
};

/// The sweep folder's event file with TensorBoard's HParams experiment: every swept option's domain and the metrics.
void writeHParamsExperiment(const std::string& sweepDir, const ts::SweepDefinition& def);
/// The trial's HParams session (its values, and how it ended) as a small event file in its run folder.
void writeHParamsSession(const std::string& sweepDir, const ts::SweepTrial& trial);

}  // namespace ts::cli
