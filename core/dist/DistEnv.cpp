// Parsing the torchrun environment.
#include "core/dist/DistEnv.h"

#include <cstdlib>
#include <stdexcept>
#include <unistd.h>

namespace ts {

namespace {

int intVariable(const std::function<std::string(const char*)>& get, const char* name, int fallback, int lo, int hi) {
    const std::string text = get(name);
    if (text.empty()) return fallback;
    size_t used = 0;
    long value = 0;
    try {
        value = std::stol(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < lo || value > hi)
        throw std::invalid_argument(std::string("the environment variable ") + name + "=" + text +
                                    " is not a whole number in " + std::to_string(lo) + ".." + std::to_string(hi));
    return int(value);
}

}  // namespace

DistEnv distEnvFromEnvironment(const std::function<std::string(const char*)>& getter) {
    const auto get = getter ? getter : [](const char* name) {
        const char* v = std::getenv(name);
        return std::string(v ? v : "");
    };
    constexpr int kMaxWorld = 1 << 16;
    constexpr int kMaxPort = 65535;
    DistEnv env;
    env.worldSize = intVariable(get, "WORLD_SIZE", 1, 1, kMaxWorld);
    env.rank = intVariable(get, "RANK", 0, 0, kMaxWorld);
    if (env.rank >= env.worldSize)
        throw std::invalid_argument("RANK=" + std::to_string(env.rank) + " is not below WORLD_SIZE=" +
                                    std::to_string(env.worldSize));
    env.localWorldSize = intVariable(get, "LOCAL_WORLD_SIZE", env.worldSize, 1, kMaxWorld);
    env.localRank = intVariable(get, "LOCAL_RANK", env.rank % env.localWorldSize, 0, kMaxWorld);
    if (const std::string addr = get("MASTER_ADDR"); !addr.empty()) env.masterAddr = addr;
    env.masterPort = intVariable(get, "MASTER_PORT", env.masterPort, 0, kMaxPort);
    env.restartCount = intVariable(get, "TORCHELASTIC_RESTART_COUNT", 0, 0, kMaxWorld);
    const std::string agent = get("TORCHELASTIC_USE_AGENT_STORE");
    env.agentStore = agent == "True" || agent == "true" || agent == "1";
    if (env.distributed() && get("MASTER_PORT").empty())
        throw std::invalid_argument("WORLD_SIZE=" + std::to_string(env.worldSize) +
                                    " but MASTER_PORT is not set: start the processes with torchrun or "
                                    "`trainscope-cli train --nproc N`, or set MASTER_ADDR and MASTER_PORT");
    return env;
}

std::string hostName() {
    char name[256] = {};
    if (gethostname(name, sizeof(name) - 1) != 0) return {};
    return name;
}

}  // namespace ts
