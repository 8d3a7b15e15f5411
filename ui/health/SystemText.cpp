#include "ui/health/SystemText.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace ts {

namespace {
constexpr double kMibPerGib = 1024.0;
constexpr int kGibDecimals = 2;
}  // namespace

QString memoryText(double mib) {
    return mib >= kMibPerGib ? QStringLiteral("%1 GiB").arg(mib / kMibPerGib, 0, 'f', kGibDecimals)
                             : QStringLiteral("%1 MiB").arg(std::llround(mib));
}

QString systemSummary(const SystemMetrics& s) {
    QStringList parts;
    if (s.cpuPercent >= 0.0) parts << QCoreApplication::translate("ts::SystemText", "CPU %1%").arg(std::llround(s.cpuPercent));
    if (s.rssMb > 0.0) parts << QCoreApplication::translate("ts::SystemText", "RSS %1").arg(memoryText(s.rssMb));
    if (s.gpuAllocatedMb >= 0.0) {
        QString gpu = QCoreApplication::translate("ts::SystemText", "GPU %1").arg(memoryText(s.gpuAllocatedMb));
        if (s.gpuReservedMb >= 0.0) gpu += QStringLiteral(" / ") + memoryText(s.gpuReservedMb);
        parts << gpu;
    }
    return parts.join(QStringLiteral(" · "));
}

}  // namespace ts
