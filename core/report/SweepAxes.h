// The scales the sweep report's charts share: where a parameter's value sits on its axis (linear, logarithmic or
// one slot per word), the objective's axis, a trial's rank, and the sequential colour of an objective value.
// Torch-free and Qt-free.
#pragma once

#include "core/report/SvgPrimitives.h"
#include "core/sweep/Sweep.h"

#include <string>
#include <utility>
#include <vector>

namespace ts::report {

/// Where a swept parameter's values sit on an axis, from 0 (low end) to 1 (high end).
class ParameterScale {
public:
    enum class Kind { Linear, Log, Categorical };
    /// The scale of `p` over its space, widened to the values the trials took: logarithmic for log ranges and for
    /// lists of positive numbers spanning two decades or more, one slot per value for lists of words.
    ParameterScale(const SweepParameter& p, const std::vector<SweepTrial>& trials);
    /// Position of `value` in [0, 1]; NaN when it is not on the scale (a missing value, a word of no slot).
    double position(const Json& value) const;
    /// The tick marks: (position, label). A short list of numbers ticks at its values, log ranges at powers of ten
    /// (and their ends when few).
    std::vector<std::pair<double, std::string>> ticks() const;
    /// Linear, Log or Categorical.
    Kind kind() const { return m_kind; }
    /// "lr (log)", "optimizer".
    std::string title() const;

private:
    std::string m_name;
    Kind m_kind = Kind::Linear;
    bool m_integer = false;
    double m_lo = 0.0, m_hi = 1.0;          ///< linear: values; log: log10 of values
    std::vector<std::string> m_categories;  ///< categorical: the words in the order of the space
    std::vector<double> m_listed;           ///< a short list of numbers: its values, each ticked
};

/// A value of a trial as text for tables and tick labels: numbers with four significant digits, words as they are.
std::string valueText(const Json& v);
/// The value of parameter `name` in `values` (null when the trial has none).
Json trialValue(const TrialValues& values, const std::string& name);

/// The objective's axis over the trials' finite objectives (extended to whole ticks); false when none is finite.
bool objectiveAxis(const Sweep& sweep, Axis* out);
/// How good `objective` is among the sweep's finite ones: 0 the worst, 1 the best (0.5 when all are equal).
double objectiveGoodness(const Sweep& sweep, double objective);
/// A colour of the sequential scale for goodness `g` in [0, 1]: light blue (worst) to dark blue (best).
std::string goodnessColor(double g);
/// The objective as people read it: accuracy and F1 in percent, losses with four decimals; "-" when NaN.
std::string objectiveText(const SweepObjective& objective, double v);

/// Trial positions (0-based) from best to worst: higher rung first (halving), then by the objective; trials
/// without an objective last, by index.
std::vector<int> rankedTrials(const Sweep& sweep);

}  // namespace ts::report
