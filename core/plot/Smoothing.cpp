// The debiased and the time-weighted exponential moving averages, and a whole series smoothed at once.
#include "core/plot/Smoothing.h"

#include <cmath>
#include <limits>

namespace ts {

double DebiasedEma::add(double value) {
    ema = weight * ema + (1.0 - weight) * value;
    decay *= weight;
    const double norm = 1.0 - decay;
    return norm > 0.0 ? ema / norm : value;
}

void DebiasedEma::reset() {
    ema = 0.0;
    decay = 1.0;
}

double TimeWeightedEma::add(double x, double y) {
    if (!started) {
        started = true;
        lastX = x;
        lastY = y;
        sum = 0.0;
        norm = 0.0;
        return y;
    }
    const double dx = x - lastX;
    if (!(dx > 0.0) || !(tau > 0.0)) {
        // Same x (or no smoothing): nothing to integrate over; the newest value wins at this x.
        lastY = y;
        if (!(tau > 0.0)) return y;
        return norm > 0.0 ? sum / norm : y;
    }
    const double r = dx / tau;
    const double e = std::exp(-r);
    const double g = -std::expm1(-r) / r;  // (1 - e) / r, accurate for tiny r
    sum = sum * e + y * (1.0 - g) + lastY * (g - e);
    norm = norm * e - std::expm1(-r);
    lastX = x;
    lastY = y;
    return norm > 0.0 ? sum / norm : y;
}

void TimeWeightedEma::reset() {
    started = false;
    sum = norm = lastX = lastY = 0.0;
}

double emaTimeConstant(double weight) {
    if (!(weight > 0.0)) return 0.0;
    if (weight >= 1.0) return std::numeric_limits<double>::infinity();
    return -1.0 / std::log(weight);
}

std::vector<double> smoothEma(const std::vector<double>& values, double weight) {
    std::vector<double> out;
    out.reserve(values.size());
    DebiasedEma ema{weight};
    for (double v : values) out.push_back(std::isfinite(v) ? ema.add(v) : std::numeric_limits<double>::quiet_NaN());
    return out;
}

}  // namespace ts
