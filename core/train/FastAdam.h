// Adam and AdamW for CPU parameters, updated in one pass per element. Internal to core: includes torch.
//
// LibTorch 1.13's C++ Adam/AdamW run about ten separate tensor operations per parameter and step
// (with temporaries), which made the optimizer about 40% of an MLP epoch on this machine. This
// optimizer keeps LibTorch's state layout (AdamWParamState), so checkpoints save and load unchanged.
#pragma once

#include "core/train/ElementUpdates.h"

#include <torch/optim/adamw.h>

namespace ts {

class FastAdam : public torch::optim::AdamW, public GradientReadout {
public:
    /// `decoupled`: AdamW's decoupled weight decay (true) or Adam's L2 penalty added to the gradient (false).
    FastAdam(std::vector<torch::Tensor> params, const torch::optim::AdamWOptions& options, bool decoupled);
    /// The same over parameter groups, each with its own options (e.g. weight decay on matrices only).
    FastAdam(std::vector<torch::optim::OptimizerParamGroup> groups, const torch::optim::AdamWOptions& defaults,
             bool decoupled);

    /// One optimizer step over every parameter that has a gradient; it reads the gradients' norm and checks them
    /// for NaN/Inf in the same pass (GradientReadout).
    torch::Tensor step(LossClosure closure = nullptr) override;

private:
    bool m_decoupled;
};

}  // namespace ts
