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
void addHeader(ReportContent& c, const EvalFacts& f, const ReportPhrases& ph) {
    const EvaluationResult& r = f.r;
    c.phrases = ph;
    c.runName = f.modelFile;
    c.title = fillIn(ph("Report", "TrainScope evaluation: %1 on %2"), {f.modelFile, f.dataName});
    c.status = "";
    c.overviewTitle = ph("Report", "Evaluation");
    c.historyTitle = ph("Report", "Per-epoch history");
    c.generatedAt = localTimeNow();
    c.alerts = r.warnings;
    c.noteItems = r.notes;
    c.subtitle = (r.splitName.empty() ? std::string() : fillIn(ph("Report", "Split: %1"), {r.splitName}) + " \u00b7 ") +
                 fillIn(ph("Report", "%1 samples"), {thousands(f.samples)}) + " \u00b7 " +
                 fillIn(ph("Report", "Device: %1"), {orUnknown(r.device, ph)}) + " \u00b7 " +
                 fillIn(ph("Report", "Time: %1"), {formatDuration(r.seconds)}) +
                 (f.baseline ? " \u00b7 " + fillIn(ph("Report", "Compared with the test metrics of run %1"), {f.runName}) : "");
}

/// Key figures, with the run's own test value underneath when there is a comparison; the overview table.
void addFiguresAndOverview(ReportContent& c, const EvalFacts& f, const ReportPhrases& ph) {
    const EvaluationResult& r = f.r;
    const EvalMetrics& m = f.m;
    const EvalMetrics& b = f.b;
    auto versus = [&](const std::string& value, const std::string& change) {
        return f.baseline ? fillIn(ph("Report", "run's test: %1 (%2)"), {value, change}) : std::string();
    };
    c.figures.push_back({ph("Report", "Accuracy"), percent(m.accuracy), versus(percent(b.accuracy), pointsChange(m.accuracy - b.accuracy))});
    c.figures.push_back({ph("Report", "Macro F1"), fixed(m.macro.f1, 4), versus(fixed(b.macro.f1, 4), signedFixed(m.macro.f1 - b.macro.f1, 4))});
    c.figures.push_back({ph("Report", "Weighted F1"), fixed(m.weighted.f1, 4),
                         versus(fixed(b.weighted.f1, 4), signedFixed(m.weighted.f1 - b.weighted.f1, 4))});
    c.figures.push_back({ph("Report", "Loss"), fixed(m.loss, 4), versus(fixed(b.loss, 4), signedFixed(m.loss - b.loss, 4))});
    c.figures.push_back({"ECE", percent(r.calibration.ece), "MCE " + percent(r.calibration.mce)});
    c.figures.push_back({ph("Report", "Samples"), thousands(f.samples),
                         f.baseline ? fillIn(ph("Report", "run's test: %1"), {thousands(b.confusion.total())}) : ""});

    c.overview = evaluationOverview(r, ph);
    c.overview.insert(c.overview.begin() + kOverviewDataRows,
                      {{ph("Report", "Data name"), f.dataName},
                       {ph("Report", "Data format"), orUnknown(r.dataFormat, ph)},
                       {ph("Report", "Split"), orUnknown(r.splitName, ph)},
                       {ph("Report", "Samples"), thousands(f.samples)}});
    const BaselineComparison& cmp = r.comparison;
    if (f.baseline)
        c.overview.push_back({ph("Report", "Compared with"),
                              fillIn(ph("Report", "test metrics of run %1"), {f.runName}) +
                                  (cmp.runDir.empty() ? "" : " (" + cmp.runDir + ")")});
}

/// Final metrics, next to the run's own test metrics and the change when there is a comparison.
void addFinalMetrics(ReportContent& c, const EvalFacts& f, const ReportPhrases& ph) {
    const EvaluationResult& r = f.r;
    const EvalMetrics& m = f.m;
    const EvalMetrics& b = f.b;
    c.evalLabel = r.splitName.empty()
                      ? fillIn(ph("Report", "Evaluated data of %1 (%2 samples)"), {f.dataName, thousands(f.samples)})
                      : fillIn(ph("Report", "Split \"%1\" of %2 (%3 samples)"), {r.splitName, f.dataName, thousands(f.samples)});
    c.finalMetrics.header = {ph("Report", "Metric"), ph("Report", "Value")};
    c.finalMetrics.numeric = {false, true};
    if (f.baseline) {
        c.finalMetrics.header = {ph("Report", "Metric"), ph("Report", "This evaluation"), ph("Report", "Run's test"),
                                 ph("Report", "Change")};
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
    metricRow(ph("Report", "Accuracy"), m.accuracy, b.accuracy, true);
    metricRow(ph("Report", "Loss (mean cross-entropy)"), m.loss, b.loss, false);
    metricRow(ph("Report", "Macro precision"), m.macro.precision, b.macro.precision, false);
    metricRow(ph("Report", "Macro recall"), m.macro.recall, b.macro.recall, false);
    metricRow(ph("Report", "Macro F1"), m.macro.f1, b.macro.f1, false);
    metricRow(ph("Report", "Weighted precision"), m.weighted.precision, b.weighted.precision, false);
    metricRow(ph("Report", "Weighted recall"), m.weighted.recall, b.weighted.recall, false);
    metricRow(ph("Report", "Weighted F1"), m.weighted.f1, b.weighted.f1, false);
    c.finalMetrics.note = averagesNote(ph);
    if (f.baseline)
        c.finalMetrics.note += ph("Report", " Change: this evaluation minus the run's test metrics (pp: percentage points).");
}

/// Per-class metrics, with the run's F1 and the change when there is a comparison (flagged classes
/// highlighted), and the confusion matrix.
void addPerClass(ReportContent& c, const EvalFacts& f, const SvgOptions& svg, const ReportPhrases& ph) {
    const EvalMetrics& m = f.m;
    const EvalMetrics& b = f.b;
    const BaselineComparison& cmp = f.r.comparison;
    c.perClass.header = perClassHeader(ph);
    c.perClass.numeric = {false, true, true, true, true};
    if (f.baseline) {
        c.perClass.header.insert(c.perClass.header.end(), {ph("Report", "Run's F1"), "\u0394F1"});
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
                row.push_back(ph("Report", "new"));
            }
        }
        c.perClass.rows.push_back(std::move(row));
    }
    if (!m.perClass.empty()) {
        std::vector<std::string> macro = averageRow(ph("Report", "Macro avg"), m.macro, f.samples);
        std::vector<std::string> weighted = averageRow(ph("Report", "Weighted avg"), m.weighted, f.samples);
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
        notes.push_back(fillIn(ph("Report", "Highlighted: classes whose F1 or recall moved by %1 or more from the run's test "
                                            "metrics."),
                               {general(cmp.threshold)}));
    else if (f.baseline)
        notes.push_back(fillIn(ph("Report", "No class's F1 or recall moved by %1 or more from the run's test metrics."),
                               {general(cmp.threshold)}));
    if (missing) notes.push_back(ph("Report", "new: the class was not in the run's test metrics."));
    if (undefined) notes.push_back(undefinedNote(ph));
    if (!m.perClass.empty()) notes.push_back(macroAverageNotePhrase(m.confusion, ph));
    for (const std::string& n : notes) c.perClass.note += (c.perClass.note.empty() ? "" : " ") + n;
    c.confusionSvg = confusionMatrixSvg(m.confusion, svg, ph);
}

int64_t sum(const std::vector<int64_t>& v) {
    int64_t total = 0;
    for (int64_t x : v) total += x;
    return total;
}

int64_t countAt(const std::vector<int64_t>& v, size_t i) { return i < v.size() ? v[i] : int64_t(0); }

/// Class distribution against the reference, and the tests on it.
void addClassDrift(ReportContent& c, const DriftReport& d, const ReportPhrases& ph) {
    const int64_t refTotal = sum(d.referenceCounts), curTotal = sum(d.currentCounts);
    c.driftText = fillIn(ph("Report", "Reference: %1 (%2 samples) against the evaluated data (%3 samples). Class shares are "
                                      "compared with a chi-square test and the population stability index (PSI); features "
                                      "with a two-sample Kolmogorov-Smirnov (KS) test and PSI."),
                         {d.referenceName.empty() ? ph("Report", "the model's training data") : d.referenceName,
                          thousands(refTotal), thousands(curTotal)});
    const std::string verdict = psiVerdict(d.classPsi, ph);
    c.driftVerdict = fillIn(ph("Report", "Class distribution: PSI %1, %2"), {fixed(d.classPsi, 3), verdict});
    c.driftLevel = d.classPsi < kPsiModerate ? "ok" : d.classPsi <= kPsiLarge ? "moderate" : "large";
    c.driftClasses.header = {ph("Report", "Class"), ph("Report", "Reference"), ph("Report", "Ref. share"),
                             ph("Report", "Current"), ph("Report", "Cur. share"), ph("Report", "Change")};
    c.driftClasses.numeric = {false, true, true, true, true, true};
    for (size_t i = 0; i < d.classNames.size(); ++i) {
        const int64_t ref = countAt(d.referenceCounts, i), cur = countAt(d.currentCounts, i);
        const double change = (curTotal > 0 ? double(cur) / double(curTotal) : 0.0) -
                              (refTotal > 0 ? double(ref) / double(refTotal) : 0.0);
        c.driftClasses.rows.push_back({d.classNames[i], thousands(ref), share(ref, refTotal), thousands(cur),
                                       share(cur, curTotal), pointsChange(change)});
    }
    c.driftClasses.rows.push_back({ph("Report", "Total"), thousands(refTotal), refTotal > 0 ? "100.00%" : "n/a", thousands(curTotal),
                                   curTotal > 0 ? "100.00%" : "n/a", ""});
    c.driftClasses.emphasizedRows = {int(c.driftClasses.rows.size()) - 1};
    c.driftTests.header = {ph("Report", "Class distribution test"), ph("Report", "Value")};
    c.driftTests.numeric = {false, true};
    c.driftTests.rows = {
        {ph("Report", "Chi-square statistic"), fixed(d.classChiSquare.statistic, 2)},
        {ph("Report", "Degrees of freedom"), std::to_string(d.classChiSquare.dof)},
        {ph("Report", "p-value"), pValueText(d.classChiSquare.pValue)},
        {"PSI", fixed(d.classPsi, 4)},
        {ph("Report", "Verdict"), verdict},
    };
    c.driftTests.note = ph("Report", "PSI below 0.1: no significant shift; 0.1 to 0.25: moderate; above 0.25: large. A small "
                                     "p-value says the class shares differ, however slightly, on large samples.");
}

/// The features that moved most, largest KS first.
void addFeatureDrift(ReportContent& c, const DriftReport& d, const ReportPhrases& ph) {
    if (d.features.empty()) return;
    std::vector<FeatureShift> features = d.features;
    std::stable_sort(features.begin(), features.end(),
                     [](const FeatureShift& a, const FeatureShift& b) { return a.ks > b.ks; });
    c.featuresTitle = d.featureKind.empty() ? ph("Report", "Feature shift")
                                            : fillIn(ph("Report", "Feature shift (%1)"), {d.featureKind});
    c.driftFeatures.header = {ph("Report", "Feature"), "KS", ph("Report", "p-value"), "PSI", ph("Report", "Reference mean"),
                              ph("Report", "Current mean")};
    c.driftFeatures.numeric = {false, true, true, true, true, true};
    const size_t shown = std::min(features.size(), kMaxFeatureRows);
    for (size_t i = 0; i < shown; ++i) {
        const FeatureShift& f = features[i];
        if (f.psi > kPsiLarge) c.driftFeatures.flaggedRows.push_back(int(i));
        c.driftFeatures.rows.push_back({f.name, fixed(f.ks, 3), pValueText(f.pValue), fixed(f.psi, 3),
                                        general(f.referenceMean), general(f.currentMean)});
    }
    c.driftFeatures.note = ph("Report", "Sorted by the KS statistic, largest first.");
    if (!c.driftFeatures.flaggedRows.empty()) c.driftFeatures.note += ph("Report", " Highlighted: PSI above 0.25 (large shift).");
    if (shown < features.size())
        c.driftFeatures.note += fillIn(ph("Report", " The %1 of %2 features that moved most; the JSON export has them all."),
                                       {std::to_string(shown), std::to_string(features.size())});
}

/// Without reference data: why there is no drift, and the class counts of the evaluated data.
void addClassCountsOnly(ReportContent& c, const DriftReport& d, const ReportPhrases& ph) {
    c.driftText = ph("Report", "No reference data was known for this model (the data it was trained on could not be found), "
                               "so drift was not measured.");
    const int64_t curTotal = sum(d.currentCounts);
    if (curTotal <= 0) return;
    c.driftText += ph("Report", " Class counts of the evaluated data:");
    c.driftClasses.header = {ph("Report", "Class"), ph("Report", "Count"), ph("Report", "Share")};
    c.driftClasses.numeric = {false, true, true};
    for (size_t i = 0; i < d.classNames.size(); ++i)
        c.driftClasses.rows.push_back({d.classNames[i], thousands(countAt(d.currentCounts, i)),
                                       share(countAt(d.currentCounts, i), curTotal)});
}

}  // namespace

std::string psiVerdict(double psi, const ReportPhrases& ph) {
    if (!std::isfinite(psi)) return ph("Report", "unknown shift");
    if (psi < kPsiModerate) return ph("Report", "no significant shift");
    if (psi <= kPsiLarge) return ph("Report", "moderate shift");
    return ph("Report", "large shift");
}

void report::addCalibrationCharts(ReportContent& c, const Calibration& calibration, const ConfidenceHistogram& confidence,
                                  const SvgOptions& svg, const ReportPhrases& ph) {
    const SvgOptions side = sideBySide(svg, int(std::lround(svg.height * kEvalChartHeightRatio)));
    c.reliabilitySvg = reliabilityDiagramSvg(calibration, side, ph);
    c.confidenceSvg = confidenceHistogramSvg(confidence, side, ph);
    if (!c.reliabilitySvg.empty())
        c.calibrationText = fillIn(ph("Report", "Expected calibration error (ECE): %1, the mean gap between confidence and "
                                                "accuracy over the %2 bins, weighted by their predictions; maximum calibration "
                                                "error (MCE): %3. Bars below the diagonal mean overconfidence."),
                                   {percent(calibration.ece), std::to_string(calibration.bins.size()), percent(calibration.mce)});
}

/// Labelled texts: the words' (or tokens') drift beside the class drift, and the ones that moved most.
void addTextDrift(ReportContent& c, const TextDriftReport& d, const ReportPhrases& ph) {
    if (c.driftTests.header.empty()) {
        c.driftTests.header = {ph("Report", "Test"), ph("Report", "Value")};
        c.driftTests.numeric = {false, true};
    }
    c.driftTests.rows.push_back({fillIn(ph("Report", "Unknown %1 (reference \u2192 evaluated)"), {d.tokenKind}),
                                 (d.hasReference ? percent(d.referenceUnknownRate) + " \u2192 " : std::string()) +
                                     percent(d.currentUnknownRate)});
    c.driftTests.rows.push_back({fillIn(ph("Report", "Mean length in %1"), {d.tokenKind}),
                                 (d.hasReference ? fixed(d.referenceMeanLength, 1) + " \u2192 " : std::string()) +
                                     fixed(d.currentMeanLength, 1)});
    if (!d.hasReference) return;
    c.driftTests.rows.push_back({fillIn(ph("Report", "Jensen-Shannon divergence of the %1 (bits)"), {d.tokenKind}),
                                 fixed(d.jsDivergence, 4)});
    c.driftTests.rows.push_back({ph("Report", "Length KS statistic (p-value)"),
                                 fixed(d.lengthKs.statistic, 3) + " (" + pValueText(d.lengthKs.pValue) + ")"});
    c.featuresTitle = fillIn(ph("Report", "Text drift: the %1 whose share moved most"), {d.tokenKind});
    c.driftFeatures = tokenMoversTable(d, ph);
}

ReportContent buildEvaluationReportContent(const EvaluationResult& r, const ReportEnvironment& env, const SvgOptions& svg,
                                           const ReportPhrases& ph) {
    if (r.lm) return buildLanguageModelEvaluationReportContent(r, env, svg, ph);
    ReportContent c;
    const EvalFacts facts(r);
    addHeader(c, facts, ph);
    addFiguresAndOverview(c, facts, ph);
    addFinalMetrics(c, facts, ph);
    addPerClass(c, facts, svg, ph);
    addCalibrationCharts(c, r.calibration, r.confidence, svg, ph);
    c.driftTitle = ph("Report", "Data drift");
    if (r.drift.hasReference) {
        addClassDrift(c, r.drift, ph);
        addFeatureDrift(c, r.drift, ph);
    } else {
        addClassCountsOnly(c, r.drift, ph);
    }
    if (r.textDrift) addTextDrift(c, *r.textDrift, ph);
    c.environment = environmentTable(env, {{ph("Report", "Evaluation device"), orUnknown(r.device, ph)}}, ph);
    return c;
}

}  // namespace ts
