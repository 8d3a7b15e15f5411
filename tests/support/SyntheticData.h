// A tiny, learnable image data set for trainer and worker tests: class k lights up quadrant k.
#pragma once

#include "core/data/Dataset.h"

#include <random>

namespace ts::testing {

constexpr int kSynthClasses = 4;
constexpr int kSynthSide = 8;
constexpr uint8_t kSynthBright = 200;
constexpr int kSynthNoise = 60;

/// Fills `set` with `n` samples (classes in round-robin order), noise drawn from `rng`.
inline void fillQuadrants(ImageSet& set, int n, std::mt19937& rng) {
    set.channels = 1;
    set.height = set.width = kSynthSide;
    set.pixels.assign(size_t(n) * kSynthSide * kSynthSide, 0);
    set.labels.resize(size_t(n));
    std::uniform_int_distribution<int> noise(0, kSynthNoise);
    const int half = kSynthSide / 2;
    for (int i = 0; i < n; ++i) {
        const int cls = i % kSynthClasses;
        set.labels[size_t(i)] = cls;
        uint8_t* img = set.pixels.data() + size_t(i) * kSynthSide * kSynthSide;
        for (int y = 0; y < kSynthSide; ++y)
            for (int x = 0; x < kSynthSide; ++x) {
                const int quadrant = (y >= half ? 2 : 0) + (x >= half ? 1 : 0);
                img[y * kSynthSide + x] = uint8_t(noise(rng) + (quadrant == cls ? kSynthBright - kSynthNoise : 0));
            }
    }
}

/// A data set with `trainN` training and `testN` test samples and 4 named classes.
inline Dataset quadrantDataset(int trainN, int testN, unsigned seed = 7) {
    std::mt19937 rng(seed);
    Dataset ds;
    ds.name = "Quadrants";
    ds.path = "synthetic";
    ds.format = "synthetic";
    ds.classNames = {"top-left", "top-right", "bottom-left", "bottom-right"};
    fillQuadrants(ds.train, trainN, rng);
    fillQuadrants(ds.test, testN, rng);
    return ds;
}

}  // namespace ts::testing
