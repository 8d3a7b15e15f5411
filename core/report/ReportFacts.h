// Facts about a run or an evaluation that several parts of a report (charts, tables, exports) ask for.
#pragma once

#include "core/eval/Evaluation.h"
#include "core/runs/RunStore.h"

#include <string>

namespace ts::report {

/// True when the epoch recorded a validation (or per-epoch test) evaluation.
bool hasValidation(const EpochMetrics& e);
/// "test" when every epoch was evaluated on the test set, else "validation".
std::string evalSetTitle(const RunRecord& run);
/// The change of class `name` (expected at `index`) in a baseline comparison; null when it has none.
const ClassDelta* deltaFor(const BaselineComparison& cmp, size_t index, const std::string& name);

}  // namespace ts::report
