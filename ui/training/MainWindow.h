// The TrainScope main window: the composition of the configuration dock, live charts, evaluation panels,
// Runs dock and status bar. It knows nothing about torch or threads: it emits requests and the controller
// feeds it progress through the public slots (queued from the worker thread). Its widgets carry object
// names (tests find them with findChild).
#pragma once

#include "ui/evaluate/TextExplanationView.h"

#include "core/data/DatasetLoader.h"
#include "core/report/Report.h"
#include "core/runs/RunStore.h"
#include "core/text/TextPreview.h"
#include "core/train/TrainConfig.h"
#include "core/common/Types.h"
#include "ui/charts/ChartMath.h"
#include "ui/training/TrainingActions.h"

#include <QMainWindow>

#include <functional>
#include <QPointer>
#include <QString>
#include <QVector>

#include <memory>

class QMessageBox;

namespace ts {

class ConfigDock;
class DatasetPreviewFlow;
class DockLayout;
class ExperimentsWindow;
class EvaluationPanels;
class HealthPanel;
class MistakesGalleryOpener;
class PlaygroundPanel;
class ProcessTable;
class SamplesPanel;
class ReportExporter;
class RunFollower;
class RunStatusBar;
class RunsController;
class TrainingCharts;
class TrainingConfigForm;

/// The main window: composes the docks, status bar and flows, and talks to the controllers by signals and slots.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// What the window thinks the trainer is doing.
    enum class RunState { Idle, Running, Paused };

    /// Builds the window and restores geometry and the last configuration from the settings.
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The configuration described by the form (fields the form lacks come from the preset).
    TrainConfig config() const;
    /// Current run state.
    RunState runState() const;
    /// True once onDatasetLoaded() was called (a later failed load keeps the previous data set).
    bool hasDataset() const;
    /// Folder of the last data set opened (remembered; empty if none).
    QString lastDatasetPath() const;
    /// Run folder that File ▸ Export Report… exports ("" when none).
    QString currentRunDir() const;
    /// The runs folder chosen with File ▸ Runs Folder… (remembered; "" when never chosen).
    static QString rememberedRunsRoot();
    /// The Generate panel (a generation controller attaches to it).
    PlaygroundPanel* playground() const { return m_playground; }
    /// Whether closing the window mid-run asks first (default true; never asked on the offscreen platform).
    void setConfirmCloseWhileTraining(bool confirm);

    /// How the mistakes gallery gets token weights for a text classifier run (the run folder is the argument);
    /// the app layer supplies it, because the model lives in core's engine.
    void setTextExplainerFactory(std::function<TextExplainFunction(const QString& runDir)> factory);

public Q_SLOTS:
    /// Fills the form from a configuration.
    void setConfig(const ts::TrainConfig& cfg);
    /// A data set finished loading: show its name and sizes, enable Train.
    void onDatasetLoaded(const ts::DatasetInfo& info);
    /// Loading a data set failed: status bar plus a non-modal message box (never blocks); a failed
    /// reload of the open preview is shown in the preview instead.
    void onDatasetFailed(const QString& message);
    /// A data set was loaded for preview: shows the preview dialog (window-modal, non-blocking), or
    /// updates the open one when it asked for a reload; the answer comes back as previewAccepted()
    /// or previewRejected().
    void onDatasetPreview(const ts::DatasetPreview& preview);
    /// A text corpus's figures (sizes, vocabulary, frequent tokens, sample lines) for the open preview.
    void onTextPreview(const ts::TextPreview& preview);
    /// Opens the chosen file or folder (dialog, recent list, drop) through the preview.
    void openDatasetPath(const QString& path);
    /// Training started: clears the charts and views, switches to the running state.
    void onTrainingStarted(const QString& device, int threads, qint64 batchesPerEpoch);
    /// New batch metrics: appends to the loss and learning-rate charts, updates the status bar.
    void onBatches(const QVector<ts::BatchMetrics>& batches);
    /// An epoch finished: validation loss and accuracy points, confusion matrix, table, status.
    void onEpoch(const ts::EpochMetrics& m);
    /// A note for the user, shown in the status bar.
    void onMessage(const QString& text);
    /// Per-layer diagnostics of one step: the Health panel's heatmaps, distributions and unit shares.
    void onHealthSample(const ts::HealthSample& sample);
    /// A training-health alert: the Alerts list and a marker on the charts.
    void onAlert(const ts::Alert& alert);
    /// A data-parallel run's processes: the Processes dock shows them.
    void onProcesses(const QVector<ts::ProcessFigures>& processes);
    /// Training ended (finished, stopped, diverged or failed): back to idle, show the summary.
    void onTrainingFinished(const ts::RunSummary& s, const QString& runDir = QString());
    /// Marks an event (checkpoint, early stop, ...) at a global step on every chart, with a tooltip text.
    void addEventMarker(double step, ts::ChartEventKind kind, const QString& text);
    /// The run being trained is saved in `runDir`: the playground can generate from its checkpoints.
    void setLiveRunDir(const QString& runDir);
    /// Makes `runDir` the run File ▸ Export Report… exports: the run that just ended, or one opened from disk.
    void setCurrentRunDir(const QString& runDir);
    /// Asks where to save a report of the run in `runDir` (HTML, PDF, CSV or JSON) and writes it in the background.
    void exportRun(const QString& runDir);
    /// Writes a report of `runDir` to `path` in the background without asking; false while another export
    /// runs. The exporter ("reportExporter") says when it ended.
    bool exportRunTo(const QString& runDir, ts::ReportFormat format, const QString& path);
    /// Shows a past run's charts, confusion matrices (every epoch) and table as they were live; stays idle. A run
    /// another process is still writing is followed: reloaded every few seconds and shown again as it grows.
    void showRun(const ts::RunRecord& run);
    /// Loads a run folder in the background, then shows it (showRun); refused while training.
    void openRun(const QString& runDir);
    /// Loads two or more run folders in the background and opens a comparison window ("compareView").
    void compareRuns(const QStringList& runDirs);
    /// Lists `root` in the Runs panel and tells the controller to save new runs there (runsRootChanged).
    void setRunsRoot(const QString& root);
    /// Loads a stopped or interrupted run's configuration into the form and asks to resume it.
    void requestResume(const QString& runDir);
    /// The current data set's samples, for the mistakes gallery (null forgets them).
    void setDatasetSamples(std::shared_ptr<const ts::Dataset> data);
    /// Opens the mistakes gallery for a confusion cell of the evaluation of `epoch` (-1: the final test set),
    /// from that evaluation's predictions and the data set's validation (or test) split; says in the
    /// status bar when they are not available.
    void openMistakesGallery(int trueClass, int predicted, int epoch);
    /// Shows the Experiments window (created on first use), on the sweep in `sweepDir` when one is given.
    void openExperiments(const QString& sweepDir = QString());

Q_SIGNALS:
    /// The user picked a data set folder.
    void openDatasetRequested(const QString& path);
    /// The user chose a data set file or folder, or asked the open preview to reload it: load it for
    /// preview with `options` (the remembered defaults at first, then the preview's Options group).
    void previewDatasetRequested(const QString& path, const ts::LoadOptions& options);
    /// The user confirmed the previewed data set.
    void previewAccepted();
    /// The user went back from the preview; the previous data set stays.
    void previewRejected();
    /// The user asked to train with this (validated) configuration.
    void trainRequested(const ts::TrainConfig& cfg);
    /// The user paused (true) or resumed (false) training.
    void pauseRequested(bool paused);
    /// The user asked to stop training.
    void stopRequested();
    /// The user asked to continue the stopped or interrupted run in `runDir`.
    void resumeRunRequested(const QString& runDir);
    /// New runs should be saved under `root`.
    void runsRootChanged(const QString& root);
    /// A past run is now shown (showRun finished).
    void runShown(const QString& runDir);
    /// A comparison window ("compareView") was opened.
    void compareOpened();
    /// The user chose Tools ▸ Evaluate Model…: the controller opens the Evaluate window.
    void evaluateWindowRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    /// Asks whether to stop the running training and quit; true = stop and close.
    virtual bool confirmStopOnClose();
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void connectActions();
    void buildDocks();
    void buildRunsDock();
    void buildFlows();
    void applyState(RunState state);
    void promptOpenDataset();
    void requestTrain();
    void togglePause();
    void requestStop();
    void showAbout();
    void showMessageBox(const QString& title, const QString& text, bool warning);
    /// For a failed run: where it is kept and how to continue it ("" without a run folder).
    static QString keptRunAdvice(const QString& runDir);
    /// A note in the status bar that goes after a few seconds.
    void showNote(const QString& text);
    void loadSettings();
    /// Writes the window's settings; "" or, when the store cannot be written, why (its file named).
    QString saveSettings() const;
    void promptRunsFolder();
    void clearRunViews();
    /// Shows a language model's panels and hides the classifier-only ones, or the reverse.
    void setLanguageModelView(bool languageModel);
    /// Tells the Health panel what the run measures (diagnostics on or off, thresholds, clipping, throughput unit).
    void configureHealth(const TrainConfig& cfg);
    /// Moves the loss chart to `step` (an alert the user picked in the Health panel).
    void showAlertStep(qint64 step);
    /// The Processes dock for a run of `worldSize` processes (shown only when more than one) with `rows`.
    void resetProcesses(int worldSize, const std::vector<ProcessFigures>& rows, bool tokens);
    /// A language model's evaluation: charts, samples, status.
    void onLanguageModelEvaluation(const EpochMetrics& m);
    /// The status-bar text of a finished run.
    static QString finishedText(const RunSummary& s);

    TrainingActions m_actions;
    ConfigDock* m_configDock = nullptr;
    TrainingConfigForm* m_form = nullptr;
    TrainingCharts* m_charts = nullptr;
    EvaluationPanels* m_evaluations = nullptr;
    HealthPanel* m_health = nullptr;
    ProcessTable* m_processes = nullptr;
    std::unique_ptr<DockLayout> m_docks;
    RunStatusBar* m_status = nullptr;
    RunsController* m_runs = nullptr;
    RunFollower* m_follower = nullptr;  // re-shows a run another process is writing as it grows
    MistakesGalleryOpener* m_gallery = nullptr;
    DatasetPreviewFlow* m_preview = nullptr;
    SamplesPanel* m_samples = nullptr;
    PlaygroundPanel* m_playground = nullptr;
    ReportExporter* m_exporter = nullptr;
    ExperimentsWindow* m_experiments = nullptr;  // created on first use
    QString m_currentRunDir;
    QString m_galleryRunDir;  // the run whose checkpoint explains texts: the live run, or the run last shown
    std::function<TextExplainFunction(const QString&)> m_explainerFactory;
    QPointer<QMessageBox> m_messageBox;
    bool m_confirmClose = true;

    // Run bookkeeping.
    RunState m_state = RunState::Idle;
    bool m_datasetLoaded = false;
    bool m_stopping = false;
    QString m_datasetDir;
};

}  // namespace ts
