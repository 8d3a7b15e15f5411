#include "core/lm/attention/CausalAttentionKernel.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

namespace ts {

namespace {

/// Where one (sequence, head) pair's rows live: row t of its queries, keys and values, and of its output.
struct HeadView {
    const float* q;  ///< query of position 0; position t at q + t * stride
    const float* k;
    const float* v;
    int64_t stride;  ///< 3C, the qkv row
};

HeadView headView(const CausalAttentionShape& s, const float* qkv, int64_t b, int64_t h) {
    const int64_t c = s.heads * s.headSize, stride = 3 * c;
    const float* base = qkv + b * s.time * stride + h * s.headSize;
    return {base, base + c, base + 2 * c, stride};
}

/// One pass over the heads: what it reads and writes (the other pass's pointers stay null).
struct AttentionPass {
    const float* qkv = nullptr;       ///< [B, T, 3C], both passes
    float* y = nullptr;               ///< forward: [B, T, C]
    float* probsOut = nullptr;        ///< forward: [B, H, T, T], or null
    const float* probsIn = nullptr;   ///< backward: the forward pass's probabilities
    const float* dy = nullptr;        ///< backward: [B, T, C]
    float* dqkv = nullptr;            ///< backward: [B, T, 3C]
    bool backward = false;
};

/// Per-thread scratch of one head (T padded to whole vectors of 16: tp): keys or values transposed [hs, tp]; a row of
/// scores and one of probabilities [tp]; an output row [hs] (scalar path); the keys gathered [T, hs] (backward); two
/// blocks of max(T x T, T x hs): the values gathered (forward), the probabilities and the scores' gradients by key
/// (backward), or dK and dV (scalar path); the scores, or their gradients, [T, tp].
struct Scratch {
    std::vector<float> transposed, row, probs, out, keys, blockA, blockB, grid;
    Scratch(int64_t t, int64_t hs)
        : transposed(size_t(hs * padded(t))), row(size_t(padded(t))), probs(size_t(padded(t))), out(size_t(hs)),
          keys(size_t(t * hs)), blockA(size_t(t * std::max(t, hs))), blockB(size_t(t * std::max(t, hs))),
          grid(size_t(t * padded(t))) {}
    static int64_t padded(int64_t t) { return (t + 15) / 16 * 16; }
};

// The kernels, once per instruction set (see CausalAttentionHeads.inc).
#pragma GCC push_options
#pragma GCC target("avx512f,fma")
namespace avx512 {
#include "core/lm/attention/CausalAttentionHeads.inc"
}  // namespace avx512
#pragma GCC pop_options

#pragma GCC push_options
#pragma GCC target("avx2,fma")
namespace avx2 {
#include "core/lm/attention/CausalAttentionHeads.inc"
}  // namespace avx2
#pragma GCC pop_options

namespace baseline {
#include "core/lm/attention/CausalAttentionHeads.inc"
}  // namespace baseline

using RangeKernel = void (*)(const CausalAttentionShape&, const AttentionPass&, int64_t, int64_t);

/// The widest instruction set this processor has, chosen once (as ATen picks its kernels).
RangeKernel rangeKernel() {
    static const RangeKernel kernel = [] {
        __builtin_cpu_init();
        if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma")) return &avx512::heads;
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return &avx2::heads;
        return &baseline::heads;
    }();
    return kernel;
}

/// Runs `pass` over all B x H pairs, split into equal contiguous parts on up to `threads` threads.
void allHeads(const CausalAttentionShape& s, const AttentionPass& pass, int threads) {
    const RangeKernel kernel = rangeKernel();
    const int64_t pairs = s.batch * s.heads;
    const int64_t parts = std::max<int64_t>(1, std::min<int64_t>(threads, pairs));
    if (parts == 1) {
        kernel(s, pass, 0, pairs);
        return;
    }
#pragma omp parallel for num_threads(int(parts)) schedule(static)
    for (int64_t part = 0; part < parts; ++part) kernel(s, pass, pairs * part / parts, pairs * (part + 1) / parts);
}

}  // namespace

void causalAttentionForward(const CausalAttentionShape& shape, const float* qkv, float* y, float* probs, int threads) {
    AttentionPass pass;
    pass.qkv = qkv;
    pass.y = y;
    pass.probsOut = probs;
    allHeads(shape, pass, threads);
}

void causalAttentionBackward(const CausalAttentionShape& shape, const float* qkv, const float* probs, const float* dy,
                             float* dqkv, int threads) {
    AttentionPass pass;
    pass.qkv = qkv;
    pass.probsIn = probs;
    pass.dy = dy;
    pass.dqkv = dqkv;
    pass.backward = true;
    allHeads(shape, pass, threads);
}

}  // namespace ts
