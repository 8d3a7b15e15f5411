// Evaluate mode's engine: loads a saved model (a TrainScope checkpoint or a TorchScript module) and
// evaluates it on labelled data. The interface is torch-free; torch lives in Evaluator.cpp.
#pragma once

#include "core/eval/Evaluation.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace ts {


/// What to evaluate, as the user states it (CLI flags or the Evaluate window's fields).
struct EvaluateRequest {
    std::string modelPath;       ///< checkpoint-*.pt from a run folder, a run folder, or a TorchScript file
    std::string dataPath;        ///< any data set TrainScope loads
    std::string runDir;          ///< the run to compare with and take the training data from; "" = infer from modelPath
    std::string referencePath;   ///< training data for drift when the model has no run (TorchScript); "" = none
    std::string split = "auto";  ///< "auto" (test when the format has one, else all), "test", "all"
    std::string inputShape;      ///< TorchScript: "C,H,W" or "F" (features); "" = the data's own shape
    std::vector<std::string> classNames;  ///< TorchScript: class names in output order; empty = the data's
    std::string labelColumn;     ///< tables: label column ("" = default rules)
    bool acceptSparseLabels = false;  ///< IDX: load labels with mostly empty values anyway (LoadOptions)
    std::string textColumn;      ///< labelled text tables: text column ("" = default rules)
    std::string tokenizer;       ///< TorchScript language models: a SentencePiece FILE.model ("" = the module's vocab)
    int64_t contextLength = 0;   ///< TorchScript language models without block_size: window in tokens (0 = required)
    int64_t stride = 0;          ///< language models: tokens each window advances (0 = half the context)
    std::string watchList;       ///< language models: watch-list file for the samples ("" = the run's)
    int prompts = 5;             ///< language models: prompts taken from the new text for samples (0 = none)
    int64_t sampleTokens = 200;  ///< language models: tokens generated per prompt
    std::string device = "auto"; ///< "auto", "cpu" or "cuda"
    int threads = 0;             ///< 0 = automatic
    int64_t batchSize = 1000;
};

/// Progress and cancellation. `progress(done, total, what)` is called on the evaluating thread.
struct EvaluateControl {
    std::atomic<bool> cancel{false};
    std::function<void(int64_t done, int64_t total, const std::string& what)> progress;
};

/// Runs an evaluation. Throws std::runtime_error with a message for the user when the model or data
/// cannot be used (it names both shapes on a mismatch), or "evaluation cancelled" when cancelled.
EvaluationResult evaluateModel(const EvaluateRequest& request, EvaluateControl* control = nullptr);

/// Resolves a model argument (a file, or a run folder) to a file; sets `runDir` when it is empty and the model belongs
/// to a run. Throws std::runtime_error when it does not exist, or is a folder that is not a run folder.
std::string resolveModelFile(const std::string& model, std::string& runDir);

/// The checkpoint whose weights a run folder's own figures come from: checkpoint-best.pt after early stopping,
/// else checkpoint-last.pt (the other one when it is missing). Throws std::runtime_error when there is neither.
std::string runCheckpointPath(const std::string& runDir);

}  // namespace ts
