// How a curve chart's x values convert between the unit series store (native) and the unit the x axis shows.
#pragma once

#include "ui/charts/ChartMath.h"

#include <limits>

namespace ts {

/// Converts a chart's native x (step, or epoch) to the displayed x unit and back through the run's timeline.
/// Without a timeline displayed x is native x.
class CurveXMapping {
public:
    /// Sets the run's step/epoch/time mapping (not owned; may be null).
    void setTimeline(const RunTimeline* timeline) { m_timeline = timeline; }
    /// The timeline (may be null).
    const RunTimeline* timeline() const { return m_timeline; }
    /// Sets what raw x values count; the axis then shows that unit too.
    void setNativeKind(XAxisKind kind) { m_native = kind; m_shown = kind; }
    /// What raw x values count.
    XAxisKind nativeKind() const { return m_native; }
    /// Sets what the x axis shows.
    void setShownKind(XAxisKind kind) { m_shown = kind; }
    /// What the x axis shows.
    XAxisKind shownKind() const { return m_shown; }
    /// True when the axis shows the native unit.
    bool showsNative() const { return m_shown == m_native; }
    /// True when displayed x differs from native x (a timeline and another unit shown).
    bool mapped() const { return m_timeline && m_shown != m_native; }
    /// True when a timeline with data is known (the read-out then names step, epoch and time).
    bool hasTimelineData() const { return m_timeline && !m_timeline->isEmpty(); }

    /// Native x in the displayed unit.
    double toDisplay(double nativeX) const {
        return m_timeline ? m_timeline->convert(nativeX, m_native, m_shown) : nativeX;
    }
    /// Native x in the displayed unit, with a timeline search hint for increasing x (see MonotoneMap::forward).
    double toDisplaySorted(double nativeX, int* hint) const {
        return mapped() ? m_timeline->convert(nativeX, m_native, m_shown, hint) : nativeX;
    }
    /// Displayed x back in the native unit.
    double toNative(double displayX) const {
        return m_timeline ? m_timeline->convert(displayX, m_shown, m_native) : displayX;
    }
    /// Native x in any unit; NaN without a timeline.
    double toKind(double nativeX, XAxisKind kind) const {
        return m_timeline ? m_timeline->convert(nativeX, m_native, kind) : std::numeric_limits<double>::quiet_NaN();
    }

private:
    const RunTimeline* m_timeline = nullptr;
    XAxisKind m_native = XAxisKind::Step;
    XAxisKind m_shown = XAxisKind::Step;
};

}  // namespace ts
