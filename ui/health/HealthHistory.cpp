#include "ui/health/HealthHistory.h"

#include <algorithm>
#include <cstdlib>

namespace ts {

void HealthHistory::clear() {
    m_samples.clear();
    m_positions.clear();
    m_names.clear();
}

void HealthHistory::add(const HealthSample& sample) {
    m_samples.push_back(sample);
    std::vector<int> positions(static_cast<size_t>(m_names.size()), -1);
    for (size_t p = 0; p < sample.parameters.size(); ++p) {
        const QString name = QString::fromStdString(sample.parameters[p].name);
        int index = nameIndex(name);
        if (index < 0) {
            m_names.append(name);
            index = static_cast<int>(m_names.size()) - 1;
            positions.push_back(-1);
        }
        positions[static_cast<size_t>(index)] = static_cast<int>(p);
    }
    m_positions.push_back(std::move(positions));
}

const ParameterHealth* HealthHistory::parameter(int sampleIndex, int nameIndex) const {
    if (sampleIndex < 0 || sampleIndex >= sampleCount() || nameIndex < 0) return nullptr;
    const std::vector<int>& positions = m_positions[static_cast<size_t>(sampleIndex)];
    if (static_cast<size_t>(nameIndex) >= positions.size() || positions[static_cast<size_t>(nameIndex)] < 0)
        return nullptr;
    return &m_samples[static_cast<size_t>(sampleIndex)].parameters[static_cast<size_t>(positions[static_cast<size_t>(nameIndex)])];
}

int HealthHistory::sampleNearest(qint64 step) const {
    if (m_samples.empty()) return -1;
    const auto after = std::lower_bound(m_samples.begin(), m_samples.end(), step,
                                        [](const HealthSample& s, qint64 v) { return s.step < v; });
    if (after == m_samples.end()) return sampleCount() - 1;
    const int index = static_cast<int>(after - m_samples.begin());
    if (index > 0 && std::llabs(m_samples[static_cast<size_t>(index - 1)].step - step) <= std::llabs(after->step - step))
        return index - 1;
    return index;
}

bool HealthHistory::isBias(const QString& name) { return name.endsWith(QLatin1String("bias")); }

}  // namespace ts
