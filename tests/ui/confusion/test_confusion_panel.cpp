// Offscreen tests of the confusion-matrix view and panel: normalization modes, recall/precision
// summaries, sorting, change since the previous epoch, epoch scrubbing, 100 classes; and the
// main window's dock panels, event markers and scrubbing that drives the per-class table.
#include "ui/common/Settings.h"
#include "support/WindowTestSetup.h"
#include "support/Fixtures.h"
#include "core/eval/Metrics.h"
#include "ui/confusion/ClassMetricsModel.h"
#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/confusion/ConfusionPanel.h"
#include "ui/charts/CurveChart.h"
#include "ui/training/MainWindow.h"
#include "app/bridge/MetaTypes.h"
#include "support/WidgetLookup.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest>

using ts::ConfusionMatrixView;
using ts::ConfusionPanel;
using ts::testing::child;

namespace {

/// 3 classes; epoch `e` shifts `e` Shirt samples from "predicted Coat" to "predicted Shirt".
ts::ConfusionMatrix matrixAt(int e) {
    ts::ConfusionMatrix cm;
    cm.reset({"Coat", "Shirt", "Bag"});
    const int64_t counts[3][3] = {{50, 8, 2}, {10 - e, 30 + e, 0}, {1, 0, 39}};
    for (int t = 0; t < 3; ++t)
        for (int p = 0; p < 3; ++p) cm.at(t, p) = counts[t][p];
    return cm;
}

/// 6 classes where 0<->3, 1<->4 and 2<->5 are confused with each other.
ts::ConfusionMatrix pairedMatrix() {
    ts::ConfusionMatrix cm;
    cm.reset({"a", "b", "c", "d", "e", "f"});
    for (int c = 0; c < 6; ++c) cm.at(c, c) = 80;
    for (int c = 0; c < 3; ++c) {
        cm.at(c, c + 3) = 15;
        cm.at(c + 3, c) = 12;
    }
    cm.at(0, 1) = 1;
    return cm;
}

ts::ConfusionMatrix manyClasses(int n) {
    ts::ConfusionMatrix cm;
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i) names.push_back("class number " + std::to_string(i));
    cm.reset(names);
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p) cm.at(t, p) = t == p ? 900 : (t * 7 + p) % 5;
    return cm;
}

ts::EpochMetrics epochMetrics(int epoch, int epochs, int64_t step) {
    ts::EpochMetrics m = ts::testing::epochMetrics(epoch, epochs, step, ts::metricsFromConfusion(matrixAt(epoch), 0.4));
    m.elapsedSec = 10.0 * epoch;
    return m;
}

}  // namespace

class TestConfusionPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void normalizationModes();
    void summariesShowRecallAndPrecision();
    void sortingReordersClasses();
    void changeSincePreviousEpoch();
    void epochSliderScrubs();
    void hundredClassesStayReadable();
    void windowDocksAndScrubbing();
    void windowMarksEvents();
};

void TestConfusionPanel::initTestCase() {
    ts::testing::prepareWindowTests();
}

void TestConfusionPanel::normalizationModes() {
    ConfusionMatrixView view;
    view.resize(600, 500);
    view.setMatrix(matrixAt(0));
    QCOMPARE(view.cellText(0, 1), QStringLiteral("8"));
    view.setNormalization(ConfusionMatrixView::Normalization::Rows);
    QVERIFY(view.isNormalized());
    QCOMPARE(view.cellText(1, 1), QStringLiteral("75.0%"));  // 30 / 40
    view.setNormalization(ConfusionMatrixView::Normalization::Columns);
    QCOMPARE(view.cellText(1, 1), QStringLiteral("78.9%"));  // 30 / 38
    QCOMPARE(view.cellText(0, 2), QStringLiteral("4.9%"));   // 2 / 41
    QVERIFY(qFuzzyCompare(view.cellIntensity(1, 1), 30.0 / 38.0));
    QVERIFY2(view.cellToolTip(0, 1).contains(QStringLiteral("of predicted Shirt")), qPrintable(view.cellToolTip(0, 1)));
    // Text colour contrasts with the fill: dark cells get white text.
    QVERIFY(view.cellColor(0, 0).lightness() < 128);
    view.setNormalized(false);
    QCOMPARE(view.normalization(), ConfusionMatrixView::Normalization::Counts);
}

void TestConfusionPanel::summariesShowRecallAndPrecision() {
    ConfusionMatrixView view;
    view.resize(600, 500);
    view.setMatrix(matrixAt(0));
    QVERIFY(qFuzzyCompare(view.recallOf(0), 50.0 / 60.0));
    QVERIFY(qFuzzyCompare(view.precisionOf(1), 30.0 / 38.0));
    QVERIFY(qFuzzyCompare(view.accuracy(), 119.0 / 140.0));
    for (int c = 0; c < 3; ++c) {
        const QRect recall = view.recallRect(c);
        const QRect precision = view.precisionRect(c);
        QVERIFY(recall.isValid() && view.rect().contains(recall));
        QVERIFY(precision.isValid() && view.rect().contains(precision));
        QVERIFY(recall.left() > view.cellRect(c, 2).right());     // right of the grid
        QVERIFY(precision.top() > view.cellRect(2, c).bottom());  // under the grid
        QCOMPARE(recall.top(), view.cellRect(c, 0).top());
        QCOMPARE(precision.left(), view.cellRect(0, c).left());
    }
    ts::ConfusionMatrix never = matrixAt(0);
    for (int t = 0; t < 3; ++t) never.at(t, 2) = 0;  // Bag never predicted: precision undefined
    view.setMatrix(never);
    QCOMPARE(view.precisionOf(2), -1.0);
    view.setShowSummaries(false);
    QVERIFY(!view.recallRect(0).isValid());
    QVERIFY(!view.grab().isNull());
}

void TestConfusionPanel::sortingReordersClasses() {
    ConfusionMatrixView view;
    view.resize(600, 500);
    ts::ConfusionMatrix cm = pairedMatrix();
    cm.classNames = {"zeta", "Alpha", "mu", "beta", "class 10", "class 2"};
    view.setMatrix(cm);
    QCOMPARE(view.classOrder(), (QVector<int>{0, 1, 2, 3, 4, 5}));
    view.setSortOrder(ConfusionMatrixView::SortOrder::Name);
    QCOMPARE(view.classOrder(), (QVector<int>{1, 3, 5, 4, 2, 0}));  // Alpha beta "class 2" "class 10" mu zeta
    // Positions follow the order; cellAt still answers in class indices.
    const QRect r = view.cellRect(0, 1);
    QCOMPARE(view.cellAt(r.center()), QPoint(0, 1));
    QCOMPARE(r.top(), view.cellRect(0, 0).top());
    QVERIFY(view.cellRect(1, 1).top() < view.cellRect(0, 0).top());

    view.setSortOrder(ConfusionMatrixView::SortOrder::Recall);
    const QVector<int> byRecall = view.classOrder();
    for (int i = 1; i < byRecall.size(); ++i) QVERIFY(view.recallOf(byRecall[i - 1]) <= view.recallOf(byRecall[i]));

    view.setSortOrder(ConfusionMatrixView::SortOrder::Confusion);
    const QVector<int> order = view.classOrder();
    QCOMPARE(order.size(), 6);
    for (int c = 0; c < 3; ++c) {  // every confused pair ends up side by side
        const int distance = std::abs(int(order.indexOf(c)) - int(order.indexOf(c + 3)));
        QVERIFY2(distance == 1, qPrintable(QStringLiteral("classes %1 and %2 are %3 apart").arg(c).arg(c + 3).arg(distance)));
    }
    QVERIFY(!view.grab().isNull());
}

void TestConfusionPanel::changeSincePreviousEpoch() {
    ConfusionMatrixView view;
    view.resize(600, 500);
    view.setMatrix(matrixAt(5));
    QVERIFY(!view.hasPreviousMatrix());
    view.setShowChange(true);
    QVERIFY(!view.showsChange());  // nothing to compare with yet
    view.setPreviousMatrix(matrixAt(0));
    QVERIFY(view.showsChange());
    QCOMPARE(view.cellText(1, 1), QStringLiteral("+5"));
    QCOMPARE(view.cellText(1, 0), QStringLiteral("−5"));
    QCOMPARE(view.cellText(0, 0), QStringLiteral("0"));
    QVERIFY(view.cellIntensity(1, 1) > 0.0 && view.cellIntensity(1, 0) < 0.0);
    const QColor grew = view.cellColor(1, 1), shrank = view.cellColor(1, 0), same = view.cellColor(0, 0);
    QVERIFY(grew.blue() > grew.red());
    QVERIFY(shrank.red() > shrank.blue());
    QVERIFY(same.lightness() > 240);
    view.setNormalization(ConfusionMatrixView::Normalization::Rows);
    QCOMPARE(view.cellText(1, 1), QStringLiteral("+12.5"));  // 35/40 - 30/40 in percentage points
    QVERIFY(view.cellToolTip(1, 1).contains(QStringLiteral("Previous epoch: 30")));
    QVERIFY(!view.grab().isNull());
}

void TestConfusionPanel::epochSliderScrubs() {
    ConfusionPanel panel;
    panel.resize(700, 600);
    QSignalSpy shown(&panel, &ConfusionPanel::snapshotShown);
    for (int e = 1; e <= 3; ++e)
        panel.addSnapshot(QStringLiteral("Validation, epoch %1").arg(e), ts::metricsFromConfusion(matrixAt(e), 0.4), e);
    QCOMPARE(panel.snapshotCount(), 3);
    QCOMPARE(panel.currentSnapshot(), 2);  // follows the newest
    QCOMPARE(panel.view()->cellText(1, 1), QStringLiteral("33"));
    QCOMPARE(panel.epochSlider()->maximum(), 2);
    QVERIFY(panel.changeCheckBox()->isEnabled());

    panel.epochSlider()->setValue(0);  // the user scrubs back
    QCOMPARE(panel.currentSnapshot(), 0);
    QCOMPARE(panel.view()->cellText(1, 1), QStringLiteral("31"));
    QCOMPARE(shown.last().at(0).toInt(), 0);
    QVERIFY(!panel.changeCheckBox()->isEnabled());  // epoch 1 has no previous epoch
    auto* label = panel.findChild<QLabel*>(QStringLiteral("confusionEpochLabel"));
    QVERIFY(label && label->text().contains(QStringLiteral("epoch 1")));

    // Training goes on: the scrubbed epoch stays put, the slider grows.
    panel.addSnapshot(QStringLiteral("Validation, epoch 4"), ts::metricsFromConfusion(matrixAt(4), 0.4), 4);
    QCOMPARE(panel.currentSnapshot(), 0);
    QCOMPARE(panel.epochSlider()->maximum(), 3);
    QCOMPARE(panel.view()->cellText(1, 1), QStringLiteral("31"));

    panel.epochSlider()->setValue(3);  // back at the end: follows again
    panel.changeCheckBox()->setChecked(true);
    QCOMPARE(panel.view()->cellText(1, 1), QStringLiteral("+1"));  // epoch 4 vs epoch 3
    panel.addSnapshot(QStringLiteral("Test set"), ts::metricsFromConfusion(matrixAt(9), 0.3), -1);
    QCOMPARE(panel.currentSnapshot(), 4);
    QVERIFY(!panel.view()->showsChange());  // the test set is not compared with a validation epoch
    QCOMPARE(panel.view()->cellText(1, 1), QStringLiteral("39"));
    panel.setCurrentSnapshot(2);
    QCOMPARE(panel.epochSlider()->value(), 2);
    QCOMPARE(panel.view()->cellText(1, 1), QStringLiteral("+1"));

    panel.normalizeCheckBox()->setChecked(true);
    QCOMPARE(panel.view()->normalization(), ConfusionMatrixView::Normalization::Rows);
    panel.normalizationCombo()->setCurrentIndex(1);
    QCOMPARE(panel.view()->normalization(), ConfusionMatrixView::Normalization::Columns);
    panel.sortCombo()->setCurrentIndex(panel.sortCombo()->findData(static_cast<int>(ConfusionMatrixView::SortOrder::Name)));
    QCOMPARE(panel.view()->sortOrder(), ConfusionMatrixView::SortOrder::Name);

    panel.clear();
    QCOMPARE(panel.snapshotCount(), 0);
    QCOMPARE(panel.view()->classCount(), 0);
}

void TestConfusionPanel::hundredClassesStayReadable() {
    constexpr int kClasses = 100;
    ConfusionPanel panel;
    panel.resize(640, 620);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.addSnapshot(QStringLiteral("Validation, epoch 1"), ts::metricsFromConfusion(manyClasses(kClasses), 1.0), 1);
    ConfusionMatrixView* view = panel.view();
    QVERIFY(view->cellSize() >= 1);
    // Fitted into the panel the labels thin out so that they never overlap.
    const int stride = view->labelStride();
    QVERIFY2(stride > 1, qPrintable(QString::number(stride)));
    QFont labelFont = view->font();
    QVERIFY(stride * view->cellSize() >= 7);  // a drawn label has at least the smallest label font's height
    QVERIFY(view->rect().contains(view->cellRect(kClasses - 1, kClasses - 1)));
    QVERIFY(!view->grab().isNull());

    // Zoomed in, the matrix scrolls and every label gets room.
    panel.setZoom(6.0);
    QApplication::processEvents();
    auto* scroll = panel.findChild<QScrollArea*>(QStringLiteral("confusionScrollArea"));
    QVERIFY(scroll);
    QVERIFY(view->width() > scroll->viewport()->width());
    QVERIFY(view->height() > scroll->viewport()->height());
    QCOMPARE(view->labelStride(), 1);
    QVERIFY(view->cellSize() >= QFontMetrics(labelFont).height() / 2);
    panel.setZoom(1.0);
    QApplication::processEvents();
    QCOMPARE(view->labelStride(), stride);
}

void TestConfusionPanel::windowDocksAndScrubbing() {
    ts::MainWindow w;
    auto* evaluationSourceLabel = child<QLabel>(&w, "evaluationSourceLabel");
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const char* name : {"lossDock", "accuracyDock", "lrDock", "confusionDock", "metricsDock"}) {
        auto* dock = w.findChild<QDockWidget*>(QLatin1String(name));
        QVERIFY2(dock && dock->isVisible(), name);
        QVERIFY(dock->toggleViewAction());
    }
    auto* reset = w.findChild<QAction*>(QStringLiteral("resetLayoutAction"));
    QVERIFY(reset);
    auto* lossDock = w.findChild<QDockWidget*>(QStringLiteral("lossDock"));
    lossDock->close();
    QVERIFY(!lossDock->isVisible());
    reset->trigger();
    QVERIFY(lossDock->isVisible());

    w.onTrainingStarted(QStringLiteral("cpu"), 1, 100);
    for (int e = 1; e <= 3; ++e) w.onEpoch(epochMetrics(e, 3, 100 * e));
    ConfusionPanel* panel = child<ts::ConfusionPanel>(&w, "confusionPanel");
    QCOMPARE(panel->snapshotCount(), 3);
    QCOMPARE(evaluationSourceLabel->text(), QStringLiteral("Validation, epoch 3"));
    panel->epochSlider()->setValue(0);
    QCOMPARE(evaluationSourceLabel->text(), QStringLiteral("Validation, epoch 1"));
    QCOMPARE(child<ts::ConfusionMatrixView>(&w, "confusionView")->cellText(1, 1), QStringLiteral("31"));
    QCOMPARE(child<ts::ClassMetricsModel>(&w, "metricsModel")->metrics().confusion.at(1, 1), int64_t(31));  // the table follows the slider
    w.onTrainingStarted(QStringLiteral("cpu"), 1, 100);
    QCOMPARE(panel->snapshotCount(), 0);
    w.close();
    ts::openSettings().clear();
}

void TestConfusionPanel::windowMarksEvents() {
    ts::MainWindow w;
    auto* accuracyChart = child<ts::CurveChart>(&w, "accuracyChart");
    auto* pauseAction = child<QAction>(&w, "pauseAction");
    w.onDatasetLoaded(ts::DatasetInfo{});
    w.onTrainingStarted(QStringLiteral("cpu"), 1, 100);
    QVector<ts::BatchMetrics> batches;
    for (int s = 1; s <= 150; ++s) {
        ts::BatchMetrics b;
        b.step = s;
        b.epoch = (s - 1) / 100 + 1;
        b.batch = (s - 1) % 100 + 1;
        b.batchesPerEpoch = 100;
        b.loss = 1.0;
        b.lr = s <= 120 ? 0.1 : 0.01;  // a step schedule: one marked change
        b.elapsedSec = 0.1 * s;
        batches.append(b);
    }
    w.onBatches(batches.mid(0, 100));
    w.onEpoch(epochMetrics(1, 2, 100));
    w.onBatches(batches.mid(100));
    pauseAction->trigger();
    pauseAction->trigger();
    w.addEventMarker(150.0, ts::ChartEventKind::Checkpoint, QStringLiteral("checkpoint at step 150"));
    const QVector<ts::CurveChart::EventMarker> events = child<ts::CurveChart>(&w, "lossChart")->eventMarkers();
    QStringList kinds;
    for (const auto& e : events) kinds << ts::CurveChart::eventKindName(e.kind);
    QCOMPARE(kinds, (QStringList{QStringLiteral("epoch end"), QStringLiteral("learning rate changed"), QStringLiteral("paused"),
                                 QStringLiteral("resumed"), QStringLiteral("checkpoint")}));
    QCOMPARE(events[1].x, 121.0);
    QCOMPARE(events[2].x, 150.0);
    QCOMPARE(child<ts::CurveChart>(&w, "lrChart")->eventMarkers().size(), events.size());
    QCOMPARE(accuracyChart->eventMarkers().size(), 3);  // pause, resume, checkpoint (in epochs)
    QVERIFY(std::fabs(accuracyChart->eventMarkers().last().x - 1.5) < 1e-9);
    QVERIFY(std::fabs(accuracyChart->timeline()->convert(150.0, ts::XAxisKind::Step, ts::XAxisKind::WallTime) - 15.0) < 1e-9);
    ts::openSettings().clear();
}

QTEST_MAIN(TestConfusionPanel)
#include "test_confusion_panel.moc"
