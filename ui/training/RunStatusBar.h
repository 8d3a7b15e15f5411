// The status bar's run figures: device, epoch and step, throughput, the machine (CPU, memory), time left and the
// progress bar.
#pragma once

#include "core/common/Types.h"
#include "ui/training/RunProgress.h"

#include <QElapsedTimer>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace ts {

/// Shows a run's figures in a status bar, refreshed from the newest batch at most every kRefreshMs.
class RunStatusBar : public QObject {
    Q_OBJECT
public:
    /// Longest wait before the newest batch is shown (each change of a text costs a window update, and
    /// batches arrive 20 times a second).
    static constexpr qint64 kRefreshMs = 500;
    /// Steps of the progress bar.
    static constexpr int kProgressResolution = 1000;

    /// Adds the device, progress, throughput and ETA labels and the progress bar to `bar`.
    RunStatusBar(QStatusBar* bar, QObject* parent);

    /// No run: "No run yet", everything else empty.
    void reset();
    /// A live run starts on `device` (already described, e.g. "cpu · 2 threads") with this plan; with several
    /// evaluations per epoch, batchesPerEpoch is a part's and the progress counts parts.
    void runStarted(const QString& device, int epochs, int batchSize, qint64 batchesPerEpoch, int evalsPerEpoch = 1);
    /// A language model starts: `totalSteps` steps of `tokensPerStep` tokens, `evaluations` evaluations; the
    /// labels then say "Step N / M" and tokens/s.
    void runStartedInSteps(const QString& device, qint64 totalSteps, int evaluations, int tokensPerStep);
    /// A saved language-model run is about to be replayed with this plan.
    void replayStartedInSteps(qint64 totalSteps, int evaluations, int tokensPerStep);
    /// A saved run is about to be replayed with this plan (the labels follow the replayed figures).
    void replayStarted(int epochs, int batchSize, qint64 batchesPerEpoch, int evalsPerEpoch = 1);
    /// The newest batch: shown now, or at the next refresh when the last one was shown less than kRefreshMs ago.
    void showBatch(const BatchMetrics& batch);
    /// An epoch ended: its figures are shown at once, superseding a batch still waiting.
    void showEpoch(const EpochMetrics& epoch);
    /// The run ended: the last batch's figures, no ETA; the progress bar full when `complete`.
    void runEnded(bool complete);
    /// Describes the run's device ("cpu · 2 threads").
    void setDevice(const QString& device);
    /// Planned epochs of the current run.
    int epochs() const { return m_progress.epochs(); }

private:
    /// Shows the batch waiting for the refresh, if any.
    void flush();
    /// Shows a reading of the progress model.
    void show(const ProgressFigures& figures);
    /// Shows the machine's figures (CPU, resident and GPU memory) where known.
    void showSystem(const SystemMetrics& system);

    RunProgress m_progress;
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_throughputLabel = nullptr;
    QLabel* m_systemLabel = nullptr;
    QLabel* m_etaLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    BatchMetrics m_pending;  // the newest batch, waiting for the next refresh
    bool m_hasPending = false;
    bool m_flushScheduled = false;
    bool m_inSteps = false;  // a language model: progress in steps, throughput in tokens
    int m_partsPerEpoch = 1; // evaluations per epoch: the progress counts rounds, the label epochs
    QElapsedTimer m_sinceShown;
};

}  // namespace ts
