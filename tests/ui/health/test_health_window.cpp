// The Health panel in the main window (issue 16): its dock and View-menu shortcut, samples and alerts from the
// trainer's slots, alert markers on the loss chart, double-clicking an alert moves the loss chart there, gradient
// norms from the batches, system figures in the status bar and the System view, and the empty state of a run with
// diagnostics off. Runs headless.
#include "tests/ui/health/SyntheticHealth.h"

#include "support/WidgetLookup.h"
#include "support/WindowTestSetup.h"
#include "core/runs/RunStore.h"
#include "core/train/TrainConfig.h"
#include "ui/charts/CurveChart.h"
#include "ui/common/Settings.h"
#include "ui/health/AlertsTable.h"
#include "ui/health/HealthPanel.h"
#include "ui/health/SystemSparklines.h"
#include "ui/health/UpdateRatioHeatmap.h"
#include "ui/training/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QtTest>

using ts::MainWindow;
using ts::testing::child;

namespace {

constexpr int kBatchesPerEpoch = 100;

QVector<ts::BatchMetrics> batches(int64_t first, int count) {
    QVector<ts::BatchMetrics> out;
    for (int i = 0; i < count; ++i) {
        ts::BatchMetrics b;
        b.step = first + i;
        b.epoch = int((b.step - 1) / kBatchesPerEpoch) + 1;
        b.batch = int((b.step - 1) % kBatchesPerEpoch) + 1;
        b.batchesPerEpoch = kBatchesPerEpoch;
        b.loss = 2.0 / double(b.step);
        b.lr = 1e-3;
        b.gradNorm = b.step % 10 == 0 ? -1.0 : 0.5;
        b.samplesPerSec = 20000.0;
        b.elapsedSec = 0.01 * double(b.step);
        b.system.cpuPercent = 150.0;
        b.system.rssMb = 640.0;
        out.append(b);
    }
    return out;
}

}  // namespace

class TestHealthWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ts::testing::prepareWindowTests(); }
    void cleanup() { ts::openSettings().clear(); }
    void dockAndShortcut();
    void liveRunFeedsThePanel();
    void alertDoubleClickMovesTheLossChart();
    void diagnosticsOffSaysSo();
};

void TestHealthWindow::dockAndShortcut() {
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* dock = child<QDockWidget>(&w, "healthDock");
    QCOMPARE(dock->windowTitle(), QStringLiteral("Health"));
    QVERIFY(child<QDockWidget>(&w, "confusionDock")->isVisible());  // the matrix stays in front
    QVERIFY(w.tabifiedDockWidgets(dock).contains(child<QDockWidget>(&w, "confusionDock")));
    QAction* toggle = dock->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QVERIFY(child<QMenu>(&w, "viewMenu")->actions().contains(toggle));
    // No other action of the window has that shortcut.
    for (const QAction* action : w.findChildren<QAction*>())
        if (action != toggle) QVERIFY2(action->shortcut() != toggle->shortcut(), qPrintable(action->text()));
    // Behind the matrix's tab, the shortcut brings the panel to the front; in front, it hides it; hidden, it shows it.
    QVERIFY(dock->visibleRegion().isEmpty());
    toggle->trigger();
    QTRY_VERIFY(!dock->visibleRegion().isEmpty());
    QVERIFY(toggle->isChecked());
    toggle->trigger();
    QTRY_VERIFY(!dock->isVisible());
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QTRY_VERIFY(dock->isVisible() && !dock->visibleRegion().isEmpty());
    w.close();
}

void TestHealthWindow::liveRunFeedsThePanel() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.onTrainingStarted(QStringLiteral("cpu"), 2, kBatchesPerEpoch);
    auto* panel = child<ts::HealthPanel>(&w, "healthPanel");
    w.onBatches(batches(1, 100));
    QCOMPARE(panel->gradNormChart()->rawCount(0), 90);  // every 10th step was not measured
    for (int i = 0; i < 4; ++i) w.onHealthSample(ts::testing::mlpSample(i, false));
    QCOMPARE(panel->history().sampleCount(), 4);
    QCOMPARE(panel->heatmap()->rowNames().size(), 3);
    const std::vector<ts::Alert> alerts = ts::testing::explodingAlerts();
    w.onAlert(alerts[2]);  // the loss spike at step 420
    QCOMPARE(panel->alerts()->rowCount(), 1);
    const QVector<ts::ChartEventMarker> markers = child<ts::CurveChart>(&w, "lossChart")->eventMarkers();
    const auto alert = std::find_if(markers.begin(), markers.end(),
                                    [](const ts::ChartEventMarker& m) { return m.kind == ts::ChartEventKind::Alert; });
    QVERIFY(alert != markers.end());
    QCOMPARE(alert->x, 420.0);
    QVERIFY2(alert->text.startsWith(QStringLiteral("loss spike at step 420: The loss 7.9")), qPrintable(alert->text));
    QVERIFY(alert->text.contains(QStringLiteral("What to try: Lower the learning rate")));
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("loss spike at step 420")),
             qPrintable(w.statusBar()->currentMessage()));
    // The machine: in the status bar from the batches, in the System view from the epochs.
    QTRY_COMPARE(child<QLabel>(&w, "systemLabel")->text(), QStringLiteral("CPU 150% · RSS 640 MiB"));
    ts::EpochMetrics epoch;
    epoch.epoch = 1;
    epoch.epochs = 2;
    epoch.step = 100;
    epoch.system.samplesPerSec = 20000.0;
    epoch.system.rssMb = 700.0;
    w.onEpoch(epoch);
    QCOMPARE(panel->system()->rowNames(), (QStringList{QStringLiteral("Throughput"), QStringLiteral("Resident memory")}));
    // A new run starts empty.
    w.onTrainingStarted(QStringLiteral("cpu"), 2, kBatchesPerEpoch);
    QCOMPARE(panel->history().sampleCount(), 0);
    QCOMPARE(panel->alerts()->rowCount(), 0);
    QVERIFY(child<QLabel>(&w, "systemLabel")->text().isEmpty());
    w.close();
}

void TestHealthWindow::alertDoubleClickMovesTheLossChart() {
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.onTrainingStarted(QStringLiteral("cpu"), 1, kBatchesPerEpoch);
    w.onBatches(batches(1, 1000));
    for (int i = 0; i < 20; ++i) w.onHealthSample(ts::testing::mlpSample(i, true));
    for (const ts::Alert& a : ts::testing::explodingAlerts()) w.onAlert(a);
    auto* dock = child<QDockWidget>(&w, "healthDock");
    dock->raise();
    auto* panel = child<ts::HealthPanel>(&w, "healthPanel");
    panel->tabs()->setCurrentIndex(ts::HealthPanel::AlertsTab);
    auto* table = panel->alerts();
    QTRY_VERIFY(table->isVisible());
    const QRect row = table->visualItemRect(table->item(3, ts::AlertsTable::StepColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());  // a double click starts with a press
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, row.center());
    auto* loss = child<ts::CurveChart>(&w, "lossChart");
    QVERIFY(loss->isZoomed());
    const QPointF range = loss->xRange();
    QVERIFY2(range.x() <= 600.0 && range.y() >= 600.0 && range.y() - range.x() <= 200.0,
             qPrintable(QStringLiteral("%1 .. %2").arg(range.x()).arg(range.y())));
    QCOMPARE(panel->history().sample(panel->heatmap()->markedSample()).step, int64_t(600));
    w.close();
}

void TestHealthWindow::diagnosticsOffSaysSo() {
    MainWindow w;
    auto* panel = child<ts::HealthPanel>(&w, "healthPanel");
    ts::RunRecord run;
    run.status = "finished";
    run.config = ts::presetConfig("mlp");
    run.config.health.enabled = false;
    const QVector<ts::BatchMetrics> steps = batches(1, 50);
    run.batches.assign(steps.begin(), steps.end());
    w.showRun(run);
    QVERIFY2(panel->heatmap()->placeholderText().startsWith(QStringLiteral("Diagnostics are off for this run")),
             qPrintable(panel->heatmap()->placeholderText()));
    QCOMPARE(panel->gradNormChart()->rawCount(0), 45);  // a past run's gradient norms come with its batches
    run.config.health.enabled = true;
    run.config.health.interval = 25;
    w.showRun(run);
    QCOMPARE(panel->heatmap()->placeholderText(), QStringLiteral("Per-layer diagnostics appear after the first 25 steps."));
    w.close();
}

QTEST_MAIN(TestHealthWindow)
#include "test_health_window.moc"
