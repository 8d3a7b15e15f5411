// Where a training run stands: epoch and step progress, throughput and the time left (plain logic, no widgets).
#pragma once

#include <QtGlobal>
#include <QVector>

namespace ts {

/// One reading of a run's progress, as the status bar shows it.
struct ProgressFigures {
    int epoch = 0;                ///< current epoch (1-based)
    int epochs = 0;               ///< planned epochs
    qint64 step = 0;              ///< global step
    qint64 totalSteps = 0;        ///< planned steps (0 = unknown)
    double samplesPerSec = 0.0;   ///< the trainer's current throughput (0 = unknown)
    double elapsedSec = 0.0;      ///< training time so far
    double etaSec = -1.0;         ///< time left, evaluation pauses included (negative = unknown)

    /// Progress over all epochs scaled to 0..`resolution` (0 while the total is unknown).
    int scaled(int resolution) const;
    /// True when the time left is known.
    bool hasEta() const { return etaSec >= 0.0; }
};

/// Tracks a run's epoch and step progress and estimates its time left.
class RunProgress {
public:
    /// Seconds of recent steps the rate is measured over.
    static constexpr double kRateWindowSec = 15.0;
    /// Shortest span the measured rate is trusted over.
    static constexpr double kMinRateSpanSec = 1.0;

    /// A run starts (or a saved one is replayed): `epochs` planned, of `batchesPerEpoch` steps of `batchSize`
    /// samples (a language model: `epochs` evaluations, steps of `batchSize` tokens).
    void start(int epochs, int batchSize, qint64 batchesPerEpoch);
    /// The trainer reported its steps per epoch (ignored when not positive).
    void setBatchesPerEpoch(qint64 batchesPerEpoch);
    /// A run counted in steps (a language model): `totalSteps` in all, whatever the epochs (0 = epochs × steps).
    void setTotalSteps(qint64 totalSteps);
    /// Epoch `epoch` of `epochs` ended (`epochs` <= 0 keeps the plan) after `evalSeconds` of evaluation;
    /// the next reading measures its rate afresh, without the evaluation pause.
    void epochEnded(int epoch, int epochs, double evalSeconds);
    /// A reading at global `step` after `elapsedSec` of training, at the trainer's `samplesPerSec`. The time
    /// left comes from the step rate over the last kRateWindowSec seconds (the trainer's throughput until
    /// kMinRateSpanSec have passed), plus the evaluation the remaining epochs take at the average so far.
    ProgressFigures update(int epoch, qint64 step, double samplesPerSec, double elapsedSec);
    /// Forgets the recent rate (after an epoch's evaluation pause).
    void restartRate();

    /// Planned epochs.
    int epochs() const { return m_epochs; }
    /// Steps per epoch.
    qint64 batchesPerEpoch() const { return m_batchesPerEpoch; }
    /// Planned steps over all epochs (0 = unknown).
    qint64 totalSteps() const;

private:
    struct RateSample {
        double elapsedSec;
        qint64 step;
    };
    /// Steps per second now (0 = unknown).
    double stepsPerSecond(double samplesPerSec) const;

    qint64 m_batchesPerEpoch = 0;
    qint64 m_totalSteps = 0;  // set for runs counted in steps
    int m_epochs = 0;
    int m_batchSize = 0;
    int m_epochsDone = 0;
    double m_evalSecondsTotal = 0.0;
    QVector<RateSample> m_rateWindow;  // recent (time, step) pairs
};

}  // namespace ts
