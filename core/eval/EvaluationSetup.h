// The steps every kind of evaluation starts with (device and threads, the run the model belongs to) and its
// progress reports. Internal to core: includes torch.
#pragma once

#include "core/eval/Evaluator.h"
#include "core/runs/RunStore.h"
#include "core/text/Tokenizer.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <memory>

#include <string>

namespace ts {

/// The device and thread count `rq` asks for (a fallback is noted in result.notes); sets result.device.
torch::Device prepareEvaluationDevice(const EvaluateRequest& rq, EvaluationResult& result);

/// Loads the run at result.runDir into `run`; false when there is none or it cannot be read (then a warning says
/// that there is no comparison with training).
bool loadEvaluatedRun(EvaluationResult& result, RunRecord& run);

/// The tokenizer of a TorchScript text model from `file`: the SentencePiece model `tokenizerOption` names when it is
/// given, else the module's `vocab` attribute (a list of strings, one per token id). Throws std::runtime_error saying
/// what to give when there is neither.
std::unique_ptr<Tokenizer> loadScriptTokenizer(const torch::jit::Module& module, const std::string& tokenizerOption,
                                               const std::string& file);

/// Reports progress to `control` and throws std::runtime_error("evaluation cancelled") when it asks to stop.
void reportEvaluationProgress(EvaluateControl* control, int64_t done, int64_t total, const std::string& what);

}  // namespace ts
