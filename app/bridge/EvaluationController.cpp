#include "app/bridge/EvaluationController.h"

#include "app/bridge/CheckpointExplainer.h"

#include "ui/evaluate/EvaluateWindow.h"
#include "ui/training/MainWindow.h"

#include <QElapsedTimer>

#include <filesystem>

namespace ts {

void EvaluationWorker::evaluate(const EvaluateRequest& request) {
    QElapsedTimer sinceEmit;
    sinceEmit.start();
    QString lastWhat;
    m_control.progress = [&](int64_t done, int64_t total, const std::string& what) {
        const QString text = QString::fromStdString(what);
        // Stage changes always go out; batch progress at most every kProgressIntervalMs.
        if (text != lastWhat || done == total || sinceEmit.elapsed() >= kProgressIntervalMs) {
            lastWhat = text;
            sinceEmit.restart();
            Q_EMIT progress(done, total, text);
        }
    };
    try {
        EvaluationResult result = evaluateModel(request, &m_control);
        Q_EMIT finished(result);
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
    m_control.progress = nullptr;
}

EvaluationController::EvaluationController(QObject* parent) : QObject(parent) {
    registerMetaTypes();
    m_worker = new EvaluationWorker;  // deleted on its own thread when the thread ends
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &EvaluationController::evaluateRequested, m_worker, &EvaluationWorker::evaluate);
    m_thread.setObjectName(QStringLiteral("TrainScope evaluation"));
    m_thread.start();
}

EvaluationController::~EvaluationController() { shutdown(); }

void EvaluationController::shutdown() {
    if (!m_thread.isRunning()) return;
    m_worker->requestCancel();
    m_thread.quit();
    m_thread.wait();
}

void EvaluationController::attach(MainWindow* window) {
    m_main = window;
    connect(window, &MainWindow::evaluateWindowRequested, this, [this] {
        EvaluateWindow* w = this->window();
        // Empty fields start from what the main window shows: its run and its data set.
        EvaluateRequest rq = w->request();
        if (rq.modelPath.empty() && m_main && !m_main->currentRunDir().isEmpty())
            rq.modelPath = m_main->currentRunDir().toStdString();
        if (rq.dataPath.empty() && m_main && !m_main->lastDatasetPath().isEmpty())
            rq.dataPath = m_main->lastDatasetPath().toStdString();
        w->setRequest(rq);
        w->show();
        w->raise();
        w->activateWindow();
    });
}

void EvaluationController::evaluate(const EvaluateRequest& request) {
    m_worker->clearCancel();
    Q_EMIT evaluateRequested(request);
}

EvaluateWindow* EvaluationController::window() {
    if (m_window) return m_window;
    m_window = new EvaluateWindow(m_main);
    m_window->setWindowFlag(Qt::Window);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &EvaluateWindow::evaluateRequested, this, &EvaluationController::evaluate);
    connect(m_window, &EvaluateWindow::cancelRequested, this, [this] { m_worker->requestCancel(); });
    connect(m_worker, &EvaluationWorker::progress, m_window, &EvaluateWindow::onProgress);
    // Labelled texts: the gallery's token weights come from the evaluated checkpoint (connected before onFinished,
    // so that the hook is in place when the result is shown).
    connect(m_worker, &EvaluationWorker::finished, m_window, [this](const EvaluationResult& result) {
        if (!result.texts || result.modelKind != "checkpoint") {
            m_window->setTextExplainer({});
            return;
        }
        std::error_code ec;
        m_window->setTextExplainer(std::filesystem::is_directory(result.modelPath, ec) ? runExplainer(result.modelPath)
                                                                                      : checkpointExplainer(result.modelPath));
    });
    connect(m_worker, &EvaluationWorker::finished, m_window, &EvaluateWindow::onFinished);
    connect(m_worker, &EvaluationWorker::failed, m_window, &EvaluateWindow::onFailed);
    return m_window;
}

}  // namespace ts
