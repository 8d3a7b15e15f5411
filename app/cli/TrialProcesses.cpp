// TrialProcesses (app/cli/TrialProcesses.h).
#include "app/cli/TrialProcesses.h"

#include "core/common/AtomicFile.h"
#include "core/dist/Launcher.h"
#include "core/runs/RunJson.h"
#include "core/runs/RunStore.h"
#include "core/runs/TensorBoardHParams.h"
#include "core/runs/TensorBoardWriter.h"

#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace ts::cli {

namespace {

namespace fs = std::filesystem;

double wallNow() { return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count(); }

std::string logPath(const std::string& dir, const ts::SweepTrial& t) { return dir + "/logs/" + t.runDir + ".log"; }

/// The last non-empty line of a trial's log (what a failed trial said), "" when there is none.
std::string lastLine(const std::string& path) {
    std::ifstream in(path);
    std::string line, last;
    while (std::getline(in, line))
        if (!line.empty()) last = line;
    return last;
}

/// The sweep's status for a trial whose run now reads `run`.
std::string statusOf(const ts::RunRecord& run, bool lastRung) {
    if (run.status == "finished") return "finished";  // a whole run, or one that stopped early by itself
    if (run.status == "stopped")
        return run.message.rfind("paused after", 0) == 0 ? (lastRung ? "finished" : "paused") : "pending";
    if (run.status == "diverged") return "diverged";
    return "failed";
}

}  // namespace

TrialProcesses::TrialProcesses(std::string program, std::string sweepDir, int threads)
    : m_program(std::move(program)), m_dir(std::move(sweepDir)), m_threads(threads) {}

void TrialProcesses::start(ts::Sweep& sweep, size_t pos, int budget, bool lastRung) {
    ts::SweepTrial& trial = sweep.trials[pos];
    const std::string dir = m_dir + "/" + trial.runDir;
    const bool resuming = fs::exists(dir + "/" + ts::lastCheckpointName());
    // Killed before its first checkpoint: nothing of it can be continued, so it starts afresh in a clean folder.
    if (!resuming && fs::exists(dir)) fs::remove_all(dir);
    fs::create_directories(m_dir + "/logs");
    std::vector<std::string> args{m_program, "train"};
    if (resuming) {
        args.insert(args.end(), {"--resume", dir});
    } else {
        ts::Json j;
        j.set("config", ts::toJson(ts::applyTrial(sweep.def.base, trial.values)));
        ts::Json data;
        data.set("path", sweep.def.dataPath);
        if (!sweep.def.loadOptions.empty()) data.set("load_options", ts::Json::parse(sweep.def.loadOptions));
        j.set("dataset", data);
        const std::string config = m_dir + "/logs/" + trial.runDir + ".json";
        ts::writeFileAtomically(config, j.dump(2) + "\n");
        args.insert(args.end(), {"--config", config, "--out", dir});
    }
    args.insert(args.end(), {"--threads", std::to_string(m_threads), "--stop-after", std::to_string(budget)});
    const std::string log = logPath(m_dir, trial);
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error(std::string("could not start a trial: ") + std::strerror(errno));
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);  // a trial stops (resumably) when its sweep dies
        if (getppid() != parent) _exit(1);
        const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd >= 0) {
            dup2(fd, STDOUT_FILENO);
            dup2(fd, STDERR_FILENO);
            close(fd);
        }
        std::vector<char*> argv;
        for (std::string& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(m_program.c_str(), argv.data());
        std::fprintf(stderr, "could not start %s: %s\n", m_program.c_str(), std::strerror(errno));
        _exit(127);
    }
    trial.status = "running";
    m_running.push_back(Running{pid, pos, budget, lastRung});
}

int TrialProcesses::waitOne(ts::Sweep& sweep, int pollMs) {
    while (!m_running.empty()) {
        for (size_t i = 0; i < m_running.size(); ++i) {
            int status = 0;
            const pid_t done = waitpid(m_running[i].pid, &status, WNOHANG);
            if (done != m_running[i].pid) continue;
            const Running r = m_running[i];
            m_running.erase(m_running.begin() + long(i));
            collect(sweep, r, status);
            return int(r.pos);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(pollMs));
    }
    return -1;
}

void TrialProcesses::signalAll(int signal) {
    for (const Running& r : m_running) kill(r.pid, signal);
}

void TrialProcesses::collect(ts::Sweep& sweep, const Running& r, int waitStatus) {
    ts::SweepTrial& trial = sweep.trials[r.pos];
    const std::string dir = m_dir + "/" + trial.runDir;
    try {
        const ts::RunRecord run = ts::loadRun(dir, false);
        trial.status = statusOf(run, r.lastRung);
        trial.rounds = run.epochs.empty() ? 0 : run.epochs.back().epoch;
        trial.objective = sweep.def.objective.of(run.epochs);
        trial.seconds = run.totalSeconds;
        trial.message = trial.status == "failed" || trial.status == "diverged" ? run.message : std::string();
        ts::RunMeta meta = run.meta;
        meta.name = fs::path(m_dir).filename().string() + " " + trial.runDir;
        meta.tags = {"sweep", "sweep:" + fs::path(m_dir).filename().string()};
        ts::saveRunMeta(dir, meta);
    } catch (const std::exception& e) {
        trial.status = "failed";
        trial.message = e.what();
    }
    if (trial.status == "failed" && trial.message.empty()) trial.message = lastLine(logPath(m_dir, trial));
    if (trial.status == "failed" && !(WIFEXITED(waitStatus) && WEXITSTATUS(waitStatus) == 1))
        trial.message = "the trial's process " + ts::describeExit(waitStatus) + (trial.message.empty() ? "" : ": " + trial.message);
    if (trial.status == "finished" || trial.status == "failed" || trial.status == "diverged") writeHParamsSession(m_dir, trial);
}

void writeHParamsSession(const std::string& sweepDir, const ts::SweepTrial& trial) {
    const std::string dir = sweepDir + "/" + trial.runDir;
    if (!fs::is_directory(dir)) return;
    try {
        ts::TensorBoardWriter events(dir);
        events.appendEvent(ts::tbHParamsSessionStartEvent(wallNow(), trial.values, trial.runDir));
        const bool ok = trial.status == "finished" || trial.status == "pruned";
        events.appendEvent(ts::tbHParamsSessionEndEvent(wallNow(), ok ? ts::TbSessionStatus::Success : ts::TbSessionStatus::Failure));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "warning: %s; TensorBoard's HParams dashboard will miss %s\n", e.what(), trial.runDir.c_str());
    }
}

void writeHParamsExperiment(const std::string& dir, const ts::SweepDefinition& def) {
    std::vector<ts::TbHParamDomain> domains;
    for (const ts::SweepParameter& p : def.params) {
        ts::TbHParamDomain d;
        d.name = p.name;
        d.interval = p.kind != ts::SweepParameter::Kind::List;
        d.low = p.low;
        d.high = p.high;
        d.values = p.values;
        domains.push_back(std::move(d));
    }
    const std::vector<std::string> metrics = def.base.isLanguageModel()
                                                 ? std::vector<std::string>{"val/loss", "val/perplexity", "val/bits_per_byte"}
                                                 : std::vector<std::string>{"val/loss", "val/accuracy", "val/macro_f1"};
    try {
        ts::TensorBoardWriter events(dir);
        events.appendEvent(ts::tbHParamsExperimentEvent(wallNow(), domains, metrics));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "warning: %s; TensorBoard's HParams dashboard will not show the sweep\n", e.what());
    }
}


}  // namespace ts::cli
