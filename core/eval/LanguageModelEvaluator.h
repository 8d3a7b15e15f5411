// Evaluate mode for language models: a TrainScope GPT checkpoint (or its run folder) or a TorchScript module that maps
// token ids [B, T] to logits [B, T, V], scored on a text corpus (see LanguageModelScorer.h for the window rule), with
// per-document perplexity, the most surprising documents, text drift, samples and the run's own test figures. The
// interface is torch-free.
#pragma once

#include "core/eval/Evaluator.h"

namespace ts {

/// True when `request` evaluates a language model: its data is a text corpus (a .txt file, a folder of .txt files, a
/// .jsonl) and its model a TrainScope checkpoint or run folder (a classifier's is then refused with advice) or a
/// TorchScript module.
bool isLanguageModelRequest(const EvaluateRequest& request);

/// Evaluates a language model on new text; EvaluationResult::task is "language-model" and `lm` holds the figures.
/// Throws std::runtime_error with a message naming the file (not a language model, no vocabulary or context, tokens
/// outside the module's vocabulary, logits of the wrong shape), or "evaluation cancelled".
EvaluationResult evaluateLanguageModel(const EvaluateRequest& request, EvaluateControl* control = nullptr);

}  // namespace ts
