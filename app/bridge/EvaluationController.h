// Evaluate mode's Qt bridge: a worker that runs core's evaluateModel on its own thread, and the
// controller that opens the Evaluate window and wires it to the worker.
#pragma once

#include "core/eval/Evaluator.h"
#include "app/bridge/MetaTypes.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

namespace ts {

class EvaluateWindow;
class MainWindow;

/// Lives on the evaluation thread. Progress is throttled; cancel is thread-safe.
class EvaluationWorker : public QObject {
    Q_OBJECT
public:
    /// Progress is emitted at most this often.
    static constexpr int kProgressIntervalMs = 50;

    /// Asks a running or queued evaluation to stop at its next batch. Thread-safe.
    void requestCancel() { m_control.cancel.store(true); }
    /// Clears a cancel left from an earlier evaluation. Called on the GUI thread before an evaluation is
    /// queued, never inside evaluate(): a Cancel pressed between queuing and starting must still count.
    void clearCancel() { m_control.cancel.store(false); }

public Q_SLOTS:
    /// Evaluates; emits progress, then finished or failed.
    void evaluate(const ts::EvaluateRequest& request);

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString& what);
    void finished(const ts::EvaluationResult& result);
    void failed(const QString& message);

private:
    EvaluateControl m_control;
};

/// Owns the evaluation thread and the Evaluate window.
class EvaluationController : public QObject {
    Q_OBJECT
public:
    explicit EvaluationController(QObject* parent = nullptr);
    /// Cancels any evaluation and joins the thread.
    ~EvaluationController() override;

    /// Opens the Evaluate window when the main window asks for it.
    void attach(MainWindow* window);
    /// The Evaluate window, created on first use (parented to the main window when attached).
    EvaluateWindow* window();
    /// The worker (on the evaluation thread; only requestCancel may be called directly).
    EvaluationWorker* worker() const { return m_worker; }
    /// Cancels and joins. Safe to call twice.
    void shutdown();
    /// Clears an old cancel and queues `request` on the evaluation thread.
    void evaluate(const ts::EvaluateRequest& request);

Q_SIGNALS:
    /// Relayed to the worker thread (queued); emitted by evaluate().
    void evaluateRequested(const ts::EvaluateRequest& request);

private:
    QThread m_thread;
    EvaluationWorker* m_worker = nullptr;
    QPointer<MainWindow> m_main;
    QPointer<EvaluateWindow> m_window;
};

}  // namespace ts
