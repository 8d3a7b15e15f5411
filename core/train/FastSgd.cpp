// The one-pass SGD (core/train/FastSgd.h).
#include "core/train/FastSgd.h"

#include <ATen/Parallel.h>

#include <cmath>

namespace ts {


FastSgd::FastSgd(std::vector<torch::optim::OptimizerParamGroup> groups, const torch::optim::SGDOptions& defaults)
    : torch::optim::SGD(std::move(groups), defaults) {}

torch::Tensor FastSgd::momentumBuffer(const torch::Tensor& p, double momentum, bool& created) {
    created = false;
    if (momentum == 0.0) return {};
    const std::string key = c10::guts::to_string(p.unsafeGetTensorImpl());
    auto it = state_.find(key);
    if (it == state_.end()) {
        auto st = std::make_unique<torch::optim::SGDParamState>();
        st->momentum_buffer(torch::empty_like(p, torch::MemoryFormat::Contiguous));
        it = state_.emplace(key, std::move(st)).first;
        created = true;
    }
    return static_cast<torch::optim::SGDParamState&>(*it->second).momentum_buffer();
}

const torch::optim::SGDOptions* FastSgd::optionsOf(const torch::Tensor& param) const {
    for (const auto& group : param_groups_)
        for (const auto& p : group.params())
            if (p.unsafeGetTensorImpl() == param.unsafeGetTensorImpl())
                return &static_cast<const torch::optim::SGDOptions&>(group.options());
    return nullptr;
}

void FastSgd::beginPartialStep() {
    startReadout();
    m_partialStep = true;
    m_firstStepOf.clear();
}

bool FastSgd::updatesInParts(const torch::Tensor& param) const {
    return param.device().is_cpu() && param.scalar_type() == torch::kFloat && param.is_contiguous() && optionsOf(param);
}

void FastSgd::updatePart(const torch::Tensor& param, const float* grad, int64_t begin, int64_t end) {
    torch::NoGradGuard noGrad;
    const torch::optim::SGDOptions* o = optionsOf(param);
    if (!o) throw std::invalid_argument("updatePart: the tensor is not a parameter of this optimizer");
    bool created = false;
    torch::Tensor buffer = momentumBuffer(param, o->momentum(), created);
    const void* key = param.unsafeGetTensorImpl();
    if (created) m_firstStepOf[key] = true;
    const auto first = m_firstStepOf.find(key);
    const bool firstStep = first != m_firstStepOf.end() && first->second;
    const SgdElementUpdate update(o->lr(), o->momentum(), o->dampening(), o->weight_decay(), o->nesterov());
    float* P = param.data_ptr<float>() + begin;
    float* B = buffer.defined() ? buffer.data_ptr<float>() + begin : nullptr;
    note(update.apply(P, grad, B, firstStep, 0, end - begin, optimizerThreads(end - begin, at::get_num_threads())));
}

bool FastSgd::plainStepScale(const torch::Tensor& param, float& scale) const {
    const torch::optim::SGDOptions* o = updatesInParts(param) ? optionsOf(param) : nullptr;
    if (!o || o->momentum() != 0.0 || o->weight_decay() != 0.0) return false;
    scale = float(-1 * o->lr());  // as SgdElementUpdate's factor
    return true;
}

void FastSgd::noteApplied(double sumSquares, bool sawNaN) {
    GradientTally t;
    t.sumSquares = sumSquares;
    if (sawNaN) t.seen = GradientTally::kSawNaN;
    else if (!std::isfinite(sumSquares)) t.seen = GradientTally::kSawInf;
    note(t);
}

torch::Tensor FastSgd::step(LossClosure closure) {
    torch::NoGradGuard noGrad;
    if (!m_partialStep) startReadout();  // else the parts applied so far are part of this step's readout
    m_partialStep = false;
    torch::Tensor loss;
    if (closure) {
        at::AutoGradMode enable(true);
        loss = closure();
    }
    for (auto& group : param_groups_) {
        const auto& o = static_cast<const torch::optim::SGDOptions&>(group.options());
        const double momentum = o.momentum();
        const SgdElementUpdate update(o.lr(), momentum, o.dampening(), o.weight_decay(), o.nesterov());
        for (auto& p : group.params()) {
            if (!p.grad().defined()) continue;
            const torch::Tensor& grad = p.grad();
            bool created = false;
            torch::Tensor buffer = momentumBuffer(p, momentum, created);
            const bool hasBuffer = !created;
            const bool onePass = p.device().is_cpu() && p.scalar_type() == torch::kFloat && p.is_contiguous() &&
                                 grad.is_contiguous() && !grad.is_sparse() && grad.scalar_type() == torch::kFloat &&
                                 (!buffer.defined() || buffer.is_contiguous());
            if (!onePass) {
                // LibTorch's own arithmetic with tensor operations (other devices and layouts).
                const torch::Tensor finite = grad.isfinite().all();
                GradientTally t;
                if (!finite.item<bool>()) t.seen = grad.isnan().any().item<bool>() ? GradientTally::kSawNaN : GradientTally::kSawInf;
                t.sumSquares = grad.to(torch::kDouble).pow(2).sum().item<double>();
                note(t);
                torch::Tensor d = o.weight_decay() != 0.0 ? grad.add(p, o.weight_decay()) : grad;
                if (momentum != 0.0) {
                    if (!hasBuffer) buffer.copy_(d);
                    else buffer.mul_(momentum).add_(d, 1 - o.dampening());
                    d = o.nesterov() ? d.add(buffer, momentum) : buffer;
                }
                p.add_(d, -1 * o.lr());
                continue;
            }
            float* P = p.data_ptr<float>();
            const float* G = grad.data_ptr<float>();
            float* B = buffer.defined() ? buffer.data_ptr<float>() : nullptr;
            // The element loop threads itself (OpenMP): at::parallel_for is serial in code built without OpenMP.
            note(update.apply(P, G, B, !hasBuffer, 0, p.numel(), optimizerThreads(p.numel(), at::get_num_threads())));
        }
    }
    return loss;
}

}  // namespace ts
