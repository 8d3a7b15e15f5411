#include "app/bridge/EvaluationController.h"

#include "ui/evaluate/EvaluateWindow.h"
#include "ui/training/MainWindow.h"

#include <QElapsedTimer>

namespace ts {

void EvaluationWorker::evaluate(const EvaluateRequest& request) {
    QElapsedTimer sinceEmit;
    sinceEmit.start();
    QString lastWhat;
    control_.progress = [&](int64_t done, int64_t total, const std::string& what) {
        const QString text = QString::fromStdString(what);
        // Stage changes always go out; batch progress at most every kProgressIntervalMs.
        if (text != lastWhat || done == total || sinceEmit.elapsed() >= kProgressIntervalMs) {
            lastWhat = text;
            sinceEmit.restart();
            Q_EMIT progress(done, total, text);
        }
    };
    try {
        EvaluationResult result = evaluateModel(request, &control_);
        Q_EMIT finished(result);
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
    control_.progress = nullptr;
}

EvaluationController::EvaluationController(QObject* parent) : QObject(parent) {
    registerMetaTypes();
    worker_ = new EvaluationWorker;  // deleted on its own thread when the thread ends
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(this, &EvaluationController::evaluateRequested, worker_, &EvaluationWorker::evaluate);
    thread_.setObjectName(QStringLiteral("TrainScope evaluation"));
    thread_.start();
}

EvaluationController::~EvaluationController() { shutdown(); }

void EvaluationController::shutdown() {
    if (!thread_.isRunning()) return;
    worker_->requestCancel();
    thread_.quit();
    thread_.wait();
}

void EvaluationController::attach(MainWindow* window) {
    main_ = window;
    connect(window, &MainWindow::evaluateWindowRequested, this, [this] {
        EvaluateWindow* w = this->window();
        // Empty fields start from what the main window shows: its run and its data set.
        EvaluateRequest rq = w->request();
        if (rq.modelPath.empty() && main_ && !main_->currentRunDir().isEmpty())
            rq.modelPath = main_->currentRunDir().toStdString();
        if (rq.dataPath.empty() && main_ && !main_->lastDatasetPath().isEmpty())
            rq.dataPath = main_->lastDatasetPath().toStdString();
        w->setRequest(rq);
        w->show();
        w->raise();
        w->activateWindow();
    });
}

void EvaluationController::evaluate(const EvaluateRequest& request) {
    worker_->clearCancel();
    Q_EMIT evaluateRequested(request);
}

EvaluateWindow* EvaluationController::window() {
    if (window_) return window_;
    window_ = new EvaluateWindow(main_);
    window_->setWindowFlag(Qt::Window);
    window_->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(window_, &EvaluateWindow::evaluateRequested, this, &EvaluationController::evaluate);
    connect(window_, &EvaluateWindow::cancelRequested, this, [this] { worker_->requestCancel(); });
    connect(worker_, &EvaluationWorker::progress, window_, &EvaluateWindow::onProgress);
    connect(worker_, &EvaluationWorker::finished, window_, &EvaluateWindow::onFinished);
    connect(worker_, &EvaluationWorker::failed, window_, &EvaluateWindow::onFailed);
    return window_;
}

}  // namespace ts
