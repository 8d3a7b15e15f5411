// Issue 16's acceptance 1: what the training-health diagnostics cost. Trains the same preset on the same data with
// the diagnostics at their default (automatic) interval and with them off, alternating in one process, and prints
// the mean training seconds per epoch (evaluation excluded) of each and their ratio.
// Usage: bench_health_cost DATA [preset=mlp] [pairs=3] [epochs=1] [threads=0] [steps=0: the preset's, language models]
#include "core/data/DatasetLoader.h"
#include "core/runs/RunWriter.h"
#include "core/train/Trainer.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

namespace {

constexpr int kUsage = 2;

/// Counts the health samples a run takes (to print the interval the automatic choice settled on).
class SampleCounter : public ts::TrainObserver {
public:
    void onHealth(const ts::HealthSample& h) override {
        ++m_samples;
        m_lastStep = h.step;
    }
    int m_samples = 0;
    int64_t m_lastStep = 0;
};

/// Training seconds of one run (its rounds' seconds, evaluation left out).
double trainingSeconds(const ts::TrainConfig& cfg, const ts::Dataset& data, SampleCounter& counter) {
    ts::RunControl control;
    const ts::RunSummary s = ts::train(cfg, data, counter, control);
    if (s.status != ts::RunStatus::Finished) throw std::runtime_error(s.message);
    double seconds = 0.0;
    for (const ts::EpochMetrics& e : s.epochs) seconds += e.seconds;
    return seconds;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATA [preset=mlp] [pairs=3] [epochs=1] [threads=0] [steps=0]\n", argv[0]);
        return kUsage;
    }
    try {
        ts::TrainConfig cfg = ts::presetConfig(argc > 2 ? argv[2] : "mlp");
        const int pairs = argc > 3 ? std::atoi(argv[3]) : 3;
        cfg.epochs = argc > 4 ? std::atoi(argv[4]) : 1;
        cfg.threads = argc > 5 ? std::atoi(argv[5]) : 0;
        if (argc > 6 && std::atoll(argv[6]) > 0) cfg.steps = std::atoll(argv[6]);
        cfg.sampleTokens = 0;
        ts::LoadOptions options;
        options.valFraction = cfg.valFraction;
        const ts::Dataset data = ts::loadDataset(argv[1], options);
        double on = 0.0, off = 0.0;
        SampleCounter counter;
        for (int pair = 0; pair < pairs; ++pair) {
            ts::TrainConfig plain = cfg;
            plain.health.enabled = false;
            SampleCounter none;
            // Alternating which goes first cancels a drift (caches warming, another process on the cores).
            double a = 0.0, b = 0.0;
            if (pair % 2 == 0) {
                a = trainingSeconds(plain, data, none);
                b = trainingSeconds(cfg, data, counter);
            } else {
                b = trainingSeconds(cfg, data, counter);
                a = trainingSeconds(plain, data, none);
            }
            std::printf("pair %d: without %.2f s, with %.2f s (ratio %.3f)\n", pair + 1, a, b, b / a);
            off += a;
            on += b;
        }
        std::printf("%s: %d pairs, training seconds without diagnostics %.2f, with %.2f: ratio %.3f "
                    "(%d health samples in all, the last at step %lld)\n",
                    cfg.preset.c_str(), pairs, off / pairs, on / pairs, on / off, counter.m_samples,
                    static_cast<long long>(counter.m_lastStep));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_health_cost: %s\n", e.what());
        return 1;
    }
    return 0;
}
