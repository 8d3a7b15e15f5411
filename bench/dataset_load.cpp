// Loads one data set with loadDataset and prints its shape, the load time and the process's peak
// resident memory (getrusage), e.g. to check that a 1,000,000 x 50 CSV needs about one float32 copy.
//   bench_dataset_load PATH [LABEL_COLUMN]
#include "core/data/DatasetLoader.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <string>

namespace {
// A "VmRSS:"-style line of /proc/self/status in bytes (0 when unavailable).
double statusBytes(const char* key) {
    std::ifstream f("/proc/self/status");
    std::string line;
    while (std::getline(f, line))
        if (line.rfind(key, 0) == 0) return std::stod(line.substr(std::string(key).size())) * 1024.0;
    return 0.0;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PATH [LABEL_COLUMN]\n", argv[0]);
        return 2;
    }
    ts::LoadOptions options;
    if (argc > 2) options.labelColumn = argv[2];
    // The process already holds the shared libraries (LibTorch alone is ~150 MB resident): measure growth.
    const double before = statusBytes("VmRSS:");
    const auto t0 = std::chrono::steady_clock::now();
    try {
        ts::DatasetReport report;
        const ts::Dataset ds = ts::loadDataset(argv[1], options, &report);
        const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const int64_t n = ds.train.size() + ds.val.size() + ds.test.size();
        const double values = double(n) * double(ds.train.sampleBytes());
        const double payload = ds.train.isTabular() ? values * sizeof(float) : values;
        rusage ru{};
        getrusage(RUSAGE_SELF, &ru);
        const double peak = double(ru.ru_maxrss) * 1024.0;  // ru_maxrss is in KiB on Linux
        std::printf("%s: %s, %lld samples (%lld/%lld/%lld), %d classes, loaded in %.2f s\n", ds.name.c_str(),
                    ds.format.c_str(), static_cast<long long>(n), static_cast<long long>(ds.train.size()),
                    static_cast<long long>(ds.val.size()), static_cast<long long>(ds.test.size()), ds.classCount(), sec);
        std::printf("data %.1f MB; resident before loading %.1f MB, peak %.1f MB: the load added %.1f MB (%.2f x the data)\n",
                    payload / 1e6, before / 1e6, peak / 1e6, (peak - before) / 1e6, (peak - before) / payload);
        for (const std::string& w : report.warnings) std::printf("warning: %s\n", w.c_str());
    } catch (const std::exception& e) {
        const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::fprintf(stderr, "error after %.2f s: %s\n", sec, e.what());
        return 1;
    }
    return 0;
}
