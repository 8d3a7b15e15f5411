// Axis ticks shared by the window's charts and the reports: nice steps (1, 2, 2.5, 5 times a power of ten),
// the tick positions of a range and the decimals a step's labels need. Torch-free and Qt-free.
#pragma once

#include <vector>

namespace ts {

/// The smallest of 1, 2, 2.5 and 5 times a power of ten that cuts `span` into at most `maxIntervals`
/// intervals (maxIntervals below 1 counts as 1); 1 for a span that is not positive and finite.
double niceStep(double span, int maxIntervals);
/// niceStep() for whole-number axes (steps, epochs, counts): at least 1, and 5 instead of 2.5.
double niceIntegerStep(double span, int maxIntervals);
/// The multiples of `step` in [lo, hi] (ends included within rounding), ascending; -0 is written as 0.
std::vector<double> tickPositions(double lo, double hi, double step);
/// The fewest decimals (at most `maxDecimals`) that show every multiple of `step` exactly: 0 for 5,
/// 1 for 2.5 and 0.2, 2 for 0.25; maxDecimals + 1 when even that many are not enough (label those in
/// scientific notation).
int stepDecimals(double step, int maxDecimals);

}  // namespace ts
