#include "ui/charts/CurveRefreshPacer.h"

#include "ui/charts/ChartMath.h"

#include <QTimer>

#include <utility>

namespace ts {

namespace {

// Streaming appends repaint after liveRefreshDelayMs(cost of a refresh and repaint), 250 ms to 2 s: at a
// fixed 40 ms the three charts took a third of a core that the training threads needed (bench/RESULTS.md).
constexpr double kCostAverageWeight = 0.3;  // weight of the newest refresh in the running cost
constexpr int kInteractiveRefreshMs = 16;   // zoom, toggles, resizes: the next frame
constexpr double kNanosecondsPerMs = 1e6;

}  // namespace

CurveRefreshPacer::CurveRefreshPacer(QObject* owner, std::function<void()> refresh) : m_timer(new QTimer(owner)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(kInteractiveRefreshMs);
    QObject::connect(m_timer, &QTimer::timeout, owner, std::move(refresh));
}

void CurveRefreshPacer::scheduleInteractive() {
    schedule(kInteractiveRefreshMs);
}

void CurveRefreshPacer::scheduleLive() {
    schedule(liveRefreshDelayMs(m_liveCostMs));
}

void CurveRefreshPacer::schedule(int delayMs) {
    // A pending refresh that comes sooner stands; a later one is brought forward.
    if (m_timer->isActive() && m_timer->remainingTime() <= delayMs) return;
    m_timer->start(delayMs);
}

void CurveRefreshPacer::refreshStarted() {
    m_timer->stop();
    m_clock.start();
}

void CurveRefreshPacer::refreshFinished() {
    m_lastRefreshMs = m_clock.nsecsElapsed() / kNanosecondsPerMs;
    // The running cost of a live update: this refresh plus the latest repaint (the previous refresh's).
    const double cost = m_lastRefreshMs + m_lastPaintMs;
    m_liveCostMs = m_liveCostMs > 0.0 ? (1.0 - kCostAverageWeight) * m_liveCostMs + kCostAverageWeight * cost : cost;
}

}  // namespace ts
