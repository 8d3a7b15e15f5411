#include "ui/training/MainWindow.h"

#include "ui/common/CoreText.h"
#include "ui/common/TextFormat.h"
#include "core/common/Numbers.h"
#include "ui/charts/ChartPanel.h"
#include "ui/common/Settings.h"
#include "ui/confusion/ConfusionPanel.h"
#include "ui/dataset/DatasetChooser.h"
#include "ui/dataset/DatasetPreviewDialog.h"
#include "ui/charts/CurveChart.h"
#include "ui/dist/ProcessTable.h"
#include "ui/experiments/ExperimentsWindow.h"
#include "ui/health/AlertsTable.h"
#include "ui/health/HealthPanel.h"
#include "ui/lm/PlaygroundPanel.h"
#include "ui/lm/RunSamples.h"
#include "ui/lm/SamplesPanel.h"
#include "ui/report/ReportExporter.h"
#include "ui/runs/RunFollower.h"
#include "ui/runs/RunsPanel.h"
#include "ui/training/ConfigDock.h"
#include "ui/training/DatasetPreviewFlow.h"
#include "ui/training/DockLayout.h"
#include "ui/training/EvaluationPanels.h"
#include "ui/training/LanguageModelCharts.h"
#include "ui/training/MistakesGalleryOpener.h"
#include "ui/training/RunStatusBar.h"
#include "ui/training/RunsController.h"
#include "ui/training/TrainingCharts.h"
#include "ui/training/TrainingConfigForm.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QUrl>

namespace ts {

namespace {

constexpr int kStatusTimeoutMs = 8000;
constexpr int kDefaultWidth = 1600;
constexpr int kDefaultHeight = 1000;
constexpr double kAlertZoomShare = 0.1;  // an alert picked in the Health panel: the loss chart shows 10% of the run
constexpr double kAlertZoomMinSteps = 40.0;


/// The lowest validation loss of a language model's evaluations.
double bestValLoss(const std::vector<EpochMetrics>& evaluations) {
    double best = evaluations.front().val.loss;
    for (const EpochMetrics& e : evaluations) best = std::min(best, e.val.loss);
    return best;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_actions(this) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TrainScope"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks);

    m_actions.buildMenus();
    connectActions();
    buildDocks();
    m_status = new RunStatusBar(statusBar(), this);
    buildRunsDock();
    QAction* resetLayout = m_actions.fillViewMenu(m_configDock, m_runs->dock(), m_docks->panelDocks());
    QAction* healthToggle = m_docks->healthDock()->toggleViewAction();
    healthToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    healthToggle->setStatusTip(tr("Show or hide the Health panel: update ratios, gradient norm, distributions, alerts"));
    // The dock shares a tab with the confusion matrix: the shortcut first brings it to the front, and hides it only
    // when it is already there (a plain toggle would hide a panel the user cannot see).
    disconnect(healthToggle, &QAction::triggered, nullptr, nullptr);
    connect(healthToggle, &QAction::triggered, this, [this] {
        QDockWidget* dock = m_docks->healthDock();
        const bool inFront = dock->isVisible() && !dock->visibleRegion().isEmpty();
        if (inFront) {
            dock->hide();
            return;
        }
        dock->show();
        dock->raise();
        m_docks->healthDock()->toggleViewAction()->setChecked(true);
    });
    connect(resetLayout, &QAction::triggered, this, [this] { m_docks->arrange(); });
    buildFlows();
    loadSettings();
    applyState(RunState::Idle);
    m_status->reset();
    statusBar()->showMessage(tr("Open a data set folder to begin (Ctrl+O)"));
}

MainWindow::~MainWindow() = default;

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::connectActions() {
    connect(m_actions.open(), &QAction::triggered, this, &MainWindow::promptOpenDataset);
    connect(m_actions.quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions.train(), &QAction::triggered, this, &MainWindow::requestTrain);
    connect(m_actions.pause(), &QAction::triggered, this, &MainWindow::togglePause);
    connect(m_actions.stop(), &QAction::triggered, this, &MainWindow::requestStop);
    connect(m_actions.about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.exportReport(), &QAction::triggered, this, [this] { exportRun(m_currentRunDir); });
    connect(m_actions.runsFolder(), &QAction::triggered, this, &MainWindow::promptRunsFolder);
    connect(m_actions.evaluate(), &QAction::triggered, this, &MainWindow::evaluateWindowRequested);
    connect(m_actions.experiments(), &QAction::triggered, this, [this] { openExperiments(); });
    connect(m_actions.openSweep(), &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Sweep Folder"));
        if (!dir.isEmpty()) openExperiments(dir);
    });
    connect(m_actions.generate(), &QAction::triggered, this, [this] {
        if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("generateDock"))) {
            dock->show();
            dock->raise();
        }
        m_playground->focusPrompt();
    });
    QMenu* recent = m_actions.recentMenu();
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        fillRecentDatasetsMenu(recent, [this](const QString& path) { openDatasetPath(path); });
    });
}

void MainWindow::buildDocks() {
    m_configDock = new ConfigDock(m_actions, this);
    m_form = m_configDock->form();
    connect(m_form, &TrainingConfigForm::message, this, &MainWindow::showNote);
    addDockWidget(Qt::LeftDockWidgetArea, m_configDock);

    m_charts = new TrainingCharts(this);
    m_evaluations = new EvaluationPanels(this);
    // Clicking a cell lists the samples behind it (the mistakes gallery).
    connect(m_evaluations, &EvaluationPanels::cellActivated, this, &MainWindow::openMistakesGallery);
    m_docks = std::make_unique<DockLayout>(this, m_configDock);
    m_docks->addPanels(m_charts->lossPanel(), m_charts->accuracyPanel(), m_charts->lrPanel(),
                       m_evaluations->confusionPanel(), m_evaluations->tablePanel());
    m_samples = new SamplesPanel();
    m_playground = new PlaygroundPanel();
    const LanguageModelCharts* lm = m_charts->languageModelCharts();
    m_docks->addLanguageModelPanels(lm->evalPanel(), lm->gradNormPanel(), lm->throughputPanel(), m_samples, m_playground);
    m_health = new HealthPanel();
    connect(m_health, &HealthPanel::alertActivated, this, &MainWindow::showAlertStep);
    m_docks->addHealthPanel(m_health);
    m_processes = new ProcessTable();
    m_docks->addProcessesPanel(m_processes);
    m_docks->arrange();
    connect(m_form, &TrainingConfigForm::taskChanged, this, [this](bool languageModel) {
        if (m_state == RunState::Idle) setLanguageModelView(languageModel);
    });
    connect(m_samples, &SamplesPanel::watchHitsFound, this, [this](int hits, qint64 step) {
        statusBar()->showMessage(tr("⚠ Watch list: %n hit(s) in the samples at step %1", nullptr, hits).arg(step));
        m_docks->raiseSamples();
    });
}

void MainWindow::buildRunsDock() {
    m_runs = new RunsController(this);
    m_docks->setRunsDock(m_runs->dock(), RunsController::kDockHeight);
    connect(m_runs->panel(), &RunsPanel::openRequested, this, &MainWindow::openRun);
    connect(m_runs->panel(), &RunsPanel::compareRequested, this, &MainWindow::compareRuns);
    connect(m_runs->panel(), &RunsPanel::resumeRequested, this, &MainWindow::requestResume);
    connect(m_runs, &RunsController::loaded, this, &MainWindow::showRun);
    connect(m_runs, &RunsController::compareOpened, this, &MainWindow::compareOpened);
    connect(m_runs, &RunsController::message, this, &MainWindow::showNote);
    connect(m_runs, &RunsController::problem, this, &MainWindow::showMessageBox);
    m_follower = new RunFollower(this);
    connect(m_follower, &RunFollower::grown, this, [this](const RunRecord& run) {
        CurveChart* loss = m_charts->lossPanel()->chart();  // the user's zoom on the loss survives the reload
        const bool zoomed = loss->isZoomed();
        const QPointF range = loss->xRange();
        showRun(run);
        if (zoomed) loss->setXZoom(range.x(), range.y());
    });
}

void MainWindow::buildFlows() {
    m_preview = new DatasetPreviewFlow(this);
    connect(m_preview, &DatasetPreviewFlow::reloadRequested, this, &MainWindow::previewDatasetRequested);
    connect(m_preview, &DatasetPreviewFlow::accepted, this, &MainWindow::previewAccepted);
    connect(m_preview, &DatasetPreviewFlow::rejected, this, &MainWindow::previewRejected);
    connect(m_preview, &DatasetPreviewFlow::message, this, [this](const QString& text, bool lasting) {
        statusBar()->showMessage(text, lasting ? 0 : kStatusTimeoutMs);
    });

    m_gallery = new MistakesGalleryOpener(this);
    connect(m_gallery, &MistakesGalleryOpener::message, this, &MainWindow::showNote);

    m_exporter = new ReportExporter(this);
    m_exporter->setObjectName(QStringLiteral("reportExporter"));
    connect(m_exporter, &ReportExporter::finished, this, [this](const QString& path) {
        m_actions.exportReport()->setEnabled(!m_currentRunDir.isEmpty());
        showNote(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_exporter, &ReportExporter::failed, this, [this](const QString& message) {
        m_actions.exportReport()->setEnabled(!m_currentRunDir.isEmpty());
        showNote(tr("Export failed"));
        showMessageBox(tr("Export Report"), tr("The report was not saved.\n\n%1").arg(message), true);
    });
}

// ---------------------------------------------------------------------------------------------
// State

TrainConfig MainWindow::config() const { return m_form->config(); }
MainWindow::RunState MainWindow::runState() const { return m_state; }
bool MainWindow::hasDataset() const { return m_datasetLoaded; }
QString MainWindow::currentRunDir() const { return m_currentRunDir; }
QString MainWindow::rememberedRunsRoot() { return settings::runsRoot.get(); }
void MainWindow::setConfirmCloseWhileTraining(bool confirm) { m_confirmClose = confirm; }
void MainWindow::setConfig(const ts::TrainConfig& cfg) { m_form->setConfig(cfg); }

QString MainWindow::lastDatasetPath() const {
    if (!m_datasetDir.isEmpty()) return m_datasetDir;
    return settings::lastDatasetDir.get();
}

void MainWindow::applyState(RunState state) {
    m_state = state;
    const bool idle = state == RunState::Idle;
    m_actions.applyState(idle, state == RunState::Paused, m_datasetLoaded, m_stopping);
    m_configDock->setEditable(idle);
    m_playground->setTrainingRunning(state == RunState::Running);
}

void MainWindow::setLanguageModelView(bool languageModel) {
    if (languageModel != m_docks->languageModelMode()) m_docks->setLanguageModelMode(languageModel);
}

void MainWindow::showNote(const QString& text) { statusBar()->showMessage(text, kStatusTimeoutMs); }

void MainWindow::showMessageBox(const QString& title, const QString& text, bool warning) {
    if (m_messageBox) m_messageBox->close();
    auto* box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_messageBox = box;
    box->open();  // non-blocking: worker signals keep flowing and tests never hang
}

void MainWindow::showAbout() {
#ifdef TRAINSCOPE_VERSION
    const QString version = QStringLiteral(TRAINSCOPE_VERSION);
#else
    const QString version = QStringLiteral("dev");
#endif
    QMessageBox::about(this, tr("About TrainScope"),
                       tr("<h3>TrainScope %1</h3>"
                          "<p>Train small image classifiers and watch them learn, live.</p>"
                          "<p>Built with Qt %2 and LibTorch.</p>")
                           .arg(version, QString::fromLatin1(qVersion())));
}

// ---------------------------------------------------------------------------------------------
// User requests

void MainWindow::promptOpenDataset() {
    if (m_state != RunState::Idle) return;
    QString start = lastDatasetPath();
    if (QFileInfo(start).isFile()) start = QFileInfo(start).absolutePath();  // a table: start in its folder
    if (start.isEmpty() || !QFileInfo::exists(start)) start = QDir::homePath();
    const QString chosen = chooseDataset(this, start);
    if (!chosen.isEmpty()) openDatasetPath(chosen);
}

void MainWindow::openDatasetPath(const QString& path) {
    if (m_state != RunState::Idle || path.isEmpty()) return;
    const QFileInfo info(path);
    settings::lastDatasetDir.set(info.isDir() ? info.absoluteFilePath() : info.absolutePath());  // the dialog starts here
    statusBar()->showMessage(tr("Loading %1…").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    // The split, image size and colour chosen last time; the preview's Options group can change them.
    Q_EMIT previewDatasetRequested(info.absoluteFilePath(), DatasetPreviewDialog::rememberedLoadOptions());
}

void MainWindow::requestTrain() {
    if (m_state != RunState::Idle || !m_datasetLoaded) return;
    const TrainConfig cfg = config();
    std::string problem = validateConfig(cfg);
    if (problem.empty()) problem = TrainingConfigForm::processesProblem(cfg).toStdString();
    if (!problem.empty()) {
        const QString text = coreText(problem);
        showNote(tr("Invalid configuration: %1").arg(text));
        showMessageBox(tr("Invalid configuration"), text, true);
        return;
    }
    if (const QString problem = saveSettings(); !problem.isEmpty()) showNote(problem);
    statusBar()->showMessage(tr("Starting training…"));
    Q_EMIT trainRequested(cfg);
}

void MainWindow::togglePause() {
    const qint64 step = m_charts->lastStep();
    if (m_state == RunState::Running) {
        applyState(RunState::Paused);
        addEventMarker(static_cast<double>(step), ChartEventKind::Pause, tr("Paused by the user at step %1").arg(step));
        statusBar()->showMessage(tr("Paused — press Space or Ctrl+P to resume"));
        Q_EMIT pauseRequested(true);
    } else if (m_state == RunState::Paused) {
        applyState(RunState::Running);
        addEventMarker(static_cast<double>(step), ChartEventKind::Resume, tr("Resumed at step %1").arg(step));
        showNote(tr("Resumed"));
        Q_EMIT pauseRequested(false);
    }
}

void MainWindow::requestStop() {
    if (m_state == RunState::Idle || m_stopping) return;
    m_stopping = true;
    applyState(m_state);
    statusBar()->showMessage(tr("Stopping…"));
    Q_EMIT stopRequested();
}

// ---------------------------------------------------------------------------------------------
// Controller slots

void MainWindow::onDatasetPreview(const ts::DatasetPreview& preview) { m_preview->showPreview(preview); }

void MainWindow::onTextPreview(const ts::TextPreview& preview) { m_preview->showTextPreview(preview); }

void MainWindow::onDatasetLoaded(const ts::DatasetInfo& info) {
    m_datasetLoaded = true;
    const QString path = QString::fromStdString(info.path);
    if (!path.isEmpty()) {
        m_datasetDir = path;
        settings::lastDatasetDir.set(path);
        addRecentDataset(path);
    }
    const QString name = m_configDock->showDataset(info);
    setWindowTitle(tr("%1 — TrainScope").arg(name));
    applyState(m_state);
    statusBar()->showMessage(tr("Loaded %1 — press F5 or Ctrl+Return to train").arg(name));
}

void MainWindow::onDatasetFailed(const QString& english) {
    const QString message = coreText(english.toStdString());  // core's message, in the interface's language
    if (m_preview->takeFailure(message)) return;
    statusBar()->showMessage(tr("Could not load the data set: %1").arg(message));
    showMessageBox(tr("Could not load the data set"), message, true);
    applyState(m_state);
}

void MainWindow::clearRunViews() {
    m_charts->clear();
    m_samples->clear();
    m_evaluations->clear();
    m_health->clear();
    m_gallery->clear();
    // Predictions of a live run index the data set loaded now; showRun names the run's own.
    const std::shared_ptr<const Dataset> data = m_gallery->datasetSamples();
    m_gallery->setPredictedData(data ? data->contentHash : std::string(),
                                data ? QString::fromStdString(data->path) : QString());
}

void MainWindow::onTrainingStarted(const QString& device, int threads, qint64 batchesPerEpoch) {
    const TrainConfig cfg = config();
    m_charts->setLanguageModel(cfg.isLanguageModel(), cfg.gradClip);
    m_charts->setEvaluationsPerEpoch(cfg.evalsPerEpoch);
    setLanguageModelView(cfg.isLanguageModel());
    clearRunViews();
    configureHealth(cfg);
    resetProcesses(cfg.processes, {}, cfg.isLanguageModel());
    m_follower->stop();
    m_stopping = false;
    QString deviceText = device;
    if (threads >= 1) deviceText += tr(" · %n thread(s)", nullptr, threads);
    if (cfg.isLanguageModel()) {
        m_status->runStartedInSteps(deviceText, cfg.steps, cfg.plannedRounds(), cfg.batchSize * cfg.contextLength);
    } else {
        m_status->runStarted(deviceText, cfg.epochs, cfg.batchSize, batchesPerEpoch, cfg.evalsPerEpoch);
    }
    applyState(RunState::Running);
    statusBar()->showMessage(tr("Training on %1").arg(device));
}

void MainWindow::onBatches(const QVector<ts::BatchMetrics>& batches) {
    if (batches.isEmpty()) return;
    m_charts->addBatches(batches);
    m_status->showBatch(batches.back());
    std::vector<int64_t> steps;
    std::vector<double> norms;
    for (const BatchMetrics& b : batches)
        if (b.gradNorm >= 0.0) {
            steps.push_back(b.step);
            norms.push_back(b.gradNorm);
        }
    if (!steps.empty()) m_health->addGradNorms(steps, norms);
}

void MainWindow::configureHealth(const TrainConfig& cfg) {
    m_health->setDiagnostics(cfg.health.enabled, cfg.health.interval);
    m_health->setThresholds(cfg.health);
    m_health->setClipThreshold(cfg.gradClip);
    m_health->setTokens(cfg.isLanguageModel());
}

void MainWindow::showAlertStep(qint64 step) {
    CurveChart* loss = m_charts->lossPanel()->chart();
    const double span = std::max(kAlertZoomMinSteps, kAlertZoomShare * static_cast<double>(m_charts->lastStep()));
    const double from = std::max(0.0, static_cast<double>(step) - span / 2.0);
    loss->setXZoom(loss->toDisplayX(from), loss->toDisplayX(from + span));
}

void MainWindow::onLanguageModelEvaluation(const EpochMetrics& m) {
    m_charts->addEpoch(m);
    m_status->showEpoch(m);
    const QString text = tr("Evaluation %1/%2 at step %3: train loss %4 · val loss %5 · perplexity %6 · %7 bits per byte")
                             .arg(m.epoch).arg(m_status->epochs()).arg(m.step).arg(m.trainLoss, 0, 'f', 4)
                             .arg(m.val.loss, 0, 'f', 4).arg(m.lm.valPerplexity, 0, 'f', 2)
                             .arg(m.lm.valBitsPerByte, 0, 'f', 3);
    statusBar()->showMessage(text);
    m_samples->addEvaluation(m);  // after the status text: a watch-list alert replaces it
}

void MainWindow::onEpoch(const ts::EpochMetrics& m) {
    m_health->addEpochSystem(m.epoch, m.system);
    if (m.languageModel) {
        onLanguageModelEvaluation(m);
        return;
    }
    m_charts->addEpoch(m);
    const bool isTest = m.valSetName == "test";
    if (!m.val.empty() && !m.valPredictions.empty())  // kept for the mistakes gallery of this epoch's matrix
        m_gallery->addPredictions(m.epoch, m.valPredictions, m.valSplit.empty() ? (isTest ? "test" : "val") : m.valSplit);
    if (!m.val.empty())
        m_evaluations->addEvaluation(m.val, isTest ? tr("Test set, epoch %1").arg(m.epoch)
                                                   : tr("Validation, epoch %1").arg(m.epoch),
                                     m.epoch);
    m_status->showEpoch(m);

    QString text = tr("Epoch %1/%2 done in %3: train loss %4").arg(m.epoch).arg(m_status->epochs())
                       .arg(durationText(m.seconds)).arg(m.trainLoss, 0, 'f', 4);
    if (!m.val.empty()) {
        text += tr(" · %1 loss %2 · %1 accuracy %3 %")
                    .arg(isTest ? tr("test") : tr("val"))
                    .arg(m.val.loss, 0, 'f', 4)
                    .arg(100.0 * m.val.accuracy, 0, 'f', 2);
    }
    statusBar()->showMessage(text);
}

void MainWindow::onMessage(const QString& text) { showNote(coreText(text.toStdString())); }  // the engine's notes

void MainWindow::onHealthSample(const ts::HealthSample& sample) { m_health->addSample(sample); }

void MainWindow::onProcesses(const QVector<ts::ProcessFigures>& processes) {
    resetProcesses(static_cast<int>(processes.size()), std::vector<ProcessFigures>(processes.begin(), processes.end()),
                   m_docks->languageModelMode());
}

void MainWindow::resetProcesses(int worldSize, const std::vector<ProcessFigures>& rows, bool tokens) {
    m_processes->setTokens(tokens);
    m_processes->setProcesses(rows);
    m_docks->setProcessesShown(worldSize > 1);
}

void MainWindow::onAlert(const ts::Alert& alert) {
    m_health->addAlert(alert);
    const QString kind = AlertsTable::kindLabel(alert.kind);
    const QString message = coreText(alert.message);
    QString tip = tr("%1 at step %2: %3").arg(kind).arg(alert.step).arg(message);
    if (!alert.advice.empty()) tip += tr("\nWhat to try: %1").arg(coreText(alert.advice));
    addEventMarker(static_cast<double>(alert.step), ChartEventKind::Alert, tip);
    showNote(tr("⚠ %1 at step %2 (see Health ▸ Alerts, Ctrl+Shift+H)").arg(kind).arg(alert.step));
}

void MainWindow::onTrainingFinished(const ts::RunSummary& s, const QString& runDir) {
    m_stopping = false;
    m_status->runEnded(s.status == RunStatus::Finished);
    applyState(RunState::Idle);
    m_runs->panel()->refresh();  // the run's new status

    if (!runDir.isEmpty()) m_playground->setCurrentRun(runDir);
    const QString message = coreText(s.message);
    if (s.status == RunStatus::Diverged)
        showMessageBox(tr("Training diverged"), message.isEmpty() ? tr("The loss became NaN or infinite.") : message, true);
    else if (s.status == RunStatus::Failed)
        showMessageBox(tr("Training failed"), message + keptRunAdvice(runDir), true);
    else if (s.status == RunStatus::Interrupted)
        showMessageBox(tr("Training interrupted"), message + keptRunAdvice(runDir), true);
    const QString text = finishedText(s);
    statusBar()->showMessage(text);
    if (s.hasTest && !s.testPredictions.empty()) m_gallery->addPredictions(-1, s.testPredictions, "test");
    if (s.hasTest && !s.test.empty()) m_evaluations->addEvaluation(s.test, tr("Test set"));
}

QString MainWindow::finishedText(const RunSummary& s) {
    const QString message = coreText(s.message);
    QString text;
    const QString lmTest = s.hasLmTest ? tr("test loss %1 · perplexity %2 · %3 bits per byte")
                                             .arg(s.lmTest.loss, 0, 'f', 4).arg(s.lmTest.perplexity, 0, 'f', 2)
                                             .arg(s.lmTest.bitsPerByte, 0, 'f', 3)
                                       : QString();
    switch (s.status) {
    case RunStatus::Finished:
        text = s.hasTest ? tr("Finished: test accuracy %1 %").arg(100.0 * s.test.accuracy, 0, 'f', 1)
               : s.hasLmTest ? tr("Finished: %1").arg(lmTest)
                             : tr("Finished in %1").arg(durationText(s.totalSeconds));
        break;
    case RunStatus::Stopped:
        text = message.isEmpty() ? tr("Stopped") : tr("Stopped: %1").arg(message);
        if (s.hasTest) text += tr(" · test accuracy %1 %").arg(100.0 * s.test.accuracy, 0, 'f', 1);
        if (s.hasLmTest) text += QStringLiteral(" · ") + lmTest;
        break;
    case RunStatus::Diverged:
        text = tr("Diverged: %1").arg(message);
        break;
    case RunStatus::Failed:
        text = tr("Failed: %1").arg(message);
        break;
    case RunStatus::Interrupted:
        text = tr("Interrupted: %1").arg(message);
        break;
    }
    return text;
}

QString MainWindow::keptRunAdvice(const QString& runDir) {
    if (runDir.isEmpty() || !QFileInfo::exists(runDir)) return QString();
    if (QFileInfo::exists(runDir + QStringLiteral("/checkpoint-last.pt")))
        return tr("\n\nThe run is kept in the Runs panel. Once the cause is fixed, select it there and press "
                  "Resume to continue from its last checkpoint.");
    return tr("\n\nThe run is kept in the Runs panel; it ended before its first checkpoint, so train it again "
              "once the cause is fixed.");
}

void MainWindow::addEventMarker(double step, ts::ChartEventKind kind, const QString& text) {
    m_charts->addEventMarker(step, kind, text);
}

// ---------------------------------------------------------------------------------------------
// Settings, close, drag and drop

void MainWindow::loadSettings() {
    if (!restoreGeometry(settings::windowGeometry.get())) resize(kDefaultWidth, kDefaultHeight);
    restoreState(settings::windowState.get());
    for (QSplitter* splitter : findChildren<QSplitter*>()) {
        const QByteArray state = settings::splitterState(splitter->objectName()).get();
        if (!state.isEmpty()) splitter->restoreState(state);
    }
    m_charts->setSmoothing(settings::lossSmoothing.get());
    m_evaluations->setNormalizeRows(settings::normalizeRows.get());
    m_runs->panel()->restoreHeaderState(settings::runsHeader.get());
    m_form->restoreRemembered();
    setLanguageModelView(m_form->config().isLanguageModel());
    m_docks->setProcessesShown(false);  // until a run of several processes starts or is shown
}

QString MainWindow::saveSettings() const {
    QSettings store = openSettings();
    settings::windowGeometry.set(store, saveGeometry());
    settings::windowState.set(store, saveState());
    for (const QSplitter* splitter : findChildren<QSplitter*>())
        settings::splitterState(splitter->objectName()).set(store, splitter->saveState());
    settings::lossSmoothing.set(store, m_charts->smoothing());
    settings::normalizeRows.set(store, m_evaluations->normalizeRows());
    settings::runsHeader.set(store, m_runs->panel()->saveHeaderState());
    if (!m_datasetDir.isEmpty()) settings::lastDatasetDir.set(store, m_datasetDir);
    m_form->remember();
    store.sync();
    if (store.status() == QSettings::NoError) return QString();
    return tr("Your settings could not be saved to %1 (is the disk full, or the folder read-only?); "
              "training goes on with them.").arg(store.fileName());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_state != RunState::Idle && !m_stopping) {
        if (!confirmStopOnClose()) {
            event->ignore();
            return;
        }
        m_stopping = true;
        Q_EMIT stopRequested();  // the run is saved as stopped, with its last checkpoint, and can be resumed
    }
    if (const QString problem = saveSettings(); !problem.isEmpty()) qWarning("%s", qPrintable(problem));
    event->accept();
}

bool MainWindow::confirmStopOnClose() {
    if (!m_confirmClose || QGuiApplication::platformName() == QLatin1String("offscreen")) return true;
    QMessageBox box(QMessageBox::Question, tr("Training in progress"),
                    tr("A run is still training. Stop it and quit?"), QMessageBox::NoButton, this);
    box.setInformativeText(tr("The run is saved as stopped and can be resumed later from the Runs panel."));
    QPushButton* stop = box.addButton(tr("Stop and Quit"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == stop;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QMimeData* mime = event->mimeData();
    if (m_state == RunState::Idle && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.front().isLocalFile()) return;
    event->acceptProposedAction();
    openDatasetPath(urls.front().toLocalFile());  // a file or folder, exactly as if chosen in the dialog
}

// ---------------------------------------------------------------------------------------------
// Report export

void MainWindow::setLiveRunDir(const QString& runDir) {
    m_galleryRunDir = runDir;
    m_playground->setCurrentRun(runDir);
}

void MainWindow::setTextExplainerFactory(std::function<TextExplainFunction(const QString& runDir)> factory) {
    m_explainerFactory = std::move(factory);
}

void MainWindow::setCurrentRunDir(const QString& runDir) {
    m_currentRunDir = runDir;
    if (!runDir.isEmpty()) m_galleryRunDir = runDir;
    m_actions.exportReport()->setEnabled(!runDir.isEmpty() && !m_exporter->isBusy());
}

void MainWindow::exportRun(const QString& runDir) {
    if (runDir.isEmpty()) {
        showMessageBox(tr("Export Report"), tr("There is no run to export yet: train a model first."), false);
        return;
    }
    ReportFormat format = ReportFormat::Html;
    const QString path = promptReportDestination(this, QFileInfo(runDir).fileName(), &format);
    if (!path.isEmpty()) exportRunTo(runDir, format, path);
}

bool MainWindow::exportRunTo(const QString& runDir, ts::ReportFormat format, const QString& path) {
    if (!m_exporter->start(runDir, format, path)) {
        showNote(tr("Another report is still being exported"));
        return false;
    }
    m_actions.exportReport()->setEnabled(false);
    statusBar()->showMessage(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Run history: past runs, comparison, resume, the runs folder

void MainWindow::setRunsRoot(const QString& root) {
    m_runs->panel()->setRunsRoot(root);
    Q_EMIT runsRootChanged(root);
}

void MainWindow::promptRunsFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Runs Folder"), m_runs->panel()->runsRoot());
    if (dir.isEmpty()) return;
    settings::runsRoot.set(dir);
    setRunsRoot(dir);
    showNote(tr("New runs are saved in %1").arg(QDir::toNativeSeparators(dir)));
}

void MainWindow::showRun(const ts::RunRecord& run) {
    if (m_state != RunState::Idle) {
        showNote(tr("A run is training: stop it before opening another one"));
        return;
    }
    // The same path as a live run, fed from disk, without entering the running state.
    const bool languageModel = run.config.isLanguageModel();
    m_charts->setLanguageModel(languageModel, run.config.gradClip);
    m_charts->setEvaluationsPerEpoch(run.config.evalsPerEpoch);
    setLanguageModelView(languageModel);
    clearRunViews();
    configureHealth(run.config);
    resetProcesses(run.worldSize, run.processes, languageModel);
    if (languageModel)
        m_status->replayStartedInSteps(run.config.steps, static_cast<int>(run.epochs.size()),
                                       run.config.batchSize * run.config.contextLength);
    else
        m_status->replayStarted(run.config.epochs, run.config.batchSize,
                                run.batches.empty() ? 0 : run.batches.back().batchesPerEpoch,  // filled in by loadRun
                                run.config.evalsPerEpoch);
    onBatches(QVector<BatchMetrics>(run.batches.begin(), run.batches.end()));
    m_gallery->setPredictedData(run.datasetHash, QString::fromStdString(run.dataset.path));
    for (const EpochMetrics& e : run.epochs) onEpoch(e);
    for (const HealthSample& sample : run.health) onHealthSample(sample);
    for (const Alert& alert : run.alerts) onAlert(alert);
    if (languageModel) {
        m_samples->setSamples(readRunSamples(QString::fromStdString(run.dir)));
        m_playground->setCurrentRun(QString::fromStdString(run.dir));
    }
    if (run.hasTest && !run.test.empty()) m_evaluations->addEvaluation(run.test, tr("Test set"));
    if (!run.testPredictions.empty()) m_gallery->addPredictions(-1, run.testPredictions, "test");

    QString device = QString::fromStdString(run.device.empty() ? run.config.device : run.device);
    if (run.threads > 1) device += tr(" · %n thread(s)", nullptr, run.threads);
    m_status->setDevice(device);
    m_status->runEnded(run.status == "finished");
    const QString name = QString::fromStdString(run.displayName());
    QString text = tr("Showing run “%1” (%2)").arg(name, RunsModel::statusText(QString::fromStdString(run.status)));
    if (m_follower->follow(run))
        text = tr("Following a run in progress (written by another process): “%1”").arg(name);
    if (run.hasTest) text += tr(" · test accuracy %1 %").arg(100.0 * run.test.accuracy, 0, 'f', 1);
    else if (languageModel && !run.epochs.empty()) text += tr(" · best val loss %1").arg(bestValLoss(run.epochs), 0, 'f', 4);
    else if (!run.epochs.empty()) text += tr(" · best val accuracy %1 %").arg(100.0 * run.bestValAccuracy(), 0, 'f', 1);
    if (!run.message.empty()) text += QStringLiteral(" · ") + coreText(run.message);
    statusBar()->showMessage(text);
    setCurrentRunDir(QString::fromStdString(run.dir));
    m_runs->panel()->selectRunDirs({QString::fromStdString(run.dir)});
    Q_EMIT runShown(QString::fromStdString(run.dir));
}

void MainWindow::openExperiments(const QString& sweepDir) {
    if (!m_experiments) {
        m_experiments = new ExperimentsWindow(this);
        m_experiments->setWindowFlag(Qt::Window);
        connect(m_experiments, &ExperimentsWindow::openRunRequested, this, [this](const QString& runDir) {
            openRun(runDir);
            activateWindow();
        });
        connect(m_experiments, &ExperimentsWindow::trainConfigRequested, this, &MainWindow::setConfig);
        auto giveBase = [this] { m_experiments->setBase(config(), m_datasetDir.isEmpty() ? lastDatasetPath() : m_datasetDir); };
        connect(m_experiments, &ExperimentsWindow::baseRequested, this, giveBase);
        giveBase();
    }
    if (!sweepDir.isEmpty()) m_experiments->openSweep(sweepDir);
    m_experiments->show();
    m_experiments->raise();
}

void MainWindow::openRun(const QString& runDir) {
    if (m_state != RunState::Idle) {
        showNote(tr("A run is training: stop it before opening another one"));
        return;
    }
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(runDir)));
    m_runs->load(runDir);
}

void MainWindow::compareRuns(const QStringList& runDirs) {
    if (runDirs.size() < 2) {
        showNote(tr("Select two or more runs to compare"));
        return;
    }
    statusBar()->showMessage(tr("Loading %n run(s) to compare…", nullptr, static_cast<int>(runDirs.size())));
    m_runs->compare(runDirs);
}

void MainWindow::requestResume(const QString& runDir) {
    if (m_state != RunState::Idle) {
        showNote(tr("A run is training: stop it before resuming another one"));
        return;
    }
    RunRecord run;
    if (!m_runs->readResumable(runDir, &run)) return;
    setConfig(run.config);  // the form shows what the resumed run trains with
    statusBar()->showMessage(tr("Resuming “%1”…").arg(QString::fromStdString(run.displayName())));
    Q_EMIT resumeRunRequested(QString::fromStdString(run.dir));
}

// ---------------------------------------------------------------------------------------------
// Mistakes gallery

void MainWindow::setDatasetSamples(std::shared_ptr<const ts::Dataset> data) { m_gallery->setDatasetSamples(std::move(data)); }

void MainWindow::openMistakesGallery(int trueClass, int predicted, int epoch) {
    // Token weights for labelled texts come from the shown run's checkpoint (the live run's while one trains).
    const std::shared_ptr<const Dataset> data = m_gallery->datasetSamples();
    const bool texts = data && data->isTextClassification();
    m_gallery->setExplainer(texts && m_explainerFactory && !m_galleryRunDir.isEmpty() ? m_explainerFactory(m_galleryRunDir)
                                                                                      : TextExplainFunction());
    m_gallery->open(trueClass, predicted, epoch, m_evaluations->shownClassNames());
}

}  // namespace ts
