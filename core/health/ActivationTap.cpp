// Activation figures for training health (core/health/ActivationTap.h).
#include "core/health/ActivationTap.h"

namespace ts {

namespace {

constexpr double kSaturatedShareOfBound = 0.99;  // |a| at 99% of the bound counts as saturated
constexpr double kSaturatedSampleShare = 0.9;    // a unit saturated for 90% of the samples is a saturated unit
constexpr int64_t kImageDims = 4;                // [B, C, H, W]: the channels are the units

/// What an activation module's output is: rectified (ReLU-like) or bounded (tanh, sigmoid), or neither.
struct ActivationKind {
    bool activation = false;
    bool rectified = false;
    double bound = 0.0;
};

ActivationKind activationKind(const torch::nn::Module& module) {
    const std::string name = module.name();
    if (name == "torch::nn::ReLUImpl" || name == "torch::nn::ReLU6Impl") return {true, true, 0.0};
    if (name == "torch::nn::LeakyReLUImpl" || name == "torch::nn::GELUImpl" || name == "torch::nn::SiLUImpl")
        return {true, true, 0.0};
    if (name == "torch::nn::TanhImpl" || name == "torch::nn::SigmoidImpl") return {true, false, 1.0};
    return {};
}

}  // namespace

void ActivationTap::record(const std::string& name, const torch::Tensor& output, bool rectified, double bound) {
    if (!m_armed || !output.defined() || output.dim() == 0) return;
    torch::NoGradGuard noGrad;
    // Units are the last dimension, or the channels of an image batch [B, C, H, W].
    const torch::Tensor units = output.dim() == kImageDims ? output.detach().movedim(1, -1) : output.detach();
    const torch::Tensor a = units.reshape({-1, units.size(-1)}).to(torch::kFloat);
    ActivationHealth h;
    h.name = name;
    h.units = a.size(1);
    h.rectified = rectified;
    h.mean = a.mean().item<double>();
    h.stddev = a.numel() > 1 ? a.std().item<double>() : 0.0;
    if (rectified) h.deadFraction = (a <= 0).all(0).to(torch::kFloat).mean().item<double>();
    if (bound > 0.0)
        h.saturatedFraction = ((a.abs() >= kSaturatedShareOfBound * bound).to(torch::kFloat).mean(0) >= kSaturatedSampleShare)
                                  .to(torch::kFloat)
                                  .mean()
                                  .item<double>();
    m_layers.push_back(std::move(h));
}

std::vector<ActivationHealth> ActivationTap::take() {
    std::vector<ActivationHealth> out = std::move(m_layers);
    m_layers.clear();
    return out;
}

torch::Tensor forwardSequential(torch::nn::Sequential& net, const torch::Tensor& x, ActivationTap* tap) {
    if (!tap || !tap->armed()) return net->forward(x);
    torch::Tensor out = x;
    std::string layer;  // the first parametrized module since the last activation
    const auto children = net->named_children();
    size_t index = 0;
    for (auto& module : *net) {
        out = module.forward(out);
        const std::string& key = children[index++].key();
        const ActivationKind kind = activationKind(*module.ptr());
        if (kind.activation) {
            tap->record(layer.empty() ? key : layer, out, kind.rectified, kind.bound);
            layer.clear();
        } else if (layer.empty() && !module.ptr()->parameters(false).empty()) {
            layer = key;
        }
    }
    return out;
}

}  // namespace ts
