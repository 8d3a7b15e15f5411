// `train --stop-after N`: the run pauses once it has trained N rounds (epochs; evaluations for language models),
// as a stopped run that --resume continues. A sweep's successive halving trains its trials this way, rung by rung.
#pragma once

#include "core/train/FanOutObserver.h"

#include <string>
#include <utility>
#include <vector>

namespace ts::cli {

/// Forwards every callback to `observers`; after round `limit` (0 = none) it asks the run to stop and says why in
/// the final message.
class RoundLimitObserver : public ts::FanOutObserver {
public:
    RoundLimitObserver(std::vector<ts::TrainObserver*> observers, ts::RunControl& control, int limit)
        : FanOutObserver(std::move(observers)), m_control(control), m_limit(limit) {}
    void onEpoch(const ts::EpochMetrics& m) override {
        FanOutObserver::onEpoch(m);
        if (m_limit > 0 && m.epoch >= m_limit && m.epoch < m.epochs) {
            m_reached = true;
            m_control.stop.store(true);
        }
    }
    void onFinished(const ts::RunSummary& s) override {
        if (!m_reached || s.status != ts::RunStatus::Stopped) return FanOutObserver::onFinished(s);
        ts::RunSummary paused = s;
        paused.message = "paused after " + std::to_string(m_limit) + " rounds (--stop-after); --resume continues it";
        FanOutObserver::onFinished(paused);
    }
    /// True when the run stopped because it reached the limit.
    bool reached() const { return m_reached; }

private:
    ts::RunControl& m_control;
    int m_limit;
    bool m_reached = false;
};

}  // namespace ts::cli
