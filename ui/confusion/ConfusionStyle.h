// Colours and number texts shared by the confusion matrix view and its painter.
#pragma once

#include <QColor>
#include <QLinearGradient>
#include <QRect>
#include <QString>

namespace ts {
namespace confusion {

/// Fill of a value cell: the heat-map scale (core/plot/Palette.h kHeatScale) at `v` in [0, 1].
QColor heatColor(double v);
/// Fill of a change cell: red (shrank) - white - blue (grew) at `v` in [-1, 1].
QColor changeColor(double v);
/// Fill of a recall/precision strip: white to green at `v` in [0, 1], so it does not read as a cell.
QColor summaryColor(double v);
/// Text colour that reads on `fill`: white on dark fills, near-black on light ones.
QColor inkFor(const QColor& fill);
/// The colour bar's gradient over `bar`, bottom to top: the change scale or the heat-map scale.
QLinearGradient colorBarGradient(const QRect& bar, bool change);

/// "83.3%" for 0.833.
QString percentText(double fraction);
/// "+12", "−3", "0" for counts; "+1.5", "−0.3" (percentage points) for fractions.
QString signedChange(double change, bool counts);

}  // namespace confusion
}  // namespace ts
