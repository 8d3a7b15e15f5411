// Evaluate mode's statistics (core/Evaluation.h) against values worked out by hand, and evaluation
// folders (core/EvaluationIO.h) written and read back.
#include "core/eval/Evaluation.h"
#include "support/Fixtures.h"
#include "core/eval/EvaluationIO.h"
#include "core/common/Json.h"
#include "core/eval/Metrics.h"
#include "core/runs/RunStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace {

ts::Prediction pred(int64_t index, int trueClass, int predicted, double confidence) {
    return {index, trueClass, predicted, confidence};
}

/// The five predictions of the calibration examples: (confidence, correct?)
/// 1.0 yes, 0.8 no, 0.6 yes, 0.3 no, 0.2 yes.
std::vector<ts::Prediction> fivePredictions() {
    return {pred(0, 0, 0, 1.0), pred(1, 1, 0, 0.8), pred(2, 1, 1, 0.6), pred(3, 0, 1, 0.3), pred(4, 2, 2, 0.2)};
}

/// A tabular set of `rows` x columns; column c is drawn from N(mean[c], 1). Labels cycle over `classes`.
ts::ImageSet table(int64_t rows, const std::vector<double>& means, int classes, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    ts::ImageSet s;
    s.channels = s.height = 1;
    s.width = int64_t(means.size());
    for (int64_t r = 0; r < rows; ++r) {
        for (double m : means) s.features.push_back(float(m + normal(rng)));
        s.labels.push_back(r % classes);
    }
    return s;
}

/// `n` random 6x6 grayscale images with pixels uniform in [0, 255].
ts::ImageSet noiseImages(int n, unsigned seed) {
    std::mt19937 rng(seed);
    ts::ImageSet s;
    s.channels = 1;
    s.height = s.width = 6;
    for (int i = 0; i < n; ++i) {
        for (int p = 0; p < 36; ++p) s.pixels.push_back(uint8_t(rng() % 256));
        s.labels.push_back(i % 2);
    }
    return s;
}

const ts::FeatureShift* findFeature(const ts::DriftReport& d, const std::string& name) {
    for (const auto& f : d.features)
        if (f.name == name) return &f;
    return nullptr;
}

ts::ClassMetrics cls(double f1, double recall, double precision, int64_t support) {
    return {precision, recall, f1, support};
}

/// A complete result, as the evaluator would fill it.
ts::EvaluationResult sampleResult() {
    ts::EvaluationResult r = ts::testing::evaluationOf("/runs/20240101-120000-mlp", "/data/new.csv", "new", "CSV");
    ts::ConfusionMatrix cm;
    cm.reset({"t-shirt, top", "trouser \"long\"", "bag"});
    cm.counts = {5, 1, 0, 2, 4, 1, 0, 1, 6};
    r.metrics = ts::metricsFromConfusion(cm, 0.4375);
    r.predictions = {pred(0, 0, 0, 0.123456789012345), pred(1, 1, 0, 0.5), pred(2, 2, 2, 1.0), pred(3, 1, 2, 0.75)};
    r.calibration = ts::computeCalibration(r.predictions, 4);
    r.confidence = ts::confidenceHistogram(r.predictions, 5);
    const ts::ImageSet ref = table(200, {0.0, 1.0}, 3, 1);
    const ts::ImageSet cur = table(100, {0.5, 1.0}, 3, 2);
    r.drift = ts::computeDrift(ref, cur, cm.classNames, {"x", "y"}, "training split");
    ts::ConfusionMatrix base;
    base.reset(cm.classNames);
    base.counts = {6, 0, 0, 1, 5, 1, 0, 0, 7};
    r.comparison = ts::compareWithBaseline(r.metrics, ts::metricsFromConfusion(base, 0.3), 0.05);
    r.comparison.runDir = r.runDir;
    r.comparison.runName = "baseline run";
    r.notes = {"evaluated all rows"};
    r.warnings = {"class \"bag\" is rare", "second warning"};
    r.featureNames = {"x", "y"};
    r.featureShift = {0.5f, -1.25f};
    r.featureScale = {2.0f, 0.1f};
    return r;
}

std::string slurp(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

class TestEvalStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void calibrationTwoBins() {
        // Bins [0, 0.5) and [0.5, 1].
        //   [0, 0.5):  0.3 wrong, 0.2 right        -> n 2, conf (0.3+0.2)/2 = 0.25, acc 1/2, gap 0.25
        //   [0.5, 1]:  1.0 right, 0.8 wrong, 0.6 right -> n 3, conf 2.4/3 = 0.8, acc 2/3, gap 0.8-2/3 = 2/15
        // ECE = 2/5 * 0.25 + 3/5 * 2/15 = 0.1 + 0.08 = 0.18;  MCE = 0.25.
        const ts::Calibration c = ts::computeCalibration(fivePredictions(), 2);
        QCOMPARE(int(c.bins.size()), 2);
        QCOMPARE(c.bins[0].lower, 0.0);
        QCOMPARE(c.bins[0].upper, 0.5);
        QCOMPARE(c.bins[1].upper, 1.0);
        QCOMPARE(c.bins[0].count, int64_t(2));
        QCOMPARE(c.bins[1].count, int64_t(3));  // 1.0 belongs to the last bin
        QVERIFY(std::fabs(c.bins[0].meanConfidence - 0.25) < 1e-12);
        QVERIFY(std::fabs(c.bins[0].accuracy - 0.5) < 1e-12);
        QVERIFY(std::fabs(c.bins[1].meanConfidence - 0.8) < 1e-12);
        QVERIFY(std::fabs(c.bins[1].accuracy - 2.0 / 3.0) < 1e-12);
        QVERIFY(std::fabs(c.ece - 0.18) < 1e-12);
        QVERIFY(std::fabs(c.mce - 0.25) < 1e-12);
    }

    void calibrationThreeBins() {
        // Bins [0, 1/3), [1/3, 2/3), [2/3, 1].
        //   bin 0: 0.3 wrong, 0.2 right  -> n 2, conf 0.25, acc 0.5, gap 0.25
        //   bin 1: 0.6 right             -> n 1, conf 0.6,  acc 1,   gap 0.4
        //   bin 2: 1.0 right, 0.8 wrong  -> n 2, conf 0.9,  acc 0.5, gap 0.4
        // ECE = 2/5 * 0.25 + 1/5 * 0.4 + 2/5 * 0.4 = 0.1 + 0.08 + 0.16 = 0.34;  MCE = 0.4.
        const ts::Calibration c = ts::computeCalibration(fivePredictions(), 3);
        QCOMPARE(c.bins[0].count, int64_t(2));
        QCOMPARE(c.bins[1].count, int64_t(1));
        QCOMPARE(c.bins[2].count, int64_t(2));
        QVERIFY(std::fabs(c.bins[2].meanConfidence - 0.9) < 1e-12);
        QVERIFY(std::fabs(c.ece - 0.34) < 1e-12);
        QVERIFY(std::fabs(c.mce - 0.4) < 1e-12);
    }

    void calibrationEmptyAndEmptyBins() {
        const ts::Calibration none = ts::computeCalibration({}, 15);
        QCOMPARE(int(none.bins.size()), 15);
        QCOMPARE(none.ece, 0.0);
        QCOMPARE(none.mce, 0.0);
        for (const auto& b : none.bins) QCOMPARE(b.count, int64_t(0));
        // Perfectly calibrated single bin: 4 predictions at 0.75, 3 right -> acc 0.75 = conf, ECE 0.
        // Empty bins do not count for the MCE.
        const std::vector<ts::Prediction> p = {pred(0, 0, 0, 0.75), pred(1, 0, 0, 0.75), pred(2, 1, 1, 0.75),
                                               pred(3, 1, 0, 0.75)};
        const ts::Calibration c = ts::computeCalibration(p, 10);
        QCOMPARE(c.bins[7].count, int64_t(4));
        QVERIFY(std::fabs(c.ece) < 1e-12);
        QVERIFY(std::fabs(c.mce) < 1e-12);
        // bins < 1 is treated as one bin over [0, 1].
        QCOMPARE(int(ts::computeCalibration(p, 0).bins.size()), 1);
    }

    void confidenceHistogramEdges() {
        // 4 bins with edges 0, .25, .5, .75, 1: 0.0 -> 0, 0.25 -> 1 (lower edge inclusive), 0.5 -> 2,
        // 0.74 -> 2, 1.0 -> 3 (last bin includes 1).
        const std::vector<ts::Prediction> p = {pred(0, 0, 0, 0.0), pred(1, 0, 1, 0.25), pred(2, 1, 1, 0.5),
                                               pred(3, 1, 0, 0.74), pred(4, 2, 2, 1.0)};
        const ts::ConfidenceHistogram h = ts::confidenceHistogram(p, 4);
        QCOMPARE(h.edges, (std::vector<double>{0.0, 0.25, 0.5, 0.75, 1.0}));
        QCOMPARE(h.correct, (std::vector<int64_t>{1, 0, 1, 1}));
        QCOMPARE(h.wrong, (std::vector<int64_t>{0, 1, 1, 0}));
    }

    void chiSquareSurvivalKnownValues() {
        // dof 1: Q(1/2, x/2) = erfc(sqrt(x/2)); 3.841459 is the 95% point: erfc(1.385903) = 0.04999999465319576.
        QVERIFY(std::fabs(ts::chiSquareSurvival(3.841459, 1) - 0.04999999465319576) < 1e-12);
        // dof 2: Q(1, x/2) = exp(-x/2) exactly; 5.991465 -> exp(-2.9957325) = 0.049999988677700835.
        QVERIFY(std::fabs(ts::chiSquareSurvival(5.991465, 2) - 0.049999988677700835) < 1e-12);
        for (double x : {0.1, 1.0, 4.0, 10.0, 40.0})
            QVERIFY(std::fabs(ts::chiSquareSurvival(x, 2) - std::exp(-x / 2)) < 1e-13 * std::max(1.0, std::exp(-x / 2)) + 1e-15);
        // dof 3: Q(3/2, y) = erfc(sqrt y) + 2 sqrt(y/pi) e^-y, y = 7.814728/2 -> 0.04999999783196615.
        QVERIFY(std::fabs(ts::chiSquareSurvival(7.814728, 3) - 0.04999999783196615) < 1e-12);
        // dof 10: Q(5, y) = e^-y (1 + y + y^2/2 + y^3/6 + y^4/24), y = 18.307038/2 -> 0.050000000824732264.
        QVERIFY(std::fabs(ts::chiSquareSurvival(18.307038, 10) - 0.050000000824732264) < 1e-12);
        // dof 30, x 10 (the series side): Q(15, 5) = e^-5 sum_{i<15} 5^i/i! = 0.9997737463238231.
        QVERIFY(std::fabs(ts::chiSquareSurvival(10.0, 30) - 0.9997737463238231) < 1e-12);
        // Far tail keeps its relative accuracy: dof 1, x 100 -> erfc(sqrt 50) = 1.5239706048320995e-23.
        QVERIFY(std::fabs(ts::chiSquareSurvival(100.0, 1) / 1.5239706048320995e-23 - 1.0) < 1e-9);
        // Degenerate inputs.
        QCOMPARE(ts::chiSquareSurvival(0.0, 3), 1.0);
        QCOMPARE(ts::chiSquareSurvival(-2.0, 3), 1.0);
        QCOMPARE(ts::chiSquareSurvival(5.0, 0), 1.0);
        QCOMPARE(ts::chiSquareSurvival(5.0, -1), 1.0);
        QCOMPARE(ts::chiSquareSurvival(INFINITY, 4), 0.0);
    }

    void chiSquareHomogeneityTable() {
        // reference {10, 20, 30}, current {20, 20, 20}: row totals 60, 60, N 120, column totals 30, 40, 50.
        // Expected counts per row: 60*30/120 = 15, 60*40/120 = 20, 60*50/120 = 25.
        // Statistic: row 1 (10-15)^2/15 + 0 + (30-25)^2/25 = 5/3 + 1; row 2 (20-15)^2/15 + 0 + (20-25)^2/25 = 5/3 + 1.
        // Total 2 * (8/3) = 16/3 = 5.3333, dof 2, p = exp(-16/6) = 0.06948345122280154.
        const ts::ChiSquareResult r = ts::chiSquareHomogeneity({10, 20, 30}, {20, 20, 20});
        QVERIFY(std::fabs(r.statistic - 16.0 / 3.0) < 1e-12);
        QCOMPARE(r.dof, 2);
        QVERIFY(std::fabs(r.pValue - 0.06948345122280154) < 1e-12);
        // A class that is 0 in both rows is left out: the same table with an empty class in between.
        const ts::ChiSquareResult gap = ts::chiSquareHomogeneity({10, 0, 20, 30}, {20, 0, 20, 20});
        QCOMPARE(gap.dof, 2);
        QVERIFY(std::fabs(gap.statistic - 16.0 / 3.0) < 1e-12);
        // Same shares in both rows: statistic 0, p 1.
        const ts::ChiSquareResult same = ts::chiSquareHomogeneity({10, 20, 30}, {20, 40, 60});
        QVERIFY(std::fabs(same.statistic) < 1e-12);
        QVERIFY(std::fabs(same.pValue - 1.0) < 1e-12);
        // Untestable: one row empty, or a single class left.
        const ts::ChiSquareResult emptyRow = ts::chiSquareHomogeneity({0, 0, 0}, {1, 2, 3});
        QCOMPARE(emptyRow.statistic, 0.0);
        QCOMPARE(emptyRow.pValue, 1.0);
        QCOMPARE(emptyRow.dof, 0);
        const ts::ChiSquareResult oneClass = ts::chiSquareHomogeneity({0, 7, 0}, {0, 3, 0});
        QCOMPARE(oneClass.statistic, 0.0);
        QCOMPARE(oneClass.pValue, 1.0);
    }

    void psiOfHistograms() {
        // Shares r = .5 .3 .2, c = .3 .3 .4:
        // PSI = (.3-.5) ln(.3/.5) + 0 + (.4-.2) ln(.4/.2) = .2 ln(5/3) + .2 ln 2 = .10217 + .13863 = 0.2407945608651872.
        QVERIFY(std::fabs(ts::populationStabilityIndex({50, 30, 20}, {30, 30, 40}) - 0.2407945608651872) < 1e-12);
        QVERIFY(std::fabs(ts::populationStabilityIndex({50, 30, 20}, {5, 3, 2})) < 1e-15);
        // An empty bin is floored at epsilon: r = (1, 1e-4), c = (.5, .5):
        // (.5-1) ln(.5/1) + (.5-1e-4) ln(.5/1e-4) = .5 ln 2 + .4999 ln 5000 = 0.34657 + 4.25775 = 4.60432.
        const double expected = 0.5 * std::log(2.0) + (0.5 - 1e-4) * std::log(5000.0);
        QVERIFY(std::fabs(ts::populationStabilityIndex({10, 0}, {5, 5}) - expected) < 1e-12);
        QVERIFY(std::isfinite(ts::populationStabilityIndex({10, 0}, {0, 10})));
    }

    void ksWithTies() {
        // {1,2,3,4} vs {3,4,5,6}: after 1: 1/4-0, after 2: 2/4-0, after 3: 3/4-1/4, after 4: 1-2/4, then 1-3/4, 0.
        // D = 0.5. n_e = 4*4/8 = 2, lambda = (sqrt 2 + 0.12 + 0.11/sqrt 2) * 0.5 = 1.6119953 * 0.5 = 0.8059977.
        // Q(lambda) = 2 (e^{-2 l^2} - e^{-8 l^2} + e^{-18 l^2} - ...) = 2 (0.272742 - 0.005533 + 0.0000084 - ...)
        //           = 0.5344157192165071 (series summed to convergence).
        const ts::KsResult r = ts::ksTwoSample({4, 1, 3, 2}, {6, 5, 4, 3});
        QVERIFY(std::fabs(r.statistic - 0.5) < 1e-12);
        QVERIFY(std::fabs(r.pValue - 0.5344157192165071) < 1e-9);
        // Ties across the samples: {0,0,1,1} vs {0,1,1,1}. After 0: 2/4 - 1/4 = .25; after 1: 0. D = 0.25
        // (stepping one sample's 0s before the other's would wrongly see 2/4 - 0 = 0.5).
        QVERIFY(std::fabs(ts::ksTwoSample({0, 0, 1, 1}, {0, 1, 1, 1}).statistic - 0.25) < 1e-12);
        const ts::KsResult same = ts::ksTwoSample({1, 1, 1, 1}, {1, 1});
        QCOMPARE(same.statistic, 0.0);
        QCOMPARE(same.pValue, 1.0);
        // 0..9 vs 6..15: D = 0.6 (after 5: 6/10 - 0). n_e = 5, lambda = (sqrt 5 + 0.12 + 0.11/sqrt 5) * 0.6
        // = 1.4431569, Q = 2 (e^{-4.16540} - e^{-16.6616} + ...) = 0.031046781145641363.
        std::vector<float> a, b;
        for (int i = 0; i < 10; ++i) {
            a.push_back(float(i));
            b.push_back(float(i + 6));
        }
        const ts::KsResult r2 = ts::ksTwoSample(a, b);
        QVERIFY(std::fabs(r2.statistic - 0.6) < 1e-12);
        QVERIFY(std::fabs(r2.pValue - 0.031046781145641363) < 1e-9);
        // Empty input.
        const ts::KsResult empty = ts::ksTwoSample({}, {1, 2});
        QCOMPARE(empty.statistic, 0.0);
        QCOMPARE(empty.pValue, 1.0);
    }

    void featurePsiConstantAndShifted() {
        const std::vector<float> constant(100, 2.0f);
        QCOMPARE(ts::featurePsi(constant, constant), 0.0);
        QCOMPARE(ts::featurePsi(constant, std::vector<float>(30, 2.0f)), 0.0);
        // A constant reference gives the bins {< 2}, {2}, {> 2}; all current values above it:
        // shares r = (1e-4, 1, 1e-4), c = (1e-4, 1e-4, 1): PSI = 2 * 0.9999 * ln(1e4) = 18.4188.
        const double moved = ts::featurePsi(constant, std::vector<float>(30, 3.0f));
        QVERIFY(std::fabs(moved - 2 * 0.9999 * std::log(1e4)) < 1e-9);
        // Ten distinct values, ten quantile bins of one value each; the same sample gives 0, a shifted one a lot.
        std::vector<float> ref, shifted;
        for (int i = 0; i < 10; ++i) {
            ref.push_back(float(i));
            shifted.push_back(float(i + 5));
        }
        QVERIFY(std::fabs(ts::featurePsi(ref, ref)) < 1e-12);
        QVERIFY(ts::featurePsi(ref, shifted) > 0.25);
    }

    void imageStatisticsByHand() {
        // One 2x2 gray image {0, 64; 128, 255}:
        //   mean 447/4 = 111.75 -> /255 = 0.438235
        //   variance 85505/4 - 111.75^2 = 21376.25 - 12488.0625 = 8888.1875, std 94.2771 -> /255 = 0.369714
        //   dark (< 32): 1 of 4; bright (>= 224): 1 of 4
        //   edges: |0-64| + |128-255| + |0-128| + |64-255| = 64 + 127 + 128 + 191 = 510 over 4 pairs = 127.5 -> 0.5
        ts::ImageSet s;
        s.channels = 1;
        s.height = s.width = 2;
        s.pixels = {0, 64, 128, 255};
        s.labels = {0};
        const auto names = ts::imageStatisticNames();
        QCOMPARE(names.at(0), std::string("mean brightness"));
        QCOMPARE(names.at(1), std::string("contrast"));
        QCOMPARE(names.at(2), std::string("dark pixel share"));
        const auto stats = ts::imageStatistics(s);
        QCOMPARE(stats.size(), names.size());
        QVERIFY(std::fabs(stats[0][0] - 111.75 / 255.0) < 1e-6);
        QVERIFY(std::fabs(stats[1][0] - std::sqrt(8888.1875) / 255.0) < 1e-6);
        QVERIFY(std::fabs(stats[2][0] - 0.25) < 1e-6);
        QVERIFY(std::fabs(stats[3][0] - 0.25) < 1e-6);
        QVERIFY(std::fabs(stats[4][0] - 0.5) < 1e-6);
        // Tables have no image statistics.
        QVERIFY(ts::imageStatistics(table(5, {0.0}, 2, 1)).empty());
    }

    void driftShiftedColumnRanksFirst() {
        // Column "b" moves by +3 standard deviations; "a" and the unnamed third column stay put.
        // Two unit normals 3 apart: D = Phi(1.5) - Phi(-1.5) = 0.866 in the limit.
        const ts::ImageSet ref = table(2000, {0.0, 0.0, 5.0}, 3, 11);
        const ts::ImageSet cur = table(1500, {0.0, 3.0, 5.0}, 3, 12);
        const ts::DriftReport d = ts::computeDrift(ref, cur, {"x", "y", "z"}, {"a", "b"}, "training split");
        QVERIFY(d.hasReference);
        QCOMPARE(d.featureKind, std::string("columns"));
        QCOMPARE(d.referenceName, std::string("training split"));
        QCOMPARE(int(d.features.size()), 3);
        QCOMPARE(d.features[0].name, std::string("b"));
        QVERIFY2(d.features[0].ks > 0.8, std::to_string(d.features[0].ks).c_str());
        QVERIFY(d.features[0].pValue < 1e-10);
        QVERIFY(d.features[0].psi > 1.0);
        QVERIFY(std::fabs(d.features[0].referenceMean) < 0.1);
        QVERIFY(std::fabs(d.features[0].currentMean - 3.0) < 0.1);
        QVERIFY(std::fabs(d.features[0].currentStd - 1.0) < 0.1);
        for (size_t i = 1; i < d.features.size(); ++i) QVERIFY(d.features[i - 1].ks >= d.features[i].ks);
        const ts::FeatureShift* a = findFeature(d, "a");
        const ts::FeatureShift* third = findFeature(d, "feature 3");
        QVERIFY(a && third);
        QVERIFY2(a->ks < 0.08, std::to_string(a->ks).c_str());
        QVERIFY(third->ks < 0.08);
        QVERIFY(std::fabs(third->referenceMean - 5.0) < 0.1);
        QVERIFY(a->psi < 0.1);
        // Class counts of both sets (labels cycle 0, 1, 2): balanced, so no class drift.
        QCOMPARE(d.referenceCounts, (std::vector<int64_t>{667, 667, 666}));
        QCOMPARE(d.currentCounts, (std::vector<int64_t>{500, 500, 500}));
        QVERIFY(d.classChiSquare.pValue > 0.9);
        QVERIFY(d.classPsi < 1e-3);

        // Subsampled: the same report every time, still finding the shift.
        const ts::DriftReport s1 = ts::computeDrift(ref, cur, {"x", "y", "z"}, {"a", "b"}, "t", 300);
        const ts::DriftReport s2 = ts::computeDrift(ref, cur, {"x", "y", "z"}, {"a", "b"}, "t", 300);
        QCOMPARE(s1.features[0].name, std::string("b"));
        QVERIFY(s1.features[0].ks > 0.7);
        for (size_t i = 0; i < s1.features.size(); ++i) {
            QCOMPARE(s1.features[i].name, s2.features[i].name);
            QCOMPARE(s1.features[i].ks, s2.features[i].ks);
            QCOMPARE(s1.features[i].referenceMean, s2.features[i].referenceMean);
        }
        // Class counts are never subsampled.
        QCOMPARE(s1.currentCounts, d.currentCounts);
    }

    void driftOfDarkenedImages() {
        const ts::ImageSet ref = noiseImages(300, 3);
        ts::ImageSet cur = noiseImages(200, 4);
        for (uint8_t& p : cur.pixels) p = uint8_t(p / 2);
        const ts::DriftReport d = ts::computeDrift(ref, cur, {"even", "odd"}, {}, "reference");
        QCOMPARE(d.featureKind, std::string("image statistics"));
        QCOMPARE(d.features.size(), ts::imageStatisticNames().size());
        const ts::FeatureShift* brightness = findFeature(d, "mean brightness");
        QVERIFY(brightness);
        // Mean pixel of uniform noise ~127.5 with a spread of ~12 over 36 pixels; halved ~64: no overlap.
        QVERIFY2(brightness->ks > 0.95, std::to_string(brightness->ks).c_str());
        QVERIFY(brightness->pValue < 1e-10);
        QVERIFY(brightness->currentMean < brightness->referenceMean * 0.6);
        QVERIFY(d.features[0].ks >= brightness->ks);
        // Unchanged images: no feature moves much.
        const ts::DriftReport calm = ts::computeDrift(ref, noiseImages(200, 5), {"even", "odd"}, {}, "reference");
        for (const auto& f : calm.features) QVERIFY2(f.ks < 0.2, f.name.c_str());
    }

    void driftOfRemovedClass() {
        // Reference: 300 of each of 3 classes; current: 150, 150, 0.
        // R = 900, C = 300, N = 1200, column totals 450, 450, 300.
        // Expected reference: 337.5, 337.5, 225; expected current: 112.5, 112.5, 75.
        // Statistic = 2 * 37.5^2/337.5 + 75^2/225 + 2 * 37.5^2/112.5 + 75^2/75 = 8.333 + 25 + 25 + 75 = 400/3.
        // dof 2, p = exp(-200/3) ~ 1e-29.
        ts::ImageSet ref, cur;
        for (int i = 0; i < 900; ++i) ref.labels.push_back(i % 3);
        for (int i = 0; i < 300; ++i) cur.labels.push_back(i % 2);
        ref.features.assign(900, 0.0f);
        cur.features.assign(300, 0.0f);
        ref.width = cur.width = 1;
        const ts::DriftReport d = ts::computeDrift(ref, cur, {"a", "b", "c"}, {}, "train");
        QCOMPARE(d.currentCounts, (std::vector<int64_t>{150, 150, 0}));
        QCOMPARE(d.referenceCounts, (std::vector<int64_t>{300, 300, 300}));
        QVERIFY(std::fabs(d.classChiSquare.statistic - 400.0 / 3.0) < 1e-9);
        QCOMPARE(d.classChiSquare.dof, 2);
        QVERIFY(std::fabs(d.classChiSquare.pValue / std::exp(-200.0 / 3.0) - 1.0) < 1e-6);
        QVERIFY(d.classPsi > 1.0);
        // The constant column did not move.
        QCOMPARE(d.features.at(0).name, std::string("feature 1"));
        QCOMPARE(d.features.at(0).ks, 0.0);
        QCOMPARE(d.features.at(0).psi, 0.0);

        // Without reference data only the current counts are known.
        const ts::DriftReport none = ts::computeDrift(ts::ImageSet{}, cur, {"a", "b", "c"}, {}, "");
        QVERIFY(!none.hasReference);
        QCOMPARE(none.currentCounts, (std::vector<int64_t>{150, 150, 0}));
        QVERIFY(none.features.empty());
    }

    void baselineComparison() {
        ts::EvalMetrics base, now;
        base.confusion.reset({"cat", "dog", "eel", "owl"});
        base.perClass = {cls(0.90, 0.90, 0.90, 10), cls(0.80, 0.80, 0.80, 10), cls(0.7, 0.7, 0.7, 10),
                         cls(0.90, 0.90, 0.90, 10)};
        // Current class order differs; "fish" is new; "eel" has no samples now.
        now.confusion.reset({"dog", "cat", "fish", "eel", "owl"});
        now.perClass = {cls(0.60, 0.80, 0.48, 10),   // dog: F1 -0.2, recall unchanged -> flagged
                        cls(0.89, 0.91, 0.87, 10),   // cat: F1 -0.01, recall +0.01 -> not flagged
                        cls(0.50, 0.50, 0.50, 10),   // fish: not in the baseline -> not flagged
                        cls(0.0, 0.0, 0.0, 0),       // eel: no samples now, nothing to compare
                        cls(0.85, 0.90, 0.80, 10)};  // owl: F1 -0.05 exactly = threshold -> flagged
        const ts::BaselineComparison c = ts::compareWithBaseline(now, base, 0.05);
        QVERIFY(c.available);
        QCOMPARE(c.threshold, 0.05);
        QCOMPARE(int(c.classes.size()), 5);
        QCOMPARE(c.classes[0].className, std::string("dog"));
        QVERIFY(c.classes[0].inBaseline);
        QCOMPARE(c.classes[0].baselineF1, 0.80);
        QCOMPARE(c.classes[0].currentF1, 0.60);
        QCOMPARE(c.classes[0].baselineRecall, 0.80);
        QCOMPARE(c.classes[0].currentPrecision, 0.48);
        QVERIFY(c.classes[0].flagged);
        QCOMPARE(c.classes[1].className, std::string("cat"));
        QCOMPARE(c.classes[1].baselineF1, 0.90);
        QVERIFY(!c.classes[1].flagged);
        QVERIFY(!c.classes[2].inBaseline);
        QVERIFY(!c.classes[2].flagged);
        QVERIFY(c.classes[3].inBaseline);
        QVERIFY(!c.classes[3].flagged);
        QVERIFY(c.classes[4].flagged);
        // A recall drop alone is enough.
        now.perClass[1] = cls(0.90, 0.70, 0.99, 10);
        QVERIFY(ts::compareWithBaseline(now, base, 0.05).classes[1].flagged);
        // No baseline metrics: not available, nothing flagged.
        const ts::BaselineComparison none = ts::compareWithBaseline(now, ts::EvalMetrics{}, 0.05);
        QVERIFY(!none.available);
        for (const auto& d : none.classes) QVERIFY(!d.inBaseline && !d.flagged);
    }

    void cellSamplesOrder() {
        // Cell (true 1, predicted 2) holds positions 0, 1, 3, 4 with confidences .5, .9, .5, .7;
        // positions 0 and 3 tie, position 3 has the lower sample index (2 < 7) and comes first.
        const std::vector<ts::Prediction> p = {pred(7, 1, 2, 0.5), pred(1, 1, 2, 0.9), pred(0, 0, 0, 0.99),
                                               pred(2, 1, 2, 0.5), pred(9, 1, 2, 0.7), pred(5, 2, 1, 0.95)};
        QCOMPARE(ts::cellSamples(p, 1, 2), (std::vector<size_t>{1, 4, 3, 0}));
        QCOMPARE(ts::cellSamples(p, 0, 0), (std::vector<size_t>{2}));
        QVERIFY(ts::cellSamples(p, 2, 2).empty());
    }

    void jsonRoundTrip() {
        const ts::EvaluationResult r = sampleResult();
        const ts::Json j = ts::toJson(r);
        // The metrics are summary.json's "test" object, key for key.
        QCOMPARE(j["metrics"].dump(), ts::toJson(r.metrics).dump());
        QCOMPARE(j["model"]["kind"].string(), std::string("checkpoint"));
        QCOMPARE(j["model"]["run"].string(), r.runDir);
        QCOMPARE(j["split"].string(), std::string("all"));
        QVERIFY(j["calibration"]["bins"].isArray());
        QVERIFY(j["drift"]["features"].isArray());
        QVERIFY(!j.contains("predictions"));

        const ts::EvaluationResult back = ts::evaluationFromJson(ts::Json::parse(j.dump(2)));
        QCOMPARE(back.modelPath, r.modelPath);
        QCOMPARE(back.modelDescription, r.modelDescription);
        QCOMPARE(back.dataPath, r.dataPath);
        QCOMPARE(back.dataName, r.dataName);
        QCOMPARE(back.dataFormat, r.dataFormat);
        QCOMPARE(back.device, r.device);
        QCOMPARE(back.seconds, r.seconds);
        QCOMPARE(back.metrics.accuracy, r.metrics.accuracy);
        QCOMPARE(back.metrics.confusion.counts, r.metrics.confusion.counts);
        QCOMPARE(back.metrics.confusion.classNames, r.metrics.confusion.classNames);
        QCOMPARE(back.calibration.ece, r.calibration.ece);
        QCOMPARE(back.calibration.bins.size(), r.calibration.bins.size());
        QCOMPARE(back.confidence.correct, r.confidence.correct);
        QCOMPARE(back.confidence.edges, r.confidence.edges);
        QCOMPARE(back.drift.currentCounts, r.drift.currentCounts);
        QCOMPARE(back.drift.classChiSquare.pValue, r.drift.classChiSquare.pValue);
        QCOMPARE(back.drift.features.size(), r.drift.features.size());
        QCOMPARE(back.drift.features[0].name, r.drift.features[0].name);
        QCOMPARE(back.drift.features[0].ks, r.drift.features[0].ks);
        QCOMPARE(back.comparison.runName, std::string("baseline run"));
        QCOMPARE(back.comparison.classes.size(), r.comparison.classes.size());
        QCOMPARE(back.comparison.classes[0].flagged, r.comparison.classes[0].flagged);
        QCOMPARE(back.comparison.baseline.confusion.counts, r.comparison.baseline.confusion.counts);
        QCOMPARE(back.notes, r.notes);
        QCOMPARE(back.warnings, r.warnings);
        QCOMPARE(back.featureNames, r.featureNames);
        QCOMPARE(back.featureShift, r.featureShift);
        QCOMPARE(back.featureScale, r.featureScale);
        QVERIFY(back.predictions.empty());
        // Everything else, at once: writing the read-back result gives the same document.
        QCOMPARE(ts::toJson(back).dump(), j.dump());
    }

    void writeAndLoadFolder() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string dir = (tmp.path() + "/evals/first").toStdString();  // parents are created
        const ts::EvaluationResult r = sampleResult();
        ts::writeEvaluation(dir, r);

        const std::string csv = slurp(QString::fromStdString(dir + "/predictions.csv"));
        QVERIFY(csv.rfind("index,true,predicted,confidence,", 0) == 0);
        QVERIFY(csv.find("\n0,0,0,0.123456789012345,\"t-shirt, top\",\"t-shirt, top\"\n") != std::string::npos);
        QVERIFY(csv.find("\n1,1,0,0.5,\"trouser \"\"long\"\"\",\"t-shirt, top\"\n") != std::string::npos);
        // No temporary files left behind.
        QCOMPARE(QDir(QString::fromStdString(dir)).entryList(QDir::Files).size(), 2);

        const ts::EvaluationResult back = ts::loadEvaluation(dir);
        QCOMPARE(back.predictions.size(), r.predictions.size());
        for (size_t i = 0; i < r.predictions.size(); ++i) {
            QCOMPARE(back.predictions[i].index, r.predictions[i].index);
            QCOMPARE(back.predictions[i].trueClass, r.predictions[i].trueClass);
            QCOMPARE(back.predictions[i].predicted, r.predictions[i].predicted);
            QCOMPARE(back.predictions[i].confidence, r.predictions[i].confidence);  // exact
        }
        QCOMPARE(ts::toJson(back).dump(), ts::toJson(r).dump());
        QVERIFY(back.warnings == r.warnings);

        // Writing again replaces the files.
        ts::EvaluationResult second = r;
        second.predictions.pop_back();
        ts::writeEvaluation(dir, second);
        QCOMPARE(ts::loadEvaluation(dir).predictions.size(), r.predictions.size() - 1);

        // A damaged predictions line is skipped with a warning; the rest still loads.
        {
            std::ofstream out(dir + "/predictions.csv", std::ios::app);
            out << "12,1,x\n";
        }
        const ts::EvaluationResult damaged = ts::loadEvaluation(dir);
        QCOMPARE(damaged.predictions.size(), r.predictions.size() - 1);
        QCOMPARE(damaged.warnings.size(), r.warnings.size() + 1);
        QVERIFY(damaged.warnings.back().find("damaged") != std::string::npos);

        // Not an evaluation folder.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ts::loadEvaluation(tmp.path().toStdString()));
    }

    void writeErrorsNameThePath() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const ts::EvaluationResult r = sampleResult();
        // A file where the folder should be (fails for root too).
        const std::string blocker = (tmp.path() + "/blocker").toStdString();
        { std::ofstream(blocker) << "x"; }
        try {
            ts::writeEvaluation(blocker + "/sub", r);
            QFAIL("writing under a file should throw");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find(blocker) != std::string::npos, e.what());
        }
        try {
            ts::writeEvaluation(blocker, r);
            QFAIL("writing into a file should throw");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find(blocker) != std::string::npos, e.what());
        }

        if (::geteuid() == 0) QSKIP("running as root: permissions are not enforced, the read-only case cannot fail");
        const std::string locked = (tmp.path() + "/locked").toStdString();
        QVERIFY(QDir().mkpath(QString::fromStdString(locked)));
        QCOMPARE(::chmod(locked.c_str(), 0555), 0);
        bool threw = false;
        try {
            ts::writeEvaluation(locked, r);
        } catch (const std::runtime_error& e) {
            threw = true;
            const std::string msg = e.what();
            QVERIFY2(msg.find(locked) != std::string::npos, msg.c_str());
            QVERIFY2(msg.find("read-only") != std::string::npos, msg.c_str());
        }
        ::chmod(locked.c_str(), 0755);  // so QTemporaryDir can clean up
        QVERIFY(threw);
        QVERIFY(!QFile::exists(QString::fromStdString(locked + "/evaluation.json")));
    }
};

QTEST_APPLESS_MAIN(TestEvalStats)
#include "test_eval_stats.moc"
