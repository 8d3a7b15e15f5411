// Pieces of report content that run reports and evaluation reports share: class rows, table notes, the environment
// table, and a run report's header and data-set identity.
#pragma once

#include "core/common/Json.h"
#include "core/eval/Metrics.h"
#include "core/report/Report.h"

#include <string>
#include <utility>
#include <vector>

namespace ts {
struct TextDriftReport;
}

namespace ts::report {

/// The note under a final-metrics table.
constexpr const char* kAveragesNote =
    "Macro: unweighted mean over the classes that occur in the true or predicted labels (as scikit-learn "
    "averages). Weighted: mean weighted by each class's support.";
/// The note on starred (undefined) precision or recall values.
constexpr const char* kUndefinedNote = "* undefined (the class was never predicted, or never occurs), reported as 0.";
/// How wide the side-by-side charts are, given the width of the wide ones.
constexpr int kChartGap = 20;

/// A per-class row: name, precision, recall (starred when undefined), F1 and support.
std::vector<std::string> classRow(const std::string& name, const ClassMetrics& m);
/// An average row of the per-class table: label, precision, recall and F1 of `avg`, and `total` samples.
std::vector<std::string> averageRow(const std::string& label, const ClassMetrics& avg, int64_t total);
/// The environment table: versions, then `machineRows` (the run's or evaluation's device), then the CPU,
/// host and operating system of this machine.
/// The tokens (or words) whose share moved most between a text's reference and itself, rising ones first.
ReportTable tokenMoversTable(const TextDriftReport& drift);
ReportTable environmentTable(const ReportEnvironment& env,
                             const std::vector<std::pair<std::string, std::string>>& machineRows);
/// The environment as a JSON object: versions, CPU, host and operating system.
Json environmentJson(const ReportEnvironment& env);
/// The run's name, title, status, tags, notes, warnings and the time of the report.
void fillRunHeader(ReportContent& c, const RunRecord& run);
/// A setting/value table that opens with the preset and its description; callers add their rows.
ReportTable presetSettingsTable(const TrainConfig& cfg);
/// An item/value table of a data set's name (or "unknown"), path and format; callers add their rows.
ReportTable dataIdentityTable(const DatasetInfo& d);
/// An evaluation's reliability diagram and confidence histogram side by side, and a sentence on ECE and MCE.
void addCalibrationCharts(ReportContent& c, const Calibration& calibration, const ConfidenceHistogram& confidence,
                          const SvgOptions& svg);
/// `svg` narrowed to half its width (less the gap) and `height` tall, for two charts side by side.
SvgOptions sideBySide(const SvgOptions& svg, int height);

}  // namespace ts::report
