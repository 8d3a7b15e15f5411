// The Health panel (issue 16) with synthetic samples and alerts: the update-ratio heatmap's colours, outlines,
// compression and hover read-out; the layer chooser and the histogram heatmap; the unit shares; the alerts list and
// its markers; the gradient-norm chart; the System view; the empty states. With TS_HEALTH_SHOTS=DIR it also saves
// screenshots of a healthy and an exploding run there.
#include "tests/ui/health/SyntheticHealth.h"

#include "support/WidgetLookup.h"
#include "ui/charts/CurveChart.h"
#include "ui/health/AlertsTable.h"
#include "ui/health/HealthPanel.h"
#include "ui/health/HistogramHeatmap.h"
#include "ui/health/RatioScale.h"
#include "ui/health/SystemSparklines.h"
#include "ui/health/SystemText.h"
#include "ui/health/UnitSharesChart.h"
#include "ui/health/UpdateRatioHeatmap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using ts::HealthPanel;
using ts::HealthSample;
namespace shots = ts::testing;

namespace {

constexpr QSize kPanelSize(900, 620);
constexpr QSize kDockSize(520, 540);  // the dock's default place, tabbed with the confusion matrix
constexpr int kSettleMs = 100;

/// A sample at `step` with one weight and one bias of the given ratios.
HealthSample twoLayerSample(int64_t step, double weightRatio, double biasRatio) {
    HealthSample s;
    s.step = step;
    s.parameters.push_back(shots::parameter("fc1.weight", weightRatio, 0.5, 12.0, 0.05, 0.01, 1000));
    s.parameters.push_back(shots::parameter("fc1.bias", biasRatio, 0.05, 0.4, 0.01, 0.001, 10));
    return s;
}

/// A panel showing `samples` synthetic samples of a healthy or exploding run, shown at kPanelSize.
void fill(HealthPanel& panel, int samples, bool exploding) {
    panel.setDiagnostics(true, 50);
    panel.setClipThreshold(exploding ? 0.0 : 1.0);
    for (int i = 0; i < samples; ++i) panel.addSample(shots::mlpSample(i, exploding));
    std::vector<int64_t> steps;
    std::vector<double> norms;
    shots::gradNorms(50 * samples, exploding, steps, norms);
    panel.addGradNorms(steps, norms);
    if (exploding)
        for (const ts::Alert& a : shots::explodingAlerts()) panel.addAlert(a);
    for (int e = 1; e <= 5; ++e) {
        ts::SystemMetrics m;
        m.samplesPerSec = 21000.0 + 800.0 * shots::wobble(e, 1);
        m.dataShare = 0.12;
        m.cpuPercent = 180.0 + 10.0 * e;
        m.rssMb = 700.0 + 15.0 * e;
        panel.addEpochSystem(e, m);
    }
}

/// Saves each tab of a panel filled with a healthy or exploding run at `size` as DIR/RUN[-dock]-TAB.png.
void saveTabs(const QString& dir, bool exploding, QSize size) {
    HealthPanel panel;
    panel.resize(size);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    fill(panel, exploding ? 16 : 60, exploding);
    const QString run = (exploding ? QStringLiteral("exploding") : QStringLiteral("healthy")) +
                        (size == kDockSize ? QStringLiteral("-dock") : QString());
    const QStringList tabs{QStringLiteral("layers"), QStringLiteral("gradient"), QStringLiteral("distributions"), QStringLiteral("alerts"),
                           QStringLiteral("system")};
    for (int t = 0; t < tabs.size(); ++t) {
        panel.tabs()->setCurrentIndex(t);
        panel.gradNormChart()->refreshNow();
        QTest::qWait(kSettleMs);  // Qt Charts lays out replaced axes on a later pass
        QVERIFY(panel.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, run, tabs[t])));
    }
}

}  // namespace

class TestHealthPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ratioScaleColoursAndTexts();
    void heatmapCellsAndHover();
    void heatmapCompressesManySamples();
    void layerComboAndHistograms();
    void unitSharesBars();
    void alertRowsMarkersAndActivation();
    void gradNormChartClipAndLogScale();
    void systemViewAndSummary();
    void emptyStatesSayWhatComes();
    void showRunAndClear();
    void screenshots();
};

void TestHealthPanel::ratioScaleColoursAndTexts() {
    namespace rs = ts::ratioscale;
    const QVector<QColor> stops = rs::stops();
    QCOMPARE(rs::colorOf(1e-3), stops[stops.size() / 2]);  // the target is the neutral middle
    QCOMPARE(rs::colorOf(1e-6), stops.front());
    QCOMPARE(rs::colorOf(1e-9), stops.front());  // clamped
    QCOMPARE(rs::colorOf(1.0), stops.back());
    QCOMPARE(rs::colorOf(10.0), stops.back());
    QCOMPARE(rs::colorOf(0.0), stops.front());
    QCOMPARE(rs::colorOf(-1.0), rs::missingColor());
    QVERIFY(rs::colorOf(1e-2).red() > rs::colorOf(1e-2).blue());  // too large leans red
    QVERIFY(rs::colorOf(1e-4).blue() > rs::colorOf(1e-4).red());  // too small leans blue
    QCOMPARE(rs::ratioText(1.23e-3), QStringLiteral("1.2e-3"));
    QCOMPARE(rs::ratioText(9.97e-4), QStringLiteral("1.0e-3"));
    QCOMPARE(rs::ratioText(0.25), QStringLiteral("0.25"));
    QCOMPARE(rs::ratioText(-1.0), QStringLiteral("–"));
    QCOMPARE(rs::thresholdText(1e-5), QStringLiteral("1e-5"));
    QCOMPARE(rs::thresholdText(0.1), QStringLiteral("1e-1"));
    QCOMPARE(rs::thresholdText(2.5e-5), QStringLiteral("2.5e-5"));
    QVERIFY(rs::outsideBand(0.5, 1e-5, 1e-1));
    QVERIFY(rs::outsideBand(1e-6, 1e-5, 1e-1));
    QVERIFY(!rs::outsideBand(1e-3, 1e-5, 1e-1));
    QVERIFY(!rs::outsideBand(-1.0, 1e-5, 1e-1));
}

void TestHealthPanel::heatmapCellsAndHover() {
    HealthPanel panel;
    panel.resize(kPanelSize);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.addSample(twoLayerSample(100, 1e-3, 1e-3));
    panel.addSample(twoLayerSample(200, 0.5, 1e-3));
    panel.addSample(twoLayerSample(300, 1e-7, -1.0));
    ts::UpdateRatioHeatmap* heatmap = panel.heatmap();
    QCOMPARE(heatmap->rowNames(), QStringList{QStringLiteral("fc1.weight")});  // weights only by default
    QCOMPARE(heatmap->columnCount(), 3);
    QCOMPARE(heatmap->cellColor(0, 0), ts::ratioscale::colorOf(1e-3));
    QCOMPARE(heatmap->cellColor(0, 1), ts::ratioscale::colorOf(0.5));
    QVERIFY(!heatmap->cellOutlined(0, 0));
    QVERIFY(heatmap->cellOutlined(0, 1));  // exploding
    QVERIFY(heatmap->cellOutlined(0, 2));  // vanishing
    // Hovering the middle of a cell reads it out.
    const QRectF cell = heatmap->cellRect(0, 1);
    QVERIFY(!cell.isEmpty());
    const QPoint at = heatmap->cellAt(cell.center().toPoint());
    QCOMPARE(at, QPoint(1, 0));
    const QString text = heatmap->cellText(at.y(), heatmap->sampleOfColumn(at.x()));
    QVERIFY2(text.startsWith(QStringLiteral("fc1.weight · step 200 · update ratio 0.5")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("grad norm 0.5")) && text.contains(QStringLiteral("weight norm 12")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("above 1e-1: exploding")), qPrintable(text));
    QVERIFY(heatmap->cellText(0, 2).contains(QStringLiteral("vanishing")));
    QVERIFY(heatmap->legendText().contains(QStringLiteral("target 1e-3")));
    // Biases on request; a bias that was not measured is grey.
    panel.biasesCheck()->setChecked(true);
    QCOMPARE(heatmap->rowNames(), (QStringList{QStringLiteral("fc1.weight"), QStringLiteral("fc1.bias")}));
    QCOMPARE(heatmap->cellColor(1, 2), ts::ratioscale::missingColor());
    QVERIFY(!heatmap->cellOutlined(1, 2));
    QCOMPARE(heatmap->cellAt(QPoint(1, 1)), QPoint(-1, -1));  // the label column is no cell
}

void TestHealthPanel::heatmapCompressesManySamples() {
    HealthPanel panel;
    panel.resize(kPanelSize);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    constexpr int kSamples = 3000;
    constexpr int kOutlier = 1234;
    std::vector<HealthSample> samples;
    for (int i = 0; i < kSamples; ++i) samples.push_back(twoLayerSample(10 * (i + 1), i == kOutlier ? 0.9 : 1e-3, 1e-3));
    panel.showRun(samples, {}, {}, {});
    ts::UpdateRatioHeatmap* heatmap = panel.heatmap();
    QVERIFY(heatmap->columnCount() > 0);
    QVERIFY(heatmap->columnCount() < kSamples);
    bool outlierShown = false;
    for (int c = 0; c < heatmap->columnCount(); ++c) outlierShown = outlierShown || heatmap->sampleOfColumn(c) == kOutlier;
    QVERIFY(outlierShown);  // the most extreme sample of its pixel column is the one drawn
    QVERIFY(heatmap->cellRect(0, heatmap->columnCount() - 1).right() <= heatmap->width());
    panel.showStep(10 * (kOutlier + 1));
    QCOMPARE(heatmap->markedSample(), kOutlier);
}

void TestHealthPanel::layerComboAndHistograms() {
    HealthPanel panel;
    panel.resize(kPanelSize);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.tabs()->setCurrentIndex(HealthPanel::DistributionsTab);
    for (int i = 0; i < 6; ++i) panel.addSample(shots::mlpSample(i, true));
    QComboBox* combo = ts::testing::child<QComboBox>(&panel, "healthLayerCombo");
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentText(), QStringLiteral("fc1.weight"));
    ts::HistogramHeatmap* view = panel.histograms();
    QCOMPARE(view->parameter(), QStringLiteral("fc1.weight"));
    QCOMPARE(view->columnCount(), 6);
    for (int s = 0; s < 6; ++s) {
        double total = 0.0;
        for (int b = 0; b < ts::HistogramHeatmap::kValueBins; ++b) total += view->share(s, b);
        QVERIFY(std::fabs(total - 1.0) < 1e-9);
    }
    // The weights spread as the run explodes: the last sample reaches bins the first leaves empty.
    QCOMPARE(view->share(0, 0), 0.0);
    QVERIFY(view->share(5, 0) > 0.0);
    const auto weightRange = view->valueRange();
    QVERIFY(weightRange.first < 0.0 && weightRange.second > 0.0);
    const QString text = view->binText(5, ts::HistogramHeatmap::kValueBins / 2);
    QVERIFY2(text.startsWith(QStringLiteral("fc1.weight weights · step 300 · ")) && text.contains(QLatin1Char('%')),
             qPrintable(text));
    const QPoint bin = view->binAt(QPoint(view->width() / 2, view->height() / 3));
    QVERIFY(bin.x() >= 0 && bin.y() > ts::HistogramHeatmap::kValueBins / 2);  // the upper third: high values
    // Gradients and another layer.
    ts::testing::child<QComboBox>(&panel, "healthValuesCombo")->setCurrentIndex(1);
    QVERIFY(view->gradients());
    QVERIFY(view->valueRange().second > weightRange.second);  // exploding gradients: sd 0.5 against 0.05
    combo->setCurrentIndex(combo->findText(QStringLiteral("fc3.bias")));
    QCOMPARE(view->parameter(), QStringLiteral("fc3.bias"));
    QVERIFY(view->binText(0, 0).startsWith(QStringLiteral("fc3.bias gradients")));
}

void TestHealthPanel::unitSharesBars() {
    ts::UnitSharesChart chart;
    chart.resize(500, 240);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    std::vector<ts::ActivationHealth> layers(3);
    layers[0].name = "fc1";
    layers[0].units = 256;
    layers[0].rectified = true;
    layers[0].deadFraction = 0.625;
    layers[1].name = "fc2";
    layers[1].units = 128;
    layers[1].rectified = true;
    layers[1].deadFraction = 0.25;
    layers[2].name = "attn.tanh";
    layers[2].units = 64;
    layers[2].saturatedFraction = 0.5;
    chart.setActivations(layers, 900);
    QCOMPARE(chart.layerCount(), 3);
    const QRectF dead0 = chart.barRect(0, false);
    const QRectF dead1 = chart.barRect(1, false);
    QVERIFY(std::fabs(dead0.width() / dead1.width() - 2.5) < 0.01);
    QVERIFY(chart.barRect(2, false).isEmpty());  // cannot be dead
    QVERIFY(!chart.barRect(2, true).isEmpty());
    QVERIFY(chart.layerText(0).contains(QStringLiteral("62.5% dead")));
    QVERIFY(chart.layerText(0).contains(QStringLiteral("more than 50% dead")));
    QVERIFY(!chart.layerText(1).contains(QStringLiteral("more than")));
    QVERIFY(chart.layerText(2).contains(QStringLiteral("50.0% saturated")));
    QCOMPARE(chart.layerAt(dead1.center().toPoint()), 1);
}

void TestHealthPanel::alertRowsMarkersAndActivation() {
    HealthPanel panel;
    panel.resize(kPanelSize);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (int i = 0; i < 20; ++i) panel.addSample(shots::mlpSample(i, true));
    for (const ts::Alert& a : shots::explodingAlerts()) panel.addAlert(a);
    ts::AlertsTable* table = ts::testing::child<ts::AlertsTable>(&panel, "alertsTable");
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(panel.tabs()->tabText(HealthPanel::AlertsTab), QStringLiteral("Alerts (4)"));
    QCOMPARE(table->item(1, ts::AlertsTable::StepColumn)->text(), QStringLiteral("410"));
    QCOMPARE(table->item(1, ts::AlertsTable::KindColumn)->text(), QStringLiteral("gradient spike"));
    QCOMPARE(table->item(0, ts::AlertsTable::KindColumn)->text(), QStringLiteral("exploding gradients · fc3.weight"));
    QVERIFY(!table->item(0, ts::AlertsTable::KindColumn)->icon().isNull());
    QVERIFY(table->item(2, ts::AlertsTable::MessageColumn)->text().startsWith(QStringLiteral("The loss 7.9")));
    QVERIFY(table->item(2, ts::AlertsTable::AdviceColumn)->toolTip().contains(QStringLiteral("What to try: Lower")));
    // Each alert is a marker on the gradient-norm chart.
    const QVector<ts::ChartEventMarker> markers = panel.gradNormChart()->eventMarkers();
    QCOMPARE(markers.size(), 4);
    QCOMPARE(markers[2].kind, ts::ChartEventKind::Alert);
    QCOMPARE(markers[2].x, 420.0);
    QVERIFY(markers[2].text.startsWith(QStringLiteral("loss spike at step 420")));
    // Double-clicking a row marks its step and tells the window.
    QSignalSpy spy(&panel, &HealthPanel::alertActivated);
    panel.tabs()->setCurrentIndex(HealthPanel::AlertsTab);
    const QRect row = table->visualItemRect(table->item(3, ts::AlertsTable::MessageColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.front().front().toLongLong(), qint64(600));
    QCOMPARE(panel.tabs()->currentIndex(), int(HealthPanel::LayersTab));
    QCOMPARE(panel.history().sample(panel.heatmap()->markedSample()).step, int64_t(600));
    panel.clear();
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(panel.tabs()->tabText(HealthPanel::AlertsTab), QStringLiteral("Alerts"));
    QVERIFY(panel.gradNormChart()->eventMarkers().isEmpty());
}

void TestHealthPanel::gradNormChartClipAndLogScale() {
    HealthPanel panel;
    ts::CurveChart* chart = ts::testing::child<ts::CurveChart>(&panel, "healthGradNormChart");
    panel.setClipThreshold(1.0);
    panel.addGradNorms({1, 2, 3, 4}, {0.5, -1.0, 0.7, 0.6});  // -1: not measured
    const int norms = chart->seriesId(QStringLiteral("grad norm"));
    const int clip = chart->seriesId(QStringLiteral("clip threshold"));
    QCOMPARE(chart->rawCount(norms), 3);
    QCOMPARE(chart->rawPoints(clip).front(), QPointF(1.0, 1.0));
    QCOMPARE(chart->rawPoints(clip).back(), QPointF(4.0, 1.0));
    QVERIFY(!chart->logY());
    panel.addGradNorms({5, 6}, {80.0, 0.6});  // more than two decades: log axis
    QVERIFY(chart->logY());
    QCOMPARE(chart->rawPoints(clip).back(), QPointF(6.0, 1.0));
    panel.clear();
    QVERIFY(!chart->logY());
    QCOMPARE(chart->rawCount(norms), 0);
    panel.setClipThreshold(0.0);
    panel.addGradNorms({1, 2}, {0.5, 0.6});
    QCOMPARE(chart->rawCount(clip), 0);  // no clipping, no line
}

void TestHealthPanel::systemViewAndSummary() {
    ts::SystemSparklines view;
    QVERIFY(!view.placeholderText().isEmpty());
    ts::SystemMetrics m;
    m.samplesPerSec = 1234.4;
    m.cpuPercent = 180.2;
    m.rssMb = 812.0;
    view.addEpoch(1, m);
    m.rssMb = 2048.0;
    view.addEpoch(2, m);
    QCOMPARE(view.rowNames(), (QStringList{QStringLiteral("Throughput"), QStringLiteral("CPU"), QStringLiteral("Resident memory")}));
    QCOMPARE(view.latestText(0), QStringLiteral("1,234 samples/s"));
    QCOMPARE(view.latestText(2), QStringLiteral("2.00 GiB"));
    QCOMPARE(view.pointText(2, 0), QStringLiteral("Resident memory · epoch 1 · 812 MiB"));
    view.setTokens(true);
    QCOMPARE(view.latestText(0), QStringLiteral("1,234 tokens/s"));
    QCOMPARE(ts::systemSummary(m), QStringLiteral("CPU 180% · RSS 2.00 GiB"));
    m.gpuAllocatedMb = 300.0;
    m.gpuReservedMb = 1536.0;
    QCOMPARE(ts::systemSummary(m), QStringLiteral("CPU 180% · RSS 2.00 GiB · GPU 300 MiB / 1.50 GiB"));
    QCOMPARE(ts::systemSummary(ts::SystemMetrics{}), QString());
}

void TestHealthPanel::emptyStatesSayWhatComes() {
    HealthPanel panel;
    panel.setDiagnostics(true, 50);
    QCOMPARE(panel.heatmap()->placeholderText(), QStringLiteral("Per-layer diagnostics appear after the first 50 steps."));
    QVERIFY(panel.histograms()->placeholderText().contains(QStringLiteral("distributions")));
    panel.setDiagnostics(true, 0);
    QVERIFY(panel.heatmap()->placeholderText().contains(QStringLiteral("first health sample")));
    panel.setDiagnostics(false, 0);
    for (const QString& text : {panel.heatmap()->placeholderText(), panel.histograms()->placeholderText(),
                                panel.unitShares()->placeholderText()})
        QVERIFY2(text.startsWith(QStringLiteral("Diagnostics are off for this run")), qPrintable(text));
    QCOMPARE(panel.alerts()->rowCount(), 0);
    QVERIFY(panel.system()->placeholderText().contains(QStringLiteral("first epoch")));
    // A sample without histograms: the distributions view still says what is missing.
    panel.addSample(twoLayerSample(10, 1e-3, 1e-3));
    QVERIFY(!panel.heatmap()->rowNames().isEmpty());
}

void TestHealthPanel::showRunAndClear() {
    HealthPanel panel;
    panel.resize(kPanelSize);
    std::vector<HealthSample> samples;
    for (int i = 0; i < 12; ++i) samples.push_back(shots::mlpSample(i, false));
    std::vector<int64_t> steps;
    std::vector<double> norms;
    shots::gradNorms(600, false, steps, norms);
    panel.showRun(samples, shots::explodingAlerts(), steps, norms);
    QCOMPARE(panel.history().sampleCount(), 12);
    QCOMPARE(panel.alerts()->rowCount(), 4);
    QCOMPARE(panel.unitShares()->layerCount(), 2);
    QCOMPARE(panel.unitShares()->step(), int64_t(600));
    QCOMPARE(panel.gradNormChart()->rawCount(0), 600);
    panel.showRun(samples, {}, {}, {});  // showing another run replaces the first
    QCOMPARE(panel.alerts()->rowCount(), 0);
    QCOMPARE(panel.history().sampleCount(), 12);
    panel.clear();
    QCOMPARE(panel.history().sampleCount(), 0);
    QCOMPARE(panel.layerCombo()->count(), 0);
    QCOMPARE(panel.unitShares()->layerCount(), 0);
}

void TestHealthPanel::screenshots() {
    const QString dir = qEnvironmentVariable("TS_HEALTH_SHOTS");
    if (dir.isEmpty()) QSKIP("set TS_HEALTH_SHOTS=DIR to save screenshots");
    QDir().mkpath(dir);
    for (const bool exploding : {false, true})
        for (const QSize size : {kPanelSize, kDockSize})
            saveTabs(dir, exploding, size);
}

QTEST_MAIN(TestHealthPanel)
#include "test_health_panel.moc"
