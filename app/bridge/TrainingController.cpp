#include "app/bridge/TrainingController.h"

#include "app/bridge/CheckpointExplainer.h"

#include "ui/training/MainWindow.h"

#include <cstdlib>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ts {

namespace {

/// Hands the memory a finished run freed back to the system. glibc keeps what the worker thread's arena freed
/// resident, so a long session seemed to grow in steps (bench/soak.sh: +25 MB after run 12, +78 MB after run 46).
void releaseFreedMemory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

}  // namespace

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
    registerMetaTypes();
    m_worker = new TrainingWorker;  // no parent: it moves to the worker thread and is deleted there
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &TrainingController::loadRequested, m_worker, &TrainingWorker::loadDataset);
    connect(this, &TrainingController::previewRequested, m_worker, &TrainingWorker::previewDataset);
    connect(this, &TrainingController::previewAcceptRequested, m_worker, &TrainingWorker::acceptPreviewedDataset);
    connect(this, &TrainingController::previewDiscardRequested, m_worker, &TrainingWorker::discardPreviewedDataset);
    connect(this, &TrainingController::trainRequested, m_worker, &TrainingWorker::train);
    connect(this, &TrainingController::resumeRequested, m_worker, &TrainingWorker::resumeRun);
    connect(m_worker, &TrainingWorker::finished, this, [this] {
        m_training = false;
        releaseFreedMemory();
    });
    m_thread.setObjectName(QStringLiteral("TrainScope worker"));
    m_thread.start();
}

TrainingController::~TrainingController() { shutdown(); }

void TrainingController::shutdown() {
    if (!m_thread.isRunning()) return;
    m_worker->setPaused(false);
    m_worker->requestStop();
    m_thread.quit();
    m_thread.wait();
}

void TrainingController::attach(MainWindow* w) {
    connect(w, &MainWindow::openDatasetRequested, this, [this](const QString& path) { openDataset(path); });
    connect(w, &MainWindow::trainRequested, this, &TrainingController::startTraining);
    connect(w, &MainWindow::pauseRequested, this, &TrainingController::setPaused);
    connect(w, &MainWindow::stopRequested, this, &TrainingController::stop);
    connect(w, &MainWindow::resumeRunRequested, this, &TrainingController::resumeRun);
    // Applied on the worker thread, between runs (a run in progress keeps its folder).
    connect(w, &MainWindow::runsRootChanged, m_worker, [worker = m_worker](const QString& root) { worker->setRunsRoot(root); });
    connect(m_worker, &TrainingWorker::datasetLoaded, w, &MainWindow::onDatasetLoaded);
    connect(m_worker, &TrainingWorker::datasetFailed, w, &MainWindow::onDatasetFailed);
    connect(m_worker, &TrainingWorker::datasetSamplesReady, w, &MainWindow::setDatasetSamples);
    connect(w, &MainWindow::previewDatasetRequested, this, [this, w](const QString& path, const LoadOptions& options) {
        previewDataset(path, options, w->config().valFraction);
    });
    connect(m_worker, &TrainingWorker::datasetPreviewReady, w, &MainWindow::onDatasetPreview);
    connect(m_worker, &TrainingWorker::textPreviewReady, w, &MainWindow::onTextPreview);
    connect(w, &MainWindow::previewAccepted, this, &TrainingController::previewAcceptRequested);
    connect(w, &MainWindow::previewRejected, this, &TrainingController::previewDiscardRequested);
    connect(m_worker, &TrainingWorker::runFolderReady, w, &MainWindow::setLiveRunDir);
    w->setTextExplainerFactory([](const QString& runDir) { return runExplainer(runDir.toStdString()); });
    connect(m_worker, &TrainingWorker::started, w, &MainWindow::onTrainingStarted);
    connect(m_worker, &TrainingWorker::batchesReady, w, &MainWindow::onBatches);
    connect(m_worker, &TrainingWorker::epochFinished, w, &MainWindow::onEpoch);
    connect(m_worker, &TrainingWorker::message, w, &MainWindow::onMessage);
    connect(m_worker, &TrainingWorker::healthSampled, w, &MainWindow::onHealthSample);
    connect(m_worker, &TrainingWorker::alertRaised, w, &MainWindow::onAlert);
    connect(m_worker, &TrainingWorker::processesUpdated, w, &MainWindow::onProcesses);
    connect(m_worker, &TrainingWorker::finished, w, &MainWindow::onTrainingFinished);
    // File > Export Report exports the run that just ended.
    connect(m_worker, &TrainingWorker::finished, w,
            [w](const RunSummary&, const QString& runDir) { if (!runDir.isEmpty()) w->setCurrentRunDir(runDir); });
}

void TrainingController::openDataset(const QString& path, double valFraction) {
    if (m_training) return;  // the worker is busy; the window disables Open while training
    Q_EMIT loadRequested(path, valFraction);
}

void TrainingController::previewDataset(const QString& path, const LoadOptions& options, double trainerValFraction) {
    if (m_training) return;
    Q_EMIT previewRequested(path, options, trainerValFraction);
}

void TrainingController::startTraining(const TrainConfig& cfg) {
    if (m_training) return;
    m_training = true;
    m_worker->resetControl();
    Q_EMIT trainRequested(cfg);
}

void TrainingController::resumeRun(const QString& runDir) {
    if (m_training) return;
    m_training = true;
    m_worker->resetControl();
    Q_EMIT resumeRequested(runDir);
}

void TrainingController::setPaused(bool paused) { m_worker->setPaused(paused); }

void TrainingController::stop() {
    m_worker->setPaused(false);
    m_worker->requestStop();
}

}  // namespace ts
