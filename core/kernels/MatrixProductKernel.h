// Single-precision matrix products for the GPT's linear layers and the fused MLP step, written for AVX-512 and for
// their shapes (64 to a few hundred rows by 10-784 columns). Internal to core, torch-free: core/lm/linear/Linear.h
// puts it under autograd for the GPT, core/train/fused/FusedMlp.cpp calls it directly.
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

/// What happens to each element of the product on its way out, while it is still in a register: a GPT block's
/// GELU and the GELU's derivative, fused into the products before and after them instead of two more passes over
/// the [rows, 4C] activations. The GELU is the exact one, 0.5 x (1 + erf(x / sqrt 2)), with erf as ATen's and
/// oneDNN's CPU kernels compute it (Abramowitz and Stegun 7.1.26, within 1.5e-7).
struct ProductEpilogue {
    enum class Kind { Store, Gelu, GeluGradient };
    Kind kind = Kind::Store;
    float* activation = nullptr;          ///< Gelu: gelu(product) here as well, laid out as c
    const float* preActivation = nullptr;  ///< GeluGradient: c = product * gelu'(preActivation), laid out as c
};

/// True when this processor and its operating system run the kernel (AVX-512 F).
bool matrixProductKernelAvailable();

/// Where a model's linear layers do their products: LibTorch's (the installed BLAS), or TrainScope's kernel where
/// it applies (the GPT's layers without bias, with enough rows; the fused MLP step's layers).
enum class MatrixKernel { Torch, Own };

/// Own where matrixProductKernelAvailable(), unless the environment sets TRAINSCOPE_PRODUCTS=blas (to compare, or
/// to train exactly as LibTorch's BLAS rounds); else Torch.
MatrixKernel defaultMatrixKernel();

/// c[i * ldc + j] = sum over p < k of a(i, p) * b(p, j), for i < m and j < n (c is overwritten), then the epilogue,
/// on up to `threads` OpenMP threads. Only where matrixProductKernelAvailable().
void matrixProduct(int64_t m, int64_t n, int64_t k, MatrixView a, MatrixView b, float* c, int64_t ldc, int threads,
                   const ProductEpilogue& epilogue = {});

/// gelu(x) and gelu'(x) of one float through the kernel's formula (tests hold it against LibTorch's GELU). Only where
/// matrixProductKernelAvailable().
float kernelGelu(float x);
float kernelGeluDerivative(float x);

}  // namespace ts
