// Where a training step of the 784-512-512-10 MLP spends its time, at several batch sizes, through autograd and
// through the fused step (core/train/fused/FusedMlp.h): the step's GEMMs timed one by one in the layouts the fused
// step uses (their sum is the shape-aware floor), forward + backward alone, the optimizer alone, and the whole step
// with the optimizer. Random inputs, no data loading.
// Usage: bench_mlp_step [threads] [sgd|adamw] [batch ...]   (sgd: the seed preset's model and optimizer; adamw: mlp's)
#include "core/common/MemoryReuse.h"
#include "core/train/FastAdam.h"
#include "core/train/FastSgd.h"
#include "core/train/Models.h"
#include "core/train/fused/FusedMlp.h"

#include <torch/torch.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int kWarmup = 20;
constexpr int kRepeats = 300;

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

/// The run's optimizer: the one-pass SGD (the seed preset's) or AdamW (mlp's); `libtorch`: LibTorch's own SGD.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(torch::nn::Sequential& net, bool sgd, bool libtorch = false) {
    if (sgd && libtorch) return std::make_unique<torch::optim::SGD>(net->parameters(), torch::optim::SGDOptions(1e-3));
    if (sgd)
        return std::make_unique<ts::FastSgd>(
            std::vector<torch::optim::OptimizerParamGroup>{torch::optim::OptimizerParamGroup(net->parameters())},
            torch::optim::SGDOptions(1e-3));
    return std::make_unique<ts::FastAdam>(net->parameters(), torch::optim::AdamWOptions(2e-3).weight_decay(1e-4), true);
}

/// The 784-512-512-10 MLP's layer widths.
constexpr int64_t kDims[] = {784, 512, 512, 10};
constexpr int kLayers = 3;

/// The three GEMMs of layer `l` at batch `b` (forward with bias, weight gradient, input gradient; the first layer has
/// no input gradient), timed on the current thread count: seconds each.
std::array<double, 3> layerGemms(int l, int64_t b) {
    const int64_t in = kDims[l], out = kDims[l + 1];
    const torch::Tensor x = torch::randn({b, in}), w = torch::randn({out, in}), bias = torch::randn({out});
    const torch::Tensor g = torch::randn({b, out});
    torch::Tensor z = torch::empty({b, out}), gw = torch::empty({out, in}), gi = torch::empty({b, in});
    return {medianSeconds([&] { at::addmm_out(z, bias, x, w.t()); }), medianSeconds([&] { at::mm_out(gw, g.t(), x); }),
            l > 0 ? medianSeconds([&] { at::mm_out(gi, g, w); }) : 0.0};
}

/// One table row: the step at batch `b` through autograd and through the fused step, and the optimizer alone.
void measureBatch(int64_t b, bool sgd) {
    const char* preset = sgd ? "seed" : "mlp";
    double gemm = 0.0;  // the step's GEMMs in the fused step's layouts
    for (int l = 0; l < kLayers; ++l)
        for (const double t : layerGemms(l, b)) gemm += t;
    const torch::Tensor x = torch::rand({b, 1, 28, 28}), y = torch::randint(10, {b}, torch::kInt64);

    torch::nn::Sequential autogradNet = ts::makeModel(preset, ts::InputShape{1, 28, 28, true}, 10);
    auto autogradOpt = makeOptimizer(autogradNet, sgd);
    auto autogradPass = [&] {
        for (auto& p : autogradNet->parameters()) p.mutable_grad().reset();  // as the trainer does
        torch::nn::functional::cross_entropy(autogradNet->forward(x), y).backward();
    };
    const double autogradPassTime = medianSeconds(autogradPass);
    const double autogradStep = medianSeconds([&] {
        autogradPass();
        autogradOpt->step();
    });

    torch::nn::Sequential fusedNet = ts::makeModel(preset, ts::InputShape{1, 28, 28, true}, 10);
    auto fusedOpt = makeOptimizer(fusedNet, sgd);
    std::unique_ptr<ts::FusedMlp> fused = ts::FusedMlp::create(fusedNet, torch::kCPU);
    int64_t correct = 0;
    auto fusedPass = [&] {
        for (auto& p : fusedNet->parameters()) p.mutable_grad().reset();
        fused->lossAndGradients(x, y, correct, nullptr);
    };
    const double fusedPassTime = medianSeconds(fusedPass);
    const double fusedStep = medianSeconds([&] {
        fusedPass();
        fusedOpt->step();
    });
    const double optim = medianSeconds([&] { fusedOpt->step(); });
    auto libtorchSgd = makeOptimizer(fusedNet, sgd, true);
    const double libtorchOptim = medianSeconds([&] { libtorchSgd->step(); });
    // The weights updated block by block during the backward pass (the run's default for SGD).
    double inPlace = 0.0;
    if (auto* partial = dynamic_cast<ts::PartialUpdate*>(fusedOpt.get())) {
        fused->setPartialUpdate(partial);
        inPlace = medianSeconds([&] {
            for (auto& p : fusedNet->parameters()) p.mutable_grad().reset();
            partial->beginPartialStep();
            fused->lossAndGradients(x, y, correct, nullptr);
            fusedOpt->step();
        });
        fused->setPartialUpdate(nullptr);
    }
    std::printf("%6lld %8.3f | %9s %9.3f %9.3f | %9s %9.3f %9.3f %9.3f | %9.3f %9.3f %8.0f%%\n",
                static_cast<long long>(b), 1e3 * gemm, "", 1e3 * autogradPassTime, 1e3 * autogradStep, "",
                1e3 * fusedPassTime, 1e3 * fusedStep, 1e3 * inPlace, 1e3 * optim, 1e3 * libtorchOptim,
                100.0 * gemm / std::min(fusedStep, inPlace > 0.0 ? inPlace : fusedStep));
}

/// Threads per GEMM shape: each GEMM of a batch-`b` step on 1 thread and on `threads`.
void threadsPerGemm(int64_t b, int threads) {
    std::printf("\nGEMMs of a batch-%lld step, us on 1 / %d threads (forward, weight gradient, input gradient):\n",
                static_cast<long long>(b), threads);
    for (int l = 0; l < kLayers; ++l) {
        torch::set_num_threads(1);
        const std::array<double, 3> one = layerGemms(l, b);
        torch::set_num_threads(threads);
        const std::array<double, 3> many = layerGemms(l, b);
        std::printf("  %4lld x %4lld: %7.1f / %7.1f   %7.1f / %7.1f   %7.1f / %7.1f\n",
                    static_cast<long long>(kDims[l]), static_cast<long long>(kDims[l + 1]), 1e6 * one[0], 1e6 * many[0],
                    1e6 * one[1], 1e6 * many[1], 1e6 * one[2], 1e6 * many[2]);
    }
}

}  // namespace

int main(int argc, char** argv) {
    ts::keepFreedMemoryForReuse();  // as trainscope and trainscope-cli do: the step measured is theirs
    const int threads = argc > 1 ? std::atoi(argv[1]) : 1;
    const bool sgd = !(argc > 2 && std::strcmp(argv[2], "adamw") == 0);
    std::vector<int64_t> batches;
    for (int i = 3; i < argc; ++i) batches.push_back(std::atoll(argv[i]));
    if (batches.empty()) batches = {64, 128, 256};
    torch::set_num_threads(threads);
    torch::manual_seed(0);
    std::printf("threads %d, %s preset's model and optimizer (%s); per step in ms\n", threads, sgd ? "seed" : "mlp",
                sgd ? "SGD" : "AdamW");
    std::printf("%6s %8s | %9s %9s %9s | %9s %9s %9s %9s | %9s %9s %9s\n", "batch", "GEMMs", "autograd", "fwd+bwd",
                "step", "fused", "fwd+bwd", "step", "in place", "optim", "LT SGD", "GEMM/step");
    for (const int64_t b : batches) measureBatch(b, sgd);
    if (threads > 1) threadsPerGemm(batches.front(), threads);
    return 0;
}
