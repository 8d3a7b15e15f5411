// Model presets. Internal to core: includes torch.
#pragma once

#include <torch/torch.h>

#include <string>

namespace ts {

/// Shape of one input sample.
struct InputShape {
    int64_t channels = 1;
    int64_t height = 28;
    int64_t width = 28;
    bool image = true;  ///< false for tabular features (no spatial layout)
    int64_t features() const { return channels * height * width; }
};

/// Builds the network of a preset for the given input shape and class count.
/// Throws std::invalid_argument when the preset does not fit the data.
torch::nn::Sequential makeModel(const std::string& preset, const InputShape& in, int64_t classes);

/// Number of trainable parameters.
int64_t parameterCount(const torch::nn::Module& m);

}  // namespace ts
