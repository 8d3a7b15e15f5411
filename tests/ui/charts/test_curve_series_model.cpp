// Unit tests of CurveSeriesModel, the widget-free data behind CurveChart: appending, smoothed series that follow
// their source and reset, decimation that keeps extremes, hidden values on log scales, the robust y range and
// the nearest-point lookup of the hover read-out.
#include "ui/charts/CurveSeriesModel.h"

#include <QtTest>

#include <cmath>

using namespace ts;

namespace {

constexpr int kLongRun = 100000;
constexpr int kBuckets = 500;
constexpr double kSpike = 50.0;
constexpr double kDip = -40.0;

/// A linear display window over native x in [lo, hi] (no timeline).
CurveDisplayWindow windowOver(double lo, double hi, int buckets, bool logY = false) {
    CurveDisplayWindow w;
    w.yScale = AxisScale{logY};
    w.haveX = true;
    w.uLo = w.nativeLo = lo;
    w.uHi = w.nativeHi = hi;
    w.buckets = buckets;
    return w;
}

QVector<QPointF> ramp(int from, int to) {
    QVector<QPointF> pts;
    for (int s = from; s <= to; ++s) pts.append(QPointF(s, 1.0 + 0.01 * (s % 7)));
    return pts;
}

}  // namespace

class TestCurveSeriesModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendingStoresPointsAndFeedsTheSmoothedSeries();
    void smoothingRestartsWhenItsSettingsChangeOrTheDataIsCleared();
    void nanValuesDoNotPoisonTheSmoothedCurve();
    void decimationKeepsEveryExtreme();
    void smoothCurvesKeepAboutOnePointPerColumn();
    void onlyDirtySeriesOrANewRangeAreRedecimated();
    void timelineMapsDisplayedX();
    void logScaleHidesAndCountsNonPositiveValues();
    void robustRangeLeavesOutliersOutAndCountsThem();
    void visibleXExtentSkipsHiddenSeries();
    void hoverFindsTheNearestPoint();
};

void TestCurveSeriesModel::appendingStoresPointsAndFeedsTheSmoothedSeries() {
    CurveSeriesModel model;
    const int raw = model.add(QStringLiteral("train loss (batch)"), Qt::blue, CurveSeriesStyle::FaintLine);
    const int smoothed = model.add(QStringLiteral("train loss (smoothed)"), Qt::blue, CurveSeriesStyle::Line);
    QCOMPARE(raw, 0);
    QCOMPARE(smoothed, 1);
    QCOMPARE(model.idOf(QStringLiteral("train loss (smoothed)")), smoothed);
    QCOMPARE(model.idOf(QStringLiteral("nope")), -1);
    QVERIFY(!model.hasData());
    QVERIFY(!model.hasSmoothed());
    QVERIFY(model.setSmoothedSource(smoothed, raw));
    QVERIFY(model.hasSmoothed());
    QVERIFY(!model.setSmoothedSource(smoothed, smoothed));  // a series cannot smooth itself

    QVERIFY(model.append(raw, ramp(1, 10)));
    QVERIFY(model.append(raw, ramp(11, 25)));
    QCOMPARE(model.at(raw).raw.size(), 25);
    QCOMPARE(model.at(smoothed).raw.size(), 25);
    QCOMPARE(model.at(smoothed).raw.back().x(), 25.0);
    QVERIFY(model.at(raw).dirty && model.at(smoothed).dirty);
    QVERIFY(!model.append(smoothed, ramp(26, 27)));  // points go to the source, never to the smoothed view
    QVERIFY(!model.append(7, ramp(1, 2)));
    QCOMPARE(model.at(smoothed).raw.size(), 25);
    QVERIFY(model.hasData());
}

void TestCurveSeriesModel::smoothingRestartsWhenItsSettingsChangeOrTheDataIsCleared() {
    CurveSeriesModel model;
    const int raw = model.add(QStringLiteral("raw"), Qt::blue, CurveSeriesStyle::Line);
    const int smoothed = model.add(QStringLiteral("smoothed"), Qt::blue, CurveSeriesStyle::Line);
    model.setSmoothedSource(smoothed, raw);
    QCOMPARE(model.smoothing(), ts::kDefaultSmoothingWeight);  // the reports' default too (0.9)
    QVERIFY(model.setSmoothing(0.6));
    model.append(raw, {QPointF(1, 2.0), QPointF(2, 4.0), QPointF(3, 1.0)});
    QCOMPARE(model.at(smoothed).raw[0].y(), 2.0);  // debiased: not dragged towards 0
    QVERIFY(qFuzzyCompare(model.at(smoothed).raw[1].y(), 3.25));  // (0.6*0.4*2 + 0.4*4) / (1 - 0.6^2)

    QVERIFY(model.setSmoothing(0.0));  // no smoothing: the raw values themselves
    for (int i = 0; i < 3; ++i) QCOMPARE(model.at(smoothed).raw[i].y(), model.at(raw).raw[i].y());
    QVERIFY(!model.setSmoothing(0.0));
    QVERIFY(model.setSmoothing(5.0));  // clamped
    QCOMPARE(model.smoothing(), 0.99);

    QVERIFY(model.setSmoothingMode(CurveSmoothingMode::TimeWeighted));
    QVERIFY(!model.setSmoothingMode(CurveSmoothingMode::TimeWeighted));
    QCOMPARE(model.at(smoothed).raw.size(), 3);
    QCOMPARE(model.at(smoothed).raw[0].y(), 2.0);

    model.clear();  // the EMA forgets what it saw: the next first value is taken as it is
    QCOMPARE(model.at(raw).raw.size(), 0);
    QCOMPARE(model.at(smoothed).raw.size(), 0);
    model.append(raw, {QPointF(10, 7.0), QPointF(11, 7.0)});
    QCOMPARE(model.at(smoothed).raw.size(), 2);
    QCOMPARE(model.at(smoothed).raw[0].y(), 7.0);
    QVERIFY(std::fabs(model.at(smoothed).raw[1].y() - 7.0) < 1e-12);
}

void TestCurveSeriesModel::nanValuesDoNotPoisonTheSmoothedCurve() {
    CurveSeriesModel model;
    const int raw = model.add(QStringLiteral("raw"), Qt::blue, CurveSeriesStyle::Line);
    const int smoothed = model.add(QStringLiteral("smoothed"), Qt::blue, CurveSeriesStyle::Line);
    model.setSmoothedSource(smoothed, raw);
    model.append(raw, {QPointF(1, 1.0), QPointF(2, std::nan("")), QPointF(3, 1.0)});
    QCOMPARE(model.at(smoothed).raw.size(), 2);  // the NaN is skipped
    for (const QPointF& p : model.at(smoothed).raw) QVERIFY(std::isfinite(p.y()));
}

void TestCurveSeriesModel::decimationKeepsEveryExtreme() {
    CurveSeriesModel model;
    const int id = model.add(QStringLiteral("loss"), Qt::blue, CurveSeriesStyle::Line);
    QVector<QPointF> pts = ramp(1, kLongRun);
    pts[61233].setY(kSpike);
    pts[70001].setY(kDip);
    model.append(id, pts);
    QVERIFY(model.updateDisplayed(id, windowOver(1, kLongRun, kBuckets), false));
    const QVector<QPointF>& shown = model.at(id).displayed;
    QVERIFY2(shown.size() <= 4 * kBuckets, qPrintable(QString::number(shown.size())));
    QVERIFY(shown.contains(pts[61233]));
    QVERIFY(shown.contains(pts[70001]));
    QCOMPARE(model.at(id).extent.hi, kSpike);
    QCOMPARE(model.at(id).extent.lo, kDip);
    QCOMPARE(model.visibleYExtent().hi, kSpike);
    QCOMPARE(model.at(id).rangeBegin, 0);
    QCOMPARE(model.at(id).rangeEnd, kLongRun);

    // A zoom window shows every point inside plus the nearest neighbour on each side.
    model.markAllDirty();
    model.updateDisplayed(id, windowOver(1000, 1100, kBuckets), true);
    QCOMPARE(model.at(id).displayed.size(), 101 + 2);
    QCOMPARE(model.at(id).displayed.front().x(), 999.0);
    QCOMPARE(model.at(id).displayed.back().x(), 1101.0);
}

void TestCurveSeriesModel::smoothCurvesKeepAboutOnePointPerColumn() {
    CurveSeriesModel model;
    const int id = model.add(QStringLiteral("learning rate"), Qt::green, CurveSeriesStyle::Line);
    model.append(id, ramp(1, kLongRun));
    model.updateDisplayed(id, windowOver(1, kLongRun, kBuckets), false);
    const int extremes = static_cast<int>(model.at(id).displayed.size());
    QVERIFY(model.setSmoothCurve(id, true));
    QVERIFY(!model.setSmoothCurve(id, true));
    QVERIFY(model.updateDisplayed(id, windowOver(1, kLongRun, kBuckets), false));
    const int smooth = static_cast<int>(model.at(id).displayed.size());
    QVERIFY2(smooth <= kBuckets + 2 && smooth < extremes, qPrintable(QStringLiteral("%1 vs %2").arg(smooth).arg(extremes)));
}

void TestCurveSeriesModel::onlyDirtySeriesOrANewRangeAreRedecimated() {
    CurveSeriesModel model;
    const int id = model.add(QStringLiteral("loss"), Qt::blue, CurveSeriesStyle::Line);
    model.append(id, ramp(1, 100));
    const CurveDisplayWindow w = windowOver(1, 100, kBuckets);
    QVERIFY(model.updateDisplayed(id, w, false));
    QVERIFY(!model.at(id).dirty);
    QVERIFY(!model.updateDisplayed(id, w, false));
    QVERIFY(model.updateDisplayed(id, w, true));
    model.markAllDirty();
    QVERIFY(model.updateDisplayed(id, w, false));
    // Without a range nothing is shown.
    CurveDisplayWindow none;
    QVERIFY(model.updateDisplayed(id, none, true));
    QVERIFY(model.at(id).displayed.isEmpty());
    QVERIFY(!model.visibleYExtent().valid());
}

void TestCurveSeriesModel::timelineMapsDisplayedX() {
    RunTimeline timeline;
    for (int s = 1; s <= 1000; ++s) timeline.add(s, s / 100.0, s * 0.5);
    CurveSeriesModel model;
    const int id = model.add(QStringLiteral("loss"), Qt::blue, CurveSeriesStyle::Line);
    model.append(id, ramp(1, 1000));
    CurveXMapping mapping;
    mapping.setTimeline(&timeline);
    mapping.setShownKind(XAxisKind::Epoch);
    const CurveXExtent extent = model.visibleXExtent(mapping, AxisScale{});
    QVERIFY(std::fabs(extent.lo - 0.01) < 1e-12 && std::fabs(extent.hi - 10.0) < 1e-12);
    CurveDisplayWindow w = windowOver(extent.lo, extent.hi, kBuckets);
    w.mapping = mapping;
    w.nativeLo = mapping.toNative(extent.lo);
    w.nativeHi = mapping.toNative(extent.hi);
    model.updateDisplayed(id, w, true);
    QVERIFY(std::fabs(model.at(id).displayed.back().x() - 10.0) < 1e-12);
}

void TestCurveSeriesModel::logScaleHidesAndCountsNonPositiveValues() {
    CurveSeriesModel model;
    const int id = model.add(QStringLiteral("metric"), Qt::blue, CurveSeriesStyle::Line);
    model.append(id, {QPointF(0, 1.0), QPointF(1, 10.0), QPointF(2, 0.0), QPointF(3, -5.0), QPointF(4, 100.0)});
    model.updateDisplayed(id, windowOver(0, 4, kBuckets, true), true);
    QCOMPARE(model.at(id).displayed.size(), 3);
    QCOMPARE(model.hiddenY().nonPositive, int64_t(2));
    model.setHidden(id, true);  // a hidden series' values are not reported
    QCOMPARE(model.hiddenY().total(), int64_t(0));
    QVERIFY(!model.visibleYExtent().valid());
}

void TestCurveSeriesModel::robustRangeLeavesOutliersOutAndCountsThem() {
    CurveSeriesModel model;
    const int id = model.add(QStringLiteral("loss"), Qt::blue, CurveSeriesStyle::Line);
    QVector<QPointF> pts = ramp(1, 10000);
    pts[10].setY(500.0);  // one exploding batch
    model.append(id, pts);
    model.updateDisplayed(id, windowOver(1, 10000, kBuckets), true);
    CurveYExtent y = model.visibleYExtent();
    QCOMPARE(y.hi, 500.0);
    QCOMPARE(model.narrowToRobustRange(y, AxisScale{}), int64_t(1));
    QVERIFY2(y.hi < 2.0, qPrintable(QString::number(y.hi)));
    // Without outliers nothing changes.
    CurveSeriesModel calm;
    const int c = calm.add(QStringLiteral("loss"), Qt::blue, CurveSeriesStyle::Line);
    calm.append(c, ramp(1, 10000));
    calm.updateDisplayed(c, windowOver(1, 10000, kBuckets), true);
    CurveYExtent all = calm.visibleYExtent();
    const CurveYExtent before = all;
    QCOMPARE(calm.narrowToRobustRange(all, AxisScale{}), int64_t(0));
    QCOMPARE(all.lo, before.lo);
    QCOMPARE(all.hi, before.hi);
}

void TestCurveSeriesModel::visibleXExtentSkipsHiddenSeries() {
    CurveSeriesModel model;
    const int steps = model.add(QStringLiteral("train"), Qt::blue, CurveSeriesStyle::Line);
    const int epochs = model.add(QStringLiteral("val"), Qt::red, CurveSeriesStyle::LineWithMarkers);
    model.append(steps, {QPointF(0, 1.0), QPointF(5, 1.0), QPointF(10, 1.0)});
    model.append(epochs, {QPointF(10, 1.0), QPointF(20, 1.0)});
    CurveXExtent all = model.visibleXExtent(CurveXMapping(), AxisScale{});
    QCOMPARE(all.lo, 0.0);
    QCOMPARE(all.hi, 20.0);
    QVERIFY(all.markers);
    const CurveXExtent logX = model.visibleXExtent(CurveXMapping(), AxisScale{true});
    QCOMPARE(logX.lo, 5.0);  // x = 0 cannot be placed on a log axis
    model.setHidden(epochs, true);
    all = model.visibleXExtent(CurveXMapping(), AxisScale{});
    QCOMPARE(all.hi, 10.0);
    QVERIFY(!all.markers);
}

void TestCurveSeriesModel::hoverFindsTheNearestPoint() {
    CurveSeriesModel model;
    const int dense = model.add(QStringLiteral("train"), Qt::blue, CurveSeriesStyle::Line);
    const int sparse = model.add(QStringLiteral("val"), Qt::red, CurveSeriesStyle::LineWithMarkers);
    model.append(dense, ramp(1, 100));
    model.append(sparse, {QPointF(50, 1.0), QPointF(100, 1.0)});
    QCOMPARE(model.nearestIndex(dense, 10.4), 9);    // x = 10
    QCOMPARE(model.nearestIndex(dense, 10.5), 9);    // a tie goes to the earlier point
    QCOMPARE(model.nearestIndex(dense, -3.0), 0);    // before the first point
    QCOMPARE(model.nearestIndex(dense, 500.0), 99);  // after the last one
    QCOMPARE(model.nearestIndex(sparse, 70.0), 0);
    QCOMPARE(model.nearestIndex(sparse, 80.0), 1);
    QCOMPARE(model.nearestIndex(5, 1.0), -1);
    QCOMPARE(model.nearestVisibleX(70.2), 70.0);     // the dense series is closer
    QCOMPARE(model.indexAt(sparse, 50.0), 0);
    QCOMPARE(model.indexAt(sparse, 70.0), -1);
    model.setHidden(dense, true);
    QCOMPARE(model.nearestVisibleX(70.2), 50.0);
    model.setHidden(sparse, true);
    QVERIFY(std::isnan(model.nearestVisibleX(70.2)));
}

QTEST_GUILESS_MAIN(TestCurveSeriesModel)
#include "test_curve_series_model.moc"
