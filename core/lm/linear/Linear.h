// A linear layer without bias, y = x W^T, on the CPU as one autograd node over core/lm/linear/MatrixProductKernel.h:
// its forward and both gradients are that kernel's products. Internal to core: includes torch.
#pragma once

#include <torch/torch.h>

namespace ts {

/// True when linearWithoutBias() uses the kernel for x [..., K] and weight [N, K]: float32 CPU tensors, a processor
/// with AVX-512, and at least a few blocks of rows (fewer, as when generating one token, go to LibTorch).
bool ownLinearSupported(const torch::Tensor& x, const torch::Tensor& weight);

/// x [..., K] times weight [N, K] transposed: [..., N]. Differentiable with respect to both. LibTorch's
/// torch::linear where ownLinearSupported() is false.
torch::Tensor linearWithoutBias(const torch::Tensor& x, const torch::Tensor& weight);

/// The layer's own forward where it has no bias and the kernel applies, else the module's.
torch::Tensor applyLinear(torch::nn::Linear& layer, const torch::Tensor& x);

}  // namespace ts
