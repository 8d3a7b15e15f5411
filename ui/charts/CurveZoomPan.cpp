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

LinearSpan CurveZoomPan::panned(const LinearSpan& span, int dx, int width) {
    const double du = -(span.hi - span.lo) * double(dx) / width;
    return LinearSpan{span.lo + du, span.hi + du};
}

LinearSpan CurveZoomPan::scaledAround(const LinearSpan& span, int left, int width, int px, double factor) {
    const double uc = span.lo + (span.hi - span.lo) * double(px - left) / width;
    return LinearSpan{uc - (uc - span.lo) * factor, uc + (span.hi - uc) * factor};
}

}  // namespace ts
