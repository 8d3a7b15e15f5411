// Single-precision matrix products for the GPT's linear layers and the fused MLP step, written for AVX-512 and for
// their shapes (64 to a few hundred rows by 10-784 columns), with the elementwise work that follows a product (bias,
// activation, its derivative, a plain SGD step) done on the product's way out (ProductEpilogue). Internal to core,
// torch-free: core/lm/linear/Linear.h puts it under autograd for the GPT, core/train/fused/FusedMlpOwnProducts.cpp
// calls it directly.
//
// LibTorch does these products in the BLAS that libblas.so.3 points to. With OpenBLAS on its AVX2 kernels (as on the
// project's AMD EPYC VM, whose environment sets OPENBLAS_CORETYPE=Haswell) one thread does 91-101 GFLOP/s on a
// gpt-tiny layer; this kernel does 164-209, about what OpenBLAS's own AVX-512 kernels do on these shapes
// (0.94-1.12 of them; bench/RESULTS.md, 2026-12-02 (evening)). It is also independent of which BLAS is installed.
//
// The method: the right-hand matrix is copied, 32 columns at a time, into a panel [k][32] that stays in L1/L2;
// twelve rows of the product are held in 24 vector registers while k runs, each step broadcasting one element of
// each of the twelve left-hand rows and multiplying it into the panel's two vectors. Rows of the product are shared
// among threads, and each element's sum runs over k in order, so the result does not depend on the thread count.
#pragma once

#include <cstdint>

namespace ts {

/// A float matrix in memory: element (i, j) at data[i * rowStride + j * columnStride].
struct MatrixView {
    const float* data = nullptr;
    int64_t rowStride = 0;
    int64_t columnStride = 0;
};

/// What the SgdStep epilogue read off the products (the gradients it applied): for the optimizer's gradient norm and
/// its guard against NaN.
struct ProductSums {
    double sumSquares = 0.0;  ///< of the products (infinite when one was, or when squares overflow)
    bool sawNaN = false;      ///< one of the products was NaN
};

/// What happens to each element of the product on its way out, while it is still in a register, instead of another
/// pass over the output: a GPT block's GELU and its derivative; the fused MLP step's bias and activation, the ReLU's
/// derivative, and the plain SGD step that applies a weight gradient to the weights as it is computed. The GELU is
/// the exact one, 0.5 x (1 + erf(x / sqrt 2)), with erf as ATen's and oneDNN's CPU kernels compute it (Abramowitz and
/// Stegun 7.1.26, within 1.5e-7).
struct ProductEpilogue {
    enum class Kind {
        Store,         ///< c = product (+ row bias)
        Relu,          ///< c = max(0, product + row bias); a NaN stays NaN, as ATen's relu
        Gelu,          ///< c = product (+ row bias), and gelu(c) into `activation`
        ReluGradient,  ///< c = product where `rectified` (a ReLU's output) is not <= 0, else 0 (threshold_backward)
        GeluGradient,  ///< c = product * gelu'(preActivation)
        SgdStep,       ///< c += scale * product, one fused multiply-add (p.add_(grad, -lr)); sums into `sums`
    };
    Kind kind = Kind::Store;
    const float* rowBias = nullptr;        ///< Store, Relu, Gelu: rowBias[i] added to row i of the product first
    float* activation = nullptr;           ///< Gelu: gelu(product) here as well, laid out as c
    const float* preActivation = nullptr;  ///< GeluGradient: laid out as c
    const float* rectified = nullptr;      ///< ReluGradient: laid out as c
    float scale = 0.0f;                    ///< SgdStep: minus the learning rate
    ProductSums* sums = nullptr;           ///< SgdStep (optional): the products' sum of squares, and NaN among them
};

/// True when this processor and its operating system run the kernel (AVX-512 F).
bool matrixProductKernelAvailable();

/// Where a model's linear layers do their products: LibTorch's (the installed BLAS), or TrainScope's kernel where
/// it applies (the GPT's layers without bias, with enough rows; the fused MLP step's layers).
enum class MatrixKernel { Torch, Own };

/// Own where matrixProductKernelAvailable(), unless the environment sets TRAINSCOPE_PRODUCTS=blas (to compare, or
/// to train exactly as LibTorch's BLAS rounds); else Torch.
MatrixKernel defaultMatrixKernel();

/// c[i * ldc + j] = sum over p < k of a(i, p) * b(p, j), for i < m and j < n (c is overwritten, except by SgdStep),
/// then the epilogue, on up to `threads` OpenMP threads. Only where matrixProductKernelAvailable().
void matrixProduct(int64_t m, int64_t n, int64_t k, MatrixView a, MatrixView b, float* c, int64_t ldc, int threads,
                   const ProductEpilogue& epilogue = {});

/// gelu(x) and gelu'(x) of one float through the kernel's formula (tests hold it against LibTorch's GELU). Only where
/// matrixProductKernelAvailable().
float kernelGelu(float x);
float kernelGeluDerivative(float x);

}  // namespace ts
