// Classification as a training task: images or table rows with labels, cross-entropy, epochs of shuffled
// batches, and per-epoch validation with the confusion matrix. Internal to core: includes torch.
#pragma once

#include "core/data/Dataset.h"
#include "core/train/TrainingTask.h"

#include <memory>

namespace ts {

/// The task that trains the classifier presets (seed, mlp, cnn) on `data`, which must outlive it.
std::unique_ptr<TrainingTask> makeClassificationTask(const TrainConfig& cfg, const Dataset& data);

}  // namespace ts
