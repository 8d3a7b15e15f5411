// The geometry of a sweep's parallel-coordinates plot, without painting: one axis per parameter plus the
// objective, each trial's value on each, logarithmic axes where the space is, and brushed ranges that select trials.
#pragma once

#include "core/sweep/Sweep.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ts {

/// One vertical axis: a parameter (or the objective, last) and the range it shows.
struct ParallelAxis {
    std::string name;
    bool log = false;                     ///< positions follow the logarithm
    std::vector<std::string> categories;  ///< a list of words: value = index into it
    double low = 0.0, high = 1.0;
    bool objective = false;
};

/// Maps trials' values to axis positions (0 = bottom, 1 = top) and keeps the brushed range of each axis.
class ParallelAxes {
public:
    /// The axes of `sweep`'s parameters then its objective, and every trial's values on them.
    static ParallelAxes fromSweep(const Sweep& sweep);

    /// Number of axes (parameters + 1).
    int axisCount() const { return int(m_axes.size()); }
    /// Axis `a`.
    const ParallelAxis& axis(int a) const { return m_axes[size_t(a)]; }
    /// Number of trials.
    int trialCount() const { return int(m_values.size()); }
    /// Trial `t`'s value on axis `a` (NaN when it has none, e.g. no objective yet).
    double value(int t, int a) const { return m_values[size_t(t)][size_t(a)]; }
    /// Where `v` sits on axis `a`, 0..1 (clamped; NaN stays NaN).
    double position(int a, double v) const;
    /// The value at position `p` (0..1) of axis `a`: position()'s inverse.
    double valueAt(int a, double p) const;
    /// The text of a value on axis `a` ("3e-04", "adam").
    std::string label(int a, double v) const;

    /// Brushes axis `a` from value `lo` to `hi` (either order).
    void setBrush(int a, double lo, double hi);
    /// Clears axis `a`'s brush; clearBrushes() clears all.
    void clearBrush(int a);
    void clearBrushes();
    /// Axis `a`'s brushed range (low, high), if any.
    std::optional<std::pair<double, double>> brush(int a) const { return m_brushes[size_t(a)]; }
    /// True when some axis is brushed.
    bool brushed() const;
    /// True when trial `t` lies inside every brushed range (a missing value is outside).
    bool passes(int t) const;
    /// The 0-based trials inside every brush (all when nothing is brushed).
    std::vector<int> selectedTrials() const;

private:
    std::vector<ParallelAxis> m_axes;
    std::vector<std::vector<double>> m_values;  // [trial][axis]
    std::vector<std::optional<std::pair<double, double>>> m_brushes;
};

/// A trial's value of a parameter as a number: numbers as they are, booleans 0/1, words their index in the
/// parameter's list (NaN when the value is missing or not in the list).
double numericTrialValue(const SweepParameter& p, const TrialValues& values);

}  // namespace ts
