// The learning-rate range test (fastai's lr_find, Lightning's tuner): trains the preset's model from fresh
// initial weights while the learning rate grows exponentially, and stops when the loss explodes. Torch-free
// header (the widgets and the bridge include it); the torch code is in LearningRateFinder.cpp.
#pragma once

#include "core/data/Dataset.h"
#include "core/health/LrFindResult.h"
#include "core/train/TrainConfig.h"

#include <atomic>
#include <functional>
#include <string>

namespace ts {

/// One step of a range test as it happens (1-based step of `steps`).
struct LrFindPoint {
    int step = 0;
    int steps = 0;
    double lr = 0.0;
    double loss = 0.0;
    double smoothed = 0.0;
};

/// What a range test reports while it runs; either may be empty. Called on the thread that runs the test.
struct LrFindCallbacks {
    std::function<void(const LrFindPoint&)> onStep;
    std::function<void(const std::string&)> onMessage;  ///< notes of the task ("training the bpe tokenizer")
    const std::atomic<bool>* cancel = nullptr;          ///< polled every step; set it to stop early
};

/// Runs the range test for `cfg` on `data`: the task train() would build, weights seeded by cfg.seed, the
/// configured optimizer (its weight decay and momentum, gradient clipping when cfg.gradClip > 0) with the
/// learning rate set each step, batches drawn round after round. Touches no file and no run. Throws
/// std::invalid_argument / std::runtime_error when the preset does not fit the data or the settings are bad.
LrFindResult findLearningRate(const TrainConfig& cfg, const Dataset& data, const LrFindSettings& settings,
                              const LrFindCallbacks& callbacks = {});

}  // namespace ts
