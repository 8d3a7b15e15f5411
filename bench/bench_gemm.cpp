// Single-precision GEMM rate achieved through LibTorch on this machine: the hardware floor that
// bench/run_benchmarks.sh compares an epoch against. With --own, a second line: the rate of TrainScope's own
// matrix-product kernel (core/kernels) on the same matrices, where this processor has AVX-512.
// Usage: bench_gemm [threads] [size] [--own]
#include "core/kernels/MatrixProductKernel.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

namespace {

/// Median and best GFLOP/s of `product` on n x n matrices.
std::pair<double, double> rate(int64_t n, const std::function<void()>& product) {
    constexpr int kWarmup = 3;
    constexpr int kRepeats = 15;
    for (int i = 0; i < kWarmup; ++i) product();
    std::vector<double> rates;
    for (int i = 0; i < kRepeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        product();
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        rates.push_back(2.0 * double(n) * double(n) * double(n) / s / 1e9);
    }
    std::sort(rates.begin(), rates.end());
    return {rates[rates.size() / 2], rates.back()};
}

}  // namespace

int main(int argc, char** argv) {
    const int threads = argc > 1 ? std::atoi(argv[1]) : 1;
    const int64_t n = argc > 2 ? std::atoll(argv[2]) : 1024;
    const bool own = argc > 3 && std::strcmp(argv[3], "--own") == 0;
    torch::set_num_threads(threads);
    torch::manual_seed(0);
    const torch::Tensor a = torch::randn({n, n}), b = torch::randn({n, n});
    torch::Tensor c = torch::empty({n, n});
    const auto [median, best] = rate(n, [&] { torch::mm_out(c, a, b); });
    std::printf("gemm %lldx%lld, %d thread(s): median %.1f GFLOP/s, best %.1f GFLOP/s\n", static_cast<long long>(n),
                static_cast<long long>(n), threads, median, best);
    if (own && ts::matrixProductKernelAvailable()) {
        const ts::MatrixView left{a.data_ptr<float>(), n, 1}, right{b.data_ptr<float>(), n, 1};
        const auto [ownMedian, ownBest] =
            rate(n, [&] { ts::matrixProduct(n, n, n, left, right, c.data_ptr<float>(), n, threads); });
        std::printf("gemm-own %lldx%lld, %d thread(s): median %.1f GFLOP/s, best %.1f GFLOP/s\n",
                    static_cast<long long>(n), static_cast<long long>(n), threads, ownMedian, ownBest);
    }
    return 0;
}
