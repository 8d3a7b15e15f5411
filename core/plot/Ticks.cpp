// Nice tick steps, tick positions and the decimals a step's labels need.
#include "core/plot/Ticks.h"

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

constexpr double kTickSlack = 1e-9;            // of a step: rounding that still counts as on the range's end
constexpr double kDecimalTolerance = 1e-6;     // relative: a scaled step this close to whole is whole
constexpr double kAwkwardStep = 2.5;           // the one nice multiplier that is not whole
constexpr double kWholeAlternative = 5.0;      // what whole-number axes take instead
constexpr double kMaxTicks = 10000.0;          // a step far too small for its range gets no ticks

}  // namespace

double niceStep(double span, int maxIntervals) {
    const double raw = span / std::max(1, maxIntervals);
    if (!(raw > 0.0) || !std::isfinite(raw)) return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10.0;
    if (fraction <= 1.0) nice = 1.0;
    else if (fraction <= 2.0) nice = 2.0;
    else if (fraction <= 2.5) nice = 2.5;
    else if (fraction <= 5.0) nice = 5.0;
    return nice * magnitude;
}

double niceIntegerStep(double span, int maxIntervals) {
    const double step = niceStep(span, maxIntervals);
    if (step < 1.0) return 1.0;
    return step == kAwkwardStep ? kWholeAlternative : step;
}

std::vector<double> tickPositions(double lo, double hi, double step) {
    std::vector<double> ticks;
    if (!(step > 0.0) || !std::isfinite(lo) || !std::isfinite(hi) || hi < lo) return ticks;
    const double first = std::ceil(lo / step - kTickSlack);
    const double last = std::floor(hi / step + kTickSlack);
    if (last - first > kMaxTicks) return ticks;
    for (double k = first; k <= last; ++k) {
        const double v = k * step;
        ticks.push_back(std::fabs(v) < step * kTickSlack ? 0.0 : v);
    }
    return ticks;
}

int stepDecimals(double step, int maxDecimals) {
    if (!(step > 0.0) || !std::isfinite(step)) return 0;
    for (int decimals = 0; decimals <= maxDecimals; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::fabs(scaled - std::round(scaled)) < kDecimalTolerance * std::max(1.0, scaled)) return decimals;
    }
    return maxDecimals + 1;
}

}  // namespace ts
