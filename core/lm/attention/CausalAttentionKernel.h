// Causal multi-head self-attention, forward and backward, on float arrays in the layout a GPT block has them:
// the query/key/value projection's output [B, T, 3C] in, the heads side by side [B, T, C] out. Internal to core,
// torch-free (core/lm/attention/CausalAttention.h puts it under autograd).
//
// Each (sequence, head) pair is one task: its keys and values are transposed into a scratch block that stays in
// L1, each query's row of scores is a run of multiply-adds along the keys it may see (none beyond the diagonal: half
// of what a masked product computes), and the softmax and its backward run on that row. No [B, H, T, T] tensor
// is materialized except the probabilities the backward pass needs. LibTorch 1.13 on OpenBLAS computes the same as
// one small GEMM per pair and head through bmm, plus separate mask, scale and softmax passes.
#pragma once

#include <cstdint>

namespace ts {

struct CausalAttentionShape {
    int64_t batch = 0;     ///< B
    int64_t time = 0;      ///< T, the sequence length
    int64_t heads = 0;     ///< H
    int64_t headSize = 0;  ///< C / H
    float scale = 1.0f;    ///< applied to every score, usually 1 / sqrt(headSize)
};

/// y [B, T, C] = softmax(scale q k^T, causal) v for every head, from qkv [B, T, 3C] (queries, keys, values, each
/// C wide with the heads side by side). `probs` [B, H, T, T] receives the attention weights (the lower triangle;
/// the rest is left as it was), for the backward pass; it may be null when no backward follows.
void causalAttentionForward(const CausalAttentionShape& shape, const float* qkv, float* y, float* probs, int threads);

/// dqkv [B, T, 3C] (every element written) from the gradient dy [B, T, C] of the output, the forward pass's qkv
/// and probs.
void causalAttentionBackward(const CausalAttentionShape& shape, const float* qkv, const float* probs, const float* dy,
                             float* dqkv, int threads);

}  // namespace ts
