// A batch of images for a model: samples gathered from a uint8 data set, converted to float and scaled, in one pass
// shared among threads. Internal to core, torch-free (core/train/Models.cpp's gatherPixels() calls it).
//
// A batch of 256 Fashion-MNIST images through ATen (index_select, to(float), mul_, add_) took 0.21 ms of a 3.1 ms
// mlp-preset step on two threads: four passes, and ATen's parallel loops run serially in the engine's unity unit,
// which is built without OpenMP. Here each output element is written once, on the threads given.
#pragma once

#include <cstdint>

namespace ts {

/// How a pixel p becomes a model's input: p / divisor (the rounding of torchvision's ToTensor) when `divide`, else
/// (p * scale) + shift, rounded after the product and after the sum, as ATen's mul_ then add_.
struct PixelScaling {
    bool divide = true;
    float divisor = 255.0f;
    float scale = 1.0f;
    float shift = 0.0f;
};

/// out[r * sampleSize + j] = scaled pixels[rows[r] * sampleSize + j] for r < count, j < sampleSize, on up to
/// `threads` OpenMP threads. The rows must be valid indices (the caller checks them).
void gatherScaledPixels(const uint8_t* pixels, int64_t sampleSize, const int64_t* rows, int64_t count, float* out,
                        const PixelScaling& scaling, int threads);

}  // namespace ts
