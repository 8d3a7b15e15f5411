// Sweeps (issue 19), the torch-free half: search spaces parsed from their text and back, grid and seeded random
// trials, trial values applied to a configuration, successive halving's rungs and promotions, the objective, and
// sweep.json / trials.csv read back as written.
#include "core/sweep/Sweep.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

namespace {

std::string refusalOf(const std::string& spec) {
    try {
        ts::parseSweepParameter(spec);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return {};
}

ts::EpochMetrics evaluation(double loss, double accuracy) {
    ts::EpochMetrics e;
    e.val.loss = loss;
    e.val.accuracy = accuracy;
    e.val.confusion.reset({"a", "b"});
    e.val.confusion.counts[0] = 10;  // an evaluation that counted samples
    return e;
}

}  // namespace

class TestSweep : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesEverySpace() {
        const ts::SweepParameter log = ts::parseSweepParameter("lr=log:1e-4:1e-1");
        QCOMPARE(log.name, std::string("lr"));
        QVERIFY(log.logScale());
        QCOMPARE(log.low, 1e-4);
        const ts::SweepParameter list = ts::parseSweepParameter("batch-size=64,128,256");
        QCOMPARE(list.name, std::string("batch_size"));
        QCOMPARE(list.values.size(), size_t(3));
        QCOMPARE(list.values[2].number(), 256.0);
        const ts::SweepParameter words = ts::parseSweepParameter("optimizer=adam,sgd");
        QCOMPARE(words.values[1].string(), std::string("sgd"));
        QCOMPARE(ts::parseSweepParameter("layers=int:2:6").kind, ts::SweepParameter::Kind::IntRange);
        for (const char* spec : {"lr=log:0.0001:0.1", "batch_size=64,128", "dropout=uniform:0:0.3", "optimizer=adam,sgd"})
            QCOMPARE(ts::sweepParameterSpec(ts::parseSweepParameter(spec)), std::string(spec));
    }

    void refusesWhatCannotBeSwept() {
        QVERIFY(refusalOf("learning_rate=0.1").find("not a training option") != std::string::npos);
        QVERIFY(refusalOf("lr").find("NAME=VALUES") != std::string::npos);
        QVERIFY(refusalOf("lr=log:0:1").find("positive") != std::string::npos);
        QVERIFY(refusalOf("lr=log:a:1").find("not a number") != std::string::npos);
        QVERIFY(refusalOf("layers=int:2:5.5").find("whole") != std::string::npos);
        QVERIFY(refusalOf("steps=100,200").empty());  // a language model's option
    }

    void gridCoversEveryCombination() {
        const std::vector<ts::SweepParameter> params = {ts::parseSweepParameter("lr=log:1e-4:1e-2"),
                                                        ts::parseSweepParameter("batch_size=64,128")};
        const auto trials = ts::gridTrials(params, 3);
        QCOMPARE(trials.size(), size_t(6));
        QCOMPARE(trials[0][0].second.number(), 1e-4);
        QVERIFY(std::abs(trials[2][0].second.number() - 1e-3) < 1e-12);  // the log midpoint
        QCOMPARE(trials[1][1].second.number(), 128.0);                   // the last parameter varies fastest
        QCOMPARE(ts::gridTrials({ts::parseSweepParameter("layers=int:1:2")}, 5).size(), size_t(2));
    }

    void randomDrawsAreSeededAndInRange() {
        const std::vector<ts::SweepParameter> params = {ts::parseSweepParameter("lr=log:1e-4:1e-1"),
                                                        ts::parseSweepParameter("layers=int:2:4")};
        const auto a = ts::randomTrials(params, 200, 7), b = ts::randomTrials(params, 200, 7);
        const auto c = ts::randomTrials(params, 200, 8);
        QCOMPARE(ts::describeTrial(a[5]), ts::describeTrial(b[5]));
        QVERIFY(ts::describeTrial(a[5]) != ts::describeTrial(c[5]));
        int belowMillesimal = 0;
        std::set<double> layers;
        for (const auto& t : a) {
            const double lr = t[0].second.number();
            QVERIFY(lr >= 1e-4 && lr <= 1e-1);
            belowMillesimal += lr < 1e-3;
            layers.insert(t[1].second.number());
        }
        QVERIFY(belowMillesimal > 40 && belowMillesimal < 95);  // a third of the decades, drawn in the logarithm
        QCOMPARE(layers, (std::set<double>{2, 3, 4}));
    }

    void trialValuesSetTheConfiguration() {
        ts::TrainConfig base = ts::presetConfig("mlp");
        const ts::TrainConfig cfg = ts::applyTrial(
            base, {{"lr", ts::Json(0.005)}, {"batch_size", ts::Json(128.0)}, {"optimizer", ts::Json("sgd")}});
        QCOMPARE(cfg.lr, 0.005);
        QCOMPARE(cfg.batchSize, 128);
        QCOMPARE(cfg.optimizer, std::string("sgd"));
        QCOMPARE(cfg.epochs, base.epochs);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ts::applyTrial(base, {{"lr", ts::Json("fast")}}));
    }

    void objectiveTakesBestOrFinal() {
        const std::vector<ts::EpochMetrics> evals = {evaluation(0.9, 0.6), evaluation(0.5, 0.8), evaluation(0.7, 0.7)};
        QCOMPARE(ts::parseSweepObjective("val_loss").of(evals), 0.5);
        QCOMPARE(ts::parseSweepObjective("final_val_loss").of(evals), 0.7);
        QCOMPARE(ts::parseSweepObjective("val_accuracy").of(evals), 0.8);
        QVERIFY(std::isnan(ts::parseSweepObjective("val_loss").of({})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ts::parseSweepObjective("accuracy"));
        const ts::SweepObjective loss = ts::parseSweepObjective("val_loss");
        QVERIFY(loss.better(0.4, std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(!loss.better(std::numeric_limits<double>::quiet_NaN(), 0.4));
    }

    void halvingPromotesTheBestThird() {
        ts::Sweep sweep;
        sweep.def.strategy = ts::SweepStrategy::Halving;
        sweep.def.base.epochs = 9;
        sweep.def.params = {ts::parseSweepParameter("lr=log:1e-4:1e-1")};
        sweep.def.trials = 9;
        QCOMPARE(sweep.def.rungBudgets(), (std::vector<int>{1, 3, 9}));
        sweep.trials = ts::planTrials(sweep.def);
        const double losses[9] = {0.9, 0.2, 0.5, std::numeric_limits<double>::quiet_NaN(), 0.3, 0.8, 0.1, 0.7, 0.6};
        for (int i = 0; i < 9; ++i) {
            sweep.trials[size_t(i)].status = "paused";
            sweep.trials[size_t(i)].objective = losses[i];
            sweep.trials[size_t(i)].rounds = 1;
        }
        QCOMPARE(ts::promoteRung(sweep, 0), 3);
        std::set<int> promoted;
        for (const ts::SweepTrial& t : sweep.trials)
            if (t.rung == 1) {
                QCOMPARE(t.status, std::string("pending"));
                promoted.insert(t.index);
            } else {
                QCOMPARE(t.status, std::string("pruned"));
            }
        QCOMPARE(promoted, (std::set<int>{2, 5, 7}));
        QVERIFY(!sweep.done());
        QCOMPARE(sweep.bestTrial(), 6);  // trial 7 leads the highest rung reached
    }

    void filesReadBackAsWritten() {
        QTemporaryDir dir;
        ts::Sweep sweep;
        sweep.def.base = ts::presetConfig("mlp");
        sweep.def.params = {ts::parseSweepParameter("lr=log:1e-4:1e-1"), ts::parseSweepParameter("optimizer=adam,sgd")};
        sweep.def.strategy = ts::SweepStrategy::Grid;
        sweep.def.gridPoints = 2;
        sweep.def.objective = ts::parseSweepObjective("final_val_accuracy");
        sweep.def.dataPath = "/data/x.csv";
        sweep.trials = ts::planTrials(sweep.def);
        sweep.trials[1].status = "finished";
        sweep.trials[1].objective = 0.875;
        sweep.trials[1].message = "a, \"quoted\" note";
        ts::saveSweep(dir.path().toStdString(), sweep);
        const ts::Sweep back = ts::loadSweep(dir.path().toStdString());
        QCOMPARE(back.trials.size(), size_t(4));
        QCOMPARE(back.def.strategy, ts::SweepStrategy::Grid);
        QVERIFY(back.def.objective.finalValue);
        QCOMPARE(back.trials[1].objective, 0.875);
        QCOMPARE(back.trials[1].values[1].second.string(), std::string("sgd"));
        QVERIFY(std::isnan(back.trials[0].objective));
        QCOMPARE(back.bestTrial(), 1);
        std::ifstream csv(dir.filePath("trials.csv").toStdString());
        std::stringstream text;
        text << csv.rdbuf();
        QVERIFY(text.str().rfind("trial,status,rung,rounds,objective,lr,optimizer,seconds,run_dir,message\n", 0) == 0);
        QVERIFY(text.str().find("2,finished,0,0,0.875,0.0001,sgd,0,trial-002,\"a, \"\"quoted\"\" note\"\n") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ts::loadSweep(dir.filePath("none").toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "test_sweep.moc"
