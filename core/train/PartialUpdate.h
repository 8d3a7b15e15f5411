// An optimizer step applied part by part, from gradients the caller holds only briefly: the fused MLP step
// (core/train/fused) computes a weight's gradient a block of rows at a time and has each block applied while it is
// still in cache, so the whole gradient is never written out and read back. Internal to core: includes torch.
#pragma once

#include <torch/torch.h>

namespace ts {

/// Implemented by the one-pass optimizers that can update a parameter in parts (FastSgd).
class PartialUpdate {
public:
    virtual ~PartialUpdate() = default;
    /// Opens the step: what updatePart() applies counts in the step's gradient readout, and the step() that follows
    /// updates the other parameters (those with a gradient) without starting the readout again.
    virtual void beginPartialStep() = 0;
    /// True when updatePart() can update `param` (a contiguous float CPU parameter of this optimizer).
    virtual bool updatesInParts(const torch::Tensor& param) const = 0;
    /// Applies this step to elements [begin, end) of `param` (flattened); `grad` holds the gradient of those elements
    /// (grad[0] is element begin's). Each element of a parameter is updated at most once per step.
    virtual void updatePart(const torch::Tensor& param, const float* grad, int64_t begin, int64_t end) = 0;
    /// True when this step of `param` is param += scale * gradient and nothing else (SGD without momentum or weight
    /// decay; `scale` gets minus the learning rate, in float): the caller may then apply the gradient itself, as it
    /// computes it, and tell what it applied with noteApplied().
    virtual bool plainStepScale(const torch::Tensor& param, float& scale) const {
        (void)param;
        (void)scale;
        return false;
    }
    /// Gradients the caller applied itself this step: their sum of squares, and whether one was NaN (the step's
    /// readout: the gradient norm and the NaN guard).
    virtual void noteApplied(double sumSquares, bool sawNaN) {
        (void)sumSquares;
        (void)sawNaN;
    }
};

}  // namespace ts
