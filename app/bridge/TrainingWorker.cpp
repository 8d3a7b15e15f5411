#include "app/bridge/TrainingWorker.h"

#include "app/bridge/PeerProcesses.h"
#include "core/data/DatasetLoader.h"
#include "core/train/FanOutObserver.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/runs/TensorBoardWriter.h"
#include "core/text/TextCorpus.h"
#include "core/text/TextPreview.h"
#include "core/text/CharTokenizer.h"

#include <QFile>
#include <QFileInfo>

#include <chrono>

namespace ts {

namespace {

/// The preview figures of a corpus, counted with a character tokenizer of the whole corpus (a subword tokenizer is
/// trained only when training starts). CharTokenizer directly, not makeTokenizer: that would load SentencePiece,
/// whose protobuf registration crashes a process that also loads LibTorch.
TextPreview previewCorpus(const TextCorpus& corpus) {
    std::vector<std::string_view> texts;
    for (const TextDocument& doc : corpus.documents()) texts.push_back(doc.text);
    return previewText(corpus, CharTokenizer::train(texts));
}

/// Forwards trainer callbacks as signals, coalescing batches so the GUI gets ~20 updates a second.
class SignalObserver : public TrainObserver {
public:
    SignalObserver(TrainingWorker& w, RunWriter* writer, QVector<BatchMetrics> pastBatches,
                   QVector<EpochMetrics> pastEpochs)
        : m_worker(w), m_writer(writer), m_pastBatches(std::move(pastBatches)), m_pastEpochs(std::move(pastEpochs)) {}

    void onStart(const std::string& device, int threads, int64_t batchesPerEpoch) override {
        if (m_writer) m_writer->onStart(device, threads, batchesPerEpoch);  // run.json records device and threads
        m_lastEmit = Clock::now();
        Q_EMIT m_worker.started(QString::fromStdString(device), threads, batchesPerEpoch);
        // A resumed run first replays its history, so the charts continue where they stopped.
        if (!m_pastBatches.isEmpty()) Q_EMIT m_worker.batchesReady(m_pastBatches);
        for (const EpochMetrics& e : m_pastEpochs) Q_EMIT m_worker.epochFinished(e);
    }
    void onCheckpoint(int epoch, int64_t step, bool best) override {
        Q_EMIT m_worker.checkpointSaved(epoch, step, best);
    }
    void onBatch(const BatchMetrics& m) override {
        if (m_writer) m_writer->onBatch(m);
        m_pending.push_back(m);
        const auto now = Clock::now();
        if (now - m_lastEmit >= std::chrono::milliseconds(TrainingWorker::kBatchEmitIntervalMs)) flush(now);
    }
    void onEpoch(const EpochMetrics& m) override {
        if (m_writer) m_writer->onEpoch(m);
        flush(Clock::now());
        Q_EMIT m_worker.epochFinished(m);
    }
    void onMessage(const std::string& text) override { Q_EMIT m_worker.message(QString::fromStdString(text)); }
    void onHealth(const HealthSample& h) override {
        if (m_writer) m_writer->onHealth(h);
        Q_EMIT m_worker.healthSampled(h);
    }
    void onAlert(const Alert& a) override {
        if (m_writer) m_writer->onAlert(a);
        Q_EMIT m_worker.alertRaised(a);
    }
    void onProcesses(const std::vector<ProcessFigures>& processes) override {
        if (m_writer) m_writer->onProcesses(processes);  // processes.json, for a window that follows the run
        Q_EMIT m_worker.processesUpdated(QVector<ProcessFigures>(processes.begin(), processes.end()));
    }
    void onFinished(const RunSummary& s) override {
        if (m_writer) m_writer->onFinished(s);
        flush(Clock::now());
    }

private:
    using Clock = std::chrono::steady_clock;
    void flush(Clock::time_point now) {
        m_lastEmit = now;
        if (m_pending.isEmpty()) return;
        Q_EMIT m_worker.batchesReady(m_pending);
        m_pending.clear();
    }

    TrainingWorker& m_worker;
    RunWriter* m_writer;
    QVector<BatchMetrics> m_pastBatches;
    QVector<EpochMetrics> m_pastEpochs;
    QVector<BatchMetrics> m_pending;
    Clock::time_point m_lastEmit;
};

}  // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) { registerMetaTypes(); }

void TrainingWorker::requestStop() { m_control.stop.store(true); }

void TrainingWorker::setPaused(bool paused) { m_control.pause.store(paused); }

void TrainingWorker::setDataset(std::shared_ptr<const Dataset> data) {
    m_data = std::move(data);
    m_dataPath = m_data ? QString::fromStdString(m_data->path) : QString();
}

void TrainingWorker::setRunsRoot(const QString& root) { m_runsRoot = root; }

void TrainingWorker::setPeerProgram(const QString& program) { m_peerProgram = program; }

void TrainingWorker::announceDataset(const DatasetInfo& info) {
    Q_EMIT datasetLoaded(info);
    Q_EMIT datasetSamplesReady(m_data);  // shared read-only: the mistakes gallery shows its samples
}

void TrainingWorker::loadDataset(const QString& path, double valFraction) {
    try {
        LoadOptions options;
        options.valFraction = valFraction;
        DatasetReport report;
        auto ds = std::make_shared<Dataset>(ts::loadDataset(QFile::encodeName(path).toStdString(), options, &report));
        if (!report.blocker.empty()) throw std::runtime_error(ds->path + ": " + report.blocker);
        const DatasetInfo info = describeDataset(*ds, valFraction);
        m_data = std::move(ds);
        m_dataPath = QString::fromStdString(m_data->path);
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
        m_previewed = std::move(ds);
        m_previewedValFraction = trainerValFraction;
        Q_EMIT datasetPreviewReady(preview);
        if (m_previewed->isText()) Q_EMIT textPreviewReady(previewCorpus(*m_previewed->text));
    } catch (const std::exception& e) {
        Q_EMIT datasetFailed(QString::fromStdString(e.what()));
    }
}

void TrainingWorker::acceptPreviewedDataset() {
    if (!m_previewed) return;
    m_data = std::move(m_previewed);
    m_dataPath = QString::fromStdString(m_data->path);
    announceDataset(describeDataset(*m_data, m_previewedValFraction));
}

void TrainingWorker::discardPreviewedDataset() {
    m_previewed.reset();
}

void TrainingWorker::resetControl() {
    m_control.stop.store(false);
    m_control.pause.store(false);
}

void TrainingWorker::train(const TrainConfig& cfg) {
    if (!m_data) {
        RunSummary failed;
        failed.status = RunStatus::Failed;
        failed.message = tr("No data set is loaded: open one with File > Open Dataset.").toStdString();
        Q_EMIT finished(failed, QString());
        return;
    }
    // A data-parallel run forms its group before the run folder exists: a group that cannot form leaves none.
    TrainConfig used = cfg;
    std::unique_ptr<PeerProcesses> peers;
    std::unique_ptr<Collective> group;
    if (cfg.processes > 1) {
        used.threads = PeerProcesses::threadsPerProcess(cfg.threads, cfg.processes);
        peers = std::make_unique<PeerProcesses>();
        try {
            const QStringList args = peers->newRunArguments(used, describeDataset(*m_data, cfg.valFraction), used.threads);
            if (!joinPeers(*peers, args, used, group)) return;
        } catch (const std::exception& e) {  // the children's configuration file could not be written
            RunSummary failed;
            failed.status = RunStatus::Failed;
            failed.message = e.what();
            Q_EMIT finished(failed, QString());
            return;
        }
    }
    std::unique_ptr<RunWriter> writer;
    QString runDir;
    if (!m_runsRoot.isEmpty()) {
        try {
            runDir = QString::fromStdString(newRunDir(m_runsRoot.toStdString(), used.preset));
            writer = std::make_unique<RunWriter>(runDir.toStdString(), used, describeDataset(*m_data, used.valFraction));
        } catch (const std::exception& e) {
            Q_EMIT message(tr("The run will not be saved: %1").arg(QString::fromUtf8(e.what())));
            runDir.clear();
        }
    }
    TrainOptions options;
    options.checkpointDir = runDir.toStdString();
    options.collective = group.get();
    runTraining(used, runDir, writer.get(), options, {}, {}, peers.get());
}

bool TrainingWorker::joinPeers(PeerProcesses& peers, const QStringList& arguments, const TrainConfig& cfg,
                               std::unique_ptr<Collective>& group) {
    Q_EMIT message(tr("Starting %n process(es) × %1 threads…", nullptr, cfg.processes).arg(cfg.threads));
    const QString program = m_peerProgram.isEmpty() ? PeerProcesses::defaultProgram() : m_peerProgram;
    try {
        group = peers.start(program, arguments, cfg.processes, cfg.distTimeoutSec,
                            resolveDevice(cfg.device, nullptr) == "cuda", [this] { return m_control.stop.load(); });
        return true;
    } catch (const std::exception& e) {
        RunSummary failed;
        failed.status = m_control.stop.load() ? RunStatus::Stopped : RunStatus::Failed;
        failed.message = tr("data-parallel training could not start: %1").arg(QString::fromUtf8(e.what())).toStdString();
        Q_EMIT finished(failed, QString());
        return false;
    }
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
        TrainConfig used = run.config;
        std::unique_ptr<PeerProcesses> peers;
        std::unique_ptr<Collective> group;
        if (!m_data || m_data->contentHash != run.datasetHash) {
            LoadOptions loadOptions;
            loadOptions.valFraction = run.config.valFraction;
            if (!run.dataset.loadOptions.empty()) loadOptions = loadOptionsFromJson(run.dataset.loadOptions);
            auto ds = std::make_shared<Dataset>(ts::loadDataset(run.dataset.path, loadOptions, nullptr));
            if (ds->contentHash != run.datasetHash)
                throw std::runtime_error("the data set at " + run.dataset.path +
                                         " has changed since the run started; resuming would mix data sets");
            m_data = std::move(ds);
            m_dataPath = QString::fromStdString(m_data->path);
            announceDataset(describeDataset(*m_data, run.config.valFraction));
        }
        if (used.processes > 1) {  // the other ranks continue the same run folder (rank 0 alone writes it)
            used.threads = PeerProcesses::threadsPerProcess(used.threads, used.processes);
            peers = std::make_unique<PeerProcesses>();
            if (!joinPeers(*peers, PeerProcesses::resumeArguments(runDir, used.threads), used, group)) return;
        }
        RunWriter writer(run.dir, used, run.dataset, &at);
        if (!writer.takeoverNote().empty())
            Q_EMIT message(tr("Note: %1.").arg(QString::fromStdString(writer.takeoverNote())));
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
        options.collective = group.get();
        runTraining(used, runDir, &writer, options, batches, epochs, peers.get());
    } catch (const std::exception& e) {
        failed.message = tr("Cannot resume %1: %2").arg(runDir, QString::fromUtf8(e.what())).toStdString();
        Q_EMIT finished(failed, QString());
    }
}

void TrainingWorker::runTraining(const TrainConfig& cfg, const QString& runDir, RunWriter* writer,
                                 const TrainOptions& options, const QVector<BatchMetrics>& pastBatches,
                                 const QVector<EpochMetrics>& pastEpochs, PeerProcesses* peers) {
    std::unique_ptr<TensorBoardWriter> events;  // TensorBoard scalars, appended live next to metrics.csv
    if (!runDir.isEmpty()) Q_EMIT runFolderReady(runDir);
    if (writer) {
        try {
            // A resumed run continues after its last epoch's checkpoint, at that epoch's step.
            const int64_t resumedAfterStep = pastEpochs.isEmpty() ? -1 : pastEpochs.back().step;
            events = std::make_unique<TensorBoardWriter>(runDir.toStdString(), resumedAfterStep, cfg.isLanguageModel());
        } catch (const std::exception& e) {
            Q_EMIT message(tr("No TensorBoard events for this run: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    SignalObserver observer(*this, writer, pastBatches, pastEpochs);
    FanOutObserver observers({&observer, events.get()});
    RunSummary summary = ts::train(cfg, *m_data, observers, m_control, options);
    if (peers) {  // the other processes end with the run; one that failed says why in its last lines
        const QStringList problems = peers->finish();
        for (const QString& problem : problems) Q_EMIT message(problem);
        const bool failed = summary.status == RunStatus::Failed || summary.status == RunStatus::Interrupted;
        if (failed && !problems.isEmpty()) summary.message += "\n\n" + problems.join(QLatin1Char('\n')).toStdString();
    }
    if (writer && !writer->error().empty())
        Q_EMIT message(tr("Saving the run failed: %1").arg(QString::fromStdString(writer->error())));
    Q_EMIT finished(summary, runDir);
}

}  // namespace ts
