#include "core/lm/linear/Linear.h"

#include "core/kernels/MatrixProductKernel.h"

#include <tuple>
#include <vector>

namespace ts {

namespace {

constexpr int64_t kFewestRows = 48;  // below this, packing the weight costs more than LibTorch's product

/// The node: saves x (as [M, K]) and the weight; its backward returns dx = dy W and dW = dy^T x.
class LinearNode : public torch::autograd::Function<LinearNode> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& x,
                                 const torch::Tensor& weight) {
        const torch::Tensor rows = x.contiguous().view({-1, x.size(-1)});
        const torch::Tensor w = weight.contiguous();
        context->save_for_backward({rows, w});
        return product(rows, w, x);
    }

    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext* context,
                                                 torch::autograd::tensor_list grads) {
        const auto saved = context->get_saved_variables();
        const torch::Tensor& rows = saved[0];
        const torch::Tensor& w = saved[1];
        const int64_t m = rows.size(0), k = rows.size(1), n = w.size(0);
        const torch::Tensor dy = grads[0].contiguous().view({m, n});
        const float* g = dy.data_ptr<float>();
        const int threads = at::get_num_threads();
        torch::Tensor dx, dw;
        if (context->needs_input_grad(0)) {  // dx [M, K] = dy [M, N] W [N, K]
            dx = torch::empty({m, k}, rows.options());
            matrixProduct(m, k, n, {g, n, 1}, {w.data_ptr<float>(), k, 1}, dx.data_ptr<float>(), k, threads);
            std::vector<int64_t> shape = grads[0].sizes().vec();
            shape.back() = k;
            dx = dx.view(shape);
        }
        if (context->needs_input_grad(1)) {  // dW [N, K] = dy^T [N, M] x [M, K]
            dw = torch::empty({n, k}, w.options());
            matrixProduct(n, k, m, {g, 1, n}, {rows.data_ptr<float>(), k, 1}, dw.data_ptr<float>(), k, threads);
        }
        return {dx, dw};
    }

    /// rows [M, K] times w [N, K] transposed, shaped as `like` with its last size N.
    static torch::Tensor product(const torch::Tensor& rows, const torch::Tensor& w, const torch::Tensor& like) {
        const int64_t m = rows.size(0), k = rows.size(1), n = w.size(0);
        std::vector<int64_t> shape = like.sizes().vec();
        shape.back() = n;
        torch::Tensor y = torch::empty(shape, rows.options());
        matrixProduct(m, n, k, {rows.data_ptr<float>(), k, 1}, {w.data_ptr<float>(), 1, k}, y.data_ptr<float>(), n,
                      at::get_num_threads());
        return y;
    }
};

/// The MLP node: saves x (as [M, C]), the pre-activation and the hidden activation [M, H], and both weights.
class GeluMlpNode : public torch::autograd::Function<GeluMlpNode> {
public:
    static torch::autograd::variable_list forward(torch::autograd::AutogradContext* context, const torch::Tensor& x,
                                                  const torch::Tensor& w1, const torch::Tensor& w2) {
        const torch::Tensor rows = x.contiguous().view({-1, x.size(-1)});
        const torch::Tensor in = w1.contiguous(), out = w2.contiguous();
        const auto [pre, hidden, y] = compute(rows, in, out, x);
        context->save_for_backward({rows, pre, hidden, in, out});
        context->mark_non_differentiable({hidden});
        return {y, hidden};
    }

    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext* context,
                                                 torch::autograd::tensor_list grads) {
        const auto saved = context->get_saved_variables();
        const torch::Tensor &rows = saved[0], &pre = saved[1], &hidden = saved[2], &w1 = saved[3], &w2 = saved[4];
        const int64_t m = rows.size(0), c = rows.size(1), h = w1.size(0), o = w2.size(0);
        const torch::Tensor dy = grads[0].contiguous().view({m, o});
        const int threads = at::get_num_threads();
        // d pre [M, H] = (dy [M, O] W2 [O, H]) * gelu'(pre): the derivative applied as the product leaves registers.
        torch::Tensor dpre = torch::empty({m, h}, rows.options());
        ProductEpilogue derivative;
        derivative.kind = ProductEpilogue::Kind::GeluGradient;
        derivative.preActivation = pre.data_ptr<float>();
        matrixProduct(m, h, o, {dy.data_ptr<float>(), o, 1}, {w2.data_ptr<float>(), h, 1}, dpre.data_ptr<float>(), h,
                      threads, derivative);
        torch::Tensor dx, dw1, dw2;
        if (context->needs_input_grad(2)) {  // dW2 [O, H] = dy^T hidden
            dw2 = torch::empty({o, h}, w2.options());
            matrixProduct(o, h, m, {dy.data_ptr<float>(), 1, o}, {hidden.data_ptr<float>(), h, 1},
                          dw2.data_ptr<float>(), h, threads);
        }
        if (context->needs_input_grad(1)) {  // dW1 [H, C] = dpre^T x
            dw1 = torch::empty({h, c}, w1.options());
            matrixProduct(h, c, m, {dpre.data_ptr<float>(), 1, h}, {rows.data_ptr<float>(), c, 1},
                          dw1.data_ptr<float>(), c, threads);
        }
        if (context->needs_input_grad(0)) {  // dx [M, C] = dpre W1
            dx = torch::empty({m, c}, rows.options());
            matrixProduct(m, c, h, {dpre.data_ptr<float>(), h, 1}, {w1.data_ptr<float>(), c, 1},
                          dx.data_ptr<float>(), c, threads);
            std::vector<int64_t> shape = grads[0].sizes().vec();
            shape.back() = c;
            dx = dx.view(shape);
        }
        return {dx, dw1, dw2};
    }

    /// Pre-activation and hidden activation [M, H] and the output, shaped as `like` with its last size O.
    static std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> compute(const torch::Tensor& rows,
                                                                           const torch::Tensor& w1,
                                                                           const torch::Tensor& w2,
                                                                           const torch::Tensor& like) {
        const int64_t m = rows.size(0), c = rows.size(1), h = w1.size(0), o = w2.size(0);
        torch::Tensor pre = torch::empty({m, h}, rows.options()), hidden = torch::empty({m, h}, rows.options());
        ProductEpilogue activation;
        activation.kind = ProductEpilogue::Kind::Gelu;
        activation.activation = hidden.data_ptr<float>();
        const int threads = at::get_num_threads();
        matrixProduct(m, h, c, {rows.data_ptr<float>(), c, 1}, {w1.data_ptr<float>(), 1, c}, pre.data_ptr<float>(), h,
                      threads, activation);
        std::vector<int64_t> shape = like.sizes().vec();
        shape.back() = o;
        torch::Tensor y = torch::empty(shape, rows.options());
        matrixProduct(m, o, h, {hidden.data_ptr<float>(), h, 1}, {w2.data_ptr<float>(), 1, h}, y.data_ptr<float>(), o,
                      threads);
        std::vector<int64_t> hiddenShape = like.sizes().vec();
        hiddenShape.back() = h;
        return {pre, hidden.view(hiddenShape), y};
    }
};

}  // namespace

bool ownLinearSupported(const torch::Tensor& x, const torch::Tensor& weight) {
    if (!matrixProductKernelAvailable()) return false;
    if (!x.device().is_cpu() || !weight.device().is_cpu() || x.scalar_type() != torch::kFloat ||
        weight.scalar_type() != torch::kFloat || x.dim() < 2 || weight.dim() != 2 || x.size(-1) != weight.size(1))
        return false;
    return x.numel() / x.size(-1) >= kFewestRows;
}

torch::Tensor linearWithoutBias(const torch::Tensor& x, const torch::Tensor& weight) {
    if (!ownLinearSupported(x, weight)) return torch::linear(x, weight);
    if (torch::GradMode::is_enabled() && (x.requires_grad() || weight.requires_grad()))
        return LinearNode::apply(x, weight);
    return LinearNode::product(x.contiguous().view({-1, x.size(-1)}), weight.contiguous(), x);  // inference: no node
}

torch::Tensor applyLinear(torch::nn::Linear& layer, const torch::Tensor& x) {
    if (layer->bias.defined() || !ownLinearSupported(x, layer->weight)) return layer(x);
    return linearWithoutBias(x, layer->weight);
}

GeluMlpOutput geluMlp(torch::nn::Linear& in, torch::nn::Linear& out, const torch::Tensor& x) {
    const torch::Tensor &w1 = in->weight, &w2 = out->weight;
    if (in->bias.defined() || out->bias.defined() || !ownLinearSupported(x, w1) || w2.dim() != 2 ||
        w2.size(1) != w1.size(0) || w2.scalar_type() != torch::kFloat || !w2.device().is_cpu()) {
        torch::Tensor hidden = torch::gelu(in(x));
        return {out(hidden), hidden};
    }
    if (torch::GradMode::is_enabled() && (x.requires_grad() || w1.requires_grad() || w2.requires_grad())) {
        const auto outputs = GeluMlpNode::apply(x, w1, w2);
        return {outputs[0], outputs[1]};
    }
    const auto [pre, hidden, y] =  // inference: no node
        GeluMlpNode::compute(x.contiguous().view({-1, x.size(-1)}), w1.contiguous(), w2.contiguous(), x);
    return {y, hidden};
}

}  // namespace ts
