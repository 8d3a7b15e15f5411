// Content pieces shared by run and evaluation reports: class rows, the environment table, a run report's header and
// data-set identity, side-by-side charts.
#include "core/report/ReportSections.h"
#include "core/report/ReportMessages.h"
#include "core/report/ReportText.h"
#include "core/common/Numbers.h"

namespace ts::report {

std::string averagesNote(const ReportPhrases& ph) {
    return ph("Report", "Macro: unweighted mean over the classes that occur in the true or predicted labels (as scikit-learn "
                        "averages). Weighted: mean weighted by each class's support.");
}

std::string undefinedNote(const ReportPhrases& ph) {
    return ph("Report", "* undefined (the class was never predicted, or never occurs), reported as 0.");
}

std::string macroAverageNotePhrase(const ConfusionMatrix& cm, const ReportPhrases& ph) {
    const int n = classesInMacroAverage(cm), k = cm.classCount();
    if (n == k)
        return fillIn(ph("Report", "Macro averages run over all %1 classes, each of which occurs in the true or predicted "
                                   "labels (as scikit-learn does)."),
                      {std::to_string(k)});
    return fillIn(ph("Report", "Macro averages run over the %1 of %2 classes that occurs in the true or predicted labels "
                               "(as scikit-learn does)."),
                  {std::to_string(n), std::to_string(k)});
}

std::string yesNoPhrase(bool b, const ReportPhrases& ph) { return b ? ph("Report", "yes") : ph("Report", "no"); }

std::string orUnknown(const std::string& text, const ReportPhrases& ph) {
    return text.empty() || text == "unknown" ? ph("Report", "unknown") : text;
}

std::vector<std::string> classRow(const std::string& name, const ClassMetrics& m) {
    return {name, fixed(m.precision, 3) + (m.precisionUndefined ? "*" : ""),
            fixed(m.recall, 3) + (m.recallUndefined ? "*" : ""), fixed(m.f1, 3), thousands(m.support)};
}

std::vector<std::string> averageRow(const std::string& label, const ClassMetrics& avg, int64_t total) {
    return {label, fixed(avg.precision, 3), fixed(avg.recall, 3), fixed(avg.f1, 3), thousands(total)};
}

ReportTable environmentTable(const ReportEnvironment& env,
                             const std::vector<std::pair<std::string, std::string>>& machineRows, const ReportPhrases& ph) {
    ReportTable t;
    t.header = {ph("Report", "Item"), ph("Report", "Value")};
    t.numeric = {false, false};
    t.rows = {{"TrainScope", env.trainscopeVersion}, {"LibTorch", env.torchVersion}};
    for (const auto& [item, value] : machineRows) t.rows.push_back({item, value});
    t.rows.push_back({ph("Report", "CPU"), orUnknown(env.cpuName, ph)});
    t.rows.push_back({ph("Report", "Logical CPUs"), env.cpuCores > 0 ? std::to_string(env.cpuCores) : ph("Report", "unknown")});
    t.rows.push_back({ph("Report", "Host"), orUnknown(env.hostName, ph)});
    t.rows.push_back({ph("Report", "Operating system"), orUnknown(env.os, ph)});
    t.note = ph("Report", "Versions, CPU, host and operating system are those of the machine that made this report.");
    return t;
}

std::vector<std::string> perClassHeader(const ReportPhrases& ph) {
    return {ph("Report", "Class"), ph("Report", "Precision"), ph("Report", "Recall"), ph("Report", "F1"),
            ph("Report", "Support")};
}

std::string statusPhrase(const std::string& status, const ReportPhrases& ph) {
    if (status == "finished") return ph("Report", "finished");
    if (status == "stopped") return ph("Report", "stopped");
    if (status == "diverged") return ph("Report", "diverged");
    if (status == "failed") return ph("Report", "failed");
    if (status == "interrupted") return ph("Report", "interrupted");
    if (status == "running") return ph("Report", "running");
    if (status == "unknown") return ph("Report", "unknown");
    return status;
}

std::vector<std::pair<std::string, std::string>> runOverview(const ReportContent& c, const RunRecord& run,
                                                             double trainSeconds, double evalSeconds,
                                                             const ReportPhrases& ph, const std::string& task) {
    std::vector<std::pair<std::string, std::string>> rows = {{ph("Report", "Run"), c.runName}, {ph("Report", "Folder"), run.dir}};
    if (!task.empty()) rows.push_back({ph("Report", "Task"), task});
    rows.insert(rows.end(), {
        {ph("Report", "Status"),
         statusPhrase(c.status, ph) + (run.message.empty() ? std::string() : ": " + reportMessage(run.message, ph))},
        {ph("Report", "Started"), run.startedAt.empty() ? ph("Report", "unknown") : displayTime(run.startedAt)},
        {ph("Report", "Device"), orUnknown(run.device, ph)},
        {ph("Report", "Threads"), run.threads > 0 ? std::to_string(run.threads) : ph("Report", "unknown")},
        {ph("Report", "Training time"), formatDuration(trainSeconds)},
        {ph("Report", "Evaluation time"), formatDuration(evalSeconds)},
        {ph("Report", "Total time"), formatDuration(run.totalSeconds)},
    });
    return rows;
}

std::vector<std::pair<std::string, std::string>> evaluationOverview(const EvaluationResult& r, const ReportPhrases& ph) {
    return {
        {ph("Report", "Model file"), orUnknown(r.modelPath, ph)},
        {ph("Report", "Model kind"), orUnknown(r.modelKind, ph)},
        {ph("Report", "Model"), orUnknown(r.modelDescription, ph)},
        {ph("Report", "Run"), r.runDir.empty() ? ph("Report", "none (the model's run is not known)") : r.runDir},
        {ph("Report", "Data"), orUnknown(r.dataPath, ph)},
        {ph("Report", "Device"), orUnknown(r.device, ph)},
        {ph("Report", "Evaluation time"), formatDuration(r.seconds)},
    };
}

std::vector<std::pair<std::string, std::string>> runMachineRows(const RunRecord& run, const ReportPhrases& ph) {
    return {{ph("Report", "Run device"), orUnknown(run.device, ph)},
            {ph("Report", "Run threads"), run.threads > 0 ? std::to_string(run.threads) : ph("Report", "unknown")}};
}

void fillRunHeader(ReportContent& c, const RunRecord& run, const ReportPhrases& ph) {
    c.phrases = ph;
    c.overviewTitle = ph("Report", "Run");
    c.historyTitle = ph("Report", "Per-epoch history");
    c.runName = run.displayName();
    c.title = fillIn(ph("Report", "TrainScope report: %1"), {c.runName});
    c.status = run.status.empty() ? "unknown" : run.status;
    c.statusMessage = reportMessage(run.message, ph);
    c.tags = run.meta.tags;
    c.notes = run.meta.notes;
    c.warnings = run.warnings;
    c.generatedAt = localTimeNow();
}

ReportTable presetSettingsTable(const TrainConfig& cfg, const ReportPhrases& ph) {
    ReportTable t;
    t.header = {ph("Report", "Setting"), ph("Report", "Value")};
    t.numeric = {false, false};
    t.rows = {{ph("Report", "Preset"), cfg.preset},
              {ph("Report", "Model"), reportMessage(presetDescription(cfg.preset), ph)}};
    return t;
}

ReportTable dataIdentityTable(const DatasetInfo& d, const ReportPhrases& ph) {
    ReportTable t;
    t.header = {ph("Report", "Item"), ph("Report", "Value")};
    t.numeric = {false, false};
    t.rows = {
        {ph("Report", "Name"), d.name.empty() ? ph("Report", "unknown") : d.name},
        {ph("Report", "Path"), d.path},
        {ph("Report", "Format"), d.format},
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
