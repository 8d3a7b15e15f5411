// The plot maths the window and the reports share (core/plot): nice tick steps, tick positions and their
// decimals, min/max decimation per pixel column, the debiased EMA and its default weight, and the palette
// (the report's SVG charts draw the colours the window's seriesColor() hands out).
#include "core/plot/PlotMath.h"
#include "core/report/Report.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace ts;

namespace {

constexpr double kEps = 1e-12;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// True when `v` is 1, 2, 2.5 or 5 times a power of ten.
bool isNice(double v) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(v) + 1e-12));
    const double m = v / magnitude;
    for (double nice : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::fabs(m - nice) < 1e-9) return true;
    return false;
}

/// The next smaller nice step: 5 -> 2.5, 2.5 -> 2, 2 -> 1, 1 -> 0.5.
double smallerNice(double v) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(v) + 1e-12));
    const double m = v / magnitude;
    if (m > 4.9) return 2.5 * magnitude;
    if (m > 2.4) return 2.0 * magnitude;
    if (m > 1.9) return 1.0 * magnitude;
    return 0.5 * magnitude;
}

/// A run with `steps` logged batches of noisy loss and one validation per 100 steps.
RunRecord noisyRun(int steps) {
    RunRecord run;
    for (int i = 1; i <= steps; ++i) {
        BatchMetrics b;
        b.step = i;
        b.epoch = 1 + i / 100;
        b.loss = 1.0 + 0.5 * std::sin(i * 0.1);
        b.lr = 1e-3;
        run.batches.push_back(b);
        if (i % 100 == 0) {
            EpochMetrics e;
            e.epoch = i / 100;
            e.step = i;
            e.trainAccuracy = 0.5;
            e.val.loss = 0.9;
            e.val.accuracy = 0.6;
            run.epochs.push_back(e);
        }
    }
    return run;
}

}  // namespace

class TestPlotMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void niceStepBySpan();
    void niceStepIsTheSmallestThatFits();
    void niceIntegerStepIsWhole();
    void tickPositionsCoverTheRange();
    void stepDecimalsShowEveryTick();
    void decimationKeepsTheExtremesOfEachColumn();
    void decimationLeavesShortCurves();
    void blockDecimationOfPlainVectors();
    void smoothCurveKeepsOnePointPerColumn();
    void emaIsDebiased();
    void emaSkipsNonFiniteValues();
    void oneDefaultSmoothingWeight();
    void paletteFamilies();
    void reportChartsDrawThePalette();
};

void TestPlotMath::niceStepBySpan() {
    QCOMPARE(niceStep(10.0, 5), 2.0);
    QCOMPARE(niceStep(10.0, 4), 2.5);
    QCOMPARE(niceStep(10.0, 10), 1.0);
    QCOMPARE(niceStep(1.0, 5), 0.2);
    QCOMPARE(niceStep(100.0, 3), 50.0);
    QCOMPARE(niceStep(3376.0, 6), 1000.0);
    QVERIFY(std::fabs(niceStep(0.003, 6) - 0.0005) < kEps);
    QCOMPARE(niceStep(7.0, 1), 10.0);  // one interval: the nice step at least the span
    QCOMPARE(niceStep(2.3, 1), 2.5);
    QCOMPARE(niceStep(2.0, 1), 2.0);
    QCOMPARE(niceStep(2.3, 0), 2.5);   // fewer than one interval counts as one
    QCOMPARE(niceStep(0.0, 5), 1.0);   // nothing to cut
    QCOMPARE(niceStep(-3.0, 5), 1.0);
    QCOMPARE(niceStep(std::numeric_limits<double>::infinity(), 5), 1.0);
    QCOMPARE(niceStep(kNaN, 5), 1.0);
}

void TestPlotMath::niceStepIsTheSmallestThatFits() {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> exponent(-6.0, 6.0);
    for (int i = 0; i < 2000; ++i) {
        const double span = std::pow(10.0, exponent(rng));
        const int maxIntervals = 1 + i % 12;
        const double step = niceStep(span, maxIntervals);
        QVERIFY2(isNice(step), qPrintable(QString::number(step)));
        QVERIFY(span / step <= maxIntervals * (1 + 1e-9));              // at most that many intervals
        QVERIFY(span / smallerNice(step) > maxIntervals * (1 - 1e-9));  // a finer nice step gives more
    }
}

void TestPlotMath::niceIntegerStepIsWhole() {
    QCOMPARE(niceIntegerStep(10.0, 4), 5.0);  // not 2.5
    QCOMPARE(niceIntegerStep(1.0, 5), 1.0);   // never below 1
    QCOMPARE(niceIntegerStep(100.0, 4), 25.0);
    QCOMPARE(niceIntegerStep(12.0, 6), 2.0);
}

void TestPlotMath::tickPositionsCoverTheRange() {
    const std::vector<double> unit = tickPositions(0.0, 1.0, 0.2);
    QCOMPARE(unit.size(), size_t(6));
    QVERIFY(std::fabs(unit.back() - 1.0) < kEps);  // the end is a tick despite rounding
    const std::vector<double> around = tickPositions(-0.3, 1.05, 0.5);
    QCOMPARE(around.size(), size_t(3));
    QCOMPARE(around[0], 0.0);
    QVERIFY(!std::signbit(around[0]));  // never "-0"
    QCOMPARE(around[2], 1.0);
    QCOMPARE(tickPositions(12.0, 38.0, 10.0), (std::vector<double>{20.0, 30.0}));
    QVERIFY(tickPositions(1.0, 0.0, 0.5).empty());
    QVERIFY(tickPositions(0.0, 1.0, 0.0).empty());
}

void TestPlotMath::stepDecimalsShowEveryTick() {
    QCOMPARE(stepDecimals(5.0, 4), 0);
    QCOMPARE(stepDecimals(1000.0, 4), 0);
    QCOMPARE(stepDecimals(2.5, 4), 1);
    QCOMPARE(stepDecimals(0.2, 4), 1);
    QCOMPARE(stepDecimals(0.25, 4), 2);
    QCOMPARE(stepDecimals(0.0005, 4), 4);
    QCOMPARE(stepDecimals(0.00025, 4), 5);  // too fine: the caller switches to scientific notation
}

void TestPlotMath::decimationKeepsTheExtremesOfEachColumn() {
    constexpr int kPoints = 50000;
    constexpr int kColumns = 300;
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<CurvePoint> pts(kPoints);
    for (int i = 0; i < kPoints; ++i) pts[size_t(i)] = {double(i), std::sin(i * 1e-3) + noise(rng)};
    pts[12345].y = 40.0;   // a spike
    pts[40001].y = -30.0;  // a dip
    const double lo = 0.0, hi = kPoints - 1;
    const std::vector<CurvePoint> kept = decimateMinMax(pts, lo, hi, kColumns);
    QVERIFY(kept.size() <= size_t(kColumns * kDecimationPointsPerBucket));
    for (size_t i = 1; i < kept.size(); ++i) QVERIFY(kept[i].x > kept[i - 1].x);  // in order, no duplicates

    // Every column's lowest and highest point survive.
    const auto column = [&](double x) { return std::min(kColumns - 1, int((x - lo) * kColumns / (hi - lo))); };
    std::vector<double> lowest(kColumns, 1e300), highest(kColumns, -1e300);
    for (const CurvePoint& p : pts) {
        lowest[size_t(column(p.x))] = std::min(lowest[size_t(column(p.x))], p.y);
        highest[size_t(column(p.x))] = std::max(highest[size_t(column(p.x))], p.y);
    }
    std::vector<double> keptLowest(kColumns, 1e300), keptHighest(kColumns, -1e300);
    for (const CurvePoint& p : kept) {
        keptLowest[size_t(column(p.x))] = std::min(keptLowest[size_t(column(p.x))], p.y);
        keptHighest[size_t(column(p.x))] = std::max(keptHighest[size_t(column(p.x))], p.y);
    }
    QCOMPARE(keptLowest, lowest);
    QCOMPARE(keptHighest, highest);
}

void TestPlotMath::decimationLeavesShortCurves() {
    const std::vector<CurvePoint> pts = {{1, 3}, {2, kNaN}, {3, 1}, {4, 2}};
    const std::vector<CurvePoint> out = decimateMinMax(pts, 1, 4, 100);
    QCOMPARE(out.size(), size_t(3));  // all finite points kept, the NaN dropped
    QCOMPARE(out[1].y, 1.0);
}

void TestPlotMath::blockDecimationOfPlainVectors() {
    // BlockExtremes works on std::vector<CurvePoint> as on QVector<QPointF>, with the same result as
    // point-by-point decimation.
    std::vector<CurvePoint> pts(10000);
    for (size_t i = 0; i < pts.size(); ++i) pts[i] = {double(i), std::cos(double(i) * 0.01) + double(i % 13) * 0.1};
    BlockExtremes blocks;
    blocks.update(pts);
    QCOMPARE(blocks.count(), int(pts.size()) / BlockExtremes::kPoints);
    const int n = int(pts.size());
    const auto xOf = [&](int i) { return pts[size_t(i)].x; };
    const auto yOf = [&](int i) { return pts[size_t(i)].y; };
    const auto usable = [](int) { return true; };
    std::vector<int> plain, fast;
    decimateMinMax(0, n, 0.0, n - 1.0, 50, xOf, yOf, usable, plain);
    decimateMinMax(0, n, 0.0, n - 1.0, 50, xOf, yOf, usable, fast, &blocks, [](int) { return true; });
    QCOMPARE(fast, plain);
}

void TestPlotMath::smoothCurveKeepsOnePointPerColumn() {
    std::vector<CurvePoint> pts(5000);
    for (size_t i = 0; i < pts.size(); ++i) pts[i] = {double(i), std::exp(-double(i) / 1000.0)};
    constexpr int kColumns = 100;
    const std::vector<CurvePoint> kept = decimateLastPerBucket(pts, 0.0, 4999.0, kColumns);
    QVERIFY(kept.size() <= size_t(kColumns + 1));  // the first point, then the last of each column
    QCOMPARE(kept.front().x, 0.0);
    QCOMPARE(kept.back().x, 4999.0);
}

void TestPlotMath::emaIsDebiased() {
    // A constant stays constant from the first value on: no drag towards the zero start.
    for (double v : smoothEma({2.0, 2.0, 2.0, 2.0}, 0.9)) QCOMPARE(v, 2.0);
    // ema1 = 0.4*0 = 0 -> 0; ema2 = 0.6*0 + 0.4*10 = 4, divided by 1 - 0.6^2 = 0.64.
    const std::vector<double> two = smoothEma({0.0, 10.0}, 0.6);
    QCOMPARE(two[0], 0.0);
    QCOMPARE(two[1], 6.25);
    DebiasedEma ema{0.9};
    QCOMPARE(ema.add(5.0), 5.0);  // the first value is its own average
    const double second = ema.add(15.0);
    QVERIFY(std::fabs(second - (0.9 * 0.1 * 5.0 + 0.1 * 15.0) / (1.0 - 0.81)) < kEps);
    QCOMPARE(smoothEma({3.0, 7.0}, 0.0), (std::vector<double>{3.0, 7.0}));  // weight 0: no smoothing
}

void TestPlotMath::emaSkipsNonFiniteValues() {
    // As the window's smoothed curve: a NaN batch gets no smoothed point and does not poison the rest.
    const std::vector<double> out = smoothEma({1.0, kNaN, 1.0, 4.0}, 0.5);
    QCOMPARE(out.size(), size_t(4));
    QVERIFY(std::isnan(out[1]));
    QCOMPARE(out[2], 1.0);
    const std::vector<double> without = smoothEma({1.0, 1.0, 4.0}, 0.5);
    QCOMPARE(out[3], without[2]);
}

void TestPlotMath::oneDefaultSmoothingWeight() {
    QCOMPARE(kDefaultSmoothingWeight, 0.9);  // the window's slider default, and the reports'
    QCOMPARE(DebiasedEma{}.weight, kDefaultSmoothingWeight);
}

void TestPlotMath::paletteFamilies() {
    QCOMPARE(fixedPaletteIndex("train"), 0);
    QCOMPARE(fixedPaletteIndex("val"), 1);
    QCOMPARE(fixedPaletteIndex("learning"), 2);
    QCOMPARE(fixedPaletteIndex("test"), 3);
    QCOMPARE(fixedPaletteIndex("gradient-norm"), -1);
    QVERIFY(palette::kTrain == kSeriesPalette[size_t(fixedPaletteIndex("train"))]);
    QVERIFY(palette::kValidation == kSeriesPalette[size_t(fixedPaletteIndex("val"))]);
    QVERIFY(palette::kLearningRate == kSeriesPalette[size_t(fixedPaletteIndex("learning"))]);
    QVERIFY(palette::kTest == kSeriesPalette[size_t(fixedPaletteIndex("test"))]);
    QCOMPARE(hexColor(palette::kTrain), std::string("#1f77b4"));
    QCOMPARE(hexColor(Rgb{0x0a, 0xbc, 0xff}), std::string("#0abcff"));
}

void TestPlotMath::reportChartsDrawThePalette() {
    // The report's charts draw the colours the window gives the same series (tests/ui/charts checks the
    // window's side: seriesColor() of each family is the palette colour).
    const RunRecord run = noisyRun(500);
    const SvgOptions opt{700, 280, false};
    const std::string loss = lossChartSvg(run, opt);
    QVERIFY(loss.find("stroke=\"" + hexColor(palette::kTrain) + "\"") != std::string::npos);
    QVERIFY(loss.find("stroke=\"" + hexColor(palette::kValidation) + "\"") != std::string::npos);
    const std::string accuracy = accuracyChartSvg(run, opt);
    QVERIFY(accuracy.find("fill=\"" + hexColor(palette::kTrain) + "\"") != std::string::npos);
    QVERIFY(accuracy.find("fill=\"" + hexColor(palette::kValidation) + "\"") != std::string::npos);
    QVERIFY(lrChartSvg(run, opt).find("stroke=\"" + hexColor(palette::kLearningRate) + "\"") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestPlotMath)
#include "test_plot_math.moc"
