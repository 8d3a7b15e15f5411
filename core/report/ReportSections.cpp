// Content pieces shared by run and evaluation reports: class rows, the environment table, a run report's header and
// data-set identity, side-by-side charts.
#include "core/report/ReportSections.h"
#include "core/report/ReportText.h"

namespace ts::report {

std::vector<std::string> classRow(const std::string& name, const ClassMetrics& m) {
    return {name, fixed(m.precision, 3) + (m.precisionUndefined ? "*" : ""),
            fixed(m.recall, 3) + (m.recallUndefined ? "*" : ""), fixed(m.f1, 3), thousands(m.support)};
}

std::vector<std::string> averageRow(const std::string& label, const ClassMetrics& avg, int64_t total) {
    return {label, fixed(avg.precision, 3), fixed(avg.recall, 3), fixed(avg.f1, 3), thousands(total)};
}

ReportTable environmentTable(const ReportEnvironment& env,
                             const std::vector<std::pair<std::string, std::string>>& machineRows) {
    ReportTable t;
    t.header = {"Item", "Value"};
    t.numeric = {false, false};
    t.rows = {{"TrainScope", env.trainscopeVersion}, {"LibTorch", env.torchVersion}};
    for (const auto& [item, value] : machineRows) t.rows.push_back({item, value});
    t.rows.push_back({"CPU", env.cpuName.empty() ? "unknown" : env.cpuName});
    t.rows.push_back({"Logical CPUs", env.cpuCores > 0 ? std::to_string(env.cpuCores) : "unknown"});
    t.rows.push_back({"Host", env.hostName.empty() ? "unknown" : env.hostName});
    t.rows.push_back({"Operating system", env.os.empty() ? "unknown" : env.os});
    t.note = "Versions, CPU, host and operating system are those of the machine that made this report.";
    return t;
}

void fillRunHeader(ReportContent& c, const RunRecord& run) {
    c.runName = run.displayName();
    c.title = "TrainScope report: " + c.runName;
    c.status = run.status.empty() ? "unknown" : run.status;
    c.statusMessage = run.message;
    c.tags = run.meta.tags;
    c.notes = run.meta.notes;
    c.warnings = run.warnings;
    c.generatedAt = localTimeNow();
}

ReportTable presetSettingsTable(const TrainConfig& cfg) {
    ReportTable t;
    t.header = {"Setting", "Value"};
    t.numeric = {false, false};
    t.rows = {{"Preset", cfg.preset}, {"Model", presetDescription(cfg.preset)}};
    return t;
}

ReportTable dataIdentityTable(const DatasetInfo& d) {
    ReportTable t;
    t.header = {"Item", "Value"};
    t.numeric = {false, false};
    t.rows = {
        {"Name", d.name.empty() ? "unknown" : d.name},
        {"Path", d.path},
        {"Format", d.format},
    };
    return t;
}

SvgOptions sideBySide(const SvgOptions& svg, int height) {
    SvgOptions side = svg;
    side.width = (svg.width - kChartGap) / 2;
    side.height = height;
    return side;
}

}  // namespace ts::report
