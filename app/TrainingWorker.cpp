#include "app/TrainingWorker.h"

#include "core/RunWriter.h"

#include <QFileInfo>

#include <chrono>

namespace ts {

namespace {

/// Forwards trainer callbacks as signals, coalescing batches so the GUI gets ~20 updates a second.
class SignalObserver : public TrainObserver {
public:
    SignalObserver(TrainingWorker& w, RunWriter* writer) : worker_(w), writer_(writer) {}

    void onStart(const std::string& device, int threads, int64_t batchesPerEpoch) override {
        lastEmit_ = Clock::now();
        Q_EMIT worker_.started(QString::fromStdString(device), threads, batchesPerEpoch);
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

void TrainingWorker::loadDataset(const QString& path, double valFraction) {
    QFileInfo fi(path);
    const QString folder = fi.isFile() ? fi.absolutePath() : path;  // an IDX file stands for its folder
    try {
        auto ds = std::make_shared<Dataset>(loadIdxFolder(folder.toStdString()));
        const DatasetInfo info = describeDataset(*ds, valFraction);
        data_ = std::move(ds);
        dataPath_ = folder;
        Q_EMIT datasetLoaded(info);
    } catch (const std::exception& e) {
        Q_EMIT datasetFailed(QString::fromStdString(e.what()));
    }
}

void TrainingWorker::resetControl() {
    control_.stop.store(false);
    control_.pause.store(false);
}

void TrainingWorker::train(const TrainConfig& cfg) {
    RunSummary failed;
    failed.status = RunStatus::Failed;
    if (!data_) {
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
    SignalObserver observer(*this, writer.get());
    RunSummary summary = ts::train(cfg, *data_, observer, control_);
    if (writer && !writer->error().empty())
        Q_EMIT message(QStringLiteral("Saving the run failed: %1").arg(QString::fromStdString(writer->error())));
    Q_EMIT finished(summary, runDir);
}

}  // namespace ts
