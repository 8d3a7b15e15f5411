// Single-precision GEMM rate achieved through LibTorch on this machine: the hardware floor that
// bench/run_benchmarks.sh compares an epoch against. Usage: bench_gemm [threads] [size]
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
    const int threads = argc > 1 ? std::atoi(argv[1]) : 1;
    const int64_t n = argc > 2 ? std::atoll(argv[2]) : 1024;
    constexpr int kWarmup = 3;
    constexpr int kRepeats = 15;
    torch::set_num_threads(threads);
    torch::manual_seed(0);
    const torch::Tensor a = torch::randn({n, n}), b = torch::randn({n, n});
    torch::Tensor c = torch::empty({n, n});
    for (int i = 0; i < kWarmup; ++i) torch::mm_out(c, a, b);
    std::vector<double> rates;
    for (int i = 0; i < kRepeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        torch::mm_out(c, a, b);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        rates.push_back(2.0 * double(n) * double(n) * double(n) / s / 1e9);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("gemm %lldx%lld, %d thread(s): median %.1f GFLOP/s, best %.1f GFLOP/s\n", static_cast<long long>(n),
                static_cast<long long>(n), threads, rates[rates.size() / 2], rates.back());
    return 0;
}
