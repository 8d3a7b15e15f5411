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
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = m_clock.nsecsElapsed() / 1e6;
            if (m_last >= 0) m_stalls.push_back(std::max(0.0, now - m_last - kIntervalMs));
            m_last = now;
        });
    }
    /// Starts sampling (clears earlier samples).
    void start() {
        m_stalls.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    /// Stops sampling.
    void stop() { m_timer.stop(); }
    /// Number of ticks observed.
    size_t samples() const { return m_stalls.size(); }
    /// The q-quantile (0..1) of the extra delay per tick, in milliseconds.
    double quantileMs(double q) const {
        if (m_stalls.empty()) return 0.0;
        std::vector<double> v = m_stalls;
        const size_t k = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
        std::nth_element(v.begin(), v.begin() + long(k), v.end());
        return v[k];
    }
    /// The longest extra delay of any tick, in milliseconds.
    double maxMs() const { return m_stalls.empty() ? 0.0 : *std::max_element(m_stalls.begin(), m_stalls.end()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = -1;
    std::vector<double> m_stalls;
};

}  // namespace ts
