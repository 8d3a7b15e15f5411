// SGD for CPU parameters, updated in one pass per element that also reads the gradients' norm. Internal to core:
// includes torch.
//
// LibTorch's C++ SGD runs one to four tensor operations per parameter and step, and the training loop needed a pass
// of its own over the gradients for their norm (training health) and the NaN/Inf guard. This optimizer does all of
// it in one pass, with LibTorch's rounding (the weights are bit for bit those of torch::optim::SGD), and keeps its
// state layout (SGDParamState), so checkpoints save and load unchanged.
#pragma once

#include "core/train/ElementUpdates.h"
#include "core/train/PartialUpdate.h"

#include <torch/optim/sgd.h>

#include <unordered_map>

namespace ts {

class FastSgd : public torch::optim::SGD, public GradientReadout, public PartialUpdate {
public:
    /// Over parameter groups, each with its own options (e.g. weight decay on some groups only).
    FastSgd(std::vector<torch::optim::OptimizerParamGroup> groups, const torch::optim::SGDOptions& defaults);

    /// One optimizer step over every parameter that has a gradient (after beginPartialStep(), the others have been
    /// updated in parts already).
    torch::Tensor step(LossClosure closure = nullptr) override;

    void beginPartialStep() override;
    bool updatesInParts(const torch::Tensor& param) const override;
    void updatePart(const torch::Tensor& param, const float* grad, int64_t begin, int64_t end) override;
    bool plainStepScale(const torch::Tensor& param, float& scale) const override;
    void noteApplied(double sumSquares, bool sawNaN) override;

private:
    /// The momentum buffer of `p` (created on first use; `created` is set then), or undefined without momentum.
    torch::Tensor momentumBuffer(const torch::Tensor& p, double momentum, bool& created);
    /// The options of the group that holds `param`; null when it is not one of this optimizer's.
    const torch::optim::SGDOptions* optionsOf(const torch::Tensor& param) const;

    bool m_partialStep = false;  // beginPartialStep() opened the step in progress
    std::unordered_map<const void*, bool> m_firstStepOf;  // parameters updated in parts this step: buffer created now
};

}  // namespace ts
