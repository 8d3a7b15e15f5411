// A sweep report's content: the header and its figures, the definition and search space, the results table, the
// charts, and the best trial's values and curves read from its run folder.
#include "core/common/Numbers.h"
#include "core/report/ParallelCoordinatesSvg.h"
#include "core/report/ReportSections.h"
#include "core/report/ReportMessages.h"
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

/// What a round of training is for this sweep, after a count: epochs, or evaluations for language models.
std::string roundsText(const SweepDefinition& def, int rounds, const ReportPhrases& ph) {
    return fillIn(def.base.isLanguageModel() ? ph("Report", "%1 evaluations") : ph("Report", "%1 epochs"),
                  {std::to_string(rounds)});
}

/// "random", "grid (3 points per range)", "successive halving (eta 3)".
std::string strategyText(const SweepDefinition& def, const ReportPhrases& ph) {
    switch (def.strategy) {
    case SweepStrategy::Grid: return fillIn(ph("Report", "grid (%1 points per range)"), {std::to_string(def.gridPoints)});
    case SweepStrategy::Random: return fillIn(ph("Report", "random (seed %1)"), {std::to_string(def.seed)});
    case SweepStrategy::Halving:
        return fillIn(ph("Report", "successive halving (eta %1, seed %2)"), {std::to_string(def.eta), std::to_string(def.seed)});
    }
    return sweepStrategyName(def.strategy);
}

/// The early-termination rule in words, with the rung budgets.
std::string ruleText(const SweepDefinition& def, const ReportPhrases& ph) {
    if (def.strategy != SweepStrategy::Halving)
        return fillIn(ph("Report", "none: every trial trains its full budget of %1"), {roundsText(def, def.maxRounds(), ph)});
    std::string budgets;
    for (int b : def.rungBudgets()) budgets += (budgets.empty() ? "" : ", ") + std::to_string(b);
    return fillIn(ph("Report", "every trial trains to the first rung's budget; the best 1/%1 of a rung continue to %1 times "
                               "the budget, the others are pruned. Rung budgets: %2"),
                  {std::to_string(def.eta), budgets + " " + (def.base.isLanguageModel() ? ph("Report", "evaluations")
                                                                                        : ph("Report", "epochs"))});
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
std::string kindText(SweepParameter::Kind k, const ReportPhrases& ph) {
    switch (k) {
    case SweepParameter::Kind::List: return ph("Report", "list");
    case SweepParameter::Kind::Uniform: return ph("Report", "uniform");
    case SweepParameter::Kind::LogUniform: return ph("Report", "log-uniform");
    case SweepParameter::Kind::IntRange: return ph("Report", "integers");
    }
    return ph("Report", "list");
}

/// A trial's status word in the report's language ("pruned", "finished", ...).
std::string trialStatusPhrase(const std::string& status, const ReportPhrases& ph) {
    if (status == "pruned") return ph("Report", "pruned");
    if (status == "planned") return ph("Report", "planned");
    return statusPhrase(status, ph);
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

void addFigures(SweepReportContent& c, const Sweep& sweep, const ReportPhrases& ph) {
    const int failed = countOf(sweep, "failed") + countOf(sweep, "diverged");
    c.figures.push_back({ph("Report", "Trials planned"), std::to_string(sweep.trials.size())});
    c.figures.push_back({ph("Report", "Finished"), std::to_string(countOf(sweep, "finished"))});
    c.figures.push_back({ph("Report", "Pruned"), std::to_string(countOf(sweep, "pruned"))});
    c.figures.push_back({ph("Report", "Failed"), std::to_string(failed)});
    c.figures.push_back({ph("Report", "Training time"), formatDuration(totalSeconds(sweep))});
    const int best = sweep.bestTrial();
    if (best >= 0) {
        const SweepTrial& t = sweep.trials[size_t(best)];
        c.figures.push_back({ph("Report", "Best objective"), objectiveText(sweep.def.objective, t.objective),
                             fillIn(ph("Report", "trial %1"), {std::to_string(t.index)}) + " \u00b7 " +
                                 sweep.def.objective.describe()});
    }
}

void addDefinition(SweepReportContent& c, const Sweep& sweep, const ReportPhrases& ph) {
    const SweepDefinition& d = sweep.def;
    c.definition.header = {ph("Report", "Item"), ph("Report", "Value")};
    c.definition.numeric = {false, false};
    const std::string trials = std::to_string(sweep.trials.size());
    c.definition.rows = {
        {ph("Report", "Data set"), d.dataPath},
        {ph("Report", "Preset"), d.base.preset + " (" + reportMessage(presetDescription(d.base.preset), ph) + ")"},
        {ph("Report", "Strategy"), strategyText(d, ph)},
        {ph("Report", "Early termination"), ruleText(d, ph)},
        {ph("Report", "Objective"), fillIn(d.objective.minimize() ? ph("Report", "%1 (minimized)") : ph("Report", "%1 (maximized)"),
                                           {d.objective.describe()})},
        {ph("Report", "Trials"), d.strategy == SweepStrategy::Grid ? fillIn(ph("Report", "%1 (every combination)"), {trials}) : trials},
        {ph("Report", "Time limit"), d.timeLimitSec > 0 ? formatDuration(d.timeLimitSec) : ph("Report", "none")},
        {ph("Report", "Budget per trial"), roundsText(d, d.maxRounds(), ph)},
        {ph("Report", "Created"), sweep.createdAt.empty() ? ph("Report", "unknown") : displayTime(sweep.createdAt)},
    };
    c.space.header = {ph("Report", "Parameter"), ph("Report", "Space"), ph("Report", "Values")};
    c.space.numeric = {false, false, false};
    for (const SweepParameter& p : d.params) c.space.rows.push_back({p.name, kindText(p.kind, ph), spaceText(p)});
}

void addResults(SweepReportContent& c, const Sweep& sweep, const ReportPhrases& ph) {
    c.results.header = {ph("Report", "Rank"), ph("Report", "Trial"), ph("Report", "Status"), ph("Report", "Rung"),
                        sweep.def.base.isLanguageModel() ? ph("Report", "Evaluations") : ph("Report", "Epochs"),
                        sweep.def.objective.describe()};
    for (const SweepParameter& p : sweep.def.params) c.results.header.push_back(p.name);
    c.results.header.push_back(ph("Report", "Time"));
    c.results.numeric = std::vector<bool>(c.results.header.size(), true);
    c.results.numeric[2] = false;
    const int best = sweep.bestTrial();
    int rank = 0;
    for (int i : rankedTrials(sweep)) {
        const SweepTrial& t = sweep.trials[size_t(i)];
        const bool scored = std::isfinite(t.objective);
        std::vector<std::string> row = {scored ? std::to_string(++rank) : "-", std::to_string(t.index), trialStatusPhrase(t.status, ph),
                                        std::to_string(t.rung), std::to_string(t.rounds),
                                        objectiveText(sweep.def.objective, t.objective)};
        for (const SweepParameter& p : sweep.def.params) row.push_back(valueText(trialValue(t.values, p.name)));
        row.push_back(formatDuration(t.seconds));
        if (i == best) c.results.emphasizedRows.push_back(int(c.results.rows.size()));
        if (t.status == "pruned") c.results.flaggedRows.push_back(int(c.results.rows.size()));
        c.results.rows.push_back(std::move(row));
    }
    c.results.note = fillIn(sweep.def.strategy == SweepStrategy::Halving
                                ? ph("Report", "Ranked by %1, trials of a higher rung first. The best trial is in bold; pruned "
                                               "trials are shaded amber (stopped by the early-termination rule).")
                                : ph("Report", "Ranked by %1. The best trial is in bold; pruned trials are shaded amber "
                                               "(stopped by the early-termination rule)."),
                            {sweep.def.objective.describe()});
}

/// The best trial's values and its curves, from its run folder.
void addBestTrial(SweepReportContent& c, const std::string& dir, const Sweep& sweep, const SvgOptions& svg,
                  const ReportPhrases& ph) {
    const int best = sweep.bestTrial();
    if (best < 0) return;
    const SweepTrial& t = sweep.trials[size_t(best)];
    c.bestTitle = fillIn(ph("Report", "Best trial: %1 (%2)"), {std::to_string(t.index), describeTrial(t.values)});
    c.bestValues.header = {ph("Report", "Item"), ph("Report", "Value")};
    c.bestValues.numeric = {false, false};
    c.bestValues.rows.push_back({sweep.def.objective.describe(), objectiveText(sweep.def.objective, t.objective)});
    for (const auto& [name, value] : t.values) c.bestValues.rows.push_back({name, valueText(value)});
    c.bestValues.rows.push_back({ph("Report", "Status"), trialStatusPhrase(t.status, ph)});
    c.bestValues.rows.push_back({ph("Report", "Rounds"), roundsText(sweep.def, t.rounds, ph)});
    c.bestValues.rows.push_back({ph("Report", "Training time"), formatDuration(t.seconds)});
    c.bestValues.rows.push_back({ph("Report", "Run folder"), t.runDir});
    try {
        const RunRecord run = loadRun((std::filesystem::path(dir) / t.runDir).string());
        const SvgOptions side = sideBySide(svg, int(svg.height * kCurveHeightRatio));
        c.bestLossSvg = lossChartSvg(run, svg, ph);
        if (!run.isLanguageModel()) c.bestAccuracySvg = accuracyChartSvg(run, side, ph);
    } catch (const std::exception& e) {
        c.warnings.push_back(fillIn(ph("Report", "the best trial's curves are missing: %1"), {e.what()}));
    }
}

}  // namespace

SweepReportContent buildSweepReportContent(const std::string& dir, const Sweep& sweep, const ReportEnvironment& env,
                                           const SvgOptions& svg, const ReportPhrases& ph) {
    SweepReportContent c;
    c.phrases = ph;
    c.title = fillIn(ph("Report", "TrainScope sweep: %1"), {fileNameOf(dir, "sweep")});
    c.subtitle = fileNameOf(sweep.def.dataPath, "data") + " \u00b7 " + sweep.def.base.preset + " \u00b7 " +
                 sweepStrategyName(sweep.def.strategy) + " \u00b7 " + sweep.def.objective.describe() +
                 (sweep.done() ? "" : " \u00b7 " + ph("Report", "not finished"));
    addFigures(c, sweep, ph);
    addDefinition(c, sweep, ph);
    addResults(c, sweep, ph);
    c.parallelSvg = parallelCoordinatesSvg(sweep, SvgOptions{svg.width, kParallelHeight, svg.standalone}, ph);
    c.scatterSvg = objectiveScatterSvg(sweep, svg, ph);
    addBestTrial(c, dir, sweep, svg, ph);
    c.environment = environmentTable(env, {}, ph);
    c.generatedAt = localTimeNow();
    return c;
}

}  // namespace ts
