// CPU and memory readings for training health (core/health/SystemMonitor.h).
#include "core/health/SystemMonitor.h"

#include "core/common/ProcessStats.h"

#include <sys/resource.h>

namespace ts {

namespace {
constexpr double kMicro = 1e-6;
constexpr double kPercent = 100.0;
}  // namespace

double processCpuSeconds() {
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) != 0) return -1.0;
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) * kMicro; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

SystemMonitor::SystemMonitor() : m_lastWall(Clock::now()), m_lastCpu(processCpuSeconds()) {}

void SystemMonitor::sample(SystemMetrics& m) {
    const Clock::time_point now = Clock::now();
    const double wall = std::chrono::duration<double>(now - m_lastWall).count();
    if (wall >= kMinIntervalSec) {
        const double cpu = processCpuSeconds();
        m_cpuPercent = cpu >= 0.0 && m_lastCpu >= 0.0 ? kPercent * (cpu - m_lastCpu) / wall : -1.0;
        m_rssMb = readProcessStats().rssMb;
        m_lastWall = now;
        m_lastCpu = cpu;
    } else if (m_rssMb == 0.0) {
        m_rssMb = readProcessStats().rssMb;
    }
    m.cpuPercent = m_cpuPercent;
    m.rssMb = m_rssMb;
}

}  // namespace ts
