// The per-element arithmetic of the one-pass optimizers (FastAdam, FastSgd) on float arrays, and what they read
// off the gradients while they apply them. Internal to core, torch-free.
//
// The torch parts hand these classes contiguous chunks of each parameter. They live in their own translation unit
// so that only these loops compile with the flags that let them vectorize (see core/CMakeLists.txt), while the
// optimizers join the engine's single unity unit.
#pragma once

#include <atomic>
#include <cstdint>
#include <limits>
#include <mutex>

namespace ts {

/// Elements per thread below which the one-pass optimizers stay on one thread: starting a team costs more.
constexpr int64_t kOptimizerGrainSize = 1 << 15;

/// The threads for an update of `elements` elements out of `available`: one per kOptimizerGrainSize, at most all.
inline int optimizerThreads(int64_t elements, int available) {
    const int64_t useful = elements / kOptimizerGrainSize;
    return int(useful < 1 ? 1 : (useful < available ? useful : available));
}

/// What one pass over a chunk of gradients found: NaN/Inf bits and the sum of their squares.
struct GradientTally {
    static constexpr unsigned kSawNaN = 1;
    static constexpr unsigned kSawInf = 2;
    unsigned seen = 0;        ///< kSawNaN and/or kSawInf when a gradient in the chunk was NaN or infinite
    double sumSquares = 0.0;  ///< of the gradients (non-finite when one of them is)
};

/// The gradients an optimizer step applied, read in the same pass: whether one was not finite and their L2 norm, so
/// that the training loop needs no pass of its own over them. Chunks may be noted from several threads.
class GradientReadout {
public:
    /// What the last step found in the gradients: 0 all finite, otherwise NaN or +/-infinity (one of them). A
    /// non-finite gradient has then already reached the weights: stop training.
    double nonFiniteGradient() const {
        const unsigned seen = m_seen.load();
        if (seen & GradientTally::kSawNaN) return std::numeric_limits<double>::quiet_NaN();
        if (seen & GradientTally::kSawInf) return std::numeric_limits<double>::infinity();
        return 0.0;
    }
    /// The L2 norm of all the gradients the last step applied (non-finite when one of them was).
    double gradientNorm() const;

protected:
    ~GradientReadout() = default;
    /// Starts a step: nothing read yet.
    void startReadout() {
        m_seen.store(0);
        std::lock_guard<std::mutex> lock(m_mutex);
        m_sumSquares = 0.0;
    }
    /// Adds one chunk's tally.
    void note(const GradientTally& t) {
        if (t.seen) m_seen.fetch_or(t.seen);
        std::lock_guard<std::mutex> lock(m_mutex);
        m_sumSquares += t.sumSquares;
    }

private:
    std::atomic<unsigned> m_seen{0};
    mutable std::mutex m_mutex;
    double m_sumSquares = 0.0;
};

/// One Adam/AdamW step's coefficients, applied element by element in one pass.
class AdamElementUpdate {
public:
    /// The coefficients of one step: `bias2` is 1 - beta2^step, `stepSize` is lr / (1 - beta1^step);
    /// `decoupled`: AdamW's decoupled weight decay (true) or Adam's L2 penalty on the gradient (false).
    AdamElementUpdate(double lr, double beta1, double beta2, double eps, double weightDecay, bool decoupled,
                      double bias2, double stepSize);

    /// Updates elements [begin, end) of the parameters and both moments from the gradients, on `threads` threads;
    /// returns what it read off those gradients.
    GradientTally apply(float* params, const float* grads, float* expAvg, float* expAvgSq, int64_t begin, int64_t end,
                        int threads = 1) const;

private:
    float m_beta1;
    float m_beta2;
    float m_oneMinusBeta1;
    float m_oneMinusBeta2;
    float m_invSqrtBias2;
    float m_eps;
    float m_stepSize;
    float m_decay;  // AdamW's multiplier on the parameter (1 for Adam)
    float m_l2;     // Adam's L2 weight on the parameter, added to the gradient (0 for AdamW)
};

/// One SGD step's coefficients (LibTorch's SGD: weight decay, momentum with dampening, Nesterov), applied element by
/// element in one pass with LibTorch's own rounding: each of its `a.add_(b, alpha)` is one fused multiply-add where
/// the processor has FMA (as ATen's vectorized kernels compute it), so the weights come out bit for bit as
/// torch::optim::SGD leaves them.
class SgdElementUpdate {
public:
    SgdElementUpdate(double lr, double momentum, double dampening, double weightDecay, bool nesterov);

    /// Updates elements [begin, end) of the parameters (and the momentum buffer when momentum is on; `firstStep`:
    /// the buffer starts as the step's gradient, as LibTorch's clone) from the gradients, on `threads` threads;
    /// returns what it read off those gradients.
    GradientTally apply(float* params, const float* grads, float* momentumBuffer, bool firstStep, int64_t begin,
                        int64_t end, int threads = 1) const;

private:
    float m_negLr;        // -lr: p.add_(d, -lr)
    float m_momentum;
    float m_oneMinusDampening;
    float m_weightDecay;
    bool m_nesterov;
};

}  // namespace ts
