// Scoring a classifier's outputs batch by batch for Evaluate mode: predictions, confidence, the confusion matrix and
// the mean loss over the rows whose scores are finite. Internal to core: includes torch.
#pragma once

#include "core/common/Types.h"
#include "core/eval/Evaluation.h"

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// What scoring a whole evaluated set gives.
struct TalliedPredictions {
    EvalMetrics metrics;
    std::vector<Prediction> predictions;  ///< index = row of the evaluated set
    int64_t nonFinite = 0;                ///< rows with NaN or infinite scores (predicted class 0, left out of the loss)
};

/// Accumulates the scored batches of an evaluated set of `rows` rows, in any order.
class PredictionTally {
public:
    PredictionTally(const std::vector<std::string>& classNames, int64_t rows);
    /// Adds the logits [b, classes] (any device and float type) of rows first .. first + b - 1, whose true classes
    /// are labels[0 .. b - 1] (indices into the class names).
    void add(const torch::Tensor& logits, const int64_t* labels, int64_t first);
    /// The metrics (accuracy, per-class figures, mean loss) and the predictions.
    TalliedPredictions finish();

private:
    ConfusionMatrix m_confusion;
    TalliedPredictions m_result;
    double m_lossSum = 0.0;
};

/// Puts `scored` into `result` (metrics, predictions, calibration, confidence histogram), with a warning when some
/// `samples` ("samples", "texts") got non-finite scores.
void storePredictions(TalliedPredictions&& scored, EvaluationResult& result, const std::string& samples);

}  // namespace ts
