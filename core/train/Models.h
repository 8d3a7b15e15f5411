// Model presets. Internal to core: includes torch.
#pragma once

#include "core/train/ModelInfo.h"

#include <torch/torch.h>

#include <string>

namespace ts {


/// Builds the network of a preset for the given input shape and class count.
/// Throws std::invalid_argument when the preset does not fit the data.
torch::nn::Sequential makeModel(const std::string& preset, const InputShape& in, int64_t classes);

/// Number of trainable parameters.
int64_t parameterCount(const torch::nn::Module& m);

}  // namespace ts
