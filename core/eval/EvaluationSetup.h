// The steps every kind of evaluation starts with (device and threads, the run the model belongs to) and its
// progress reports. Internal to core: includes torch.
#pragma once

#include "core/eval/Evaluator.h"
#include "core/runs/RunStore.h"

#include <torch/torch.h>

#include <string>

namespace ts {

/// The device and thread count `rq` asks for (a fallback is noted in result.notes); sets result.device.
torch::Device prepareEvaluationDevice(const EvaluateRequest& rq, EvaluationResult& result);

/// Loads the run at result.runDir into `run`; false when there is none or it cannot be read (then a warning says
/// that there is no comparison with training).
bool loadEvaluatedRun(EvaluationResult& result, RunRecord& run);

/// Reports progress to `control` and throws std::runtime_error("evaluation cancelled") when it asks to stop.
void reportEvaluationProgress(EvaluateControl* control, int64_t done, int64_t total, const std::string& what);

}  // namespace ts
