// Where a training step of the mlp preset (784-512-512-10, AdamW) spends its time, at several batch
// sizes: the step's eight GEMMs timed one by one in the layouts autograd uses (their sum is the
// shape-aware floor), the whole step (forward, cross-entropy, backward, optimizer), and the optimizer
// alone. Random inputs, no data loading. Usage: bench_mlp_step [threads] [batch ...]
#include "core/train/FastAdam.h"
#include "core/train/Models.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

namespace {

constexpr int kWarmup = 20;
constexpr int kRepeats = 200;
constexpr int64_t kEpochSamples = 54000;  // FashionMNIST's training split after the 10% validation hold-out

double medianSeconds(const std::function<void()>& f) {
    for (int i = 0; i < kWarmup; ++i) f();
    std::vector<double> t;
    t.reserve(kRepeats);
    for (int i = 0; i < kRepeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int threads = argc > 1 ? std::atoi(argv[1]) : 1;
    std::vector<int64_t> batches;
    for (int i = 2; i < argc; ++i) batches.push_back(std::atoll(argv[i]));
    if (batches.empty()) batches = {64, 128, 256};
    torch::set_num_threads(threads);
    torch::manual_seed(0);
    const int64_t dims[] = {784, 512, 512, 10};

    std::printf("threads %d; per step in ms; epoch = %lld samples\n", threads, static_cast<long long>(kEpochSamples));
    std::printf("%6s %9s %9s %9s %9s %11s %11s %14s\n", "batch", "GEMMs", "step", "optim", "other", "GEMM/step",
                "epoch est.", "GEMM GFLOP/s");
    for (const int64_t b : batches) {
        // The eight GEMMs of one step (no gradient for the input layer's input).
        double gemm = 0.0, flops = 0.0;
        for (int l = 0; l < 3; ++l) {
            const int64_t in = dims[l], out = dims[l + 1];
            const torch::Tensor x = torch::randn({b, in}), w = torch::randn({out, in}), bias = torch::randn({out});
            const torch::Tensor g = torch::randn({b, out});
            gemm += medianSeconds([&] { torch::addmm(bias, x, w.t()); });     // forward
            gemm += medianSeconds([&] { g.t().mm(x); });                      // weight gradient
            flops += 2.0 * 2.0 * double(b * in * out);
            if (l > 0) {
                gemm += medianSeconds([&] { g.mm(w); });                      // input gradient
                flops += 2.0 * double(b * in * out);
            }
        }
        // The whole step as the trainer runs it.
        torch::nn::Sequential model = ts::makeModel("mlp", ts::InputShape{1, 28, 28, true}, 10);
        ts::FastAdam opt(model->parameters(), torch::optim::AdamWOptions(1e-3), true);
        const torch::Tensor x = torch::rand({b, 1, 28, 28}), y = torch::randint(10, {b}, torch::kInt64);
        const double step = medianSeconds([&] {
            for (auto& p : model->parameters()) p.mutable_grad().reset();  // as the trainer does
            torch::Tensor loss = torch::nn::functional::cross_entropy(model->forward(x), y);
            loss.backward();
            opt.step();
        });
        const double optim = medianSeconds([&] { opt.step(); });
        const double steps = double((kEpochSamples + b - 1) / b);
        std::printf("%6lld %9.3f %9.3f %9.3f %9.3f %10.0f%% %10.2fs %14.1f\n", static_cast<long long>(b),
                    1e3 * gemm, 1e3 * step, 1e3 * optim, 1e3 * (step - gemm - optim), 100.0 * gemm / step,
                    steps * step, flops / gemm / 1e9);
    }
    return 0;
}
