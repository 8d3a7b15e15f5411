// The learning-rate finder in the window: the dialog with a known result (labels, markers, Apply), its running
// state and Cancel, the controller running a real test in the background, and the form's Find… to Apply flow.
// With TS_SCREENSHOT_DIR set, the finished dialog is saved there as lr-finder-dialog.png.
#include "app/bridge/LrFinderController.h"
#include "app/bridge/TrainingWorker.h"
#include "support/Fixtures.h"
#include "support/WindowTestSetup.h"
#include "ui/charts/CurveChart.h"
#include "ui/health/LrFinderDialog.h"
#include "ui/training/MainWindow.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <cmath>

using namespace ts;

namespace {

constexpr int kPoints = 60;
constexpr int kTestTimeoutMs = 120000;

/// A finished test's result with a typical curve (a fall centred at 1e-3, the explosion past 1e-1).
LrFindResult knownResult() {
    LrFindResult r;
    r.preset = "mlp";
    r.settings.steps = kPoints;
    for (int i = 0; i < kPoints; ++i) {
        const double lr = lrFindRate(r.settings, i);
        const double x = std::log10(lr);
        r.lrs.push_back(lr);
        r.losses.push_back(2.0 - std::tanh((x + 3.0) * 1.5) + (x > -1.0 ? std::pow(10.0, (x + 1.0) * 2.0) - 1.0 : 0.0));
    }
    r.smoothed = r.losses;
    r.suggestions = suggestLearningRates(r.lrs, r.smoothed);
    r.stoppedEarly = true;
    r.stopReason = "the smoothed loss exceeded 4 times its best";
    r.seconds = 3.5;
    return r;
}

std::shared_ptr<const Dataset> quadrants() {
    return std::make_shared<const Dataset>(testing::quadrantDataset(200, 20));
}

/// Saves `w` as NAME.png in $TS_SCREENSHOT_DIR, when it is set.
void maybeScreenshot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("TS_SCREENSHOT_DIR");
    if (!dir.isEmpty()) QVERIFY(w->grab().save(dir + "/" + name + ".png"));
}

}  // namespace

class TestLrFinderDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { testing::prepareWindowTests(); }
    void showsAKnownResult();
    void runningStateAndCancel();
    void noSuggestionDisablesApply();
    void controllerRunsATest();
    void controllerNeedsData();
    void findButtonToApply();
};

void TestLrFinderDialog::showsAKnownResult() {
    LrFinderDialog d;
    d.setSubject("mlp", "FashionMNIST", 0.002, LrFindSettings{});
    const LrFindResult r = knownResult();
    d.showResult(r, "/runs/lr-find/20261202-003000-mlp", QString());
    QCOMPARE(d.suggestedLr(), r.suggestions.steepestLr);
    QCOMPARE(d.chart()->rawCount(0), kPoints);
    QCOMPARE(d.chart()->eventMarkers().size(), 3);  // steepest, minimum ÷ 10 and the minimum
    const auto* steepest = d.findChild<QLabel*>("lrFinderSteepest");
    QVERIFY(steepest->text().contains(QString::number(r.suggestions.steepestLr, 'g', 3)));
    QVERIFY(steepest->text().contains("suggested"));
    QVERIFY(d.findChild<QLabel*>("lrFinderMinimum")->text().contains(QString::number(r.suggestions.minLrDiv10, 'g', 3)));
    QVERIFY(d.findChild<QLabel*>("lrFinderStatus")->text().contains("lr-find"));
    QVERIFY(d.findChild<QLabel*>("lrFinderSubject")->text().contains("FashionMNIST"));
    auto* apply = d.findChild<QPushButton*>("lrFinderApplyButton");
    QVERIFY(apply->isEnabled());
    QSignalSpy applied(&d, &LrFinderDialog::applied);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    apply->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().toDouble(), r.suggestions.steepestLr);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestLrFinderDialog::runningStateAndCancel() {
    LrFinderDialog d;
    d.show();
    d.onStarted();
    auto* progress = d.findChild<QProgressBar*>("lrFinderProgress");
    QVERIFY(progress->isVisible());
    QVERIFY(d.findChild<QPushButton*>("lrFinderCancelButton")->isVisible());
    QVERIFY(!d.findChild<QPushButton*>("lrFinderApplyButton")->isEnabled());
    d.addPoint(1, 100, 1e-7, 2.3, 2.3);
    d.addPoint(2, 100, 1.2e-7, 2.2, 2.25);
    QCOMPARE(progress->value(), 2);
    QCOMPARE(d.chart()->rawCount(1), 2);
    QSignalSpy cancel(&d, &LrFinderDialog::cancelRequested);
    d.findChild<QPushButton*>("lrFinderCancelButton")->click();
    QCOMPARE(cancel.count(), 1);
    d.reject();  // closing while it runs asks to cancel too
    QCOMPARE(cancel.count(), 2);
}

void TestLrFinderDialog::noSuggestionDisablesApply() {
    LrFinderDialog d;
    LrFindResult flat = knownResult();
    flat.smoothed.assign(flat.lrs.size(), 2.3);
    flat.suggestions = suggestLearningRates(flat.lrs, flat.smoothed);
    d.showResult(flat, QString(), QString());
    QVERIFY(!d.findChild<QPushButton*>("lrFinderApplyButton")->isEnabled());
    QVERIFY(d.findChild<QLabel*>("lrFinderStatus")->text().contains("No suggestion"));
}

void TestLrFinderDialog::controllerRunsATest() {
    QTemporaryDir root;
    LrFinderController controller;
    controller.setDataset(quadrants());
    controller.setRecordRoot(root.path());
    QSignalSpy progress(&controller, &LrFinderController::progress);
    QSignalSpy finished(&controller, &LrFinderController::finished);
    TrainConfig cfg = testing::quickConfig("mlp", 1, 16);
    LrFindSettings s;
    s.startLr = 1e-5;
    s.endLr = 1.0;
    s.steps = 30;
    QVERIFY(controller.start(cfg, s));
    QVERIFY(!controller.start(cfg, s));  // one at a time
    QVERIFY(finished.wait(kTestTimeoutMs));
    const auto result = finished.first().at(0).value<LrFindResult>();
    const QString dir = finished.first().at(1).toString();
    QCOMPARE(progress.count(), int(result.lrs.size()));
    QVERIFY(dir.startsWith(root.path() + "/lr-find/"));
    QVERIFY(QFile::exists(dir + "/lr-find.json"));
    QTRY_VERIFY(!controller.isRunning());
}

void TestLrFinderDialog::controllerNeedsData() {
    LrFinderController controller;
    QSignalSpy failed(&controller, &LrFinderController::failed);
    QVERIFY(!controller.start(testing::quickConfig("mlp", 1, 16)));
    QCOMPARE(failed.count(), 1);
}

void TestLrFinderDialog::findButtonToApply() {
    MainWindow w;
    TrainConfig cfg = testing::quickConfig("mlp", 1, 16);
    w.setConfig(cfg);
    TrainingWorker worker;
    LrFinderController controller;
    controller.attach(&w, &worker);
    Q_EMIT worker.datasetSamplesReady(quadrants());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy finished(&controller, &LrFinderController::finished);
    w.findChild<QToolButton*>("lrFindButton")->click();
    auto* dialog = w.findChild<LrFinderDialog*>("lrFinderDialog");
    QVERIFY(dialog);
    QVERIFY(finished.wait(kTestTimeoutMs));
    QVERIFY(dialog->suggestedLr() > 0.0);
    dialog->chart()->refreshNow();
    maybeScreenshot(dialog, "lr-finder-dialog");
    const double suggested = dialog->suggestedLr();
    dialog->findChild<QPushButton*>("lrFinderApplyButton")->click();
    QCOMPARE(w.findChild<QDoubleSpinBox*>("lrSpin")->value(), w.config().lr);
    QVERIFY(std::fabs(w.config().lr - suggested) <= 0.5e-6 + 1e-3 * suggested);  // the spin box's decimals
}

QTEST_MAIN(TestLrFinderDialog)
#include "test_lr_finder_dialog.moc"
