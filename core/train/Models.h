// Model presets. Internal to core: includes torch.
#pragma once

#include "core/train/ModelInfo.h"

#include <torch/torch.h>

#include <string>

namespace ts {


/// Builds the network of a preset for the given input shape and class count.
/// Throws std::invalid_argument when the preset does not fit the data.
torch::nn::Sequential makeModel(const std::string& preset, const InputShape& in, int64_t classes);

/// Float pixels for a model: `pixels` (uint8) * scale + shift. Unstandardized inputs (scale 1/kPixelMax, shift 0) are
/// divided by kPixelMax instead, as torchvision's ToTensor does (a multiplication by the rounded reciprocal differs
/// in the last bit for half the pixel values, and the seed preset reproduces the tutorial's numbers only with these).
torch::Tensor scalePixels(const torch::Tensor& pixels, double scale, double shift);

/// scalePixels() of the samples `idx` (int64) of `pixels` (uint8 [N, ...]): on the CPU one pass gathers, converts and
/// scales them (the same numbers as index_select, then scalePixels).
torch::Tensor gatherPixels(const torch::Tensor& pixels, const torch::Tensor& idx, double scale, double shift);

/// Number of trainable parameters.
int64_t parameterCount(const torch::nn::Module& m);

}  // namespace ts
