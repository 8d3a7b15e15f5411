#include "core/common/MemoryReuse.h"

#include <cstdlib>
#include <cstring>
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ts {

namespace {
constexpr int kLargestHeapBlock = 32 << 20;  // glibc's upper bound for the mmap threshold on 64-bit systems
constexpr int kKeptFreeMemory = 64 << 20;

/// True when the user tuned glibc's allocator through the environment: theirs wins.
bool userTunedAllocator() {
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    return std::getenv("MALLOC_MMAP_THRESHOLD_") || std::getenv("MALLOC_TRIM_THRESHOLD_") ||
           (tunables && std::strstr(tunables, "glibc.malloc."));
}
}  // namespace

void keepFreedMemoryForReuse() {
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        if (userTunedAllocator()) return;
        mallopt(M_MMAP_THRESHOLD, kLargestHeapBlock);
        mallopt(M_TRIM_THRESHOLD, kKeptFreeMemory);
    });
#endif
}

}  // namespace ts
