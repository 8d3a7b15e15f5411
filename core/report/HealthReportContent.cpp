// The "Training health" section of a run report (issue 16): the run's alerts, the global gradient norm, the last
// health sample's per-layer figures with out-of-band update ratios marked, and the machine's figures per epoch.
#include "core/common/Numbers.h"
#include "core/report/Report.h"
#include "core/report/ReportText.h"

#include <algorithm>
#include <cmath>

namespace ts {

using namespace report;

namespace {

/// Alerts listed in a report; the rest are counted in the table's note (all of them stay in alerts.jsonl).
constexpr size_t kMaxAlertRows = 100;
/// The gradient-norm chart's height as a share of a full chart's.
constexpr double kGradNormHeightRatio = 0.8;
/// The update ratio a healthy layer is near (Karpathy's rule of thumb), for the table's note.
constexpr double kHealthyUpdateRatio = 1e-3;
/// A share as a percentage.
constexpr double kPercent = 100.0;

/// How the report names an alert kind.
const char* alertKindTitle(AlertKind kind) {
    switch (kind) {
    case AlertKind::LossSpike: return "Loss spike";
    case AlertKind::GradientSpike: return "Gradient spike";
    case AlertKind::ExplodingGradients: return "Exploding gradients";
    case AlertKind::VanishingGradients: return "Vanishing gradients";
    case AlertKind::Overfitting: return "Overfitting";
    case AlertKind::Plateau: return "Plateau";
    case AlertKind::DeadLayer: return "Dead layer";
    case AlertKind::NonFinite: return "NaN / Inf";
    }
    return "Alert";
}

ReportTable alertsTable(const std::vector<Alert>& alerts) {
    ReportTable t;
    t.header = {"Step", "Kind", "What was seen", "What to try"};
    t.numeric = {true, false, false, false};
    for (size_t i = 0; i < alerts.size() && i < kMaxAlertRows; ++i) {
        const Alert& a = alerts[i];
        t.rows.push_back({thousands(a.step), alertKindTitle(a.kind), a.message, a.advice});
        if (a.kind == AlertKind::NonFinite) t.flaggedRows.push_back(int(i));
    }
    if (alerts.size() > kMaxAlertRows)
        t.note = "The first " + std::to_string(kMaxAlertRows) + " of " + thousands(int64_t(alerts.size())) +
                 " alerts; alerts.jsonl in the run folder holds them all.";
    return t;
}

/// The last health sample that measured anything.
const HealthSample* lastSample(const std::vector<HealthSample>& health) {
    for (auto it = health.rbegin(); it != health.rend(); ++it)
        if (!it->parameters.empty() || !it->activations.empty()) return &*it;
    return nullptr;
}

/// Per-parameter and per-layer figures of one sample; update ratios outside the band and dead layers flagged.
ReportTable layersTable(const HealthSample& h, const HealthSettings& s) {
    ReportTable t;
    t.header = {"Layer", "Grad norm", "Weight norm", "Update ratio", "Dead units"};
    t.numeric = {false, true, true, true, true};
    for (const ParameterHealth& p : h.parameters) {
        const bool measured = p.updateRatio >= 0.0 && p.weightNorm > 0.0;
        if (measured && (p.updateRatio > s.explodingRatio || p.updateRatio < s.vanishingRatio))
            t.flaggedRows.push_back(int(t.rows.size()));
        t.rows.push_back({p.name, general(p.gradNorm), general(p.weightNorm), measured ? scientific(p.updateRatio) : "-", ""});
    }
    for (const ActivationHealth& a : h.activations) {
        if (a.rectified && a.deadFraction > s.deadShare) t.flaggedRows.push_back(int(t.rows.size()));
        t.rows.push_back({a.name + " (output)", "", "", "", a.rectified ? percent(a.deadFraction) : "-"});
    }
    t.note = "Update ratio: the size of one optimizer step relative to the weights, |dw| / |w|; about " +
             formatShortest(kHealthyUpdateRatio) + " is healthy. Marked: a ratio outside [" +
             formatShortest(s.vanishingRatio) + ", " + formatShortest(s.explodingRatio) + "], or more than " +
             formatShortest(s.deadShare * kPercent) + "% of a layer's units dead (zero for every sample of the batch).";
    return t;
}

/// Mean of the known values (those `known` accepts); NaN when none is.
template <class Get, class Known>
double meanOf(const std::vector<EpochMetrics>& epochs, Get get, Known known) {
    double sum = 0.0;
    int n = 0;
    for (const EpochMetrics& e : epochs)
        if (known(get(e.system))) {
            sum += get(e.system);
            ++n;
        }
    return n > 0 ? sum / n : std::nan("");
}

/// Largest of the known values; NaN when none is.
template <class Get, class Known>
double peakOf(const std::vector<EpochMetrics>& epochs, Get get, Known known) {
    double peak = std::nan("");
    for (const EpochMetrics& e : epochs)
        if (known(get(e.system)) && !(get(e.system) <= peak)) peak = get(e.system);
    return peak;
}

/// The machine over the run: mean throughput, data share and CPU, peak resident and GPU memory (known ones only).
ReportTable systemTable(const RunRecord& run) {
    const auto positive = [](double v) { return v > 0.0; };
    const auto measured = [](double v) { return v >= 0.0; };
    const std::vector<EpochMetrics>& e = run.epochs;
    ReportTable t;
    t.header = {"Figure", "Value"};
    t.numeric = {false, true};
    const double speed = meanOf(e, [](const SystemMetrics& s) { return s.samplesPerSec; }, positive);
    const double data = meanOf(e, [](const SystemMetrics& s) { return s.dataShare; }, measured);
    const double cpu = meanOf(e, [](const SystemMetrics& s) { return s.cpuPercent; }, measured);
    const double rss = peakOf(e, [](const SystemMetrics& s) { return s.rssMb; }, positive);
    const double gpuAllocated = peakOf(e, [](const SystemMetrics& s) { return s.gpuAllocatedMb; }, measured);
    const double gpuReserved = peakOf(e, [](const SystemMetrics& s) { return s.gpuReservedMb; }, measured);
    const std::string unit = run.isLanguageModel() ? " tokens/s" : " samples/s";
    if (std::isfinite(speed)) t.rows.push_back({"Throughput (mean)", thousands(std::llround(speed)) + unit});
    if (std::isfinite(data)) t.rows.push_back({"Time preparing batches (mean)", percent(data)});
    if (std::isfinite(cpu)) t.rows.push_back({"Process CPU (mean, 100% = one core)", fixed(cpu, 0) + "%"});
    if (std::isfinite(rss)) t.rows.push_back({"Resident memory (peak)", thousands(std::llround(rss)) + " MiB"});
    if (std::isfinite(gpuAllocated)) t.rows.push_back({"GPU memory allocated (peak)", thousands(std::llround(gpuAllocated)) + " MiB"});
    if (std::isfinite(gpuReserved)) t.rows.push_back({"GPU memory reserved (peak)", thousands(std::llround(gpuReserved)) + " MiB"});
    if (!t.rows.empty()) t.note = "Per epoch or evaluation, over its training steps.";
    return t;
}

/// "3 alerts; per-layer figures at 38 health samples, every 25 steps."
std::string healthSummary(const RunRecord& run) {
    std::string out = run.alerts.empty() ? std::string("No alerts were raised")
                                         : thousands(int64_t(run.alerts.size())) +
                                               (run.alerts.size() == 1 ? " alert was raised" : " alerts were raised");
    if (run.health.empty()) return out + "; no per-layer figures were recorded.";
    out += "; per-layer figures at " + thousands(int64_t(run.health.size())) + " health sample" +
           (run.health.size() == 1 ? "" : "s");
    if (run.health.size() >= 2) out += ", every " + thousands(run.health[1].step - run.health[0].step) + " steps";
    return out + ".";
}

}  // namespace

ReportHealth buildHealthSection(const RunRecord& run, bool gradNormShown, const SvgOptions& svg) {
    ReportHealth h;
    h.system = systemTable(run);
    if (run.health.empty() && run.alerts.empty() && h.system.rows.empty()) return h;
    h.summary = healthSummary(run);
    h.alerts = alertsTable(run.alerts);
    if (!gradNormShown) {
        SvgOptions chart = svg;
        chart.height = int(svg.height * kGradNormHeightRatio);
        h.gradNormSvg = gradNormChartSvg(run, run.config.gradClip, chart);
    }
    if (const HealthSample* last = lastSample(run.health)) {
        h.layersTitle = "Layers at step " + thousands(last->step) +
                        (last->epoch > 0 ? " (" + std::string(run.isLanguageModel() ? "evaluation round " : "epoch ") +
                                               std::to_string(last->epoch) + ")"
                                         : std::string());
        h.layers = layersTable(*last, run.config.health);
    }
    return h;
}

}  // namespace ts
