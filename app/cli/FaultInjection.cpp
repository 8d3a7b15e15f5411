#include "app/cli/FaultInjection.h"

#include "core/common/FileOps.h"
#include "core/common/Numbers.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace ts::cli {
namespace {

constexpr const char* kVariable = "TRAINSCOPE_FAIL_FILE_OP";

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

}  // namespace ts::cli
