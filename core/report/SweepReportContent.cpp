// A sweep report's content: the header and its figures, the definition and search space, the results table, the
// charts, and the best trial's values and curves read from its run folder.
#include "core/common/Numbers.h"
#include "core/report/ParallelCoordinatesSvg.h"
#include "core/report/ReportSections.h"
#include "core/report/ReportText.h"
#include "core/report/SweepAxes.h"
#include "core/report/SweepReport.h"

#include <cmath>
#include <filesystem>

namespace ts {

using namespace report;

namespace {

constexpr double kCurveHeightRatio = 0.9;   // the best trial's two charts side by side are a little lower
constexpr int kParallelHeight = 380;

/// What a round of training is for this sweep: an epoch, or an evaluation for language models.
std::string roundName(const SweepDefinition& def) { return def.base.isLanguageModel() ? "evaluations" : "epochs"; }

/// "random", "grid (3 points per range)", "successive halving (eta 3)".
std::string strategyText(const SweepDefinition& def) {
    switch (def.strategy) {
    case SweepStrategy::Grid: return "grid (" + std::to_string(def.gridPoints) + " points per range)";
    case SweepStrategy::Random: return "random (seed " + std::to_string(def.seed) + ")";
    case SweepStrategy::Halving: return "successive halving (eta " + std::to_string(def.eta) + ", seed " + std::to_string(def.seed) + ")";
    }
    return sweepStrategyName(def.strategy);
}

/// The early-termination rule in words, with the rung budgets.
std::string ruleText(const SweepDefinition& def) {
    if (def.strategy != SweepStrategy::Halving)
        return "none: every trial trains its full budget of " + std::to_string(def.maxRounds()) + " " + roundName(def);
    std::string budgets;
    for (int b : def.rungBudgets()) budgets += (budgets.empty() ? "" : ", ") + std::to_string(b);
    return "every trial trains to the first rung's budget; the best 1/" + std::to_string(def.eta) +
           " of a rung continue to " + std::to_string(def.eta) + " times the budget, the others are pruned. Rung budgets: " +
           budgets + " " + roundName(def);
}

/// A space's values: "0.0001 .. 0.1" for ranges, "adam, sgd" for lists.
std::string spaceText(const SweepParameter& p) {
    switch (p.kind) {
    case SweepParameter::Kind::List: {
        std::string s;
        for (const Json& v : p.values) s += (s.empty() ? "" : ", ") + valueText(v);
        return s;
    }
    case SweepParameter::Kind::Uniform:
    case SweepParameter::Kind::LogUniform: return general(p.low) + " .. " + general(p.high);
    case SweepParameter::Kind::IntRange: return formatShortest(p.low) + " .. " + formatShortest(p.high);
    }
    return sweepParameterSpec(p);
}

/// "list", "uniform", "log-uniform", "integers".
const char* kindText(SweepParameter::Kind k) {
    switch (k) {
    case SweepParameter::Kind::List: return "list";
    case SweepParameter::Kind::Uniform: return "uniform";
    case SweepParameter::Kind::LogUniform: return "log-uniform";
    case SweepParameter::Kind::IntRange: return "integers";
    }
    return "list";
}

/// Trials with `status`.
int countOf(const Sweep& sweep, const std::string& status) {
    int n = 0;
    for (const SweepTrial& t : sweep.trials) n += t.status == status ? 1 : 0;
    return n;
}

/// Sum of the trials' training time.
double totalSeconds(const Sweep& sweep) {
    double s = 0.0;
    for (const SweepTrial& t : sweep.trials) s += t.seconds;
    return s;
}

void addFigures(SweepReportContent& c, const Sweep& sweep) {
    const int failed = countOf(sweep, "failed") + countOf(sweep, "diverged");
    c.figures.push_back({"Trials planned", std::to_string(sweep.trials.size())});
    c.figures.push_back({"Finished", std::to_string(countOf(sweep, "finished"))});
    c.figures.push_back({"Pruned", std::to_string(countOf(sweep, "pruned"))});
    c.figures.push_back({"Failed", std::to_string(failed)});
    c.figures.push_back({"Training time", formatDuration(totalSeconds(sweep))});
    const int best = sweep.bestTrial();
    if (best >= 0) {
        const SweepTrial& t = sweep.trials[size_t(best)];
        c.figures.push_back({"Best objective", objectiveText(sweep.def.objective, t.objective),
                             "trial " + std::to_string(t.index) + " \u00b7 " + sweep.def.objective.describe()});
    }
}

void addDefinition(SweepReportContent& c, const Sweep& sweep) {
    const SweepDefinition& d = sweep.def;
    c.definition.header = {"Item", "Value"};
    c.definition.numeric = {false, false};
    c.definition.rows = {
        {"Data set", d.dataPath},
        {"Preset", d.base.preset + " (" + presetDescription(d.base.preset) + ")"},
        {"Strategy", strategyText(d)},
        {"Early termination", ruleText(d)},
        {"Objective", d.objective.describe() + (d.objective.minimize() ? " (minimized)" : " (maximized)")},
        {"Trials", std::to_string(sweep.trials.size()) + (d.strategy == SweepStrategy::Grid ? " (every combination)" : "")},
        {"Time limit", d.timeLimitSec > 0 ? formatDuration(d.timeLimitSec) : "none"},
        {"Budget per trial", std::to_string(d.maxRounds()) + " " + roundName(d)},
        {"Created", sweep.createdAt.empty() ? "unknown" : displayTime(sweep.createdAt)},
    };
    c.space.header = {"Parameter", "Space", "Values"};
    c.space.numeric = {false, false, false};
    for (const SweepParameter& p : d.params) c.space.rows.push_back({p.name, kindText(p.kind), spaceText(p)});
}

void addResults(SweepReportContent& c, const Sweep& sweep) {
    c.results.header = {"Rank", "Trial", "Status", "Rung", sweep.def.base.isLanguageModel() ? "Evaluations" : "Epochs", sweep.def.objective.describe()};
    for (const SweepParameter& p : sweep.def.params) c.results.header.push_back(p.name);
    c.results.header.push_back("Time");
    c.results.numeric = std::vector<bool>(c.results.header.size(), true);
    c.results.numeric[2] = false;
    const int best = sweep.bestTrial();
    int rank = 0;
    for (int i : rankedTrials(sweep)) {
        const SweepTrial& t = sweep.trials[size_t(i)];
        const bool scored = std::isfinite(t.objective);
        std::vector<std::string> row = {scored ? std::to_string(++rank) : "-", std::to_string(t.index), t.status,
                                        std::to_string(t.rung), std::to_string(t.rounds),
                                        objectiveText(sweep.def.objective, t.objective)};
        for (const SweepParameter& p : sweep.def.params) row.push_back(valueText(trialValue(t.values, p.name)));
        row.push_back(formatDuration(t.seconds));
        if (i == best) c.results.emphasizedRows.push_back(int(c.results.rows.size()));
        if (t.status == "pruned") c.results.flaggedRows.push_back(int(c.results.rows.size()));
        c.results.rows.push_back(std::move(row));
    }
    c.results.note = "Ranked by " + sweep.def.objective.describe() +
                     (sweep.def.strategy == SweepStrategy::Halving ? ", trials of a higher rung first" : std::string()) +
                     ". The best trial is in bold; pruned trials are shaded amber (stopped by the early-termination rule).";
}

/// The best trial's values and its curves, from its run folder.
void addBestTrial(SweepReportContent& c, const std::string& dir, const Sweep& sweep, const SvgOptions& svg) {
    const int best = sweep.bestTrial();
    if (best < 0) return;
    const SweepTrial& t = sweep.trials[size_t(best)];
    c.bestTitle = "Best trial: " + std::to_string(t.index) + " (" + describeTrial(t.values) + ")";
    c.bestValues.header = {"Item", "Value"};
    c.bestValues.numeric = {false, false};
    c.bestValues.rows.push_back({sweep.def.objective.describe(), objectiveText(sweep.def.objective, t.objective)});
    for (const auto& [name, value] : t.values) c.bestValues.rows.push_back({name, valueText(value)});
    c.bestValues.rows.push_back({"Status", t.status});
    c.bestValues.rows.push_back({"Rounds", std::to_string(t.rounds) + " " + roundName(sweep.def)});
    c.bestValues.rows.push_back({"Training time", formatDuration(t.seconds)});
    c.bestValues.rows.push_back({"Run folder", t.runDir});
    try {
        const RunRecord run = loadRun((std::filesystem::path(dir) / t.runDir).string());
        const SvgOptions side = sideBySide(svg, int(svg.height * kCurveHeightRatio));
        c.bestLossSvg = lossChartSvg(run, svg);
        if (!run.isLanguageModel()) c.bestAccuracySvg = accuracyChartSvg(run, side);
    } catch (const std::exception& e) {
        c.warnings.push_back(std::string("the best trial's curves are missing: ") + e.what());
    }
}

}  // namespace

SweepReportContent buildSweepReportContent(const std::string& dir, const Sweep& sweep, const ReportEnvironment& env,
                                           const SvgOptions& svg) {
    SweepReportContent c;
    c.title = "TrainScope sweep: " + fileNameOf(dir, "sweep");
    c.subtitle = fileNameOf(sweep.def.dataPath, "data") + " \u00b7 " + sweep.def.base.preset + " \u00b7 " +
                 sweepStrategyName(sweep.def.strategy) + " \u00b7 " + sweep.def.objective.describe() +
                 (sweep.done() ? "" : " \u00b7 not finished");
    addFigures(c, sweep);
    addDefinition(c, sweep);
    addResults(c, sweep);
    c.parallelSvg = parallelCoordinatesSvg(sweep, SvgOptions{svg.width, kParallelHeight, svg.standalone});
    c.scatterSvg = objectiveScatterSvg(sweep, svg);
    addBestTrial(c, dir, sweep, svg);
    c.environment = environmentTable(env, {});
    c.generatedAt = localTimeNow();
    return c;
}

}  // namespace ts
