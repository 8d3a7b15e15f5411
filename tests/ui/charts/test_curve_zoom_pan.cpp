// Unit tests of CurveZoomPan: the zoom window's state and where pan drags and wheel steps move it.
#include "ui/charts/CurveZoomPan.h"

#include <QtTest>

#include <cmath>

using namespace ts;

namespace {

constexpr int kLeft = 50;
constexpr int kWidth = 800;

/// The linear coordinate under pixel column px of the plot.
double valueAt(const CurveLinearSpan& span, int px) {
    return span.lo + (span.hi - span.lo) * double(px - kLeft) / kWidth;
}

}  // namespace

class TestCurveZoomPan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zoomWindowIsValidatedAndRemembered();
    void panKeepsTheSpanAndFollowsTheDrag();
    void wheelZoomKeepsTheValueUnderTheCursor();
    void zoomingOutPastTheDataCoversIt();
};

void TestCurveZoomPan::zoomWindowIsValidatedAndRemembered() {
    CurveZoomPan zoom;
    QVERIFY(!zoom.isZoomed());
    QVERIFY(!zoom.zoomTo(10.0, 10.0, false));  // empty
    QVERIFY(!zoom.zoomTo(20.0, 10.0, false));  // reversed
    QVERIFY(!zoom.zoomTo(0.0, 10.0, true));    // a log axis cannot start at 0
    QVERIFY(!zoom.isZoomed());
    QVERIFY(zoom.zoomTo(-5.0, 10.0, false));
    QVERIFY(zoom.isZoomed());
    QCOMPARE(zoom.lo(), -5.0);
    QCOMPARE(zoom.hi(), 10.0);
    QVERIFY(zoom.setZoomed(false));  // returns the previous state
    QVERIFY(!zoom.isZoomed());
    QVERIFY(!zoom.setZoomed(true));
    QCOMPARE(zoom.lo(), -5.0);  // the window stays
}

void TestCurveZoomPan::panKeepsTheSpanAndFollowsTheDrag() {
    const CurveLinearSpan span{100.0, 200.0};
    const CurveLinearSpan left = CurveZoomPan::panned(span, -kWidth / 4, kWidth);  // drag left: show what lies right
    QCOMPARE(left.lo, 125.0);
    QCOMPARE(left.hi, 225.0);
    const CurveLinearSpan right = CurveZoomPan::panned(span, kWidth / 2, kWidth);
    QCOMPARE(right.lo, 50.0);
    QCOMPARE(right.hi, 150.0);
}

void TestCurveZoomPan::wheelZoomKeepsTheValueUnderTheCursor() {
    const CurveLinearSpan span{0.0, 1000.0};
    for (int px : {kLeft, kLeft + 200, kLeft + kWidth}) {
        for (double factor : {0.85, 0.5, 1.0 / 0.85}) {
            const CurveLinearSpan scaled = CurveZoomPan::scaledAround(span, kLeft, kWidth, px, factor);
            QVERIFY(std::fabs(valueAt(scaled, px) - valueAt(span, px)) < 1e-9);
            QVERIFY(std::fabs((scaled.hi - scaled.lo) - factor * (span.hi - span.lo)) < 1e-9);
        }
    }
}

void TestCurveZoomPan::zoomingOutPastTheDataCoversIt() {
    const CurveLinearSpan full{0.0, 100.0};
    QVERIFY(CurveZoomPan::covers(CurveLinearSpan{-1.0, 101.0}, full));
    QVERIFY(CurveZoomPan::covers(full, full));
    QVERIFY(!CurveZoomPan::covers(CurveLinearSpan{1.0, 101.0}, full));
    QVERIFY(!CurveZoomPan::covers(CurveLinearSpan{-1.0, 99.0}, full));
}

QTEST_GUILESS_MAIN(TestCurveZoomPan)
#include "test_curve_zoom_pan.moc"
