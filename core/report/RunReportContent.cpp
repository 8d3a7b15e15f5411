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
const EvalMetrics* finalEvaluation(const RunRecord& run, const std::string& evalName, std::string* label,
                                   const ReportPhrases& ph) {
    if (run.hasTest && !run.test.empty()) {
        *label = fillIn(ph("Report", "Test set (%1 samples)"), {thousands(run.test.confusion.total())});
        return &run.test;
    }
    for (auto it = run.epochs.rbegin(); it != run.epochs.rend(); ++it) {
        if (it->val.empty()) continue;
        *label = fillIn(evalName == "test" ? ph("Report", "Test set, epoch %1 (%2 samples)")
                                           : ph("Report", "Validation set, epoch %1 (%2 samples)"),
                        {std::to_string(it->epoch), thousands(it->val.confusion.total())});
        return &it->val;
    }
    *label = ph("Report", "No evaluation was recorded for this run.");
    return nullptr;
}

/// The key figures at the top and the run overview at the end.
void addFiguresAndOverview(ReportContent& c, const RunRecord& run, const EvalMetrics* final, const EpochTotals& t,
                           const std::string& evalName, const ReportPhrases& ph) {
    const int plannedEpochs = run.config.epochs > 0 ? run.config.epochs : (run.epochs.empty() ? 0 : run.epochs.back().epochs);
    const std::string device = orUnknown(run.device, ph);
    if (final) {
        c.figures.push_back({run.hasTest ? ph("Report", "Test accuracy") : ph("Report", "Accuracy"), percent(final->accuracy)});
        c.figures.push_back({run.hasTest ? ph("Report", "Test loss") : ph("Report", "Loss"), fixed(final->loss, 4)});
        c.figures.push_back({ph("Report", "Macro F1"), fixed(final->macro.f1, 4)});
    }
    if (t.best >= 0)
        c.figures.push_back({fillIn(evalName == "test" ? ph("Report", "Best test acc. (epoch %1)")
                                                       : ph("Report", "Best val. acc. (epoch %1)"),
                                    {std::to_string(run.epochs[size_t(t.best)].epoch)}),
                             percent(run.epochs[size_t(t.best)].val.accuracy)});
    c.figures.push_back({ph("Report", "Epochs"), std::to_string(run.epochs.size()) + " / " + std::to_string(plannedEpochs)});
    c.figures.push_back({ph("Report", "Total time"),
                         formatDuration(run.totalSeconds > 0 ? run.totalSeconds : t.trainSeconds + t.evalSeconds)});
    if (t.samplesPerSec > 0) c.figures.push_back({ph("Report", "Samples/s (mean)"), thousands(std::llround(t.samplesPerSec))});
    c.figures.push_back({ph("Report", "Device"), device});
    c.overview = runOverview(c, run, t.trainSeconds, t.evalSeconds, ph);
}

/// Final metrics, the per-class table and the confusion matrix of `final` (tables stay empty without it).
void addFinalMetrics(ReportContent& c, const EvalMetrics* final, const SvgOptions& svg, const ReportPhrases& ph) {
    c.finalMetrics.header = {ph("Report", "Metric"), ph("Report", "Value")};
    c.finalMetrics.numeric = {false, true};
    if (!final) return;
    c.finalMetrics.rows = {
        {ph("Report", "Accuracy"), percent(final->accuracy)},
        {ph("Report", "Loss (mean cross-entropy)"), fixed(final->loss, 4)},
        {ph("Report", "Macro precision"), fixed(final->macro.precision, 4)},
        {ph("Report", "Macro recall"), fixed(final->macro.recall, 4)},
        {ph("Report", "Macro F1"), fixed(final->macro.f1, 4)},
        {ph("Report", "Weighted precision"), fixed(final->weighted.precision, 4)},
        {ph("Report", "Weighted recall"), fixed(final->weighted.recall, 4)},
        {ph("Report", "Weighted F1"), fixed(final->weighted.f1, 4)},
    };
    c.finalMetrics.note = averagesNote(ph);

    c.perClass.header = perClassHeader(ph);
    c.perClass.numeric = {false, true, true, true, true};
    bool undefined = false;
    for (size_t i = 0; i < final->perClass.size(); ++i) {
        const ClassMetrics& m = final->perClass[i];
        const std::string name = i < final->confusion.classNames.size() ? final->confusion.classNames[i] : std::to_string(i);
        undefined = undefined || m.precisionUndefined || m.recallUndefined;
        c.perClass.rows.push_back(classRow(name, m));
    }
    c.perClass.rows.push_back(averageRow(ph("Report", "Macro avg"), final->macro, final->confusion.total()));
    c.perClass.rows.push_back(averageRow(ph("Report", "Weighted avg"), final->weighted, final->confusion.total()));
    c.perClass.emphasizedRows = {int(c.perClass.rows.size()) - 2, int(c.perClass.rows.size()) - 1};
    if (undefined) c.perClass.note = undefinedNote(ph) + " ";
    c.perClass.note += macroAverageNotePhrase(final->confusion, ph);
    c.confusionSvg = confusionMatrixSvg(final->confusion, svg, ph);
}

/// One row per epoch; the best evaluated epoch in bold.
void addPerEpoch(ReportContent& c, const RunRecord& run, int best, const std::string& evalName, const ReportPhrases& ph) {
    const bool test = evalName == "test";
    c.perEpoch.header = {ph("Report", "Epoch"), ph("Report", "Step"), ph("Report", "Train loss"), ph("Report", "Train acc."),
                         test ? ph("Report", "Test loss") : ph("Report", "Val loss"),
                         test ? ph("Report", "Test acc.") : ph("Report", "Val acc."),
                         test ? ph("Report", "Test macro F1") : ph("Report", "Val macro F1"), ph("Report", "LR"),
                         ph("Report", "Train time"), ph("Report", "Eval time"), ph("Report", "Samples/s")};
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
        c.perEpoch.note = test ? ph("Report", "The best test accuracy is in bold.")
                               : ph("Report", "The best validation accuracy is in bold.");
    }
}

/// The training configuration as set.
ReportTable configTable(const TrainConfig& cfg, const ReportPhrases& ph) {
    ReportTable t = presetSettingsTable(cfg, ph);
    t.rows.insert(t.rows.end(), {
        {ph("Report", "Optimizer"), cfg.optimizer},
        {ph("Report", "Learning rate"), general(cfg.lr)},
    });
    if (cfg.optimizer == "sgd") t.rows.push_back({ph("Report", "Momentum"), general(cfg.momentum)});
    t.rows.push_back({ph("Report", "Weight decay"), general(cfg.weightDecay)});
    std::string schedule = cfg.schedule;
    if (cfg.schedule == "step")
        schedule += fillIn(ph("Report", " (x%1 every %2 epochs)"), {general(cfg.stepGamma), std::to_string(cfg.stepEpochs)});
    t.rows.push_back({ph("Report", "LR schedule"), schedule});
    t.rows.push_back({ph("Report", "Epochs"), std::to_string(cfg.epochs)});
    t.rows.push_back({ph("Report", "Batch size"), std::to_string(cfg.batchSize)});
    t.rows.push_back({ph("Report", "Validation fraction"), general(cfg.valFraction)});
    t.rows.push_back({ph("Report", "Shuffle each epoch"), yesNoPhrase(cfg.shuffle, ph)});
    t.rows.push_back({ph("Report", "Standardize pixels"), yesNoPhrase(cfg.normalize, ph)});
    if (cfg.evalOnTestEachEpoch) t.rows.push_back({ph("Report", "Evaluate on the test set each epoch"), yesNoPhrase(true, ph)});
    t.rows.push_back({ph("Report", "Seed"), std::to_string(cfg.seed)});
    t.rows.push_back({ph("Report", "Device requested"), cfg.device});
    t.rows.push_back({ph("Report", "Threads requested"), cfg.threads > 0 ? std::to_string(cfg.threads) : ph("Report", "automatic")});
    t.rows.push_back({ph("Report", "Batch metrics logged every"),
                      fillIn(ph("Report", "%1 batch(es)"), {std::to_string(std::max(1, cfg.logEvery))})});
    return t;
}

/// The data set the run trained on.
ReportTable datasetTable(const RunRecord& run, const ReportPhrases& ph) {
    const DatasetInfo& d = run.dataset;
    ReportTable t = dataIdentityTable(d, ph);
    t.rows.insert(t.rows.end(), {
        {ph("Report", "Sample shape"), std::to_string(d.channels) + " x " + std::to_string(d.height) + " x " + std::to_string(d.width)},
        {ph("Report", "Classes"), std::to_string(d.classNames.size())},
        {ph("Report", "Training samples"), thousands(d.trainCount)},
        {ph("Report", "Validation samples"), thousands(d.valCount)},
        {ph("Report", "Test samples"), thousands(d.testCount)},
    });
    if (!run.datasetHash.empty()) t.rows.push_back({ph("Report", "Content hash"), run.datasetHash});
    return t;
}

}  // namespace

ReportContent buildReportContent(const RunRecord& run, const ReportEnvironment& env, const SvgOptions& svg,
                                 const ReportPhrases& ph) {
    if (run.isLanguageModel()) return buildLanguageModelReportContent(run, env, svg, ph);
    ReportContent c;
    fillRunHeader(c, run, ph);

    const EpochTotals totals = epochTotals(run);
    const std::string evalName = evalSetTitle(run);
    const EvalMetrics* final = finalEvaluation(run, evalName, &c.evalLabel, ph);
    addFiguresAndOverview(c, run, final, totals, evalName, ph);
    addFinalMetrics(c, final, svg, ph);
    addPerEpoch(c, run, totals.best, evalName, ph);
    c.config = configTable(run.config, ph);
    c.dataset = datasetTable(run, ph);
    c.histogramSvg = classHistogramSvg(run.dataset, svg, ph);
    c.environment = environmentTable(env, runMachineRows(run, ph), ph);

    const SvgOptions side = sideBySide(svg, int(svg.height * kSideChartHeightRatio));
    c.lossSvg = lossChartSvg(run, svg, ph);
    c.accuracySvg = accuracyChartSvg(run, side, ph);
    c.lrSvg = lrChartSvg(run, side, ph);
    c.health = buildHealthSection(run, false, svg, ph);
    return c;
}

}  // namespace ts
