#include "ui/charts/CurveZoomPan.h"

#include <utility>

namespace ts {

bool CurveZoomPan::zoomTo(double lo, double hi, bool logX) {
    if (!(hi > lo) || (logX && !(lo > 0.0))) return false;
    m_zoomed = true;
    m_lo = lo;
    m_hi = hi;
    return true;
}

bool CurveZoomPan::setZoomed(bool zoomed) {
    return std::exchange(m_zoomed, zoomed);
}

CurveLinearSpan CurveZoomPan::panned(const CurveLinearSpan& span, int dx, int width) {
    const double du = -(span.hi - span.lo) * double(dx) / width;
    return CurveLinearSpan{span.lo + du, span.hi + du};
}

CurveLinearSpan CurveZoomPan::scaledAround(const CurveLinearSpan& span, int left, int width, int px, double factor) {
    const double uc = span.lo + (span.hi - span.lo) * double(px - left) / width;
    return CurveLinearSpan{uc - (uc - span.lo) * factor, uc + (span.hi - uc) * factor};
}

}  // namespace ts
