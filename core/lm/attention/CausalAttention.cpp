#include "core/lm/attention/CausalAttention.h"

#include "core/lm/attention/CausalAttentionKernel.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace ts {

namespace {

CausalAttentionShape shapeOf(const torch::Tensor& qkv, int64_t heads) {
    const int64_t width = qkv.size(2) / 3;
    if (qkv.dim() != 3 || qkv.size(2) % 3 != 0 || heads < 1 || width % heads != 0)
        throw std::invalid_argument("causal attention: qkv must be [B, T, 3C] with C a multiple of the " +
                                    std::to_string(heads) + " heads");
    CausalAttentionShape s;
    s.batch = qkv.size(0);
    s.time = qkv.size(1);
    s.heads = heads;
    s.headSize = width / heads;
    s.scale = float(1.0 / std::sqrt(double(s.headSize)));
    return s;
}

/// The autograd node: saves qkv and the attention weights; its backward returns d qkv.
class CausalAttentionNode : public torch::autograd::Function<CausalAttentionNode> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& qkv, int64_t heads) {
        const torch::Tensor input = qkv.contiguous();
        const CausalAttentionShape s = shapeOf(input, heads);
        torch::Tensor y = torch::empty({s.batch, s.time, s.heads * s.headSize}, input.options());
        torch::Tensor probs = torch::empty({s.batch, s.heads, s.time, s.time}, input.options());
        causalAttentionForward(s, input.data_ptr<float>(), y.data_ptr<float>(), probs.data_ptr<float>(),
                               at::get_num_threads());
        context->save_for_backward({input, probs});
        context->saved_data["heads"] = heads;
        return y;
    }

    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext* context,
                                                 torch::autograd::tensor_list grads) {
        const auto saved = context->get_saved_variables();
        const torch::Tensor& input = saved[0];
        const CausalAttentionShape s = shapeOf(input, context->saved_data["heads"].toInt());
        const torch::Tensor dy = grads[0].contiguous();
        torch::Tensor dqkv = torch::empty_like(input);
        causalAttentionBackward(s, input.data_ptr<float>(), saved[1].data_ptr<float>(), dy.data_ptr<float>(),
                                dqkv.data_ptr<float>(), at::get_num_threads());
        return {dqkv, torch::Tensor()};
    }
};

}  // namespace

bool causalSelfAttentionSupported(const torch::Tensor& qkv) {
    return qkv.device().is_cpu() && qkv.scalar_type() == torch::kFloat && qkv.dim() == 3;
}

torch::Tensor causalSelfAttention(const torch::Tensor& qkv, int64_t heads) {
    if (torch::GradMode::is_enabled() && qkv.requires_grad()) return CausalAttentionNode::apply(qkv, heads);
    // Inference: no node, no saved weights.
    const torch::Tensor input = qkv.contiguous();
    const CausalAttentionShape s = shapeOf(input, heads);
    torch::Tensor y = torch::empty({s.batch, s.time, s.heads * s.headSize}, input.options());
    causalAttentionForward(s, input.data_ptr<float>(), y.data_ptr<float>(), nullptr, at::get_num_threads());
    return y;
}

}  // namespace ts
