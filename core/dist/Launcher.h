// Starting a data-parallel run's processes on this machine, as torchrun's agent does: the launcher hosts the TCP
// store, every worker (rank 0 included) connects to it as a client under torchrun's prefix, and each gets the
// environment torchrun would give it. Torch-free header.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ts {

/// A TCP store on 127.0.0.1 at a free port, for the workers of one run; it lives as long as this object.
class StoreHost {
public:
    StoreHost();
    ~StoreHost();
    StoreHost(const StoreHost&) = delete;
    StoreHost& operator=(const StoreHost&) = delete;
    int port() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The environment of worker `rank` of `world` on this machine, talking to the store at `port` (NAME=value).
std::vector<std::string> workerEnvironment(int rank, int world, int port);

/// What launchWorkers starts.
struct LaunchPlan {
    std::string program;            ///< the executable (this program)
    std::vector<std::string> args;  ///< its arguments, the same for every worker
    int processes = 2;
    double timeoutSec = 300.0;      ///< how long the survivors get to notice a failed peer before they are ended
};

/// Starts plan.processes workers of plan.program, each with workerEnvironment(rank, ...), forwards SIGINT and
/// SIGTERM to them, and waits. When one dies, the others get the timeout to notice and save the run; any still
/// running after that are ended, so no process is left behind (and workers die with the launcher). `say` gets
/// one line per event ("rank 1 (pid 4242) was killed by signal 9 (SIGKILL)"). Returns rank 0's exit status
/// (1 when rank 0 was killed).
int launchWorkers(const LaunchPlan& plan, const std::function<void(const std::string&)>& say);

/// How a child process ended, for messages: "exited with status 1", "was killed by signal 9 (Killed)".
std::string describeExit(int waitStatus);

}  // namespace ts
