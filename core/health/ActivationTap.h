// How the models expose their hidden layers' activations to training health without forward hooks (LibTorch's C++
// modules have none): a model holds a pointer to a tap and, on the steps the loop arms it, hands each hidden output
// to it; the tap reduces the output to a few figures at once (no tensor is kept). Unarmed or absent, it costs a
// pointer test. Internal to core: includes torch.
#pragma once

#include "core/health/Health.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace ts {

/// Collects the figures of the hidden activations of one armed forward pass.
class ActivationTap {
public:
    /// Starts collecting (the next forward pass records its activations).
    void arm() {
        m_armed = true;
        m_layers.clear();
    }
    /// Stops collecting.
    void disarm() { m_armed = false; }
    /// True while a forward pass should record.
    bool armed() const { return m_armed; }

    /// Records the output of layer `name` ([..., units]; every leading position counts as a sample). `rectified`:
    /// a ReLU-like output (units that never exceed 0 are dead). `bound` > 0: a bounded output (tanh 1, sigmoid 1)
    /// whose units sitting near the bound are saturated.
    void record(const std::string& name, const torch::Tensor& output, bool rectified, double bound = 0.0);

    /// The figures recorded since arm(), in forward order; leaves the tap empty.
    std::vector<ActivationHealth> take();

private:
    bool m_armed = false;
    std::vector<ActivationHealth> m_layers;
};

/// Runs `net` module by module (the same computation as net->forward(x)); when `tap` is armed, records the output of
/// each activation module (ReLU, LeakyReLU, GELU, Tanh, Sigmoid) under the name of the parametrized module before it
/// (e.g. "1" for the ReLU after the Linear at index 1, whose weight is "1.weight").
torch::Tensor forwardSequential(torch::nn::Sequential& net, const torch::Tensor& x, ActivationTap* tap);

}  // namespace ts
