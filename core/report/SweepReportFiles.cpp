// A sweep report's exports and files: the results table as CSV, the definition and results as JSON, and writing
// any core format of a sweep folder's report.
#include "core/common/Numbers.h"
#include "core/runs/RunJson.h"
#include "core/report/ReportSections.h"
#include "core/report/ReportText.h"
#include "core/report/SweepAxes.h"
#include "core/report/SweepReport.h"

#include <cmath>
#include <filesystem>
#include <stdexcept>

namespace ts {

using namespace report;

namespace {

constexpr int kHtmlChartWidth = 1020;   // as wide as the run reports' page content
constexpr int kHtmlChartHeight = 320;
constexpr int kJsonIndent = 2;

/// A number for a CSV cell: shortest round-trip text, empty when NaN.
std::string csvNumber(double v) { return std::isfinite(v) ? formatShortest(v) : std::string(); }

/// A parameter's value for a CSV cell: numbers exactly, words quoted when needed.
std::string csvValue(const Json& v) {
    if (v.isNumber()) return csvNumber(v.number());
    if (v.isString()) return csvText(v.string());
    return v.isNull() ? std::string() : csvText(v.dump());
}

/// The definition: data set, base configuration, parameters, strategy, halving, objective and budget.
Json definitionJson(const Sweep& sweep) {
    const SweepDefinition& d = sweep.def;
    Json j;
    Json data;
    data.set("path", d.dataPath);
    if (!d.loadOptions.empty()) data.set("load_options", Json::parse(d.loadOptions));
    j.set("dataset", data);
    j.set("preset", d.base.preset);
    j.set("config", toJson(d.base));
    Json params = Json(Json::Array{});
    for (const SweepParameter& p : d.params) {
        Json pj;
        pj.set("name", p.name);
        pj.set("space", sweepParameterSpec(p));
        pj.set("log_scale", p.logScale());
        params.push(pj);
    }
    j.set("parameters", params);
    j.set("strategy", sweepStrategyName(d.strategy));
    j.set("trials_planned", long(sweep.trials.size()));
    if (d.strategy == SweepStrategy::Grid) j.set("grid_points", d.gridPoints);
    if (d.strategy == SweepStrategy::Halving) {
        Json h;
        h.set("eta", d.eta);
        h.set("min_rounds", d.minRounds);
        Json budgets = Json(Json::Array{});
        for (int b : d.rungBudgets()) budgets.push(Json(b));
        h.set("rung_budgets", budgets);
        j.set("halving", h);
    }
    j.set("objective", d.objective.describe());
    j.set("minimize", d.objective.minimize());
    j.set("seed", Json((unsigned long)d.seed));
    j.set("time_limit_seconds", d.timeLimitSec);
    return j;
}

/// The results table: one object per trial, best first.
Json trialsJson(const Sweep& sweep) {
    Json out = Json(Json::Array{});
    int rank = 0;
    for (int i : rankedTrials(sweep)) {
        const SweepTrial& t = sweep.trials[size_t(i)];
        Json j;
        const bool scored = std::isfinite(t.objective);
        j.set("rank", scored ? Json(++rank) : Json());
        j.set("trial", t.index);
        j.set("status", t.status);
        j.set("rung", t.rung);
        j.set("rounds", t.rounds);
        j.set("objective", scored ? Json(t.objective) : Json());
        j.set("values", trialValuesToJson(t.values));
        j.set("seconds", t.seconds);
        j.set("run_dir", t.runDir);
        j.set("message", t.message);
        j.set("best", i == sweep.bestTrial());
        out.push(j);
    }
    return out;
}

/// Counts, time and the best trial.
Json summaryJson(const Sweep& sweep) {
    Json j;
    Json counts;
    double seconds = 0.0;
    for (const SweepTrial& t : sweep.trials) {
        counts.set(t.status, Json(counts[t.status].integer() + 1));
        seconds += t.seconds;
    }
    j.set("trials", counts);
    j.set("training_seconds", seconds);
    j.set("done", sweep.done());
    const int best = sweep.bestTrial();
    j.set("best_trial", best >= 0 ? Json(sweep.trials[size_t(best)].index) : Json());
    if (best >= 0) j.set("best_objective", sweep.trials[size_t(best)].objective);
    return j;
}

}  // namespace

bool isSweepFolder(const std::string& dir) {
    std::error_code ec;
    return std::filesystem::is_regular_file(std::filesystem::path(dir) / "sweep.json", ec);
}

std::string sweepReportCsv(const Sweep& sweep) {
    std::string out = "rank,trial,status,rung,rounds,objective";
    for (const SweepParameter& p : sweep.def.params) out += "," + csvText(p.name);
    out += ",seconds,run_dir,message\n";
    int rank = 0;
    for (int i : rankedTrials(sweep)) {
        const SweepTrial& t = sweep.trials[size_t(i)];
        out += (std::isfinite(t.objective) ? std::to_string(++rank) : std::string()) + "," + std::to_string(t.index) + "," +
               csvText(t.status) + "," + std::to_string(t.rung) + "," + std::to_string(t.rounds) + "," + csvNumber(t.objective);
        for (const SweepParameter& p : sweep.def.params) out += "," + csvValue(trialValue(t.values, p.name));
        out += "," + csvNumber(t.seconds) + "," + csvText(t.runDir) + "," + csvText(t.message) + "\n";
    }
    return out;
}

std::string sweepReportJson(const std::string& dir, const Sweep& sweep, const ReportEnvironment& env) {
    Json doc;
    Json about;
    about.set("name", fileNameOf(dir, "sweep"));
    about.set("folder", dir);
    about.set("created_at", sweep.createdAt);
    doc.set("sweep", about);
    doc.set("definition", definitionJson(sweep));
    doc.set("summary", summaryJson(sweep));
    doc.set("trials", trialsJson(sweep));
    doc.set("report_generated_at", localTimeNow());
    doc.set("environment", environmentJson(env));
    return doc.dump(kJsonIndent) + "\n";
}

void writeSweepReport(const std::string& dir, ReportFormat format, const std::string& path, const ReportPhrases& ph) {
    if (format == ReportFormat::Pdf)
        throw std::invalid_argument("PDF reports are made by the Qt layer (trainscope-report or the app), not by core");
    checkReportDestination(path);
    const Sweep sweep = loadSweep(dir);
    std::string content;
    switch (format) {
    case ReportFormat::Html:
        content = sweepReportHtml(
            buildSweepReportContent(dir, sweep, currentEnvironment(), SvgOptions{kHtmlChartWidth, kHtmlChartHeight, false}, ph));
        break;
    case ReportFormat::Csv: content = sweepReportCsv(sweep); break;
    case ReportFormat::Json: content = sweepReportJson(dir, sweep, currentEnvironment()); break;
    case ReportFormat::Pdf: break;
    }
    writeReportFile(path, content);
}

}  // namespace ts
