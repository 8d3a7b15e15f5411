// The alert detectors of training health (issue 16): loss and gradient-norm spikes, exploding and vanishing
// updates, overfitting, plateaus and dead layers, each fed by the training loop and each able to stay quiet.
// Torch-free: the loop hands them plain numbers (HealthSample, EpochMetrics), tests hand them synthetic series.
// The detectors themselves, with the rules of when each fires and re-arms: core/health/AlertDetectors.h.
#pragma once

#include "core/common/Types.h"
#include "core/health/Health.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// Runs every detector on what the training loop reports and returns the alerts each call raises.
class HealthMonitor {
public:
    explicit HealthMonitor(HealthSettings settings);
    ~HealthMonitor();
    HealthMonitor(const HealthMonitor&) = delete;
    HealthMonitor& operator=(const HealthMonitor&) = delete;

    /// Every optimizer step: the step's loss and the global gradient norm before clipping (-1 when not measured).
    std::vector<Alert> observeStep(int64_t step, int epoch, double loss, double gradNorm);
    /// Every health sample: per-layer update ratios (exploding/vanishing) and dead units. `lr`: the step's learning
    /// rate (-1 unknown); tiny updates once a schedule has annealed it are not vanishing.
    std::vector<Alert> observeHealth(const HealthSample& sample, double lr = -1.0);
    /// After each evaluation (m.step, m.epoch, m.trainLoss, m.val.loss, m.lr): overfitting and plateaus.
    /// Evaluations without a validation loss (a classifier without a validation split) are ignored.
    std::vector<Alert> observeEvaluation(const EpochMetrics& m);
    /// True when settings.stopOn names the alert's kind.
    bool stopsRun(const Alert& alert) const;

    /// The alert for a loss or gradient that became NaN or infinite (`what`: "loss", "a gradient", ...).
    static Alert nonFinite(int64_t step, int epoch, const std::string& what, double value, double lr);

private:
    struct Detectors;
    HealthSettings m_settings;
    Detectors* m_detectors;
};

}  // namespace ts
