#include "ui/experiments/ParallelAxes.h"

#include "core/common/Numbers.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// An axis whose values are all equal still spans this fraction of the value around it.
constexpr double kFlatSpan = 0.05;
/// Significant digits of axis labels.
constexpr int kLabelDigits = 3;

bool isWordList(const SweepParameter& p) {
    if (p.kind != SweepParameter::Kind::List) return false;
    return std::any_of(p.values.begin(), p.values.end(), [](const Json& v) { return !v.isNumber(); });
}

/// Widens a range whose ends meet (or hold no value) so that positions stay defined.
void widen(ParallelAxis& axis) {
    if (!std::isfinite(axis.low) || !std::isfinite(axis.high)) axis.low = 0.0, axis.high = 1.0;
    if (axis.high > axis.low) return;
    const double v = axis.low;
    if (axis.log && v > 0) {
        axis.low = v / (1 + kFlatSpan), axis.high = v * (1 + kFlatSpan);
    } else {
        const double half = v == 0.0 ? 0.5 : std::fabs(v) * kFlatSpan;
        axis.low = v - half, axis.high = v + half;
    }
}

ParallelAxis parameterAxis(const SweepParameter& p) {
    ParallelAxis axis;
    axis.name = p.name;
    axis.log = p.logScale() && p.low > 0;
    if (isWordList(p)) {
        for (const Json& v : p.values) axis.categories.push_back(v.isString() ? v.string() : v.dump());
        axis.low = 0.0, axis.high = double(std::max<size_t>(axis.categories.size(), 1) - 1);
    } else if (p.kind == SweepParameter::Kind::List) {
        axis.low = std::numeric_limits<double>::infinity(), axis.high = -axis.low;
        for (const Json& v : p.values) axis.low = std::min(axis.low, v.number()), axis.high = std::max(axis.high, v.number());
    } else {
        axis.low = p.low, axis.high = p.high;
    }
    widen(axis);
    return axis;
}

}  // namespace

double numericTrialValue(const SweepParameter& p, const TrialValues& values) {
    for (const auto& [name, v] : values) {
        if (name != p.name) continue;
        if (isWordList(p)) {
            for (size_t i = 0; i < p.values.size(); ++i)
                if (p.values[i].dump() == v.dump()) return double(i);
            return kNaN;
        }
        if (v.isNumber()) return v.number();
        if (v.type() == Json::Type::Bool) return v.boolean() ? 1.0 : 0.0;
        return kNaN;
    }
    return kNaN;
}

ParallelAxes ParallelAxes::fromSweep(const Sweep& sweep) {
    ParallelAxes axes;
    for (const SweepParameter& p : sweep.def.params) axes.m_axes.push_back(parameterAxis(p));
    ParallelAxis objective;
    objective.name = sweep.def.objective.describe();
    objective.objective = true;
    objective.low = std::numeric_limits<double>::infinity(), objective.high = -objective.low;
    for (const SweepTrial& t : sweep.trials) {
        std::vector<double> row;
        for (const SweepParameter& p : sweep.def.params) row.push_back(numericTrialValue(p, t.values));
        const double obj = std::isfinite(t.objective) ? t.objective : kNaN;
        row.push_back(obj);
        if (std::isfinite(obj)) objective.low = std::min(objective.low, obj), objective.high = std::max(objective.high, obj);
        axes.m_values.push_back(std::move(row));
    }
    widen(objective);
    axes.m_axes.push_back(objective);
    axes.m_brushes.assign(axes.m_axes.size(), std::nullopt);
    return axes;
}

double ParallelAxes::position(int a, double v) const {
    if (!std::isfinite(v)) return kNaN;
    const ParallelAxis& ax = axis(a);
    double p = 0.0;
    if (ax.log) p = v > 0 ? (std::log(v) - std::log(ax.low)) / (std::log(ax.high) - std::log(ax.low)) : 0.0;
    else p = (v - ax.low) / (ax.high - ax.low);
    return std::clamp(p, 0.0, 1.0);
}

double ParallelAxes::valueAt(int a, double p) const {
    const ParallelAxis& ax = axis(a);
    p = std::clamp(p, 0.0, 1.0);
    if (ax.log) return std::exp(std::log(ax.low) + p * (std::log(ax.high) - std::log(ax.low)));
    return ax.low + p * (ax.high - ax.low);
}

std::string ParallelAxes::label(int a, double v) const {
    const ParallelAxis& ax = axis(a);
    if (!ax.categories.empty()) {
        const long i = std::lround(v);
        return i >= 0 && size_t(i) < ax.categories.size() ? ax.categories[size_t(i)] : std::string();
    }
    return formatSignificant(v, kLabelDigits);
}

void ParallelAxes::setBrush(int a, double lo, double hi) { m_brushes[size_t(a)] = std::make_pair(std::min(lo, hi), std::max(lo, hi)); }

void ParallelAxes::clearBrush(int a) { m_brushes[size_t(a)].reset(); }

void ParallelAxes::clearBrushes() { std::fill(m_brushes.begin(), m_brushes.end(), std::nullopt); }

bool ParallelAxes::brushed() const {
    return std::any_of(m_brushes.begin(), m_brushes.end(), [](const auto& b) { return b.has_value(); });
}

bool ParallelAxes::passes(int t) const {
    for (int a = 0; a < axisCount(); ++a) {
        const auto& b = m_brushes[size_t(a)];
        if (!b) continue;
        const double v = value(t, a);
        if (!std::isfinite(v) || v < b->first || v > b->second) return false;
    }
    return true;
}

std::vector<int> ParallelAxes::selectedTrials() const {
    std::vector<int> out;
    for (int t = 0; t < trialCount(); ++t)
        if (passes(t)) out.push_back(t);
    return out;
}

}  // namespace ts
