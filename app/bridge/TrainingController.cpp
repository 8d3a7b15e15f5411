#include "app/bridge/TrainingController.h"

#include "ui/training/MainWindow.h"

namespace ts {

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
    registerMetaTypes();
    worker_ = new TrainingWorker;  // no parent: it moves to the worker thread and is deleted there
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(this, &TrainingController::loadRequested, worker_, &TrainingWorker::loadDataset);
    connect(this, &TrainingController::previewRequested, worker_, &TrainingWorker::previewDataset);
    connect(this, &TrainingController::previewAcceptRequested, worker_, &TrainingWorker::acceptPreviewedDataset);
    connect(this, &TrainingController::previewDiscardRequested, worker_, &TrainingWorker::discardPreviewedDataset);
    connect(this, &TrainingController::trainRequested, worker_, &TrainingWorker::train);
    connect(this, &TrainingController::resumeRequested, worker_, &TrainingWorker::resumeRun);
    connect(worker_, &TrainingWorker::finished, this, [this] { training_ = false; });
    thread_.setObjectName(QStringLiteral("TrainScope worker"));
    thread_.start();
}

TrainingController::~TrainingController() { shutdown(); }

void TrainingController::shutdown() {
    if (!thread_.isRunning()) return;
    worker_->setPaused(false);
    worker_->requestStop();
    thread_.quit();
    thread_.wait();
}

void TrainingController::attach(MainWindow* w) {
    connect(w, &MainWindow::openDatasetRequested, this, [this](const QString& path) { openDataset(path); });
    connect(w, &MainWindow::trainRequested, this, &TrainingController::startTraining);
    connect(w, &MainWindow::pauseRequested, this, &TrainingController::setPaused);
    connect(w, &MainWindow::stopRequested, this, &TrainingController::stop);
    connect(w, &MainWindow::resumeRunRequested, this, &TrainingController::resumeRun);
    // Applied on the worker thread, between runs (a run in progress keeps its folder).
    connect(w, &MainWindow::runsRootChanged, worker_, [worker = worker_](const QString& root) { worker->setRunsRoot(root); });
    connect(worker_, &TrainingWorker::datasetLoaded, w, &MainWindow::onDatasetLoaded);
    connect(worker_, &TrainingWorker::datasetFailed, w, &MainWindow::onDatasetFailed);
    connect(worker_, &TrainingWorker::datasetSamplesReady, w, &MainWindow::setDatasetSamples);
    connect(w, &MainWindow::previewDatasetRequested, this, [this, w](const QString& path, const LoadOptions& options) {
        previewDataset(path, options, w->config().valFraction);
    });
    connect(worker_, &TrainingWorker::datasetPreviewReady, w, &MainWindow::onDatasetPreview);
    connect(w, &MainWindow::previewAccepted, this, &TrainingController::previewAcceptRequested);
    connect(w, &MainWindow::previewRejected, this, &TrainingController::previewDiscardRequested);
    connect(worker_, &TrainingWorker::started, w, &MainWindow::onTrainingStarted);
    connect(worker_, &TrainingWorker::batchesReady, w, &MainWindow::onBatches);
    connect(worker_, &TrainingWorker::epochFinished, w, &MainWindow::onEpoch);
    connect(worker_, &TrainingWorker::message, w, &MainWindow::onMessage);
    connect(worker_, &TrainingWorker::finished, w, &MainWindow::onTrainingFinished);
    // File > Export Report exports the run that just ended.
    connect(worker_, &TrainingWorker::finished, w,
            [w](const RunSummary&, const QString& runDir) { if (!runDir.isEmpty()) w->setCurrentRunDir(runDir); });
}

void TrainingController::openDataset(const QString& path, double valFraction) {
    if (training_) return;  // the worker is busy; the window disables Open while training
    Q_EMIT loadRequested(path, valFraction);
}

void TrainingController::previewDataset(const QString& path, const LoadOptions& options, double trainerValFraction) {
    if (training_) return;
    Q_EMIT previewRequested(path, options, trainerValFraction);
}

void TrainingController::startTraining(const TrainConfig& cfg) {
    if (training_) return;
    training_ = true;
    worker_->resetControl();
    Q_EMIT trainRequested(cfg);
}

void TrainingController::resumeRun(const QString& runDir) {
    if (training_) return;
    training_ = true;
    worker_->resetControl();
    Q_EMIT resumeRequested(runDir);
}

void TrainingController::setPaused(bool paused) { worker_->setPaused(paused); }

void TrainingController::stop() {
    worker_->setPaused(false);
    worker_->requestStop();
}

}  // namespace ts
