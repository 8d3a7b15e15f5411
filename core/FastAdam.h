// Adam and AdamW for CPU parameters, updated in one pass per element. Internal to core: includes torch.
//
// LibTorch 1.13's C++ Adam/AdamW run about ten separate tensor operations per parameter and step
// (with temporaries), which made the optimizer about 40% of an MLP epoch on this machine. This
// optimizer keeps LibTorch's state layout (AdamWParamState), so checkpoints save and load unchanged.
#pragma once

#include <torch/torch.h>

namespace ts {

class FastAdam : public torch::optim::AdamW {
public:
    /// `decoupled`: AdamW's decoupled weight decay (true) or Adam's L2 penalty added to the gradient (false).
    FastAdam(std::vector<torch::Tensor> params, const torch::optim::AdamWOptions& options, bool decoupled);

    /// One optimizer step over every parameter that has a gradient.
    torch::Tensor step(LossClosure closure = nullptr) override;

private:
    bool decoupled_;
};

}  // namespace ts
