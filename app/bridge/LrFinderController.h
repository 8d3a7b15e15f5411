// Runs the learning-rate range test on a thread of its own and wires it to its dialog and the configuration
// form: the form's "Find…" opens the dialog, the test streams its curve into it, Apply sets the form's rate.
#pragma once

#include "core/data/Dataset.h"
#include "core/health/LrFindResult.h"
#include "core/train/TrainConfig.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
class QWidget;

namespace ts {

class LrFinderDialog;
class MainWindow;
class TrainingConfigForm;
class TrainingWorker;

/// Runs range tests in the background (one at a time) on the current data set and reports them as signals.
class LrFinderController : public QObject {
    Q_OBJECT
public:
    explicit LrFinderController(QObject* parent = nullptr);
    /// Cancels a running test and waits for its thread.
    ~LrFinderController() override;

    /// The window's form opens the dialog; the worker's loaded data set becomes the one tested; the window's
    /// runs folder takes the records (under lr-find/).
    void attach(MainWindow* window, TrainingWorker* worker);
    /// The data set tests run on (shared, read-only).
    void setDataset(std::shared_ptr<const Dataset> data);
    /// The runs folder whose lr-find/ sub-folder takes each test's record ("" writes none).
    void setRecordRoot(const QString& runsRoot);
    /// Starts a test of `cfg`; false (and failed()) without a data set, false while one runs.
    bool start(const TrainConfig& cfg, const LrFindSettings& settings = {});
    /// Asks the running test to stop after its current step.
    void cancel();
    /// True from start() until finished() or failed().
    bool isRunning() const { return m_thread != nullptr; }
    /// Opens the dialog (after attach()) for the form's configuration and starts the test; Apply sets the
    /// form's rate. Raises the dialog when it is open already.
    LrFinderDialog* openDialog();
    /// Cancels and joins the running test. Safe to call twice.
    void shutdown();

Q_SIGNALS:
    /// A test started.
    void started();
    /// One step of the running test.
    void progress(int step, int steps, double lr, double loss, double smoothed);
    /// The test ended (ran through, exploded or was cancelled); `recordDir` holds its record ("" when none was
    /// written), `note` says why writing it failed.
    void finished(const ts::LrFindResult& result, const QString& recordDir, const QString& note);
    /// The test could not run.
    void failed(const QString& message);

private:
    /// The body of the test thread: runs the test and writes its record, posting the outcome back.
    void runTest(const TrainConfig& cfg, const LrFindSettings& settings, std::shared_ptr<const Dataset> data,
                 const QString& recordRoot);
    /// Joins the finished thread (GUI thread).
    void joinThread();

    std::shared_ptr<const Dataset> m_data;
    QString m_recordRoot;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    QPointer<LrFinderDialog> m_dialog;
    QPointer<MainWindow> m_window;
    QPointer<TrainingConfigForm> m_form;
};

}  // namespace ts
