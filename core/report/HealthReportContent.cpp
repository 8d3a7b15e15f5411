// The "Training health" section of a run report (issue 16): the run's alerts, the global gradient norm, the last
// health sample's per-layer figures with out-of-band update ratios marked, and the machine's figures per epoch.
#include "core/common/Numbers.h"
#include "core/report/Report.h"
#include "core/report/ReportMessages.h"
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
std::string alertKindTitle(AlertKind kind, const ReportPhrases& ph) {
    switch (kind) {
    case AlertKind::LossSpike: return ph("Report", "Loss spike");
    case AlertKind::GradientSpike: return ph("Report", "Gradient spike");
    case AlertKind::ExplodingGradients: return ph("Report", "Exploding gradients");
    case AlertKind::VanishingGradients: return ph("Report", "Vanishing gradients");
    case AlertKind::Overfitting: return ph("Report", "Overfitting");
    case AlertKind::Plateau: return ph("Report", "Plateau");
    case AlertKind::DeadLayer: return ph("Report", "Dead layer");
    case AlertKind::NonFinite: return ph("Report", "NaN / Inf");
    }
    return ph("Report", "Alert");
}

ReportTable alertsTable(const std::vector<Alert>& alerts, const ReportPhrases& ph) {
    ReportTable t;
    t.header = {ph("Report", "Step"), ph("Report", "Kind"), ph("Report", "What was seen"), ph("Report", "What to try")};
    t.numeric = {true, false, false, false};
    for (size_t i = 0; i < alerts.size() && i < kMaxAlertRows; ++i) {
        const Alert& a = alerts[i];
        t.rows.push_back({thousands(a.step), alertKindTitle(a.kind, ph), reportMessage(a.message, ph),
                          reportMessage(a.advice, ph)});
        if (a.kind == AlertKind::NonFinite) t.flaggedRows.push_back(int(i));
    }
    if (alerts.size() > kMaxAlertRows)
        t.note = fillIn(ph("Report", "The first %1 of %2 alerts; alerts.jsonl in the run folder holds them all."),
                        {std::to_string(kMaxAlertRows), thousands(int64_t(alerts.size()))});
    return t;
}

/// The last health sample that measured anything.
const HealthSample* lastSample(const std::vector<HealthSample>& health) {
    for (auto it = health.rbegin(); it != health.rend(); ++it)
        if (!it->parameters.empty() || !it->activations.empty()) return &*it;
    return nullptr;
}

/// Per-parameter and per-layer figures of one sample; update ratios outside the band and dead layers flagged.
ReportTable layersTable(const HealthSample& h, const HealthSettings& s, const ReportPhrases& ph) {
    ReportTable t;
    t.header = {ph("Report", "Layer"), ph("Report", "Grad norm"), ph("Report", "Weight norm"), ph("Report", "Update ratio"),
                ph("Report", "Dead units")};
    t.numeric = {false, true, true, true, true};
    for (const ParameterHealth& p : h.parameters) {
        const bool measured = p.updateRatio >= 0.0 && p.weightNorm > 0.0;
        if (measured && (p.updateRatio > s.explodingRatio || p.updateRatio < s.vanishingRatio))
            t.flaggedRows.push_back(int(t.rows.size()));
        t.rows.push_back({p.name, general(p.gradNorm), general(p.weightNorm), measured ? scientific(p.updateRatio) : "-", ""});
    }
    for (const ActivationHealth& a : h.activations) {
        if (a.rectified && a.deadFraction > s.deadShare) t.flaggedRows.push_back(int(t.rows.size()));
        t.rows.push_back({fillIn(ph("Report", "%1 (output)"), {a.name}), "", "", "", a.rectified ? percent(a.deadFraction) : "-"});
    }
    t.note = fillIn(ph("Report", "Update ratio: the size of one optimizer step relative to the weights, |dw| / |w|; about %1 "
                                 "is healthy. Marked: a ratio outside [%2, %3], or more than %4% of a layer's units dead "
                                 "(zero for every sample of the batch)."),
                    {formatShortest(kHealthyUpdateRatio), formatShortest(s.vanishingRatio), formatShortest(s.explodingRatio),
                     formatShortest(s.deadShare * kPercent)});
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
ReportTable systemTable(const RunRecord& run, const ReportPhrases& ph) {
    const auto positive = [](double v) { return v > 0.0; };
    const auto measured = [](double v) { return v >= 0.0; };
    const std::vector<EpochMetrics>& e = run.epochs;
    ReportTable t;
    t.header = {ph("Report", "Figure"), ph("Report", "Value")};
    t.numeric = {false, true};
    const double speed = meanOf(e, [](const SystemMetrics& s) { return s.samplesPerSec; }, positive);
    const double data = meanOf(e, [](const SystemMetrics& s) { return s.dataShare; }, measured);
    const double cpu = meanOf(e, [](const SystemMetrics& s) { return s.cpuPercent; }, measured);
    const double rss = peakOf(e, [](const SystemMetrics& s) { return s.rssMb; }, positive);
    const double gpuAllocated = peakOf(e, [](const SystemMetrics& s) { return s.gpuAllocatedMb; }, measured);
    const double gpuReserved = peakOf(e, [](const SystemMetrics& s) { return s.gpuReservedMb; }, measured);
    const std::string speedPattern = run.isLanguageModel() ? ph("Report", "%1 tokens/s") : ph("Report", "%1 samples/s");
    if (std::isfinite(speed)) t.rows.push_back({ph("Report", "Throughput (mean)"), fillIn(speedPattern, {thousands(std::llround(speed))})});
    if (std::isfinite(data)) t.rows.push_back({ph("Report", "Time preparing batches (mean)"), percent(data)});
    if (std::isfinite(cpu)) t.rows.push_back({ph("Report", "Process CPU (mean, 100% = one core)"), fixed(cpu, 0) + "%"});
    if (std::isfinite(rss)) t.rows.push_back({ph("Report", "Resident memory (peak)"), thousands(std::llround(rss)) + " MiB"});
    if (std::isfinite(gpuAllocated))
        t.rows.push_back({ph("Report", "GPU memory allocated (peak)"), thousands(std::llround(gpuAllocated)) + " MiB"});
    if (std::isfinite(gpuReserved))
        t.rows.push_back({ph("Report", "GPU memory reserved (peak)"), thousands(std::llround(gpuReserved)) + " MiB"});
    if (!t.rows.empty()) t.note = ph("Report", "Per epoch or evaluation, over its training steps.");
    return t;
}

/// "3 alerts; per-layer figures at 38 health samples, every 25 steps."
std::string healthSummary(const RunRecord& run, const ReportPhrases& ph) {
    const std::string alerts = thousands(int64_t(run.alerts.size()));
    std::string out = run.alerts.empty()        ? ph("Report", "No alerts were raised")
                      : run.alerts.size() == 1 ? fillIn(ph("Report", "%1 alert was raised"), {alerts})
                                               : fillIn(ph("Report", "%1 alerts were raised"), {alerts});
    if (run.health.empty()) return out + ph("Report", "; no per-layer figures were recorded.");
    const std::string samples = thousands(int64_t(run.health.size()));
    out += run.health.size() == 1 ? fillIn(ph("Report", "; per-layer figures at %1 health sample"), {samples})
                                  : fillIn(ph("Report", "; per-layer figures at %1 health samples"), {samples});
    if (run.health.size() >= 2)
        out += fillIn(ph("Report", ", every %1 steps"), {thousands(run.health[1].step - run.health[0].step)});
    return out + ph("Report", ".");
}

}  // namespace

ReportHealth buildHealthSection(const RunRecord& run, bool gradNormShown, const SvgOptions& svg, const ReportPhrases& ph) {
    ReportHealth h;
    h.system = systemTable(run, ph);
    if (run.health.empty() && run.alerts.empty() && h.system.rows.empty()) return h;
    h.summary = healthSummary(run, ph);
    h.alerts = alertsTable(run.alerts, ph);
    if (!gradNormShown) {
        SvgOptions chart = svg;
        chart.height = int(svg.height * kGradNormHeightRatio);
        h.gradNormSvg = gradNormChartSvg(run, run.config.gradClip, chart, ph);
    }
    if (const HealthSample* last = lastSample(run.health)) {
        const std::string step = thousands(last->step), round = std::to_string(last->epoch);
        h.layersTitle = last->epoch <= 0            ? fillIn(ph("Report", "Layers at step %1"), {step})
                        : run.isLanguageModel() ? fillIn(ph("Report", "Layers at step %1 (evaluation round %2)"), {step, round})
                                                : fillIn(ph("Report", "Layers at step %1 (epoch %2)"), {step, round});
        h.layers = layersTable(*last, run.config.health, ph);
    }
    return h;
}

}  // namespace ts
