// A linear layer without bias, y = x W^T, on the CPU as one autograd node over core/kernels/MatrixProductKernel.h:
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

/// A GPT block's MLP, gelu(x W1^T) W2^T, as one node whose GELU runs inside the first product and whose GELU
/// derivative runs inside the product that reaches it in the backward pass. `hidden` is gelu(x W1^T), for training
/// health (no gradient flows through it).
struct GeluMlpOutput {
    torch::Tensor out;
    torch::Tensor hidden;
};

/// Where ownLinearSupported(x, w1) and neither layer has a bias; else LibTorch's layers and GELU.
GeluMlpOutput geluMlp(torch::nn::Linear& in, torch::nn::Linear& out, const torch::Tensor& x);

}  // namespace ts
