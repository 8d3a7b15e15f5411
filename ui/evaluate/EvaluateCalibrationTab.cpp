#include "ui/evaluate/EvaluateCalibrationTab.h"
#include "ui/common/TextFormat.h"

#include "ui/evaluate/EvalCharts.h"
#include "ui/evaluate/EvaluateWidgets.h"

#include "core/eval/LanguageModelEvaluation.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace ts {

namespace {

constexpr double kNoticeableEce = 0.02;   // an ECE from which miscalibration is worth a sentence
constexpr double kMatchingPoints = 1.0;   // a confidence–accuracy gap under this many points is a match

}  // namespace

EvaluateCalibrationTab::EvaluateCalibrationTab(QWidget* parent) : QWidget(parent) {
    m_reliability = new ReliabilityDiagram();
    m_histogram = new ConfidenceHistogramChart();
    m_logScale = new QCheckBox(tr("Logarithmic counts"));
    m_logScale->setObjectName(QStringLiteral("evaluateLogScaleCheckBox"));
    m_logScale->setToolTip(tr("Show small bins next to the large top bin (bars side by side)"));
    connect(m_logScale, &QCheckBox::toggled, m_histogram, &ConfidenceHistogramChart::setLogScale);
    m_calibrationText = evalwidgets::wrappedLabel(QStringLiteral("evaluateCalibrationText"));

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_reliability);
    split->addWidget(m_histogram);
    split->setChildrenCollapsible(false);
    auto* bottom = new QHBoxLayout();
    bottom->addWidget(m_calibrationText, 1);
    bottom->addWidget(m_logScale);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
}

void EvaluateCalibrationTab::showResult(const EvaluationResult& result) {
    if (result.lm) {
        showCalibration(result.lm->calibration, result.lm->confidence, result.lm->metrics.tokenAccuracy,
                        tr("next-token predictions"));
        return;
    }
    showCalibration(result.calibration, result.confidence, result.metrics.accuracy, QString());
}

void EvaluateCalibrationTab::showCalibration(const Calibration& c, const ConfidenceHistogram& histogram, double accuracy,
                                             const QString& subject) {
    m_reliability->setCalibration(c);
    m_histogram->setHistogram(histogram);
    int64_t n = 0;
    const double confidence = evalwidgets::meanConfidence(c, &n);
    if (n == 0) {
        m_calibrationText->setText(tr("No predictions to calibrate."));
        return;
    }
    const double gap = 100.0 * (confidence - accuracy);
    QString reading;
    if (std::fabs(gap) < kMatchingPoints && c.ece >= kNoticeableEce)
        reading = tr("on average confidence matches accuracy, but not bin by bin: over- and underconfident bins "
                     "cancel out");
    else if (std::fabs(gap) < kMatchingPoints) reading = tr("confidence matches accuracy: well calibrated");
    else if (gap > 0) reading = tr("the model is <b>overconfident</b> by %1 points on average").arg(fixed(gap, 1));
    else reading = tr("the model is <b>underconfident</b> by %1 points on average").arg(fixed(-gap, 1));
    const QString prefix = subject.isEmpty() ? QString() : tr("Of the %1: ").arg(subject);
    m_calibrationText->setText(prefix + tr("<b>ECE %1</b> · MCE %2 (worst bin) · mean confidence %3 vs accuracy %4: %5. "
                                           "Bars below the diagonal are bins where the model claims more than it delivers.")
                                            .arg(percentText(c.ece), percentText(c.mce), percentText(confidence),
                                                 percentText(accuracy), reading));
}

}  // namespace ts
