// Sweep definitions and state, their files, and successive halving's promotions.
#include "core/sweep/Sweep.h"

#include "core/common/AtomicFile.h"
#include "core/common/Numbers.h"
#include "core/runs/RunJson.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <fstream>
#include <iterator>
#include <limits>
#include <stdexcept>

namespace ts {

namespace {

constexpr int kSweepFormat = 1;
const char* const kSweepFile = "sweep.json";
const char* const kTrialsFile = "trials.csv";

/// A CSV cell: quoted when it holds a comma, a quote or a line break.
std::string csvCell(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string q = "\"";
    for (char c : text) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::string valueText(const Json& v) { return v.isString() ? v.string() : v.isNumber() ? formatShortest(v.number()) : v.dump(); }

Json paramToJson(const SweepParameter& p) { return Json(sweepParameterSpec(p)); }

Json trialToJson(const SweepTrial& t) {
    Json j;
    j.set("index", t.index);
    j.set("values", trialValuesToJson(t.values));
    j.set("status", t.status);
    j.set("rung", t.rung);
    j.set("rounds", t.rounds);
    j.set("run_dir", t.runDir);
    j.set("objective", std::isfinite(t.objective) ? Json(t.objective) : Json());
    j.set("seconds", t.seconds);
    j.set("message", t.message);
    return j;
}

SweepTrial trialFromJson(const Json& j, const std::vector<SweepParameter>& params) {
    SweepTrial t;
    t.index = int(j["index"].integer());
    t.values = trialValuesFromJson(j["values"], params);
    t.status = j["status"].string("pending");
    t.rung = int(j["rung"].integer());
    t.rounds = int(j["rounds"].integer());
    t.runDir = j["run_dir"].string();
    t.objective = j["objective"].number(std::numeric_limits<double>::quiet_NaN());
    t.seconds = j["seconds"].number();
    t.message = j["message"].string();
    return t;
}

std::string trialsCsv(const Sweep& s) {
    std::string out = "trial,status,rung,rounds,objective";
    for (const SweepParameter& p : s.def.params) out += "," + csvCell(p.name);
    out += ",seconds,run_dir,message\n";
    for (const SweepTrial& t : s.trials) {
        out += std::to_string(t.index) + "," + t.status + "," + std::to_string(t.rung) + "," + std::to_string(t.rounds) +
               "," + formatCsvNumber(t.objective);
        for (const auto& [name, value] : t.values) out += "," + csvCell(valueText(value));
        out += "," + formatCsvNumber(t.seconds) + "," + csvCell(t.runDir) + "," + csvCell(t.message) + "\n";
    }
    return out;
}

std::string nowIso() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

}  // namespace

const char* sweepStrategyName(SweepStrategy s) {
    switch (s) {
    case SweepStrategy::Grid: return "grid";
    case SweepStrategy::Random: return "random";
    case SweepStrategy::Halving: return "halving";
    }
    return "random";
}

bool sweepStrategyFromName(const std::string& name, SweepStrategy& out) {
    for (SweepStrategy s : {SweepStrategy::Grid, SweepStrategy::Random, SweepStrategy::Halving})
        if (name == sweepStrategyName(s)) {
            out = s;
            return true;
        }
    return false;
}

double SweepObjective::of(const std::vector<EpochMetrics>& evaluations) const {
    double result = std::numeric_limits<double>::quiet_NaN();
    for (const EpochMetrics& e : evaluations) {
        if (e.val.empty() && !e.languageModel) continue;
        double v = e.val.loss;
        if (metric == "val_accuracy") v = e.val.accuracy;
        else if (metric == "macro_f1") v = e.val.macro.f1;
        else if (metric == "val_perplexity") v = e.lm.valPerplexity;
        if (!std::isfinite(v)) continue;
        if (finalValue || better(v, result)) result = v;
    }
    return result;
}

bool SweepObjective::better(double a, double b) const {
    if (!std::isfinite(a)) return false;
    if (!std::isfinite(b)) return true;
    return minimize() ? a < b : a > b;
}

SweepObjective parseSweepObjective(const std::string& text) {
    SweepObjective o;
    std::string metric = text;
    if (metric.rfind("final_", 0) == 0) {
        o.finalValue = true;
        metric = metric.substr(6);
    } else if (metric.rfind("best_", 0) == 0) {
        metric = metric.substr(5);
    }
    if (metric != "val_loss" && metric != "val_accuracy" && metric != "macro_f1" && metric != "val_perplexity")
        throw std::invalid_argument("unknown objective '" + text +
                                    "' (choose val_loss, val_accuracy, macro_f1 or val_perplexity, optionally "
                                    "prefixed by final_ for the last evaluation's value)");
    o.metric = metric;
    return o;
}

int SweepDefinition::maxRounds() const {
    return base.plannedRounds();
}

std::vector<int> SweepDefinition::rungBudgets() const {
    const int top = std::max(1, maxRounds());
    if (strategy != SweepStrategy::Halving) return {top};
    std::vector<int> budgets;
    for (int b = std::clamp(minRounds, 1, top); b < top; b *= std::max(2, eta)) budgets.push_back(b);
    budgets.push_back(top);
    return budgets;
}

int Sweep::bestTrial() const {
    int best = -1;
    for (size_t i = 0; i < trials.size(); ++i) {
        const SweepTrial& t = trials[i];
        // Halving: a trial is compared at the highest rung it reached.
        if (best < 0 || t.rung > trials[size_t(best)].rung ||
            (t.rung == trials[size_t(best)].rung && def.objective.better(t.objective, trials[size_t(best)].objective)))
            if (std::isfinite(t.objective)) best = int(i);
    }
    return best;
}

bool Sweep::done() const {
    return std::none_of(trials.begin(), trials.end(), [](const SweepTrial& t) {
        return t.status == "pending" || t.status == "running" || t.status == "paused";
    });
}

std::vector<SweepTrial> planTrials(const SweepDefinition& def) {
    const std::vector<TrialValues> values = def.strategy == SweepStrategy::Grid
                                                ? gridTrials(def.params, def.gridPoints)
                                                : randomTrials(def.params, def.trials, def.seed);
    std::vector<SweepTrial> trials;
    for (size_t i = 0; i < values.size(); ++i) {
        SweepTrial t;
        t.index = int(i + 1);
        t.values = values[i];
        t.objective = std::numeric_limits<double>::quiet_NaN();
        t.runDir = formatC("trial-%03d", t.index);
        trials.push_back(std::move(t));
    }
    return trials;
}

int promoteRung(Sweep& sweep, int rung) {
    std::vector<size_t> at;
    for (size_t i = 0; i < sweep.trials.size(); ++i)
        if (sweep.trials[i].rung == rung && sweep.trials[i].status == "paused") at.push_back(i);
    std::stable_sort(at.begin(), at.end(), [&sweep](size_t a, size_t b) {
        return sweep.def.objective.better(sweep.trials[a].objective, sweep.trials[b].objective);
    });
    const size_t keep = std::max<size_t>(1, at.size() / size_t(std::max(2, sweep.def.eta)));
    int promoted = 0;
    for (size_t k = 0; k < at.size(); ++k) {
        SweepTrial& t = sweep.trials[at[k]];
        if (k < keep && std::isfinite(t.objective)) {
            t.rung = rung + 1;
            t.status = "pending";
            ++promoted;
        } else {
            t.status = "pruned";
            t.message = "pruned after " + std::to_string(t.rounds) + " rounds (successive halving kept the best " +
                        std::to_string(keep) + " of " + std::to_string(at.size()) + ")";
        }
    }
    return promoted;
}

void saveSweep(const std::string& dir, const Sweep& s) {
    Json j;
    j.set("format_version", kSweepFormat);
    j.set("created_at", s.createdAt.empty() ? nowIso() : s.createdAt);
    j.set("updated_at", nowIso());
    j.set("strategy", sweepStrategyName(s.def.strategy));
    Json params = Json(Json::Array{});
    for (const SweepParameter& p : s.def.params) params.push(paramToJson(p));
    j.set("params", params);
    j.set("trials_planned", s.def.trials);
    j.set("grid_points", s.def.gridPoints);
    j.set("objective", (s.def.objective.finalValue ? "final_" : "") + s.def.objective.metric);
    j.set("minimize", s.def.objective.minimize());
    j.set("seed", s.def.seed);
    Json halving;
    halving.set("min_rounds", s.def.minRounds);
    halving.set("eta", s.def.eta);
    Json budgets = Json(Json::Array{});
    for (int b : s.def.rungBudgets()) budgets.push(b);
    halving.set("rung_budgets", budgets);
    halving.set("rule", "successive halving: every trial trains to the first rung's budget; the best 1/eta of a "
                        "rung continue to eta times the budget, the others are pruned");
    j.set("halving", halving);
    j.set("time_limit_seconds", s.def.timeLimitSec);
    j.set("config", toJson(s.def.base));
    Json data;
    data.set("path", s.def.dataPath);
    if (!s.def.loadOptions.empty()) data.set("load_options", Json::parse(s.def.loadOptions));
    j.set("dataset", data);
    Json trials = Json(Json::Array{});
    for (const SweepTrial& t : s.trials) trials.push(trialToJson(t));
    j.set("trials", trials);
    const int best = s.bestTrial();
    j.set("best_trial", best >= 0 ? Json(s.trials[size_t(best)].index) : Json());
    writeFileAtomically(dir + "/" + kSweepFile, j.dump(2) + "\n");
    writeFileAtomically(dir + "/" + kTrialsFile, trialsCsv(s));
}

Sweep loadSweep(const std::string& dir) {
    const std::string path = dir + "/" + kSweepFile;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + " is missing: " + dir + " holds no sweep");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Json j;
    try {
        j = Json::parse(text);
    } catch (const std::exception& e) {
        throw std::runtime_error(path + " is damaged (" + e.what() + ")");
    }
    Sweep s;
    s.createdAt = j["created_at"].string();
    if (!sweepStrategyFromName(j["strategy"].string(), s.def.strategy))
        throw std::runtime_error(path + ": unknown strategy '" + j["strategy"].string() + "'");
    for (const Json& p : j["params"].array()) s.def.params.push_back(parseSweepParameter(p.string()));
    s.def.trials = int(j["trials_planned"].integer(s.def.trials));
    s.def.gridPoints = int(j["grid_points"].integer(s.def.gridPoints));
    s.def.objective = parseSweepObjective(j["objective"].string("val_loss"));
    s.def.seed = j["seed"].unsignedInteger(0);
    s.def.minRounds = int(j["halving"]["min_rounds"].integer(1));
    s.def.eta = int(j["halving"]["eta"].integer(3));
    s.def.timeLimitSec = j["time_limit_seconds"].number();
    s.def.base = configFromJson(j["config"]);
    s.def.dataPath = j["dataset"]["path"].string();
    if (j["dataset"]["load_options"].isObject()) s.def.loadOptions = j["dataset"]["load_options"].dump();
    for (const Json& t : j["trials"].array()) s.trials.push_back(trialFromJson(t, s.def.params));
    return s;
}

}  // namespace ts
