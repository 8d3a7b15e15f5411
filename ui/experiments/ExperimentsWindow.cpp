#include "ui/experiments/ExperimentsWindow.h"

#include "ui/common/TextFormat.h"
#include "core/common/Numbers.h"
#include "core/runs/RunFolder.h"
#include "core/runs/RunJson.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/FileWrite.h"
#include "ui/common/Settings.h"
#include "ui/experiments/ObjectiveScatterView.h"
#include "ui/experiments/ParallelCoordinatesView.h"
#include "ui/experiments/QueuePanel.h"
#include "ui/experiments/SweepEditor.h"
#include "ui/experiments/SweepLauncher.h"
#include "ui/experiments/TrialCurvesPanel.h"
#include "ui/experiments/TrialFilterProxy.h"
#include "ui/experiments/TrialTableModel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace ts {

ExperimentsWindow::ExperimentsWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("experimentsWindow"));
    setWindowTitle(tr("Experiments"));
    m_model = new TrialTableModel(this);
    m_proxy = new TrialFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildResults());
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("experimentsTabs"));
    m_parallel = new ParallelCoordinatesView(m_tabs);
    m_scatter = new ObjectiveScatterView(m_tabs);
    m_curves = new TrialCurvesPanel(m_tabs);
    m_tabs->addTab(m_parallel, tr("Parallel coordinates"));
    m_tabs->addTab(m_scatter, tr("Objective per parameter"));
    m_tabs->addTab(m_curves, tr("Validation curves"));
    m_editor = new SweepEditor(m_tabs);
    m_queuePanel = new QueuePanel(m_tabs);
    m_tabs->addTab(m_editor, tr("New sweep"));
    m_tabs->addTab(m_queuePanel, tr("Queue"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_status = new QLabel(tr("Open a sweep folder (a trainscope-cli sweep --out folder)"), this);
    m_status->setObjectName(QStringLiteral("sweepStatus"));
    statusBar()->addWidget(m_status, 1);
    buildActions();
    buildQueue();
    connect(m_parallel, &ParallelCoordinatesView::selectionChanged, this, &ExperimentsWindow::onBrush);
    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &ExperimentsWindow::poll);
    resize(1100, 820);
}

ExperimentsWindow::~ExperimentsWindow() = default;

QWidget* ExperimentsWindow::buildResults() {
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("trialTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TrialTableModel::Index, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Double-click a trial to show its run in the main window"));
    connect(m_table, &QTableView::doubleClicked, this, &ExperimentsWindow::openTrial);
    return m_table;
}

void ExperimentsWindow::buildActions() {
    QToolBar* bar = addToolBar(tr("Sweep"));
    bar->setObjectName(QStringLiteral("experimentsToolBar"));
    m_openAction = bar->addAction(tr("Open Sweep…"), this, &ExperimentsWindow::promptOpenSweep);
    m_openAction->setObjectName(QStringLiteral("experimentsOpenSweepAction"));
    QAction* refreshAction = bar->addAction(tr("Refresh"), this, &ExperimentsWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshSweepAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    bar->addSeparator();
    m_trainBestAction = bar->addAction(tr("Train the Best Configuration"), this, &ExperimentsWindow::trainBest);
    m_trainBestAction->setObjectName(QStringLiteral("trainBestAction"));
    m_trainBestAction->setStatusTip(tr("Put the best trial's values into the main window's form"));
    m_exportAction = bar->addAction(tr("Export…"), this, &ExperimentsWindow::promptExport);
    m_exportAction->setObjectName(QStringLiteral("exportTrialsAction"));
    m_exportAction->setStatusTip(tr("Save the table's trials (as filtered) as CSV"));
    m_clearFilterAction = bar->addAction(tr("Clear Filter"), m_parallel, &ParallelCoordinatesView::clearBrushes);
    m_clearFilterAction->setObjectName(QStringLiteral("clearTrialFilterAction"));
    m_resumeAction = bar->addAction(tr("Resume"), this, &ExperimentsWindow::queueResume);
    m_resumeAction->setObjectName(QStringLiteral("resumeSweepAction"));
    m_resumeAction->setStatusTip(tr("Continue this paused or interrupted sweep (trainscope-cli sweep --resume)"));
    for (QAction* a : {m_trainBestAction, m_exportAction, m_clearFilterAction, m_resumeAction}) a->setEnabled(false);
}

void ExperimentsWindow::openSweep(const QString& dir) {
    m_dir = QFileInfo(dir).absoluteFilePath();
    m_seenStamp = -1;
    m_columnsSized = false;
    m_parallel->setSweep(Sweep());  // a new folder starts without brushes
    m_proxy->showAllTrials();
    setWindowTitle(tr("Experiments — %1").arg(QDir::toNativeSeparators(m_dir)));
    refresh();
    m_timer->start();
}

void ExperimentsWindow::refresh() {
    if (m_dir.isEmpty()) return;
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_seenStamp = QFileInfo(m_dir + QStringLiteral("/sweep.json")).lastModified().toMSecsSinceEpoch();
    auto result = std::make_shared<SweepSnapshot>();
    const std::string dir = m_dir.toStdString();
    runInBackground(
        this, QStringLiteral("sweep-reader"), [result, dir] { *result = readSweepFolder(dir); },
        [this, result, dir] {
            m_reading = false;
            if (dir == m_dir.toStdString()) showSnapshot(*result);
            if (m_readAgain) {
                m_readAgain = false;
                refresh();
            }
        });
}

void ExperimentsWindow::poll() {
    if (const int id = m_queue.running(); id >= 0 && m_queue.job(id)->run) showRunProgress(*m_queue.job(id));
    if (m_dir.isEmpty() || m_reading) return;
    const qint64 stamp = QFileInfo(m_dir + QStringLiteral("/sweep.json")).lastModified().toMSecsSinceEpoch();
    // A running trial's curve grows without sweep.json changing; a finished or paused sweep only when it does.
    if (stamp != m_seenStamp || m_snapshot.running()) refresh();
}

void ExperimentsWindow::showSnapshot(const SweepSnapshot& snapshot) {
    m_snapshot = snapshot;
    if (snapshot.ok()) {
        m_model->setSweep(snapshot.sweep);
        m_parallel->setSweep(snapshot.sweep);
        const std::vector<int> sel = m_parallel->axes().selectedTrials();
        onBrush(QVector<int>(sel.begin(), sel.end()), m_parallel->axes().brushed());
        m_curves->setSnapshot(snapshot);
        if (!m_columnsSized) m_table->resizeColumnsToContents();  // once per folder: the user's widths stay
        m_columnsSized = m_model->rowCount() > 0;
    }
    m_trainBestAction->setEnabled(snapshot.ok() && snapshot.sweep.bestTrial() >= 0);
    m_exportAction->setEnabled(snapshot.ok() && !snapshot.sweep.trials.empty());
    const bool runsHere = m_queue.running() >= 0 && m_queue.job(m_queue.running())->sweepDir == m_dir;
    m_resumeAction->setEnabled(snapshot.ok() && !snapshot.sweep.done() && !snapshot.running() && !runsHere);
    if (runsHere) {
        const double eta = snapshot.etaSeconds();
        m_queuePanel->showProgress(snapshot.trialsDone(), snapshot.trialsTotal(),
                                   std::isfinite(eta) ? durationText(eta) : QString());
    }
    showStatus();
    Q_EMIT snapshotShown();
}

void ExperimentsWindow::showStatus() {
    if (!m_snapshot.ok()) {
        const bool starting = m_queue.running() >= 0 && m_queue.job(m_queue.running())->sweepDir == m_dir;
        m_status->setText(starting ? tr("Starting trainscope-cli…")
                                   : tr("⚠ %1").arg(QString::fromStdString(m_snapshot.error)));
        return;
    }
    const SweepDefinition& def = m_snapshot.sweep.def;
    QString text = tr("%1 sweep of %2 — %3 — %4/%n trial(s) done", nullptr, int(m_snapshot.trialsTotal()))
                       .arg(QString::fromUtf8(sweepStrategyName(def.strategy)), QString::fromStdString(def.base.preset),
                            TrialTableModel::statusText(m_snapshot.state()))
                       .arg(m_snapshot.trialsDone());
    const double eta = m_snapshot.etaSeconds();
    if (m_snapshot.trialsDone() < m_snapshot.trialsTotal() && std::isfinite(eta))
        text += tr(" — about %1 left").arg(durationText(eta));
    const int best = m_snapshot.sweep.bestTrial();
    if (best >= 0) {
        const SweepTrial& t = m_snapshot.sweep.trials[size_t(best)];
        text += tr(" — best: trial %1, %2 = %3")
                    .arg(t.index)
                    .arg(TrialTableModel::objectiveText(def.objective),
                         QString::fromStdString(formatSignificant(t.objective, 4)));
    }
    if (m_parallel->axes().brushed())
        text += tr(" — %1 of %n trial(s) in the brushed ranges", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    if (m_snapshot.state() == "interrupted")
        text += tr(" — a trial was interrupted: Resume continues the sweep");
    m_status->setText(text);
}

void ExperimentsWindow::onBrush(const QVector<int>& trials, bool brushed) {
    if (brushed) m_proxy->setVisibleTrials(std::vector<int>(trials.begin(), trials.end()));
    else m_proxy->showAllTrials();
    m_clearFilterAction->setEnabled(brushed);
    showStatus();
    m_scatter->setAxes(m_parallel->axes(), m_snapshot.sweep.bestTrial(), m_snapshot.sweep.def.objective.minimize());
}

std::vector<int> ExperimentsWindow::shownTrials() const { return m_proxy->shownTrials(); }

void ExperimentsWindow::openTrial(const QModelIndex& proxyIndex) {
    const int row = m_proxy->mapToSource(proxyIndex).row();
    if (row < 0 || size_t(row) >= m_snapshot.sweep.trials.size()) return;
    const std::string& runDir = m_snapshot.sweep.trials[size_t(row)].runDir;
    const QString path = QDir(m_dir).filePath(QString::fromStdString(runDir));
    if (runDir.empty() || !QFileInfo::exists(path + QStringLiteral("/run.json"))) {
        statusBar()->showMessage(tr("Trial %1 has no run yet").arg(m_snapshot.sweep.trials[size_t(row)].index), 4000);
        return;
    }
    Q_EMIT openRunRequested(path);
}

void ExperimentsWindow::trainBest() {
    const int best = m_snapshot.sweep.bestTrial();
    if (best < 0) return;
    try {
        Q_EMIT trainConfigRequested(applyTrial(m_snapshot.sweep.def.base, m_snapshot.sweep.trials[size_t(best)].values));
        statusBar()->showMessage(tr("The best trial's configuration is in the main window's form"), 4000);
    } catch (const std::exception& e) {
        statusBar()->showMessage(QString::fromStdString(e.what()), 6000);
    }
}

QString ExperimentsWindow::exportCsv(const QString& path) const {
    QString error;
    const std::string text = m_model->csv(shownTrials());
    if (!saveFileAtomically(path, QByteArray::fromStdString(text), &error)) return error;
    return QString();
}

void ExperimentsWindow::promptExport() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Trials"), QDir(m_dir).filePath(QStringLiteral("trials-export.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const QString error = exportCsv(path);
    statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error, 6000);
}

void ExperimentsWindow::buildQueue() {
    m_launcher = new SweepLauncher(this);
    m_editor->setProgram(m_launcher->program());
    connect(m_editor, &SweepEditor::startRequested, this, &ExperimentsWindow::queueSweep);
    connect(m_editor, &SweepEditor::baseRequested, this, &ExperimentsWindow::baseRequested);
    connect(m_launcher, &SweepLauncher::finished, this, &ExperimentsWindow::onProcessEnded);
    connect(m_queuePanel, &QueuePanel::moveRequested, this, [this](int id, int delta) {
        m_queue.move(id, delta);
        m_queuePanel->showQueue(m_queue);
    });
    connect(m_queuePanel, &QueuePanel::cancelRequested, this, &ExperimentsWindow::cancelJob);
    connect(m_queuePanel, &QueuePanel::queueRunRequested, this, &ExperimentsWindow::queueRun);
}

void ExperimentsWindow::setBase(const TrainConfig& cfg, const QString& dataPath) {
    m_base = cfg;
    m_baseData = dataPath;
    m_editor->setBase(cfg, dataPath);
}

bool ExperimentsWindow::queueSweep(const SweepRequest& request) {
    const QString problem = request.problem();
    m_editor->showError(problem);
    if (!problem.isEmpty()) return false;
    const QString dir = QFileInfo(request.outDir).absoluteFilePath();
    SweepRequest absolute = request;
    absolute.outDir = dir;
    if (!absolute.baseConfig.isEmpty()) {  // the form's whole configuration, read by `sweep --config`
        QString error;
        if (!QDir().mkpath(dir) || !saveFileAtomically(absolute.configPath(), absolute.baseConfig.toUtf8(), &error)) {
            m_editor->showError(error.isEmpty() ? tr("Cannot create the folder %1").arg(dir) : error);
            return false;
        }
    }
    const QString label = tr("%1 sweep of %2").arg(request.strategy, request.preset);
    m_queue.add(label, dir, absolute.arguments());
    m_queuePanel->showQueue(m_queue);
    m_tabs->setCurrentWidget(m_queuePanel);
    startNext();
    return true;
}

void ExperimentsWindow::queueResume() {
    if (m_dir.isEmpty()) return;
    m_queue.add(tr("resume %1").arg(QFileInfo(m_dir).fileName()), m_dir, resumeSweepArguments(m_dir));
    m_resumeAction->setEnabled(false);
    m_queuePanel->showQueue(m_queue);
    startNext();
}

bool ExperimentsWindow::queueRun() {
    Q_EMIT baseRequested();  // the main window's form as it is now
    if (m_baseData.isEmpty()) {
        m_editor->showError(tr("Open a data set in the main window before queueing a run"));
        return false;
    }
    QString root = settings::runsRoot.get();
    if (root.isEmpty()) root = QString::fromStdString(defaultRunsRoot());
    QString dir, error;
    try {
        dir = QString::fromStdString(newRunDir(root.toStdString(), m_base.preset));
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
    }
    const QString configPath = QDir(dir).filePath(QStringLiteral("queued-config.json"));
    if (error.isEmpty()) saveFileAtomically(configPath, QByteArray::fromStdString(toJson(m_base).dump(2)), &error);
    if (!error.isEmpty()) {
        m_editor->showError(error);
        return false;
    }
    const QStringList arguments{QStringLiteral("train"), QStringLiteral("--config"), configPath, QStringLiteral("--data"),
                                m_baseData, QStringLiteral("--out"), dir};
    const int id = m_queue.add(tr("%1 run on %2").arg(QString::fromStdString(m_base.preset), QFileInfo(m_baseData).fileName()),
                               dir, arguments, true);
    m_queue.setRounds(id, m_base.plannedRounds());
    m_queuePanel->showQueue(m_queue);
    m_tabs->setCurrentWidget(m_queuePanel);
    startNext();
    return true;
}

void ExperimentsWindow::showRunProgress(const QueuedSweep& job) {
    QFile log(QDir(job.sweepDir).filePath(QStringLiteral("epochs.jsonl")));
    int done = 0;
    if (log.open(QIODevice::ReadOnly))
        done = int(log.readAll().count('\n'));  // one complete line per evaluation
    const double seconds = 1e-3 * double(m_jobClock.elapsed());
    const double eta = done > 0 ? seconds / done * std::max(0, job.rounds - done) : NAN;
    m_queuePanel->showProgress(done, job.rounds, std::isfinite(eta) ? durationText(eta) : QString(),
                               true);
}

void ExperimentsWindow::startNext() {
    const int id = m_queue.next();
    if (id < 0) return;
    const QueuedSweep job = *m_queue.job(id);
    QString error;
    if (!m_launcher->start(job.arguments, job.sweepDir, &error)) {
        m_queue.markEnded(id, false, error);
        m_editor->showError(error);
        m_queuePanel->showQueue(m_queue);
        startNext();
        return;
    }
    m_queue.markRunning(id);
    m_jobClock.start();
    m_queuePanel->showQueue(m_queue);
    statusBar()->showMessage(tr("Started: %1").arg(shellCommandLine(m_launcher->program(), job.arguments)), 6000);
    if (!job.run) openSweep(job.sweepDir);
    m_timer->start();
}

void ExperimentsWindow::onProcessEnded(const QString& dir, const QString& errors) {
    const int id = m_queue.running();
    const bool run = id >= 0 && m_queue.job(id)->run;
    // Warnings alone do not fail a job: it failed when it wrote errors and its folder holds no sweep (a run: no
    // summary).
    const bool failed = !errors.isEmpty() && (run ? !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("summary.json")))
                                                  : !readSweepFolder(dir.toStdString(), false).ok());
    if (run && !failed) statusBar()->showMessage(tr("Queued run ended: %1").arg(QDir::toNativeSeparators(dir)));
    if (id >= 0 && id == m_stopping) m_queue.markStopped(id);
    else if (id >= 0) m_queue.markEnded(id, !failed, errors);
    m_stopping = -1;
    if (!errors.isEmpty()) m_editor->showError(tr("trainscope-cli (%1):\n%2").arg(QDir::toNativeSeparators(dir), errors));
    if (failed) m_tabs->setCurrentWidget(m_editor);
    m_queuePanel->showQueue(m_queue);
    m_queuePanel->showProgress(0, 0, QString());
    if (dir == m_dir) refresh();
    Q_EMIT sweepProcessEnded(dir, errors);
    startNext();
}

void ExperimentsWindow::cancelJob(int id) {
    const QueuedSweep* job = m_queue.job(id);
    if (job && job->run && m_queue.cancel(id)) {  // a run that never started: its folder holds only its configuration
        QDir dir(job->sweepDir);
        dir.remove(QStringLiteral("queued-config.json"));
        dir.rmdir(dir.absolutePath());  // only when nothing else is in it
    } else if (!m_queue.cancel(id) && id == m_queue.running()) {
        m_launcher->stop();
        m_stopping = id;
        statusBar()->showMessage(m_queue.job(id)->run
                                     ? tr("Stopping the run; it keeps its last checkpoint, and Resume in the main window "
                                          "continues it")
                                     : tr("Stopping the sweep after its current trial's batch; Resume continues it"),
                                 6000);
    }
    m_queuePanel->showQueue(m_queue);
}

void ExperimentsWindow::promptOpenSweep() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Sweep Folder"), m_dir);
    if (!dir.isEmpty()) openSweep(dir);
}

}  // namespace ts
