// The per-layer diagnostics of one run as the Health panel keeps them: the samples in step order and the parameter
// names in the order they first appeared, with a quick lookup of one parameter at one sample.
#pragma once

#include "core/health/Health.h"

#include <QStringList>

#include <vector>

namespace ts {

/// The health samples of a run, indexed by parameter name (the rows of the panel's heatmaps).
class HealthHistory {
public:
    /// Forgets every sample.
    void clear();
    /// Appends a sample (samples arrive in step order).
    void add(const HealthSample& sample);
    /// Number of samples.
    int sampleCount() const { return static_cast<int>(m_samples.size()); }
    /// Sample `index` (0 = oldest).
    const HealthSample& sample(int index) const { return m_samples[static_cast<size_t>(index)]; }
    /// The newest sample; null when there is none.
    const HealthSample* latest() const { return m_samples.empty() ? nullptr : &m_samples.back(); }
    /// Every parameter name seen, in the order of first appearance.
    const QStringList& parameterNames() const { return m_names; }
    /// Parameter `nameIndex` (of parameterNames()) at sample `sampleIndex`; null when that sample lacks it.
    const ParameterHealth* parameter(int sampleIndex, int nameIndex) const;
    /// The index in parameterNames() of `name`, or -1.
    int nameIndex(const QString& name) const { return static_cast<int>(m_names.indexOf(name)); }
    /// The sample at `step`, or the nearest one; -1 without samples.
    int sampleNearest(qint64 step) const;
    /// True for a bias (its name ends in "bias"): the heatmap hides them unless asked.
    static bool isBias(const QString& name);

private:
    std::vector<HealthSample> m_samples;
    std::vector<std::vector<int>> m_positions;  // per sample: position in its parameters of each name, or -1
    QStringList m_names;
};

}  // namespace ts
