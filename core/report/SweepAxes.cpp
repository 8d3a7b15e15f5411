// Scales and colours of the sweep report's charts.
#include "core/report/SweepAxes.h"

#include "core/common/Numbers.h"
#include "core/report/ReportText.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ts::report {

namespace {

constexpr int kMaxLinearIntervals = 5;   // ticks on a parameter's linear axis
constexpr int kMaxObjectiveIntervals = 6;
constexpr size_t kFewDecades = 2;        // fewer power-of-ten ticks than this: the ends are labelled too
constexpr double kTickSlack = 1e-9;      // of a decade: rounding that still counts as on the axis
constexpr double kLightestShade = 0.3;   // where on the heat scale the worst trial sits (lighter is hard to see)
constexpr double kCentre = 0.5;
constexpr double kLogListRatio = 100.0;
constexpr size_t kMaxListedTicks = 8;    // a list of up to this many numbers has a tick at each  // a list of positive numbers spanning two decades is drawn on a log axis

/// NaN, for "not on the scale".
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// True when every value of a list is a number.
bool allNumbers(const std::vector<Json>& values) {
    return std::all_of(values.begin(), values.end(), [](const Json& v) { return v.isNumber(); });
}

}  // namespace

std::string valueText(const Json& v) {
    if (v.isNumber()) return general(v.number());
    if (v.isString()) return v.string();
    if (v.isNull()) return "-";
    return v.dump();
}

Json trialValue(const TrialValues& values, const std::string& name) {
    for (const auto& [key, value] : values)
        if (key == name) return value;
    return Json();
}

ParameterScale::ParameterScale(const SweepParameter& p, const std::vector<SweepTrial>& trials) : m_name(p.name) {
    if (p.kind == SweepParameter::Kind::List && !allNumbers(p.values)) {
        m_kind = Kind::Categorical;
        for (const Json& v : p.values) m_categories.push_back(valueText(v));
        return;
    }
    m_kind = p.logScale() ? Kind::Log : Kind::Linear;
    m_integer = p.kind == SweepParameter::Kind::IntRange;
    double lo = p.low, hi = p.high;
    if (p.kind == SweepParameter::Kind::List) {
        lo = std::numeric_limits<double>::infinity();
        hi = -lo;
        for (const Json& v : p.values) lo = std::min(lo, v.number()), hi = std::max(hi, v.number());
        if (lo > 0.0 && hi >= lo * kLogListRatio) m_kind = Kind::Log;  // e.g. lr=0.0001,0.001,0.01,0.1
        if (p.values.size() <= kMaxListedTicks)
            for (const Json& v : p.values) m_listed.push_back(v.number());
    }
    for (const SweepTrial& t : trials) {
        const Json v = trialValue(t.values, p.name);
        if (v.isNumber() && (m_kind == Kind::Linear || v.number() > 0.0))
            lo = std::min(lo, v.number()), hi = std::max(hi, v.number());
    }
    if (m_kind == Kind::Log) lo = std::log10(lo), hi = std::log10(hi);
    if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0.0, hi = 1.0;
    m_lo = lo;
    m_hi = hi;
}

double ParameterScale::position(const Json& value) const {
    if (m_kind == Kind::Categorical) {
        const auto it = std::find(m_categories.begin(), m_categories.end(), valueText(value));
        if (it == m_categories.end()) return kNaN;
        return (double(it - m_categories.begin()) + kCentre) / double(m_categories.size());
    }
    if (!value.isNumber()) return kNaN;
    double v = value.number();
    if (m_kind == Kind::Log) {
        if (!(v > 0.0)) return kNaN;
        v = std::log10(v);
    }
    return m_hi > m_lo ? (v - m_lo) / (m_hi - m_lo) : kCentre;
}

std::vector<std::pair<double, std::string>> ParameterScale::ticks() const {
    std::vector<std::pair<double, std::string>> out;
    if (m_kind == Kind::Categorical) {
        for (const std::string& c : m_categories) out.push_back({position(Json(c)), c});
        return out;
    }
    if (!(m_hi > m_lo)) return {{kCentre, general(m_kind == Kind::Log ? std::pow(10.0, m_lo) : m_lo)}};
    if (!m_listed.empty()) {
        for (double v : m_listed) out.push_back({position(Json(v)), general(v)});
        return out;
    }
    if (m_kind == Kind::Log) {
        for (double d = std::ceil(m_lo - kTickSlack); d <= m_hi + kTickSlack; d += 1.0)
            out.push_back({(d - m_lo) / (m_hi - m_lo), general(std::pow(10.0, d))});
        if (out.size() < kFewDecades) {
            out.clear();
            out.push_back({0.0, general(std::pow(10.0, m_lo))});
            out.push_back({1.0, general(std::pow(10.0, m_hi))});
        }
        return out;
    }
    const Axis a = makeAxis(m_lo, m_hi, kMaxLinearIntervals, false, m_integer);
    for (double t : a.ticks)
        if (onAxis(a, t)) out.push_back({(t - m_lo) / (m_hi - m_lo), tickLabel(t, a.step)});
    return out;
}

std::string ParameterScale::title() const { return m_kind == Kind::Log ? m_name + " (log)" : m_name; }

bool objectiveAxis(const Sweep& sweep, Axis* out) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const SweepTrial& t : sweep.trials)
        if (std::isfinite(t.objective)) lo = std::min(lo, t.objective), hi = std::max(hi, t.objective);
    if (!std::isfinite(lo)) return false;
    *out = makeAxis(lo, hi, kMaxObjectiveIntervals, true, false);
    return true;
}

double objectiveGoodness(const Sweep& sweep, double objective) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const SweepTrial& t : sweep.trials)
        if (std::isfinite(t.objective)) lo = std::min(lo, t.objective), hi = std::max(hi, t.objective);
    if (!std::isfinite(objective) || !(hi > lo)) return kCentre;
    const double g = (objective - lo) / (hi - lo);
    return sweep.def.objective.minimize() ? 1.0 - g : g;
}

std::string goodnessColor(double g) {
    const double v = kLightestShade + (1.0 - kLightestShade) * std::clamp(g, 0.0, 1.0);
    for (size_t i = 1; i < kHeatScale.size(); ++i) {
        if (v > kHeatScale[i].at) continue;
        const Rgb& a = kHeatScale[i - 1].color;
        const Rgb& b = kHeatScale[i].color;
        const double t = (v - kHeatScale[i - 1].at) / (kHeatScale[i].at - kHeatScale[i - 1].at);
        const auto mix = [t](uint8_t x, uint8_t y) { return int(std::lround(x + (y - x) * t)); };
        return formatC("#%02x%02x%02x", mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b));
    }
    return hexColor(kHeatScale.back().color);
}

std::string objectiveText(const SweepObjective& objective, double v) {
    if (!std::isfinite(v)) return "-";
    return objective.metric == "val_accuracy" ? percent(v) : fixed(v, 4);
}

std::vector<int> rankedTrials(const Sweep& sweep) {
    std::vector<int> order(sweep.trials.size());
    std::iota(order.begin(), order.end(), 0);
    const SweepObjective& o = sweep.def.objective;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const SweepTrial& x = sweep.trials[size_t(a)];
        const SweepTrial& y = sweep.trials[size_t(b)];
        const bool fx = std::isfinite(x.objective), fy = std::isfinite(y.objective);
        if (fx != fy) return fx;
        if (!fx) return false;
        if (x.rung != y.rung) return x.rung > y.rung;
        return o.better(x.objective, y.objective);
    });
    return order;
}

}  // namespace ts::report
