// Text classification as a training task: the text-* presets on labelled texts. Internal to core: includes torch.
#pragma once

#include "core/data/Dataset.h"
#include "core/train/BagOfNgrams.h"
#include "core/train/TrainingTask.h"

#include <memory>

namespace ts {

/// The task that trains a text classifier preset (text-bow, text-transformer) on `data`'s labelled texts; `data`
/// must outlive it.
std::unique_ptr<TrainingTask> makeTextClassificationTask(const TrainConfig& cfg, const Dataset& data);

/// The n-gram settings of the text-bow model `cfg` describes (buckets from cfg, n-gram orders fixed).
NgramSettings textBowNgrams(const TrainConfig& cfg);

}  // namespace ts
