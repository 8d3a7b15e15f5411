// A run report's content: key figures, final and per-class metrics, per-epoch history, configuration,
// data set, environment and the training charts, formatted from a RunRecord.
#include "core/common/Numbers.h"
#include "core/eval/Metrics.h"
#include "core/report/Report.h"
#include "core/report/ReportFacts.h"
#include "core/report/ReportSections.h"
#include "core/report/ReportText.h"
#include "core/train/TrainConfig.h"

#include <algorithm>
#include <cmath>

namespace ts {

using namespace report;

namespace {

constexpr double kSideChartHeightRatio = 0.9;

/// Sums over the run's epochs and its best evaluated epoch.
struct EpochTotals {
    double trainSeconds = 0.0;
    double evalSeconds = 0.0;
    double samplesPerSec = 0.0;  ///< mean over the epochs
    int best = -1;               ///< index of the epoch with the best validation accuracy (-1: none)
};

EpochTotals epochTotals(const RunRecord& run) {
    EpochTotals t;
    for (size_t i = 0; i < run.epochs.size(); ++i) {
        const EpochMetrics& e = run.epochs[i];
        t.trainSeconds += e.seconds;
        t.evalSeconds += e.evalSeconds;
        t.samplesPerSec += e.samplesPerSec;
        if (hasValidation(e) && (t.best < 0 || e.val.accuracy > run.epochs[size_t(t.best)].val.accuracy)) t.best = int(i);
    }
    if (!run.epochs.empty()) t.samplesPerSec /= double(run.epochs.size());
    return t;
}

/// Which evaluation the final tables show: the test set, else the last validation (null: none). Sets
/// the label that says which.
const EvalMetrics* finalEvaluation(const RunRecord& run, const std::string& evalName, std::string* label) {
    if (run.hasTest && !run.test.empty()) {
        *label = "Test set (" + thousands(run.test.confusion.total()) + " samples)";
        return &run.test;
    }
    for (auto it = run.epochs.rbegin(); it != run.epochs.rend(); ++it) {
        if (it->val.empty()) continue;
        *label = std::string(evalName == "test" ? "Test set" : "Validation set") + ", epoch " + std::to_string(it->epoch) +
                 " (" + thousands(it->val.confusion.total()) + " samples)";
        return &it->val;
    }
    *label = "No evaluation was recorded for this run.";
    return nullptr;
}

/// The key figures at the top and the run overview at the end.
void addFiguresAndOverview(ReportContent& c, const RunRecord& run, const EvalMetrics* final, const EpochTotals& t,
                           const std::string& evalName) {
    const int plannedEpochs = run.config.epochs > 0 ? run.config.epochs : (run.epochs.empty() ? 0 : run.epochs.back().epochs);
    if (final) {
        c.figures.push_back({run.hasTest ? "Test accuracy" : "Accuracy", percent(final->accuracy)});
        c.figures.push_back({run.hasTest ? "Test loss" : "Loss", fixed(final->loss, 4)});
        c.figures.push_back({"Macro F1", fixed(final->macro.f1, 4)});
    }
    if (t.best >= 0)
        c.figures.push_back({"Best " + std::string(evalName == "test" ? "test" : "val.") + " acc. (epoch " +
                                 std::to_string(run.epochs[size_t(t.best)].epoch) + ")",
                             percent(run.epochs[size_t(t.best)].val.accuracy)});
    c.figures.push_back({"Epochs", std::to_string(run.epochs.size()) + " / " + std::to_string(plannedEpochs)});
    c.figures.push_back({"Total time", formatDuration(run.totalSeconds > 0 ? run.totalSeconds : t.trainSeconds + t.evalSeconds)});
    if (t.samplesPerSec > 0) c.figures.push_back({"Samples/s (mean)", thousands(std::llround(t.samplesPerSec))});
    c.figures.push_back({"Device", run.device.empty() ? "unknown" : run.device});

    c.overview = {
        {"Run", c.runName},
        {"Folder", run.dir},
        {"Status", c.status + (run.message.empty() ? std::string() : ": " + run.message)},
        {"Started", run.startedAt.empty() ? "unknown" : displayTime(run.startedAt)},
        {"Device", run.device.empty() ? "unknown" : run.device},
        {"Threads", run.threads > 0 ? std::to_string(run.threads) : "unknown"},
        {"Training time", formatDuration(t.trainSeconds)},
        {"Evaluation time", formatDuration(t.evalSeconds)},
        {"Total time", formatDuration(run.totalSeconds)},
    };
}

/// Final metrics, the per-class table and the confusion matrix of `final` (tables stay empty without it).
void addFinalMetrics(ReportContent& c, const EvalMetrics* final, const SvgOptions& svg) {
    c.finalMetrics.header = {"Metric", "Value"};
    c.finalMetrics.numeric = {false, true};
    if (!final) return;
    c.finalMetrics.rows = {
        {"Accuracy", percent(final->accuracy)},
        {"Loss (mean cross-entropy)", fixed(final->loss, 4)},
        {"Macro precision", fixed(final->macro.precision, 4)},
        {"Macro recall", fixed(final->macro.recall, 4)},
        {"Macro F1", fixed(final->macro.f1, 4)},
        {"Weighted precision", fixed(final->weighted.precision, 4)},
        {"Weighted recall", fixed(final->weighted.recall, 4)},
        {"Weighted F1", fixed(final->weighted.f1, 4)},
    };
    c.finalMetrics.note = kAveragesNote;

    c.perClass.header = {"Class", "Precision", "Recall", "F1", "Support"};
    c.perClass.numeric = {false, true, true, true, true};
    bool undefined = false;
    for (size_t i = 0; i < final->perClass.size(); ++i) {
        const ClassMetrics& m = final->perClass[i];
        const std::string name = i < final->confusion.classNames.size() ? final->confusion.classNames[i] : std::to_string(i);
        undefined = undefined || m.precisionUndefined || m.recallUndefined;
        c.perClass.rows.push_back(classRow(name, m));
    }
    c.perClass.rows.push_back(averageRow("Macro avg", final->macro, final->confusion.total()));
    c.perClass.rows.push_back(averageRow("Weighted avg", final->weighted, final->confusion.total()));
    c.perClass.emphasizedRows = {int(c.perClass.rows.size()) - 2, int(c.perClass.rows.size()) - 1};
    if (undefined) c.perClass.note = std::string(kUndefinedNote) + " ";
    c.perClass.note += macroAverageNote(final->confusion);
    c.confusionSvg = confusionMatrixSvg(final->confusion, svg);
}

/// One row per epoch; the best evaluated epoch in bold.
void addPerEpoch(ReportContent& c, const RunRecord& run, int best, const std::string& evalName) {
    const std::string setTitle = evalName == "test" ? "Test" : "Val";
    c.perEpoch.header = {"Epoch", "Step", "Train loss", "Train acc.", setTitle + " loss", setTitle + " acc.",
                         setTitle + " macro F1", "LR", "Train time", "Eval time", "Samples/s"};
    c.perEpoch.numeric = std::vector<bool>(c.perEpoch.header.size(), true);
    for (const EpochMetrics& e : run.epochs) {
        const bool v = hasValidation(e);
        c.perEpoch.rows.push_back({std::to_string(e.epoch), thousands(e.step), fixed(e.trainLoss, 4),
                                   percent(e.trainAccuracy), v ? fixed(e.val.loss, 4) : "-",
                                   v ? percent(e.val.accuracy) : "-", v ? fixed(e.val.macro.f1, 4) : "-", scientific(e.lr),
                                   formatDuration(e.seconds), formatDuration(e.evalSeconds), thousands(std::llround(e.samplesPerSec))});
    }
    if (best >= 0) {
        c.perEpoch.emphasizedRows = {best};
        c.perEpoch.note = "The best " + evalName + " accuracy is in bold.";
    }
}

/// The training configuration as set.
ReportTable configTable(const TrainConfig& cfg) {
    ReportTable t = presetSettingsTable(cfg);
    t.rows.insert(t.rows.end(), {
        {"Optimizer", cfg.optimizer},
        {"Learning rate", general(cfg.lr)},
    });
    if (cfg.optimizer == "sgd") t.rows.push_back({"Momentum", general(cfg.momentum)});
    t.rows.push_back({"Weight decay", general(cfg.weightDecay)});
    std::string schedule = cfg.schedule;
    if (cfg.schedule == "step")
        schedule += " (x" + general(cfg.stepGamma) + " every " + std::to_string(cfg.stepEpochs) + " epochs)";
    t.rows.push_back({"LR schedule", schedule});
    t.rows.push_back({"Epochs", std::to_string(cfg.epochs)});
    t.rows.push_back({"Batch size", std::to_string(cfg.batchSize)});
    t.rows.push_back({"Validation fraction", general(cfg.valFraction)});
    t.rows.push_back({"Shuffle each epoch", yesNo(cfg.shuffle)});
    t.rows.push_back({"Standardize pixels", yesNo(cfg.normalize)});
    if (cfg.evalOnTestEachEpoch) t.rows.push_back({"Evaluate on the test set each epoch", "yes"});
    t.rows.push_back({"Seed", std::to_string(cfg.seed)});
    t.rows.push_back({"Device requested", cfg.device});
    t.rows.push_back({"Threads requested", cfg.threads > 0 ? std::to_string(cfg.threads) : "automatic"});
    t.rows.push_back({"Batch metrics logged every", std::to_string(std::max(1, cfg.logEvery)) + " batch(es)"});
    return t;
}

/// The data set the run trained on.
ReportTable datasetTable(const RunRecord& run) {
    const DatasetInfo& d = run.dataset;
    ReportTable t = dataIdentityTable(d);
    t.rows.insert(t.rows.end(), {
        {"Sample shape", std::to_string(d.channels) + " x " + std::to_string(d.height) + " x " + std::to_string(d.width)},
        {"Classes", std::to_string(d.classNames.size())},
        {"Training samples", thousands(d.trainCount)},
        {"Validation samples", thousands(d.valCount)},
        {"Test samples", thousands(d.testCount)},
    });
    if (!run.datasetHash.empty()) t.rows.push_back({"Content hash", run.datasetHash});
    return t;
}

}  // namespace

ReportContent buildReportContent(const RunRecord& run, const ReportEnvironment& env, const SvgOptions& svg) {
    if (run.isLanguageModel()) return buildLanguageModelReportContent(run, env, svg);
    ReportContent c;
    fillRunHeader(c, run);

    const EpochTotals totals = epochTotals(run);
    const std::string evalName = evalSetTitle(run);
    const EvalMetrics* final = finalEvaluation(run, evalName, &c.evalLabel);
    addFiguresAndOverview(c, run, final, totals, evalName);
    addFinalMetrics(c, final, svg);
    addPerEpoch(c, run, totals.best, evalName);
    c.config = configTable(run.config);
    c.dataset = datasetTable(run);
    c.histogramSvg = classHistogramSvg(run.dataset, svg);
    c.environment = environmentTable(env, {{"Run device", run.device.empty() ? "unknown" : run.device},
                                           {"Run threads", run.threads > 0 ? std::to_string(run.threads) : "unknown"}});

    const SvgOptions side = sideBySide(svg, int(svg.height * kSideChartHeightRatio));
    c.lossSvg = lossChartSvg(run, svg);
    c.accuracySvg = accuracyChartSvg(run, side);
    c.lrSvg = lrChartSvg(run, side);
    c.health = buildHealthSection(run, false, svg);
    return c;
}

}  // namespace ts
