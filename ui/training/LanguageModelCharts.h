// The live charts only a language model has: its evaluations in loss, perplexity or bits per byte, the gradient
// norm against the clipping threshold, and tokens per second.
#pragma once

#include "core/common/Types.h"

#include <QObject>
#include <QVector>

class QComboBox;

namespace ts {

class ChartPanel;
class CurveChart;
class RunTimeline;

/// Feeds a language model's steps and evaluations to the evaluation, gradient-norm and throughput charts.
class LanguageModelCharts : public QObject {
    Q_OBJECT
public:
    /// What the evaluation chart's y axis shows.
    enum class EvalMeasure { Loss, Perplexity, BitsPerByte };

    /// Builds the charts, empty; they read x conversions from `timeline` (owned by the caller).
    LanguageModelCharts(const RunTimeline* timeline, QObject* parent);

    /// The evaluations ("evalChart": "train", "val"; x = step) with the measure chooser ("evalMeasureCombo").
    ChartPanel* evalPanel() const { return m_evalPanel; }
    /// The gradient norm before clipping ("gradNormChart": "grad norm", "clip threshold"; x = step).
    ChartPanel* gradNormPanel() const { return m_gradNormPanel; }
    /// Tokens per second ("throughputChart": "tokens/s"; x = step).
    ChartPanel* throughputPanel() const { return m_throughputPanel; }

    /// Forgets the run; `gradClip` > 0 is the clipping threshold the gradient-norm chart draws.
    void clear(double gradClip);
    /// Appends a delivery of steps: gradient norms (where measured) and throughput.
    void addBatches(const QVector<BatchMetrics>& batches);
    /// Appends an evaluation point.
    void addEvaluation(const EpochMetrics& m);
    /// Shows the evaluations as `measure`.
    void setMeasure(EvalMeasure measure);
    /// The measure shown.
    EvalMeasure measure() const { return m_measure; }
    /// `value` of an evaluation as `measure` (train or validation).
    static double measureOf(const EpochMetrics& m, EvalMeasure measure, bool validation);
    /// The charts, for marking events on each.
    QVector<CurveChart*> charts() const;

private:
    void buildEvalChart(const RunTimeline* timeline);
    void buildGradNormChart(const RunTimeline* timeline);
    void buildThroughputChart(const RunTimeline* timeline);
    /// Redraws the evaluation series from the kept evaluations.
    void replotEvaluations();

    CurveChart* m_evalChart = nullptr;
    CurveChart* m_gradNormChart = nullptr;
    CurveChart* m_throughputChart = nullptr;
    ChartPanel* m_evalPanel = nullptr;
    ChartPanel* m_gradNormPanel = nullptr;
    ChartPanel* m_throughputPanel = nullptr;
    QComboBox* m_measureCombo = nullptr;
    int m_evalTrain = -1;
    int m_evalVal = -1;
    int m_gradNorm = -1;
    int m_clipLine = -1;
    int m_tokensPerSec = -1;
    double m_gradClip = 0.0;
    EvalMeasure m_measure = EvalMeasure::Loss;
    QVector<EpochMetrics> m_evaluations;  // without their samples
};

}  // namespace ts
