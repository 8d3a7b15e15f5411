// Training health (issue 16): what the loop measures about the model and the machine while it trains, the
// alerts it raises and the thresholds behind them. Plain value types: torch-free and Qt-free, so the loop, the
// run folder, reports and the Health panel all read the same structs.
//
// Per-layer figures are sampled every HealthSettings::interval steps (HealthSample); the global gradient norm
// comes with every step (BatchMetrics::gradNorm); alerts are raised by HealthMonitor (core/health/Alerts.h).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ts {

/// Values of one tensor, bucketed as TensorBoard's HistogramProto stores them: bucket i counts the values in
/// (limits[i-1], limits[i]] (the first bucket from min). Empty when nothing was measured.
struct ValueHistogram {
    double min = 0.0;
    double max = 0.0;
    double count = 0.0;       ///< number of values
    double sum = 0.0;
    double sumSquares = 0.0;
    std::vector<double> limits;  ///< right edge of each bucket, increasing
    std::vector<double> counts;  ///< values per bucket, same length as limits
    bool empty() const { return counts.empty(); }
};

/// One trainable parameter tensor at a health sample.
struct ParameterHealth {
    std::string name;           ///< the module path, e.g. "fc1.weight", "blocks.0.attn.qkv.weight"
    int64_t elements = 0;
    double gradNorm = 0.0;      ///< L2 norm of its gradient (before clipping)
    double weightNorm = 0.0;    ///< L2 norm of the weights after the step
    double updateRatio = -1.0;  ///< ||w_after - w_before|| / ||w_before|| of this step; -1 when not measured
    ValueHistogram weights;     ///< distribution of the weights (may be empty)
    ValueHistogram gradients;   ///< distribution of the gradient (may be empty)
};

/// One hidden layer's output on the training batch of a health sample.
struct ActivationHealth {
    std::string name;                ///< the layer whose output this is, e.g. "fc1", "blocks.0.mlp"
    int64_t units = 0;               ///< features per sample (the last dimension)
    double mean = 0.0;
    double stddev = 0.0;
    double deadFraction = 0.0;       ///< units that are <= 0 for every sample of the batch (ReLU-like layers)
    double saturatedFraction = 0.0;  ///< units saturated for most samples (tanh/sigmoid-like layers: |a| near the
                                     ///< bound); 0 for layers that cannot saturate
    bool rectified = false;          ///< a ReLU-like output: deadFraction is meaningful
};

/// Per-layer diagnostics of one step (every HealthSettings::interval steps).
struct HealthSample {
    int64_t step = 0;             ///< global step, 1-based, after its optimizer step
    int epoch = 0;                ///< round of the step (epoch; a language model's evaluation interval)
    double gradNorm = -1.0;       ///< global gradient norm before clipping
    std::vector<ParameterHealth> parameters;
    std::vector<ActivationHealth> activations;
};

/// The machine while training: sampled with each reported batch and each evaluation.
struct SystemMetrics {
    double samplesPerSec = 0.0;   ///< samples (language models: tokens) per second of training
    double dataShare = -1.0;      ///< share of step time spent preparing batches, 0..1; -1 unknown
    double cpuPercent = -1.0;     ///< this process's CPU use since the previous reading, 100 = one core; -1 unknown
    double rssMb = 0.0;           ///< resident memory, MiB; 0 unknown
    double gpuAllocatedMb = -1.0; ///< CUDA only: memory held by tensors, MiB; -1 when not on CUDA
    double gpuReservedMb = -1.0;  ///< CUDA only: memory reserved by the caching allocator, MiB; -1 when not on CUDA
    double syncShare = -1.0;      ///< data-parallel: share of step time in collectives (waiting + all-reduce); -1 single process
};

/// What an alert is about.
enum class AlertKind {
    LossSpike,           ///< a step's loss far above its recent mean
    GradientSpike,       ///< the global gradient norm far above its recent mean
    ExplodingGradients,  ///< a layer's update ratio above the exploding threshold for a sustained stretch
    VanishingGradients,  ///< a layer's update ratio below the vanishing threshold for a sustained stretch
    Overfitting,         ///< validation loss rising for several evaluations while training loss falls
    Plateau,             ///< validation loss not improving for several evaluations at a constant learning rate
    DeadLayer,           ///< more than the dead share of a layer's units are dead
    NonFinite,           ///< the loss or a gradient became NaN or infinite (the run diverged)
};

/// The stable name of an alert kind, as alerts.jsonl, --stop-on and TensorBoard use it:
/// loss_spike, grad_spike, exploding, vanishing, overfitting, plateau, dead_layer, non_finite.
const char* alertKindName(AlertKind kind);
/// The kind with that stable name; false when there is none.
bool alertKindFromName(const std::string& name, AlertKind& kind);
/// All kinds, in declaration order.
std::vector<AlertKind> allAlertKinds();

/// One alert: where it was seen, what was seen and what to try.
struct Alert {
    int64_t step = 0;
    int epoch = 0;
    AlertKind kind = AlertKind::LossSpike;
    std::string layer;      ///< the layer concerned, "" for whole-model alerts
    std::string message;    ///< what was seen, one sentence with the figures
    std::string advice;     ///< what to try
    std::vector<std::pair<std::string, double>> values;  ///< the figures behind it (e.g. loss, mean, std)
};

/// Thresholds and switches of the diagnostics and the alerts. Defaults follow the issue (OLMo's 6 sigma over
/// 128 steps, Karpathy's 1e-3 update ratio band).
struct HealthSettings {
    bool enabled = true;              ///< per-layer diagnostics and alerts; off leaves only the NaN/Inf guard
    int interval = 0;                 ///< per-layer diagnostics every N steps; 0 = automatic (keeps the cost < 3%)
    int histogramBuckets = 30;        ///< buckets of the weight and gradient histograms
    int spikeWindow = 128;            ///< steps of history a spike is measured against
    int spikeMinHistory = 32;         ///< no spike alert before this many steps of history
    double spikeSigmas = 6.0;         ///< a spike is above mean + this many standard deviations
    double explodingRatio = 1e-1;     ///< update ratio above this is exploding
    double vanishingRatio = 1e-5;     ///< update ratio below this is vanishing
    int sustainedSamples = 5;         ///< consecutive health samples a ratio must stay out of band
    int overfitEvaluations = 3;       ///< consecutive evaluations of rising validation loss (training loss falling)
    int plateauEvaluations = 5;       ///< evaluations without improvement of validation loss at a constant lr
    double plateauMinDelta = 1e-4;    ///< relative improvement that counts (of the best validation loss)
    double deadShare = 0.5;           ///< a layer with more dead units than this share is flagged
    std::vector<std::string> stopOn;  ///< alert kind names that stop the run (e.g. "loss_spike"); empty = none
};

}  // namespace ts
