// The per-element arithmetic of one Adam/AdamW step on float arrays. Internal to core, torch-free.
//
// FastAdam (the torch part) hands this class contiguous chunks of each parameter. It lives in its own
// translation unit so that only this loop compiles with the flags that let it vectorize (see
// core/CMakeLists.txt), while FastAdam.cpp joins the engine's single unity unit.
#pragma once

#include <cstdint>

namespace ts {

/// One Adam/AdamW step's coefficients, applied element by element in one pass.
class AdamElementUpdate {
public:
    /// What apply() found in the gradients (bits of its result).
    static constexpr unsigned kSawNaN = 1;
    static constexpr unsigned kSawInf = 2;

    /// The coefficients of one step: `bias2` is 1 - beta2^step, `stepSize` is lr / (1 - beta1^step);
    /// `decoupled`: AdamW's decoupled weight decay (true) or Adam's L2 penalty on the gradient (false).
    AdamElementUpdate(double lr, double beta1, double beta2, double eps, double weightDecay, bool decoupled,
                      double bias2, double stepSize);

    /// Updates elements [begin, end) of the parameters and both moments from the gradients; returns
    /// kSawNaN and/or kSawInf when a gradient in the range was NaN or infinite (0 when all were finite).
    unsigned apply(float* params, const float* grads, float* expAvg, float* expAvgSq, int64_t begin,
                   int64_t end) const;

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

}  // namespace ts
