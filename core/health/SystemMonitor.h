// The machine while training (issue 16): this process's CPU use and resident memory, read at most a few times a
// second however often the loop asks. Torch-free; GPU memory is filled in by the loop (core/health/LayerDiagnostics.h).
#pragma once

#include "core/health/Health.h"

#include <chrono>

namespace ts {

/// Samples CPU use (since the previous reading) and resident memory, throttled to kMinInterval.
class SystemMonitor {
public:
    /// Readings closer together than this return the previous figures.
    static constexpr double kMinIntervalSec = 0.5;

    SystemMonitor();
    /// CPU % (100 = one core busy) since the previous reading and resident MiB; the other fields are left as they are.
    void sample(SystemMetrics& m);

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point m_lastWall;
    double m_lastCpu = 0.0;
    double m_cpuPercent = -1.0;
    double m_rssMb = 0.0;
};

/// CPU seconds this process has used (user + system, all threads); -1 when unknown.
double processCpuSeconds();

}  // namespace ts
