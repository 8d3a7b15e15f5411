#include "core/lm/linear/Linear.h"

#include "core/lm/linear/MatrixProductKernel.h"

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

}  // namespace ts
