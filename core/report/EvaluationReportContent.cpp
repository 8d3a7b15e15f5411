// An evaluation report's content: key figures against the run's own test metrics, final and per-class
// metrics, the confusion matrix, calibration charts and data drift, formatted from an EvaluationResult.
#include "core/common/Numbers.h"
#include "core/eval/Metrics.h"
#include "core/report/Report.h"
#include "core/eval/TextDrift.h"
#include "core/report/ReportFacts.h"
#include "core/report/ReportSections.h"
#include "core/report/ReportText.h"

#include <algorithm>
#include <cmath>

namespace ts {

using namespace report;

namespace {

constexpr double kEvalChartHeightRatio = 1.2;    // of SvgOptions::height, for the side-by-side charts
constexpr double kPsiModerate = 0.1;
constexpr double kPsiLarge = 0.25;
constexpr size_t kMaxFeatureRows = 30;           // the features table shows the ones that moved most

/// Names and counts every section of an evaluation report uses.
struct EvalFacts {
    const EvaluationResult& r;
    const EvalMetrics& m;          ///< this evaluation
    const EvalMetrics& b;          ///< the run's own test metrics (meaningful when `baseline`)
    bool baseline = false;         ///< there is a comparison with the run's test metrics
    std::string modelFile;
    std::string dataName;
    int64_t samples = 0;
    std::string runName;

    explicit EvalFacts(const EvaluationResult& result)
        : r(result), m(result.metrics), b(result.comparison.baseline), baseline(result.comparison.available),
          modelFile(fileNameOf(result.modelPath, "model")),
          dataName(result.dataName.empty() ? fileNameOf(result.dataPath, "data") : result.dataName),
          samples(m.confusion.total() > 0 ? m.confusion.total() : int64_t(result.predictions.size())),
          runName(!result.comparison.runName.empty() ? result.comparison.runName : fileNameOf(result.runDir, "")) {}
};

/// Title, subtitle, alerts and notes.
void addHeader(ReportContent& c, const EvalFacts& f) {
    const EvaluationResult& r = f.r;
    c.runName = f.modelFile;
    c.title = "TrainScope evaluation: " + f.modelFile + " on " + f.dataName;
    c.status = "";
    c.overviewTitle = "Evaluation";
    c.generatedAt = localTimeNow();
    c.alerts = r.warnings;
    c.noteItems = r.notes;
    c.subtitle = (r.splitName.empty() ? std::string() : "Split: " + r.splitName + " \u00b7 ") + thousands(f.samples) +
                 " samples \u00b7 Device: " + (r.device.empty() ? "unknown" : r.device) + " \u00b7 Time: " +
                 formatDuration(r.seconds) + (f.baseline ? " \u00b7 Compared with the test metrics of run " + f.runName : "");
}

/// Key figures, with the run's own test value underneath when there is a comparison; the overview table.
void addFiguresAndOverview(ReportContent& c, const EvalFacts& f) {
    const EvaluationResult& r = f.r;
    const EvalMetrics& m = f.m;
    const EvalMetrics& b = f.b;
    auto versus = [&](const std::string& value, const std::string& change) {
        return f.baseline ? "run's test: " + value + " (" + change + ")" : std::string();
    };
    c.figures.push_back({"Accuracy", percent(m.accuracy), versus(percent(b.accuracy), pointsChange(m.accuracy - b.accuracy))});
    c.figures.push_back({"Macro F1", fixed(m.macro.f1, 4), versus(fixed(b.macro.f1, 4), signedFixed(m.macro.f1 - b.macro.f1, 4))});
    c.figures.push_back({"Weighted F1", fixed(m.weighted.f1, 4),
                         versus(fixed(b.weighted.f1, 4), signedFixed(m.weighted.f1 - b.weighted.f1, 4))});
    c.figures.push_back({"Loss", fixed(m.loss, 4), versus(fixed(b.loss, 4), signedFixed(m.loss - b.loss, 4))});
    c.figures.push_back({"ECE", percent(r.calibration.ece), "MCE " + percent(r.calibration.mce)});
    c.figures.push_back({"Samples", thousands(f.samples), f.baseline ? "run's test: " + thousands(b.confusion.total()) : ""});

    c.overview = {
        {"Model file", r.modelPath.empty() ? "unknown" : r.modelPath},
        {"Model kind", r.modelKind.empty() ? "unknown" : r.modelKind},
        {"Model", r.modelDescription.empty() ? "unknown" : r.modelDescription},
        {"Run", r.runDir.empty() ? "none (the model's run is not known)" : r.runDir},
        {"Data", r.dataPath.empty() ? "unknown" : r.dataPath},
        {"Data name", f.dataName},
        {"Data format", r.dataFormat.empty() ? "unknown" : r.dataFormat},
        {"Split", r.splitName.empty() ? "unknown" : r.splitName},
        {"Samples", thousands(f.samples)},
        {"Device", r.device.empty() ? "unknown" : r.device},
        {"Evaluation time", formatDuration(r.seconds)},
    };
    const BaselineComparison& cmp = r.comparison;
    if (f.baseline)
        c.overview.push_back({"Compared with", "test metrics of run " + f.runName + (cmp.runDir.empty() ? "" : " (" + cmp.runDir + ")")});
}

/// Final metrics, next to the run's own test metrics and the change when there is a comparison.
void addFinalMetrics(ReportContent& c, const EvalFacts& f) {
    const EvaluationResult& r = f.r;
    const EvalMetrics& m = f.m;
    const EvalMetrics& b = f.b;
    c.evalLabel = (r.splitName.empty() ? std::string("Evaluated data") : "Split \"" + r.splitName + "\"") + " of " +
                  f.dataName + " (" + thousands(f.samples) + " samples)";
    c.finalMetrics.header = {"Metric", "Value"};
    c.finalMetrics.numeric = {false, true};
    if (f.baseline) {
        c.finalMetrics.header = {"Metric", "This evaluation", "Run's test", "Change"};
        c.finalMetrics.numeric = {false, true, true, true};
    }
    auto metricRow = [&](const std::string& name, double now, double then, bool asPercent) {
        std::vector<std::string> row = {name, asPercent ? percent(now) : fixed(now, 4)};
        if (f.baseline) {
            row.push_back(asPercent ? percent(then) : fixed(then, 4));
            row.push_back(asPercent ? pointsChange(now - then) : signedFixed(now - then, 4));
        }
        c.finalMetrics.rows.push_back(std::move(row));
    };
    metricRow("Accuracy", m.accuracy, b.accuracy, true);
    metricRow("Loss (mean cross-entropy)", m.loss, b.loss, false);
    metricRow("Macro precision", m.macro.precision, b.macro.precision, false);
    metricRow("Macro recall", m.macro.recall, b.macro.recall, false);
    metricRow("Macro F1", m.macro.f1, b.macro.f1, false);
    metricRow("Weighted precision", m.weighted.precision, b.weighted.precision, false);
    metricRow("Weighted recall", m.weighted.recall, b.weighted.recall, false);
    metricRow("Weighted F1", m.weighted.f1, b.weighted.f1, false);
    c.finalMetrics.note = kAveragesNote;
    if (f.baseline) c.finalMetrics.note += " Change: this evaluation minus the run's test metrics (pp: percentage points).";
}

/// Per-class metrics, with the run's F1 and the change when there is a comparison (flagged classes
/// highlighted), and the confusion matrix.
void addPerClass(ReportContent& c, const EvalFacts& f, const SvgOptions& svg) {
    const EvalMetrics& m = f.m;
    const EvalMetrics& b = f.b;
    const BaselineComparison& cmp = f.r.comparison;
    c.perClass.header = {"Class", "Precision", "Recall", "F1", "Support"};
    c.perClass.numeric = {false, true, true, true, true};
    if (f.baseline) {
        c.perClass.header.insert(c.perClass.header.end(), {"Run's F1", "\u0394F1"});
        c.perClass.numeric.insert(c.perClass.numeric.end(), {true, true});
    }
    bool undefined = false, missing = false;
    for (size_t i = 0; i < m.perClass.size(); ++i) {
        const ClassMetrics& pc = m.perClass[i];
        const std::string name = i < m.confusion.classNames.size() ? m.confusion.classNames[i] : std::to_string(i);
        undefined = undefined || pc.precisionUndefined || pc.recallUndefined;
        std::vector<std::string> row = classRow(name, pc);
        if (f.baseline) {
            const ClassDelta* d = deltaFor(cmp, i, name);
            if (d && d->inBaseline) {
                row.push_back(fixed(d->baselineF1, 3));
                row.push_back(signedFixed(d->currentF1 - d->baselineF1, 3));
                if (d->flagged) c.perClass.flaggedRows.push_back(int(c.perClass.rows.size()));
            } else {
                missing = true;
                row.push_back("-");
                row.push_back("new");
            }
        }
        c.perClass.rows.push_back(std::move(row));
    }
    if (!m.perClass.empty()) {
        std::vector<std::string> macro = averageRow("Macro avg", m.macro, f.samples);
        std::vector<std::string> weighted = averageRow("Weighted avg", m.weighted, f.samples);
        if (f.baseline) {
            macro.insert(macro.end(), {fixed(b.macro.f1, 3), signedFixed(m.macro.f1 - b.macro.f1, 3)});
            weighted.insert(weighted.end(), {fixed(b.weighted.f1, 3), signedFixed(m.weighted.f1 - b.weighted.f1, 3)});
        }
        c.perClass.rows.push_back(std::move(macro));
        c.perClass.rows.push_back(std::move(weighted));
        c.perClass.emphasizedRows = {int(c.perClass.rows.size()) - 2, int(c.perClass.rows.size()) - 1};
    }
    std::vector<std::string> notes;
    if (!c.perClass.flaggedRows.empty())
        notes.push_back("Highlighted: classes whose F1 or recall moved by " + general(cmp.threshold) +
                        " or more from the run's test metrics.");
    else if (f.baseline)
        notes.push_back("No class's F1 or recall moved by " + general(cmp.threshold) + " or more from the run's test metrics.");
    if (missing) notes.push_back("new: the class was not in the run's test metrics.");
    if (undefined) notes.push_back(kUndefinedNote);
    if (!m.perClass.empty()) notes.push_back(macroAverageNote(m.confusion));
    for (const std::string& n : notes) c.perClass.note += (c.perClass.note.empty() ? "" : " ") + n;
    c.confusionSvg = confusionMatrixSvg(m.confusion, svg);
}

int64_t sum(const std::vector<int64_t>& v) {
    int64_t total = 0;
    for (int64_t x : v) total += x;
    return total;
}

int64_t countAt(const std::vector<int64_t>& v, size_t i) { return i < v.size() ? v[i] : int64_t(0); }

/// Class distribution against the reference, and the tests on it.
void addClassDrift(ReportContent& c, const DriftReport& d) {
    const int64_t refTotal = sum(d.referenceCounts), curTotal = sum(d.currentCounts);
    c.driftText = "Reference: " + (d.referenceName.empty() ? std::string("the model's training data") : d.referenceName) +
                  " (" + thousands(refTotal) + " samples) against the evaluated data (" + thousands(curTotal) +
                  " samples). Class shares are compared with a chi-square test and the population stability index "
                  "(PSI); features with a two-sample Kolmogorov-Smirnov (KS) test and PSI.";
    const std::string verdict = psiVerdict(d.classPsi);
    c.driftVerdict = "Class distribution: PSI " + fixed(d.classPsi, 3) + ", " + verdict;
    c.driftLevel = d.classPsi < kPsiModerate ? "ok" : d.classPsi <= kPsiLarge ? "moderate" : "large";
    c.driftClasses.header = {"Class", "Reference", "Ref. share", "Current", "Cur. share", "Change"};
    c.driftClasses.numeric = {false, true, true, true, true, true};
    for (size_t i = 0; i < d.classNames.size(); ++i) {
        const int64_t ref = countAt(d.referenceCounts, i), cur = countAt(d.currentCounts, i);
        const double change = (curTotal > 0 ? double(cur) / double(curTotal) : 0.0) -
                              (refTotal > 0 ? double(ref) / double(refTotal) : 0.0);
        c.driftClasses.rows.push_back({d.classNames[i], thousands(ref), share(ref, refTotal), thousands(cur),
                                       share(cur, curTotal), pointsChange(change)});
    }
    c.driftClasses.rows.push_back({"Total", thousands(refTotal), refTotal > 0 ? "100.00%" : "n/a", thousands(curTotal),
                                   curTotal > 0 ? "100.00%" : "n/a", ""});
    c.driftClasses.emphasizedRows = {int(c.driftClasses.rows.size()) - 1};
    c.driftTests.header = {"Class distribution test", "Value"};
    c.driftTests.numeric = {false, true};
    c.driftTests.rows = {
        {"Chi-square statistic", fixed(d.classChiSquare.statistic, 2)},
        {"Degrees of freedom", std::to_string(d.classChiSquare.dof)},
        {"p-value", pValueText(d.classChiSquare.pValue)},
        {"PSI", fixed(d.classPsi, 4)},
        {"Verdict", verdict},
    };
    c.driftTests.note = "PSI below 0.1: no significant shift; 0.1 to 0.25: moderate; above 0.25: large. A small "
                        "p-value says the class shares differ, however slightly, on large samples.";
}

/// The features that moved most, largest KS first.
void addFeatureDrift(ReportContent& c, const DriftReport& d) {
    if (d.features.empty()) return;
    std::vector<FeatureShift> features = d.features;
    std::stable_sort(features.begin(), features.end(),
                     [](const FeatureShift& a, const FeatureShift& b) { return a.ks > b.ks; });
    c.featuresTitle = "Feature shift" + (d.featureKind.empty() ? std::string() : " (" + d.featureKind + ")");
    c.driftFeatures.header = {"Feature", "KS", "p-value", "PSI", "Reference mean", "Current mean"};
    c.driftFeatures.numeric = {false, true, true, true, true, true};
    const size_t shown = std::min(features.size(), kMaxFeatureRows);
    for (size_t i = 0; i < shown; ++i) {
        const FeatureShift& f = features[i];
        if (f.psi > kPsiLarge) c.driftFeatures.flaggedRows.push_back(int(i));
        c.driftFeatures.rows.push_back({f.name, fixed(f.ks, 3), pValueText(f.pValue), fixed(f.psi, 3),
                                        general(f.referenceMean), general(f.currentMean)});
    }
    c.driftFeatures.note = "Sorted by the KS statistic, largest first.";
    if (!c.driftFeatures.flaggedRows.empty()) c.driftFeatures.note += " Highlighted: PSI above 0.25 (large shift).";
    if (shown < features.size())
        c.driftFeatures.note += " The " + std::to_string(shown) + " of " + std::to_string(features.size()) +
                                " features that moved most; the JSON export has them all.";
}

/// Without reference data: why there is no drift, and the class counts of the evaluated data.
void addClassCountsOnly(ReportContent& c, const DriftReport& d) {
    c.driftText = "No reference data was known for this model (the data it was trained on could not be found), so "
                  "drift was not measured.";
    const int64_t curTotal = sum(d.currentCounts);
    if (curTotal <= 0) return;
    c.driftText += " Class counts of the evaluated data:";
    c.driftClasses.header = {"Class", "Count", "Share"};
    c.driftClasses.numeric = {false, true, true};
    for (size_t i = 0; i < d.classNames.size(); ++i)
        c.driftClasses.rows.push_back({d.classNames[i], thousands(countAt(d.currentCounts, i)),
                                       share(countAt(d.currentCounts, i), curTotal)});
}

}  // namespace

std::string psiVerdict(double psi) {
    if (!std::isfinite(psi)) return "unknown shift";
    if (psi < kPsiModerate) return "no significant shift";
    if (psi <= kPsiLarge) return "moderate shift";
    return "large shift";
}

void report::addCalibrationCharts(ReportContent& c, const Calibration& calibration, const ConfidenceHistogram& confidence,
                                  const SvgOptions& svg) {
    const SvgOptions side = sideBySide(svg, int(std::lround(svg.height * kEvalChartHeightRatio)));
    c.reliabilitySvg = reliabilityDiagramSvg(calibration, side);
    c.confidenceSvg = confidenceHistogramSvg(confidence, side);
    if (!c.reliabilitySvg.empty())
        c.calibrationText = "Expected calibration error (ECE): " + percent(calibration.ece) +
                            ", the mean gap between confidence and accuracy over the " +
                            std::to_string(calibration.bins.size()) +
                            " bins, weighted by their predictions; maximum calibration error (MCE): " +
                            percent(calibration.mce) + ". Bars below the diagonal mean overconfidence.";
}

/// Labelled texts: the words' (or tokens') drift beside the class drift, and the ones that moved most.
void addTextDrift(ReportContent& c, const TextDriftReport& d) {
    if (c.driftTests.header.empty()) {
        c.driftTests.header = {"Test", "Value"};
        c.driftTests.numeric = {false, true};
    }
    c.driftTests.rows.push_back({"Unknown " + d.tokenKind + " (reference \u2192 evaluated)",
                                 (d.hasReference ? percent(d.referenceUnknownRate) + " \u2192 " : std::string()) +
                                     percent(d.currentUnknownRate)});
    c.driftTests.rows.push_back({"Mean length in " + d.tokenKind,
                                 (d.hasReference ? fixed(d.referenceMeanLength, 1) + " \u2192 " : std::string()) +
                                     fixed(d.currentMeanLength, 1)});
    if (!d.hasReference) return;
    c.driftTests.rows.push_back({"Jensen-Shannon divergence of the " + d.tokenKind + " (bits)", fixed(d.jsDivergence, 4)});
    c.driftTests.rows.push_back({"Length KS statistic (p-value)",
                                 fixed(d.lengthKs.statistic, 3) + " (" + pValueText(d.lengthKs.pValue) + ")"});
    c.featuresTitle = "Text drift: the " + d.tokenKind + " whose share moved most";
    c.driftFeatures = tokenMoversTable(d);
}

ReportContent buildEvaluationReportContent(const EvaluationResult& r, const ReportEnvironment& env, const SvgOptions& svg) {
    if (r.lm) return buildLanguageModelEvaluationReportContent(r, env, svg);
    ReportContent c;
    const EvalFacts facts(r);
    addHeader(c, facts);
    addFiguresAndOverview(c, facts);
    addFinalMetrics(c, facts);
    addPerClass(c, facts, svg);
    addCalibrationCharts(c, r.calibration, r.confidence, svg);
    c.driftTitle = "Data drift";
    if (r.drift.hasReference) {
        addClassDrift(c, r.drift);
        addFeatureDrift(c, r.drift);
    } else {
        addClassCountsOnly(c, r.drift);
    }
    if (r.textDrift) addTextDrift(c, *r.textDrift);
    c.environment = environmentTable(env, {{"Evaluation device", r.device.empty() ? "unknown" : r.device}});
    return c;
}

}  // namespace ts
