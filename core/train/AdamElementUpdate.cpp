#include "core/train/AdamElementUpdate.h"

#include <cmath>
#include <limits>

namespace ts {

namespace {
constexpr float kInf = std::numeric_limits<float>::infinity();
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

unsigned AdamElementUpdate::apply(float* params, const float* grads, float* expAvg, float* expAvgSq,
                                  int64_t begin, int64_t end) const {
    // Locals, so the compiler knows the coefficients do not alias the arrays and the loop vectorizes.
    const float b1 = m_beta1, b2 = m_beta2, c1 = m_oneMinusBeta1, c2 = m_oneMinusBeta2;
    const float invSqrtBias2 = m_invSqrtBias2, e = m_eps, s = m_stepSize, decay = m_decay, l2 = m_l2;
    float* P = params;
    const float* G = grads;
    float* M = expAvg;
    float* V = expAvgSq;
    unsigned seen = 0;  // an OR reduction: vectorizes, unlike a floating-point sum
    for (int64_t i = begin; i < end; ++i) {
        seen |= unsigned(G[i] != G[i]) | (unsigned(std::fabs(G[i]) == kInf) << 1);
        const float g = G[i] + l2 * P[i];
        const float m = b1 * M[i] + c1 * g;
        const float v = b2 * V[i] + c2 * g * g;
        M[i] = m;
        V[i] = v;
        P[i] = P[i] * decay - s * m / (std::sqrt(v) * invSqrtBias2 + e);
    }
    return seen;
}

}  // namespace ts
