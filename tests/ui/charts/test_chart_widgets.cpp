// Offscreen widget tests of CurveChart: hover crosshair tooltip (contents, staying on screen,
// pinning), legend toggling, log axes with values <= 0, x-axis kinds, outlier-ignoring y range,
// event markers, drag/pan zoom, wheel zoom and Escape.
#include "ui/charts/ChartPanel.h"
#include "ui/charts/CurveChart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLegend>
#include <QLegendMarker>
#include <QMouseEvent>
#include <QToolButton>
#include <QElapsedTimer>
#include <QtTest>

#include <cmath>

using ts::CurveChart;
using ts::RunTimeline;
using ts::XAxisKind;

namespace {

constexpr int kSteps = 2000;
constexpr int kPerEpoch = 500;
constexpr double kSecondsPerStep = 0.05;

/// Chart with raw, smoothed and per-epoch series over kSteps steps, plus its timeline.
struct Fixture {
    RunTimeline timeline;
    CurveChart chart{QStringLiteral("Loss")};
    int raw = -1, smoothed = -1, val = -1;

    Fixture() {
        chart.resize(900, 450);
        chart.setAxisTitles(QStringLiteral("step"), QStringLiteral("loss"));
        chart.setIntegerX(true);
        chart.setTimeline(&timeline);
        raw = chart.addSeries(QStringLiteral("train loss (batch)"), CurveChart::SeriesStyle::FaintLine);
        smoothed = chart.addSeries(QStringLiteral("train loss (smoothed)"));
        val = chart.addSeries(QStringLiteral("val loss (epoch)"), CurveChart::SeriesStyle::LineWithMarkers);
        chart.setSmoothedSource(smoothed, raw);
        QVector<QPointF> pts;
        for (int s = 1; s <= kSteps; ++s) {
            pts.append(QPointF(s, 2.0 * std::exp(-s / 600.0) + 0.2 + 0.05 * std::sin(s * 0.7)));
            timeline.add(s, double(s) / kPerEpoch, s * kSecondsPerStep);
        }
        chart.appendPoints(raw, pts);
        for (int e = 1; e <= kSteps / kPerEpoch; ++e) chart.appendPoint(val, QPointF(e * kPerEpoch, 0.5 / e + 0.2));
        chart.show();
        chart.refreshNow();
    }
    QWidget* viewport() const { return chart.findChild<QChartView*>()->viewport(); }
};

void sendMouse(QWidget* target, QEvent::Type type, const QPoint& pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

}  // namespace

class TestChartWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveAppendsWaitButInteractiveChangesDoNot();
    void hoverTooltipShowsEveryUnitAndSeries();
    void hoverTooltipStaysOnScreenAndPins();
    void legendClickHidesAndShows();
    void coloursFollowTheSeriesFamily();
    void logAxesHideAndReportNonPositive();
    void xAxisShowsEpochsAndTime();
    void ignoreOutliersNarrowsTheYRange();
    void eventMarkersHaveTooltips();
    void dragZoomsAndShiftDragPans();
    void wheelZoomsAndEscapeReleasesThePin();
    void timeWeightedModeMatchesAcrossIntervals();
    void panelToolbarDrivesTheChart();
};

void TestChartWidgets::hoverTooltipShowsEveryUnitAndSeries() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.chart));
    f.chart.hoverAt(1000.0);
    const QString text = f.chart.hoverText();
    QVERIFY2(text.contains(QStringLiteral("step 1,000")) || text.contains(QStringLiteral("step 1000")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("epoch 2.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("time 50.0 s")), qPrintable(text));
    const QPointF rawPoint = f.chart.rawPoints(f.raw)[999];
    const QPointF smoothPoint = f.chart.rawPoints(f.smoothed)[999];
    QVERIFY2(text.contains(QStringLiteral("train loss (batch): ") + QString::number(rawPoint.y(), 'g', 6)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("train loss (smoothed): ") + QString::number(smoothPoint.y(), 'g', 6)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("val loss (epoch): ") + QString::number(0.5 / 2 + 0.2, 'g', 6)), qPrintable(text));
    // A sparse series away from its points says where its nearest value is.
    f.chart.hoverAt(1100.0);
    QVERIFY2(f.chart.hoverText().contains(QStringLiteral("(at step 1,000)")) ||
                 f.chart.hoverText().contains(QStringLiteral("(at step 1000)")),
             qPrintable(f.chart.hoverText()));
    // Hidden series are left out.
    f.chart.setSeriesVisible(f.raw, false);
    f.chart.hoverAt(1000.0);
    QVERIFY(!f.chart.hoverText().contains(QStringLiteral("train loss (batch)")));
}

void TestChartWidgets::hoverTooltipStaysOnScreenAndPins() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.chart));
    QWidget* vp = f.viewport();
    const QRect chartRect = f.chart.rect();
    // Near every corner of the plot the tooltip stays inside the chart.
    const QPoint corners[] = {f.chart.pixelFor(10.0, f.chart.yRange().y()), f.chart.pixelFor(kSteps - 1.0, f.chart.yRange().y()),
                              f.chart.pixelFor(kSteps - 1.0, f.chart.yRange().x()), f.chart.pixelFor(10.0, f.chart.yRange().x())};
    for (QPoint corner : corners) {
        const QPoint inView = vp->mapFrom(&f.chart, corner) + QPoint(corner.x() > 450 ? -2 : 2, corner.y() > 200 ? -2 : 2);
        sendMouse(vp, QEvent::MouseMove, inView, Qt::NoButton, Qt::NoButton);
        QWidget* tip = f.chart.hoverTip();
        QVERIFY2(tip->isVisible(), qPrintable(QStringLiteral("no tip at %1,%2").arg(inView.x()).arg(inView.y())));
        QVERIFY2(chartRect.contains(tip->geometry()),
                 qPrintable(QStringLiteral("tip %1,%2 %3x%4 outside").arg(tip->x()).arg(tip->y()).arg(tip->width()).arg(tip->height())));
    }
    // A click pins it: moving elsewhere keeps its text; a second click releases it.
    const QPoint at = vp->mapFrom(&f.chart, f.chart.pixelFor(700.0, 1.0));
    sendMouse(vp, QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
    const QString pinnedText = f.chart.hoverText();
    sendMouse(vp, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    QVERIFY(f.chart.isHoverPinned());
    const QPoint elsewhere = vp->mapFrom(&f.chart, f.chart.pixelFor(1500.0, 1.0));
    sendMouse(vp, QEvent::MouseMove, elsewhere, Qt::NoButton, Qt::NoButton);
    QCOMPARE(f.chart.hoverText(), pinnedText);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(vp, &leave);
    QVERIFY(f.chart.hoverTip()->isVisible());  // pinned tips survive leaving the chart
    sendMouse(vp, QEvent::MouseButtonPress, elsewhere, Qt::LeftButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, elsewhere, Qt::LeftButton, Qt::NoButton);
    QVERIFY(!f.chart.isHoverPinned());
    QVERIFY(f.chart.hoverText() != pinnedText);
    QApplication::sendEvent(vp, &leave);
    QVERIFY(!f.chart.hoverTip()->isVisible());
}

void TestChartWidgets::legendClickHidesAndShows() {
    Fixture f;
    const QList<QLegendMarker*> markers = f.chart.chart()->legend()->markers();
    QCOMPARE(markers.size(), 3);
    QLegendMarker* valMarker = markers[f.val];
    QCOMPARE(valMarker->label(), QStringLiteral("val loss (epoch)"));
    Q_EMIT valMarker->clicked();  // what a click on the legend entry does
    QVERIFY(!f.chart.isSeriesVisible(f.val));
    QVERIFY(valMarker->isVisible());  // still there to be clicked again
    QVERIFY(valMarker->font().strikeOut());
    QVERIFY(valMarker->labelBrush().color().alpha() < 255);
    // Hiding the only series with markers drops the x padding: the axis now ends at the data.
    Q_EMIT valMarker->clicked();
    QVERIFY(f.chart.isSeriesVisible(f.val));
    QVERIFY(!valMarker->font().strikeOut());
    // Hiding the raw series lets the y range shrink to the smoothed curve.
    const QPointF before = f.chart.yRange();
    f.chart.setSeriesVisible(f.raw, false);
    f.chart.setSeriesVisible(f.smoothed, false);
    f.chart.refreshNow();
    QVERIFY(f.chart.yRange().y() <= before.y());
}

void TestChartWidgets::coloursFollowTheSeriesFamily() {
    CurveChart loss, accuracy;
    const int trainLoss = loss.addSeries(QStringLiteral("train loss (batch)"));
    const int valLoss = loss.addSeries(QStringLiteral("val loss (epoch)"));
    const int valAcc = accuracy.addSeries(QStringLiteral("val accuracy"));
    const int trainAcc = accuracy.addSeries(QStringLiteral("train accuracy"));
    QCOMPARE(loss.seriesColorOf(trainLoss), accuracy.seriesColorOf(trainAcc));
    QCOMPARE(loss.seriesColorOf(valLoss), accuracy.seriesColorOf(valAcc));
    QVERIFY(loss.seriesColorOf(trainLoss) != loss.seriesColorOf(valLoss));
}

void TestChartWidgets::logAxesHideAndReportNonPositive() {
    CurveChart chart;
    chart.resize(700, 400);
    const int id = chart.addSeries(QStringLiteral("metric"));
    chart.appendPoints(id, {QPointF(0, 1.0), QPointF(1, 10.0), QPointF(2, 0.0), QPointF(3, -5.0), QPointF(4, 100.0),
                            QPointF(5, 0.01)});
    chart.refreshNow();
    QCOMPARE(chart.displayedCount(id), 6);
    QVERIFY(chart.hiddenValuesNote().isEmpty());

    chart.setLogY(true);
    QVERIFY(chart.logY());
    QCOMPARE(chart.displayedCount(id), 4);  // 0 and -5 cannot be placed
    QVERIFY2(chart.hiddenValuesNote().contains(QStringLiteral("2 value(s) ≤ 0 not shown on the log y axis")),
             qPrintable(chart.hiddenValuesNote()));
    const QPointF yr = chart.yRange();
    QVERIFY(yr.x() > 0.0 && yr.x() <= 0.01 && yr.y() >= 100.0);
    for (const QPointF& p : chart.displayedPoints(id)) QVERIFY(p.y() > 0.0);

    chart.setLogX(true);  // x = 0 cannot be placed either
    QVERIFY(chart.logX());
    QCOMPARE(chart.displayedCount(id), 3);
    QVERIFY2(chart.hiddenValuesNote().contains(QStringLiteral("log x axis")), qPrintable(chart.hiddenValuesNote()));
    QVERIFY(chart.xRange().x() > 0.0);
    QVERIFY(!chart.grab().isNull());

    chart.setLogY(false);
    chart.setLogX(false);
    QCOMPARE(chart.displayedCount(id), 6);
    QVERIFY(chart.hiddenValuesNote().isEmpty());
}

void TestChartWidgets::xAxisShowsEpochsAndTime() {
    Fixture f;
    QSignalSpy options(&f.chart, &CurveChart::viewOptionsChanged);
    f.chart.setXAxisKind(XAxisKind::Epoch);
    QCOMPARE(f.chart.xAxisKind(), XAxisKind::Epoch);
    QCOMPARE(options.count(), 1);
    const QVector<QPointF> shown = f.chart.displayedPoints(f.raw);
    QVERIFY(std::fabs(shown.back().x() - double(kSteps) / kPerEpoch) < 1e-9);
    QVERIFY(std::fabs(f.chart.displayedPoints(f.val).front().x() - 1.0) < 1e-9);
    QVERIFY(f.chart.xRange().y() >= 4.0 && f.chart.xRange().y() < 5.0);

    f.chart.setXAxisKind(XAxisKind::WallTime);
    QVERIFY(std::fabs(f.chart.displayedPoints(f.raw).back().x() - kSteps * kSecondsPerStep) < 1e-9);
    f.chart.setXZoom(10.0, 20.0);  // seconds 10..20 = steps 200..400
    const QVector<QPointF> zoomed = f.chart.displayedPoints(f.raw);
    QVERIFY(zoomed.size() >= 200 && zoomed.size() <= 203);
    QVERIFY(std::fabs(f.chart.toNativeX(15.0) - 300.0) < 1e-9);
    f.chart.setXAxisKind(XAxisKind::Step);  // changing the unit resets the zoom
    QVERIFY(!f.chart.isZoomed());

    CurveChart noTimeline;
    noTimeline.setXAxisKind(XAxisKind::Epoch);  // impossible without a timeline: ignored
    QCOMPARE(noTimeline.xAxisKind(), XAxisKind::Step);
}

void TestChartWidgets::ignoreOutliersNarrowsTheYRange() {
    CurveChart chart;
    chart.resize(700, 400);
    const int id = chart.addSeries(QStringLiteral("loss"));
    QVector<QPointF> pts;
    for (int i = 0; i < 10000; ++i) pts.append(QPointF(i, 1.0 + 0.1 * std::sin(i * 0.01)));
    pts[10].setY(500.0);  // one exploding batch
    chart.appendPoints(id, pts);
    chart.refreshNow();
    QVERIFY(chart.yRange().y() >= 500.0);
    chart.setYRangeMode(CurveChart::YRangeMode::IgnoreOutliers);
    QVERIFY2(chart.yRange().y() < 2.0, qPrintable(QString::number(chart.yRange().y())));
    QVERIFY(chart.displayedPoints(id).contains(QPointF(10, 500.0)));  // still drawn (clipped), never dropped
    QVERIFY2(chart.hiddenValuesNote().contains(QStringLiteral("outside the y range")), qPrintable(chart.hiddenValuesNote()));
    chart.setYRangeMode(CurveChart::YRangeMode::FitAll);
    QVERIFY(chart.yRange().y() >= 500.0);
    QVERIFY(chart.hiddenValuesNote().isEmpty());
}

void TestChartWidgets::eventMarkersHaveTooltips() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.chart));
    f.chart.addEventMarker(500.0, CurveChart::EventKind::EpochBoundary, QStringLiteral("Epoch 1 ended"));
    f.chart.addEventMarker(1234.0, CurveChart::EventKind::Checkpoint, QStringLiteral("saved model-1234.pt"));
    QCOMPARE(f.chart.eventMarkers().size(), 2);
    QWidget* vp = f.viewport();
    const QPoint at = vp->mapFrom(&f.chart, f.chart.pixelFor(1234.0, 1.0));
    sendMouse(vp, QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
    QVERIFY2(f.chart.hoverText().contains(QStringLiteral("checkpoint: saved model-1234.pt")), qPrintable(f.chart.hoverText()));
    f.chart.setEventsVisible(false);
    sendMouse(vp, QEvent::MouseMove, at + QPoint(1, 0), Qt::NoButton, Qt::NoButton);
    QVERIFY(!f.chart.hoverText().contains(QStringLiteral("checkpoint")));
    QVERIFY(!f.chart.grab().isNull());
    f.chart.clear();
    QVERIFY(f.chart.eventMarkers().isEmpty());
}

void TestChartWidgets::dragZoomsAndShiftDragPans() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.chart));
    QWidget* vp = f.viewport();
    const QPoint a = vp->mapFrom(&f.chart, f.chart.pixelFor(500.0, 1.0));
    const QPoint b = vp->mapFrom(&f.chart, f.chart.pixelFor(1000.0, 1.0));
    sendMouse(vp, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, b, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
    QVERIFY(f.chart.isZoomed());
    QPointF xr = f.chart.xRange();
    QVERIFY2(std::fabs(xr.x() - 500.0) < 5.0 && std::fabs(xr.y() - 1000.0) < 5.0,
             qPrintable(QStringLiteral("%1..%2").arg(xr.x()).arg(xr.y())));
    QVERIFY(!f.chart.isHoverPinned());  // a drag is not a click

    // Shift+drag 100 px to the left moves the window to the right by the same span.
    const double span = xr.y() - xr.x();
    const QPoint start = vp->mapFrom(&f.chart, f.chart.pixelFor(800.0, 1.0));
    const QPoint end = start - QPoint(100, 0);
    sendMouse(vp, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(vp, QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(vp, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
    const QPointF panned = f.chart.xRange();
    QVERIFY(panned.x() > xr.x() && panned.y() > xr.y());
    QVERIFY(std::fabs((panned.y() - panned.x()) - span) < 1e-6 * span);

    sendMouse(vp, QEvent::MouseButtonDblClick, start, Qt::LeftButton, Qt::LeftButton);
    QVERIFY(!f.chart.isZoomed());
}

void TestChartWidgets::wheelZoomsAndEscapeReleasesThePin() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.chart));
    QWidget* vp = f.viewport();
    const QPoint at = vp->mapFrom(&f.chart, f.chart.pixelFor(1000.0, 1.0));
    const auto wheel = [&](int notches) {
        QWheelEvent event(QPointF(at), QPointF(vp->mapToGlobal(at)), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(vp, &event);
    };
    const QPointF full = f.chart.xRange();
    wheel(2);  // two notches in: 0.85^2 of the span, around the value under the cursor
    QVERIFY(f.chart.isZoomed());
    const QPointF zoomed = f.chart.xRange();
    QVERIFY(std::fabs((zoomed.y() - zoomed.x()) - 0.85 * 0.85 * (full.y() - full.x())) < 1e-6 * (full.y() - full.x()));
    QVERIFY(zoomed.x() < 1000.0 && zoomed.y() > 1000.0);
    wheel(-4);  // zooming out past the data returns to the automatic full view
    QVERIFY(!f.chart.isZoomed());
    QCOMPARE(f.chart.xRange(), full);

    sendMouse(vp, QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
    sendMouse(vp, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    QVERIFY(f.chart.isHoverPinned());
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(f.chart.findChild<QChartView*>(), &escape);
    QVERIFY(!f.chart.isHoverPinned());
    QVERIFY(!f.chart.hoverTip()->isVisible());
}

void TestChartWidgets::timeWeightedModeMatchesAcrossIntervals() {
    // The same curve logged every step and every 5th step: the time-weighted curves agree.
    CurveChart every, sparse;
    const int r1 = every.addSeries(QStringLiteral("raw")), s1 = every.addSeries(QStringLiteral("smoothed"));
    const int r2 = sparse.addSeries(QStringLiteral("raw")), s2 = sparse.addSeries(QStringLiteral("smoothed"));
    for (CurveChart* c : {&every, &sparse}) {
        c->setSmoothingMode(CurveChart::SmoothingMode::TimeWeighted);
        c->setSmoothing(0.95);
    }
    every.setSmoothedSource(s1, r1);
    sparse.setSmoothedSource(s2, r2);
    QVector<QPointF> a, b;
    for (int s = 1; s <= 2000; ++s) {
        const QPointF p(s, std::exp(-s / 300.0) + 0.3);
        a.append(p);
        if (s % 5 == 1) b.append(p);
    }
    every.appendPoints(r1, a);
    sparse.appendPoints(r2, b);
    const QVector<QPointF> fine = every.rawPoints(s1), coarse = sparse.rawPoints(s2);
    for (const QPointF& p : coarse) {
        const double other = fine[static_cast<int>(p.x()) - 1].y();
        QVERIFY2(std::fabs(p.y() - other) < 1e-4 * other, qPrintable(QStringLiteral("x=%1: %2 vs %3").arg(p.x()).arg(p.y()).arg(other)));
    }
    // Switching back recomputes the debiased EMA from the raw data.
    every.setSmoothingMode(CurveChart::SmoothingMode::Debiased);
    QCOMPARE(every.rawPoints(s1).front().y(), a.front().y());
}

void TestChartWidgets::panelToolbarDrivesTheChart() {
    RunTimeline timeline;
    timeline.add(100, 1.0, 5.0);
    auto* chart = new CurveChart(QStringLiteral("Loss"));
    ts::ChartPanel panel(chart);
    QVERIFY(!panel.xAxisCombo()->isEnabled());  // no timeline yet
    chart->setTimeline(&timeline);
    QVERIFY(panel.xAxisCombo()->isEnabled());
    panel.logYButton()->click();
    QVERIFY(chart->logY());
    panel.xAxisCombo()->setCurrentIndex(panel.xAxisCombo()->findData(static_cast<int>(XAxisKind::Epoch)));
    QCOMPARE(chart->xAxisKind(), XAxisKind::Epoch);
    panel.yRangeCombo()->setCurrentIndex(1);
    QCOMPARE(chart->yRangeMode(), CurveChart::YRangeMode::IgnoreOutliers);
    chart->setLogX(true);  // e.g. from the context menu: the toolbar follows
    QVERIFY(panel.logXButton()->isChecked());
    chart->setSmoothingMode(CurveChart::SmoothingMode::TimeWeighted);
    QCOMPARE(panel.smoothingModeCombo()->currentData().toInt(), static_cast<int>(CurveChart::SmoothingMode::TimeWeighted));
}

// Streaming appends repaint at most twice a second (each repaint costs the GUI thread milliseconds that
// training needs); a user's change brings the pending repaint forward to the next frame.
void TestChartWidgets::liveAppendsWaitButInteractiveChangesDoNot() {
    ts::CurveChart chart(QStringLiteral("Live"));
    const int id = chart.addSeries(QStringLiteral("loss"));
    chart.resize(500, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.appendPoints(id, {QPointF(1, 1), QPointF(2, 2)});
    chart.refreshNow();
    QCOMPARE(chart.displayedCount(id), 2);

    QElapsedTimer since;
    since.start();
    chart.appendPoints(id, {QPointF(3, 3)});
    QTest::qWait(50);
    if (since.elapsed() < 400) QCOMPARE(chart.displayedCount(id), 2);  // still waiting for the live refresh
    QTRY_COMPARE_WITH_TIMEOUT(chart.displayedCount(id), 3, 3000);

    since.restart();
    chart.appendPoints(id, {QPointF(4, 4)});
    chart.setSmoothing(0.5);  // interactive: the next frame, taking the appended point along
    QTest::qWait(100);
    if (since.elapsed() < 400) QCOMPARE(chart.displayedCount(id), 4);  // well before the live refresh was due
    QTRY_COMPARE_WITH_TIMEOUT(chart.displayedCount(id), 4, 3000);
}

QTEST_MAIN(TestChartWidgets)
#include "test_chart_widgets.moc"
