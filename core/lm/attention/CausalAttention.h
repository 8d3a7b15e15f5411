// A GPT block's causal self-attention on the CPU as one autograd node over core/lm/attention/CausalAttentionKernel.h:
// from the query/key/value projection [B, T, 3C] straight to the heads side by side [B, T, C], with no split,
// transpose, mask or softmax tensors in between. Internal to core: includes torch.
#pragma once

#include <torch/torch.h>

namespace ts {

/// True when causalSelfAttention() computes for `qkv`: a float32 CPU tensor [B, T, 3C].
bool causalSelfAttentionSupported(const torch::Tensor& qkv);

/// softmax(q k^T / sqrt(C / heads), causal) v for each of `heads` heads, from qkv [B, T, 3C] (queries, keys, values,
/// each C wide with the heads side by side) to [B, T, C]. Differentiable with respect to qkv; no dropout.
torch::Tensor causalSelfAttention(const torch::Tensor& qkv, int64_t heads);

}  // namespace ts
