// Widget tests: charts (decimation, smoothing), confusion view, metrics model and the main window's
// behaviour when fed synthetic training progress. Runs headless (QT_QPA_PLATFORM=offscreen).
#include "ui/common/Settings.h"
#include "support/WindowTestSetup.h"
#include "support/Fixtures.h"
#include "core/eval/Metrics.h"
#include "core/train/TrainConfig.h"
#include "core/common/Types.h"
#include "ui/confusion/ClassMetricsModel.h"
#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/charts/CurveChart.h"
#include "ui/training/MainWindow.h"
#include "app/bridge/MetaTypes.h"
#include "support/WidgetLookup.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QtTest>

#include <cmath>
#include <limits>

using ts::CurveChart;
using ts::MainWindow;
using ts::testing::child;

namespace {

constexpr int kMillion = 1000000;
constexpr int kMaxBuckets = 4096;                    // CurveChart never uses more pixel columns
constexpr int kMaxDisplayed = 4 * kMaxBuckets + 2;   // first/min/max/last per column + edge neighbours
constexpr double kPi = 3.14159265358979323846;

/// Metrics for a matrix, computed by core.
ts::EvalMetrics evalFrom(const ts::ConfusionMatrix& cm, double loss) { return ts::metricsFromConfusion(cm, loss); }

/// 3 classes; "Bag" never occurs (undefined recall) but is predicted twice.
ts::ConfusionMatrix smallMatrix() {
    ts::ConfusionMatrix cm;
    cm.reset({"Coat", "Shirt", "Bag"});
    const int64_t counts[3][3] = {{50, 8, 2}, {10, 30, 0}, {0, 0, 0}};
    for (int t = 0; t < 3; ++t)
        for (int p = 0; p < 3; ++p) cm.at(t, p) = counts[t][p];
    return cm;
}

ts::DatasetInfo fakeDataset() {
    ts::DatasetInfo info = ts::testing::datasetInfo({"Coat", "Shirt", "Bag"});
    info.name = "Fashion-MNIST";
    info.path = "/data/fashion";
    info.format = "idx";
    info.trainCount = 54000;
    info.valCount = 6000;
    info.testCount = 10000;
    info.height = info.width = 28;
    return info;
}

double lossAt(int64_t step) {
    return 2.3 * std::exp(-double(step) / 700.0) + 0.3 + 0.05 * std::sin(double(step));
}

QVector<ts::BatchMetrics> fakeBatches(int64_t firstStep, int count, int batchesPerEpoch) {
    QVector<ts::BatchMetrics> out;
    for (int i = 0; i < count; ++i) {
        ts::BatchMetrics b;
        b.step = firstStep + i;
        b.epoch = static_cast<int>((b.step - 1) / batchesPerEpoch) + 1;
        b.batch = static_cast<int>((b.step - 1) % batchesPerEpoch) + 1;
        b.batchesPerEpoch = batchesPerEpoch;
        b.loss = lossAt(b.step);
        b.lr = 1e-3 * (1.0 + std::cos(kPi * double(b.step) / 2000.0)) / 2.0;
        b.samplesPerSec = 6400.0;
        b.elapsedSec = 0.01 * double(b.step);
        out.append(b);
    }
    return out;
}

ts::EpochMetrics fakeEpoch(int epoch, int epochs, int64_t step) {
    ts::EpochMetrics m = ts::testing::epochMetrics(epoch, epochs, step, evalFrom(smallMatrix(), 0.45));
    m.seconds = 10.0;
    m.evalSeconds = 1.0;
    m.elapsedSec = 11.0 * epoch;
    m.samplesPerSec = 6400.0;
    return m;
}

std::pair<double, double> yExtent(const QVector<QPointF>& pts) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const QPointF& p : pts) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
    return {lo, hi};
}

}  // namespace

class TestUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowBuilds();
    void feedingTrainingShowsData();
    void decimationKeepsSpikes();
    void zoomRedecimates();
    void emaIsDebiased();
    void nonFiniteLossIsSkipped();
    void confusionView();
    void confusionViewManyClasses();
    void metricsModel();
    void buttonStatesFollowRun();
    void trainRequestedCarriesForm();
    void invalidConfigIsNotEmitted();
    void presetFillsForm();
    void datasetFailureDoesNotBlock();
    void finishedShowsTestSet();
    void smoothingSliderDrivesChart();
    void settingsRoundTrip();
};

void TestUi::initTestCase() {
    ts::testing::prepareWindowTests();
}

void TestUi::windowBuilds() {
    MainWindow w;
    auto* lossChart = child<ts::CurveChart>(&w, "lossChart");
    auto* accuracyChart = child<ts::CurveChart>(&w, "accuracyChart");
    auto* lrChart = child<ts::CurveChart>(&w, "lrChart");
    auto* trainAction = child<QAction>(&w, "trainAction");
    auto* stopAction = child<QAction>(&w, "stopAction");
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(lossChart && accuracyChart && lrChart);
    QCOMPARE(lossChart->seriesCount(), 3);
    QVERIFY(lossChart->seriesId(QStringLiteral("train loss (batch)")) >= 0);
    QVERIFY(lossChart->seriesId(QStringLiteral("train loss (smoothed)")) >= 0);
    QVERIFY(lossChart->seriesId(QStringLiteral("val loss (epoch)")) >= 0);
    QCOMPARE(accuracyChart->seriesCount(), 2);
    QCOMPARE(lrChart->seriesCount(), 1);
    QCOMPARE(child<ts::ConfusionMatrixView>(&w, "confusionView")->classCount(), 0);
    QCOMPARE(child<ts::ClassMetricsModel>(&w, "metricsModel")->rowCount(), 0);
    QCOMPARE(w.runState(), MainWindow::RunState::Idle);
    QVERIFY(!trainAction->isEnabled());  // no data set yet
    QVERIFY(!child<QAction>(&w, "pauseAction")->isEnabled());
    QVERIFY(!stopAction->isEnabled());
    QVERIFY(child<QAction>(&w, "openDatasetAction")->isEnabled());
    QVERIFY(trainAction->toolTip().contains(QStringLiteral("F5")));
    QVERIFY(stopAction->toolTip().contains(QStringLiteral("Esc")));
    auto* preset = w.findChild<QComboBox*>(QStringLiteral("presetCombo"));
    QVERIFY(preset);
    QCOMPARE(preset->count(), static_cast<int>(ts::presetNames().size()));
    QVERIFY(!w.grab().isNull());
}

void TestUi::feedingTrainingShowsData() {
    MainWindow w;
    auto* progressLabel = child<QLabel>(&w, "progressLabel");
    auto* progressBar = child<QProgressBar>(&w, "progressBar");
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.onDatasetLoaded(fakeDataset());
    auto* sizes = w.findChild<QLabel*>(QStringLiteral("datasetSizesLabel"));
    QVERIFY(sizes);
    QVERIFY2(sizes->text().contains(QStringLiteral("train 54,000 · val 6,000 · test 10,000")), qPrintable(sizes->text()));

    constexpr int kBatchesPerEpoch = 1000;
    constexpr int kCalls = 4;
    constexpr int kPerCall = 500;
    ts::TrainConfig cfg = ts::presetConfig("mlp");
    cfg.epochs = 2;
    w.setConfig(cfg);
    w.onTrainingStarted(QStringLiteral("cpu"), 2, kBatchesPerEpoch);
    w.onBatches(fakeBatches(1, kPerCall, kBatchesPerEpoch));
    QVERIFY2(progressLabel->text().contains(QStringLiteral("step 500/")), qPrintable(progressLabel->text()));  // at once
    for (int c = 1; c < kCalls; ++c) w.onBatches(fakeBatches(int64_t(c) * kPerCall + 1, kPerCall, kBatchesPerEpoch));
    // Deliveries right after it wait for the next status refresh instead of redrawing the bar each time.
    QVERIFY2(progressLabel->text().contains(QStringLiteral("step 500/")), qPrintable(progressLabel->text()));

    CurveChart* loss = child<ts::CurveChart>(&w, "lossChart");
    const int raw = loss->seriesId(QStringLiteral("train loss (batch)"));
    const int smoothed = loss->seriesId(QStringLiteral("train loss (smoothed)"));
    const int val = loss->seriesId(QStringLiteral("val loss (epoch)"));
    loss->refreshNow();
    QCOMPARE(loss->rawCount(raw), kCalls * kPerCall);
    QCOMPARE(loss->rawCount(smoothed), kCalls * kPerCall);
    QVERIFY(loss->displayedCount(raw) > 0);
    QVERIFY(loss->displayedCount(raw) <= kMaxDisplayed);
    QVERIFY(loss->displayedCount(smoothed) > 0);

    const auto [lo, hi] = yExtent(loss->rawPoints(raw));
    const QPointF xr = loss->xRange();
    const QPointF yr = loss->yRange();
    QVERIFY2(xr.x() <= 1.0 && xr.y() >= 2000.0, qPrintable(QStringLiteral("x %1..%2").arg(xr.x()).arg(xr.y())));
    QVERIFY2(yr.x() <= lo && yr.y() >= hi, qPrintable(QStringLiteral("y %1..%2 data %3..%4").arg(yr.x()).arg(yr.y()).arg(lo).arg(hi)));
    QVERIFY(yr.y() < hi * 2.0);  // padded, not absurd

    CurveChart* lr = child<ts::CurveChart>(&w, "lrChart");
    lr->refreshNow();
    QCOMPARE(lr->rawCount(0), kCalls * kPerCall);
    QVERIFY(lr->displayedCount(0) > 0);
    QVERIFY(lr->yRange().y() >= 1e-3 * 0.99);

    // The status bar is throttled (batches arrive 20 times a second): the newest batch shows within 500 ms.
    QTRY_VERIFY2_WITH_TIMEOUT(progressLabel->text().contains(QStringLiteral("step 2000/2000")), qPrintable(progressLabel->text()),
                              2000);
    QVERIFY2(progressLabel->text().contains(QStringLiteral("Epoch 2/2")), qPrintable(progressLabel->text()));
    QCOMPARE(progressBar->value(), progressBar->maximum());
    // Status labels hold a fixed size that grows with the text and never shrinks: a ticking number then
    // repaints the label alone, where a resizable one relayouts and repaints the whole status bar.
    QVERIFY(progressLabel);
    QCOMPARE(progressLabel->minimumSize(), progressLabel->maximumSize());
    const int wide = progressLabel->minimumWidth();
    QVERIFY(wide >= progressLabel->sizeHint().width());
    w.onBatches(fakeBatches(1, 1, kBatchesPerEpoch));  // a shorter text: "step 1/2000"
    QTRY_VERIFY2_WITH_TIMEOUT(progressLabel->text().contains(QStringLiteral("step 1/")), qPrintable(progressLabel->text()), 2000);
    QCOMPARE(progressLabel->minimumWidth(), wide);
    QCOMPARE(progressLabel->maximumWidth(), wide);

    w.onEpoch(fakeEpoch(1, 2, kBatchesPerEpoch));
    loss->refreshNow();
    QCOMPARE(loss->rawCount(val), 1);
    QCOMPARE(loss->rawPoints(val).front(), QPointF(1000.0, 0.45));
    CurveChart* acc = child<ts::CurveChart>(&w, "accuracyChart");
    acc->refreshNow();
    QCOMPARE(acc->rawCount(0), 1);
    QCOMPARE(acc->rawCount(1), 1);
    QCOMPARE(acc->rawPoints(1).front(), QPointF(1.0, 80.0));  // percent
    QVERIFY(acc->yRange().y() <= 100.0);
    QCOMPARE(child<ts::ConfusionMatrixView>(&w, "confusionView")->classCount(), 3);
    QCOMPARE(child<ts::ClassMetricsModel>(&w, "metricsModel")->rowCount(), 3 + 2);
    QCOMPARE(child<QLabel>(&w, "evaluationSourceLabel")->text(), QStringLiteral("Validation, epoch 1"));
}

void TestUi::decimationKeepsSpikes() {
    CurveChart chart(QStringLiteral("big"));
    chart.resize(900, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int id = chart.addSeries(QStringLiteral("noise"), Qt::blue);
    constexpr int kSpike = 123457;
    constexpr int kDip = 876543;
    QVector<QPointF> pts(kMillion);
    for (int i = 0; i < kMillion; ++i)
        pts[i] = QPointF(i + 1, std::sin(i * 0.001) + 0.1 * double((qint64(i) * 7919) % 13) / 13.0);
    pts[kSpike].setY(50.0);
    pts[kDip].setY(-50.0);
    chart.appendPoints(id, pts);
    chart.refreshNow();
    qInfo("refresh of a %d-point series: %.2f ms (%d points displayed)", kMillion, chart.lastRefreshMs(),
          chart.displayedCount(id));

    const QVector<QPointF> shown = chart.displayedPoints(id);
    QCOMPARE(chart.displayedCount(id), int(shown.size()));
    QVERIFY(shown.size() >= 100);
    QVERIFY(shown.size() <= kMaxDisplayed);
    const auto [lo, hi] = yExtent(shown);
    QCOMPARE(hi, 50.0);
    QCOMPARE(lo, -50.0);
    QVERIFY(shown.contains(pts[kSpike]));
    QVERIFY(shown.contains(pts[kDip]));
    QCOMPARE(shown.front(), pts.front());
    QCOMPARE(shown.back(), pts.back());
    for (int i = 1; i < shown.size(); ++i) QVERIFY(shown[i - 1].x() < shown[i].x());
    const QPointF yr = chart.yRange();
    QVERIFY(yr.x() <= -50.0 && yr.y() >= 50.0);

    // The raw history is never discarded, and more data keeps coming in cheaply.
    chart.appendPoints(id, {QPointF(kMillion + 1, 0.0)});
    chart.refreshNow();
    qInfo("steady-state refresh after one more point: %.2f ms", chart.lastRefreshMs());
    QCOMPARE(chart.rawCount(id), kMillion + 1);
    QVERIFY(chart.displayedCount(id) <= kMaxDisplayed);
}

void TestUi::zoomRedecimates() {
    CurveChart chart;
    chart.resize(600, 300);
    const int id = chart.addSeries(QStringLiteral("s"), Qt::red);
    QVector<QPointF> pts;
    for (int i = 0; i < 100000; ++i) pts.append(QPointF(i, (i % 2) ? 1.0 : -1.0));
    pts[50000].setY(9.0);
    chart.appendPoints(id, pts);
    chart.setXZoom(49900.0, 50100.0);
    QVERIFY(chart.isZoomed());
    const QVector<QPointF> shown = chart.displayedPoints(id);
    QVERIFY(shown.size() <= 203);  // the window plus one neighbour on each side: nothing decimated away
    QVERIFY(shown.contains(QPointF(50000, 9.0)));
    QCOMPARE(chart.xRange(), QPointF(49900.0, 50100.0));
    chart.resetZoom();
    QVERIFY(!chart.isZoomed());
    QVERIFY(chart.xRange().y() >= 99999.0);
}

void TestUi::emaIsDebiased() {
    CurveChart chart;
    const int raw = chart.addSeries(QStringLiteral("raw"), Qt::blue, CurveChart::SeriesStyle::FaintLine);
    const int sm = chart.addSeries(QStringLiteral("smoothed"), Qt::blue);
    chart.setSmoothedSource(sm, raw);
    chart.setSmoothing(0.6);
    chart.appendPoints(raw, {QPointF(1, 2.0), QPointF(2, 4.0), QPointF(3, 1.0)});

    // ema1 = 0.4*2 = 0.8 -> /0.4 = 2; ema2 = 0.6*0.8 + 0.4*4 = 2.08 -> /0.64 = 3.25;
    // ema3 = 0.6*2.08 + 0.4*1 = 1.648 -> /0.784.
    const QVector<QPointF> s = chart.rawPoints(sm);
    QCOMPARE(s.size(), 3);
    QCOMPARE(s[0], QPointF(1, 2.0));  // not dragged towards 0
    QVERIFY(qFuzzyCompare(s[1].y(), 3.25));
    QVERIFY(qFuzzyCompare(s[2].y(), 1.648 / 0.784));

    // Incremental appends give the same curve as one big append.
    CurveChart chunked;
    const int r2 = chunked.addSeries(QStringLiteral("raw"), Qt::blue);
    const int s2 = chunked.addSeries(QStringLiteral("smoothed"), Qt::blue);
    chunked.setSmoothedSource(s2, r2);
    chunked.setSmoothing(0.6);
    chunked.appendPoint(r2, QPointF(1, 2.0));
    chunked.appendPoints(r2, {QPointF(2, 4.0), QPointF(3, 1.0)});
    const QVector<QPointF> s2pts = chunked.rawPoints(s2);
    QCOMPARE(s2pts.size(), 3);
    for (int i = 0; i < 3; ++i) QVERIFY(qFuzzyCompare(s2pts[i].y(), s[i].y()));

    // Changing the weight recomputes from the raw history; 0 means no smoothing.
    chart.setSmoothing(0.0);
    QCOMPARE(chart.rawPoints(sm), chart.rawPoints(raw));
    chart.setSmoothing(0.99);
    QCOMPARE(chart.rawPoints(sm).front().y(), 2.0);
    QCOMPARE(chart.smoothing(), 0.99);
    chart.setSmoothing(5.0);  // clamped
    QCOMPARE(chart.smoothing(), 0.99);

    chart.clear();
    QCOMPARE(chart.rawCount(raw), 0);
    QCOMPARE(chart.rawCount(sm), 0);
    chart.appendPoint(raw, QPointF(1, 7.0));
    QCOMPARE(chart.rawPoints(sm).front().y(), 7.0);  // state was reset with the data
}

void TestUi::nonFiniteLossIsSkipped() {
    CurveChart chart;
    const int raw = chart.addSeries(QStringLiteral("raw"), Qt::blue);
    const int sm = chart.addSeries(QStringLiteral("smoothed"), Qt::blue);
    chart.setSmoothedSource(sm, raw);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    chart.appendPoints(raw, {QPointF(1, 1.0), QPointF(2, nan), QPointF(3, 1.0)});
    chart.refreshNow();
    QCOMPARE(chart.rawCount(raw), 3);
    QCOMPARE(chart.displayedCount(raw), 2);
    QCOMPARE(chart.rawCount(sm), 2);
    for (const QPointF& p : chart.rawPoints(sm)) QVERIFY(std::isfinite(p.y()));
    QVERIFY(std::isfinite(chart.yRange().x()) && std::isfinite(chart.yRange().y()));
}

void TestUi::confusionView() {
    ts::ConfusionMatrixView view;
    view.resize(500, 450);
    QCOMPARE(view.classCount(), 0);
    QVERIFY(!view.grab().isNull());  // placeholder paints
    QCOMPARE(ts::ConfusionMatrixView::placeholderText(), QStringLiteral("No evaluation yet"));

    view.setMatrix(smallMatrix());
    QCOMPARE(view.classCount(), 3);
    QCOMPARE(view.cellText(0, 0), QStringLiteral("50"));
    QCOMPARE(view.cellText(0, 1), QStringLiteral("8"));
    QCOMPARE(view.cellText(1, 0), QStringLiteral("10"));
    QCOMPARE(view.cellIntensity(0, 0), 1.0);  // largest count
    QCOMPARE(view.cellToolTip(0, 1),
             QStringLiteral("True: Coat, predicted: Shirt — 8 samples (13.3% of Coat)"));

    view.setNormalized(true);
    QVERIFY(view.isNormalized());
    QCOMPARE(view.cellText(0, 0), QStringLiteral("83.3%"));
    QCOMPARE(view.cellText(1, 0), QStringLiteral("25.0%"));
    QCOMPARE(view.cellText(1, 1), QStringLiteral("75.0%"));
    QCOMPARE(view.cellText(2, 2), QStringLiteral("–"));  // empty row
    QVERIFY(qFuzzyCompare(view.cellIntensity(1, 1), 0.75));
    QVERIFY(view.cellColor(1, 1).lightness() < view.cellColor(1, 0).lightness());  // more = darker
    QVERIFY(view.cellColor(2, 2).lightness() > 240);                               // zero = near white

    const QRect r = view.cellRect(1, 2);
    QVERIFY(r.isValid());
    QCOMPARE(view.cellAt(r.center()), QPoint(1, 2));
    QCOMPARE(view.cellAt(QPoint(0, 0)), QPoint(-1, -1));
    QVERIFY(!view.grab().isNull());

    view.clear();
    QCOMPARE(view.classCount(), 0);
    QCOMPARE(view.cellText(0, 0), QString());
}

void TestUi::confusionViewManyClasses() {
    constexpr int kClasses = 50;
    ts::ConfusionMatrix cm;
    std::vector<std::string> names;
    for (int i = 0; i < kClasses; ++i) names.push_back("class number " + std::to_string(i));
    cm.reset(names);
    for (int t = 0; t < kClasses; ++t)
        for (int p = 0; p < kClasses; ++p) cm.at(t, p) = t == p ? 900 : (t + p) % 7;
    ts::ConfusionMatrixView view;
    view.resize(600, 600);
    view.setMatrix(cm);
    const QRect first = view.cellRect(0, 0);
    const QRect last = view.cellRect(kClasses - 1, kClasses - 1);
    QVERIFY(first.width() >= 4);
    QVERIFY(view.rect().contains(first) && view.rect().contains(last));
    QVERIFY(!view.grab().isNull());
}

void TestUi::metricsModel() {
    ts::ClassMetricsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const ts::EvalMetrics eval = evalFrom(smallMatrix(), 0.5);
    model.setMetrics(eval);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3 + 2);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Precision"));
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Coat"));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("0.833"));          // 50/60
    QVERIFY(qFuzzyCompare(model.data(model.index(0, 1), Qt::UserRole).toDouble(), 50.0 / 60.0));
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("0.789"));          // 30/38
    QCOMPARE(model.data(model.index(1, 2)).toString(), QStringLiteral("0.750"));
    QCOMPARE(model.data(model.index(0, 4)).toString(), QStringLiteral("60"));
    QCOMPARE(model.data(model.index(3, 0)).toString(), QStringLiteral("macro avg"));
    QCOMPARE(model.data(model.index(4, 0)).toString(), QStringLiteral("weighted avg"));
    QCOMPARE(model.data(model.index(4, 4), Qt::UserRole).toLongLong(), 100LL);
    QVERIFY(model.data(model.index(3, 0), Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.data(model.index(4, 2), Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.data(model.index(0, 0), Qt::FontRole).isValid());
    QVERIFY(model.data(model.index(2, 2), Qt::ToolTipRole).toString().contains(QStringLiteral("undefined")));
    QVERIFY(!model.data(model.index(0, 2), Qt::ToolTipRole).toString().contains(QStringLiteral("undefined")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUi::buttonStatesFollowRun() {
    MainWindow w;
    auto* trainAction = child<QAction>(&w, "trainAction");
    auto* pauseAction = child<QAction>(&w, "pauseAction");
    auto* stopAction = child<QAction>(&w, "stopAction");
    auto* openDatasetAction = child<QAction>(&w, "openDatasetAction");
    QSignalSpy pause(&w, &MainWindow::pauseRequested);
    QSignalSpy stop(&w, &MainWindow::stopRequested);
    auto* form = w.findChild<QWidget*>(QStringLiteral("configForm"));
    QVERIFY(form);

    QVERIFY(!trainAction->isEnabled());
    w.onDatasetLoaded(fakeDataset());
    QVERIFY(w.hasDataset());
    QVERIFY(trainAction->isEnabled());
    QVERIFY(!pauseAction->isEnabled());
    QVERIFY(!stopAction->isEnabled());
    QVERIFY(form->isEnabled());

    w.onTrainingStarted(QStringLiteral("cpu"), 2, 100);
    QCOMPARE(w.runState(), MainWindow::RunState::Running);
    QVERIFY(!trainAction->isEnabled());
    QVERIFY(pauseAction->isEnabled());
    QVERIFY(stopAction->isEnabled());
    QVERIFY(!openDatasetAction->isEnabled());
    QVERIFY(!form->isEnabled());
    QVERIFY(pauseAction->text().contains(QStringLiteral("Pause")));

    pauseAction->trigger();
    QCOMPARE(pause.count(), 1);
    QCOMPARE(pause.at(0).at(0).toBool(), true);
    QCOMPARE(w.runState(), MainWindow::RunState::Paused);
    QVERIFY(pauseAction->text().contains(QStringLiteral("Resume")));
    QVERIFY(!trainAction->isEnabled());
    QVERIFY(stopAction->isEnabled());

    pauseAction->trigger();
    QCOMPARE(pause.count(), 2);
    QCOMPARE(pause.at(1).at(0).toBool(), false);
    QCOMPARE(w.runState(), MainWindow::RunState::Running);
    QVERIFY(pauseAction->text().contains(QStringLiteral("Pause")));

    stopAction->trigger();
    QCOMPARE(stop.count(), 1);
    QVERIFY(!stopAction->isEnabled());  // no double stop
    stopAction->trigger();
    QCOMPARE(stop.count(), 1);

    ts::RunSummary summary;
    summary.status = ts::RunStatus::Stopped;
    summary.message = "stopped by the user";
    w.onTrainingFinished(summary);
    QCOMPARE(w.runState(), MainWindow::RunState::Idle);
    QVERIFY(trainAction->isEnabled());
    QVERIFY(!pauseAction->isEnabled());
    QVERIFY(!stopAction->isEnabled());
    QVERIFY(openDatasetAction->isEnabled());
    QVERIFY(form->isEnabled());
    QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Stopped")));
}

void TestUi::trainRequestedCarriesForm() {
    MainWindow w;
    auto* trainAction = child<QAction>(&w, "trainAction");
    QSignalSpy spy(&w, &MainWindow::trainRequested);
    trainAction->trigger();
    QCOMPARE(spy.count(), 0);  // no data set yet

    w.onDatasetLoaded(fakeDataset());
    ts::TrainConfig cfg = ts::presetConfig("mlp");
    cfg.optimizer = "sgd";
    cfg.lr = 0.05;
    cfg.momentum = 0.9;
    cfg.weightDecay = 5e-4;
    cfg.schedule = "step";
    cfg.stepEpochs = 3;
    cfg.stepGamma = 0.5;
    cfg.epochs = 7;
    cfg.batchSize = 128;
    cfg.valFraction = 0.2;
    cfg.device = "cpu";
    cfg.threads = 2;
    cfg.seed = 7;
    w.setConfig(cfg);
    w.findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(192);  // as a user would

    trainAction->trigger();
    QCOMPARE(spy.count(), 1);
    const auto got = spy.at(0).at(0).value<ts::TrainConfig>();
    QCOMPARE(got.preset, std::string("mlp"));
    QCOMPARE(got.optimizer, std::string("sgd"));
    QCOMPARE(got.lr, 0.05);
    QCOMPARE(got.momentum, 0.9);
    QCOMPARE(got.weightDecay, 5e-4);
    QCOMPARE(got.schedule, std::string("step"));
    QCOMPARE(got.stepEpochs, 3);
    QCOMPARE(got.stepGamma, 0.5);
    QCOMPARE(got.epochs, 7);
    QCOMPARE(got.batchSize, 192);
    QCOMPARE(got.valFraction, 0.2);
    QCOMPARE(got.device, std::string("cpu"));
    QCOMPARE(got.threads, 2);
    QCOMPARE(got.seed, uint64_t(7));
    QCOMPARE(got.shuffle, cfg.shuffle);  // fields without a widget come from the preset
    QCOMPARE(got.normalize, cfg.normalize);
    QVERIFY(ts::validateConfig(got).empty());
}

void TestUi::invalidConfigIsNotEmitted() {
    MainWindow w;
    w.show();
    QSignalSpy spy(&w, &MainWindow::trainRequested);
    w.onDatasetLoaded(fakeDataset());
    w.findChild<QDoubleSpinBox*>(QStringLiteral("lrSpin"))->setValue(0.0);
    QVERIFY(!ts::validateConfig(w.config()).empty());
    child<QAction>(&w, "trainAction")->trigger();  // must not block on a modal dialog
    QCOMPARE(spy.count(), 0);
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("messageBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("learning rate")));
    QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Invalid configuration")));
    box->close();
}

void TestUi::presetFillsForm() {
    MainWindow w;
    auto* combo = w.findChild<QComboBox*>(QStringLiteral("presetCombo"));
    QVERIFY(combo);
    for (const std::string& name : ts::presetNames()) {
        // Start from something different so the fill is visible.
        ts::TrainConfig other = ts::presetConfig(name);
        other.lr = 0.5;
        other.epochs = 99;
        other.preset = name == "seed" ? "mlp" : "seed";
        w.setConfig(other);
        combo->setCurrentIndex(combo->findData(QString::fromStdString(name)));
        const ts::TrainConfig got = w.config();
        const ts::TrainConfig want = ts::presetConfig(name);
        QCOMPARE(got.preset, name);
        QCOMPARE(got.optimizer, want.optimizer);
        QCOMPARE(got.lr, want.lr);
        QCOMPARE(got.schedule, want.schedule);
        QCOMPARE(got.epochs, want.epochs);
        QCOMPARE(got.batchSize, want.batchSize);
        QCOMPARE(got.valFraction, want.valFraction);
        QCOMPARE(got.shuffle, want.shuffle);
        QCOMPARE(got.evalOnTestEachEpoch, want.evalOnTestEachEpoch);
        QCOMPARE(combo->toolTip(), QString::fromStdString(ts::presetDescription(name)));
    }
}

void TestUi::datasetFailureDoesNotBlock() {
    MainWindow w;
    w.show();
    w.onDatasetFailed(QStringLiteral("no IDX files in /nowhere"));
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("no IDX files")));
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("messageBox"));
    QVERIFY(box && box->isVisible());
    QVERIFY(!w.hasDataset());
    QVERIFY(!child<QAction>(&w, "trainAction")->isEnabled());
    box->close();
}

void TestUi::finishedShowsTestSet() {
    MainWindow w;
    auto* progressBar = child<QProgressBar>(&w, "progressBar");
    auto* evaluationSourceLabel = child<QLabel>(&w, "evaluationSourceLabel");
    w.onDatasetLoaded(fakeDataset());
    w.onTrainingStarted(QStringLiteral("cpu"), 1, 10);
    w.onBatches(fakeBatches(1, 10, 10));
    w.onEpoch(fakeEpoch(1, 1, 10));
    QCOMPARE(evaluationSourceLabel->text(), QStringLiteral("Validation, epoch 1"));

    ts::ConfusionMatrix testCm = smallMatrix();
    testCm.at(0, 0) = 842;  // distinguishable from the validation matrix
    ts::RunSummary s;
    s.status = ts::RunStatus::Finished;
    s.hasTest = true;
    s.test = evalFrom(testCm, 0.3);
    s.test.accuracy = 0.884;
    s.epochs.push_back(fakeEpoch(1, 1, 10));
    w.onTrainingFinished(s);
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Finished: test accuracy 88.4 %"));
    QCOMPARE(evaluationSourceLabel->text(), QStringLiteral("Test set"));
    QCOMPARE(child<ts::ConfusionMatrixView>(&w, "confusionView")->cellText(0, 0), QStringLiteral("842"));
    QCOMPARE(child<ts::ClassMetricsModel>(&w, "metricsModel")->metrics().accuracy, 0.884);
    QCOMPARE(progressBar->value(), progressBar->maximum());
    QCOMPARE(w.runState(), MainWindow::RunState::Idle);

    // A failed run is reported without blocking.
    w.show();
    ts::RunSummary failed;
    failed.status = ts::RunStatus::Failed;
    failed.message = "out of memory";
    w.onTrainingFinished(failed);
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Failed: out of memory"));
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("messageBox"));
    QVERIFY(box && box->isVisible());
    box->close();
}

void TestUi::smoothingSliderDrivesChart() {
    MainWindow w;
    auto* lossChart = child<ts::CurveChart>(&w, "lossChart");
    auto* smoothingSlider = child<QSlider>(&w, "smoothingSlider");
    auto* normalizeRowsCheckBox = child<QCheckBox>(&w, "normalizeRowsCheckBox");
    QCOMPARE(smoothingSlider->value(), 90);
    QCOMPARE(lossChart->smoothing(), 0.9);
    smoothingSlider->setValue(50);
    QCOMPARE(lossChart->smoothing(), 0.5);
    normalizeRowsCheckBox->setChecked(true);
    QVERIFY(child<ts::ConfusionMatrixView>(&w, "confusionView")->isNormalized());
    smoothingSlider->setValue(90);
    normalizeRowsCheckBox->setChecked(false);
}

void TestUi::settingsRoundTrip() {
    ts::TrainConfig cfg = ts::presetConfig("cnn");
    cfg.lr = 0.002;
    cfg.epochs = 3;
    cfg.seed = 1234;
    cfg.device = "cpu";
    {
        MainWindow w;
        w.setConfig(cfg);
        w.close();  // saves geometry and the form
    }
    MainWindow again;
    const ts::TrainConfig got = again.config();
    QCOMPARE(got.preset, std::string("cnn"));
    QCOMPARE(got.lr, 0.002);
    QCOMPARE(got.epochs, 3);
    QCOMPARE(got.seed, uint64_t(1234));
    QCOMPARE(got.device, std::string("cpu"));
    ts::openSettings().clear();
}

QTEST_MAIN(TestUi)
#include "test_ui.moc"
