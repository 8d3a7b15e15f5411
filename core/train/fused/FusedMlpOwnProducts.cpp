// The fused MLP step through TrainScope's matrix-product kernel (core/train/fused/FusedMlp.h).
//
// With a batch of 64 against layers 512 wide, batch-major activations ([rows, width]) make every product awkward:
// the forward product wants the weight's columns packed for 64 rows (or its result transposed), and the bias, the
// ReLU and its derivative are passes of their own. Here the hidden layers keep their activations and gradients
// feature-major, [width, rows], and each product of a hidden layer is:
//   forward          h_l^T = W_l h_{l-1}^T          epilogue: + bias, then the activation
//   input gradient   g_{l-1}^T = W_l^T delta_l^T    epilogue: times layer l-1's activation derivative
//   weight gradient  dW_l = delta_l^T h_{l-1}       epilogue: the SGD step itself, when it is plain
// Every operand is then read where it lies: a weight's rows (or, transposed, 12 adjacent columns at a time), the
// batch's 64 values of a feature, contiguous. The last layer is batch-major, [rows, classes], for the loss.
#include "core/health/ActivationTap.h"
#include "core/train/PartialUpdate.h"
#include "core/train/fused/FusedMlp.h"

#include <algorithm>

namespace ts {

namespace {

float* dataOf(const torch::Tensor& t) { return t.data_ptr<float>(); }

/// Row i of a [width, rows] feature-major matrix: its data, rows apart.
MatrixView featureMajor(const float* data, int64_t rows) { return {data, rows, 1}; }
/// The same matrix seen as [rows, width] (the batch-major matrix it stores).
MatrixView batchMajorViewOf(const float* data, int64_t rows) { return {data, 1, rows}; }

}  // namespace

void FusedMlp::forwardHidden(size_t l, const MatrixView& input, int64_t rows) {
    Layer& layer = m_layers[l];
    const int64_t out = layer.weight.size(0), in = layer.weight.size(1);
    ProductEpilogue e;
    e.rowBias = layer.bias.defined() ? dataOf(layer.bias) : nullptr;
    float* c = dataOf(layer.output);
    if (layer.activation == Activation::Relu) {
        e.kind = ProductEpilogue::Kind::Relu;
    } else if (layer.activation == Activation::Gelu) {
        e.kind = ProductEpilogue::Kind::Gelu;
        e.activation = c;
        c = dataOf(layer.preActivation);
    }
    matrixProduct(out, rows, in, {dataOf(layer.weight), in, 1}, input, c, rows, at::get_num_threads(), e);
}

ProductEpilogue FusedMlp::derivativeOf(size_t l) const {
    const Layer& layer = m_layers[l];
    ProductEpilogue e;
    if (layer.activation == Activation::Relu) {
        e.kind = ProductEpilogue::Kind::ReluGradient;
        e.rectified = dataOf(layer.output);
    } else if (layer.activation == Activation::Gelu) {
        e.kind = ProductEpilogue::Kind::GeluGradient;
        e.preActivation = dataOf(layer.preActivation);
    }
    return e;
}

torch::Tensor FusedMlp::forwardOwn(const torch::Tensor& input, int64_t rows, ActivationTap* tap) {
    const size_t top = m_layers.size() - 1;
    const bool recording = tap && tap->armed();
    // The hidden layers, feature-major: layer l's product reads layer l-1's output as its right-hand side.
    for (size_t l = 0; l < top; ++l) {
        const MatrixView b = l == 0 ? MatrixView{dataOf(input), 1, input.size(1)}
                                    : featureMajor(dataOf(m_layers[l - 1].output), rows);
        forwardHidden(l, b, rows);
        const Layer& layer = m_layers[l];
        if (recording && layer.activation != Activation::None) {
            const int64_t width = layer.weight.size(0);
            tap->record(layer.name, layer.output.view(-1).narrow(0, 0, width * rows).view({width, rows}).t(), true);
        }
    }
    // The last layer, batch-major (forwardLayer takes its input in any layout).
    torch::Tensor below = input;
    if (top > 0) {
        const int64_t width = m_layers[top - 1].weight.size(0);
        below = m_layers[top - 1].output.view(-1).narrow(0, 0, width * rows).view({width, rows}).t();
    }
    torch::Tensor logits = forwardLayer(top, below, rows);
    if (recording && m_layers[top].activation != Activation::None) tap->record(m_layers[top].name, logits, true);
    return logits;
}

torch::Tensor FusedMlp::lossAndGradientsOwn(const torch::Tensor& input, const torch::Tensor& y, int64_t& correct,
                                            ActivationTap* tap) {
    const int64_t rows = input.size(0);
    const size_t top = m_layers.size() - 1;
    const int threads = at::get_num_threads();
    const bool recording = tap && tap->armed();
    const MatrixView x{dataOf(input), input.size(1), 1};
    const torch::Tensor logits = forwardOwn(input, rows, tap);

    const int64_t classes = m_layers[top].weight.size(0);
    torch::Tensor lastDelta = m_deltaA.narrow(0, 0, rows * classes).view({rows, classes});
    const double loss = crossEntropy(logits, y, lastDelta, correct);
    activationBackward(top, lastDelta, rows);
    // Updates in place unless training health records this step (its diagnostics read the gradients).
    const bool inPlace = m_update && !recording;
    const auto layerInput = [&](size_t l) {  // b of layer l's weight-gradient product: its input, [rows, in]
        return l == 0 ? x : batchMajorViewOf(dataOf(m_layers[l - 1].output), rows);
    };

    // The last layer: delta [rows, classes].
    Layer& last = m_layers[top];
    if (last.bias.defined()) at::sum_out(last.gradBias, lastDelta, at::IntArrayRef({0}));
    float* delta = dataOf(m_deltaB);  // the backward pass's feature-major delta, [width, rows]
    float* spare = dataOf(m_deltaA);
    if (top > 0) {  // before the weights change: the input gradient needs the forward pass's
        const int64_t in = last.weight.size(1);
        matrixProduct(in, rows, classes, {dataOf(last.weight), 1, in}, {dataOf(lastDelta), 1, classes}, delta, rows,
                      threads, derivativeOf(top - 1));
    }
    weightGradientsOwn(top, {dataOf(lastDelta), 1, classes}, layerInput(top), rows, inPlace);

    // The hidden layers: delta holds d loss / d pre-activation of layer l, [out, rows].
    for (size_t l = top; l-- > 0;) {
        Layer& layer = m_layers[l];
        const int64_t out = layer.weight.size(0), in = layer.weight.size(1);
        if (layer.bias.defined()) {
            const torch::Tensor d = torch::from_blob(delta, {out, rows}, torch::kFloat);
            at::sum_out(layer.gradBias, d, at::IntArrayRef({1}));
        }
        if (l > 0) {  // no input gradient for the first layer: nothing upstream learns
            matrixProduct(in, rows, out, {dataOf(layer.weight), 1, in}, featureMajor(delta, rows), spare, rows,
                          threads, derivativeOf(l - 1));
        }
        weightGradientsOwn(l, featureMajor(delta, rows), layerInput(l), rows, inPlace);
        if (l > 0) std::swap(delta, spare);
    }
    return torch::tensor(float(loss));
}

void FusedMlp::weightGradientsOwn(size_t l, const MatrixView& delta, const MatrixView& layerInput, int64_t rows,
                                  bool inPlace) {
    Layer& layer = m_layers[l];
    const int64_t out = layer.weight.size(0), in = layer.weight.size(1);
    const int threads = at::get_num_threads();
    const bool bias = layer.bias.defined();
    const bool inParts = inPlace && m_update->updatesInParts(layer.weight) &&
                         (!bias || m_update->updatesInParts(layer.bias));
    float scale = 0.0f;
    if (inParts && m_update->plainStepScale(layer.weight, scale)) {
        // Plain SGD: each block of the gradient is applied to the weights as it leaves the registers.
        ProductSums sums;
        ProductEpilogue step;
        step.kind = ProductEpilogue::Kind::SgdStep;
        step.scale = scale;
        step.sums = &sums;
        matrixProduct(out, in, rows, delta, layerInput, dataOf(layer.weight), in, threads, step);
        m_update->noteApplied(sums.sumSquares, sums.sawNaN);
    } else if (inParts) {
        const int64_t blockRows = std::clamp<int64_t>(kTileFloats / in, 1, out);
        if (m_tile.numel() < blockRows * in) m_tile = torch::empty({blockRows * in}, torch::kFloat);
        for (int64_t first = 0; first < out; first += blockRows) {
            const int64_t n = std::min(blockRows, out - first);
            const MatrixView rowsOfDelta{delta.data + first * delta.rowStride, delta.rowStride, delta.columnStride};
            matrixProduct(n, in, rows, rowsOfDelta, layerInput, dataOf(m_tile), in, threads);
            m_update->updatePart(layer.weight, dataOf(m_tile), first * in, (first + n) * in);
        }
    } else {
        matrixProduct(out, in, rows, delta, layerInput, dataOf(layer.gradWeight), in, threads);
        layer.weight.mutable_grad() = layer.gradWeight;
        if (bias) layer.bias.mutable_grad() = layer.gradBias;
        return;
    }
    if (bias) m_update->updatePart(layer.bias, dataOf(layer.gradBias), 0, out);
}

}  // namespace ts
