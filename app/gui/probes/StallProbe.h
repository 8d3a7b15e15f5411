// Measures how long the GUI event loop is blocked: a 10 ms timer notes how late each tick fires.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace ts {

class StallProbe : public QObject {
public:
    static constexpr int kIntervalMs = 10;

    explicit StallProbe(QObject* parent = nullptr) : QObject(parent) {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(kIntervalMs);
        QObject::connect(&timer_, &QTimer::timeout, this, [this] {
            const double now = clock_.nsecsElapsed() / 1e6;
            if (last_ >= 0) stalls_.push_back(std::max(0.0, now - last_ - kIntervalMs));
            last_ = now;
        });
    }
    /// Starts sampling (clears earlier samples).
    void start() {
        stalls_.clear();
        last_ = -1;
        clock_.start();
        timer_.start();
    }
    /// Stops sampling.
    void stop() { timer_.stop(); }
    /// Number of ticks observed.
    size_t samples() const { return stalls_.size(); }
    /// The q-quantile (0..1) of the extra delay per tick, in milliseconds.
    double quantileMs(double q) const {
        if (stalls_.empty()) return 0.0;
        std::vector<double> v = stalls_;
        const size_t k = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
        std::nth_element(v.begin(), v.begin() + long(k), v.end());
        return v[k];
    }
    /// The longest extra delay of any tick, in milliseconds.
    double maxMs() const { return stalls_.empty() ? 0.0 : *std::max_element(stalls_.begin(), stalls_.end()); }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    double last_ = -1;
    std::vector<double> stalls_;
};

}  // namespace ts
