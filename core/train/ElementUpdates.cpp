// The one-pass optimizers' element loops (core/train/ElementUpdates.h).
#include "core/train/ElementUpdates.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts {

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();
// Elements per block: the update runs over a block, then the block's gradients are summed while still in L1.
constexpr int64_t kBlock = 2048;
constexpr int kLanes = 16;  // independent partial sums: the sum vectorizes without reassociating a single chain

/// NaN/Inf bits of x[0, n): an OR reduction, which vectorizes, unlike a floating-point sum.
unsigned nonFiniteBits(const float* x, int64_t n) {
    unsigned seen = 0;
    for (int64_t i = 0; i < n; ++i) seen |= unsigned(x[i] != x[i]) | (unsigned(std::fabs(x[i]) == kInf) << 1);
    return seen;
}

/// The sum of the squares of x[0, n) (n <= kBlock, so a float lane adds at most kBlock / kLanes terms).
double sumOfSquares(const float* x, int64_t n) {
    float lane[kLanes] = {};
    int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (int j = 0; j < kLanes; ++j) lane[j] += x[i + j] * x[i + j];
    double sum = 0.0;
    for (int j = 0; j < kLanes; ++j) sum += double(lane[j]);
    for (; i < n; ++i) sum += double(x[i]) * double(x[i]);
    return sum;
}

/// Completes a tally from the sum of squares of x[0, n): a non-finite sum means a NaN or an infinity among them (or
/// squares that overflow), and only then are the elements looked at.
void noteNonFinite(GradientTally& t, const float* x, int64_t n) {
    if (std::isfinite(t.sumSquares)) return;
    t.seen |= nonFiniteBits(x, n);
    if (!t.seen) t.seen = GradientTally::kSawInf;  // finite gradients whose squares overflow: infinite norm
}

/// Runs `update(first, last)` over [begin, end) block by block, the blocks shared by `threads` threads (OpenMP, in
/// contiguous runs), and tallies the gradients: `update` returns its block's sum of squares.
template <typename Update>
GradientTally blockwise(const float* grads, int64_t begin, int64_t end, int threads, Update&& update) {
    const int64_t blocks = (end - begin + kBlock - 1) / kBlock;
    double sum = 0.0;
#pragma omp parallel for num_threads(threads) schedule(static) reduction(+ : sum) if (threads > 1)
    for (int64_t b = 0; b < blocks; ++b) {
        const int64_t first = begin + b * kBlock, last = std::min(end, first + kBlock);
        sum += update(first, last);
    }
    GradientTally t;
    t.sumSquares = sum;
    noteNonFinite(t, grads + begin, end - begin);
    return t;
}

// SGD's element loop, twice: with fused multiply-adds where the processor has them (ATen's AVX2 and AVX-512
// kernels compute a + alpha * b as one fma), else with a separate multiply and add (ATen's default kernels). It sums
// the gradients' squares in the same pass, in kLanes independent float lanes folded into a double every kBlock.
struct SgdCoefficients {
    float negLr, momentum, oneMinusDampening, weightDecay;
    bool nesterov;
};

template <bool kFma>
inline float multiplyAdd(float a, float b, float c) {  // a * b + c
    if constexpr (kFma) return std::fma(a, b, c);
    else return a * b + c;
}

/// Plain SGD over [0, n) (n <= kBlock; p.add_(g, -lr)) and the sum of the gradients' squares, in one pass.
template <bool kFma>
inline double plainSgd(float negLr, float* __restrict P, const float* __restrict G, int64_t n) {
    float lane[kLanes] = {};
    int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (int j = 0; j < kLanes; ++j) {
            const float g = G[i + j];
            P[i + j] = multiplyAdd<kFma>(g, negLr, P[i + j]);
            lane[j] = multiplyAdd<kFma>(g, g, lane[j]);
        }
    double sum = 0.0;
    for (int j = 0; j < kLanes; ++j) sum += double(lane[j]);
    for (; i < n; ++i) {
        P[i] = multiplyAdd<kFma>(G[i], negLr, P[i]);
        sum += double(G[i]) * double(G[i]);
    }
    return sum;
}

/// SGD with weight decay and/or momentum over [0, n) (n <= kBlock), one simple loop per operation of LibTorch's
/// step, through a block-sized buffer in L1; returns the sum of the gradients' squares.
template <bool kFma>
inline double generalSgd(const SgdCoefficients& k, float* __restrict P, const float* __restrict G,
                         float* __restrict B, bool first, int64_t n) {
    float d[kBlock];
    if (k.weightDecay != 0.0f) {
        for (int64_t i = 0; i < n; ++i) d[i] = multiplyAdd<kFma>(P[i], k.weightDecay, G[i]);  // d_p.add(p, wd)
    } else {
        for (int64_t i = 0; i < n; ++i) d[i] = G[i];
    }
    if (B) {
        if (first) {  // the buffer starts as a clone of d_p
            for (int64_t i = 0; i < n; ++i) B[i] = d[i];
        } else {  // buf.mul_(momentum).add_(d_p, 1 - dampening)
            for (int64_t i = 0; i < n; ++i) B[i] = multiplyAdd<kFma>(d[i], k.oneMinusDampening, B[i] * k.momentum);
        }
        if (k.nesterov) {  // d_p.add(buf, momentum)
            for (int64_t i = 0; i < n; ++i) d[i] = multiplyAdd<kFma>(B[i], k.momentum, d[i]);
        } else {
            for (int64_t i = 0; i < n; ++i) d[i] = B[i];
        }
    }
    for (int64_t i = 0; i < n; ++i) P[i] = multiplyAdd<kFma>(d[i], k.negLr, P[i]);
    return sumOfSquares(G, n);
}

template <bool kFma>
inline double sgdLoop(const SgdCoefficients& k, float* P, const float* G, float* B, bool first, int64_t begin,
                      int64_t end) {
    const bool plain = !B && k.weightDecay == 0.0f;
    double sum = 0.0;
    for (int64_t block = begin; block < end; block += kBlock) {
        const int64_t n = std::min(end, block + kBlock) - block;
        sum += plain ? plainSgd<kFma>(k.negLr, P + block, G + block, n)
                     : generalSgd<kFma>(k, P + block, G + block, B ? B + block : nullptr, first, n);
    }
    return sum;
}

// `flatten` inlines the loops into each entry point, so that they compile for its instruction set (fmaf becomes an
// instruction, not a call into libm).
__attribute__((target("avx512f,fma"), flatten)) double sgdAvx512(const SgdCoefficients& k, float* P, const float* G,
                                                                 float* B, bool first, int64_t begin, int64_t end) {
    return sgdLoop<true>(k, P, G, B, first, begin, end);
}

__attribute__((target("avx2,fma"), flatten)) double sgdAvx2(const SgdCoefficients& k, float* P, const float* G,
                                                            float* B, bool first, int64_t begin, int64_t end) {
    return sgdLoop<true>(k, P, G, B, first, begin, end);
}

double sgdPlain(const SgdCoefficients& k, float* P, const float* G, float* B, bool first, int64_t begin, int64_t end) {
    return sgdLoop<false>(k, P, G, B, first, begin, end);
}

using SgdKernel = double (*)(const SgdCoefficients&, float*, const float*, float*, bool, int64_t, int64_t);

/// The SGD loop this processor runs: chosen once, as ATen chooses its kernels.
SgdKernel sgdKernel() {
    static const SgdKernel kernel = [] {
        __builtin_cpu_init();
        if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma")) return &sgdAvx512;
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return &sgdAvx2;
        return &sgdPlain;
    }();
    return kernel;
}

struct AdamCoefficients {
    float beta1, beta2, oneMinusBeta1, oneMinusBeta2, invSqrtBias2, eps, stepSize, decay, l2;
};

/// One block of an Adam/AdamW step: restrict-qualified arrays and coefficients in locals, so the loop vectorizes.
void adamBlock(const AdamCoefficients& k, float* __restrict P, const float* __restrict G, float* __restrict M,
               float* __restrict V, int64_t n) {
    const float b1 = k.beta1, b2 = k.beta2, c1 = k.oneMinusBeta1, c2 = k.oneMinusBeta2;
    const float invSqrtBias2 = k.invSqrtBias2, e = k.eps, s = k.stepSize, decay = k.decay, l2 = k.l2;
    for (int64_t i = 0; i < n; ++i) {
        const float g = G[i] + l2 * P[i];
        const float m = b1 * M[i] + c1 * g;
        const float v = b2 * V[i] + c2 * g * g;
        M[i] = m;
        V[i] = v;
        P[i] = P[i] * decay - s * m / (std::sqrt(v) * invSqrtBias2 + e);
    }
}

// Adam's element loop for the processor's widest vectors, chosen once: each operation is IEEE-rounded whatever the
// width, and the file is built with -ffp-contract=off (AVX-512 and AVX2 bring FMA, which GCC would otherwise fuse
// products and sums into), so every variant gives the same bits. Its square roots and divisions made the SSE2 loop
// compute-bound: 0.52 ms a step for the mlp preset's 670,000 parameters on one thread.
using AdamKernel = void (*)(const AdamCoefficients&, float*, const float*, float*, float*, int64_t);

__attribute__((target("avx512f"), flatten)) void adamAvx512(const AdamCoefficients& k, float* P, const float* G,
                                                            float* M, float* V, int64_t n) {
    adamBlock(k, P, G, M, V, n);
}

__attribute__((target("avx2"), flatten)) void adamAvx2(const AdamCoefficients& k, float* P, const float* G, float* M,
                                                       float* V, int64_t n) {
    adamBlock(k, P, G, M, V, n);
}

AdamKernel adamKernel() {
    static const AdamKernel kernel = [] {
        __builtin_cpu_init();
        if (__builtin_cpu_supports("avx512f")) return &adamAvx512;
        if (__builtin_cpu_supports("avx2")) return &adamAvx2;
        return &adamBlock;
    }();
    return kernel;
}

}  // namespace

double GradientReadout::gradientNorm() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return std::sqrt(m_sumSquares);
}

AdamElementUpdate::AdamElementUpdate(double lr, double beta1, double beta2, double eps, double weightDecay,
                                     bool decoupled, double bias2, double stepSize)
    : m_beta1(float(beta1)),
      m_beta2(float(beta2)),
      m_oneMinusBeta1(float(1.0 - beta1)),
      m_oneMinusBeta2(float(1.0 - beta2)),
      m_invSqrtBias2(float(1.0 / std::sqrt(bias2))),
      m_eps(float(eps)),
      m_stepSize(float(stepSize)),
      m_decay(decoupled ? float(1.0 - lr * weightDecay) : 1.0f),
      m_l2(decoupled ? 0.0f : float(weightDecay)) {}

GradientTally AdamElementUpdate::apply(float* params, const float* grads, float* expAvg, float* expAvgSq,
                                       int64_t begin, int64_t end, int threads) const {
    const AdamCoefficients k{m_beta1, m_beta2, m_oneMinusBeta1, m_oneMinusBeta2, m_invSqrtBias2, m_eps, m_stepSize, m_decay,
                             m_l2};
    const AdamKernel kernel = adamKernel();
    return blockwise(grads, begin, end, threads, [=](int64_t first, int64_t last) {
        kernel(k, params + first, grads + first, expAvg + first, expAvgSq + first, last - first);
        return sumOfSquares(grads + first, last - first);  // while the block is still in L1
    });
}

SgdElementUpdate::SgdElementUpdate(double lr, double momentum, double dampening, double weightDecay, bool nesterov)
    : m_negLr(float(-1 * lr)),
      m_momentum(float(momentum)),
      m_oneMinusDampening(float(1 - dampening)),
      m_weightDecay(float(weightDecay)),
      m_nesterov(nesterov) {}

GradientTally SgdElementUpdate::apply(float* params, const float* grads, float* momentumBuffer, bool firstStep,
                                      int64_t begin, int64_t end, int threads) const {
    const SgdCoefficients k{m_negLr, m_momentum, m_oneMinusDampening, m_weightDecay, m_nesterov};
    const SgdKernel kernel = sgdKernel();
    return blockwise(grads, begin, end, threads, [&](int64_t first, int64_t last) {
        return kernel(k, params, grads, momentumBuffer, firstStep, first, last);  // sums the squares as it goes
    });
}

}  // namespace ts
