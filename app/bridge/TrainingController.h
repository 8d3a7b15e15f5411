// Owns the worker thread and wires the main window to the training worker.
#pragma once

#include "app/bridge/TrainingWorker.h"

#include <QObject>
#include <QThread>

namespace ts {

class MainWindow;

class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(QObject* parent = nullptr);
    /// Stops any training and joins the worker thread (no hang: stop is polled every batch).
    ~TrainingController() override;

    /// Connects the window's requests to the worker and the worker's progress to the window.
    void attach(MainWindow* window);
    /// The worker object (lives on the worker thread; only its thread-safe methods may be called directly).
    TrainingWorker* worker() const { return m_worker; }
    /// True from startTraining until the worker reports finished.
    bool isTraining() const { return m_training; }
    /// Stops training and waits for the worker thread to end. Safe to call twice.
    void shutdown();

public Q_SLOTS:
    /// Loads a data set on the worker thread.
    void openDataset(const QString& path, double valFraction = 0.1);
    /// Loads a data set on the worker thread with `options` for the preview dialog (it becomes current once
    /// accepted). `trainerValFraction`: the trainer's validation holdout for data without a validation split.
    void previewDataset(const QString& path, const ts::LoadOptions& options, double trainerValFraction = 0.1);
    /// Starts training on the worker thread; ignored while a run is active.
    void startTraining(const ts::TrainConfig& cfg);
    /// Continues a stopped or interrupted run (a run folder) on the worker thread; ignored while training.
    void resumeRun(const QString& runDir);
    /// Pauses or resumes the running training.
    void setPaused(bool paused);
    /// Stops the running training at the next batch boundary.
    void stop();

Q_SIGNALS:
    /// Relayed to the worker thread (queued).
    void loadRequested(const QString& path, double valFraction);
    /// Relayed to the worker thread (queued).
    void previewRequested(const QString& path, const ts::LoadOptions& options, double trainerValFraction);
    /// Relayed to the worker thread (queued): use the previewed data set.
    void previewAcceptRequested();
    /// Relayed to the worker thread (queued): drop the previewed data set.
    void previewDiscardRequested();
    /// Relayed to the worker thread (queued).
    void trainRequested(const ts::TrainConfig& cfg);
    /// Relayed to the worker thread (queued).
    void resumeRequested(const QString& runDir);

private:
    QThread m_thread;
    TrainingWorker* m_worker = nullptr;
    bool m_training = false;
};

}  // namespace ts
