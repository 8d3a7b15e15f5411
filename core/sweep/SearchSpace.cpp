// Parsing the search space and drawing trials from it.
#include "core/sweep/SearchSpace.h"

#include "core/common/Numbers.h"
#include "core/runs/RunJson.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace ts {

namespace {

/// A run.json key from an option name as typed ("batch-size" -> "batch_size").
std::string keyOf(std::string name) {
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

Json valueOf(const std::string& text) {
    double number = 0.0;
    if (parseDouble(text, number)) return Json(number);
    if (text == "true") return Json(true);
    if (text == "false") return Json(false);
    return Json(text);
}

std::vector<std::string> splitOn(const std::string& text, char sep) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        const size_t end = text.find(sep, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return parts;
}

double numberIn(const std::string& spec, const std::string& text) {
    double v = 0.0;
    if (!parseDouble(text, v) || !std::isfinite(v))
        throw std::invalid_argument("--param " + spec + ": '" + text + "' is not a number");
    return v;
}

/// The value of a range at fraction t in [0, 1].
Json rangeValue(const SweepParameter& p, double t) {
    if (p.kind != SweepParameter::Kind::IntRange && (t <= 0.0 || t >= 1.0)) return Json(t <= 0.0 ? p.low : p.high);  // exact ends
    switch (p.kind) {
    case SweepParameter::Kind::LogUniform:
        return Json(std::exp(std::log(p.low) + t * (std::log(p.high) - std::log(p.low))));
    case SweepParameter::Kind::IntRange:
        return Json(double(std::llround(p.low + t * (p.high - p.low))));
    default:
        return Json(p.low + t * (p.high - p.low));
    }
}

/// True when `key` is an option of some preset's configuration (classifiers, text classifiers, language models).
bool isTrainingOption(const std::string& key) {
    for (const char* preset : {"mlp", "text-bow", "gpt-tiny"}) {
        TrainConfig c;
        c.preset = preset;
        if (!toJson(c)[key].isNull()) return true;
    }
    return false;
}

}  // namespace

SweepParameter parseSweepParameter(const std::string& spec) {
    const size_t eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size())
        throw std::invalid_argument("--param " + spec + ": write NAME=VALUES, e.g. lr=log:1e-4:1e-1 or batch_size=64,128");
    SweepParameter p;
    p.name = keyOf(spec.substr(0, eq));
    if (!isTrainingOption(p.name))
        throw std::invalid_argument("--param " + spec + ": '" + p.name +
                                    "' is not a training option (use the names of run.json's config, e.g. lr, "
                                    "weight_decay, batch_size, optimizer, epochs, steps, embedding, dropout)");
    const std::string rest = spec.substr(eq + 1);
    const std::vector<std::string> parts = splitOn(rest, ':');
    if (parts.size() == 3 && (parts[0] == "log" || parts[0] == "uniform" || parts[0] == "int")) {
        p.kind = parts[0] == "log" ? SweepParameter::Kind::LogUniform
                 : parts[0] == "int" ? SweepParameter::Kind::IntRange
                                     : SweepParameter::Kind::Uniform;
        p.low = numberIn(spec, parts[1]);
        p.high = numberIn(spec, parts[2]);
        if (p.low > p.high) std::swap(p.low, p.high);
        if (p.kind == SweepParameter::Kind::LogUniform && p.low <= 0.0)
            throw std::invalid_argument("--param " + spec + ": a log range needs positive bounds");
        if (p.kind == SweepParameter::Kind::IntRange && (p.low != std::floor(p.low) || p.high != std::floor(p.high)))
            throw std::invalid_argument("--param " + spec + ": an int range needs whole bounds");
        return p;
    }
    for (const std::string& v : splitOn(rest, ',')) {
        if (v.empty()) throw std::invalid_argument("--param " + spec + ": an empty value in the list");
        p.values.push_back(valueOf(v));
    }
    return p;
}

std::string sweepParameterSpec(const SweepParameter& p) {
    switch (p.kind) {
    case SweepParameter::Kind::LogUniform: return p.name + "=log:" + formatShortest(p.low) + ":" + formatShortest(p.high);
    case SweepParameter::Kind::Uniform: return p.name + "=uniform:" + formatShortest(p.low) + ":" + formatShortest(p.high);
    case SweepParameter::Kind::IntRange: return p.name + "=int:" + formatShortest(p.low) + ":" + formatShortest(p.high);
    case SweepParameter::Kind::List: break;
    }
    std::string text = p.name + "=";
    for (size_t i = 0; i < p.values.size(); ++i)
        text += (i ? "," : "") + (p.values[i].isString() ? p.values[i].string() : p.values[i].dump());
    return text;
}

std::vector<TrialValues> gridTrials(const std::vector<SweepParameter>& params, int pointsPerRange) {
    std::vector<std::vector<Json>> axes;
    for (const SweepParameter& p : params) {
        std::vector<Json> axis = p.values;
        if (p.kind != SweepParameter::Kind::List) {
            const int n = std::max(1, pointsPerRange);
            for (int i = 0; i < n; ++i) axis.push_back(rangeValue(p, n == 1 ? 0.5 : double(i) / double(n - 1)));
            if (p.kind == SweepParameter::Kind::IntRange)  // rounding may repeat a whole number
                axis.erase(std::unique(axis.begin(), axis.end(),
                                       [](const Json& a, const Json& b) { return a.number() == b.number(); }),
                           axis.end());
        }
        axes.push_back(std::move(axis));
    }
    std::vector<TrialValues> trials(1);
    for (size_t a = 0; a < axes.size(); ++a) {
        std::vector<TrialValues> next;
        for (const TrialValues& t : trials)
            for (const Json& v : axes[a]) {
                TrialValues grown = t;
                grown.emplace_back(params[a].name, v);
                next.push_back(std::move(grown));
            }
        trials = std::move(next);
    }
    return params.empty() ? std::vector<TrialValues>{} : trials;
}

std::vector<TrialValues> randomTrials(const std::vector<SweepParameter>& params, int count, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<TrialValues> trials;
    for (int i = 0; i < count; ++i) {
        TrialValues t;
        for (const SweepParameter& p : params) {
            if (p.kind == SweepParameter::Kind::List) {
                t.emplace_back(p.name, p.values[size_t(rng() % p.values.size())]);
            } else if (p.kind == SweepParameter::Kind::IntRange) {
                const auto span = uint64_t(p.high - p.low) + 1;
                t.emplace_back(p.name, Json(p.low + double(rng() % span)));
            } else {
                t.emplace_back(p.name, rangeValue(p, unit(rng)));
            }
        }
        trials.push_back(std::move(t));
    }
    return trials;
}

TrainConfig applyTrial(const TrainConfig& base, const TrialValues& values) {
    Json j = toJson(base);
    for (const auto& [name, value] : values) {
        const Json& current = j[name];
        if (current.isNumber() && !value.isNumber())
            throw std::invalid_argument(name + " takes a number, not '" + value.string() + "'");
        if (current.isString() && !value.isString() && !value.isNumber())
            throw std::invalid_argument(name + " takes a word such as '" + current.string() + "'");
        j.set(name, current.isString() && value.isNumber() ? Json(formatShortest(value.number())) : value);
    }
    return configFromJson(j);
}

Json trialValuesToJson(const TrialValues& values) {
    Json j = Json(Json::Object{});
    for (const auto& [name, value] : values) j.set(name, value);
    return j;
}

TrialValues trialValuesFromJson(const Json& j, const std::vector<SweepParameter>& params) {
    TrialValues values;
    for (const SweepParameter& p : params) values.emplace_back(p.name, j[p.name]);
    return values;
}

std::string describeTrial(const TrialValues& values) {
    std::string text;
    for (const auto& [name, value] : values)
        text += (text.empty() ? "" : ", ") + name + "=" +
                (value.isNumber() ? formatC("%.4g", value.number()) : value.isString() ? value.string() : value.dump());
    return text;
}

}  // namespace ts
