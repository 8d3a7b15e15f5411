#include "core/kernels/PixelGather.h"

namespace ts {

namespace {

constexpr int64_t kElementsPerThread = int64_t(1) << 15;  // below this a second thread costs more than it saves

/// One sample; restrict-qualified and with the coefficients in locals, so that the loops vectorize.
void scaleRow(const uint8_t* __restrict from, float* __restrict to, int64_t n, const PixelScaling& s) {
    if (s.divide) {
        const float divisor = s.divisor;
        for (int64_t j = 0; j < n; ++j) to[j] = float(from[j]) / divisor;
    } else {
        const float scale = s.scale, shift = s.shift;
        for (int64_t j = 0; j < n; ++j) {
            const float product = float(from[j]) * scale;  // rounded: built with -ffp-contract=off
            to[j] = product + shift;
        }
    }
}

}  // namespace

void gatherScaledPixels(const uint8_t* pixels, int64_t sampleSize, const int64_t* rows, int64_t count, float* out,
                        const PixelScaling& scaling, int threads) {
    const int64_t useful = count * sampleSize / kElementsPerThread;
    const int team = int(useful < 1 ? 1 : useful < threads ? useful : threads);
#pragma omp parallel for num_threads(team) schedule(static) if (team > 1)
    for (int64_t r = 0; r < count; ++r)
        scaleRow(pixels + rows[r] * sampleSize, out + r * sampleSize, sampleSize, scaling);
}

}  // namespace ts
