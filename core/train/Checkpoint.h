// Checkpoint files of a training run: writing, copying and reading them. Internal to core: includes torch.
#pragma once

#include "core/common/Types.h"
#include "core/train/Trainer.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace ts {

/// What a loaded checkpoint says besides the weights and optimizer state: the position and the metric history.
struct Checkpoint {
    CheckpointInfo info;
    std::vector<EpochMetrics> history;
};

/// Writes the model, optimizer, position, CPU RNG state, metric history and input contract (`modelInfo`,
/// JSON) to `path`: to a temporary file first, then renamed over it.
void saveCheckpoint(const std::string& path, const CheckpointInfo& info, torch::nn::Module& model,
                    torch::optim::Optimizer& opt, const std::vector<EpochMetrics>& history,
                    const std::string& modelInfo);

/// Copies the checkpoint at `from` to `to` atomically (checkpoint-last.pt to checkpoint-best.pt).
void copyCheckpoint(const std::string& from, const std::string& to);

/// Loads the weights into `model` and the state into `opt`, restores the CPU RNG state, and returns the
/// position and history. Throws std::runtime_error with advice when the file is unreadable.
Checkpoint loadCheckpoint(const std::string& path, torch::nn::Module& model, torch::optim::Optimizer& opt,
                          const torch::Device& device);

/// The "model_info" text a checkpoint stores (its model's contract, JSON); "" when it has none. Throws
/// std::runtime_error when the file is unreadable.
std::string readCheckpointModelInfo(const std::string& path);

}  // namespace ts
