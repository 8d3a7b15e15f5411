// Runs the learning-rate range test in the background and wires it to its dialog (app/bridge/LrFinderController.h).
#include "app/bridge/LrFinderController.h"

#include "app/bridge/TrainingWorker.h"
#include "core/health/LearningRateFinder.h"
#include "ui/health/LrFinderDialog.h"
#include "ui/training/MainWindow.h"
#include "ui/training/TrainingConfigForm.h"

#include <QFileInfo>
#include <QThread>

#include <stdexcept>

namespace ts {

LrFinderController::LrFinderController(QObject* parent) : QObject(parent) {}

LrFinderController::~LrFinderController() { shutdown(); }

void LrFinderController::attach(MainWindow* window, TrainingWorker* worker) {
    connect(worker, &TrainingWorker::datasetSamplesReady, this, &LrFinderController::setDataset);
    connect(window, &MainWindow::runsRootChanged, this, &LrFinderController::setRecordRoot);
    m_window = window;
    m_form = window->findChild<TrainingConfigForm*>(QStringLiteral("configForm"));
    if (m_form) connect(m_form, &TrainingConfigForm::lrFindRequested, this, &LrFinderController::openDialog);
}

void LrFinderController::setDataset(std::shared_ptr<const Dataset> data) { m_data = std::move(data); }

void LrFinderController::setRecordRoot(const QString& runsRoot) { m_recordRoot = runsRoot; }

bool LrFinderController::start(const TrainConfig& cfg, const LrFindSettings& settings) {
    if (m_thread) return false;
    if (!m_data) {
        Q_EMIT failed(tr("Open a data set first: the range test trains on it."));
        return false;
    }
    m_cancel.store(false);
    m_thread = QThread::create([this, cfg, settings, data = m_data, root = m_recordRoot] { runTest(cfg, settings, data, root); });
    m_thread->setObjectName(QStringLiteral("TrainScope lr-find"));
    connect(m_thread, &QThread::finished, this, &LrFinderController::joinThread);
    Q_EMIT started();
    m_thread->start();
    return true;
}

void LrFinderController::runTest(const TrainConfig& cfg, const LrFindSettings& settings,
                                 std::shared_ptr<const Dataset> data, const QString& recordRoot) {
    LrFindCallbacks callbacks;
    callbacks.cancel = &m_cancel;
    callbacks.onStep = [this](const LrFindPoint& p) {
        QMetaObject::invokeMethod(this, [this, p] { Q_EMIT progress(p.step, p.steps, p.lr, p.loss, p.smoothed); },
                                  Qt::QueuedConnection);
    };
    try {
        const LrFindResult result = findLearningRate(cfg, *data, settings, callbacks);
        QString dir, note;
        if (!recordRoot.isEmpty()) {
            try {
                dir = QString::fromStdString(newLrFindDir(recordRoot.toStdString(), cfg.preset));
                writeLrFindRecord(dir.toStdString(), result);
            } catch (const std::exception& e) {
                note = tr("The record was not written: %1").arg(QString::fromStdString(e.what()));
                dir.clear();
            }
        }
        QMetaObject::invokeMethod(this, [this, result, dir, note] { Q_EMIT finished(result, dir, note); },
                                  Qt::QueuedConnection);
    } catch (const std::exception& e) {
        const QString message = QString::fromStdString(e.what());
        QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
    }
}

void LrFinderController::joinThread() {
    if (!m_thread) return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void LrFinderController::cancel() { m_cancel.store(true); }

void LrFinderController::shutdown() {
    cancel();
    joinThread();
}

LrFinderDialog* LrFinderController::openDialog() {
    if (!m_form) return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    TrainingConfigForm* form = m_form;
    auto* dialog = new LrFinderDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const TrainConfig cfg = form->config();
    const QString dataName = m_data ? QString::fromStdString(m_data->name) : tr("no data set");
    dialog->setSubject(QString::fromStdString(cfg.preset), dataName, cfg.lr, LrFindSettings{});
    connect(this, &LrFinderController::started, dialog, &LrFinderDialog::onStarted);
    connect(this, &LrFinderController::progress, dialog, &LrFinderDialog::addPoint);
    connect(this, &LrFinderController::finished, dialog, &LrFinderDialog::showResult);
    connect(this, &LrFinderController::failed, dialog, &LrFinderDialog::showFailure);
    connect(dialog, &LrFinderDialog::cancelRequested, this, &LrFinderController::cancel);
    connect(dialog, &LrFinderDialog::runRequested, this, [this, form] { start(form->config()); });
    connect(dialog, &LrFinderDialog::applied, form, &TrainingConfigForm::setLearningRate);
    dialog->setModal(true);
    dialog->show();
    start(cfg);
    return dialog;
}

}  // namespace ts
