// The Qt bridge: runs core's data loading and training on a worker thread and turns
// observer callbacks into queued Qt signals with value payloads (no tensor crosses threads).
#pragma once

#include "core/data/Dataset.h"
#include "core/data/DatasetLoader.h"
#include "core/train/TrainConfig.h"
#include "core/train/Trainer.h"
#include "core/common/Types.h"
#include "app/bridge/MetaTypes.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace ts {

class Collective;
class PeerProcesses;
class RunWriter;

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
    /// The program a data-parallel run starts its other processes with ("" = trainscope-cli next to this program).
    void setPeerProgram(const QString& program);

public Q_SLOTS:
    /// Loads any supported data set (IDX folder or pair, CSV/TSV table, image folder) with default
    /// options and makes it current; emits datasetLoaded or datasetFailed.
    void loadDataset(const QString& path, double valFraction);
    /// Loads a data set for preview with `options` (label column, image size and colour, split) and keeps
    /// it aside, replacing any earlier preview; emits datasetPreviewReady or datasetFailed (then the earlier
    /// preview stays). `trainerValFraction` is what the trainer holds out of the training set for
    /// validation when the data set has no validation split (IDX folders); the preview's counts show it.
    void previewDataset(const QString& path, const ts::LoadOptions& options, double trainerValFraction);
    /// Makes the previewed data set current, exactly as previewed (its load options go with it into
    /// the run); emits datasetLoaded.
    void acceptPreviewedDataset();
    /// Drops the previewed data set; the current one stays.
    void discardPreviewedDataset();
    /// Trains on the loaded data set; blocks this thread until done, emitting progress signals.
    /// The run is saved under the runs root with a checkpoint at every epoch end. With cfg.processes > 1 this
    /// thread is rank 0 of a data-parallel run whose other ranks are trainscope-cli processes (PeerProcesses).
    void train(const ts::TrainConfig& cfg);
    /// Continues a stopped or interrupted run from its last checkpoint to its planned epochs, replaying
    /// its history first (started, batchesReady, epochFinished...) so the charts continue seamlessly.
    void resumeRun(const QString& runDir);

Q_SIGNALS:
    /// A data set was loaded and is ready for training.
    void datasetLoaded(const ts::DatasetInfo& info);
    /// The current data set's samples, shared read-only (after every datasetLoaded).
    void datasetSamplesReady(std::shared_ptr<const ts::Dataset> data);
    /// Loading failed; the message says which file and what to do.
    void datasetFailed(const QString& message);
    /// A data set was loaded for preview (not yet current): counts, histogram, thumbnails, warnings.
    void datasetPreviewReady(const ts::DatasetPreview& preview);
    /// The text corpus just previewed (after its datasetPreviewReady): sizes, vocabulary, tokens, sample lines.
    void textPreviewReady(const ts::TextPreview& preview);
    /// The run about to train is saved in `runDir` (its checkpoints land there; the playground loads them).
    void runFolderReady(const QString& runDir);
    /// Training began on `device` with `threads` threads.
    void started(const QString& device, int threads, qint64 batchesPerEpoch);
    /// Batch metrics since the previous emission, in step order.
    void batchesReady(const QVector<ts::BatchMetrics>& batches);
    /// An epoch finished, with its validation metrics.
    void epochFinished(const ts::EpochMetrics& metrics);
    /// A checkpoint was saved at the end of `epoch` (`best`: also the best by validation loss).
    void checkpointSaved(int epoch, qint64 step, bool best);
    /// A note for the status bar.
    void message(const QString& text);
    /// Per-layer diagnostics of one step (every cfg.health.interval steps).
    void healthSampled(const ts::HealthSample& sample);
    /// A training-health alert (spike, overfitting, plateau, dead layer, ...).
    void alertRaised(const ts::Alert& alert);
    /// A data-parallel run's processes: rank, host, step, throughput, time in collectives, state (about once a
    /// second, and at the end).
    void processesUpdated(const QVector<ts::ProcessFigures>& processes);
    /// Training ended (finished, stopped, diverged or failed); `runDir` is where it was saved ("" if not saved).
    void finished(const ts::RunSummary& summary, const QString& runDir);

private:
    void announceDataset(const DatasetInfo& info);
    /// Starts the other processes of a data-parallel run as `arguments` say and joins them; false after
    /// finished() said why not (the run then ends before it began).
    bool joinPeers(ts::PeerProcesses& peers, const QStringList& arguments, const ts::TrainConfig& cfg,
                   std::unique_ptr<ts::Collective>& group);
    void runTraining(const ts::TrainConfig& cfg, const QString& runDir, ts::RunWriter* writer,
                     const ts::TrainOptions& options, const QVector<ts::BatchMetrics>& pastBatches,
                     const QVector<ts::EpochMetrics>& pastEpochs, ts::PeerProcesses* peers);

    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const Dataset> m_previewed;   // loaded for preview, waiting for the user's answer
    double m_previewedValFraction = 0.0;
    QString m_dataPath;
    QString m_runsRoot;
    QString m_peerProgram;  // "" = PeerProcesses::defaultProgram()
    RunControl m_control;
};

}  // namespace ts
