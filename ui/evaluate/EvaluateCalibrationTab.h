// The Evaluate window's Calibration tab: the reliability diagram and the confidence histogram side by
// side, and a sentence reading them (ECE, MCE, over- or underconfidence).
#pragma once

#include "core/eval/Evaluator.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace ts {

class ConfidenceHistogramChart;
class ReliabilityDiagram;

/// Shows how well a result's confidence matches its accuracy.
class EvaluateCalibrationTab : public QWidget {
    Q_OBJECT
public:
    /// Builds the empty tab: the two charts over the reading and the log-scale switch.
    explicit EvaluateCalibrationTab(QWidget* parent = nullptr);

    /// Shows a result's calibration and confidence histogram (a language model's next-token ones).
    void showResult(const EvaluationResult& result);

private:
    void showCalibration(const Calibration& calibration, const ConfidenceHistogram& histogram, double accuracy,
                         const QString& subject);

    ReliabilityDiagram* m_reliability = nullptr;
    ConfidenceHistogramChart* m_histogram = nullptr;
    QCheckBox* m_logScale = nullptr;
    QLabel* m_calibrationText = nullptr;
};

}  // namespace ts
