// The tests' one fixture module: "Quadrants", a tiny learnable image data set (class k lights up quadrant k)
// for trainer and worker tests, and its description (DatasetInfo) for run-folder, report and window tests.
#pragma once

#include "core/common/Types.h"
#include "core/data/Dataset.h"
#include "core/eval/Evaluation.h"
#include "core/eval/Metrics.h"
#include "core/train/TrainConfig.h"

#include <string>
#include <vector>

#include <random>
#include <utility>

namespace ts::testing {

constexpr int kSynthClasses = 4;
constexpr int kSynthSide = 8;
constexpr uint8_t kSynthBright = 200;
constexpr int kSynthNoise = 60;

/// Fills `set` with `n` samples (classes in round-robin order), noise drawn from `rng`.
inline void fillQuadrants(ImageSet& set, int n, std::mt19937& rng) {
    set.channels = 1;
    set.height = set.width = kSynthSide;
    set.pixels.assign(size_t(n) * kSynthSide * kSynthSide, 0);
    set.labels.resize(size_t(n));
    std::uniform_int_distribution<int> noise(0, kSynthNoise);
    const int half = kSynthSide / 2;
    for (int i = 0; i < n; ++i) {
        const int cls = i % kSynthClasses;
        set.labels[size_t(i)] = cls;
        uint8_t* img = set.pixels.data() + size_t(i) * kSynthSide * kSynthSide;
        for (int y = 0; y < kSynthSide; ++y)
            for (int x = 0; x < kSynthSide; ++x) {
                const int quadrant = (y >= half ? 2 : 0) + (x >= half ? 1 : 0);
                img[y * kSynthSide + x] = uint8_t(noise(rng) + (quadrant == cls ? kSynthBright - kSynthNoise : 0));
            }
    }
}

/// A data set with `trainN` training and `testN` test samples and 4 named classes.
inline Dataset quadrantDataset(int trainN, int testN, unsigned seed = 7) {
    std::mt19937 rng(seed);
    Dataset ds;
    ds.name = "Quadrants";
    ds.path = "synthetic";
    ds.format = "synthetic";
    ds.classNames = {"top-left", "top-right", "bottom-left", "bottom-right"};
    fillQuadrants(ds.train, trainN, rng);
    fillQuadrants(ds.test, testN, rng);
    return ds;
}

/// A quick training configuration for tests: `preset` with `epochs` epochs of batch `batchSize`, one
/// thread on the CPU (the same numbers on every machine).
inline TrainConfig quickConfig(const std::string& preset, int epochs, int batchSize) {
    TrainConfig c = presetConfig(preset);
    c.epochs = epochs;
    c.batchSize = batchSize;
    c.threads = 1;
    c.device = "cpu";
    return c;
}

/// What the evaluator fills in before any number: the best checkpoint of the mlp run at `runDir`, evaluated
/// on the CPU over the whole of `dataPath` (named `dataName`, of `format`) in 1.25 s. Tests add the rest.
inline EvaluationResult evaluationOf(const std::string& runDir, const std::string& dataPath,
                                     const std::string& dataName, const std::string& format) {
    EvaluationResult r;
    r.modelPath = runDir + "/checkpoint-best.pt";
    r.modelKind = "checkpoint";
    r.modelDescription = "mlp preset, 669,706 parameters";
    r.runDir = runDir;
    r.dataPath = dataPath;
    r.dataName = dataName;
    r.dataFormat = format;
    r.splitName = "all";
    r.device = "cpu";
    r.seconds = 1.25;
    return r;
}

/// Gives `r` the `predictions` and what an evaluation derives from them: the confusion matrix over
/// `classNames` and its metrics (with `loss`), the calibration and the confidence histogram (10 bins each).
inline void scorePredictions(EvaluationResult& r, std::vector<Prediction> predictions,
                             const std::vector<std::string>& classNames, double loss) {
    constexpr int kBins = 10;
    ConfusionMatrix cm;
    cm.reset(classNames);
    for (const Prediction& p : predictions) ++cm.at(p.trueClass, p.predicted);
    r.predictions = std::move(predictions);
    r.metrics = metricsFromConfusion(cm, loss);
    r.calibration = computeCalibration(r.predictions, kBins);
    r.confidence = confidenceHistogram(r.predictions, kBins);
}

/// An epoch's metrics with what every window and run-folder test needs: train loss 0.5 and accuracy 0.75,
/// validation metrics `val` measured on the "validation" set. Tests set timings and rates they look at.
inline EpochMetrics epochMetrics(int epoch, int epochs, int64_t step, const EvalMetrics& val) {
    EpochMetrics m;
    m.epoch = epoch;
    m.epochs = epochs;
    m.step = step;
    m.trainLoss = 0.5;
    m.trainAccuracy = 0.75;
    m.val = val;
    m.valSetName = "validation";
    return m;
}

/// The description of a small Quadrants-like data set as a run records it: three classes (or
/// `classNames`), 90 train / 10 validation / 30 test samples of 1x8x8, an even training histogram, a content
/// hash and load options. Tests override the fields they look at.
inline DatasetInfo datasetInfo(std::vector<std::string> classNames = {"a", "b", "c"}) {
    DatasetInfo d;
    d.name = "Quadrants";
    d.path = "/data/quadrants";
    d.format = "synthetic";
    d.trainCount = 90;
    d.valCount = 10;
    d.testCount = 30;
    d.channels = 1;
    d.height = d.width = kSynthSide;
    d.trainHistogram.assign(classNames.size(), d.trainCount / int64_t(classNames.empty() ? 1 : classNames.size()));
    d.classNames = std::move(classNames);
    d.contentHash = "fnv1a64:0123456789abcdef";
    d.loadOptions = R"({"label_column":"species","seed":7})";
    return d;
}

}  // namespace ts::testing
