// Test helper: synthetic health samples and alerts of a small MLP, a healthy run (update ratios about 1e-3, a few
// dead units) and an exploding one (ratios 1e-1..1, gradient-norm spikes, alerts), for the Health panel's tests
// and screenshots.
#pragma once

#include "core/health/Health.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace ts::testing {

/// A histogram of `count` normally distributed values (mean `mean`, standard deviation `sd`) in `buckets` buckets.
inline ValueHistogram normalHistogram(double mean, double sd, double count, int buckets = 30) {
    ValueHistogram h;
    h.min = mean - 3.0 * sd;
    h.max = mean + 3.0 * sd;
    h.count = count;
    h.sum = mean * count;
    h.sumSquares = (sd * sd + mean * mean) * count;
    const double width = (h.max - h.min) / buckets;
    double total = 0.0;
    for (int i = 0; i < buckets; ++i) {
        const double centre = h.min + (i + 0.5) * width;
        const double z = (centre - mean) / sd;
        h.limits.push_back(h.min + (i + 1) * width);
        h.counts.push_back(std::exp(-0.5 * z * z));
        total += h.counts.back();
    }
    for (double& c : h.counts) c *= count / total;
    return h;
}

/// One parameter at a sample.
inline ParameterHealth parameter(const std::string& name, double ratio, double gradNorm, double weightNorm,
                                 double weightSd, double gradSd, int64_t elements) {
    ParameterHealth p;
    p.name = name;
    p.elements = elements;
    p.updateRatio = ratio;
    p.gradNorm = gradNorm;
    p.weightNorm = weightNorm;
    p.weights = normalHistogram(0.0, weightSd, double(elements));
    p.gradients = normalHistogram(0.0, gradSd, double(elements));
    return p;
}

/// A deterministic wobble in [-1, 1] for sample `i` and layer `layer`.
inline double wobble(int i, int layer) { return std::sin(0.7 * i + 1.3 * layer) * std::cos(0.23 * i); }

/// A three-layer MLP's sample `i` (step = 50 * (i + 1)); `exploding` makes the updates far too large.
inline HealthSample mlpSample(int i, bool exploding) {
    static const char* const kLayers[] = {"fc1", "fc2", "fc3"};
    static const int64_t kElements[] = {784 * 256, 256 * 128, 128 * 10};
    HealthSample s;
    s.step = 50 * (i + 1);
    s.epoch = 1 + i / 20;
    for (int l = 0; l < 3; ++l) {
        const double logRatio = exploding ? -1.0 + 0.5 * l + 0.4 * wobble(i, l) : -3.0 + 0.25 * wobble(i, l) - 0.2 * l;
        const double ratio = std::pow(10.0, std::min(0.0, logRatio));
        const double growth = exploding ? 1.0 + 0.15 * i : 1.0 + 0.002 * i;
        const double gradNorm = exploding ? 5.0 + 40.0 * std::fabs(wobble(i, l)) : 0.3 + 0.05 * wobble(i, l);
        const std::string name = kLayers[l];
        s.parameters.push_back(parameter(name + ".weight", ratio, gradNorm, 12.0 * growth, 0.05 * growth,
                                         exploding ? 0.5 : 0.002, kElements[l]));
        s.parameters.push_back(parameter(name + ".bias", ratio * 0.5, gradNorm * 0.1, 0.5 * growth, 0.01, 0.001,
                                         kElements[l] / 784 + 10));
    }
    for (int l = 0; l < 2; ++l) {
        ActivationHealth a;
        a.name = kLayers[l];
        a.units = l == 0 ? 256 : 128;
        a.rectified = true;
        a.deadFraction = exploding ? std::min(0.9, 0.2 + 0.03 * i + 0.2 * l) : 0.02 + 0.03 * l;
        a.mean = exploding ? 4.0 : 0.3;
        a.stddev = exploding ? 9.0 : 0.5;
        s.activations.push_back(a);
    }
    s.gradNorm = exploding ? 30.0 : 0.5;
    return s;
}

/// The alerts an exploding run raises.
inline std::vector<Alert> explodingAlerts() {
    std::vector<Alert> alerts;
    const auto add = [&](int64_t step, AlertKind kind, const std::string& layer, const std::string& message,
                         const std::string& advice) {
        Alert a;
        a.step = step;
        a.epoch = 1;
        a.kind = kind;
        a.layer = layer;
        a.message = message;
        a.advice = advice;
        alerts.push_back(a);
    };
    add(250, AlertKind::ExplodingGradients, "fc3.weight",
        "fc3.weight's update ratio stayed above 0.1 for 5 samples (latest 0.63).", "Lower the learning rate or clip gradients.");
    add(410, AlertKind::GradientSpike, "", "The gradient norm 412 at step 410 is 9.3 standard deviations above its mean 38.",
        "Clip gradients (e.g. --grad-clip 1) or lower the learning rate.");
    add(420, AlertKind::LossSpike, "", "The loss 7.9 at step 420 is 11.2 standard deviations above its mean 2.1.",
        "Lower the learning rate or use a warm-up.");
    add(600, AlertKind::DeadLayer, "fc2", "62% of fc2's 128 units are dead (zero for the whole batch).",
        "Lower the learning rate, change the initialisation or use LeakyReLU.");
    return alerts;
}

/// Global gradient norms of every step up to `steps` (healthy: about 0.5; exploding: growing, with spikes).
inline void gradNorms(int steps, bool exploding, std::vector<int64_t>& outSteps, std::vector<double>& outNorms) {
    for (int s = 1; s <= steps; ++s) {
        outSteps.push_back(s);
        double norm = exploding ? 5.0 + 0.05 * s + 3.0 * std::fabs(wobble(s, 0)) : 0.5 + 0.1 * wobble(s, 2);
        if (exploding && (s == 410 || s == 770)) norm *= 40.0;
        outNorms.push_back(norm);
    }
}

}  // namespace ts::testing
