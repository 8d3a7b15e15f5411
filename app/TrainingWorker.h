// The Qt bridge: runs core's data loading and training on a worker thread and turns
// observer callbacks into queued Qt signals with value payloads (no tensor crosses threads).
#pragma once

#include "core/Dataset.h"
#include "core/TrainConfig.h"
#include "core/Trainer.h"
#include "core/Types.h"
#include "ui/MetaTypes.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

namespace ts {

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    /// Batch metrics are aggregated and emitted at most this often while training.
    static constexpr int kBatchEmitIntervalMs = 50;

    explicit TrainingWorker(QObject* parent = nullptr);

    /// Asks a running training to stop at the next batch boundary. Thread-safe.
    void requestStop();
    /// Pauses or resumes a running training at the next batch boundary. Thread-safe.
    void setPaused(bool paused);
    /// Clears the stop and pause flags before a new run. Thread-safe; call before queuing train().
    void resetControl();
    /// Uses an already loaded data set (tests, benchmarks). Call while not training.
    void setDataset(std::shared_ptr<const Dataset> data);
    /// Folder under which each run gets its own folder; "" writes no run folder.
    void setRunsRoot(const QString& root);

public Q_SLOTS:
    /// Loads an IDX folder (or the folder of an IDX file); emits datasetLoaded or datasetFailed.
    void loadDataset(const QString& path, double valFraction);
    /// Trains on the loaded data set; blocks this thread until done, emitting progress signals.
    void train(const ts::TrainConfig& cfg);

Q_SIGNALS:
    /// A data set was loaded and is ready for training.
    void datasetLoaded(const ts::DatasetInfo& info);
    /// Loading failed; the message says which file and what to do.
    void datasetFailed(const QString& message);
    /// Training began on `device` with `threads` threads.
    void started(const QString& device, int threads, qint64 batchesPerEpoch);
    /// Batch metrics since the previous emission, in step order.
    void batchesReady(const QVector<ts::BatchMetrics>& batches);
    /// An epoch finished, with its validation metrics.
    void epochFinished(const ts::EpochMetrics& metrics);
    /// A note for the status bar.
    void message(const QString& text);
    /// Training ended (finished, stopped, diverged or failed); `runDir` is where it was saved ("" if not saved).
    void finished(const ts::RunSummary& summary, const QString& runDir);

private:
    std::shared_ptr<const Dataset> data_;
    QString dataPath_;
    QString runsRoot_;
    RunControl control_;
};

}  // namespace ts
