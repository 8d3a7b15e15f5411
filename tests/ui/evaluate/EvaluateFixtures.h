// Test fixtures of Evaluate mode's GUI tests, made by hand (no model is run): confusion matrices,
// per-sample predictions and images that match them, calibration, and a three-class result.
#pragma once

#include "core/data/Dataset.h"
#include "support/Fixtures.h"
#include "core/eval/Evaluation.h"
#include "core/eval/Metrics.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ts::testing {

/// A 3-class confusion matrix (rows: true class).
inline ts::ConfusionMatrix matrix(const std::vector<std::string>& names, const std::vector<std::vector<int64_t>>& counts) {
    ts::ConfusionMatrix cm;
    cm.reset(names);
    for (size_t t = 0; t < counts.size(); ++t)
        for (size_t p = 0; p < counts[t].size(); ++p) cm.at(static_cast<int>(t), static_cast<int>(p)) = counts[t][p];
    return cm;
}

/// One prediction per sample of `cm`, sample indices in row-major cell order, confidences spread
/// deterministically over [0.30, 0.99].
inline std::vector<ts::Prediction> predictionsFor(const ts::ConfusionMatrix& cm) {
    std::vector<ts::Prediction> out;
    int64_t index = 0;
    for (int t = 0; t < cm.classCount(); ++t)
        for (int p = 0; p < cm.classCount(); ++p)
            for (int64_t k = 0; k < cm.at(t, p); ++k) {
                ts::Prediction pr;
                pr.index = index++;
                pr.trueClass = t;
                pr.predicted = p;
                pr.confidence = 0.30 + 0.69 * double((k * 37 + t * 11 + p * 5) % 100) / 99.0;
                out.push_back(pr);
            }
    return out;
}

/// 4x4 grayscale images whose pixels encode the sample index, labelled with the predictions' true classes.
inline std::shared_ptr<ts::ImageSet> imagesFor(const std::vector<ts::Prediction>& predictions) {
    auto set = std::make_shared<ts::ImageSet>();
    set->channels = 1;
    set->height = 4;
    set->width = 4;
    set->labels.resize(predictions.size());
    set->pixels.resize(predictions.size() * 16);
    for (const ts::Prediction& p : predictions) {
        set->labels[static_cast<size_t>(p.index)] = p.trueClass;
        for (int i = 0; i < 16; ++i) set->pixels[static_cast<size_t>(p.index) * 16 + i] = static_cast<uint8_t>((p.index * 7 + i * 13) % 256);
    }
    return set;
}

/// Calibration and confidence histogram of `predictions`, computed here (equal-width bins).
inline void fillCalibration(ts::EvaluationResult& r, int bins, int histogramBins) {
    r.calibration.bins.assign(static_cast<size_t>(bins), ts::CalibrationBin{});
    std::vector<double> confidence(static_cast<size_t>(bins), 0.0), correct(static_cast<size_t>(bins), 0.0);
    r.confidence.edges.clear();
    for (int i = 0; i <= histogramBins; ++i) r.confidence.edges.push_back(double(i) / histogramBins);
    r.confidence.correct.assign(static_cast<size_t>(histogramBins), 0);
    r.confidence.wrong.assign(static_cast<size_t>(histogramBins), 0);
    for (const ts::Prediction& p : r.predictions) {
        const auto b = static_cast<size_t>(std::min(bins - 1, static_cast<int>(p.confidence * bins)));
        r.calibration.bins[b].count++;
        confidence[b] += p.confidence;
        correct[b] += p.trueClass == p.predicted ? 1.0 : 0.0;
        const auto h = static_cast<size_t>(std::min(histogramBins - 1, static_cast<int>(p.confidence * histogramBins)));
        (p.trueClass == p.predicted ? r.confidence.correct : r.confidence.wrong)[h]++;
    }
    const double n = double(r.predictions.size());
    for (size_t b = 0; b < r.calibration.bins.size(); ++b) {
        ts::CalibrationBin& bin = r.calibration.bins[b];
        bin.lower = double(b) / bins;
        bin.upper = double(b + 1) / bins;
        if (bin.count == 0) continue;
        bin.meanConfidence = confidence[b] / double(bin.count);
        bin.accuracy = correct[b] / double(bin.count);
        const double gap = std::fabs(bin.accuracy - bin.meanConfidence);
        r.calibration.ece += double(bin.count) / n * gap;
        r.calibration.mce = std::max(r.calibration.mce, gap);
    }
}

/// Coat / Shirt / Bag: accuracy 85.0% (119 of 140) against a run whose test accuracy was 93.6%;
/// Shirt is flagged, Coat and Bag are not. Drift has a reference and three image statistics in
/// an unsorted order.
inline ts::EvaluationResult threeClassResult() {
    const std::vector<std::string> names{"Coat", "Shirt", "Bag"};
    ts::EvaluationResult r = ts::testing::evaluationOf("/runs/run-1", "/data/new-coats", "new coats", "image folder");
    const ts::ConfusionMatrix cm = matrix(names, {{50, 8, 2}, {10, 30, 0}, {1, 0, 39}});
    r.metrics = ts::metricsFromConfusion(cm, 0.4321);
    r.predictions = predictionsFor(cm);
    r.samples = imagesFor(r.predictions);
    fillCalibration(r, 10, 20);

    r.comparison.available = true;
    r.comparison.runDir = "/runs/run-1";
    r.comparison.runName = "run one";
    r.comparison.baseline = ts::metricsFromConfusion(matrix(names, {{55, 4, 1}, {3, 37, 0}, {1, 0, 39}}), 0.30);
    r.comparison.threshold = 0.05;
    for (int c = 0; c < 3; ++c) {
        ts::ClassDelta d;
        d.className = names[static_cast<size_t>(c)];
        d.inBaseline = true;
        d.baselineF1 = r.comparison.baseline.perClass[static_cast<size_t>(c)].f1;
        d.currentF1 = r.metrics.perClass[static_cast<size_t>(c)].f1;
        d.baselineRecall = r.comparison.baseline.perClass[static_cast<size_t>(c)].recall;
        d.currentRecall = r.metrics.perClass[static_cast<size_t>(c)].recall;
        d.flagged = c == 1;
        r.comparison.classes.push_back(d);
    }

    r.drift.hasReference = true;
    r.drift.referenceName = "training split of run one";
    r.drift.classNames = names;
    r.drift.referenceCounts = {600, 600, 600};
    r.drift.currentCounts = {60, 40, 40};
    r.drift.classChiSquare = {5.6, 2, 0.061};
    r.drift.classPsi = 0.042;
    r.drift.featureKind = "image statistics";
    // Shifted by `ks` from a reference mean of 0.3 (std 0.1 -> 0.12); significant above a KS of 0.2.
    const auto feature = [](const char* name, double ks, double psi) {
        return ts::FeatureShift{name, ks, ks > 0.2 ? 1e-20 : 0.2, psi, 0.3, 0.3 + ks, 0.1, 0.12};
    };
    r.drift.features = {feature("mean brightness", 0.05, 0.01), feature("contrast", 0.31, 0.40),
                        feature("edge density", 0.12, 0.15)};
    r.notes = {"Compared with the test results of run one"};
    r.warnings = {"3 files were skipped: not images"};
    return r;
}

}  // namespace ts::testing
