// Per-layer gradient, weight and update figures (core/health/LayerDiagnostics.h).
#include "core/health/LayerDiagnostics.h"

#include <algorithm>
#include <cmath>

#if defined(TRAINSCOPE_HAVE_CUDA_STATS)
#include <c10/cuda/CUDACachingAllocator.h>
#endif

namespace ts {

namespace {

constexpr double kBytesPerMb = 1024.0 * 1024.0;
constexpr int kHistogramHeader = 4;  // min, max, sum, sum of squares before the bucket counts
/// Larger tensors are bucketed from an even stride of this many values (counts scaled up): histc costs about
/// 50 ns a value on the CPU, 20 ms for a 784x512 layer, which would dominate the diagnostics.
constexpr int64_t kHistogramSampleCap = int64_t(1) << 15;
/// Automatic intervals are rounded up to one of these (steps), so the heatmap's columns stay regular.
constexpr int kNiceIntervals[] = {10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};

/// [min, max, sum, sum of squares, counts...] of `t` in `buckets` equal buckets between its min and max.
torch::Tensor histogramRow(const torch::Tensor& t, int buckets) {
    const torch::Tensor v = t.detach().reshape({-1}).to(torch::kFloat);
    const torch::Tensor lo = v.min(), hi = v.max();
    const int64_t n = v.numel(), stride = (n + kHistogramSampleCap - 1) / kHistogramSampleCap;
    const torch::Tensor sampled = stride > 1 ? v.slice(0, 0, n, stride) : v;
    torch::Tensor counts = torch::histc(sampled, buckets, lo.item<float>(), hi.item<float>());
    if (stride > 1) counts = counts * (double(n) / double(sampled.numel()));
    return torch::cat({torch::stack({lo, hi, v.sum(), v.square().sum()}), counts});
}

/// A histogram back from its row (see histogramRow) for `count` values.
ValueHistogram histogramOf(const float* row, int buckets, int64_t count) {
    ValueHistogram h;
    h.min = row[0];
    h.max = row[1];
    h.sum = row[2];
    h.sumSquares = row[3];
    h.count = double(count);
    const double width = (h.max - h.min) / double(buckets);
    for (int b = 0; b < buckets; ++b) {
        h.limits.push_back(b + 1 == buckets ? h.max : h.min + width * double(b + 1));
        h.counts.push_back(row[kHistogramHeader + b]);
    }
    return h;
}

}  // namespace

LayerDiagnostics::LayerDiagnostics(torch::nn::Module& model, const HealthSettings& settings)
    : m_buckets(std::max(1, settings.histogramBuckets)), m_fixed(settings.interval > 0),
      m_interval(settings.interval > 0 ? settings.interval : kFirstInterval), m_nextStep(m_interval) {
    for (const auto& item : model.named_parameters(true))
        if (item.value().requires_grad()) m_parameters.emplace_back(item.key(), item.value());
}

void LayerDiagnostics::beforeUpdate() {
    torch::NoGradGuard noGrad;
    m_pending.clear();
    m_before.clear();
    std::vector<torch::Tensor> norms, histograms;
    for (const auto& [name, p] : m_parameters) {
        const torch::Tensor g = p.grad();
        norms.push_back(g.defined() ? g.detach().norm().to(torch::kFloat) : torch::zeros({}, p.options().dtype(torch::kFloat)));
        histograms.push_back(g.defined() ? histogramRow(g, m_buckets)
                                         : torch::zeros({kHistogramHeader + m_buckets}, p.options().dtype(torch::kFloat)));
        m_before.push_back(p.detach().clone());
    }
    const torch::Tensor n = torch::stack(norms).cpu().contiguous();
    const torch::Tensor h = torch::stack(histograms).cpu().contiguous();
    const int64_t rowWidth = h.size(1);
    for (size_t i = 0; i < m_parameters.size(); ++i) {
        ParameterHealth ph;
        ph.name = m_parameters[i].first;
        ph.elements = m_parameters[i].second.numel();
        ph.gradNorm = n.data_ptr<float>()[i];
        if (m_parameters[i].second.grad().defined())
            ph.gradients = histogramOf(h.data_ptr<float>() + int64_t(i) * rowWidth, m_buckets, ph.elements);
        m_pending.push_back(std::move(ph));
    }
}

HealthSample LayerDiagnostics::afterUpdate(int64_t step, int epoch, double gradNorm,
                                           std::vector<ActivationHealth> activations) {
    torch::NoGradGuard noGrad;
    HealthSample sample;
    sample.step = step;
    sample.epoch = epoch;
    sample.gradNorm = gradNorm;
    sample.activations = std::move(activations);
    if (m_pending.size() != m_parameters.size()) return sample;  // beforeUpdate did not run
    std::vector<torch::Tensor> figures, histograms;
    for (size_t i = 0; i < m_parameters.size(); ++i) {
        const torch::Tensor w = m_parameters[i].second.detach();
        figures.push_back(torch::stack({w.norm(), (w - m_before[i]).norm(), m_before[i].norm()}).to(torch::kFloat));
        histograms.push_back(histogramRow(w, m_buckets));
    }
    const torch::Tensor f = torch::stack(figures).cpu().contiguous();
    const torch::Tensor h = torch::stack(histograms).cpu().contiguous();
    const int64_t rowWidth = h.size(1);
    for (size_t i = 0; i < m_parameters.size(); ++i) {
        ParameterHealth& ph = m_pending[i];
        const float* row = f.data_ptr<float>() + 3 * i;
        ph.weightNorm = row[0];
        ph.updateRatio = row[2] > 0.0f ? double(row[1]) / double(row[2]) : -1.0;
        ph.weights = histogramOf(h.data_ptr<float>() + int64_t(i) * rowWidth, m_buckets, ph.elements);
    }
    sample.parameters = std::move(m_pending);
    m_pending.clear();
    m_before.clear();
    return sample;
}

void LayerDiagnostics::schedule(int64_t step, double sampleSeconds, double stepSeconds) {
    if (!m_fixed && stepSeconds > 0.0) {
        const double wanted = sampleSeconds / (kTargetShare * stepSeconds);
        m_interval = kNiceIntervals[std::size(kNiceIntervals) - 1];
        for (const int nice : kNiceIntervals)
            if (double(nice) >= wanted) {
                m_interval = nice;
                break;
            }
    }
    m_nextStep = (step / m_interval + 1) * m_interval;  // keep the samples on multiples of the interval
}

void readGpuMemory(const torch::Device& device, SystemMetrics& m) {
#if defined(TRAINSCOPE_HAVE_CUDA_STATS)
    if (!device.is_cuda()) return;
    using namespace c10::cuda::CUDACachingAllocator;
    const auto stats = getDeviceStats(device.index() < 0 ? 0 : device.index());
    const auto aggregate = static_cast<size_t>(StatType::AGGREGATE);
    m.gpuAllocatedMb = double(stats.allocated_bytes[aggregate].current) / kBytesPerMb;
    m.gpuReservedMb = double(stats.reserved_bytes[aggregate].current) / kBytesPerMb;
#else
    (void)device;
    (void)m;
    (void)kBytesPerMb;
#endif
}

}  // namespace ts
