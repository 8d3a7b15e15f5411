// The optimizers a run can use, the learning-rate schedule (warm-up, then constant, step or cosine) and the
// per-step chores on an optimizer. Shared by the training loop and the learning-rate range test.
// Internal to core: includes torch.
#pragma once

#include "core/train/TrainConfig.h"
#include "core/train/TrainingTask.h"

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace ts {

/// The optimizer `c` names over `groups`, weight decay on the groups that take it. On the CPU, Adam and AdamW
/// are the one-pass FastAdam, and SGD the one-pass FastSgd (both also read the gradients' norm: GradientReadout). Throws std::invalid_argument for an unknown optimizer.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainConfig& c, const std::vector<ParameterGroup>& groups,
                                                       const torch::Device& device);

/// Learning rate for a 0-based global step of a run with `totalSteps` steps: a linear warm-up (nanoGPT's
/// lr * (step + 1) / (warmup + 1)), then the schedule; cosine decays from lr to minLr at the last step.
double scheduledLr(const TrainConfig& c, int64_t step, int64_t totalSteps, int round);

/// Drops the gradients instead of zeroing them (PyTorch's set_to_none).
void clearGradients(torch::optim::Optimizer& opt);

/// Sets the learning rate of every parameter group.
void setLr(torch::optim::Optimizer& opt, double lr);

}  // namespace ts
