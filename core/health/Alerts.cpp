// The alert detectors (core/health/AlertDetectors.h) and the monitor that runs them (core/health/Alerts.h).
#include "core/health/Alerts.h"

#include "core/common/MessageCatalogue.h"
#include "core/common/Numbers.h"
#include "core/health/AlertDetectors.h"

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

/// Significant digits of the figures in alert messages.
constexpr int kAlertDigits = 3;

/// A fraction in an alert message is written as a percentage.
constexpr double kPercent = 100.0;

/// A figure for an alert message, locale-free.
std::string alertFigure(double v) { return formatSignificant(v, kAlertDigits); }

/// An alert with its place and kind filled in.
Alert alertAt(int64_t step, int epoch, AlertKind kind) {
    Alert a;
    a.step = step;
    a.epoch = epoch;
    a.kind = kind;
    return a;
}

/// "step 1200 (epoch 3)".
std::string stepAndEpoch(int64_t step, int epoch) {
    return message(Msg::StepAndEpoch, {std::to_string(step), std::to_string(epoch)});
}

/// Whether two learning rates are the same within `tolerance`, relative.
bool sameLr(double a, double b, double tolerance) {
    return std::fabs(a - b) <= tolerance * std::max(std::fabs(a), std::fabs(b));
}

}  // namespace

// ---------------------------------------------------------------------------------------------- SpikeDetector

SpikeDetector::SpikeDetector(AlertKind kind, const HealthSettings& settings)
    : m_kind(kind),
      m_window(size_t(std::max(1, settings.spikeWindow))),
      m_minHistory(size_t(std::max(2, settings.spikeMinHistory))),
      m_sigmas(settings.spikeSigmas) {}

void SpikeDetector::accept(double value) {
    m_history.push_back(value);
    while (m_history.size() > m_window) m_history.pop_front();
}

std::optional<Alert> SpikeDetector::observe(int64_t step, int epoch, double value) {
    if (!std::isfinite(value) || value < 0.0) return std::nullopt;
    if (m_history.size() < std::min(m_minHistory, m_window)) {
        accept(value);
        return std::nullopt;
    }
    double sum = 0.0;
    for (double v : m_history) sum += v;
    const double mean = sum / double(m_history.size());
    double squares = 0.0;
    for (double v : m_history) squares += (v - mean) * (v - mean);
    const double stddev = std::sqrt(squares / double(m_history.size()));
    if (!(value > mean + m_sigmas * stddev)) {  // back under the threshold: any episode is over
        m_episode.clear();
        m_levelShift = false;
        accept(value);
        return std::nullopt;
    }
    m_episode.push_back(value);
    if (m_levelShift) {
        accept(value);
    } else if (m_episode.size() > size_t(kLevelShiftSteps)) {  // a new level, not a spike: the window follows it
        m_levelShift = true;
        for (double v : m_episode) accept(v);
    }
    // A burst of spikes (a norm climbing in jumps) is one alert: quiet for the minimum history after the last one.
    if (m_episode.size() != 1 || (m_lastAlert >= 0 && step - m_lastAlert < int64_t(m_minHistory))) return std::nullopt;
    m_lastAlert = step;
    return makeAlert(step, epoch, value, mean, stddev);
}

Alert SpikeDetector::makeAlert(int64_t step, int epoch, double value, double mean, double stddev) const {
    Alert a = alertAt(step, epoch, m_kind);
    const bool loss = m_kind == AlertKind::LossSpike;
    const double sigmas = stddev > 0.0 ? (value - mean) / stddev : 0.0;
    const std::string where = stepAndEpoch(step, epoch), steps = std::to_string(m_history.size());
    if (stddev > 0.0)
        a.message = message(loss ? Msg::LossSpikeSigmas : Msg::GradientSpikeSigmas,
                            {alertFigure(value), where, alertFigure(sigmas), steps, alertFigure(mean),
                             alertFigure(stddev)});
    else
        a.message = message(loss ? Msg::LossSpikeFar : Msg::GradientSpikeFar,
                            {alertFigure(value), where, steps, alertFigure(mean), alertFigure(stddev)});
    a.advice = message(loss ? Msg::LossSpikeAdvice : Msg::GradientSpikeAdvice);
    a.values = {{loss ? "loss" : "grad_norm", value}, {"mean", mean}, {"std", stddev}, {"sigmas", sigmas}};
    return a;
}

// ---------------------------------------------------------------------------------------- UpdateRatioDetector

UpdateRatioDetector::UpdateRatioDetector(const HealthSettings& settings)
    : m_exploding(settings.explodingRatio),
      m_vanishing(settings.vanishingRatio),
      m_sustained(std::max(1, settings.sustainedSamples)) {}

namespace {
constexpr double kAnnealedLrShare = 0.05;  // below 5% of its peak, the learning rate is being annealed
}  // namespace

std::vector<Alert> UpdateRatioDetector::observe(const HealthSample& sample, double lr) {
    std::vector<Alert> alerts;
    m_peakLr = std::max(m_peakLr, lr);
    // A schedule that has annealed the learning rate (cosine to ~0) makes tiny updates on purpose: not vanishing.
    const bool annealed = lr >= 0.0 && lr < kAnnealedLrShare * m_peakLr;
    for (const ParameterHealth& p : sample.parameters) {
        if (p.updateRatio < 0.0 || !(p.weightNorm > 0.0) || std::isnan(p.updateRatio)) continue;
        Streak& s = m_streaks[p.name];
        const int side = p.updateRatio > m_exploding ? 1 : (p.updateRatio < m_vanishing && !annealed) ? -1 : 0;
        if (side != s.side) s = Streak{side, 0, false};
        if (side == 0) continue;
        ++s.length;
        if (s.length >= m_sustained && !s.alerted) {
            s.alerted = true;
            alerts.push_back(makeAlert(sample, p, s));
        }
    }
    return alerts;
}

Alert UpdateRatioDetector::makeAlert(const HealthSample& sample, const ParameterHealth& p, const Streak& s) const {
    const bool exploding = s.side > 0;
    Alert a = alertAt(sample.step, sample.epoch,
                      exploding ? AlertKind::ExplodingGradients : AlertKind::VanishingGradients);
    a.layer = p.name;
    const double bound = exploding ? m_exploding : m_vanishing;
    a.message = message(exploding ? Msg::UpdateRatioAbove : Msg::UpdateRatioBelow,
                        {p.name, alertFigure(bound), std::to_string(s.length), alertFigure(p.updateRatio),
                         stepAndEpoch(sample.step, sample.epoch)});
    a.advice = message(exploding ? Msg::ExplodingAdvice : Msg::VanishingAdvice);
    a.values = {{"update_ratio", p.updateRatio}, {"threshold", bound}, {"grad_norm", p.gradNorm},
                {"weight_norm", p.weightNorm}, {"samples", double(s.length)}};
    return a;
}

// ---------------------------------------------------------------------------------------- OverfittingDetector

OverfittingDetector::OverfittingDetector(const HealthSettings& settings)
    : m_needed(std::max(1, settings.overfitEvaluations)) {}

std::optional<Alert> OverfittingDetector::observe(const EvaluationPoint& e) {
    if (!m_best || e.valLoss < m_best->valLoss) {
        m_best = e;
        m_armed = true;
    }
    if (m_rising.empty() || !(e.valLoss > m_rising.back().valLoss)) {
        m_rising.assign(1, e);  // the rise, if any, starts after this evaluation
        return std::nullopt;
    }
    m_rising.push_back(e);
    const int rises = int(m_rising.size()) - 1;
    if (rises < m_needed || !m_armed) return std::nullopt;
    const EvaluationPoint& before = m_rising[m_rising.size() - size_t(m_needed) - 1];
    if (!(e.trainLoss < before.trainLoss)) return std::nullopt;
    m_armed = false;
    Alert a = alertAt(e.step, e.epoch, AlertKind::Overfitting);
    a.message = message(Msg::Overfitting, {std::to_string(rises), alertFigure(before.valLoss), alertFigure(e.valLoss),
                                           alertFigure(before.trainLoss), alertFigure(e.trainLoss),
                                           alertFigure(m_best->valLoss), stepAndEpoch(m_best->step, m_best->epoch)});
    a.advice = message(Msg::OverfittingAdvice);
    a.values = {{"val_loss", e.valLoss},         {"train_loss", e.trainLoss},        {"best_val_loss", m_best->valLoss},
                {"best_step", double(m_best->step)}, {"best_epoch", double(m_best->epoch)}};
    return a;
}

// -------------------------------------------------------------------------------------------- PlateauDetector

PlateauDetector::PlateauDetector(const HealthSettings& settings)
    : m_needed(std::max(1, settings.plateauEvaluations)), m_minDelta(settings.plateauMinDelta) {}

std::optional<Alert> PlateauDetector::observe(const EvaluationPoint& e) {
    if (!m_best || e.valLoss < m_best->valLoss - m_minDelta * std::fabs(m_best->valLoss)) {
        m_best = e;
        m_stale = 0;
        m_lr = e.lr;
        m_alerted = false;
        return std::nullopt;
    }
    if (!sameLr(e.lr, m_lr, kLrTolerance)) {  // the schedule moved: a new stretch starts here
        m_lr = e.lr;
        m_stale = 0;
        m_alerted = false;
        return std::nullopt;
    }
    ++m_stale;
    if (m_stale < m_needed || m_alerted) return std::nullopt;
    m_alerted = true;
    Alert a = alertAt(e.step, e.epoch, AlertKind::Plateau);
    a.message = message(Msg::Plateau, {alertFigure(m_minDelta * kPercent), std::to_string(m_stale), alertFigure(e.lr),
                                       alertFigure(m_best->valLoss), stepAndEpoch(m_best->step, m_best->epoch),
                                       alertFigure(e.valLoss)});
    a.advice = message(Msg::PlateauAdvice);
    a.values = {{"val_loss", e.valLoss}, {"best_val_loss", m_best->valLoss}, {"lr", e.lr},
                {"evaluations", double(m_stale)}, {"best_step", double(m_best->step)}};
    return a;
}

// ------------------------------------------------------------------------------------------ DeadLayerDetector

DeadLayerDetector::DeadLayerDetector(const HealthSettings& settings) : m_share(settings.deadShare) {}

std::vector<Alert> DeadLayerDetector::observe(const HealthSample& sample) {
    std::vector<Alert> alerts;
    for (const ActivationHealth& act : sample.activations) {
        if (!act.rectified) continue;
        bool& flagged = m_dead[act.name];
        if (!(act.deadFraction > m_share)) {
            flagged = false;
            continue;
        }
        if (flagged) continue;
        flagged = true;
        Alert a = alertAt(sample.step, sample.epoch, AlertKind::DeadLayer);
        a.layer = act.name;
        a.message = message(Msg::DeadLayer, {alertFigure(act.deadFraction * kPercent), std::to_string(act.units),
                                             act.name, stepAndEpoch(sample.step, sample.epoch)});
        a.advice = message(Msg::DeadLayerAdvice);
        a.values = {{"dead_fraction", act.deadFraction}, {"threshold", m_share}, {"units", double(act.units)}};
        alerts.push_back(std::move(a));
    }
    return alerts;
}

// ---------------------------------------------------------------------------------------------- HealthMonitor

struct HealthMonitor::Detectors {
    explicit Detectors(const HealthSettings& s)
        : loss(AlertKind::LossSpike, s), gradNorm(AlertKind::GradientSpike, s), ratios(s), overfitting(s),
          plateau(s), dead(s) {}
    SpikeDetector loss;
    SpikeDetector gradNorm;
    UpdateRatioDetector ratios;
    OverfittingDetector overfitting;
    PlateauDetector plateau;
    DeadLayerDetector dead;
};

HealthMonitor::HealthMonitor(HealthSettings settings)
    : m_settings(std::move(settings)), m_detectors(new Detectors(m_settings)) {}

HealthMonitor::~HealthMonitor() { delete m_detectors; }

std::vector<Alert> HealthMonitor::observeStep(int64_t step, int epoch, double loss, double gradNorm) {
    std::vector<Alert> alerts;
    if (!m_settings.enabled) return alerts;
    if (auto a = m_detectors->loss.observe(step, epoch, loss)) alerts.push_back(std::move(*a));
    if (auto a = m_detectors->gradNorm.observe(step, epoch, gradNorm)) alerts.push_back(std::move(*a));
    return alerts;
}

std::vector<Alert> HealthMonitor::observeHealth(const HealthSample& sample, double lr) {
    if (!m_settings.enabled) return {};
    std::vector<Alert> alerts = m_detectors->ratios.observe(sample, lr);
    for (Alert& a : m_detectors->dead.observe(sample)) alerts.push_back(std::move(a));
    return alerts;
}

std::vector<Alert> HealthMonitor::observeEvaluation(const EpochMetrics& m) {
    std::vector<Alert> alerts;
    const bool hasValidation = m.languageModel || !m.val.empty();
    if (!m_settings.enabled || !hasValidation || !std::isfinite(m.val.loss) || !std::isfinite(m.trainLoss))
        return alerts;
    const EvaluationPoint e{m.step, m.epoch, m.trainLoss, m.val.loss, m.lr};
    if (auto a = m_detectors->overfitting.observe(e)) alerts.push_back(std::move(*a));
    if (auto a = m_detectors->plateau.observe(e)) alerts.push_back(std::move(*a));
    return alerts;
}

bool HealthMonitor::stopsRun(const Alert& alert) const {
    const std::string name = alertKindName(alert.kind);
    return std::find(m_settings.stopOn.begin(), m_settings.stopOn.end(), name) != m_settings.stopOn.end();
}

Alert HealthMonitor::nonFinite(int64_t step, int epoch, const std::string& what, double value, double lr) {
    Alert a = alertAt(step, epoch, AlertKind::NonFinite);
    a.message = message(Msg::NonFinite, {what, formatShortest(value), stepAndEpoch(step, epoch), alertFigure(lr)});
    a.advice = message(Msg::NonFiniteAdvice);
    a.values = {{"value", value}, {"lr", lr}};
    return a;
}

}  // namespace ts
