#include "core/kernels/MatrixProductKernel.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#if defined(__x86_64__) && defined(__GNUC__)
// GCC 12's AVX-512 headers leave the pass-through operand of max, round and scale undefined on purpose, and its
// -Wuninitialized then warns inside the header (GCC bug 105593, fixed in 13).
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
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

using Epilogue = ProductEpilogue::Kind;

/// e^z for z <= 0 (clamped at -88, where it is 0 in float32 to within a denormal): z = n ln 2 + r with |r| <= ln 2 / 2,
/// e^r by Cephes' expf polynomial (relative error about 1e-7), times 2^n.
__m512 expNonPositive(__m512 z) {
    z = _mm512_max_ps(z, _mm512_set1_ps(-88.0f));
    const __m512 n = _mm512_roundscale_ps(_mm512_mul_ps(z, _mm512_set1_ps(1.44269504088896341f)),
                                          _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m512 r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), z);
    r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
    __m512 p = _mm512_set1_ps(1.9875691500e-4f);
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.3981999507e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(8.3334519073e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(4.1665795894e-2f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.6666665459e-1f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(5.0000001201e-1f));
    p = _mm512_fmadd_ps(_mm512_mul_ps(p, r), r, _mm512_add_ps(r, _mm512_set1_ps(1.0f)));
    return _mm512_scalef_ps(p, n);
}

/// 1 + erf(x / sqrt 2), computed on the side where it does not cancel, and exp(-x^2 / 2) for the derivative.
void geluParts(__m512 x, __m512& onePlusErf, __m512& gaussian) {
    const __m512 u = _mm512_abs_ps(_mm512_mul_ps(x, _mm512_set1_ps(0.70710678118654752f)));
    const __m512 t = _mm512_div_ps(_mm512_set1_ps(1.0f), _mm512_fmadd_ps(_mm512_set1_ps(0.3275911f), u,
                                                                         _mm512_set1_ps(1.0f)));
    __m512 poly = _mm512_set1_ps(1.061405429f);
    poly = _mm512_fmadd_ps(poly, t, _mm512_set1_ps(-1.453152027f));
    poly = _mm512_fmadd_ps(poly, t, _mm512_set1_ps(1.421413741f));
    poly = _mm512_fmadd_ps(poly, t, _mm512_set1_ps(-0.284496736f));
    poly = _mm512_fmadd_ps(poly, t, _mm512_set1_ps(0.254829592f));
    gaussian = expNonPositive(_mm512_mul_ps(_mm512_mul_ps(u, u), _mm512_set1_ps(-1.0f)));
    const __m512 erfcOfU = _mm512_mul_ps(_mm512_mul_ps(poly, t), gaussian);  // 1 - erf(|x| / sqrt 2)
    const __mmask16 negative = _mm512_cmp_ps_mask(x, _mm512_setzero_ps(), _CMP_LT_OQ);
    onePlusErf = _mm512_mask_blend_ps(negative, _mm512_sub_ps(_mm512_set1_ps(2.0f), erfcOfU), erfcOfU);
}

__m512 gelu(__m512 x) {
    __m512 onePlusErf, gaussian;
    geluParts(x, onePlusErf, gaussian);
    return _mm512_mul_ps(_mm512_mul_ps(x, _mm512_set1_ps(0.5f)), onePlusErf);
}

/// d gelu / dx = 0.5 (1 + erf(x / sqrt 2)) + x exp(-x^2 / 2) / sqrt(2 pi).
__m512 geluDerivative(__m512 x) {
    __m512 onePlusErf, gaussian;
    geluParts(x, onePlusErf, gaussian);
    return _mm512_fmadd_ps(_mm512_mul_ps(x, gaussian), _mm512_set1_ps(0.39894228040143268f),
                           _mm512_mul_ps(onePlusErf, _mm512_set1_ps(0.5f)));
}

/// The squares of the products an SgdStep epilogue applied, in float lanes per block of rows, and NaN among them.
struct StepSums {
    double sumSquares = 0.0;
    bool sawNaN = false;
};

/// One vector of the product on its way to c[offset] (16 lanes or fewer); `bias`: the row's bias, broadcast.
template <Epilogue E>
void emit(__m512 value, const ProductEpilogue& epilogue, float* c, int64_t offset, __mmask16 lanes,
          const __m512* bias, __m512& squares, __mmask16& nan) {
    if constexpr (E == Epilogue::Store || E == Epilogue::Relu || E == Epilogue::Gelu)
        if (bias) value = _mm512_add_ps(value, *bias);
    if constexpr (E == Epilogue::Gelu) {
        _mm512_mask_storeu_ps(c + offset, lanes, value);
        _mm512_mask_storeu_ps(epilogue.activation + offset, lanes, gelu(value));
    } else if constexpr (E == Epilogue::Relu) {
        // max returns its second operand when one is NaN: max(0, NaN) is NaN, as ATen's relu
        _mm512_mask_storeu_ps(c + offset, lanes, _mm512_max_ps(_mm512_setzero_ps(), value));
    } else if constexpr (E == Epilogue::ReluGradient) {
        const __m512 out = _mm512_maskz_loadu_ps(lanes, epilogue.rectified + offset);
        const __mmask16 passes = _mm512_cmp_ps_mask(out, _mm512_setzero_ps(), _CMP_NLE_UQ);  // not (out <= 0)
        _mm512_mask_storeu_ps(c + offset, lanes, _mm512_maskz_mov_ps(passes, value));
    } else if constexpr (E == Epilogue::GeluGradient) {
        const __m512 pre = _mm512_maskz_loadu_ps(lanes, epilogue.preActivation + offset);
        _mm512_mask_storeu_ps(c + offset, lanes, _mm512_mul_ps(value, geluDerivative(pre)));
    } else if constexpr (E == Epilogue::SgdStep) {
        const __m512 weight = _mm512_maskz_loadu_ps(lanes, c + offset);
        _mm512_mask_storeu_ps(c + offset, lanes, _mm512_fmadd_ps(value, _mm512_set1_ps(epilogue.scale), weight));
        squares = _mm512_fmadd_ps(value, value, squares);  // lanes beyond the columns summed zeros
        nan |= _mm512_cmp_ps_mask(value, value, _CMP_UNORD_Q);
    } else {
        _mm512_mask_storeu_ps(c + offset, lanes, value);
    }
}

/// Rows [0, R) of a block of c, 32 columns wide (fewer where the masks end early), from column `column` of row
/// `row` on: a(r, p) at a[r * rs + p * cs], the panel holding b's 32 columns for each p.
template <int R, Epilogue E>
void rowBlock(int64_t k, const float* a, int64_t rs, int64_t cs, const float* panel, float* c, int64_t ldc,
              int64_t row, int64_t column, __mmask16 low, __mmask16 high, const ProductEpilogue& epilogue,
              StepSums& sums) {
    __m512 left[R], right[R];
    for (int r = 0; r < R; ++r) left[r] = right[r] = _mm512_setzero_ps();
    // Ask for the block's lines of c (and of the activations, or the pre-activations to read) while the sums run:
    // they come from the forward pass, or are fresh memory, and are long out of cache. Without this the GELU
    // derivative's block waited on its pre-activations and took twice its time inside a training step.
    for (int r = 0; r < R; ++r) {
        const int64_t at = (row + r) * ldc + column;
        const float* read = E == Epilogue::GeluGradient   ? epilogue.preActivation
                            : E == Epilogue::ReluGradient ? epilogue.rectified
                                                          : nullptr;
        if (read) {
            _mm_prefetch(reinterpret_cast<const char*>(read + at), _MM_HINT_T0);
            _mm_prefetch(reinterpret_cast<const char*>(read + at + 16), _MM_HINT_T0);
        }
        if constexpr (E == Epilogue::Gelu) {
            _mm_prefetch(reinterpret_cast<const char*>(epilogue.activation + at), _MM_HINT_ET0);
            _mm_prefetch(reinterpret_cast<const char*>(epilogue.activation + at + 16), _MM_HINT_ET0);
        }
        _mm_prefetch(reinterpret_cast<const char*>(c + at), _MM_HINT_ET0);
        _mm_prefetch(reinterpret_cast<const char*>(c + at + 16), _MM_HINT_ET0);
    }
    for (int64_t p = 0; p < k; ++p, panel += kPanelWidth) {
        const __m512 b0 = _mm512_load_ps(panel), b1 = _mm512_load_ps(panel + 16);
        const float* inColumn = a + p * cs;
#pragma GCC unroll 12
        for (int r = 0; r < R; ++r) {
            const __m512 x = _mm512_set1_ps(inColumn[r * rs]);
            left[r] = _mm512_fmadd_ps(x, b0, left[r]);
            right[r] = _mm512_fmadd_ps(x, b1, right[r]);
        }
    }
    __m512 squares = _mm512_setzero_ps();
    __mmask16 nan = 0;
    for (int r = 0; r < R; ++r) {
        const int64_t offset = (row + r) * ldc + column;
        __m512 bias;
        if (epilogue.rowBias) bias = _mm512_set1_ps(epilogue.rowBias[row + r]);
        const __m512* biasOrNull = epilogue.rowBias ? &bias : nullptr;
        emit<E>(left[r], epilogue, c, offset, low, biasOrNull, squares, nan);
        emit<E>(right[r], epilogue, c, offset + 16, high, biasOrNull, squares, nan);
    }
    if constexpr (E == Epilogue::SgdStep) {
        const __m256 high = _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(squares), 1));
        sums.sumSquares += _mm512_reduce_add_pd(_mm512_cvtps_pd(_mm512_castps512_ps256(squares))) +
                           _mm512_reduce_add_pd(_mm512_cvtps_pd(high));
        sums.sawNaN = sums.sawNaN || nan != 0;
    }
}

using RowBlockKernel = void (*)(int64_t, const float*, int64_t, int64_t, const float*, float*, int64_t, int64_t,
                                int64_t, __mmask16, __mmask16, const ProductEpilogue&, StepSums&);

template <Epilogue E, int... R>
constexpr std::array<RowBlockKernel, sizeof...(R)> rowBlockKernels(std::integer_sequence<int, R...>) {
    return {&rowBlock<R + 1, E>...};
}

/// The 16 x 16 block at src (row stride ss) transposed into dst (row stride ds), in registers: pairs of rows
/// interleaved by 32-bit and then 64-bit elements, then 128-bit lanes exchanged twice.
void transposeTile(const float* src, int64_t ss, float* dst, int64_t ds) {
    __m512 r[16], t[16];
    for (int q = 0; q < 16; ++q) r[q] = _mm512_loadu_ps(src + q * ss);
    for (int q = 0; q < 16; q += 2) {
        t[q] = _mm512_unpacklo_ps(r[q], r[q + 1]);
        t[q + 1] = _mm512_unpackhi_ps(r[q], r[q + 1]);
    }
    for (int q = 0; q < 16; q += 4) {
        const __m512d a = _mm512_castps_pd(t[q]), b = _mm512_castps_pd(t[q + 1]);
        const __m512d c = _mm512_castps_pd(t[q + 2]), d = _mm512_castps_pd(t[q + 3]);
        r[q] = _mm512_castpd_ps(_mm512_unpacklo_pd(a, c));
        r[q + 1] = _mm512_castpd_ps(_mm512_unpackhi_pd(a, c));
        r[q + 2] = _mm512_castpd_ps(_mm512_unpacklo_pd(b, d));
        r[q + 3] = _mm512_castpd_ps(_mm512_unpackhi_pd(b, d));
    }
    for (int q = 0; q < 4; ++q) {
        t[q] = _mm512_shuffle_f32x4(r[q], r[q + 4], 0x88);
        t[q + 4] = _mm512_shuffle_f32x4(r[q], r[q + 4], 0xdd);
        t[q + 8] = _mm512_shuffle_f32x4(r[q + 8], r[q + 12], 0x88);
        t[q + 12] = _mm512_shuffle_f32x4(r[q + 8], r[q + 12], 0xdd);
    }
    for (int q = 0; q < 8; ++q) {
        _mm512_storeu_ps(dst + q * ds, _mm512_shuffle_f32x4(t[q], t[q + 8], 0x88));
        _mm512_storeu_ps(dst + (q + 8) * ds, _mm512_shuffle_f32x4(t[q], t[q + 8], 0xdd));
    }
}

/// The first `count` of 16 lanes (none when count <= 0).
__mmask16 lanes(int64_t count) {
    return count >= 16 ? __mmask16(0xFFFF) : count <= 0 ? __mmask16(0) : __mmask16((1u << count) - 1u);
}

/// Columns [j0, j0 + width) of b, for every p < k, into panel[p * 32 + j], zero beyond the width.
void packPanel(int64_t k, const MatrixView& b, int64_t j0, int64_t width, float* panel) {
    if (b.columnStride == 1) {  // rows of b contiguous: each row's slice in two masked vectors (a call to memmove
                                // per 128 bytes had been 2.7% of an mlp epoch)
        const __mmask16 low = lanes(width), high = lanes(width - 16);
        for (int64_t p = 0; p < k; ++p) {
            const float* row = b.data + p * b.rowStride + j0;
            _mm512_store_ps(panel + p * kPanelWidth, _mm512_maskz_loadu_ps(low, row));
            _mm512_store_ps(panel + p * kPanelWidth + 16, _mm512_maskz_loadu_ps(high, row + 16));
        }
        return;
    }
    if (width < kPanelWidth)
        std::fill(panel, panel + k * kPanelWidth, 0.0f);
    // Columns of b contiguous (a transposed matrix: a weight, or activations stored feature by feature): the panel
    // is their transpose, done 16 x 16 in registers where whole tiles fit, element by element at the edges.
    int64_t tiledColumns = 0, tiledK = 0;
    if (b.rowStride == 1) {
        constexpr int64_t kTile = 16;
        tiledColumns = width / kTile * kTile;
        tiledK = k / kTile * kTile;
        for (int64_t j = 0; j < tiledColumns; j += kTile)
            for (int64_t p = 0; p < tiledK; p += kTile)
                transposeTile(b.data + (j0 + j) * b.columnStride + p, b.columnStride, panel + p * kPanelWidth + j,
                              kPanelWidth);
    }
    for (int64_t j = 0; j < width; ++j) {
        const float* column = b.data + (j0 + j) * b.columnStride;
        for (int64_t p = j < tiledColumns ? tiledK : 0; p < k; ++p)
            panel[p * kPanelWidth + j] = column[p * b.rowStride];
    }
}

/// Rows [i0, i1) of c, all its columns.
template <Epilogue E>
void productRows(int64_t i0, int64_t i1, int64_t n, int64_t k, const MatrixView& a, const MatrixView& b, float* c,
                 int64_t ldc, const ProductEpilogue& epilogue, StepSums* blockSums) {
    static constexpr auto kernels = rowBlockKernels<E>(std::make_integer_sequence<int, kRowsPerBlock>{});
    thread_local std::vector<float> store;
    store.resize(size_t(k * kPanelWidth) + kCacheLine / sizeof(float));
    float* panel = reinterpret_cast<float*>((reinterpret_cast<uintptr_t>(store.data()) + kCacheLine - 1) &
                                            ~(kCacheLine - 1));
    StepSums unused;
    for (int64_t j0 = 0; j0 < n; j0 += kPanelWidth) {
        const int64_t width = std::min(kPanelWidth, n - j0);
        packPanel(k, b, j0, width, panel);
        const __mmask16 low = lanes(width), high = lanes(width - 16);
        for (int64_t i = i0; i < i1; i += kRowsPerBlock) {
            const int64_t rows = std::min<int64_t>(kRowsPerBlock, i1 - i);
            kernels[size_t(rows - 1)](k, a.data + i * a.rowStride, a.rowStride, a.columnStride, panel, c, ldc, i, j0,
                                      low, high, epilogue, blockSums ? blockSums[i / kRowsPerBlock] : unused);
        }
    }
}

void productRows(int64_t i0, int64_t i1, int64_t n, int64_t k, const MatrixView& a, const MatrixView& b, float* c,
                 int64_t ldc, const ProductEpilogue& epilogue, StepSums* blockSums) {
    using E = Epilogue;
    StepSums* sums = blockSums;
    switch (epilogue.kind) {
    case E::Store: productRows<E::Store>(i0, i1, n, k, a, b, c, ldc, epilogue, sums); break;
    case E::Relu: productRows<E::Relu>(i0, i1, n, k, a, b, c, ldc, epilogue, sums); break;
    case E::Gelu: productRows<E::Gelu>(i0, i1, n, k, a, b, c, ldc, epilogue, sums); break;
    case E::ReluGradient: productRows<E::ReluGradient>(i0, i1, n, k, a, b, c, ldc, epilogue, sums); break;
    case E::GeluGradient: productRows<E::GeluGradient>(i0, i1, n, k, a, b, c, ldc, epilogue, sums); break;
    case E::SgdStep: productRows<E::SgdStep>(i0, i1, n, k, a, b, c, ldc, epilogue, sums); break;
    }
}

/// c [m, n] (row stride ldc) = t [n, m] transposed: whole 16 x 16 tiles in registers, the edges one by one.
void transposeInto(const float* t, int64_t m, int64_t n, float* c, int64_t ldc) {
    constexpr int64_t kTile = 16;
    const int64_t fullM = m / kTile * kTile, fullN = n / kTile * kTile;
    for (int64_t j0 = 0; j0 < fullN; j0 += kTile)
        for (int64_t i0 = 0; i0 < fullM; i0 += kTile) transposeTile(t + j0 * m + i0, m, c + i0 * ldc + j0, ldc);
    for (int64_t i = 0; i < m; ++i)
        for (int64_t j = (i < fullM ? fullN : 0); j < n; ++j) c[i * ldc + j] = t[j * m + i];
}

float firstLane(__m512 v) { return _mm512_cvtss_f32(v); }

float geluOf(float x) { return firstLane(gelu(_mm512_set1_ps(x))); }
float geluDerivativeOf(float x) { return firstLane(geluDerivative(_mm512_set1_ps(x))); }

#pragma GCC pop_options

}  // namespace

float kernelGelu(float x) { return geluOf(x); }
float kernelGeluDerivative(float x) { return geluDerivativeOf(x); }

bool matrixProductKernelAvailable() {
    static const bool available = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma");
    }();
    return available;
}

void matrixProduct(int64_t m, int64_t n, int64_t k, MatrixView a, MatrixView b, float* c, int64_t ldc, int threads,
                   const ProductEpilogue& epilogue) {
    if (m <= 0 || n <= 0) return;
    if (epilogue.kind == ProductEpilogue::Kind::Store && !epilogue.rowBias && 2 * m <= n) {
        // Few rows (a batch of 64 against a layer 512 wide): the panels would repack the whole right-hand matrix
        // (a weight) for those few rows. Compute c^T = b^T a^T instead, which packs a^T, the small one, and
        // transpose it into c. Each element is the same sum of the same products in the same order: the same bits.
        thread_local std::vector<float> transposed;
        transposed.resize(size_t(n * m));
        const MatrixView left{b.data, b.columnStride, b.rowStride}, right{a.data, a.columnStride, a.rowStride};
        matrixProduct(n, m, k, left, right, transposed.data(), m, threads, epilogue);
        transposeInto(transposed.data(), m, n, c, ldc);
        return;
    }
    // Whole blocks of rows per thread, so that each thread's blocks are the same as on one thread.
    const int64_t blocks = (m + kRowsPerBlock - 1) / kRowsPerBlock;
    const int64_t parts = std::max<int64_t>(1, std::min<int64_t>(threads, blocks));
    // SgdStep's sums, per block of rows (over the panels in order), added in the order of the blocks at the end:
    // the same total whatever the loop order and the number of threads.
    std::vector<StepSums> blockSums(epilogue.sums ? size_t(blocks) : 0);
    StepSums* sums = blockSums.empty() ? nullptr : blockSums.data();
    if (parts == 1) {
        productRows(0, m, n, k, a, b, c, ldc, epilogue, sums);
    } else {
#pragma omp parallel for num_threads(int(parts)) schedule(static)
        for (int64_t part = 0; part < parts; ++part) {
            const int64_t first = blocks * part / parts * kRowsPerBlock;
            const int64_t last = std::min(m, blocks * (part + 1) / parts * kRowsPerBlock);
            productRows(first, last, n, k, a, b, c, ldc, epilogue, sums);
        }
    }
    if (epilogue.sums) {
        for (const StepSums& block : blockSums) {
            epilogue.sums->sumSquares += block.sumSquares;
            epilogue.sums->sawNaN = epilogue.sums->sawNaN || block.sawNaN;
        }
    }
}

#else  // not x86-64 with GCC or Clang: callers keep LibTorch's products

bool matrixProductKernelAvailable() { return false; }

void matrixProduct(int64_t, int64_t, int64_t, MatrixView, MatrixView, float*, int64_t, int, const ProductEpilogue&) {}

float kernelGelu(float) { return 0.0f; }
float kernelGeluDerivative(float) { return 0.0f; }

#endif

MatrixKernel defaultMatrixKernel() {
    static const MatrixKernel kernel = [] {
        const char* choice = std::getenv("TRAINSCOPE_PRODUCTS");
        if (choice && std::strcmp(choice, "blas") == 0) return MatrixKernel::Torch;
        return matrixProductKernelAvailable() ? MatrixKernel::Own : MatrixKernel::Torch;
    }();
    return kernel;
}

}  // namespace ts
