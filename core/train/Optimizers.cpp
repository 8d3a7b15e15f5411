// The optimizers a run can use, the learning-rate schedule and the per-step chores on an optimizer
// (core/train/Optimizers.h).
#include "core/train/Optimizers.h"

#include "core/train/FastAdam.h"
#include "core/train/FastSgd.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace ts {

namespace {

constexpr double kSchedulePi = 3.14159265358979323846;

/// Optimizer parameter groups with the configured weight decay on the groups that take it.
template <typename Options>
std::vector<torch::optim::OptimizerParamGroup> groupsWith(const std::vector<ParameterGroup>& groups, const Options& base,
                                                          double weightDecay) {
    std::vector<torch::optim::OptimizerParamGroup> out;
    for (const ParameterGroup& g : groups) {
        if (g.parameters.empty()) continue;
        auto options = std::make_unique<Options>(base);
        options->weight_decay(g.decay ? weightDecay : 0.0);
        out.emplace_back(g.parameters, std::move(options));
    }
    return out;
}

}  // namespace

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainConfig& c, const std::vector<ParameterGroup>& groups,
                                                       const torch::Device& device) {
    const auto adamW = torch::optim::AdamWOptions(c.lr).betas({c.beta1, c.beta2}).weight_decay(c.weightDecay);
    // On the CPU, Adam and AdamW use the one-pass implementation (same state layout, same arithmetic).
    if (device.is_cpu() && (c.optimizer == "adam" || c.optimizer == "adamw"))
        return std::make_unique<FastAdam>(groupsWith(groups, adamW, c.weightDecay), adamW, c.optimizer == "adamw");
    if (c.optimizer == "sgd") {
        const auto sgd = torch::optim::SGDOptions(c.lr).momentum(c.momentum).weight_decay(c.weightDecay);
        // On the CPU in one pass (the same weights, bit for bit), which also reads the gradients' norm.
        if (device.is_cpu()) return std::make_unique<FastSgd>(groupsWith(groups, sgd, c.weightDecay), sgd);
        return std::make_unique<torch::optim::SGD>(groupsWith(groups, sgd, c.weightDecay), sgd);
    }
    if (c.optimizer == "adam") {
        const auto adam = torch::optim::AdamOptions(c.lr).betas({c.beta1, c.beta2}).weight_decay(c.weightDecay);
        return std::make_unique<torch::optim::Adam>(groupsWith(groups, adam, c.weightDecay), adam);
    }
    if (c.optimizer == "adamw")
        return std::make_unique<torch::optim::AdamW>(groupsWith(groups, adamW, c.weightDecay), adamW);
    throw std::invalid_argument("unknown optimizer '" + c.optimizer + "'");
}

/// Learning rate for a 0-based global step of a run with `totalSteps` steps: a linear warm-up (nanoGPT's
/// lr * (step + 1) / (warmup + 1)), then the schedule; cosine decays from lr to minLr at the last step.
double scheduledLr(const TrainConfig& c, int64_t step, int64_t totalSteps, int round) {
    if (step < c.warmupSteps) return c.lr * double(step + 1) / double(c.warmupSteps + 1);
    if (c.schedule == "cosine" && totalSteps > 0) {
        if (c.warmupSteps == 0 && c.minLr == 0.0) return c.lr * 0.5 * (1.0 + std::cos(kSchedulePi * double(step) / double(totalSteps)));
        const double span = double(std::max<int64_t>(totalSteps - c.warmupSteps, 1));
        const double ratio = std::clamp(double(step - c.warmupSteps) / span, 0.0, 1.0);
        return c.minLr + 0.5 * (1.0 + std::cos(kSchedulePi * ratio)) * (c.lr - c.minLr);
    }
    if (c.schedule == "step") return c.lr * std::pow(c.stepGamma, (round - 1) / c.stepEpochs);
    return c.lr;
}

/// Drops the gradients instead of zeroing them (PyTorch's set_to_none): backward() then hands each
/// parameter its freshly computed gradient, where zeroing would cost a write pass and accumulating into
/// the zeros a read-modify-write pass over every parameter, each step.
void clearGradients(torch::optim::Optimizer& opt) {
    for (auto& group : opt.param_groups())
        for (auto& p : group.params()) p.mutable_grad().reset();
}

void setLr(torch::optim::Optimizer& opt, double lr) {
    for (auto& group : opt.param_groups()) group.options().set_lr(lr);
}

}  // namespace ts
