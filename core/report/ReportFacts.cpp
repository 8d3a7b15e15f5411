// Facts about a run or an evaluation that several parts of a report share (see ReportFacts.h).
#include "core/report/ReportFacts.h"

namespace ts::report {

bool hasValidation(const EpochMetrics& e) { return !e.val.empty() || e.val.loss > 0.0 || e.val.accuracy > 0.0; }

std::string evalSetTitle(const RunRecord& run) {
    bool test = !run.epochs.empty();
    for (const EpochMetrics& e : run.epochs) test = test && e.valSetName == "test";
    return test ? "test" : "validation";
}

const ClassDelta* deltaFor(const BaselineComparison& cmp, size_t index, const std::string& name) {
    if (index < cmp.classes.size() && cmp.classes[index].className == name) return &cmp.classes[index];
    for (const ClassDelta& d : cmp.classes)
        if (d.className == name) return &d;
    return nullptr;
}

}  // namespace ts::report
