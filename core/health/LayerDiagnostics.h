// Per-layer diagnostics of training health (issue 16): every few steps, each parameter tensor's gradient norm
// (before clipping), weight norm and the size of the update the optimizer just made relative to the weights
// (||w_after - w_before|| / ||w_before||, right for AdamW as well as SGD), with histograms of weights and gradients.
// The interval adapts so that the diagnostics cost about 1% of training time unless it is set.
// Internal to core: includes torch.
#pragma once

#include "core/health/Health.h"

#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

namespace ts {

/// Measures one model's parameters around the optimizer steps it is due for.
class LayerDiagnostics {
public:
    /// The share of training time the automatic interval aims the diagnostics at.
    static constexpr double kTargetShare = 0.01;
    /// The first automatic interval, and the smallest.
    static constexpr int kFirstInterval = 10;

    LayerDiagnostics(torch::nn::Module& model, const HealthSettings& settings);

    /// True when step `step` (1-based, about to be taken) is sampled.
    bool due(int64_t step) const { return step >= m_nextStep; }
    /// After backward(), before clipping and the optimizer step: gradient norms and histograms, and a copy of the
    /// weights to measure the update against.
    void beforeUpdate();
    /// After the optimizer step: the sample of step `step`, with the tap's activations.
    HealthSample afterUpdate(int64_t step, int epoch, double gradNorm, std::vector<ActivationHealth> activations);
    /// Plans the next sample after the one at `step`: `sampleSeconds` is what it cost, `stepSeconds` a plain step's
    /// time. A fixed interval ignores both.
    void schedule(int64_t step, double sampleSeconds, double stepSeconds);
    /// The current interval in steps.
    int interval() const { return m_interval; }

private:
    std::vector<std::pair<std::string, torch::Tensor>> m_parameters;
    std::vector<torch::Tensor> m_before;    // weights before the update
    std::vector<ParameterHealth> m_pending;  // filled by beforeUpdate
    int m_buckets;
    bool m_fixed;
    int m_interval;
    int64_t m_nextStep;
};

/// CUDA only: memory held by tensors and reserved by the caching allocator on `device`, MiB (left at -1 elsewhere or
/// when this LibTorch cannot tell).
void readGpuMemory(const torch::Device& device, SystemMetrics& m);

}  // namespace ts
