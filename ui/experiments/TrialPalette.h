// The colours the Experiments plots give trials: from red (the worst objective) through orange,
// mustard and green to blue (the best).
#pragma once

#include <QColor>

namespace ts {

/// Trial colours by how good their objective is, shared by the parallel-coordinates and scatter plots.
class TrialPalette {
public:
    /// `goodness` 0 (worst) .. 1 (best); NaN (no objective yet) is grey.
    static QColor forGoodness(double goodness);
    /// Trials a brush leaves out.
    static QColor filteredOut() { return QColor(0xd0, 0xd0, 0xd0); }
    /// Goodness of axis position `p` of the objective (higher is better when maximized).
    static double goodness(double p, bool minimize) { return minimize ? 1.0 - p : p; }
};

}  // namespace ts
