// Language modelling as a training task: a GPT learns the next token of a text corpus from random windows of
// its training split; every eval-every steps the train and validation losses are estimated on fixed windows and
// the model writes samples from fixed prompts. Internal to core: includes torch.
#pragma once

#include "core/data/Dataset.h"
#include "core/train/TrainingTask.h"

#include <memory>

namespace ts {

/// The task that trains a gpt-* preset on `data`, a text corpus (Dataset::text), which must outlive it.
std::unique_ptr<TrainingTask> makeLanguageModelTask(const TrainConfig& cfg, const Dataset& data);

}  // namespace ts
