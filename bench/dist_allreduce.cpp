// The gradient all-reduce alone, with no training around it: what one step's averaging of N floats costs between
// the processes of a data-parallel run on this machine (Gloo over the loopback). Started by
// bench/data_parallel.py as `--nproc`-style workers (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT in the
// environment); rank 0 prints the median milliseconds.
//   bench_dist_allreduce FLOATS [REPEATS]
#include "core/dist/Collective.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FLOATS [REPEATS]\n", argv[0]);
        return 2;
    }
    const int64_t floats = std::atoll(argv[1]);
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 200;
    constexpr int kWarmup = 10;
    torch::set_num_threads(1);
    const ts::DistEnv env = ts::distEnvFromEnvironment();
    const auto group = ts::joinProcessGroup(env, 60.0, false);
    std::vector<torch::Tensor> grads{torch::randn({floats})};
    std::vector<double> ms;
    for (int i = 0; i < kWarmup + repeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        group->allReduceMean(grads);
        const double elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        if (i >= kWarmup) ms.push_back(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    if (env.rank == 0) std::printf("%.4f\n", ms[ms.size() / 2]);
    return 0;
}
