// launchWorkers(): fork/exec of the workers and the watch over them (the store they meet at: ProcessGroup.cpp).
#include "core/dist/Launcher.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace ts {

namespace {

using LaunchClock = std::chrono::steady_clock;
constexpr auto kWatchInterval = std::chrono::milliseconds(50);
constexpr double kRankZeroGraceSec = 10.0;  // after rank 0 ends, how long the others get to end on their own
constexpr double kSlackSec = 15.0;          // beyond the collective timeout, for rank 0 to save the run

volatile std::sig_atomic_t gForward = 0;
void onLauncherSignal(int sig) { gForward = sig; }

double since(LaunchClock::time_point t) { return std::chrono::duration<double>(LaunchClock::now() - t).count(); }

}  // namespace

std::vector<std::string> workerEnvironment(int rank, int world, int port) {
    return {"RANK=" + std::to_string(rank),
            "LOCAL_RANK=" + std::to_string(rank),
            "WORLD_SIZE=" + std::to_string(world),
            "LOCAL_WORLD_SIZE=" + std::to_string(world),
            "GROUP_RANK=0",
            "MASTER_ADDR=127.0.0.1",
            "MASTER_PORT=" + std::to_string(port),
            "TORCHELASTIC_RESTART_COUNT=0",
            "TORCHELASTIC_USE_AGENT_STORE=True"};
}

std::string describeExit(int status) {
    if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const char* name = strsignal(sig);
        return "was killed by signal " + std::to_string(sig) + (name ? std::string(" (") + name + ")" : std::string());
    }
    return "ended (status " + std::to_string(status) + ")";
}

int launchWorkers(const LaunchPlan& plan, const std::function<void(const std::string&)>& say) {
    StoreHost store;
    const pid_t launcher = getpid();
    std::vector<pid_t> pids(size_t(plan.processes), -1);
    for (int rank = 0; rank < plan.processes; ++rank) {
        const pid_t pid = fork();
        if (pid < 0) {
            say(std::string("could not start rank ") + std::to_string(rank) + ": " + std::strerror(errno));
            for (pid_t p : pids)
                if (p > 0) kill(p, SIGKILL);
            return 1;
        }
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);  // a worker never outlives its launcher
            if (getppid() != launcher) _exit(1);
            for (const std::string& kv : workerEnvironment(rank, plan.processes, store.port())) {
                const auto eq = kv.find('=');
                setenv(kv.substr(0, eq).c_str(), kv.substr(eq + 1).c_str(), 1);
            }
            std::vector<char*> argv;
            argv.push_back(const_cast<char*>(plan.program.c_str()));
            for (const std::string& a : plan.args) argv.push_back(const_cast<char*>(a.c_str()));
            argv.push_back(nullptr);
            execv(plan.program.c_str(), argv.data());
            std::fprintf(stderr, "trainscope-cli: could not start %s: %s\n", plan.program.c_str(), std::strerror(errno));
            _exit(127);
        }
        pids[size_t(rank)] = pid;
    }

    auto oldInt = std::signal(SIGINT, onLauncherSignal);
    auto oldTerm = std::signal(SIGTERM, onLauncherSignal);
    std::vector<int> status(pids.size(), -1);
    int running = plan.processes;
    LaunchClock::time_point failedAt{}, rankZeroEndedAt{};
    bool failed = false, rankZeroEnded = false, killed = false;
    while (running > 0) {
        if (gForward != 0) {
            const int sig = gForward;
            gForward = 0;
            for (size_t r = 0; r < pids.size(); ++r)
                if (status[r] < 0) kill(pids[r], sig);
        }
        int st = 0;
        const pid_t done = waitpid(-1, &st, WNOHANG);
        if (done > 0) {
            for (size_t r = 0; r < pids.size(); ++r) {
                if (pids[r] != done) continue;
                status[r] = st;
                --running;
                const bool clean = WIFEXITED(st) && WEXITSTATUS(st) == 0;
                if (r == 0) {
                    rankZeroEnded = true;
                    rankZeroEndedAt = LaunchClock::now();
                    if (!WIFEXITED(st)) say("rank 0 (pid " + std::to_string(done) + ") " + describeExit(st));
                } else if (!clean && !killed) {
                    say("rank " + std::to_string(r) + " (pid " + std::to_string(done) + ") " + describeExit(st));
                    if (!failed) failedAt = LaunchClock::now();
                    failed = true;
                }
            }
            continue;
        }
        const bool rankZeroTooLong = failed && !rankZeroEnded && since(failedAt) > plan.timeoutSec + kSlackSec;
        const bool othersTooLong = rankZeroEnded && running > 0 && since(rankZeroEndedAt) > kRankZeroGraceSec;
        if (!killed && (rankZeroTooLong || othersTooLong)) {
            killed = true;
            for (size_t r = 0; r < pids.size(); ++r) {
                if (status[r] >= 0) continue;
                say("ending rank " + std::to_string(r) + " (pid " + std::to_string(pids[r]) + "), which " +
                    (rankZeroEnded ? "was still running after rank 0 ended" : "did not end after a peer failed"));
                kill(pids[r], SIGKILL);
            }
        }
        std::this_thread::sleep_for(kWatchInterval);
    }
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    const int zero = status[0];
    return WIFEXITED(zero) ? WEXITSTATUS(zero) : 1;
}

}  // namespace ts
