// The live charts of a run: loss (with its smoothing slider), accuracy and learning rate, on one timeline; a
// language model adds its own (LanguageModelCharts).
#pragma once

#include "core/common/Types.h"
#include "ui/charts/ChartMath.h"

#include <QObject>
#include <QVector>

class QLabel;
class QSlider;
class QWidget;

namespace ts {

class ChartPanel;
class CurveChart;
class LanguageModelCharts;

/// Feeds a run's batches and epochs to the loss, accuracy and learning-rate charts, and marks its events.
class TrainingCharts : public QObject {
    Q_OBJECT
public:
    /// Loss smoothing slider steps: 0..99 is an EMA weight of 0..0.99.
    static constexpr int kSmoothingSteps = 99;

    /// Builds the three charts, empty.
    explicit TrainingCharts(QObject* parent);

    /// The loss chart ("lossChart": "train loss (batch)", "train loss (smoothed)", "val loss (epoch)";
    /// x = step) with its toolbar and smoothing slider ("smoothingSlider").
    ChartPanel* lossPanel() const { return m_lossPanel; }
    /// The accuracy chart in percent ("accuracyChart": "train accuracy", "val accuracy"; x = epoch).
    ChartPanel* accuracyPanel() const { return m_accuracyPanel; }
    /// The learning-rate chart ("lrChart": "learning rate"; x = step).
    ChartPanel* lrPanel() const { return m_lrPanel; }

    /// The charts only a language model has (evaluation, gradient norm, tokens/s).
    LanguageModelCharts* languageModelCharts() const { return m_lm; }

    /// Forgets the run shown.
    void clear();
    /// The next run is a language model (its evaluations go to the language-model charts; `gradClip` > 0 is drawn
    /// on the gradient-norm chart from the next clear() on) or a classifier.
    void setLanguageModel(bool languageModel, double gradClip);
    /// A classifier validated this many times per epoch: its accuracy points fall at fractions of epochs.
    void setEvaluationsPerEpoch(int evaluations) { m_partsPerEpoch = evaluations > 0 ? evaluations : 1; }
    /// Appends a delivery of batches: loss and learning-rate points, timeline knots, learning-rate jump markers.
    void addBatches(const QVector<BatchMetrics>& batches);
    /// Appends an epoch: accuracy points, the validation loss and an epoch-boundary marker.
    void addEpoch(const EpochMetrics& epoch);
    /// Marks an event at a global step on every chart.
    void addEventMarker(double step, ChartEventKind kind, const QString& text);
    /// Global step of the newest batch (0 before any).
    qint64 lastStep() const { return m_lastStep; }
    /// The smoothing slider's value (0..kSmoothingSteps).
    int smoothing() const;
    /// Moves the smoothing slider (and smooths the loss accordingly).
    void setSmoothing(int value);

private:
    void buildLossChart();
    void buildAccuracyChart();
    void buildLrChart();
    /// A learning rate that was flat and then jumps gets a marker; a cosine schedule, which changes a
    /// little every step, gets none.
    void markLrJump(double step, double lr);
    /// A language model's evaluation: the validation loss on the loss chart, the evaluation charts, a marker.
    void addLanguageModelEvaluation(const EpochMetrics& m);

    RunTimeline m_timeline;
    CurveChart* m_lossChart = nullptr;
    CurveChart* m_accuracyChart = nullptr;
    CurveChart* m_lrChart = nullptr;
    ChartPanel* m_lossPanel = nullptr;
    ChartPanel* m_accuracyPanel = nullptr;
    ChartPanel* m_lrPanel = nullptr;
    QSlider* m_smoothingSlider = nullptr;
    QLabel* m_smoothingValue = nullptr;
    int m_lossRaw = -1;
    int m_lossSmoothed = -1;
    int m_lossVal = -1;
    int m_accTrain = -1;
    int m_accVal = -1;
    int m_lrSeries = -1;
    qint64 m_lastStep = 0;
    double m_lastLr = -1.0;
    bool m_lrWasFlat = false;
    LanguageModelCharts* m_lm = nullptr;
    bool m_languageModel = false;
    int m_partsPerEpoch = 1;  // evaluations per epoch of a classifier
    double m_gradClip = 0.0;  // the previous two batches had the same LR (a step schedule, not cosine)
};

}  // namespace ts
