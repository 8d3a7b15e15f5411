#include "app/bridge/TrainingWorker.h"

#include "core/data/DatasetLoader.h"
#include "core/train/FanOutObserver.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/runs/TensorBoardWriter.h"

#include <QFile>
#include <QFileInfo>

#include <chrono>

namespace ts {

namespace {

/// Forwards trainer callbacks as signals, coalescing batches so the GUI gets ~20 updates a second.
class SignalObserver : public TrainObserver {
public:
    SignalObserver(TrainingWorker& w, RunWriter* writer, QVector<BatchMetrics> pastBatches,
                   QVector<EpochMetrics> pastEpochs)
        : worker_(w), writer_(writer), pastBatches_(std::move(pastBatches)), pastEpochs_(std::move(pastEpochs)) {}

    void onStart(const std::string& device, int threads, int64_t batchesPerEpoch) override {
        if (writer_) writer_->onStart(device, threads, batchesPerEpoch);  // run.json records device and threads
        lastEmit_ = Clock::now();
        Q_EMIT worker_.started(QString::fromStdString(device), threads, batchesPerEpoch);
        // A resumed run first replays its history, so the charts continue where they stopped.
        if (!pastBatches_.isEmpty()) Q_EMIT worker_.batchesReady(pastBatches_);
        for (const EpochMetrics& e : pastEpochs_) Q_EMIT worker_.epochFinished(e);
    }
    void onCheckpoint(int epoch, int64_t step, bool best) override {
        Q_EMIT worker_.checkpointSaved(epoch, step, best);
    }
    void onBatch(const BatchMetrics& m) override {
        if (writer_) writer_->onBatch(m);
        pending_.push_back(m);
        const auto now = Clock::now();
        if (now - lastEmit_ >= std::chrono::milliseconds(TrainingWorker::kBatchEmitIntervalMs)) flush(now);
    }
    void onEpoch(const EpochMetrics& m) override {
        if (writer_) writer_->onEpoch(m);
        flush(Clock::now());
        Q_EMIT worker_.epochFinished(m);
    }
    void onMessage(const std::string& text) override { Q_EMIT worker_.message(QString::fromStdString(text)); }
    void onFinished(const RunSummary& s) override {
        if (writer_) writer_->onFinished(s);
        flush(Clock::now());
    }

private:
    using Clock = std::chrono::steady_clock;
    void flush(Clock::time_point now) {
        lastEmit_ = now;
        if (pending_.isEmpty()) return;
        Q_EMIT worker_.batchesReady(pending_);
        pending_.clear();
    }

    TrainingWorker& worker_;
    RunWriter* writer_;
    QVector<BatchMetrics> pastBatches_;
    QVector<EpochMetrics> pastEpochs_;
    QVector<BatchMetrics> pending_;
    Clock::time_point lastEmit_;
};

}  // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) { registerMetaTypes(); }

void TrainingWorker::requestStop() { control_.stop.store(true); }

void TrainingWorker::setPaused(bool paused) { control_.pause.store(paused); }

void TrainingWorker::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    dataPath_ = data_ ? QString::fromStdString(data_->path) : QString();
}

void TrainingWorker::setRunsRoot(const QString& root) { runsRoot_ = root; }

void TrainingWorker::announceDataset(const DatasetInfo& info) {
    Q_EMIT datasetLoaded(info);
    Q_EMIT datasetSamplesReady(data_);  // shared read-only: the mistakes gallery shows its samples
}

void TrainingWorker::loadDataset(const QString& path, double valFraction) {
    try {
        LoadOptions options;
        options.valFraction = valFraction;
        DatasetReport report;
        auto ds = std::make_shared<Dataset>(ts::loadDataset(QFile::encodeName(path).toStdString(), options, &report));
        if (!report.blocker.empty()) throw std::runtime_error(ds->path + ": " + report.blocker);
        const DatasetInfo info = describeDataset(*ds, valFraction);
        data_ = std::move(ds);
        dataPath_ = QString::fromStdString(data_->path);
        announceDataset(info);
    } catch (const std::exception& e) {
        Q_EMIT datasetFailed(QString::fromStdString(e.what()));
    }
}

void TrainingWorker::previewDataset(const QString& path, const LoadOptions& options, double trainerValFraction) {
    try {
        DatasetReport report;
        auto ds = std::make_shared<Dataset>(ts::loadDataset(QFile::encodeName(path).toStdString(), options, &report));
        const DatasetPreview preview = makeDatasetPreview(*ds, report, trainerValFraction);
        previewed_ = std::move(ds);
        previewedValFraction_ = trainerValFraction;
        Q_EMIT datasetPreviewReady(preview);
    } catch (const std::exception& e) {
        Q_EMIT datasetFailed(QString::fromStdString(e.what()));
    }
}

void TrainingWorker::acceptPreviewedDataset() {
    if (!previewed_) return;
    data_ = std::move(previewed_);
    dataPath_ = QString::fromStdString(data_->path);
    announceDataset(describeDataset(*data_, previewedValFraction_));
}

void TrainingWorker::discardPreviewedDataset() {
    previewed_.reset();
}

void TrainingWorker::resetControl() {
    control_.stop.store(false);
    control_.pause.store(false);
}

void TrainingWorker::train(const TrainConfig& cfg) {
    if (!data_) {
        RunSummary failed;
        failed.status = RunStatus::Failed;
        failed.message = "No data set is loaded: open one with File > Open Dataset.";
        Q_EMIT finished(failed, QString());
        return;
    }
    std::unique_ptr<RunWriter> writer;
    QString runDir;
    if (!runsRoot_.isEmpty()) {
        try {
            runDir = QString::fromStdString(newRunDir(runsRoot_.toStdString(), cfg.preset));
            writer = std::make_unique<RunWriter>(runDir.toStdString(), cfg, describeDataset(*data_, cfg.valFraction));
        } catch (const std::exception& e) {
            Q_EMIT message(QStringLiteral("The run will not be saved: %1").arg(QString::fromUtf8(e.what())));
            runDir.clear();
        }
    }
    TrainOptions options;
    options.checkpointDir = runDir.toStdString();
    runTraining(cfg, runDir, writer.get(), options, {}, {});
}

void TrainingWorker::resumeRun(const QString& runDir) {
    RunSummary failed;
    failed.status = RunStatus::Failed;
    try {
        const RunRecord run = loadRun(runDir.toStdString(), true);
        if (run.status == "finished") throw std::runtime_error("this run has already finished; start a new run instead");
        if (run.status == "running") throw std::runtime_error("this run is still training in another process");
        const std::string checkpoint = run.dir + "/" + lastCheckpointName();
        if (!QFile::exists(QString::fromStdString(checkpoint)))
            throw std::runtime_error("the run stopped before its first epoch ended, so it has no checkpoint; "
                                     "start a new run instead");
        const CheckpointInfo at = readCheckpointInfo(checkpoint);
        if (!data_ || data_->contentHash != run.datasetHash) {
            LoadOptions loadOptions;
            loadOptions.valFraction = run.config.valFraction;
            if (!run.dataset.loadOptions.empty()) loadOptions = loadOptionsFromJson(run.dataset.loadOptions);
            auto ds = std::make_shared<Dataset>(ts::loadDataset(run.dataset.path, loadOptions, nullptr));
            if (ds->contentHash != run.datasetHash)
                throw std::runtime_error("the data set at " + run.dataset.path +
                                         " has changed since the run started; resuming would mix data sets");
            data_ = std::move(ds);
            dataPath_ = QString::fromStdString(data_->path);
            announceDataset(describeDataset(*data_, run.config.valFraction));
        }
        RunWriter writer(run.dir, run.config, run.dataset, &at);
        // The history up to the checkpoint, replayed right after `started` so the curves continue.
        QVector<BatchMetrics> batches;
        for (const BatchMetrics& b : run.batches)
            if (b.step <= at.step) batches.push_back(b);
        QVector<EpochMetrics> epochs;
        for (const EpochMetrics& e : run.epochs)
            if (e.epoch <= at.epoch) epochs.push_back(e);
        TrainOptions options;
        options.checkpointDir = run.dir;
        options.resumeFrom = checkpoint;
        runTraining(run.config, runDir, &writer, options, batches, epochs);
    } catch (const std::exception& e) {
        failed.message = std::string("Cannot resume ") + runDir.toStdString() + ": " + e.what();
        Q_EMIT finished(failed, QString());
    }
}

void TrainingWorker::runTraining(const TrainConfig& cfg, const QString& runDir, RunWriter* writer,
                                 const TrainOptions& options, const QVector<BatchMetrics>& pastBatches,
                                 const QVector<EpochMetrics>& pastEpochs) {
    std::unique_ptr<TensorBoardWriter> events;  // TensorBoard scalars, appended live next to metrics.csv
    if (writer) {
        try {
            events = std::make_unique<TensorBoardWriter>(runDir.toStdString());
        } catch (const std::exception& e) {
            Q_EMIT message(QStringLiteral("No TensorBoard events for this run: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    SignalObserver observer(*this, writer, pastBatches, pastEpochs);
    FanOutObserver observers({&observer, events.get()});
    RunSummary summary = ts::train(cfg, *data_, observers, control_, options);
    if (writer && !writer->error().empty())
        Q_EMIT message(QStringLiteral("Saving the run failed: %1").arg(QString::fromStdString(writer->error())));
    Q_EMIT finished(summary, runDir);
}

}  // namespace ts
