// Test data shared by the report tests (test_report.cpp: content, HTML and SVG; test_report_exports.cpp:
// CSV, JSON and files): a run written by the real RunWriter, a hand-made evaluation, and file helpers.
#pragma once

#include "core/eval/Evaluation.h"
#include "core/eval/Metrics.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/train/Trainer.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QString>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ts::testing {

/// The classes of every report test; one name needs escaping in HTML and SVG.
inline const std::vector<std::string> kClasses = {"T-shirt/top", "Trouser", "A<B&C"};

/// The whole file at `path` (empty when it cannot be read).
inline std::string readText(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Validation metrics of a 3-class model that vary a little with `seed` (an epoch, or 9 for the test set).
inline EvalMetrics evaluation(int seed) {
    EvalMetrics m;
    m.confusion.reset(kClasses);
    const int64_t cells[3][3] = {{50 + seed, 3, 0}, {2, 61, 1}, {7, 0, 40 - seed}};
    for (int t = 0; t < 3; ++t)
        for (int p = 0; p < 3; ++p) m.confusion.at(t, p) = cells[t][p];
    m.loss = 0.5 / (1 + seed);
    m.accuracy = 0.8 + 0.01 * seed;
    m.perClass.resize(3);
    for (int c = 0; c < 3; ++c) {
        m.perClass[size_t(c)].precision = 0.81 + 0.03 * c + 0.001 * seed;
        m.perClass[size_t(c)].recall = 0.72 + 0.05 * c;
        m.perClass[size_t(c)].f1 = 0.765 + 0.04 * c + 0.002 * seed;
        m.perClass[size_t(c)].support = 53 + c;
    }
    m.perClass[2].precisionUndefined = seed == 0;
    m.macro = {0.84, 0.77, 0.805, 0, false, false};
    m.weighted = {0.85, 0.78, 0.81, 0, false, false};
    return m;
}

/// Writes a small run folder through RunWriter: `epochs` epochs of `perEpoch` batches, then a test evaluation.
inline std::string writeRun(const QString& root, int epochs = 3, int perEpoch = 40, const std::string& notes = {}) {
    const std::string dir = QDir(root).filePath(QStringLiteral("run")).toStdString();
    TrainConfig cfg = presetConfig("mlp");
    cfg.epochs = epochs;
    DatasetInfo data = datasetInfo(kClasses);
    data.name = "Tiny";
    data.trainCount = 900;
    data.trainHistogram = {300, 320, 280};
    RunSummary summary;
    {
        RunWriter writer(dir, cfg, data);
        writer.onStart("cpu", 2, perEpoch);
        int64_t step = 0;
        for (int e = 1; e <= epochs; ++e) {
            for (int b = 1; b <= perEpoch; ++b) {
                BatchMetrics m;
                m.step = ++step;
                m.epoch = e;
                m.batch = b;
                m.batchesPerEpoch = perEpoch;
                m.loss = 2.0 / std::sqrt(double(step)) + 0.01 * (step % 7);
                m.lr = 1e-3 * std::cos(double(step) / (epochs * perEpoch) * 1.5);
                m.samplesPerSec = 5000 + step;
                m.elapsedSec = 0.01 * double(step);
                writer.onBatch(m);
            }
            EpochMetrics em = epochMetrics(e, epochs, step, evaluation(e));
            em.trainLoss = 0.9 / e;
            em.trainAccuracy = 0.7 + 0.05 * e;
            em.lr = 1e-3 / e;
            em.seconds = 1.5;
            em.evalSeconds = 0.25;
            em.elapsedSec = 1.75 * e;
            em.samplesPerSec = 6000;
            writer.onEpoch(em);
            summary.epochs.push_back(em);
        }
        summary.device = "cpu";
        summary.threads = 2;
        summary.hasTest = true;
        summary.test = evaluation(9);
        summary.totalSeconds = 5.5;
        writer.onFinished(summary);
    }
    if (!notes.empty()) saveRunMeta(dir, RunMeta{"My <b>run</b>", {"baseline"}, notes});
    return dir;
}

/// The rows of a CSV text, split at commas outside quotes ("" inside quotes is one quote).
inline std::vector<std::vector<std::string>> csvRows(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells(1);
        bool quoted = false;
        for (size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') { cells.back() += '"'; ++i; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) cells.emplace_back();
            else cells.back() += c;
        }
        rows.push_back(cells);
    }
    return rows;
}

/// An evaluation of a 3-class model, filled by hand: 12 predictions, calibration and confidence from
/// them, a comparison in which "Trouser" lost F1, and drift against a reference with other class shares.
inline EvaluationResult handMadeEvaluation(bool withReference) {
    EvaluationResult r;
    r.modelPath = "/runs/tiny-run/checkpoint-best.pt";
    r.modelKind = "checkpoint";
    r.modelDescription = "mlp preset, 1,234 parameters";
    r.runDir = "/runs/tiny-run";
    r.dataPath = "/data/new-shirts.csv";
    r.dataName = "new-shirts";
    r.dataFormat = "CSV";
    r.splitName = "all";
    r.device = "cpu";
    r.seconds = 1.25;
    // (true, predicted, confidence): class 1 ("Trouser") is often confused with class 0.
    const int rows[12][2] = {{0, 0}, {0, 0}, {0, 0}, {0, 1}, {1, 1}, {1, 0}, {1, 0}, {1, 1}, {2, 2}, {2, 2}, {2, 2}, {2, 0}};
    const double conf[12] = {0.95, 0.9, 0.85, 0.6, 0.92, 0.7, 0.55, 0.8, 0.99, 0.97, 0.65, 0.4};
    std::vector<Prediction> predictions;
    for (int i = 0; i < 12; ++i) predictions.push_back({i, rows[i][0], rows[i][1], conf[i]});
    scorePredictions(r, predictions, kClasses, 0.734);

    // The run's test metrics: as now, except that "Trouser" was clearly better.
    EvalMetrics baseline = r.metrics;
    baseline.perClass[1].f1 = std::min(1.0, baseline.perClass[1].f1 + 0.3);
    baseline.perClass[1].recall = std::min(1.0, baseline.perClass[1].recall + 0.3);
    baseline.accuracy = r.metrics.accuracy + 0.1;
    baseline.loss = 0.21;
    r.comparison = compareWithBaseline(r.metrics, baseline, 0.05);
    r.comparison.runDir = r.runDir;
    r.comparison.runName = "tiny-run";

    DriftReport& d = r.drift;
    d.classNames = kClasses;
    d.currentCounts = {4, 4, 4};
    if (withReference) {
        d.hasReference = true;
        d.referenceName = "Tiny training split";
        d.referenceCounts = {300, 320, 40};
        d.classChiSquare = chiSquareHomogeneity(d.referenceCounts, d.currentCounts);
        d.classPsi = populationStabilityIndex(d.referenceCounts, d.currentCounts);
        d.featureKind = "columns";
        d.features = {{"width", 0.12, 0.8, 0.02, 1.0, 1.1, 0.5, 0.5},
                      {"length", 0.61, 0.0004, 0.41, 2.0, 3.5, 1.0, 1.2},
                      {"<weight>", 0.3, 0.2, 0.15, 5.0, 5.5, 1.0, 1.0}};
    }
    r.notes = {"The model's classes match the data's."};
    r.warnings = {"2 rows had missing values and were skipped"};
    return r;
}

}  // namespace ts::testing
