// Where this process stands in a data-parallel run, read from the environment torchrun (or `trainscope-cli train
// --nproc N`) gives every worker: RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT,
// TORCHELASTIC_RESTART_COUNT and TORCHELASTIC_USE_AGENT_STORE. Torch-free.
#pragma once

#include <functional>
#include <string>

namespace ts {

struct DistEnv {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    int localWorldSize = 1;
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    /// The launcher hosts the store (torchrun's agent, or --nproc): rank 0 connects as a client like the others.
    bool agentStore = false;
    int restartCount = 0;
    /// More than one process: this one joins a process group.
    bool distributed() const { return worldSize > 1; }
    /// The store prefix torchrun's workers use ("/worker/attempt_<restart count>").
    std::string storePrefix() const { return "/worker/attempt_" + std::to_string(restartCount); }
};

/// Reads the environment through `get` (returns "" for an unset name; default: getenv). Throws
/// std::invalid_argument, naming the variable, when a value is malformed or RANK is outside 0..WORLD_SIZE-1.
DistEnv distEnvFromEnvironment(const std::function<std::string(const char*)>& get = {});

/// This machine's host name ("" when unknown).
std::string hostName();

}  // namespace ts
