// The machine's figures as people read them, shared by the System view and the status bar.
#pragma once

#include "core/health/Health.h"

#include <QString>

namespace ts {

/// Memory in MiB as "812 MiB" or, from 1 GiB on, "1.25 GiB".
QString memoryText(double mib);
/// The status bar's summary of the known figures: "CPU 180% · RSS 812 MiB · GPU 1.20 / 2.00 GiB"; "" when none is known.
QString systemSummary(const SystemMetrics& system);

}  // namespace ts
