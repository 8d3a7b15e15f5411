// Adam and AdamW for CPU parameters, updated in one pass per element. Internal to core: includes torch.
//
// LibTorch 1.13's C++ Adam/AdamW run about ten separate tensor operations per parameter and step
// (with temporaries), which made the optimizer about 40% of an MLP epoch on this machine. This
// optimizer keeps LibTorch's state layout (AdamWParamState), so checkpoints save and load unchanged.
#pragma once

#include <torch/optim/adamw.h>

#include <atomic>

namespace ts {

class FastAdam : public torch::optim::AdamW {
public:
    /// `decoupled`: AdamW's decoupled weight decay (true) or Adam's L2 penalty added to the gradient (false).
    FastAdam(std::vector<torch::Tensor> params, const torch::optim::AdamWOptions& options, bool decoupled);
    /// The same over parameter groups, each with its own options (e.g. weight decay on matrices only).
    FastAdam(std::vector<torch::optim::OptimizerParamGroup> groups, const torch::optim::AdamWOptions& defaults,
             bool decoupled);

    /// One optimizer step over every parameter that has a gradient.
    torch::Tensor step(LossClosure closure = nullptr) override;

    /// What the last step() found in the gradients, checked in the same pass that updates the weights (so
    /// the trainer needs no separate pass over them): 0 all finite, otherwise NaN or +/-infinity (one of them).
    /// A non-finite gradient has then already reached the weights: stop training.
    double nonFiniteGradient() const;

private:
    bool m_decoupled;
    std::atomic<unsigned> m_nonFinite{0};  // bit 0: a NaN was seen, bit 1: an infinity
};

}  // namespace ts
