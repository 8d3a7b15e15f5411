// The colour scale of update ratios (||Δw|| / ||w|| of one step): diverging around the 1e-3 target, blue for
// updates too small to move the weights, red for updates that rewrite them; shared by the heatmap and its legend.
#pragma once

#include <QColor>
#include <QString>
#include <QVector>

namespace ts::ratioscale {

/// log10 of the target ratio (Karpathy's rule of thumb: updates about a thousandth of the weights).
constexpr double kTargetLog = -3.0;
/// log10 of the ratio at the scale's blue end (smaller ratios get the same colour).
constexpr double kLowLog = -6.0;
/// log10 of the ratio at the scale's red end (larger ratios get the same colour).
constexpr double kHighLog = 0.0;

/// The scale's colours from kLowLog to kHighLog, equally spaced (the middle one is the target).
QVector<QColor> stops();
/// The colour of a ratio; grey for a ratio that was not measured (negative or not finite).
QColor colorOf(double ratio);
/// The colour for "not measured".
QColor missingColor();
/// True for a measured ratio outside [low, high] (the vanishing and exploding thresholds).
bool outsideBand(double ratio, double low, double high);
/// A ratio for people: "1.2e-3", "0" for zero, "–" when not measured.
QString ratioText(double ratio);
/// A power of ten for axis labels: "1e-3".
QString powerText(int exponent);
/// A threshold: powerText() for an exact power of ten ("1e-5"), else ratioText() ("2.5e-5").
QString thresholdText(double ratio);

}  // namespace ts::ratioscale
