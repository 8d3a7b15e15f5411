#include "ui/experiments/SweepSnapshot.h"

#include "core/runs/RunStore.h"

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <fstream>
#include <limits>
#include <exception>
#include <filesystem>

namespace ts {

namespace {

bool ended(const std::string& status) { return status != "pending" && status != "running" && status != "paused"; }

/// Seconds since the newest file directly in `dir` (or `dir` itself) changed; a huge number when it is missing.
double secondsSinceChange(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::file_time_type newest = fs::last_write_time(dir, ec);
    if (ec) return 1e18;
    for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
        const fs::file_time_type t = e.last_write_time(ec);
        if (!ec && t > newest) newest = t;
    }
    return std::chrono::duration<double>(fs::file_time_type::clock::now() - newest).count();
}

}  // namespace

bool processRunning(long long pid) {
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM)) return false;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) return true;
    const size_t close = line.rfind(')');  // "pid (name) S ..."
    return close == std::string::npos || close + 2 >= line.size() || line[close + 2] != 'Z';
}

bool SweepSnapshot::running() const {
    if (!ok()) return false;
    if (pid > 0) return pidAlive;
    if (quietSeconds > kStaleSeconds) return false;
    for (const SweepTrial& t : sweep.trials)
        if (t.status == "running") return true;
    return false;
}

int SweepSnapshot::trialsDone() const {
    int n = 0;
    for (const SweepTrial& t : sweep.trials) n += ended(t.status) ? 1 : 0;
    return n;
}

double SweepSnapshot::etaSeconds() const {
    double seconds = 0.0;
    int finished = 0;
    for (const SweepTrial& t : sweep.trials)
        if (t.status == "finished" || t.status == "pruned") seconds += t.seconds, ++finished;
    if (finished == 0) return std::numeric_limits<double>::quiet_NaN();
    return seconds / finished * double(trialsTotal() - trialsDone());
}

std::string SweepSnapshot::state() const {
    if (!ok()) return "unreadable";
    if (sweep.done()) return "done";
    if (running()) return "running";
    for (const SweepTrial& t : sweep.trials)
        if (t.status == "running") return "interrupted";
    return "paused";
}

double objectiveOfEvaluation(const SweepObjective& objective, const EpochMetrics& evaluation) {
    SweepObjective single = objective;
    single.finalValue = true;
    return single.of({evaluation});
}

SweepSnapshot readSweepFolder(const std::string& dir, bool withCurves) {
    SweepSnapshot snap;
    snap.dir = dir;
    try {
        snap.sweep = loadSweep(dir);
    } catch (const std::exception& e) {
        snap.error = e.what();
        return snap;
    }
    const std::filesystem::path root(dir);
    std::ifstream pidFile(root / SweepSnapshot::kPidFile);
    if (pidFile >> snap.pid) snap.pidAlive = processRunning(snap.pid);
    else snap.pid = 0;
    snap.quietSeconds = secondsSinceChange(root);
    for (const SweepTrial& t : snap.sweep.trials)
        if (t.status == "running" && !t.runDir.empty())
            snap.quietSeconds = std::min(snap.quietSeconds, secondsSinceChange(root / t.runDir));
    if (!withCurves) return snap;
    for (size_t i = 0; i < snap.sweep.trials.size(); ++i) {
        const SweepTrial& t = snap.sweep.trials[i];
        if (t.runDir.empty()) continue;
        const std::string runDir = (std::filesystem::path(dir) / t.runDir).string();
        if (!std::filesystem::exists(std::filesystem::path(runDir) / "run.json")) continue;
        TrialCurve curve;
        curve.trial = int(i);
        try {
            const RunRecord run = loadRun(runDir, false);
            for (const EpochMetrics& e : run.epochs) {
                const double v = objectiveOfEvaluation(snap.sweep.def.objective, e);
                if (!std::isfinite(v)) continue;
                curve.rounds.push_back(e.epoch);
                curve.values.push_back(v);
            }
        } catch (const std::exception&) {
            continue;  // a trial folder being created or damaged: its curve waits for the next refresh
        }
        if (!curve.values.empty()) snap.curves.push_back(std::move(curve));
    }
    return snap;
}

}  // namespace ts
