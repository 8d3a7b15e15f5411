// The learning-rate range test: its rates, stop rule and suggestions on synthetic curves, its record, and real
// tests on a small synthetic data set (exponential rates, determinism, explosion, cancel, refusals).
#include "core/common/Json.h"
#include "core/health/LearningRateFinder.h"
#include "core/runs/RunStore.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <stdexcept>

using namespace ts;

namespace {

constexpr int kCurvePoints = 100;
constexpr double kTolerance = 1e-9;

/// A range test's typical curve against log10(lr) = -7 .. 1: flat, a fall centred at log10(lr) = -3, a floor,
/// then the explosion past log10(lr) = -1.
std::vector<double> syntheticCurve(const std::vector<double>& lrs) {
    std::vector<double> y;
    for (double lr : lrs) {
        const double x = std::log10(lr);
        const double fall = 2.0 - std::tanh((x + 3.0) * 1.5);
        const double rise = x > -1.0 ? std::pow(10.0, (x + 1.0) * 2.0) - 1.0 : 0.0;
        y.push_back(fall + rise);
    }
    return y;
}

std::vector<double> sweep(int points) {
    LrFindSettings s;
    s.steps = points;
    std::vector<double> lrs;
    for (int i = 0; i < points; ++i) lrs.push_back(lrFindRate(s, i));
    return lrs;
}

/// The mlp preset on 200 synthetic quadrant images, one thread, `steps` steps from `start` to `end`.
LrFindResult quadrantTest(double start, double end, int steps, const LrFindCallbacks& callbacks = {}) {
    static const Dataset data = testing::quadrantDataset(200, 20);
    TrainConfig cfg = testing::quickConfig("mlp", 1, 16);
    LrFindSettings s;
    s.startLr = start;
    s.endLr = end;
    s.steps = steps;
    return findLearningRate(cfg, data, s, callbacks);
}

}  // namespace

class TestLrFinder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ratesGrowExponentially();
    void settingsAreValidated();
    void stopRule();
    void suggestionsOfATypicalCurve();
    void noSuggestionWithoutAFall();
    void jsonHasEveryField();
    void recordFolderIsNoRun();
    void rangeTestOnQuadrants();
    void explosionStopsTheTest();
    void cancelStopsTheTest();
    void presetMustFitTheData();
};

void TestLrFinder::ratesGrowExponentially() {
    LrFindSettings s;  // 1e-7 .. 10 over 100 steps
    QCOMPARE(lrFindRate(s, 0), 1e-7);
    QVERIFY(std::fabs(lrFindRate(s, s.steps - 1) - 10.0) < 1e-9);
    const double ratio = lrFindRate(s, 1) / lrFindRate(s, 0);
    for (int i = 1; i < s.steps; ++i) QVERIFY(std::fabs(lrFindRate(s, i) / lrFindRate(s, i - 1) - ratio) < 1e-9);
    QVERIFY(std::fabs(std::log10(ratio) * (s.steps - 1) - 8.0) < 1e-9);  // eight decades
}

void TestLrFinder::settingsAreValidated() {
    QVERIFY(validateLrFindSettings(LrFindSettings{}).empty());
    QVERIFY(!validateLrFindSettings(LrFindSettings{0.0, 1.0, 100}).empty());
    QVERIFY(!validateLrFindSettings(LrFindSettings{1.0, 0.5, 100}).empty());
    QVERIFY(!validateLrFindSettings(LrFindSettings{1e-5, 1.0, kMinLrFindSteps - 1}).empty());
    QVERIFY(!validateLrFindSettings(LrFindSettings{1e-5, NAN, 100}).empty());
}

void TestLrFinder::stopRule() {
    QVERIFY(lrFindStopReason(2.0, 2.0, INFINITY).empty());  // the first step never stops
    QVERIFY(lrFindStopReason(9.0, 3.9, 1.0).empty());       // a raw spike alone does not stop it
    QVERIFY(!lrFindStopReason(9.0, 4.1, 1.0).empty());      // the smoothed loss above 4 x best does
    QVERIFY(lrFindStopReason(NAN, NAN, 1.0).find("NaN") != std::string::npos);
    QVERIFY(lrFindStopReason(INFINITY, INFINITY, 1.0).find("infinite") != std::string::npos);
}

void TestLrFinder::suggestionsOfATypicalCurve() {
    const std::vector<double> lrs = sweep(kCurvePoints);
    const std::vector<double> loss = syntheticCurve(lrs);
    const LrFindSuggestions s = suggestLearningRates(lrs, loss);
    // The steepest fall is at 1e-3 (within one step of the sweep, 8/99 of a decade).
    QVERIFY2(std::fabs(std::log10(s.steepestLr) + 3.0) < 0.09, qPrintable(QString::number(s.steepestLr)));
    QCOMPARE(s.steepestLr, lrs[size_t(s.steepestIndex)]);
    // The floor ends where the explosion starts (1e-1); the suggestion is a tenth of that.
    QCOMPARE(s.minimumLr, lrs[size_t(s.minimumIndex)]);
    QVERIFY(std::log10(s.minimumLr) > -1.6 && std::log10(s.minimumLr) <= -1.0);
    QVERIFY(std::fabs(s.minLrDiv10 - s.minimumLr / 10.0) < kTolerance);
    LrFindResult r;
    r.suggestions = s;
    QCOMPARE(r.suggestedLr(), s.steepestLr);
    r.suggestions.steepestLr = -1.0;  // without a steepest descent, the minimum ÷ 10
    QCOMPARE(r.suggestedLr(), s.minLrDiv10);
    // The exploding tail is never the steepest part: it rises.
    QVERIFY(s.steepestIndex < s.minimumIndex);
}

void TestLrFinder::noSuggestionWithoutAFall() {
    const std::vector<double> lrs = sweep(kCurvePoints);
    const LrFindSuggestions flat = suggestLearningRates(lrs, std::vector<double>(lrs.size(), 2.3));
    QCOMPARE(flat.minimumIndex, -1);
    QCOMPARE(flat.steepestLr, -1.0);
    std::vector<double> rising;
    for (size_t i = 0; i < lrs.size(); ++i) rising.push_back(1.0 + double(i));
    QCOMPARE(suggestLearningRates(lrs, rising).minLrDiv10, -1.0);
    QCOMPARE(suggestLearningRates({1e-3, 1e-2}, {2.0, 1.0}).minimumIndex, -1);  // too short
    LrFindResult none;
    QCOMPARE(none.suggestedLr(), -1.0);
}

void TestLrFinder::jsonHasEveryField() {
    LrFindResult r;
    r.preset = "mlp";
    r.data = "/data/fashion";
    r.lrs = sweep(kCurvePoints);
    r.losses = syntheticCurve(r.lrs);
    r.smoothed = r.losses;
    r.suggestions = suggestLearningRates(r.lrs, r.smoothed);
    r.stoppedEarly = true;
    r.stopReason = "cancelled";
    const Json j = Json::parse(lrFindJson(r));
    for (const char* key : {"suggested_lr", "steepest_lr", "min_lr_div10", "lrs", "losses", "smoothed", "preset", "data",
                            "start", "end", "steps", "stopped_early"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(j["suggested_lr"].number(), r.suggestedLr());
    QCOMPARE(j["steepest_lr"].number(), r.suggestions.steepestLr);
    QCOMPARE(j["lrs"].size(), r.lrs.size());
    QCOMPARE(numbersOf<double>(j["smoothed"]), r.smoothed);  // shortest round-trip text: exact
    QCOMPARE(j["preset"].string(), std::string("mlp"));
    QCOMPARE(j["start"].number(), 1e-7);
    QCOMPARE(j["steps"].integer(), int64_t(100));
    QVERIFY(j["stopped_early"].boolean());
    const std::string svg = lrFindSvg(r);
    QVERIFY(svg.rfind("<svg", 0) == 0);
    QVERIFY(svg.find("steepest") != std::string::npos);
    QVERIFY(svg.find("minimum ÷ 10") != std::string::npos);
    QVERIFY(svg.find(">1e-7<") != std::string::npos && svg.find(">10<") != std::string::npos);  // log axis decades
}

void TestLrFinder::recordFolderIsNoRun() {
    QTemporaryDir root;
    const std::string dir = newLrFindDir(root.path().toStdString(), "mlp");
    QVERIFY(dir.find(root.path().toStdString() + "/lr-find/") == 0);
    LrFindResult r;
    r.lrs = sweep(kCurvePoints);
    r.losses = r.smoothed = syntheticCurve(r.lrs);
    writeLrFindRecord(dir, r);
    QVERIFY(QFile::exists(QString::fromStdString(dir + "/lr-find.json")));
    QVERIFY(QFile::exists(QString::fromStdString(dir + "/lr-find.svg")));
    QVERIFY(listRuns(root.path().toStdString()).empty());
    QVERIFY(newLrFindDir(root.path().toStdString(), "mlp") != dir);  // a second test gets its own folder
}

void TestLrFinder::rangeTestOnQuadrants() {
    int reported = 0;
    LrFindCallbacks callbacks;
    callbacks.onStep = [&reported](const LrFindPoint& p) {
        ++reported;
        QCOMPARE(p.step, reported);
    };
    const LrFindResult r = quadrantTest(1e-5, 1.0, 30, callbacks);
    QCOMPARE(r.preset, std::string("mlp"));
    QCOMPARE(r.device, std::string("cpu"));
    QCOMPARE(int(r.lrs.size()), reported);
    QVERIFY(r.lrs.size() >= 20);  // 30 steps, or stopped by the explosion near 1
    QCOMPARE(r.lrs.front(), 1e-5);
    for (size_t i = 1; i < r.lrs.size(); ++i) QVERIFY(r.lrs[i] > r.lrs[i - 1]);
    QCOMPARE(r.smoothed.front(), r.losses.front());  // the debiased average starts at the first loss
    QVERIFY(r.suggestedLr() > 1e-5 && r.suggestedLr() < 1.0);
    // Seeded like a run: the same test gives the same curve.
    const LrFindResult again = quadrantTest(1e-5, 1.0, 30);
    QCOMPARE(again.losses, r.losses);
}

void TestLrFinder::explosionStopsTheTest() {
    const LrFindResult r = quadrantTest(1e-4, 1e6, 60);
    QVERIFY(r.stoppedEarly);
    QVERIFY(int(r.lrs.size()) < 60);
    QVERIFY(!r.stopReason.empty());
    for (double v : r.losses) QVERIFY(std::isfinite(v));  // a NaN step is left off the curve
}

void TestLrFinder::cancelStopsTheTest() {
    std::atomic<bool> cancel{false};
    LrFindCallbacks callbacks;
    callbacks.cancel = &cancel;
    callbacks.onStep = [&cancel](const LrFindPoint& p) {
        if (p.step == 5) cancel.store(true);
    };
    const LrFindResult r = quadrantTest(1e-5, 1.0, 30, callbacks);
    QCOMPARE(int(r.lrs.size()), 5);
    QVERIFY(r.stoppedEarly);
    QCOMPARE(r.stopReason, std::string("cancelled"));
}

void TestLrFinder::presetMustFitTheData() {
    const Dataset data = testing::quadrantDataset(40, 4);
    TrainConfig cfg = testing::quickConfig("gpt-tiny", 1, 8);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findLearningRate(cfg, data, LrFindSettings{}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             findLearningRate(testing::quickConfig("mlp", 1, 8), data, LrFindSettings{1.0, 0.1, 100}));
}

QTEST_GUILESS_MAIN(TestLrFinder)
#include "test_lr_finder.moc"
