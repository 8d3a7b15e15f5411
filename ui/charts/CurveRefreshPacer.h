// When a curve chart refreshes: the next frame for what the user does, later for streamed points.
#pragma once

#include <QElapsedTimer>

#include <functional>

class QObject;
class QTimer;

namespace ts {

/// Paces a chart's refreshes: the next frame for interactive changes, a cost-scaled delay for streamed points.
/// Requests coalesce on one single-shot timer; the live delay grows with what a refresh and repaint of this chart
/// cost (liveRefreshDelayMs), so live charts leave the GUI thread to the training.
class CurveRefreshPacer {
public:
    /// Calls `refresh` (in `owner`'s thread, through a timer owned by `owner`) when a scheduled refresh is due.
    CurveRefreshPacer(QObject* owner, std::function<void()> refresh);

    /// Refreshes at the next frame.
    void scheduleInteractive();
    /// Refreshes after the live delay (streamed points).
    void scheduleLive();
    /// Called when a refresh starts: drops the pending one and starts timing.
    void refreshStarted();
    /// Called when a refresh ends: records its cost.
    void refreshFinished();
    /// Records how long the last repaint of the plot took.
    void setLastPaintMs(double ms) { m_lastPaintMs = ms; }
    /// Milliseconds the last refresh took.
    double lastRefreshMs() const { return m_lastRefreshMs; }

private:
    void schedule(int delayMs);

    QTimer* m_timer;
    QElapsedTimer m_clock;
    double m_lastRefreshMs = 0.0;
    double m_lastPaintMs = 0.0;  // the last repaint of the plot (set by the view)
    double m_liveCostMs = 0.0;   // running average of refresh + repaint, which paces streamed updates
};

}  // namespace ts
