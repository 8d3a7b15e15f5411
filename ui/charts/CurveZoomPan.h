// The x zoom window of a curve chart and the arithmetic of the gestures that move it (no widgets).
#pragma once

#include "ui/charts/CurveAxes.h"

namespace ts {

/// The x zoom state of one chart and the arithmetic of pan drags and wheel steps that move its window.
/// Gestures work on the axis' linear coordinate, in pixels of the plot rectangle.
class CurveZoomPan {
public:
    /// True while zoomed in on x.
    bool isZoomed() const { return m_zoomed; }
    /// Lower end of the zoom window (displayed x).
    double lo() const { return m_lo; }
    /// Upper end of the zoom window (displayed x).
    double hi() const { return m_hi; }
    /// Zooms to [lo, hi]; false, changing nothing, for an empty window or one that a log axis cannot show.
    bool zoomTo(double lo, double hi, bool logX);
    /// Turns the zoom on or off (the window stays for a later zoomTo) and returns whether it was on.
    bool setZoomed(bool zoomed);

    /// `span` after dragging the plot dx pixels to the right across a plot `width` pixels wide (it then
    /// shows what lay to the left).
    static CurveLinearSpan panned(const CurveLinearSpan& span, int dx, int width);
    /// `span` scaled by `factor` (< 1 zooms in) around pixel column px of a plot from `left`, `width` wide;
    /// the value under px stays where it is.
    static CurveLinearSpan scaledAround(const CurveLinearSpan& span, int left, int width, int px, double factor);
    /// True when `window` covers all of `full` (zooming out that far returns to the automatic view).
    static bool covers(const CurveLinearSpan& window, const CurveLinearSpan& full) {
        return window.lo <= full.lo && window.hi >= full.hi;
    }

private:
    bool m_zoomed = false;
    double m_lo = 0.0;
    double m_hi = 1.0;
};

}  // namespace ts
