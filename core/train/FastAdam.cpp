#include "core/train/FastAdam.h"

#include "core/train/ElementUpdates.h"

#include <ATen/Parallel.h>

#include <cmath>
#include <limits>

namespace ts {


FastAdam::FastAdam(std::vector<torch::Tensor> params, const torch::optim::AdamWOptions& options, bool decoupled)
    : torch::optim::AdamW(std::move(params), options), m_decoupled(decoupled) {}

FastAdam::FastAdam(std::vector<torch::optim::OptimizerParamGroup> groups, const torch::optim::AdamWOptions& defaults,
                   bool decoupled)
    : torch::optim::AdamW(std::move(groups), defaults), m_decoupled(decoupled) {}

torch::Tensor FastAdam::step(LossClosure closure) {
    torch::NoGradGuard noGrad;
    startReadout();
    torch::Tensor loss;
    if (closure) {
        at::AutoGradMode enable(true);
        loss = closure();
    }
    for (auto& group : param_groups_) {
        const auto& o = static_cast<const torch::optim::AdamWOptions&>(group.options());
        const double lr = o.lr(), beta1 = std::get<0>(o.betas()), beta2 = std::get<1>(o.betas());
        const double eps = o.eps(), wd = o.weight_decay();
        for (auto& p : group.params()) {
            if (!p.grad().defined()) continue;
            const torch::Tensor& grad = p.grad();
            const std::string key = c10::guts::to_string(p.unsafeGetTensorImpl());
            if (state_.find(key) == state_.end()) {
                auto st = std::make_unique<torch::optim::AdamWParamState>();
                st->step(0);
                st->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Contiguous));
                st->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Contiguous));
                state_[key] = std::move(st);
            }
            auto& st = static_cast<torch::optim::AdamWParamState&>(*state_[key]);
            st.step(st.step() + 1);
            const double bias1 = 1.0 - std::pow(beta1, double(st.step()));
            const double bias2 = 1.0 - std::pow(beta2, double(st.step()));
            const double stepSize = lr / bias1;
            const bool fused = p.device().is_cpu() && p.scalar_type() == torch::kFloat && p.is_contiguous() &&
                               grad.is_contiguous() && !grad.is_sparse() && st.exp_avg().is_contiguous() &&
                               st.exp_avg_sq().is_contiguous() && !o.amsgrad();
            if (!fused) {
                // The same arithmetic with tensor operations (other devices and layouts).
                GradientTally t;
                if (torch::isnan(grad).any().item<bool>()) t.seen |= GradientTally::kSawNaN;
                if (torch::isinf(grad).any().item<bool>()) t.seen |= GradientTally::kSawInf;
                t.sumSquares = grad.to(torch::kDouble).pow(2).sum().item<double>();
                note(t);
                torch::Tensor g = m_decoupled || wd == 0.0 ? grad : grad.add(p, wd);
                if (m_decoupled) p.mul_(1.0 - lr * wd);
                st.exp_avg().mul_(beta1).add_(g, 1.0 - beta1);
                st.exp_avg_sq().mul_(beta2).addcmul_(g, g, 1.0 - beta2);
                const torch::Tensor denom = (st.exp_avg_sq().sqrt() / std::sqrt(bias2)).add_(eps);
                p.addcdiv_(st.exp_avg(), denom, -stepSize);
                continue;
            }
            float* P = p.data_ptr<float>();
            const float* G = grad.data_ptr<float>();
            float* M = st.exp_avg().data_ptr<float>();
            float* V = st.exp_avg_sq().data_ptr<float>();
            const AdamElementUpdate update(lr, beta1, beta2, eps, wd, m_decoupled, bias2, stepSize);
            // The element loop threads itself (OpenMP): at::parallel_for is serial in code built without OpenMP.
            note(update.apply(P, G, M, V, 0, p.numel(), optimizerThreads(p.numel(), at::get_num_threads())));
        }
    }
    return loss;
}

}  // namespace ts
