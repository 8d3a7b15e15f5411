// The individual alert detectors behind HealthMonitor (core/health/Alerts.h), one small class per kind of trouble,
// so that each can be fed a synthetic series in a test. Torch-free. Each detector raises an alert once per episode
// and re-arms when the trouble is over (the rules are in each class's comment).
#pragma once

#include "core/health/Health.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ts {

/// Flags a value far above the mean of its recent history (OLMo-style loss or gradient-norm spikes).
///
/// A value is a spike when it is above mean + sigmas * std (population standard deviation) of the previous
/// `window` accepted values, once `minHistory` values are there. One alert per episode: the values above the
/// threshold that follow the first one belong to the same spike and stay quiet, and so do new episodes within
/// `minHistory` steps of the last alert (a burst is one alert). The values of an episode do NOT
/// enter the window, so a spike never inflates the standard deviation that a second, separate spike (say 50 steps
/// later) is measured against. An episode longer than kLevelShiftSteps is a new level rather than a spike (e.g.
/// the loss jumped after a learning-rate change and stayed there): its values then join the window, so the
/// threshold follows the new level and the run does not alert again at every step. Non-finite and negative values
/// (a gradient norm that was not measured) are ignored; the NaN/Inf guard covers the former.
class SpikeDetector {
public:
    /// Consecutive out-of-threshold values after which an episode counts as a new level and joins the window.
    static constexpr int kLevelShiftSteps = 8;

    /// `kind` is LossSpike or GradientSpike; window, minimum history and sigmas come from `settings`.
    SpikeDetector(AlertKind kind, const HealthSettings& settings);
    /// The step's value; an alert at the first value of a spike.
    std::optional<Alert> observe(int64_t step, int epoch, double value);

private:
    Alert makeAlert(int64_t step, int epoch, double value, double mean, double stddev) const;
    void accept(double value);

    AlertKind m_kind;
    size_t m_window;
    size_t m_minHistory;
    double m_sigmas;
    std::deque<double> m_history;     ///< the last accepted values, oldest first
    std::vector<double> m_episode;    ///< the out-of-threshold values of the current episode
    bool m_levelShift = false;        ///< the current episode has become a new level
    int64_t m_lastAlert = -1;         ///< step of the last alert: the next waits minHistory steps (one per burst)
};

/// Flags a parameter whose update ratio stays above the exploding or below the vanishing threshold.
///
/// Per parameter, counts consecutive health samples out of the band [vanishingRatio, explodingRatio]; at
/// sustainedSamples in a row it raises ExplodingGradients or VanishingGradients once, and re-arms when the ratio
/// comes back into the band. Ratios of -1 (not measured) and parameters with a weight norm of 0 (a freshly zeroed
/// bias, whose ratio means nothing) neither count nor reset.
class UpdateRatioDetector {
public:
    /// Thresholds and the length of a sustained stretch come from `settings`.
    explicit UpdateRatioDetector(const HealthSettings& settings);
    /// One health sample; the alerts it raises (one per parameter at most). `lr`: the step's learning rate (-1
    /// unknown); once it is below 5% of its peak, small ratios are the schedule's doing, not vanishing gradients.
    std::vector<Alert> observe(const HealthSample& sample, double lr = -1.0);

private:
    /// Which side of the band a parameter is on, and for how many samples in a row.
    struct Streak {
        int side = 0;          ///< +1 above, -1 below, 0 inside
        int length = 0;
        bool alerted = false;  ///< this stretch has raised its alert
    };
    Alert makeAlert(const HealthSample& sample, const ParameterHealth& p, const Streak& s) const;

    double m_exploding;
    double m_vanishing;
    int m_sustained;
    std::map<std::string, Streak> m_streaks;
    double m_peakLr = 0.0;  ///< the largest learning rate seen: small updates after it has decayed are intended
};

/// One evaluation as the validation-loss detectors see it.
struct EvaluationPoint {
    int64_t step = 0;
    int epoch = 0;
    double trainLoss = 0.0;
    double valLoss = 0.0;
    double lr = 0.0;
};

/// Flags overfitting: the validation loss rose at `overfitEvaluations` consecutive evaluations while the training
/// loss fell over the same evaluations (its value at the last one below its value before the first rise). Fires
/// once, and re-arms when the validation loss reaches a new best. The message names the best evaluation.
class OverfittingDetector {
public:
    /// The number of rising evaluations comes from `settings`.
    explicit OverfittingDetector(const HealthSettings& settings);
    /// One evaluation with a validation loss; an alert when overfitting is seen.
    std::optional<Alert> observe(const EvaluationPoint& e);

private:
    int m_needed;
    std::vector<EvaluationPoint> m_rising;  ///< the evaluation before the rise, then each rising one
    std::optional<EvaluationPoint> m_best;
    bool m_armed = true;
};

/// Flags a plateau: no relative improvement above plateauMinDelta of the best validation loss for
/// `plateauEvaluations` evaluations in a row while the learning rate stayed constant (within kLrTolerance,
/// relative). A change of learning rate starts the count anew (a schedule is already acting). Once per plateau:
/// re-armed by an improvement or a change of learning rate.
class PlateauDetector {
public:
    /// Relative change of the learning rate that still counts as constant.
    static constexpr double kLrTolerance = 1e-12;

    /// Evaluations and minimum improvement come from `settings`.
    explicit PlateauDetector(const HealthSettings& settings);
    /// One evaluation with a validation loss; an alert when a plateau is seen.
    std::optional<Alert> observe(const EvaluationPoint& e);

private:
    int m_needed;
    double m_minDelta;
    std::optional<EvaluationPoint> m_best;
    int m_stale = 0;          ///< evaluations since the best (or since the lr last changed) without improvement
    double m_lr = 0.0;        ///< the learning rate of the current stretch
    bool m_alerted = false;
};

/// Flags a rectified layer with more than deadShare of its units dead; once per layer until the share falls back
/// to deadShare or below.
class DeadLayerDetector {
public:
    /// The share comes from `settings`.
    explicit DeadLayerDetector(const HealthSettings& settings);
    /// One health sample; the alerts it raises (one per layer at most).
    std::vector<Alert> observe(const HealthSample& sample);

private:
    double m_share;
    std::map<std::string, bool> m_dead;  ///< layers currently flagged
};

}  // namespace ts
