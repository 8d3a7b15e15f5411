// The TrainScope main window: configuration panel, live charts, evaluation views and status bar.
#pragma once

#include "core/data/DatasetLoader.h"
#include "core/report/Report.h"
#include "core/runs/RunStore.h"
#include "core/train/TrainConfig.h"
#include "core/common/Types.h"
#include "ui/charts/ChartMath.h"

#include <QHash>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QVector>

#include <memory>

class QAction;
class QCheckBox;
class QDockWidget;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableView;
class QToolButton;
class QMenu;

namespace ts {

class ClassMetricsModel;
class ConfusionMatrixView;
class ConfusionPanel;
class CurveChart;
class ReportExporter;
class RunsPanel;
class CompareView;
class MistakesGallery;
class DatasetPreviewDialog;

/// Main window. Knows nothing about torch or threads: it emits requests and the controller
/// feeds it progress through the public slots (queued from the worker thread).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// What the window thinks the trainer is doing.
    enum class RunState { Idle, Running, Paused };

    /// Builds the window and restores geometry and the last configuration from QSettings.
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The configuration described by the form (fields the form lacks come from the preset).
    TrainConfig config() const;
    /// Current run state.
    RunState runState() const;
    /// True once onDatasetLoaded() was called (a later failed load keeps the previous data set).
    bool hasDataset() const;
    /// Folder of the last data set opened (from QSettings; empty if none).
    QString lastDatasetPath() const;

    /// Loss chart: "train loss (batch)", "train loss (smoothed)", "val loss (epoch)"; x = step.
    CurveChart* lossChart() const;
    /// Accuracy chart in percent: "train accuracy", "val accuracy"; x = epoch.
    CurveChart* accuracyChart() const;
    /// Learning-rate chart: "learning rate"; x = step.
    CurveChart* lrChart() const;
    /// Confusion matrix of the evaluation picked in the confusion panel (the latest by default).
    ConfusionMatrixView* confusionView() const;
    /// Confusion panel: the matrix, its options and the epoch slider.
    ConfusionPanel* confusionPanel() const;
    /// Step/epoch/time mapping of the current run, shared by the charts.
    const RunTimeline& timeline() const;
    /// Per-class metrics of the latest evaluation.
    ClassMetricsModel* metricsModel() const;
    /// Table showing metricsModel().
    QTableView* metricsView() const;
    /// File ▸ Open Dataset… action.
    QAction* openDatasetAction() const;
    /// File ▸ Export Report… action (Ctrl+E); enabled once there is a run to export.
    QAction* exportReportAction() const;
    /// Run folder that File ▸ Export Report… exports ("" when none).
    QString currentRunDir() const;
    /// The background report exporter (its signals say when an export ended).
    ReportExporter* reportExporter() const;
    /// Training ▸ Train action (Ctrl+Return, F5).
    QAction* trainAction() const;
    /// Training ▸ Pause/Resume action (Space, Ctrl+P).
    QAction* pauseAction() const;
    /// Training ▸ Stop action (Esc, Shift+F5).
    QAction* stopAction() const;
    /// Loss smoothing slider (0..99, i.e. EMA weight 0..0.99).
    QSlider* smoothingSlider() const;
    /// "Normalize rows" check box of the confusion matrix.
    QCheckBox* normalizeCheckBox() const;
    /// Label saying which set the table and matrix show ("Validation, epoch 3", "Test set").
    QLabel* evaluationSourceLabel() const;
    /// Status bar text "Epoch 2/5 · step 1234/4690".
    QString progressText() const;
    /// Status bar ETA text.
    QString etaText() const;
    /// Overall progress bar.
    QProgressBar* progressBar() const;
    /// The Runs panel (the "Runs" dock): every run under the runs root.
    RunsPanel* runsPanel() const;
    /// The dock holding the Runs panel.
    QDockWidget* runsDock() const;
    /// Folder the Runs panel lists ("" until setRunsRoot()).
    QString runsRoot() const;
    /// The runs folder chosen with File ▸ Runs Folder… (QSettings; "" when never chosen).
    static QString rememberedRunsRoot();
    /// File ▸ Runs Folder… action.
    QAction* runsFolderAction() const;
    /// The comparison window opened last (null when none is open).
    CompareView* compareView() const;
    /// Whether closing the window mid-run asks first (default true; never asked on the offscreen platform).
    void setConfirmCloseWhileTraining(bool confirm);
    /// Tools ▸ Evaluate Model… action (Ctrl+Shift+E; Ctrl+E is Export Report): emits evaluateWindowRequested().
    QAction* evaluateAction() const;
    /// The data set given to setDatasetSamples() (null when none).
    std::shared_ptr<const Dataset> datasetSamples() const;
    /// The mistakes gallery opened last from the confusion panel (null when none is open).
    MistakesGallery* mistakesGallery() const;

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
    /// Training ended (finished, stopped, diverged or failed): back to idle, show the summary.
    void onTrainingFinished(const ts::RunSummary& s);
    /// Marks an event (checkpoint, early stop, ...) at a global step on every chart, with a tooltip text.
    void addEventMarker(double step, ts::ChartEventKind kind, const QString& text);
    /// Makes `runDir` the run File ▸ Export Report… exports: the run that just ended, or one opened from disk.
    void setCurrentRunDir(const QString& runDir);
    /// Asks where to save a report of the run in `runDir` (HTML, PDF, CSV or JSON) and writes it in the background.
    void exportRun(const QString& runDir);
    /// Writes a report of `runDir` to `path` in the background without asking; false while another export runs.
    bool exportRunTo(const QString& runDir, ts::ReportFormat format, const QString& path);
    /// Shows a past run's charts, confusion matrices (every epoch) and table as they were live; stays idle.
    void showRun(const ts::RunRecord& run);
    /// Loads a run folder in the background, then shows it (showRun); refused while training.
    void openRun(const QString& runDir);
    /// Loads two or more run folders in the background and opens a comparison window.
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
    /// A comparison window was opened (compareView() returns it).
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
    void buildActions();
    void buildMenus();
    void buildConfigPanel();
    void buildCentralArea();
    void buildStatusBar();
    void applyState(RunState state);
    void updateActionTexts();
    void fillFormFromPreset(const QString& preset);
    void updateDependentFields();
    void promptOpenDataset();
    void requestTrain();
    void togglePause();
    void requestStop();
    void showAbout();
    void showMessageBox(const QString& title, const QString& text, bool warning);
    void showEvaluation(const EvalMetrics& metrics, const QString& source, int epoch = -1);
    void arrangePanels();
    void updateProgress(int epoch, qint64 step, double samplesPerSec, double elapsedSec);
    void resetRunStatus();
    void loadSettings();
    void saveSettings() const;
    void buildRunsDock();
    void promptRunsFolder();
    void clearRunViews();

    // Charts and evaluation views.
    CurveChart* m_lossChart = nullptr;
    CurveChart* m_accuracyChart = nullptr;
    CurveChart* m_lrChart = nullptr;
    ConfusionMatrixView* m_confusion = nullptr;
    ClassMetricsModel* m_metricsModel = nullptr;
    QTableView* m_metricsView = nullptr;
    QSlider* m_smoothingSlider = nullptr;
    QLabel* m_smoothingValue = nullptr;
    QCheckBox* m_normalizeBox = nullptr;
    QLabel* m_evalSource = nullptr;
    QLabel* m_evalSummary = nullptr;
    int m_lossRaw = -1;
    int m_lossSmoothed = -1;
    int m_lossVal = -1;
    int m_accTrain = -1;
    int m_accVal = -1;
    int m_lrSeries = -1;
    ConfusionPanel* m_confusionPanel = nullptr;
    QList<QDockWidget*> m_panelDocks;  // Loss, Accuracy, Learning rate, Confusion matrix, Per-class metrics
    RunTimeline m_timeline;
    qint64 m_lastStep = 0;
    double m_lastLr = -1.0;
    bool m_lrWasFlat = false;  // the previous two batches had the same LR (a step schedule, not cosine)

    // Actions.
    QAction* m_openAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_trainAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_evaluateAction = nullptr;

    // Mistakes gallery: each evaluation's per-sample predictions, by epoch (-1 = final test set).
    struct EvaluationPredictions {
        std::shared_ptr<const std::vector<Prediction>> predictions;
        std::string split;  // the data set's split the indices point into: "train" (held out), "val" or "test"
    };
    QHash<int, EvaluationPredictions> m_evalPredictions;
    std::shared_ptr<const Dataset> m_datasetSamples;
    // Status-bar throttling: the newest batch waits here until the next refresh.
    static constexpr qint64 kStatusRefreshMs = 500;
    void flushProgress();
    BatchMetrics m_pendingProgress;
    bool m_progressPending = false;
    bool m_progressFlushScheduled = false;
    QElapsedTimer m_progressClock;
    std::string m_predictionsDataHash;  // content hash of the data the shown predictions index ("" = unknown)
    QString m_predictionsDataPath;
    QPointer<MistakesGallery> m_gallery;

    // Data set preview.
    QPointer<DatasetPreviewDialog> m_previewDialog;  // the open preview, if any
    int m_stalePreviewReplies = 0;  // reloads whose dialog was closed meanwhile: their answers are dropped

    // Report export.
    ReportExporter* m_exporter = nullptr;
    QString m_currentRunDir;

    // Run history.
    RunsPanel* m_runsPanel = nullptr;
    QDockWidget* m_runsDock = nullptr;
    QAction* m_runsFolderAction = nullptr;
    QPointer<CompareView> m_compareView;
    bool m_confirmClose = true;

    // Configuration form.
    QWidget* m_form = nullptr;
    QLabel* m_datasetName = nullptr;
    QLabel* m_datasetPath = nullptr;
    QLabel* m_datasetSizes = nullptr;
    QPushButton* m_openButton = nullptr;
    QComboBox* m_presetCombo = nullptr;
    QLabel* m_presetDescription = nullptr;
    QComboBox* m_optimizerCombo = nullptr;
    QDoubleSpinBox* m_lrSpin = nullptr;
    QDoubleSpinBox* m_momentumSpin = nullptr;
    QDoubleSpinBox* m_weightDecaySpin = nullptr;
    QComboBox* m_scheduleCombo = nullptr;
    QSpinBox* m_stepEpochsSpin = nullptr;
    QDoubleSpinBox* m_stepGammaSpin = nullptr;
    QSpinBox* m_batchSizeSpin = nullptr;
    QSpinBox* m_epochsSpin = nullptr;
    QDoubleSpinBox* m_valFractionSpin = nullptr;
    QComboBox* m_deviceCombo = nullptr;
    QSpinBox* m_threadsSpin = nullptr;
    QSpinBox* m_seedSpin = nullptr;
    QSpinBox* m_patienceSpin = nullptr;
    QToolButton* m_trainButton = nullptr;
    QToolButton* m_pauseButton = nullptr;
    QToolButton* m_stopButton = nullptr;
    TrainConfig m_baseConfig;  // fields the form does not show
    bool m_fillingForm = false;

    // Status bar.
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_throughputLabel = nullptr;
    QLabel* m_etaLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPointer<QMessageBox> m_messageBox;

    // Run bookkeeping.
    RunState m_state = RunState::Idle;
    bool m_datasetLoaded = false;
    bool m_stopping = false;
    QString m_datasetDir;
    qint64 m_batchesPerEpoch = 0;
    int m_runEpochs = 0;
    int m_runBatchSize = 0;
    int m_epochsDone = 0;
    double m_evalSecondsTotal = 0.0;
    struct RateSample {
        double elapsedSec;
        qint64 step;
    };
    QVector<RateSample> m_rateWindow;  // recent (time, step) pairs for the ETA
};

}  // namespace ts
