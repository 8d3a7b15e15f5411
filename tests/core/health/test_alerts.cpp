// The alert detectors of training health (issue 16) on synthetic series: each fires where it should, once, and
// stays quiet on the series that must not fire (noise, steady training, level shifts, short excursions).
#include "core/health/AlertDetectors.h"
#include "core/health/Alerts.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

namespace {

/// A training loss: exponential decay towards 0.3 with 2% multiplicative noise (seeded).
std::vector<double> noisyLoss(int steps, unsigned seed = 7) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 0.02);
    std::vector<double> v;
    for (int i = 0; i < steps; ++i) v.push_back((0.3 + 2.0 * std::exp(-i / 150.0)) * (1.0 + noise(rng)));
    return v;
}

/// Feeds `values` (step = index + 1) to a detector; the steps that alerted.
std::vector<int64_t> spikeSteps(ts::SpikeDetector& d, const std::vector<double>& values) {
    std::vector<int64_t> steps;
    for (size_t i = 0; i < values.size(); ++i)
        if (auto a = d.observe(int64_t(i + 1), 1, values[i])) steps.push_back(a->step);
    return steps;
}

ts::HealthSample ratioSample(int64_t step, double ratio, double weightNorm = 2.0) {
    ts::HealthSample s;
    s.step = step;
    s.epoch = 1;
    ts::ParameterHealth p;
    p.name = "fc1.weight";
    p.gradNorm = 0.5;
    p.weightNorm = weightNorm;
    p.updateRatio = ratio;
    s.parameters.push_back(p);
    return s;
}

/// The steps at which a ratio series (one sample per step) raised alerts, with their kinds.
std::vector<std::pair<int64_t, ts::AlertKind>> ratioAlerts(const std::vector<double>& ratios) {
    ts::UpdateRatioDetector d{ts::HealthSettings{}};
    std::vector<std::pair<int64_t, ts::AlertKind>> out;
    for (size_t i = 0; i < ratios.size(); ++i)
        for (const ts::Alert& a : d.observe(ratioSample(int64_t(i + 1), ratios[i]))) out.emplace_back(a.step, a.kind);
    return out;
}

ts::EvaluationPoint evalPoint(int epoch, double train, double val, double lr = 1e-3) {
    return ts::EvaluationPoint{int64_t(epoch) * 100, epoch, train, val, lr};
}

ts::HealthSample deadSample(int64_t step, double dead, bool rectified = true) {
    ts::HealthSample s;
    s.step = step;
    ts::ActivationHealth a;
    a.name = "fc1";
    a.units = 128;
    a.deadFraction = dead;
    a.rectified = rectified;
    s.activations.push_back(a);
    return s;
}

}  // namespace

class TestAlerts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void steadyTrainingNeverSpikes() {
        ts::SpikeDetector d(ts::AlertKind::LossSpike, ts::HealthSettings{});
        QVERIFY(spikeSteps(d, noisyLoss(2000)).empty());
    }

    void spikeIsFlaggedAtItsStepOnce() {
        std::vector<double> v = noisyLoss(600);
        v[399] *= 3.0;  // step 400
        v[400] *= 2.5;  // the same spike, one step longer
        ts::SpikeDetector d(ts::AlertKind::LossSpike, ts::HealthSettings{});
        QCOMPARE(spikeSteps(d, v), std::vector<int64_t>{400});
    }

    void secondSpikeFiftyStepsLaterIsNotMasked() {
        std::mt19937 rng(3);
        std::normal_distribution<double> noise(0.5, 0.01);
        std::vector<double> v;
        for (int i = 0; i < 600; ++i) v.push_back(noise(rng));
        v[299] = 2.0;
        v[349] = 1.0;  // smaller: it would hide under a std inflated by the first (0.13 instead of 0.01)
        ts::SpikeDetector d(ts::AlertKind::LossSpike, ts::HealthSettings{});
        QCOMPARE(spikeSteps(d, v), (std::vector<int64_t>{300, 350}));
    }

    void levelShiftAlertsOnceNotEveryStep() {
        std::vector<double> v = noisyLoss(800);
        for (size_t i = 300; i < v.size(); ++i) v[i] *= 5.0;  // e.g. the loss jumped after an lr change and stayed
        ts::SpikeDetector d(ts::AlertKind::LossSpike, ts::HealthSettings{});
        QCOMPARE(spikeSteps(d, v), std::vector<int64_t>{301});
    }

    void noAlertBeforeMinimumHistory() {
        std::vector<double> v = noisyLoss(40);
        v[10] = 100.0;
        ts::SpikeDetector d(ts::AlertKind::LossSpike, ts::HealthSettings{});
        QVERIFY(spikeSteps(d, v).empty());
    }

    void unmeasuredAndNonFiniteValuesAreIgnored() {
        std::vector<double> v(200, -1.0);  // a gradient norm that was never measured
        v[150] = std::numeric_limits<double>::quiet_NaN();
        ts::SpikeDetector d(ts::AlertKind::GradientSpike, ts::HealthSettings{});
        QVERIFY(spikeSteps(d, v).empty());
        std::vector<double> w = noisyLoss(200);
        w[100] = std::numeric_limits<double>::infinity();
        QVERIFY(spikeSteps(d, w).empty());
    }

    void aBurstOfSpikesIsOneAlert() {
        std::vector<double> v(100, 1.0);
        for (size_t i = 0; i < v.size(); i += 2) v[i] = 1.2;
        ts::SpikeDetector d(ts::AlertKind::GradientSpike, ts::HealthSettings{});
        spikeSteps(d, v);
        std::vector<int64_t> alerted;
        for (int64_t step = 101; step <= 180; ++step) {
            const bool spike = step == 101 || step == 104 || step == 110 || step == 150;  // a burst, then one later
            if (auto a = d.observe(step, 1, spike ? 5.0 : 1.1)) alerted.push_back(a->step);
        }
        QCOMPARE(alerted, (std::vector<int64_t>{101, 150}));
    }

    void spikeMessageHasTheFigures() {
        std::vector<double> v(100, 1.0);
        for (size_t i = 0; i < v.size(); i += 2) v[i] = 1.2;  // mean 1.1, std 0.1
        ts::SpikeDetector d(ts::AlertKind::GradientSpike, ts::HealthSettings{});
        spikeSteps(d, v);
        auto a = d.observe(101, 2, 2.1);
        QVERIFY(a.has_value());
        QCOMPARE(a->kind, ts::AlertKind::GradientSpike);
        QVERIFY2(a->message.find("Gradient norm 2.1 at step 101 (epoch 2) is 10 standard deviations") == 0,
                 a->message.c_str());
        QVERIFY(a->message.find("previous 100 steps (mean 1.1, std 0.1)") != std::string::npos);
        QVERIFY(a->advice.find("--grad-clip") != std::string::npos);
        QCOMPARE(a->values.front().first, std::string("grad_norm"));
    }

    void sustainedExplodingRatioAlertsOncePerEpisode() {
        std::vector<double> r(4, 0.5);
        QVERIFY(ratioAlerts(r).empty());  // not yet sustained
        r = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1e-3, 0.5, 0.5, 0.5, 0.5, 0.5};
        const auto alerts = ratioAlerts(r);
        QCOMPARE(alerts.size(), size_t(2));
        QCOMPARE(alerts[0].first, int64_t(5));
        QCOMPARE(alerts[1].first, int64_t(13));  // re-armed by the return into the band at step 8
        QCOMPARE(alerts[0].second, ts::AlertKind::ExplodingGradients);
    }

    void vanishingRatioAndIgnoredSamples() {
        // -1 (not measured) neither counts nor breaks the stretch.
        const auto alerts = ratioAlerts({1e-7, 1e-7, -1.0, 1e-7, 1e-7, 1e-7});
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts[0].first, int64_t(6));
        QCOMPARE(alerts[0].second, ts::AlertKind::VanishingGradients);
        ts::UpdateRatioDetector d{ts::HealthSettings{}};
        for (int i = 1; i <= 10; ++i) QVERIFY(d.observe(ratioSample(i, 5.0, 0.0)).empty());  // zero weights
        // A cosine schedule's tail: tiny updates at 1% of the peak learning rate are intended, not vanishing; the
        // same ratios at the peak learning rate are.
        ts::UpdateRatioDetector annealing{ts::HealthSettings{}};
        for (int i = 1; i <= 10; ++i) {
            QVERIFY(annealing.observe(ratioSample(i, i <= 2 ? 1e-3 : 1e-7), i <= 2 ? 1e-2 : 1e-4).empty());
        }
        ts::UpdateRatioDetector constant{ts::HealthSettings{}};
        size_t raised = 0;
        for (int i = 1; i <= 10; ++i) {
            raised += constant.observe(ratioSample(i, i <= 2 ? 1e-3 : 1e-7), 1e-2).size();
        }
        QCOMPARE(raised, size_t(1));
    }

    void healthyOrFlickeringRatiosStayQuiet() {
        QVERIFY(ratioAlerts(std::vector<double>(50, 1e-3)).empty());
        std::vector<double> flicker;
        for (int i = 0; i < 50; ++i) flicker.push_back(i % 3 == 2 ? 1e-3 : 0.5);
        QVERIFY(ratioAlerts(flicker).empty());
    }

    void ratioAlertNamesTheLayer() {
        ts::UpdateRatioDetector d{ts::HealthSettings{}};
        std::vector<ts::Alert> alerts;
        for (int i = 1; i <= 5; ++i) alerts = d.observe(ratioSample(i * 20, 0.25));
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts[0].layer, std::string("fc1.weight"));
        QVERIFY2(alerts[0].message.find("fc1.weight has been above 0.1 for 5 health samples in a row, now 0.25 at step 100 (epoch 1); about") !=
                     std::string::npos,
                 alerts[0].message.c_str());
    }

    void overfittingIsFlaggedAtTheRightEvaluation() {
        ts::OverfittingDetector d{ts::HealthSettings{}};
        const double val[] = {1.0, 0.8, 0.7, 0.72, 0.75, 0.8, 0.9, 1.0};
        std::vector<int> flagged;
        std::optional<ts::Alert> first;
        for (int e = 1; e <= 8; ++e)
            if (auto a = d.observe(evalPoint(e, 1.0 / e, val[e - 1]))) {
                flagged.push_back(a->epoch);
                if (!first) first = a;
            }
        QCOMPARE(flagged, std::vector<int>{6});  // the third rise; once
        QVERIFY2(first->message.find("best validation loss was 0.7 at step 300 (epoch 3)") != std::string::npos,
                 first->message.c_str());
        QVERIFY(first->advice.find("weight decay") != std::string::npos);
    }

    void overfittingReArmsAfterANewBest() {
        ts::OverfittingDetector d{ts::HealthSettings{}};
        const double val[] = {1.0, 1.1, 1.2, 1.3, 0.5, 0.6, 0.7, 0.8};
        std::vector<int> flagged;
        for (int e = 1; e <= 8; ++e)
            if (auto a = d.observe(evalPoint(e, 1.0 / e, val[e - 1]))) flagged.push_back(a->epoch);
        QCOMPARE(flagged, (std::vector<int>{4, 8}));
    }

    void risingValidationWithRisingTrainingIsNotOverfitting() {
        ts::OverfittingDetector d{ts::HealthSettings{}};
        for (int e = 1; e <= 8; ++e) QVERIFY(!d.observe(evalPoint(e, 0.5 + 0.1 * e, 0.6 + 0.1 * e)));
        ts::OverfittingDetector noisy{ts::HealthSettings{}};
        const double val[] = {1.0, 0.9, 0.95, 0.85, 0.9, 0.8, 0.85, 0.75};  // up and down, still improving
        for (int e = 1; e <= 8; ++e) QVERIFY(!noisy.observe(evalPoint(e, 1.0 / e, val[e - 1])));
    }

    void plateauAtConstantLrIsFlaggedOnce() {
        ts::PlateauDetector d{ts::HealthSettings{}};
        std::vector<int> flagged;
        for (int e = 1; e <= 12; ++e)
            if (auto a = d.observe(evalPoint(e, 0.5, e == 1 ? 0.9 : 0.9 - 1e-6 * e))) flagged.push_back(a->epoch);
        QCOMPARE(flagged, std::vector<int>{6});  // five evaluations after the best, tiny gains ignored
    }

    void noPlateauWhileImprovingOrWhenTheLrMoves() {
        ts::PlateauDetector improving{ts::HealthSettings{}};
        for (int e = 1; e <= 20; ++e) QVERIFY(!improving.observe(evalPoint(e, 0.5, 1.0 / e)));
        ts::PlateauDetector scheduled{ts::HealthSettings{}};
        for (int e = 1; e <= 20; ++e) QVERIFY(!scheduled.observe(evalPoint(e, 0.5, 0.9, 1e-3 / e)));
    }

    void plateauReArmsAfterImprovement() {
        ts::PlateauDetector d{ts::HealthSettings{}};
        std::vector<int> flagged;
        for (int e = 1; e <= 14; ++e)
            if (auto a = d.observe(evalPoint(e, 0.5, e < 8 ? 0.9 : 0.8))) flagged.push_back(a->epoch);
        QCOMPARE(flagged, (std::vector<int>{6, 13}));
    }

    void deadLayerOncePerEpisode() {
        ts::DeadLayerDetector d{ts::HealthSettings{}};
        QCOMPARE(d.observe(deadSample(1, 0.3)).size(), size_t(0));
        const auto alerts = d.observe(deadSample(2, 0.6));
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts[0].layer, std::string("fc1"));
        QVERIFY2(alerts[0].message.find("60% of the 128 units of layer fc1 are dead") == 0, alerts[0].message.c_str());
        QVERIFY(alerts[0].advice.find("LeakyReLU") != std::string::npos);
        QCOMPARE(d.observe(deadSample(3, 0.7)).size(), size_t(0));
        QCOMPARE(d.observe(deadSample(4, 0.5)).size(), size_t(0));  // recovered (not above the share)
        QCOMPARE(d.observe(deadSample(5, 0.8)).size(), size_t(1));
        QCOMPARE(d.observe(deadSample(6, 0.9, false)).size(), size_t(0));  // not rectified: means nothing
    }

    void monitorRunsTheDetectors() {
        ts::HealthMonitor m{ts::HealthSettings{}};
        std::vector<ts::Alert> all;
        const std::vector<double> loss = noisyLoss(300);
        for (size_t i = 0; i < loss.size(); ++i) {
            const double l = i == 200 ? loss[i] * 5.0 : loss[i];
            const double g = i == 250 ? 50.0 : 1.0 + 0.01 * double(i % 7);
            for (ts::Alert& a : m.observeStep(int64_t(i + 1), 1, l, g)) all.push_back(a);
        }
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[0].kind, ts::AlertKind::LossSpike);
        QCOMPARE(all[0].step, int64_t(201));
        QCOMPARE(all[1].kind, ts::AlertKind::GradientSpike);
        QCOMPARE(all[1].step, int64_t(251));
        QCOMPARE(m.observeHealth(deadSample(300, 0.9)).size(), size_t(1));
    }

    void monitorIgnoresEvaluationsWithoutValidation() {
        ts::HealthMonitor m{ts::HealthSettings{}};
        for (int e = 1; e <= 10; ++e) {
            ts::EpochMetrics em;
            em.epoch = e;
            em.trainLoss = 1.0 / e;
            em.val.loss = 0.0;  // a classifier without a validation split: no confusion matrix
            QVERIFY(m.observeEvaluation(em).empty());
        }
        ts::HealthMonitor lm{ts::HealthSettings{}};
        std::vector<ts::Alert> all;
        for (int e = 1; e <= 6; ++e) {
            ts::EpochMetrics em;
            em.epoch = e;
            em.step = e * 100;
            em.languageModel = true;
            em.trainLoss = 3.0 / e;
            em.val.loss = e <= 3 ? 3.0 - 0.1 * e : 2.7 + 0.1 * (e - 3);
            em.lr = 1e-3 / e;
            for (ts::Alert& a : lm.observeEvaluation(em)) all.push_back(a);
        }
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].kind, ts::AlertKind::Overfitting);
    }

    void disabledMonitorAndStopOn() {
        ts::HealthSettings off;
        off.enabled = false;
        ts::HealthMonitor m{off};
        QVERIFY(m.observeHealth(deadSample(1, 0.9)).empty());
        ts::HealthSettings s;
        s.stopOn = {"loss_spike", "non_finite"};
        ts::HealthMonitor stopping{s};
        ts::Alert a;
        a.kind = ts::AlertKind::LossSpike;
        QVERIFY(stopping.stopsRun(a));
        a.kind = ts::AlertKind::Plateau;
        QVERIFY(!stopping.stopsRun(a));
        QVERIFY(!m.stopsRun(a));
    }

    void nonFiniteAlert() {
        const ts::Alert a = ts::HealthMonitor::nonFinite(42, 2, "loss", std::numeric_limits<double>::quiet_NaN(), 0.5);
        QCOMPARE(a.kind, ts::AlertKind::NonFinite);
        QCOMPARE(a.step, int64_t(42));
        QCOMPARE(a.message, std::string("The loss became nan at step 42 (epoch 2) with a learning rate of 0.5; the run diverged."));
        QVERIFY(a.advice.find("Lower the learning rate") == 0);
    }
};

QTEST_APPLESS_MAIN(TestAlerts)
#include "test_alerts.moc"
