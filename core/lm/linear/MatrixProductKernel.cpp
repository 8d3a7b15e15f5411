#include "core/lm/linear/MatrixProductKernel.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define TS_MATRIX_KERNEL_X86 1
#endif

namespace ts {

#if defined(TS_MATRIX_KERNEL_X86)

namespace {

constexpr int64_t kPanelWidth = 32;  // two vectors of 16 floats
constexpr int kRowsPerBlock = 12;    // 24 accumulators, two panel vectors and a broadcast: 27 of 32 registers
constexpr uintptr_t kCacheLine = 64;

#pragma GCC push_options
#pragma GCC target("avx512f,fma")

/// Rows [0, R) of a block of c, 32 columns wide (fewer where the masks end early): a(r, p) at a[r * rs + p * cs],
/// the panel holding b's 32 columns for each p.
template <int R>
void rowBlock(int64_t k, const float* a, int64_t rs, int64_t cs, const float* panel, float* c, int64_t ldc,
              __mmask16 low, __mmask16 high) {
    __m512 left[R], right[R];
    for (int r = 0; r < R; ++r) left[r] = right[r] = _mm512_setzero_ps();
    for (int64_t p = 0; p < k; ++p, panel += kPanelWidth) {
        const __m512 b0 = _mm512_load_ps(panel), b1 = _mm512_load_ps(panel + 16);
        const float* column = a + p * cs;
#pragma GCC unroll 12
        for (int r = 0; r < R; ++r) {
            const __m512 x = _mm512_set1_ps(column[r * rs]);
            left[r] = _mm512_fmadd_ps(x, b0, left[r]);
            right[r] = _mm512_fmadd_ps(x, b1, right[r]);
        }
    }
    for (int r = 0; r < R; ++r) {
        _mm512_mask_storeu_ps(c + r * ldc, low, left[r]);
        _mm512_mask_storeu_ps(c + r * ldc + 16, high, right[r]);
    }
}

using RowBlockKernel = void (*)(int64_t, const float*, int64_t, int64_t, const float*, float*, int64_t, __mmask16,
                                __mmask16);

template <int... R>
constexpr std::array<RowBlockKernel, sizeof...(R)> rowBlockKernels(std::integer_sequence<int, R...>) {
    return {&rowBlock<R + 1>...};
}

/// Columns [j0, j0 + width) of b, for every p < k, into panel[p * 32 + j], zero beyond the width.
void packPanel(int64_t k, const MatrixView& b, int64_t j0, int64_t width, float* panel) {
    if (width < kPanelWidth)
        std::fill(panel, panel + k * kPanelWidth, 0.0f);
    if (b.columnStride == 1) {  // rows of b contiguous: copy each row's slice
        for (int64_t p = 0; p < k; ++p) std::copy_n(b.data + p * b.rowStride + j0, width, panel + p * kPanelWidth);
    } else {  // read each column of b in order (a transposed weight: its rows), write down the panel
        for (int64_t j = 0; j < width; ++j) {
            const float* column = b.data + (j0 + j) * b.columnStride;
            for (int64_t p = 0; p < k; ++p) panel[p * kPanelWidth + j] = column[p * b.rowStride];
        }
    }
}

__mmask16 lanes(int64_t count) {
    return count >= 16 ? __mmask16(0xFFFF) : count <= 0 ? __mmask16(0) : __mmask16((1u << count) - 1u);
}

/// Rows [i0, i1) of c, all its columns.
void productRows(int64_t i0, int64_t i1, int64_t n, int64_t k, const MatrixView& a, const MatrixView& b, float* c,
                 int64_t ldc) {
    static constexpr auto kernels = rowBlockKernels(std::make_integer_sequence<int, kRowsPerBlock>{});
    thread_local std::vector<float> store;
    store.resize(size_t(k * kPanelWidth) + kCacheLine / sizeof(float));
    float* panel = reinterpret_cast<float*>((reinterpret_cast<uintptr_t>(store.data()) + kCacheLine - 1) &
                                            ~(kCacheLine - 1));
    for (int64_t j0 = 0; j0 < n; j0 += kPanelWidth) {
        const int64_t width = std::min(kPanelWidth, n - j0);
        packPanel(k, b, j0, width, panel);
        const __mmask16 low = lanes(width), high = lanes(width - 16);
        for (int64_t i = i0; i < i1; i += kRowsPerBlock) {
            const int64_t rows = std::min<int64_t>(kRowsPerBlock, i1 - i);
            kernels[size_t(rows - 1)](k, a.data + i * a.rowStride, a.rowStride, a.columnStride, panel,
                                      c + i * ldc + j0, ldc, low, high);
        }
    }
}

#pragma GCC pop_options

}  // namespace

bool matrixProductKernelAvailable() {
    static const bool available = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma");
    }();
    return available;
}

void matrixProduct(int64_t m, int64_t n, int64_t k, MatrixView a, MatrixView b, float* c, int64_t ldc, int threads) {
    if (m <= 0 || n <= 0) return;
    // Whole blocks of rows per thread, so that each thread's blocks are the same as on one thread.
    const int64_t blocks = (m + kRowsPerBlock - 1) / kRowsPerBlock;
    const int64_t parts = std::max<int64_t>(1, std::min<int64_t>(threads, blocks));
    if (parts == 1) {
        productRows(0, m, n, k, a, b, c, ldc);
        return;
    }
#pragma omp parallel for num_threads(int(parts)) schedule(static)
    for (int64_t part = 0; part < parts; ++part) {
        const int64_t first = blocks * part / parts * kRowsPerBlock;
        const int64_t last = std::min(m, blocks * (part + 1) / parts * kRowsPerBlock);
        productRows(first, last, n, k, a, b, c, ldc);
    }
}

#else  // not x86-64 with GCC or Clang: callers keep LibTorch's products

bool matrixProductKernelAvailable() { return false; }

void matrixProduct(int64_t, int64_t, int64_t, MatrixView, MatrixView, float*, int64_t, int) {}

#endif

}  // namespace ts
