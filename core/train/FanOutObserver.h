// An observer that forwards every trainer callback to several observers. Torch-free.
#pragma once

#include "core/train/Trainer.h"

#include <string>
#include <utility>
#include <vector>

namespace ts {

/// Forwards every callback to several observers in order (e.g. the console, the run writer and the
/// TensorBoard writer). Null entries are skipped; the observers must outlive the fan-out.
class FanOutObserver : public TrainObserver {
public:
    /// Forwards to `observers`, in this order.
    explicit FanOutObserver(std::vector<TrainObserver*> observers = {}) : m_observers(std::move(observers)) {}
    /// Adds one more observer (ignored when null).
    void add(TrainObserver* observer) {
        if (observer) m_observers.push_back(observer);
    }

    void onStart(const std::string& device, int threads, int64_t batchesPerEpoch) override {
        for (TrainObserver* o : m_observers) if (o) o->onStart(device, threads, batchesPerEpoch);
    }
    void onBatch(const BatchMetrics& m) override {
        for (TrainObserver* o : m_observers) if (o) o->onBatch(m);
    }
    void onCheckpoint(int epoch, int64_t step, bool best) override {
        for (TrainObserver* o : m_observers) if (o) o->onCheckpoint(epoch, step, best);
    }
    void onEpoch(const EpochMetrics& m) override {
        for (TrainObserver* o : m_observers) if (o) o->onEpoch(m);
    }
    void onMessage(const std::string& text) override {
        for (TrainObserver* o : m_observers) if (o) o->onMessage(text);
    }
    void onHealth(const HealthSample& h) override {
        for (TrainObserver* o : m_observers) if (o) o->onHealth(h);
    }
    void onAlert(const Alert& a) override {
        for (TrainObserver* o : m_observers) if (o) o->onAlert(a);
    }
    void onProcesses(const std::vector<ProcessFigures>& p) override {
        for (TrainObserver* o : m_observers) if (o) o->onProcesses(p);
    }
    void onFinished(const RunSummary& s) override {
        for (TrainObserver* o : m_observers) if (o) o->onFinished(s);
    }

private:
    std::vector<TrainObserver*> m_observers;
};

}  // namespace ts
