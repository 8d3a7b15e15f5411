// The fused MLP training step (core/train/fused/FusedMlp.h).
#include "core/train/fused/FusedMlp.h"

#include "core/health/ActivationTap.h"
#include "core/train/PartialUpdate.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ts {

namespace {

const int64_t kBatchDim[] = {0};  // the rows of a batch: the dimension a bias gradient sums over

/// out [M, N] = a [M, K] b [K, N] for row-major tensors given as views.
void product(int64_t m, int64_t n, int64_t k, MatrixView a, MatrixView b, torch::Tensor& out) {
    matrixProduct(m, n, k, a, b, out.data_ptr<float>(), n, at::get_num_threads());
}

/// The module's C++ class name as LibTorch reports it.
bool isModule(const torch::nn::Module& m, const char* name) { return m.name() == name; }

}  // namespace

std::unique_ptr<FusedMlp> FusedMlp::create(torch::nn::Sequential& net, const torch::Device& device, std::string* why) {
    auto refuse = [why](const std::string& reason) -> std::unique_ptr<FusedMlp> {
        if (why) *why = reason;
        return nullptr;
    };
    if (!device.is_cpu()) return refuse("the fused step runs on the CPU only");
    std::unique_ptr<FusedMlp> mlp(new FusedMlp());
    const auto children = net->named_children();
    for (size_t i = 0; i < children.size(); ++i) {
        const torch::nn::Module& m = *children[i].value();
        if (isModule(m, "torch::nn::FlattenImpl")) {
            if (i != 0) return refuse("a Flatten after the first module");
            continue;
        }
        if (const auto* linear = dynamic_cast<const torch::nn::LinearImpl*>(&m)) {
            Layer layer;
            layer.name = children[i].key();
            layer.weight = linear->weight;
            layer.bias = linear->options.bias() ? linear->bias : torch::Tensor();
            if (layer.weight.scalar_type() != torch::kFloat) return refuse("parameters that are not float32");
            if (!mlp->m_layers.empty() && mlp->m_layers.back().weight.size(0) != layer.weight.size(1))
                return refuse("Linear layers whose widths do not chain");
            mlp->m_layers.push_back(layer);
            continue;
        }
        const bool relu = isModule(m, "torch::nn::ReLUImpl"), gelu = isModule(m, "torch::nn::GELUImpl");
        if (relu || gelu) {
            if (mlp->m_layers.empty() || mlp->m_layers.back().activation != Activation::None)
                return refuse("an activation that does not follow a Linear layer");
            if (relu && dynamic_cast<const torch::nn::ReLUImpl&>(m).options.inplace())
                return refuse("an in-place ReLU");
            if (gelu && dynamic_cast<const torch::nn::GELUImpl&>(m).options.approximate() != "none")
                return refuse("a GELU with the tanh approximation");
            mlp->m_layers.back().activation = relu ? Activation::Relu : Activation::Gelu;
            continue;
        }
        return refuse("a " + m.name() + " module (only Linear, ReLU, GELU and a leading Flatten)");
    }
    if (mlp->m_layers.empty()) return refuse("no Linear layer");
    mlp->m_inputWidth = mlp->m_layers.front().weight.size(1);
    torch::NoGradGuard noGrad;
    for (Layer& layer : mlp->m_layers) {
        layer.gradWeight = torch::empty_like(layer.weight);
        if (layer.bias.defined()) layer.gradBias = torch::empty_like(layer.bias);
    }
    return mlp;
}

torch::Tensor FusedMlp::flatInput(const torch::Tensor& x) const {
    const torch::Tensor input = x.reshape({x.size(0), -1}).contiguous();
    if (input.size(1) != m_inputWidth)
        throw std::invalid_argument("inputs of " + std::to_string(input.size(1)) + " values; the model takes " +
                                    std::to_string(m_inputWidth));
    return input;
}

torch::Tensor FusedMlp::logits(const torch::Tensor& x) {
    torch::NoGradGuard noGrad;
    const int64_t rows = x.size(0);
    const int64_t classes = m_layers.back().weight.size(0);
    if (rows == 0) return torch::empty({0, classes});
    const torch::Tensor input = flatInput(x);
    reserve(rows);
    if (m_products == MatrixKernel::Own) return forwardOwn(input, rows, nullptr).clone();
    torch::Tensor h = input;
    for (size_t l = 0; l < m_layers.size(); ++l) h = forwardLayer(l, h, rows);
    return h.clone();
}

void FusedMlp::reserve(int64_t rows) {
    if (rows <= m_capacity) return;
    // Buffers that training writes in place: never inference tensors, though an evaluation may ask for them.
    c10::InferenceMode normalTensors(false);
    m_capacity = rows;
    int64_t widest = 0;
    const auto opts = torch::TensorOptions().dtype(torch::kFloat);
    for (Layer& layer : m_layers) {
        const int64_t out = layer.weight.size(0);
        widest = std::max(widest, out);
        layer.output = torch::empty({rows, out}, opts);
        if (layer.activation == Activation::Gelu) layer.preActivation = torch::empty({rows, out}, opts);
    }
    const int64_t classes = m_layers.back().weight.size(0);
    m_logSoftmax = torch::empty({rows, classes}, opts);
    m_lossGrad = torch::empty({rows, classes}, opts);
    m_deltaA = torch::empty({rows * widest}, opts);
    m_deltaB = torch::empty({rows * widest}, opts);
}

torch::Tensor FusedMlp::forwardLayer(size_t l, const torch::Tensor& input, int64_t rows) {
    Layer& layer = m_layers[l];
    torch::Tensor out = layer.output.narrow(0, 0, rows);
    torch::Tensor z = layer.activation == Activation::Gelu ? layer.preActivation.narrow(0, 0, rows) : out;
    // As torch::nn::Linear: addmm(bias, input, weight^T), the bias broadcast into the output before the GEMM. With
    // TrainScope's products the bias is added after the product: the same sum, rounded once, as addmm's.
    if (m_products == MatrixKernel::Own) {
        const int64_t in = input.size(1), outWidth = layer.weight.size(0);
        product(rows, outWidth, in, {input.data_ptr<float>(), input.stride(0), input.stride(1)},
                {layer.weight.data_ptr<float>(), 1, in}, z);
        if (layer.bias.defined()) z.add_(layer.bias);
    } else if (layer.bias.defined()) {
        at::addmm_out(z, layer.bias, input, layer.weight.t());
    } else {
        at::mm_out(z, input, layer.weight.t());
    }
    if (layer.activation == Activation::Relu) at::relu_(out);
    else if (layer.activation == Activation::Gelu) at::gelu_out(out, z);
    return out;
}

double FusedMlp::crossEntropy(const torch::Tensor& logits, const torch::Tensor& y, torch::Tensor& grad, int64_t& correct) {
    const int64_t rows = logits.size(0), classes = logits.size(1);
    torch::Tensor logProbs = m_logSoftmax.narrow(0, 0, rows);
    at::_log_softmax_out(logProbs, logits, 1, false);
    // The gradient of the mean negative log-likelihood with respect to the log-probabilities, as ATen's nll_loss
    // backward writes it: -1/n at each row's class, 0 elsewhere.
    torch::Tensor nllGrad = m_lossGrad.narrow(0, 0, rows);
    const float g = -(1.0f / float(rows));
    float* gp = nllGrad.data_ptr<float>();
    std::fill(gp, gp + rows * classes, 0.0f);
    const float* lp = logProbs.data_ptr<float>();
    const float* out = logits.data_ptr<float>();
    const int64_t* labels = y.data_ptr<int64_t>();
    double nll = 0.0;
    for (int64_t i = 0; i < rows; ++i) {
        const int64_t label = labels[i];
        if (label < 0 || label >= classes)
            throw std::invalid_argument("class index " + std::to_string(label) + " is outside the model's " +
                                        std::to_string(classes) + " classes");
        nll -= double(lp[i * classes + label]);
        gp[i * classes + label] = g;
        // argmax with the first of equal maxima, as torch::argmax
        const float* row = out + i * classes;
        int64_t best = 0;
        for (int64_t c = 1; c < classes; ++c)
            if (row[c] > row[best] || (std::isnan(row[c]) && !std::isnan(row[best]))) best = c;
        correct += best == label ? 1 : 0;
    }
    at::_log_softmax_backward_data_out(grad, nllGrad, logProbs, 1, torch::kFloat);
    return nll / double(rows);
}

void FusedMlp::activationBackward(size_t l, torch::Tensor& grad, int64_t rows) {
    const Layer& layer = m_layers[l];
    if (layer.activation == Activation::Relu) {
        // ReLU's derivative from its output, as autograd's threshold_backward: 0 where the output is <= 0.
        const float* h = layer.output.data_ptr<float>();
        float* d = grad.data_ptr<float>();
        const int64_t n = rows * layer.weight.size(0);
        for (int64_t i = 0; i < n; ++i) d[i] = h[i] <= 0.0f ? 0.0f : d[i];
    } else if (layer.activation == Activation::Gelu) {
        at::gelu_backward_out(grad, grad, layer.preActivation.narrow(0, 0, rows));
    }
}

torch::Tensor FusedMlp::lossAndGradients(const torch::Tensor& x, const torch::Tensor& y, int64_t& correct,
                                         ActivationTap* tap) {
    torch::NoGradGuard noGrad;
    const int64_t rows = x.size(0);
    if (rows == 0 || y.size(0) != rows) throw std::invalid_argument("a batch needs as many labels as inputs");
    const torch::Tensor input = flatInput(x);
    reserve(rows);
    if (m_products == MatrixKernel::Own) return lossAndGradientsOwn(input, y.contiguous(), correct, tap);
    const bool recording = tap && tap->armed();
    torch::Tensor h = input;
    for (size_t l = 0; l < m_layers.size(); ++l) {
        h = forwardLayer(l, h, rows);
        if (recording && m_layers[l].activation != Activation::None)
            tap->record(m_layers[l].name, h, true);
    }
    const int64_t classes = m_layers.back().weight.size(0);
    torch::Tensor delta = m_deltaA.narrow(0, 0, rows * classes).view({rows, classes});
    const double loss = crossEntropy(h, y.contiguous(), delta, correct);
    bool inA = true;  // which of the two buffers `delta` is in
    // Updates in place unless training health records this step (its diagnostics read the gradients).
    const bool inPlace = m_update && !recording;
    for (size_t l = m_layers.size(); l-- > 0;) {
        Layer& layer = m_layers[l];
        activationBackward(l, delta, rows);
        torch::Tensor next;
        if (l > 0) {  // no input gradient for the first layer: nothing upstream learns
            // Before this layer's weights change: the input gradient needs the weights of the forward pass.
            const int64_t in = layer.weight.size(1);
            next = (inA ? m_deltaB : m_deltaA).narrow(0, 0, rows * in).view({rows, in});
            at::mm_out(next, delta, layer.weight);
        }
        weightGradients(l, delta, l == 0 ? input : m_layers[l - 1].output.narrow(0, 0, rows), inPlace);
        if (l > 0) {
            delta = next;
            inA = !inA;
        }
    }
    return torch::tensor(float(loss));
}

// The BLAS path's weight gradients (TrainScope's products: weightGradientsOwn, FusedMlpOwnProducts.cpp).
void FusedMlp::weightGradients(size_t l, const torch::Tensor& delta, const torch::Tensor& layerInput, bool inPlace) {
    Layer& layer = m_layers[l];
    const bool bias = layer.bias.defined();
    if (bias) at::sum_out(layer.gradBias, delta, at::IntArrayRef(kBatchDim));
    if (!inPlace || !m_update->updatesInParts(layer.weight) || (bias && !m_update->updatesInParts(layer.bias))) {
        at::mm_out(layer.gradWeight, delta.t(), layerInput);
        layer.weight.mutable_grad() = layer.gradWeight;
        if (bias) layer.bias.mutable_grad() = layer.gradBias;
        return;
    }
    const int64_t out = layer.weight.size(0), in = layer.weight.size(1);
    const int64_t blockRows = std::clamp<int64_t>(kTileFloats / in, 1, out);
    if (m_tile.numel() < blockRows * in) m_tile = torch::empty({blockRows * in}, torch::kFloat);
    for (int64_t first = 0; first < out; first += blockRows) {
        const int64_t n = std::min(blockRows, out - first);
        torch::Tensor block = m_tile.narrow(0, 0, n * in).view({n, in});
        at::mm_out(block, delta.narrow(1, first, n).t(), layerInput);
        m_update->updatePart(layer.weight, block.data_ptr<float>(), first * in, (first + n) * in);
    }
    if (bias) m_update->updatePart(layer.bias, layer.gradBias.data_ptr<float>(), 0, out);
}

}  // namespace ts
