// The sweep report's parallel-coordinates plot: one vertical axis per swept parameter and one for the objective,
// one polyline per trial coloured by how good its objective is; and the objective against each parameter.
// Torch-free and Qt-free.
#pragma once

#include "core/report/Report.h"
#include "core/sweep/Sweep.h"

#include <string>

namespace ts {

/// Parallel coordinates of a sweep: an axis per parameter (logarithmic where the space is, one slot per word for
/// lists of words) and the objective's axis last; one polyline per trial with a finite objective, on a sequential
/// scale from light (worst) to dark (best), pruned trials dashed, the best trial drawn last and thicker.
/// "" when no trial has an objective.
std::string parallelCoordinatesSvg(const Sweep& sweep, const SvgOptions& opt, const ReportPhrases& ph = {});

/// The objective against each parameter: one small scatter plot per parameter side by side (wrapping into rows),
/// log x where the space is logarithmic, the best trial ringed. "" when no trial has an objective.
std::string objectiveScatterSvg(const Sweep& sweep, const SvgOptions& opt, const ReportPhrases& ph = {});

}  // namespace ts
