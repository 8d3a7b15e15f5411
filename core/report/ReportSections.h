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

/// The note under a final-metrics table: what macro and weighted averages are.
std::string averagesNote(const ReportPhrases& ph);
/// The note on starred (undefined) precision or recall values.
std::string undefinedNote(const ReportPhrases& ph);
/// Over which classes the macro averages run (core/eval's macroAverageNote in the report's language).
std::string macroAverageNotePhrase(const ConfusionMatrix& cm, const ReportPhrases& ph);
/// "yes" or "no" in the report's language.
std::string yesNoPhrase(bool b, const ReportPhrases& ph);
/// `text` in the report's language when `text` is "unknown", `text` otherwise (a value the run recorded).
std::string orUnknown(const std::string& text, const ReportPhrases& ph);
/// How wide the side-by-side charts are, given the width of the wide ones.
constexpr int kChartGap = 20;

/// A per-class row: name, precision, recall (starred when undefined), F1 and support.
std::vector<std::string> classRow(const std::string& name, const ClassMetrics& m);
/// An average row of the per-class table: label, precision, recall and F1 of `avg`, and `total` samples.
std::vector<std::string> averageRow(const std::string& label, const ClassMetrics& avg, int64_t total);
/// The tokens (or words) whose share moved most between a text's reference and itself, rising ones first.
ReportTable tokenMoversTable(const TextDriftReport& drift, const ReportPhrases& ph);
/// The environment table: versions, then `machineRows` (the run's or evaluation's device), then the CPU,
/// host and operating system of this machine.
ReportTable environmentTable(const ReportEnvironment& env,
                             const std::vector<std::pair<std::string, std::string>>& machineRows, const ReportPhrases& ph);
/// The environment as a JSON object: versions, CPU, host and operating system.
Json environmentJson(const ReportEnvironment& env);
/// The per-class table's header: class, precision, recall, F1, support.
std::vector<std::string> perClassHeader(const ReportPhrases& ph);
/// A run's status word ("finished", "stopped", ...) in the report's language.
std::string statusPhrase(const std::string& status, const ReportPhrases& ph);
/// The run overview at the end of a run report: name, folder, `task` (when not empty), status, start, device,
/// threads and times.
std::vector<std::pair<std::string, std::string>> runOverview(const ReportContent& c, const RunRecord& run,
                                                             double trainSeconds, double evalSeconds,
                                                             const ReportPhrases& ph, const std::string& task = {});
/// Where the data rows go in evaluationOverview's rows: after the model, its run and the data's path.
constexpr long kOverviewDataRows = 5;
/// An evaluation's overview: model file, kind and description, its run, the data's path, device and time.
std::vector<std::pair<std::string, std::string>> evaluationOverview(const EvaluationResult& r, const ReportPhrases& ph);
/// The environment rows of the run's own machine: its device and threads.
std::vector<std::pair<std::string, std::string>> runMachineRows(const RunRecord& run, const ReportPhrases& ph);
/// The run's name, title, status, tags, notes, warnings and the time of the report.
void fillRunHeader(ReportContent& c, const RunRecord& run, const ReportPhrases& ph);
/// A setting/value table that opens with the preset and its description; callers add their rows.
ReportTable presetSettingsTable(const TrainConfig& cfg, const ReportPhrases& ph);
/// An item/value table of a data set's name (or "unknown"), path and format; callers add their rows.
ReportTable dataIdentityTable(const DatasetInfo& d, const ReportPhrases& ph);
/// An evaluation's reliability diagram and confidence histogram side by side, and a sentence on ECE and MCE.
void addCalibrationCharts(ReportContent& c, const Calibration& calibration, const ConfidenceHistogram& confidence,
                          const SvgOptions& svg, const ReportPhrases& ph);
/// `svg` narrowed to half its width (less the gap) and `height` tall, for two charts side by side.
SvgOptions sideBySide(const SvgOptions& svg, int height);

}  // namespace ts::report
