// Evaluate mode for text classifiers (text-bow, text-transformer checkpoints): predictions, metrics, calibration and
// confidence on a labelled text set, the comparison with the run's test figures, class counts, and text drift
// against the run's training texts. Internal to core: includes torch (through the evaluator's dispatch only).
#pragma once

#include "core/eval/Evaluator.h"

#include <string>

namespace ts {

/// True when `modelFile` is a TrainScope checkpoint of a text classifier (false for anything unreadable).
bool isTextClassifierCheckpoint(const std::string& modelFile);

/// True when rq.dataPath holds labelled texts and `modelFile` is a TorchScript module (then it is evaluated as a text
/// classifier: token ids [B, T] -> logits [B, C]).
bool isTextClassifierScriptRequest(const EvaluateRequest& rq, const std::string& modelFile);

/// Evaluates the text classifier checkpoint or TorchScript module `modelFile` (of the run folder `runDir`, "" = none) on the labelled
/// texts at rq.dataPath (rq.textColumn and rq.labelColumn choose a table's columns). Throws std::runtime_error
/// with a message for the user when the data is not labelled text or its classes are not the model's.
EvaluationResult evaluateTextClassifier(const EvaluateRequest& rq, const std::string& modelFile,
                                        const std::string& runDir, EvaluateControl* control);

}  // namespace ts
