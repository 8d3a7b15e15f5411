#include "app/cli/FaultInjection.h"

#include "core/common/FileOps.h"
#include "core/common/Numbers.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace ts::cli {
namespace {

constexpr const char* kVariable = "TRAINSCOPE_FAIL_FILE_OP";
constexpr const char* kDistVariable = "TRAINSCOPE_DIST_FAULT";

/// Sends this process `signal` when it reports step `step`.
class SignalAtStep : public ts::TrainObserver {
public:
    SignalAtStep(int signal, int64_t step) : m_signal(signal), m_step(step) {}
    void onBatch(const ts::BatchMetrics& m) override {
        if (m.step < m_step) return;
        std::fprintf(stderr, "fault injection: %s at step %lld\n", m_signal == SIGKILL ? "SIGKILL" : "SIGSTOP",
                     static_cast<long long>(m.step));
        std::fflush(stderr);
        std::raise(m_signal);
    }

private:
    int m_signal;
    int64_t m_step;
};

std::atomic<long long> gOperations{0};

/// The errno an ERRNO name stands for; 0 for a name it does not know.
int errnoNamed(const std::string& name) {
    if (name.empty() || name == "ENOSPC") return ENOSPC;
    if (name == "EIO") return EIO;
    if (name == "EROFS") return EROFS;
    if (name == "EDQUOT") return EDQUOT;
    if (name == "EACCES") return EACCES;
    return 0;
}

void printCount() { std::fprintf(stderr, "fault injection: %lld file operations\n", gOperations.load()); }

}  // namespace

void installFaultInjectionFromEnvironment() {
    const char* value = std::getenv(kVariable);
    if (!value || !*value) return;
    const std::string text = value;
    const size_t colon = text.find(':');
    int64_t failAt = -1;
    const bool number = parseInt64(text.substr(0, colon), failAt);
    const int err = errnoNamed(colon == std::string::npos ? std::string() : text.substr(colon + 1));
    if (!number || failAt < 0 || err == 0) {
        std::fprintf(stderr, "fault injection: ignoring %s=%s (want N[:ENOSPC|EIO|EROFS|EDQUOT|EACCES])\n", kVariable, value);
        return;
    }
    const long long target = failAt;
    if (target == 0) std::atexit(printCount);
    setFileFaultInjector([target, err](FileOp op, const std::string& path) {
        if (++gOperations != target) return 0;
        std::fprintf(stderr, "fault injection: operation %lld (%s %s) fails\n", target, fileOpName(op), path.c_str());
        return err;
    });
}

std::unique_ptr<ts::TrainObserver> distributedFaultFromEnvironment(int rank) {
    const char* value = std::getenv(kDistVariable);
    if (!value || !*value) return nullptr;
    const std::string text = value;
    const size_t colon = text.find(':'), at = text.find('@');
    int64_t faultRank = -1, step = -1;
    const std::string what = colon != std::string::npos && at != std::string::npos && at > colon
                                 ? text.substr(colon + 1, at - colon - 1)
                                 : std::string();
    if (!parseInt64(text.substr(0, colon), faultRank) || at == std::string::npos || !parseInt64(text.substr(at + 1), step) ||
        (what != "kill" && what != "stop")) {
        std::fprintf(stderr, "fault injection: ignoring %s=%s (want RANK:kill@STEP or RANK:stop@STEP)\n", kDistVariable, value);
        return nullptr;
    }
    if (faultRank != rank) return nullptr;
    return std::make_unique<SignalAtStep>(what == "kill" ? SIGKILL : SIGSTOP, step);
}

}  // namespace ts::cli
