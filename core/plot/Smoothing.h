// Smoothing of noisy curves (the per-batch loss), shared by the window's charts and the reports: the
// debiased exponential moving average, its continuous-time variant, and the one default weight.
// Torch-free and Qt-free.
#pragma once

#include <vector>

namespace ts {

/// The default EMA weight of the loss curve, in the window (its smoothing slider starts here) and in the
/// reports. Per-batch losses are dense: a heavier default than TensorBoard's 0.6.
constexpr double kDefaultSmoothingWeight = 0.9;

/// Debiased exponential moving average, fed one value at a time:
/// ema_t = a*ema_{t-1} + (1-a)*x_t with ema_0 = 0, reported as ema_t / (1 - a^t),
/// so the first values are not dragged towards zero.
struct DebiasedEma {
    double weight = kDefaultSmoothingWeight;  ///< a in [0, 1)
    double ema = 0.0;                         ///< biased state
    double decay = 1.0;                       ///< a^t

    /// Folds in one value and returns the debiased average so far.
    double add(double value);
    /// Forgets everything seen.
    void reset();
};

/// Continuous-time, debiased EMA of the piecewise-linear curve through the samples:
/// y(t) = ∫ f(s) e^{-(t-s)/tau} ds / ∫ e^{-(t-s)/tau} ds over [t_first, t]. It is exact for
/// the interpolated curve, so logging every step or every tenth step gives the same result
/// wherever the underlying curve is (close to) linear between the coarser samples.
struct TimeWeightedEma {
    double tau = 10.0;   ///< time constant in x units
    bool started = false;
    double lastX = 0.0;
    double lastY = 0.0;
    double sum = 0.0;    ///< ∫ f e^{-(t-s)/tau} ds / tau
    double norm = 0.0;   ///< ∫ e^{-(t-s)/tau} ds / tau

    /// Folds in the sample (x, y) (x not decreasing) and returns the smoothed value at x.
    double add(double x, double y);
    /// Forgets everything seen.
    void reset();
};

/// Time constant, in points, of a per-point EMA with this weight: -1 / ln(a) (0 for a = 0).
double emaTimeConstant(double weight);

/// The DebiasedEma of `values` with `weight`, one output per value. A non-finite value is skipped, as the
/// window's smoothed curve skips it (a NaN batch must not poison the rest of the curve): NaN at its place.
std::vector<double> smoothEma(const std::vector<double>& values, double weight);

}  // namespace ts
