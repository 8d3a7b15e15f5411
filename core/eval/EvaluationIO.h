// Saving and loading an evaluation (core/Evaluation.h). Torch-free, Qt-free. An evaluation folder holds:
//   evaluation.json   model, data, split, device, seconds, metrics (same keys as summary.json's "test"),
//                     calibration, confidence, drift, comparison, notes, warnings
//   predictions.csv   index,true,predicted,confidence,true_name,predicted_name for every evaluated sample
//                     (the first four columns as in a run folder's predictions.csv)
// A language model's folder holds documents.csv instead of predictions.csv, and evaluation.json has task
// "language-model" and the members of core/eval/LanguageModelEvaluationIO.h.
#pragma once

#include "core/eval/Evaluation.h"
#include "core/common/Json.h"

#include <string>

namespace ts {

/// evaluation.json's "calibration" (bins, ece, mce) and back.
Json toJson(const Calibration& c);
Calibration calibrationFromJson(const Json& j);
/// evaluation.json's "confidence" (edges, correct, wrong) and back.
Json toJson(const ConfidenceHistogram& h);
ConfidenceHistogram confidenceFromJson(const Json& j);

/// The evaluation.json document: everything but the predictions and the sample data.
Json toJson(const EvaluationResult& r);
/// Reads what toJson wrote; missing members keep their defaults (an older or damaged file still loads).
EvaluationResult evaluationFromJson(const Json& j);

/// Creates `dir` (and parents) and writes evaluation.json and predictions.csv into it, each through a
/// temporary file and a rename. Throws std::runtime_error naming the folder or file and the reason
/// (e.g. a read-only folder or a full disk).
void writeEvaluation(const std::string& dir, const EvaluationResult& r);

/// Reads a folder written by writeEvaluation, predictions included. Throws std::runtime_error when
/// evaluation.json is missing or not JSON; a missing or damaged predictions.csv only adds a warning.
EvaluationResult loadEvaluation(const std::string& dir);

}  // namespace ts
