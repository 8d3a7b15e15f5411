// A gpt-tiny training step as nanoGPT's train.py takes it on the CPU (batch 12 of random 64-token windows,
// forward, cross-entropy, backward, gradient clipping at 1.0, AdamW with weight decay on matrices only), timed
// per thread count and per variant (attention kernel, linear layers' products, optimizer), median of the measured
// steps after a warm-up; then 500 tokens generated with and without the key/value cache.
// Usage: bench_gpt_step TEXT_FILE [threads ...] [--steps N] [--warmup N] [--variants all|best]
//                       [--what both|steps|generate]
// Prints one "step ..." line per measurement and one "generate ..." line per generation mode.
#include "core/common/MemoryReuse.h"
#include "core/lm/Generate.h"
#include "core/lm/Gpt.h"
#include "core/train/FastAdam.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int64_t kBatch = 12;
constexpr double kLearningRate = 1e-3;
constexpr double kBeta2 = 0.99;
constexpr double kWeightDecay = 0.1;
constexpr double kClipNorm = 1.0;
constexpr int64_t kGenerateTokens = 500;
constexpr int kGenerateRepeats = 3;
constexpr uint64_t kDataSeed = 1337;

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

/// CPU seconds used by this process: on one thread, less disturbed than wall time by other jobs on the machine.
double processCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

/// The corpus as character ids (sorted distinct bytes, as nanoGPT's prepare.py does for this ASCII text).
std::vector<int64_t> loadCharacters(const std::string& path, int64_t& vocab) {
    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::map<unsigned char, int64_t> ids;
    for (const unsigned char c : text) ids.emplace(c, 0);
    int64_t next = 0;
    for (auto& [c, id] : ids) id = next++;
    std::vector<int64_t> out;
    out.reserve(text.size());
    for (const unsigned char c : text) out.push_back(ids[c]);
    vocab = next;
    return out;
}

struct Variant {
    const char* name;
    ts::AttentionKernel attention;
    bool fastAdam;
    ts::MatrixKernel products = ts::MatrixKernel::Own;
};

struct StepTimes {
    double total = 0.0, forward = 0.0, backward = 0.0, clip = 0.0, optimizer = 0.0, cpu = 0.0;
};

/// Median step time of one variant at the current thread count.
StepTimes timeSteps(const Variant& variant, const std::vector<int64_t>& data, int64_t vocab, int warmup, int steps) {
    torch::manual_seed(0);
    const ts::GptConfig config = ts::GptConfig::tiny(vocab);
    ts::Gpt model(config);
    model->setAttentionKernel(variant.attention);
    model->setMatrixKernel(variant.products);
    const auto options = torch::optim::AdamWOptions(kLearningRate).betas({0.9, kBeta2}).weight_decay(kWeightDecay);
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    if (variant.fastAdam) optimizer = std::make_unique<ts::FastAdam>(model->optimizerGroups(options), options, true);
    else optimizer = std::make_unique<torch::optim::AdamW>(model->optimizerGroups(options), options);
    const auto params = model->parameters();
    std::mt19937_64 rng(kDataSeed);
    std::uniform_int_distribution<int64_t> start(0, int64_t(data.size()) - config.contextLength - 1);
    const int64_t t = config.contextLength;
    std::vector<double> total, fwd, bwd, clip, opt, cpu;
    for (int step = 0; step < warmup + steps; ++step) {
        torch::Tensor x = torch::empty({kBatch, t}, torch::kLong), y = torch::empty({kBatch, t}, torch::kLong);
        for (int64_t b = 0; b < kBatch; ++b) {
            const int64_t s = start(rng);
            std::copy_n(data.begin() + s, t, x.data_ptr<int64_t>() + b * t);
            std::copy_n(data.begin() + s + 1, t, y.data_ptr<int64_t>() + b * t);
        }
        const auto t0 = Clock::now();
        const double cpu0 = processCpuSeconds();
        for (auto& p : params) p.mutable_grad() = torch::Tensor();  // set_to_none, as nanoGPT
        const torch::Tensor loss = ts::languageModelLoss(model->forward(x), y);
        const auto t1 = Clock::now();
        loss.backward();
        const auto t2 = Clock::now();
        torch::nn::utils::clip_grad_norm_(params, kClipNorm);
        const auto t3 = Clock::now();
        optimizer->step();
        const auto t4 = Clock::now();
        const double cpu1 = processCpuSeconds();
        if (step < warmup) continue;
        cpu.push_back(cpu1 - cpu0);
        auto seconds = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); };
        fwd.push_back(seconds(t0, t1));
        bwd.push_back(seconds(t1, t2));
        clip.push_back(seconds(t2, t3));
        opt.push_back(seconds(t3, t4));
        total.push_back(seconds(t0, t4));
    }
    return {median(total), median(fwd), median(bwd), median(clip), median(opt), median(cpu)};
}

/// Median seconds to generate kGenerateTokens tokens from a one-token prompt.
double timeGeneration(int64_t vocab, bool useCache) {
    torch::manual_seed(0);
    ts::Gpt model(ts::GptConfig::tiny(vocab));
    ts::GenerationOptions options;
    options.maxTokens = kGenerateTokens;
    options.topK = 10;
    options.useCache = useCache;
    std::vector<double> times;
    for (int i = 0; i < kGenerateRepeats; ++i) {
        const auto t0 = Clock::now();
        ts::generate(model, {0}, options);
        times.push_back(secondsSince(t0));
    }
    return median(times);
}

}  // namespace

int main(int argc, char** argv) {
    ts::keepFreedMemoryForReuse();  // as trainscope and trainscope-cli do: the step measured is theirs
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gpt_step TEXT_FILE [threads ...] [--steps N] [--warmup N] [--variants all|best] "
                             "[--what both|steps|generate]\n");
        return 2;
    }
    std::vector<int> threads;
    int steps = 50, warmup = 10;
    bool allVariants = true;
    std::string what = "both";
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--steps" && i + 1 < argc) steps = std::atoi(argv[++i]);
        else if (a == "--warmup" && i + 1 < argc) warmup = std::atoi(argv[++i]);
        else if (a == "--variants" && i + 1 < argc) allVariants = std::string(argv[++i]) == "all";
        else if (a == "--what" && i + 1 < argc) what = argv[++i];
        else threads.push_back(std::atoi(a.c_str()));
    }
    if (threads.empty()) threads = {1, 2};
    int64_t vocab = 0;
    const std::vector<int64_t> data = loadCharacters(argv[1], vocab);
    const ts::GptConfig config = ts::GptConfig::tiny(vocab);
    const ts::Gpt probe(config);
    const double flopsPerStep =
        ts::trainingFlopsPerToken(config, probe->parameterCount(false)) * double(kBatch * config.contextLength);
    std::printf("gpt-tiny: vocab %lld, %lld parameters, %.3f GFLOP per step (nanoGPT's estimate)\n",
                static_cast<long long>(vocab), static_cast<long long>(probe->parameterCount()), flopsPerStep / 1e9);
    std::vector<Variant> variants{{"ts-attention+ts-products+fast-adamw", ts::AttentionKernel::Fused, true}};
    if (allVariants) {
        variants.push_back({"ts-attention+blas-products+fast-adamw", ts::AttentionKernel::Fused, true,
                            ts::MatrixKernel::Torch});
        variants.push_back({"sdpa-attention+ts-products+fast-adamw", ts::AttentionKernel::Sdpa, true});
        variants.push_back({"manual-attention+ts-products+fast-adamw", ts::AttentionKernel::Manual, true});
        variants.push_back({"ts-attention+ts-products+torch-adamw", ts::AttentionKernel::Fused, false});
    }
    for (const int n : what == "generate" ? std::vector<int>{} : threads) {
        torch::set_num_threads(n);
        for (const auto& v : variants) {
            const StepTimes s = timeSteps(v, data, vocab, warmup, steps);
            std::printf("step threads=%d variant=%s ms=%.2f cpu_ms=%.2f forward=%.2f backward=%.2f clip=%.2f "
                        "optimizer=%.2f gflops=%.2f\n", n, v.name, s.total * 1e3, s.cpu * 1e3, s.forward * 1e3,
                        s.backward * 1e3, s.clip * 1e3, s.optimizer * 1e3, flopsPerStep / s.total / 1e9);
            std::fflush(stdout);
        }
    }
    if (what == "steps") return 0;
    torch::set_num_threads(1);
    for (const bool cache : {true, false})
        std::printf("generate threads=1 tokens=%lld cache=%s ms=%.1f\n", static_cast<long long>(kGenerateTokens),
                    cache ? "yes" : "no", timeGeneration(vocab, cache) * 1e3);
    return 0;
}
