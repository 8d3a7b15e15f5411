// Evaluate mode: what evaluating a saved model on new labelled data produces, and the statistics
// behind it (calibration, confidence, drift, comparison with training). Torch-free and Qt-free:
// the model loading and inference live in Evaluator.cpp behind core/Evaluator.h.
#pragma once

#include "core/data/Dataset.h"
#include "core/common/Types.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ts {

struct LanguageModelEvaluation;
struct TextDriftReport;

// ---------------------------------------------------------------------------------------------
// Calibration and confidence
// ---------------------------------------------------------------------------------------------

/// One bin of a reliability diagram: predictions whose top-1 confidence lies in [lower, upper)
/// (the last bin includes 1.0).
struct CalibrationBin {
    double lower = 0.0;
    double upper = 0.0;
    int64_t count = 0;
    double meanConfidence = 0.0;  ///< mean top-1 confidence of the bin's predictions (0 when empty)
    double accuracy = 0.0;        ///< share of the bin's predictions that are correct (0 when empty)
};

/// Reliability diagram plus its summary numbers.
struct Calibration {
    std::vector<CalibrationBin> bins;
    double ece = 0.0;  ///< expected calibration error: sum over bins of count/N * |accuracy - meanConfidence|
    double mce = 0.0;  ///< maximum calibration error over non-empty bins
};

/// Equal-width bins over [0, 1]; `bins` >= 1. No predictions gives empty bins and ECE 0.
Calibration computeCalibration(const std::vector<Prediction>& predictions, int bins = 15);
/// The same for (confidence, correct) pairs, e.g. next-token predictions (correct[i] != 0: right); pairs past the
/// shorter vector are ignored.
Calibration computeCalibration(const std::vector<float>& confidence, const std::vector<uint8_t>& correct, int bins = 15);

/// Histogram of top-1 confidence, split into correct and wrong predictions.
struct ConfidenceHistogram {
    std::vector<double> edges;     ///< bins + 1 edges from 0 to 1
    std::vector<int64_t> correct;  ///< per bin
    std::vector<int64_t> wrong;    ///< per bin
};

/// Equal-width bins over [0, 1] (confidence 1.0 falls in the last bin).
ConfidenceHistogram confidenceHistogram(const std::vector<Prediction>& predictions, int bins = 20);
/// The same for (confidence, correct) pairs.
ConfidenceHistogram confidenceHistogram(const std::vector<float>& confidence, const std::vector<uint8_t>& correct,
                                        int bins = 20);

// ---------------------------------------------------------------------------------------------
// Drift
// ---------------------------------------------------------------------------------------------

/// Upper tail P(X >= x) of the chi-square distribution with `dof` degrees of freedom.
double chiSquareSurvival(double x, int dof);

/// Chi-square test of homogeneity on the 2 x K table (reference counts, current counts).
/// Classes that are 0 in both rows are left out; dof = (classes kept - 1).
struct ChiSquareResult {
    double statistic = 0.0;
    int dof = 0;
    double pValue = 1.0;
};
ChiSquareResult chiSquareHomogeneity(const std::vector<int64_t>& reference, const std::vector<int64_t>& current);

/// Population stability index between two histograms over the same bins:
/// sum (c - r) * ln(c / r) over the bins' shares, each share floored at `epsilon` so an empty bin stays finite.
/// Rule of thumb: < 0.1 stable, 0.1-0.25 moderate shift, > 0.25 large shift.
double populationStabilityIndex(const std::vector<int64_t>& reference, const std::vector<int64_t>& current,
                                double epsilon = 1e-4);

/// Two-sample Kolmogorov-Smirnov test: the largest gap between the empirical CDFs, and its
/// asymptotic p-value. Inputs need not be sorted.
struct KsResult {
    double statistic = 0.0;
    double pValue = 1.0;
};
KsResult ksTwoSample(std::vector<float> a, std::vector<float> b);

/// PSI of one numeric feature: `bins` bins at the reference sample's quantiles, applied to both samples.
double featurePsi(const std::vector<float>& reference, const std::vector<float>& current, int bins = 10);

/// How much one feature moved between the reference data and the current data.
struct FeatureShift {
    std::string name;
    double ks = 0.0;
    double pValue = 1.0;
    double psi = 0.0;
    double referenceMean = 0.0;
    double currentMean = 0.0;
    double referenceStd = 0.0;
    double currentStd = 0.0;
};

/// Class-distribution and feature shift between the data a model was trained on and new data.
struct DriftReport {
    bool hasReference = false;            ///< false: no training data known, only the current counts are filled
    std::string referenceName;            ///< e.g. "FashionMNIST training split"
    std::vector<std::string> classNames;
    std::vector<int64_t> referenceCounts; ///< per class
    std::vector<int64_t> currentCounts;   ///< per class
    ChiSquareResult classChiSquare;
    double classPsi = 0.0;
    std::string featureKind;              ///< "columns" for tables, "image statistics" for images
    std::vector<FeatureShift> features;   ///< sorted by KS statistic, largest first
};

/// Names of the per-image statistics used as features for image drift, in order.
std::vector<std::string> imageStatisticNames();
/// Per-image statistics (mean brightness, contrast, ...), one vector per statistic, each of set.size().
std::vector<std::vector<float>> imageStatistics(const ImageSet& set);

/// Drift between `reference` and `current`, whose labels index `classNames`. Tables compare each
/// column (values as stored; both sets must be standardized alike), images compare imageStatistics.
/// `featureNames` names table columns (empty: "feature 1", ...). Subsamples to at most `maxSamples`
/// per set (seeded) so that a large set stays fast.
DriftReport computeDrift(const ImageSet& reference, const ImageSet& current, const std::vector<std::string>& classNames,
                         const std::vector<std::string>& featureNames, const std::string& referenceName,
                         int64_t maxSamples = 20000);

// ---------------------------------------------------------------------------------------------
// Comparison with the training run
// ---------------------------------------------------------------------------------------------

/// One class's metrics now against the run's own test metrics (matched by class name).
struct ClassDelta {
    std::string className;
    bool inBaseline = false;      ///< the class was in the run's test metrics
    double baselineF1 = 0.0, currentF1 = 0.0;
    double baselineRecall = 0.0, currentRecall = 0.0;
    double baselinePrecision = 0.0, currentPrecision = 0.0;
    bool flagged = false;         ///< |F1 change| or |recall change| >= the threshold
};

/// The run's test metrics (the baseline) and per-class changes.
struct BaselineComparison {
    bool available = false;
    std::string runDir;
    std::string runName;
    EvalMetrics baseline;
    double threshold = 0.05;
    std::vector<ClassDelta> classes;  ///< in the current metrics' class order
};

/// Builds the comparison; classes are matched by name.
BaselineComparison compareWithBaseline(const EvalMetrics& current, const EvalMetrics& baseline, double threshold = 0.05);

// ---------------------------------------------------------------------------------------------
// The result
// ---------------------------------------------------------------------------------------------

/// Everything one evaluation produces. Plain values (the sample data is shared read-only), safe to
/// pass between threads.
struct EvaluationResult {
    std::string modelPath;
    std::string modelKind;            ///< "checkpoint" or "torchscript"
    std::string modelDescription;     ///< e.g. "mlp preset, 669,706 parameters" or "TorchScript module"
    std::string runDir;               ///< the run the model came from ("" if none)
    std::string dataPath;
    std::string dataName;
    std::string dataFormat;
    std::string splitName;            ///< which part of the data was evaluated: "test", "all"
    std::string device;
    double seconds = 0.0;
    EvalMetrics metrics;              ///< same keys as summary.json's "test"
    std::vector<Prediction> predictions;  ///< one per evaluated sample; index = row in `samples`
    Calibration calibration;
    ConfidenceHistogram confidence;
    DriftReport drift;
    BaselineComparison comparison;
    std::vector<std::string> notes;
    std::vector<std::string> warnings;

    /// The evaluated samples (pixels or standardized features) for the mistakes gallery; may be null.
    std::shared_ptr<const ImageSet> samples;
    std::vector<std::string> featureNames;  ///< tables: column names
    std::vector<float> featureShift;        ///< tables: raw = value / scale + shift
    std::vector<float> featureScale;

    /// "classification" (images, tables, labelled texts) or "language-model".
    std::string task = "classification";
    /// Labelled texts: the evaluated texts (index = Prediction::index) for the mistakes gallery; null otherwise.
    std::shared_ptr<const std::vector<std::string>> texts;
    /// Labelled texts: token and length drift against the training texts (core/eval/TextDrift.h); null otherwise.
    std::shared_ptr<const TextDriftReport> textDrift;
    /// Language models: everything the evaluation measured (core/eval/LanguageModelEvaluation.h); null otherwise.
    /// `metrics`, `predictions`, `calibration` above stay empty for a language model.
    std::shared_ptr<const LanguageModelEvaluation> lm;
};

/// Indices into `predictions` of the samples with true class `trueClass` and prediction
/// `predicted`, most confident first (ties by sample index).
std::vector<size_t> cellSamples(const std::vector<Prediction>& predictions, int trueClass, int predicted);

}  // namespace ts
