// Unit tests of the chart maths: min/max decimation, debiased and time-weighted EMA (core/plot, reached
// through ChartMath.h as the charts reach it), axis scales (log of values <= 0), the step/epoch/time
// timeline and series colours (the palette the reports share).
#include "ui/charts/ChartMath.h"

#include <QtTest>

#include <array>
#include <cmath>
#include <random>

using namespace ts;

namespace {

constexpr double kEps = 1e-12;

/// Runs the decimator on plain vectors of (x, y).
QVector<int> decimate(const QVector<QPointF>& pts, int buckets) {
    QVector<int> kept;
    const double lo = pts.front().x(), hi = pts.back().x();
    decimateMinMax(
        0, static_cast<int>(pts.size()), lo, hi, buckets, [&](int i) { return pts[i].x(); },
        [&](int i) { return pts[i].y(); }, [&](int i) { return std::isfinite(pts[i].y()); }, kept);
    return kept;
}

}  // namespace

class TestChartMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decimationKeepsMinAndMaxOfEveryBucket();
    void decimationNeverDropsASpike();
    void decimationKeepsEverythingWhenSparse();
    void blockDecimationMatchesPointByPoint();
    void blockExtremesFollowAppends();
    void smoothCurveKeepsLastPointPerBucket();
    void liveRefreshFollowsItsCost();
    void debiasedEmaByHand();
    void timeWeightedEmaIgnoresLoggingInterval();
    void timeWeightedEmaIsDebiased();
    void emaTimeConstantMatchesWeight();
    void axisScaleLogOfNonPositive();
    void hiddenValuesAreReported();
    void quantileRangeIgnoresOutliers();
    void timelineConvertsBothWays();
    void seriesColoursAreConsistent();
};

void TestChartMath::decimationKeepsMinAndMaxOfEveryBucket() {
    constexpr int kPoints = 200000;
    constexpr int kBuckets = 500;
    std::mt19937 rng(42);
    std::normal_distribution<double> noise(0.0, 1.0);
    QVector<QPointF> pts(kPoints);
    for (int i = 0; i < kPoints; ++i) pts[i] = QPointF(i, std::sin(i * 1e-4) + noise(rng));
    const QVector<int> kept = decimate(pts, kBuckets);
    QVERIFY(kept.size() <= kBuckets * kDecimationPointsPerBucket);
    QVERIFY(std::is_sorted(kept.begin(), kept.end()));
    QVERIFY(std::adjacent_find(kept.begin(), kept.end()) == kept.end());  // no duplicates

    // Recompute every bucket's extremes independently and check both survived.
    const double lo = pts.front().x(), hi = pts.back().x();
    const double scale = kBuckets / (hi - lo);
    QVector<int> minIndex(kBuckets, -1), maxIndex(kBuckets, -1);
    for (int i = 0; i < kPoints; ++i) {
        const int b = std::clamp(static_cast<int>((pts[i].x() - lo) * scale), 0, kBuckets - 1);
        if (minIndex[b] < 0 || pts[i].y() < pts[minIndex[b]].y()) minIndex[b] = i;
        if (maxIndex[b] < 0 || pts[i].y() > pts[maxIndex[b]].y()) maxIndex[b] = i;
    }
    for (int b = 0; b < kBuckets; ++b) {
        QVERIFY2(std::binary_search(kept.begin(), kept.end(), minIndex[b]), qPrintable(QString::number(b)));
        QVERIFY2(std::binary_search(kept.begin(), kept.end(), maxIndex[b]), qPrintable(QString::number(b)));
    }
    QCOMPARE(kept.front(), 0);
    QCOMPARE(kept.back(), kPoints - 1);
}

void TestChartMath::decimationNeverDropsASpike() {
    constexpr int kPoints = 1000000;
    QVector<QPointF> pts(kPoints);
    for (int i = 0; i < kPoints; ++i) pts[i] = QPointF(i, 1.0);
    // Single-sample spikes and dips scattered everywhere, including next to each other and a NaN.
    const QVector<int> spikes{1, 17, 99999, 100000, 500001, 777777, 999998};
    for (int k = 0; k < spikes.size(); ++k) pts[spikes[k]].setY(k % 2 ? 1e6 : -1e6);  // neighbours alternate: a dip and a spike
    pts[123456].setY(std::numeric_limits<double>::quiet_NaN());
    for (int buckets : {64, 1000, 4096}) {
        const QVector<int> kept = decimate(pts, buckets);
        for (int s : spikes) QVERIFY2(kept.contains(s), qPrintable(QStringLiteral("spike %1 lost at %2 buckets").arg(s).arg(buckets)));
        QVERIFY(!kept.contains(123456));  // unusable points are never drawn
    }
}

void TestChartMath::decimationKeepsEverythingWhenSparse() {
    QVector<QPointF> pts;
    for (int i = 0; i < 300; ++i) pts.append(QPointF(i, i % 7));
    QCOMPARE(decimate(pts, 100).size(), 300);  // 300 <= 4 per bucket * 100: the raw points, zoomed in
}

void TestChartMath::blockDecimationMatchesPointByPoint() {
    // Noise quantized to a few levels (ties everywhere), NaNs and values <= 0 sprinkled in, and x with
    // gaps, so that buckets hold anything from no point to thousands and blocks often straddle buckets.
    constexpr int kPoints = 300000;
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> level(-3, 12);
    std::uniform_int_distribution<int> oneIn(0, 999);
    QVector<QPointF> pts(kPoints);
    double x = 0.0;
    for (int i = 0; i < kPoints; ++i) {
        x += oneIn(rng) == 0 ? 5000.0 : 1.0;
        const int r = oneIn(rng);
        const double y = r == 0 ? std::nan("") : (r == 1 ? -1.0 : double(level(rng)) / 4.0);
        pts[i] = QPointF(x, y);
    }
    BlockExtremes blocks;
    blocks.update(pts);
    QCOMPARE(blocks.count(), kPoints / BlockExtremes::kPoints);
    for (const bool logY : {false, true}) {
        const auto usable = [&](int i) { return std::isfinite(pts[i].y()) && (!logY || pts[i].y() > 0.0); };
        const auto blockUsable = [&](int b) {
            return blocks.block(b).finite && (!logY || blocks.block(b).positive);
        };
        const QList<std::array<int, 3>> cases{{0, kPoints, 1000}, {1, kPoints - 1, 37}, {12345, 250001, 4096},
                                              {64, 64 * 500, 3}, {100, 100 + 64 * 4 * 7, 7}};
        for (const auto& [begin, end, buckets] : cases) {
            const double lo = pts[begin].x(), hi = pts[end - 1].x();
            const auto xOf = [&](int i) { return pts[i].x(); };
            const auto yOf = [&](int i) { return pts[i].y(); };
            QVector<int> plain, fast;
            decimateMinMax(begin, end, lo, hi, buckets, xOf, yOf, usable, plain);
            decimateMinMax(begin, end, lo, hi, buckets, xOf, yOf, usable, fast, &blocks, blockUsable);
            QVERIFY2(plain.size() > 2 && plain.size() < (end - begin) / 4, "the case must actually decimate");
            QVERIFY2(plain == fast, qPrintable(QStringLiteral("log %1, [%2, %3), %4 buckets: %5 vs %6 points")
                                                   .arg(logY).arg(begin).arg(end).arg(buckets)
                                                   .arg(plain.size()).arg(fast.size())));
        }
    }
}

void TestChartMath::blockExtremesFollowAppends() {
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 1.0);
    QVector<QPointF> pts;
    BlockExtremes grown;
    for (int chunk = 1; pts.size() < 5000; chunk = chunk * 3 % 97 + 1) {  // uneven appends, as a live run delivers
        for (int k = 0; k < chunk; ++k) pts.append(QPointF(pts.size(), noise(rng)));
        grown.update(pts);
    }
    BlockExtremes whole;
    whole.update(pts);
    QCOMPARE(grown.count(), whole.count());
    for (int b = 0; b < whole.count(); ++b) {
        const int first = b * BlockExtremes::kPoints;
        const auto lowest = std::min_element(pts.begin() + first, pts.begin() + first + BlockExtremes::kPoints,
                                             [](const QPointF& a, const QPointF& c) { return a.y() < c.y(); });
        QCOMPARE(grown.block(b).iMin, int(lowest - pts.begin()));
        QCOMPARE(grown.block(b).yMin, lowest->y());
        QCOMPARE(grown.block(b).iMax, whole.block(b).iMax);
        QCOMPARE(grown.block(b).yMax, whole.block(b).yMax);
    }
    // Replaced by fewer points (a series cleared and refilled): the blocks start over.
    pts.resize(100);
    for (QPointF& p : pts) p.setY(-p.y());
    grown.update(pts);
    QCOMPARE(grown.count(), 1);
    QCOMPARE(grown.block(0).yMax, whole.block(0).yMin * -1.0);
}

void TestChartMath::smoothCurveKeepsLastPointPerBucket() {
    // A smooth curve with NaNs (not drawable) and a gap in x; decimated to one point per bucket.
    constexpr int kPoints = 100000;
    constexpr int kBuckets = 700;
    QVector<QPointF> pts(kPoints);
    for (int i = 0; i < kPoints; ++i) {
        const double x = i < kPoints / 2 ? double(i) : double(i) + 20000.0;
        pts[i] = QPointF(x, i % 997 == 5 ? std::nan("") : std::exp(-double(i) / 30000.0));
    }
    BlockExtremes blocks;
    blocks.update(pts);
    const auto xOf = [&](int i) { return pts[i].x(); };
    const auto usable = [&](int i) { return std::isfinite(pts[i].y()); };
    const auto blockUsable = [&](int b) { return blocks.block(b).finite; };
    for (const int begin : {0, 3, 777}) {
        const int end = kPoints - begin;
        const double lo = pts[begin].x(), hi = pts[end - 1].x();
        QVector<int> plain, fast;
        decimateLastPerBucket(begin, end, lo, hi, kBuckets, xOf, usable, plain, nullptr, [](int) { return false; });
        decimateLastPerBucket(begin, end, lo, hi, kBuckets, xOf, usable, fast, &blocks, blockUsable);
        QCOMPARE(fast, plain);
        // By hand: the first usable point, then every bucket's last usable point.
        const double scale = kBuckets / (hi - lo);
        QVector<int> lastOf(kBuckets, -1);
        int first = -1;
        for (int i = begin; i < end; ++i) {
            if (!usable(i)) continue;
            if (first < 0) first = i;
            lastOf[std::clamp(static_cast<int>((pts[i].x() - lo) * scale), 0, kBuckets - 1)] = i;
        }
        QVector<int> want{first};
        for (const int i : std::as_const(lastOf))
            if (i >= 0 && i != first) want.append(i);
        QCOMPARE(plain, want);
        QVERIFY(plain.size() <= kBuckets + 1);
        QVERIFY(plain.size() < (end - begin) / 50);
    }
}

void TestChartMath::liveRefreshFollowsItsCost() {
    // About 100x the cost of a refresh and repaint (1% of the GUI thread), between 250 ms and 2 s.
    QCOMPARE(liveRefreshDelayMs(0.0), 250);
    QCOMPARE(liveRefreshDelayMs(std::nan("")), 250);
    QCOMPARE(liveRefreshDelayMs(1.0), 250);
    QCOMPARE(liveRefreshDelayMs(5.0), 500);
    QCOMPARE(liveRefreshDelayMs(11.0), 1100);
    QCOMPARE(liveRefreshDelayMs(19.99), 1999);
    QCOMPARE(liveRefreshDelayMs(500.0), 2000);
}

void TestChartMath::debiasedEmaByHand() {
    // a = 0.5 on 4, 2, 8:
    //   ema1 = 0.5*0 + 0.5*4 = 2      -> 2 / (1 - 0.5)    = 4
    //   ema2 = 0.5*2 + 0.5*2 = 2      -> 2 / (1 - 0.25)   = 8/3
    //   ema3 = 0.5*2 + 0.5*8 = 5      -> 5 / (1 - 0.125)  = 40/7
    DebiasedEma ema{0.5};
    QCOMPARE(ema.add(4.0), 4.0);
    QVERIFY(std::fabs(ema.add(2.0) - 8.0 / 3.0) < kEps);
    QVERIFY(std::fabs(ema.add(8.0) - 40.0 / 7.0) < kEps);
    // a = 0.9 on a constant: debiasing keeps it exactly constant (no drag towards 0).
    DebiasedEma heavy{0.9};
    for (int i = 0; i < 50; ++i) QVERIFY(std::fabs(heavy.add(3.0) - 3.0) < 1e-12);
    // a = 0: no smoothing.
    DebiasedEma none{0.0};
    QCOMPARE(none.add(7.0), 7.0);
    QCOMPARE(none.add(-1.0), -1.0);
    ema.reset();
    QCOMPARE(ema.add(9.0), 9.0);
}

void TestChartMath::timeWeightedEmaIgnoresLoggingInterval() {
    // The same underlying loss curve, logged every step and every 10th step.
    const auto curve = [](double t) { return 2.3 * std::exp(-t / 400.0) + 0.3 + 0.0001 * t; };
    constexpr double kTau = 40.0;
    constexpr int kSteps = 3000;
    constexpr int kCoarse = 10;
    TimeWeightedEma fine{kTau}, coarse{kTau};
    DebiasedEma finePoint{std::exp(-1.0 / kTau)}, coarsePoint{std::exp(-1.0 / kTau)};
    double worst = 0.0, worstPerPoint = 0.0;
    for (int t = 0; t <= kSteps; ++t) {
        const double f = fine.add(t, curve(t));
        const double fp = finePoint.add(curve(t));
        if (t % kCoarse != 0) continue;
        const double c = coarse.add(t, curve(t));
        const double cp = coarsePoint.add(curve(t));
        worst = std::max(worst, std::fabs(f - c) / f);
        worstPerPoint = std::max(worstPerPoint, std::fabs(fp - cp) / fp);
    }
    qInfo("largest relative difference: time-weighted %.2e, per-point EMA %.2e", worst, worstPerPoint);
    QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    QVERIFY(worstPerPoint > 100 * worst);  // the per-point EMA does depend on the interval

    // A piecewise-linear curve with knots on the coarse grid: identical to rounding error.
    TimeWeightedEma a{kTau}, b{kTau};
    const auto zigzag = [](double t) { return (static_cast<int>(t) / 50) % 2 ? 3.0 - 0.01 * std::fmod(t, 50.0) : 1.0 + 0.03 * std::fmod(t, 50.0); };
    for (int t = 0; t <= 1000; ++t) {
        const double va = a.add(t, zigzag(t));
        if (t % 50 != 0 && t % 50 != 49) continue;  // sample at the knots (both ends of each linear piece)
        const double vb = b.add(t, zigzag(t));
        if (t % 50 == 49) QVERIFY2(std::fabs(va - vb) < 1e-9, qPrintable(QStringLiteral("t=%1 %2 vs %3").arg(t).arg(va).arg(vb)));
    }
}

void TestChartMath::timeWeightedEmaIsDebiased() {
    TimeWeightedEma ema{25.0};
    QCOMPARE(ema.add(0.0, 5.0), 5.0);  // the first value is itself, not 0
    for (int t = 1; t < 100; t += 3) QVERIFY(std::fabs(ema.add(t, 5.0) - 5.0) < 1e-12);
    // A step from 0 to 1 at t = 0 (one sample of each), then 1 for one time constant:
    // the linear ramp over [0, 1] then 1 gives 1 - small weight on the ramp.
    TimeWeightedEma step{1.0};
    step.add(0.0, 0.0);
    const double v = step.add(1.0, 1.0);
    // ∫0^1 s e^{-(1-s)} ds / ∫0^1 e^{-(1-s)} ds = (1/e) / (1 - 1/e) = 1/(e-1)
    QVERIFY(std::fabs(v - 1.0 / (std::exp(1.0) - 1.0)) < 1e-12);
}

void TestChartMath::emaTimeConstantMatchesWeight() {
    QCOMPARE(emaTimeConstant(0.0), 0.0);
    QVERIFY(std::fabs(emaTimeConstant(std::exp(-0.1)) - 10.0) < 1e-9);
    QVERIFY(std::isinf(emaTimeConstant(1.0)));
}

void TestChartMath::axisScaleLogOfNonPositive() {
    const AxisScale linear{false};
    const AxisScale log{true};
    QCOMPARE(linear.toLinear(-3.0).value(), -3.0);
    QVERIFY(linear.accepts(0.0));
    QVERIFY(!linear.accepts(std::numeric_limits<double>::quiet_NaN()));
    QVERIFY(std::fabs(log.toLinear(1000.0).value() - 3.0) < kEps);
    QVERIFY(std::fabs(log.toLinear(1e-3).value() + 3.0) < kEps);
    QVERIFY(!log.toLinear(0.0).has_value());   // log(0) is handled, not -inf
    QVERIFY(!log.toLinear(-2.0).has_value());  // log of a negative is handled, not NaN
    QVERIFY(!log.accepts(std::numeric_limits<double>::infinity()));
    QVERIFY(std::fabs(log.fromLinear(2.0) - 100.0) < 1e-9);
    QCOMPARE(linear.fromLinear(2.0), 2.0);
}

void TestChartMath::hiddenValuesAreReported() {
    HiddenValues hidden;
    QCOMPARE(hidden.describe(QStringLiteral("y")), QString());
    for (double v : {0.0, -1.0, 5.0, std::numeric_limits<double>::quiet_NaN()})
        if (!AxisScale{true}.accepts(v)) hidden.count(v);
    QCOMPARE(hidden.nonPositive, int64_t(2));
    QCOMPARE(hidden.nonFinite, int64_t(1));
    QCOMPARE(hidden.total(), int64_t(3));
    const QString note = hidden.describe(QStringLiteral("y"));
    QVERIFY2(note.contains(QStringLiteral("2 value(s) ≤ 0 not shown on the log y axis")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("1 NaN")), qPrintable(note));
}

void TestChartMath::quantileRangeIgnoresOutliers() {
    QVector<double> values;
    for (int i = 0; i < 1000; ++i) values.append(i % 100 / 100.0);
    values[3] = 1e9;
    values[500] = -1e9;
    double lo = 0.0, hi = 0.0;
    QVERIFY(quantileRange(values, 0.01, 0.99, lo, hi));
    QVERIFY(lo >= 0.0 && lo < 0.05);
    QVERIFY(hi <= 0.99 && hi > 0.95);
    QVector<double> empty;
    QVERIFY(!quantileRange(empty, 0.01, 0.99, lo, hi));
}

void TestChartMath::timelineConvertsBothWays() {
    RunTimeline timeline;
    QCOMPARE(timeline.convert(5.0, XAxisKind::Step, XAxisKind::Epoch), 5.0);  // empty: identity
    constexpr int kPerEpoch = 100;
    for (int step = 50; step <= 300; step += 50)
        timeline.add(step, double(step) / kPerEpoch, step * 0.02 + (step > 150 ? 10.0 : 0.0));  // a slow evaluation after step 150
    QVERIFY(std::fabs(timeline.convert(250.0, XAxisKind::Step, XAxisKind::Epoch) - 2.5) < kEps);
    QVERIFY(std::fabs(timeline.convert(2.5, XAxisKind::Epoch, XAxisKind::Step) - 250.0) < 1e-9);
    QVERIFY(std::fabs(timeline.convert(100.0, XAxisKind::Step, XAxisKind::WallTime) - 2.0) < kEps);
    QVERIFY(std::fabs(timeline.convert(0.0, XAxisKind::Step, XAxisKind::WallTime)) < kEps);  // starts at 0
    const double t = timeline.convert(275.0, XAxisKind::Step, XAxisKind::WallTime);
    QVERIFY(std::fabs(t - (275 * 0.02 + 10.0)) < 1e-9);
    QVERIFY(std::fabs(timeline.convert(t, XAxisKind::WallTime, XAxisKind::Step) - 275.0) < 1e-9);
    QVERIFY(std::fabs(timeline.convert(2.0, XAxisKind::Epoch, XAxisKind::WallTime) - 14.0) < 1e-9);  // step 200, after the evaluation
    int hint = 0;
    double previous = -1.0;
    for (int step = 0; step <= 300; ++step) {  // sorted lookups with a hint agree with plain ones and never go back
        const double e = timeline.convert(step, XAxisKind::Step, XAxisKind::Epoch, &hint);
        QVERIFY(std::fabs(e - timeline.convert(step, XAxisKind::Step, XAxisKind::Epoch)) < kEps);
        QVERIFY(e >= previous);
        previous = e;
    }
    QCOMPARE(formatElapsed(42.0), QStringLiteral("42.0 s"));
    QCOMPARE(formatElapsed(185.0), QStringLiteral("3m 05s"));
    QCOMPARE(formatElapsed(3723.0), QStringLiteral("1h 02m 03s"));
}

void TestChartMath::seriesColoursAreConsistent() {
    QCOMPARE(seriesColorKey(QStringLiteral("train loss (batch)")), QStringLiteral("train"));
    QCOMPARE(seriesColorKey(QStringLiteral("val accuracy")), QStringLiteral("val"));
    QCOMPARE(seriesColor(seriesColorKey(QStringLiteral("train loss (batch)"))),
             seriesColor(seriesColorKey(QStringLiteral("train accuracy"))));
    QVERIFY(seriesColor(QStringLiteral("train")) != seriesColor(QStringLiteral("val")));
    const QColor fresh = seriesColor(QStringLiteral("gradient-norm"));
    QCOMPARE(seriesColor(QStringLiteral("gradient-norm")), fresh);  // stable once assigned
    QVERIFY(fresh != seriesColor(QStringLiteral("train")));
    QCOMPARE(fresh, toQColor(kSeriesPalette[kFirstFreePaletteIndex]));  // the first family without a fixed colour
    // The window's colours are the palette the reports draw (core/plot/Palette.h; tests/core/plot checks
    // the reports' side).
    QCOMPARE(seriesColor(QStringLiteral("train")), toQColor(palette::kTrain));
    QCOMPARE(seriesColor(QStringLiteral("val")), toQColor(palette::kValidation));
    QCOMPARE(seriesColor(QStringLiteral("learning")), toQColor(palette::kLearningRate));
    QCOMPARE(seriesColor(QStringLiteral("test")), toQColor(palette::kTest));
    QCOMPARE(toQColor(palette::kTrain), QColor(0x1f, 0x77, 0xb4));
}

QTEST_APPLESS_MAIN(TestChartMath)
#include "test_chart_math.moc"
