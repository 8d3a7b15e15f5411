// A training step for multilayer perceptrons that does not go through autograd: the forward and backward passes
// of a stack of Linear layers (ReLU, GELU or nothing after each) are GEMMs into buffers allocated once per run,
// with the activations applied in place, their derivatives folded into the backward pass, the softmax
// cross-entropy and its gradient computed together, and no input gradient for the first layer. Internal to core:
// includes torch.
//
// Two ways through it, chosen by setMatrixKernel():
// - TrainScope's AVX-512 kernel (core/kernels; the default where the processor has one), in
//   FusedMlpOwnProducts.cpp. The hidden layers' activations and gradients are stored feature by feature
//   ([width, batch]), so that each product reads its operands where they lie and writes its result where the next
//   one reads it (no transposes), and the bias, the activation, the activation's derivative and a plain SGD step
//   ride in the products' epilogues instead of passes of their own. The sums over k are the same as autograd's;
//   the numbers agree with it to float32 rounding.
// - LibTorch's BLAS (MatrixKernel::Torch): the autograd path's arithmetic op for op (the bias added by addmm, ATen's
//   log-softmax and its backward), bit for bit.
// The gradients land in the parameters' own .grad(), so the loop's gradient clipping, health diagnostics and
// optimizer (SGD, FastAdam) work on them exactly as after backward(); or the optimizer applies them during the
// backward pass (setPartialUpdate). tests/core/train/test_fused_mlp.cpp holds both paths against autograd.
#pragma once

#include "core/kernels/MatrixProductKernel.h"

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

namespace ts {

class ActivationTap;
class PartialUpdate;

/// The fused training step of one MLP; create() decides whether a network is one.
class FusedMlp {
public:
    /// The fused step for `net` on `device`, or null when it cannot train it (then autograd does): a CPU device,
    /// float32 parameters, and `net` made of an optional leading Flatten, then Linear layers each optionally
    /// followed by a ReLU or an exact GELU. `why` (optional) gets the reason when it returns null.
    static std::unique_ptr<FusedMlp> create(torch::nn::Sequential& net, const torch::Device& device,
                                            std::string* why = nullptr);

    /// Forward and backward of a batch: `x` [n, ...] float inputs (flattened to the first layer's width), `y` [n]
    /// int64 class indices. Sets every parameter's gradient to the batch's (its .grad() becomes this object's
    /// buffer; the previous gradient is overwritten, never accumulated), adds the correct predictions (argmax of
    /// the output) to `correct`, hands the hidden activations to `tap` when it is armed, and returns the mean
    /// cross-entropy as a 0-dim float tensor that needs no backward().
    torch::Tensor lossAndGradients(const torch::Tensor& x, const torch::Tensor& y, int64_t& correct,
                                   ActivationTap* tap);

    /// The network's output for `x` [n, ...] (flattened to the first layer's width), without gradients: its forward()
    /// through this object's products and buffers, so that a fused run evaluates on the kernel it trains on. A fresh
    /// [n, classes] tensor.
    torch::Tensor logits(const torch::Tensor& x);

    /// Has the weights updated during the backward pass by `update` (the run's optimizer; null: not): each weight's
    /// gradient is then computed a block of rows at a time and applied while the block is in cache, and no gradient
    /// is left in .grad() (the optimizer's step() skips those parameters). Steps that record activations for training
    /// health keep the gradients, for the diagnostics. The caller opens each step (beginPartialStep()).
    void setPartialUpdate(PartialUpdate* update) { m_update = update; }
    /// Where the products run: TrainScope's kernel (the default where the processor has AVX-512) or LibTorch's
    /// BLAS, whose rounding autograd's step shares bit for bit. Own on a processor without AVX-512 means Torch.
    void setMatrixKernel(MatrixKernel kernel) {
        m_products = kernel == MatrixKernel::Own && !matrixProductKernelAvailable() ? MatrixKernel::Torch : kernel;
    }

private:
    enum class Activation { None, Relu, Gelu };
    struct Layer {
        std::string name;       ///< the Linear module's name in the Sequential (the health tap's layer name)
        torch::Tensor weight;   ///< [out, in], the model's parameter
        torch::Tensor bias;     ///< [out] or undefined
        Activation activation = Activation::None;
        torch::Tensor gradWeight, gradBias;  ///< persistent gradient buffers, handed to the parameters
        torch::Tensor output;   ///< [capacity, out]: the layer's output after its activation (TrainScope's
                                ///< products: hidden layers' are [out, rows], feature-major, in the same storage)
        torch::Tensor preActivation;  ///< before the activation, as output (GELU only; its derivative needs it)
    };

    // Floats in one block of a weight gradient updated in place by m_update (1 MiB): it stays in the core's L2 cache
    // between the GEMM that writes it and the update that reads it, and the blocks are few enough that the GEMM's
    // packing of the layer input, repeated per block, stays cheap (measured at batch 64 with the BLAS: 256-row blocks
    // of the 784-wide layer beat 128 rows and one whole-gradient GEMM followed by the update).
    static constexpr int64_t kTileFloats = int64_t(1) << 18;

    FusedMlp() = default;
    /// Makes the per-batch buffers hold `rows` rows.
    void reserve(int64_t rows);
    /// `x` as [rows, the first layer's width], contiguous; throws std::invalid_argument when the width differs.
    torch::Tensor flatInput(const torch::Tensor& x) const;
    /// The output of layer `l` for the current batch of `rows` rows, [rows, out] (`input` [rows, in], any strides
    /// with TrainScope's products).
    torch::Tensor forwardLayer(size_t l, const torch::Tensor& input, int64_t rows);
    /// The mean cross-entropy of `logits` against `y`, its gradient into `grad`, and the correct count.
    double crossEntropy(const torch::Tensor& logits, const torch::Tensor& y, torch::Tensor& grad, int64_t& correct);
    /// Turns `grad` (d loss / d output of layer `l`) into d loss / d pre-activation, in place.
    void activationBackward(size_t l, torch::Tensor& grad, int64_t rows);
    /// Layer `l`'s weight and bias gradients from `delta` (d loss / d pre-activation) and the layer's input, either
    /// into the parameters' .grad() or, with `inPlace`, applied by m_update block by block.
    void weightGradients(size_t l, const torch::Tensor& delta, const torch::Tensor& layerInput, bool inPlace);

    // TrainScope's products, feature-major (FusedMlpOwnProducts.cpp).
    /// lossAndGradients() from the checked, flattened `input` [rows, in].
    torch::Tensor lossAndGradientsOwn(const torch::Tensor& input, const torch::Tensor& y, int64_t& correct,
                                      ActivationTap* tap);
    /// The logits of `input` [rows, in] ([rows, classes], in the last layer's buffer); the hidden activations go to
    /// `tap` when it is armed.
    torch::Tensor forwardOwn(const torch::Tensor& input, int64_t rows, ActivationTap* tap);
    /// Hidden layer `l`'s output for the batch, [out, rows] in its output buffer; `input` is b of its product.
    void forwardHidden(size_t l, const MatrixView& input, int64_t rows);
    /// The epilogue that turns d loss / d output of hidden layer `l` into d loss / d pre-activation.
    ProductEpilogue derivativeOf(size_t l) const;
    /// Layer `l`'s weight gradient, delta^T (a: [out, rows]) times its input (b: [rows, in]): into .grad(), or
    /// applied by m_update, in the product's epilogue when its step is plain SGD, block by block otherwise.
    void weightGradientsOwn(size_t l, const MatrixView& delta, const MatrixView& layerInput, int64_t rows,
                            bool inPlace);

    std::vector<Layer> m_layers;
    int64_t m_inputWidth = 0;
    int64_t m_capacity = 0;
    torch::Tensor m_logSoftmax, m_lossGrad;  ///< [capacity, classes]
    torch::Tensor m_deltaA, m_deltaB;  ///< capacity x widest layer: the backward pass's two alternating buffers
    PartialUpdate* m_update = nullptr;
    MatrixKernel m_products = defaultMatrixKernel();
    torch::Tensor m_tile;  ///< one block of rows of a weight gradient (in-place updates)
};

}  // namespace ts
