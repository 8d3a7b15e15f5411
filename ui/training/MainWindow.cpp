#include "ui/training/MainWindow.h"
#include "ui/common/TextFormat.h"

#include "ui/charts/ChartPanel.h"
#include "ui/confusion/ClassMetricsModel.h"
#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/dataset/DatasetChooser.h"
#include "ui/dataset/DatasetPreviewDialog.h"
#include "ui/confusion/ConfusionPanel.h"
#include "ui/charts/CurveChart.h"
#include "ui/report/ReportExporter.h"
#include "ui/runs/CompareView.h"
#include "ui/evaluate/MistakesGallery.h"
#include "ui/runs/RunsPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>
#include <stdexcept>

namespace ts {

namespace {

const QString kOrganization = QStringLiteral("TrainScope");
const QString kApplication = QStringLiteral("TrainScope");

const QColor kTrainColor(0x1f, 0x77, 0xb4);  // blue
const QColor kValColor(0xff, 0x7f, 0x0e);    // orange
const QColor kLrColor(0x2c, 0xa0, 0x2c);     // green

constexpr int kSmoothingSteps = 99;          // slider 0..99 -> EMA weight 0..0.99
constexpr int kDefaultSmoothing = 90;  // per-batch losses are dense: a heavier default than TensorBoard's 0.6
constexpr int kProgressResolution = 1000;
constexpr double kRateWindowSec = 15.0;      // throughput window for the ETA
constexpr double kMinRateSpanSec = 1.0;
constexpr int kStatusTimeoutMs = 8000;
constexpr int kConfigPanelWidth = 300;
constexpr int kLrDecimals = 6;
constexpr double kMaxLr = 10.0;
constexpr int kMaxBatchSize = 65536;
constexpr int kMaxEpochs = 10000;
constexpr int kMaxThreads = 1024;
constexpr double kMaxValFraction = 0.9;
constexpr int kDefaultWidth = 1600;
constexpr int kDefaultHeight = 1000;
constexpr int kPanelCount = 5;                // Loss, Accuracy, Learning rate, Confusion matrix, Per-class metrics
constexpr int kChartsShare = 760;             // default dock sizes in pixels (Qt scales them to fit)
constexpr int kEvaluationShare = 540;
constexpr int kLossShare = 560;
constexpr int kLowerChartsShare = 340;
constexpr int kMatrixShare = 520;
constexpr int kTableShare = 380;
constexpr int kRunsDockHeight = 150;
constexpr double kLrJumpFraction = 0.01;      // a change of more than 1% after a flat stretch is marked

QSettings makeSettings() {
    return QSettings(kOrganization, kApplication);
}

/// "Start training (Ctrl+Return, F5)".
QString withShortcuts(const QString& text, const QList<QKeySequence>& keys) {
    QStringList parts;
    for (const QKeySequence& k : keys) parts << k.toString(QKeySequence::NativeText);
    return parts.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, parts.join(QStringLiteral(", ")));
}

/// "42s", "3m 05s", "1h 02m".
QString formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0.0) return QStringLiteral("–");
    const qint64 s = static_cast<qint64>(std::llround(seconds));
    if (s < 60) return QStringLiteral("%1s").arg(s);
    if (s < 3600) return QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

void selectData(QComboBox* combo, const QString& value) {
    const int index = combo->findData(value);
    if (index >= 0) combo->setCurrentIndex(index);
}

QString comboData(const QComboBox* combo) {
    return combo->currentData().toString();
}

QLabel* hintLabel(const QString& text = QString()) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(pal);
    return label;
}

/// Sets a status-bar label's text at a fixed size that grows with the text but never shrinks. Qt skips the
/// relayout for a widget of fixed size, so while the numbers tick only the label repaints; a label that
/// may resize makes the status bar and then the window relayout and repaint (three window updates).
void setGrowingText(QLabel* label, const QString& text) {
    if (label->text() == text) return;
    label->setText(text);
    const QSize hint = label->sizeHint();
    const QSize fixed(std::max(hint.width(), label->minimumWidth()), hint.height());
    if (label->minimumSize() != fixed || label->maximumSize() != fixed) label->setFixedSize(fixed);
}

/// Lets the status labels size to their text again (a new run, or none).
void resetGrowingWidths(std::initializer_list<QLabel*> labels) {
    for (QLabel* label : labels) {
        label->setMinimumSize(0, 0);
        label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    }
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TrainScope"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks);

    buildActions();
    buildMenus();
    buildConfigPanel();
    buildCentralArea();
    buildStatusBar();
    buildRunsDock();
    loadSettings();
    applyState(RunState::Idle);
    resetRunStatus();
    statusBar()->showMessage(tr("Open a data set folder to begin (Ctrl+O)"));
}

MainWindow::~MainWindow() = default;

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::buildActions() {
    QStyle* st = style();

    m_openAction = new QAction(st->standardIcon(QStyle::SP_DirOpenIcon), tr("&Open Dataset…"), this);
    m_openAction->setObjectName(QStringLiteral("openDatasetAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(withShortcuts(tr("Open a data set folder"), m_openAction->shortcuts()));
    m_openAction->setStatusTip(tr("Open a folder with IDX files (MNIST, Fashion-MNIST, …)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::promptOpenDataset);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_trainAction = new QAction(st->standardIcon(QStyle::SP_MediaPlay), tr("&Train"), this);
    m_trainAction->setObjectName(QStringLiteral("trainAction"));
    m_trainAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_F5),
                                 QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_trainAction->setToolTip(withShortcuts(tr("Start training with this configuration"),
                                            m_trainAction->shortcuts().mid(0, 2)));
    m_trainAction->setStatusTip(tr("Start training with the configuration on the left"));
    connect(m_trainAction, &QAction::triggered, this, &MainWindow::requestTrain);

    m_pauseAction = new QAction(this);
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::CTRL | Qt::Key_P)});
    connect(m_pauseAction, &QAction::triggered, this, &MainWindow::togglePause);

    m_stopAction = new QAction(st->standardIcon(QStyle::SP_MediaStop), tr("&Stop"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    m_stopAction->setToolTip(withShortcuts(tr("Stop training (the test set is still evaluated)"), m_stopAction->shortcuts()));
    m_stopAction->setStatusTip(tr("Stop training after the current batch"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::requestStop);

    m_aboutAction = new QAction(tr("&About TrainScope"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_exportAction = new QAction(tr("&Export Report…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save the run as an HTML or PDF report, or its metric history as CSV or JSON"));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportRun(m_currentRunDir); });
    m_runsFolderAction = new QAction(tr("&Runs Folder…"), this);
    m_runsFolderAction->setObjectName(QStringLiteral("runsFolderAction"));
    m_runsFolderAction->setStatusTip(tr("Choose the folder where runs are saved and listed (remembered; --runs-dir overrides it)"));
    connect(m_runsFolderAction, &QAction::triggered, this, &MainWindow::promptRunsFolder);

    // Evaluate mode opens its own window (the controller creates it); Ctrl+E already exports reports.
    m_evaluateAction = new QAction(tr("E&valuate Model…"), this);
    m_evaluateAction->setObjectName(QStringLiteral("evaluateModelAction"));
    m_evaluateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_evaluateAction->setToolTip(withShortcuts(tr("Evaluate a saved model (a run's checkpoint or a TorchScript file) "
                                                  "on new labelled data"),
                                               m_evaluateAction->shortcuts()));
    m_evaluateAction->setStatusTip(tr("Open the Evaluate window: accuracy against the run's test results, confusion "
                                      "matrix, calibration and drift"));
    connect(m_evaluateAction, &QAction::triggered, this, &MainWindow::evaluateWindowRequested);

    m_exporter = new ReportExporter(this);
    connect(m_exporter, &ReportExporter::finished, this, [this](const QString& path) {
        m_exportAction->setEnabled(!m_currentRunDir.isEmpty());
        statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
    });
    connect(m_exporter, &ReportExporter::failed, this, [this](const QString& message) {
        m_exportAction->setEnabled(!m_currentRunDir.isEmpty());
        statusBar()->showMessage(tr("Export failed"), kStatusTimeoutMs);
        showMessageBox(tr("Export Report"), tr("The report was not saved.\n\n%1").arg(message), true);
    });

    updateActionTexts();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Recent &Datasets"));
    m_recentMenu->setObjectName(QStringLiteral("recentDatasetsMenu"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        fillRecentDatasetsMenu(m_recentMenu, [this](const QString& path) { openDatasetPath(path); });
    });
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_runsFolderAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    training->addAction(m_trainAction);
    training->addAction(m_pauseAction);
    training->addAction(m_stopAction);
    training->setToolTipsVisible(true);

    QMenu* tools = menuBar()->addMenu(tr("T&ools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->setToolTipsVisible(true);
    tools->addAction(m_evaluateAction);

    // The View menu is filled once the dock exists (buildConfigPanel).
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::buildConfigPanel() {
    auto* panel = new QWidget();
    panel->setObjectName(QStringLiteral("configPanel"));
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(10);

    // Data set.
    auto* dataBox = new QGroupBox(tr("Data set"));
    dataBox->setObjectName(QStringLiteral("datasetGroup"));
    auto* dataLayout = new QVBoxLayout(dataBox);
    dataLayout->setSpacing(4);
    m_datasetName = new QLabel(tr("No data set loaded"));
    m_datasetName->setObjectName(QStringLiteral("datasetNameLabel"));
    QFont bold = m_datasetName->font();
    bold.setBold(true);
    m_datasetName->setFont(bold);
    m_datasetName->setWordWrap(true);
    m_datasetPath = hintLabel();
    m_datasetPath->setObjectName(QStringLiteral("datasetPathLabel"));
    m_datasetPath->setWordWrap(false);
    m_datasetPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_datasetSizes = hintLabel(tr("Choose a folder with train/test IDX files, or drop it on the window."));
    m_datasetSizes->setObjectName(QStringLiteral("datasetSizesLabel"));
    m_openButton = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open…"));
    m_openButton->setObjectName(QStringLiteral("openDatasetButton"));
    m_openButton->setToolTip(m_openAction->toolTip());
    connect(m_openButton, &QPushButton::clicked, m_openAction, &QAction::trigger);
    dataLayout->addWidget(m_datasetName);
    dataLayout->addWidget(m_datasetPath);
    dataLayout->addWidget(m_datasetSizes);
    auto* openRow = new QHBoxLayout();
    openRow->addStretch(1);
    openRow->addWidget(m_openButton);
    dataLayout->addLayout(openRow);
    column->addWidget(dataBox);

    // Everything below is locked while a run is in progress.
    m_form = new QWidget();
    m_form->setObjectName(QStringLiteral("configForm"));
    auto* formColumn = new QVBoxLayout(m_form);
    formColumn->setContentsMargins(0, 0, 0, 0);
    formColumn->setSpacing(10);

    const auto makeForm = [](QGroupBox* box) {
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->setHorizontalSpacing(8);
        form->setVerticalSpacing(6);
        return form;
    };

    // Model preset.
    auto* modelBox = new QGroupBox(tr("Model"));
    auto* modelForm = makeForm(modelBox);
    m_presetCombo = new QComboBox();
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    for (const std::string& name : presetNames()) {
        const QString qname = QString::fromStdString(name);
        m_presetCombo->addItem(qname, qname);
        m_presetCombo->setItemData(m_presetCombo->count() - 1, QString::fromStdString(presetDescription(name)),
                                   Qt::ToolTipRole);
    }
    m_presetDescription = hintLabel();
    m_presetDescription->setObjectName(QStringLiteral("presetDescriptionLabel"));
    modelForm->addRow(tr("Preset:"), m_presetCombo);
    modelForm->addRow(m_presetDescription);
    formColumn->addWidget(modelBox);

    // Optimizer and schedule.
    auto* optBox = new QGroupBox(tr("Optimizer"));
    auto* optForm = makeForm(optBox);
    m_optimizerCombo = new QComboBox();
    m_optimizerCombo->setObjectName(QStringLiteral("optimizerCombo"));
    m_optimizerCombo->addItem(tr("SGD"), QStringLiteral("sgd"));
    m_optimizerCombo->addItem(tr("Adam"), QStringLiteral("adam"));
    m_optimizerCombo->addItem(tr("AdamW"), QStringLiteral("adamw"));
    m_optimizerCombo->setToolTip(tr("SGD (with optional momentum), Adam, or AdamW (decoupled weight decay)"));
    m_lrSpin = new QDoubleSpinBox();
    m_lrSpin->setObjectName(QStringLiteral("lrSpin"));
    m_lrSpin->setDecimals(kLrDecimals);
    m_lrSpin->setRange(0.0, kMaxLr);
    m_lrSpin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_lrSpin->setToolTip(tr("Base learning rate (e.g. 0.001 for Adam, 0.01–0.1 for SGD)"));
    m_momentumSpin = new QDoubleSpinBox();
    m_momentumSpin->setObjectName(QStringLiteral("momentumSpin"));
    m_momentumSpin->setDecimals(3);
    m_momentumSpin->setRange(0.0, 0.999);
    m_momentumSpin->setSingleStep(0.05);
    m_momentumSpin->setToolTip(tr("SGD momentum (0 = plain SGD); ignored by Adam and AdamW"));
    m_weightDecaySpin = new QDoubleSpinBox();
    m_weightDecaySpin->setObjectName(QStringLiteral("weightDecaySpin"));
    m_weightDecaySpin->setDecimals(kLrDecimals);
    m_weightDecaySpin->setRange(0.0, 1.0);
    m_weightDecaySpin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_weightDecaySpin->setToolTip(tr("L2 penalty (SGD, Adam) or decoupled weight decay (AdamW)"));
    m_scheduleCombo = new QComboBox();
    m_scheduleCombo->setObjectName(QStringLiteral("scheduleCombo"));
    m_scheduleCombo->addItem(tr("Constant"), QStringLiteral("constant"));
    m_scheduleCombo->addItem(tr("Step decay"), QStringLiteral("step"));
    m_scheduleCombo->addItem(tr("Cosine"), QStringLiteral("cosine"));
    m_scheduleCombo->setToolTip(tr("How the learning rate changes during training"));
    m_stepEpochsSpin = new QSpinBox();
    m_stepEpochsSpin->setObjectName(QStringLiteral("stepEpochsSpin"));
    m_stepEpochsSpin->setRange(1, kMaxEpochs);
    m_stepEpochsSpin->setSuffix(tr(" epochs"));
    m_stepEpochsSpin->setToolTip(tr("Step schedule: multiply the learning rate by gamma this often"));
    m_stepGammaSpin = new QDoubleSpinBox();
    m_stepGammaSpin->setObjectName(QStringLiteral("stepGammaSpin"));
    m_stepGammaSpin->setDecimals(3);
    m_stepGammaSpin->setRange(0.001, 1.0);
    m_stepGammaSpin->setSingleStep(0.05);
    m_stepGammaSpin->setToolTip(tr("Step schedule: factor applied at every step"));
    optForm->addRow(tr("Optimizer:"), m_optimizerCombo);
    optForm->addRow(tr("Learning rate:"), m_lrSpin);
    optForm->addRow(tr("Momentum:"), m_momentumSpin);
    optForm->addRow(tr("Weight decay:"), m_weightDecaySpin);
    optForm->addRow(tr("LR schedule:"), m_scheduleCombo);
    optForm->addRow(tr("Decay every:"), m_stepEpochsSpin);
    optForm->addRow(tr("Decay gamma:"), m_stepGammaSpin);
    formColumn->addWidget(optBox);

    // Run.
    auto* runBox = new QGroupBox(tr("Run"));
    auto* runForm = makeForm(runBox);
    m_epochsSpin = new QSpinBox();
    m_epochsSpin->setObjectName(QStringLiteral("epochsSpin"));
    m_epochsSpin->setRange(1, kMaxEpochs);
    m_epochsSpin->setToolTip(tr("Number of passes over the training set"));
    m_batchSizeSpin = new QSpinBox();
    m_batchSizeSpin->setObjectName(QStringLiteral("batchSizeSpin"));
    m_batchSizeSpin->setRange(1, kMaxBatchSize);
    m_batchSizeSpin->setToolTip(tr("Samples per optimizer step"));
    m_valFractionSpin = new QDoubleSpinBox();
    m_valFractionSpin->setObjectName(QStringLiteral("valFractionSpin"));
    m_valFractionSpin->setDecimals(2);
    m_valFractionSpin->setRange(0.0, kMaxValFraction);
    m_valFractionSpin->setSingleStep(0.05);
    m_valFractionSpin->setToolTip(tr("Fraction of the training set held out for validation (0 = none)"));
    m_deviceCombo = new QComboBox();
    m_deviceCombo->setObjectName(QStringLiteral("deviceCombo"));
    m_deviceCombo->addItem(tr("Auto"), QStringLiteral("auto"));
    m_deviceCombo->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_deviceCombo->addItem(tr("CUDA"), QStringLiteral("cuda"));
    m_deviceCombo->setToolTip(tr("Auto uses CUDA when available, else the CPU"));
    m_threadsSpin = new QSpinBox();
    m_threadsSpin->setObjectName(QStringLiteral("threadsSpin"));
    m_threadsSpin->setRange(0, kMaxThreads);
    m_threadsSpin->setSpecialValueText(tr("auto"));
    m_threadsSpin->setToolTip(tr("CPU threads for tensor operations (auto = pick automatically)"));
    m_seedSpin = new QSpinBox();
    m_seedSpin->setObjectName(QStringLiteral("seedSpin"));
    m_seedSpin->setRange(0, INT_MAX);
    m_seedSpin->setToolTip(tr("Random seed for weight initialization, shuffling and the validation split"));
    runForm->addRow(tr("Epochs:"), m_epochsSpin);
    runForm->addRow(tr("Batch size:"), m_batchSizeSpin);
    runForm->addRow(tr("Validation split:"), m_valFractionSpin);
    runForm->addRow(tr("Device:"), m_deviceCombo);
    runForm->addRow(tr("Threads:"), m_threadsSpin);
    runForm->addRow(tr("Seed:"), m_seedSpin);
    m_patienceSpin = new QSpinBox();
    m_patienceSpin->setObjectName(QStringLiteral("patienceSpin"));
    m_patienceSpin->setRange(0, kMaxEpochs);
    m_patienceSpin->setSpecialValueText(tr("off"));
    m_patienceSpin->setSuffix(tr(" epochs"));
    m_patienceSpin->setToolTip(tr("Early stopping: stop after this many epochs without a lower validation loss, "
                                  "and keep the best weights (off = train every epoch)"));
    runForm->addRow(tr("Early stop:"), m_patienceSpin);
    formColumn->addWidget(runBox);
    column->addWidget(m_form);

    // Run controls.
    const auto makeButton = [](QAction* action, const QString& name) {
        auto* button = new QToolButton();
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(30);
        return button;
    };
    m_trainButton = makeButton(m_trainAction, QStringLiteral("trainButton"));
    m_pauseButton = makeButton(m_pauseAction, QStringLiteral("pauseButton"));
    m_stopButton = makeButton(m_stopAction, QStringLiteral("stopButton"));
    QFont trainFont = m_trainButton->font();
    trainFont.setBold(true);
    m_trainButton->setFont(trainFont);
    column->addStretch(1);

    auto* scroll = new QScrollArea();
    scroll->setObjectName(QStringLiteral("configScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The run buttons stay visible below the (possibly scrolled) form.
    auto* dockContent = new QWidget();
    auto* dockLayout = new QVBoxLayout(dockContent);
    dockLayout->setContentsMargins(0, 0, 0, 8);
    dockLayout->setSpacing(4);
    dockLayout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout();
    buttons->setContentsMargins(8, 0, 8, 0);
    buttons->setSpacing(6);
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);
    dockLayout->addLayout(buttons);

    auto* dock = new QDockWidget(tr("Configuration"), this);
    dock->setObjectName(QStringLiteral("configDock"));
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    dock->setWidget(dockContent);
    dock->setMinimumWidth(kConfigPanelWidth);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setText(tr("&Configuration panel"));
        view->addAction(toggle);
    }

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this]() {
        const QString preset = comboData(m_presetCombo);
        const QString description = QString::fromStdString(presetDescription(preset.toStdString()));
        m_presetDescription->setText(description);
        m_presetCombo->setToolTip(description);
        if (!m_fillingForm) fillFormFromPreset(preset);
    });
    connect(m_optimizerCombo, &QComboBox::currentIndexChanged, this, &MainWindow::updateDependentFields);
    connect(m_scheduleCombo, &QComboBox::currentIndexChanged, this, &MainWindow::updateDependentFields);
}

void MainWindow::buildCentralArea() {
    // Loss chart with its smoothing slider.
    m_lossChart = new CurveChart(tr("Loss"));
    m_lossChart->setObjectName(QStringLiteral("lossChart"));
    m_lossChart->setAxisTitles(tr("step"), tr("loss"));
    m_lossChart->setIntegerX(true);
    m_lossChart->setTimeline(&m_timeline);
    m_lossRaw = m_lossChart->addSeries(tr("train loss (batch)"), kTrainColor, CurveChart::SeriesStyle::FaintLine);
    m_lossSmoothed = m_lossChart->addSeries(tr("train loss (smoothed)"), kTrainColor, CurveChart::SeriesStyle::Line);
    m_lossVal = m_lossChart->addSeries(tr("val loss (epoch)"), kValColor, CurveChart::SeriesStyle::LineWithMarkers);
    m_lossChart->setSmoothedSource(m_lossSmoothed, m_lossRaw);

    m_smoothingSlider = new QSlider(Qt::Horizontal);
    m_smoothingSlider->setObjectName(QStringLiteral("smoothingSlider"));
    m_smoothingSlider->setRange(0, kSmoothingSteps);
    m_smoothingSlider->setValue(kDefaultSmoothing);
    m_smoothingSlider->setMaximumWidth(220);
    m_smoothingSlider->setToolTip(tr("Exponential moving average of the batch loss (debiased); 0 = raw"));
    m_smoothingValue = new QLabel();
    m_smoothingValue->setObjectName(QStringLiteral("smoothingValueLabel"));
    m_smoothingValue->setMinimumWidth(m_smoothingValue->fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 4);
    const auto applySmoothing = [this](int value) {
        const double weight = double(value) / 100.0;
        m_smoothingValue->setText(QString::number(weight, 'f', 2));
        m_lossChart->setSmoothing(weight);
    };
    connect(m_smoothingSlider, &QSlider::valueChanged, this, applySmoothing);
    applySmoothing(m_smoothingSlider->value());

    auto* smoothing = new QWidget();
    auto* smoothingRow = new QHBoxLayout(smoothing);
    smoothingRow->setContentsMargins(0, 0, 0, 0);
    auto* smoothingLabel = new QLabel(tr("Smoothing:"));
    smoothingLabel->setToolTip(m_smoothingSlider->toolTip());
    smoothingRow->addWidget(smoothingLabel);
    smoothingRow->addWidget(m_smoothingSlider);
    smoothingRow->addWidget(m_smoothingValue);
    auto* lossPanel = new ChartPanel(m_lossChart);
    lossPanel->addToolWidget(smoothing);
    lossPanel->setSmoothingModeVisible(true);

    // Accuracy (x = epoch) and learning rate (x = step); every chart can show steps, epochs or time.
    m_accuracyChart = new CurveChart(tr("Accuracy"));
    m_accuracyChart->setObjectName(QStringLiteral("accuracyChart"));
    m_accuracyChart->setAxisTitles(tr("epoch"), tr("accuracy (%)"));
    m_accuracyChart->setIntegerX(true);
    m_accuracyChart->setYBounds(0.0, 100.0);
    m_accuracyChart->setTimeline(&m_timeline);
    m_accuracyChart->setNativeXKind(XAxisKind::Epoch);
    m_accTrain = m_accuracyChart->addSeries(tr("train accuracy"), kTrainColor, CurveChart::SeriesStyle::LineWithMarkers);
    m_accVal = m_accuracyChart->addSeries(tr("val accuracy"), kValColor, CurveChart::SeriesStyle::LineWithMarkers);

    m_lrChart = new CurveChart(tr("Learning rate"));
    m_lrChart->setObjectName(QStringLiteral("lrChart"));
    m_lrChart->setAxisTitles(tr("step"), tr("learning rate"));
    m_lrChart->setIntegerX(true);
    m_lrChart->setTimeline(&m_timeline);
    m_lrSeries = m_lrChart->addSeries(tr("learning rate"), kLrColor, CurveChart::SeriesStyle::Line);
    m_lrChart->setSmoothCurve(m_lrSeries, true);
    auto* accuracyPanel = new ChartPanel(m_accuracyChart);
    auto* lrPanel = new ChartPanel(m_lrChart);

    // Evaluation: the confusion panel (matrix, options, epoch slider) and the per-class table.
    m_evalSource = new QLabel();
    m_evalSource->setObjectName(QStringLiteral("evaluationSourceLabel"));
    QFont bold = m_evalSource->font();
    bold.setBold(true);
    m_evalSource->setFont(bold);
    m_evalSource->setToolTip(tr("The set the confusion matrix and the table below were computed on"));
    m_confusionPanel = new ConfusionPanel();
    m_confusionPanel->setObjectName(QStringLiteral("confusionPanel"));
    m_confusion = m_confusionPanel->view();
    m_normalizeBox = m_confusionPanel->normalizeCheckBox();

    m_metricsModel = new ClassMetricsModel(this);
    m_metricsView = new QTableView();
    m_metricsView->setObjectName(QStringLiteral("metricsTable"));
    m_metricsView->setModel(m_metricsModel);
    m_metricsView->verticalHeader()->hide();
    m_metricsView->verticalHeader()->setDefaultSectionSize(m_metricsView->fontMetrics().height() + 6);
    m_metricsView->setAlternatingRowColors(true);
    m_metricsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metricsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metricsView->setWordWrap(false);
    QHeaderView* header = m_metricsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClassMetricsModel::ClassColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_metricsView->setToolTip(tr("Per-class precision, recall, F1 and support"));
    m_evalSummary = new QLabel();
    m_evalSummary->setObjectName(QStringLiteral("evaluationSummaryLabel"));
    m_evalSummary->setWordWrap(true);
    m_evalSummary->setToolTip(tr("Accuracy, macro-averaged F1 and support-weighted F1 of the set shown"));

    auto* tablePanel = new QWidget();
    auto* tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(8, 4, 8, 4);
    tableLayout->setSpacing(4);
    auto* sourceRow = new QHBoxLayout();
    sourceRow->addWidget(m_evalSource);
    sourceRow->addStretch(1);
    tableLayout->addLayout(sourceRow);
    tableLayout->addWidget(m_evalSummary);
    tableLayout->addWidget(m_metricsView, 1);

    // The table follows the evaluation the confusion panel shows (scrubbing moves both).
    connect(m_confusionPanel, &ConfusionPanel::snapshotShown, this, [this](int index) {
        const EvalMetrics& metrics = m_confusionPanel->snapshotMetrics(index);
        m_metricsModel->setMetrics(metrics);
        m_evalSource->setText(m_confusionPanel->snapshotLabel(index));
        m_evalSummary->setText(tr("Accuracy %1 % · macro F1 %2 · weighted F1 %3 · loss %4")
                                   .arg(100.0 * metrics.accuracy, 0, 'f', 1)
                                   .arg(metrics.macro.f1, 0, 'f', 3)
                                   .arg(metrics.weighted.f1, 0, 'f', 3)
                                   .arg(metrics.loss, 0, 'f', 4));
    });

    // Clicking a cell lists the samples behind it (the mistakes gallery).
    connect(m_confusionPanel, &ConfusionPanel::cellActivated, this, &MainWindow::openMistakesGallery);

    // Every panel is a dock widget: drag to rearrange, split or tab them; the layout is saved on close.
    const auto makeDock = [this](const QString& title, const QString& name, QWidget* content) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        dock->setWidget(content);
        m_panelDocks.append(dock);
        return dock;
    };
    makeDock(tr("Loss"), QStringLiteral("lossDock"), lossPanel);
    makeDock(tr("Accuracy"), QStringLiteral("accuracyDock"), accuracyPanel);
    makeDock(tr("Learning rate"), QStringLiteral("lrDock"), lrPanel);
    makeDock(tr("Confusion matrix"), QStringLiteral("confusionDock"), m_confusionPanel);
    makeDock(tr("Per-class metrics"), QStringLiteral("metricsDock"), tablePanel);
    setDockOptions(dockOptions() | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
    arrangePanels();

    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        for (QDockWidget* dock : std::as_const(m_panelDocks)) view->addAction(dock->toggleViewAction());
        view->addSeparator();
        QAction* reset = view->addAction(tr("&Reset layout"));
        reset->setObjectName(QStringLiteral("resetLayoutAction"));
        reset->setStatusTip(tr("Put every panel back where it started"));
        connect(reset, &QAction::triggered, this, &MainWindow::arrangePanels);
    }
}

void MainWindow::arrangePanels() {
    if (m_panelDocks.size() != kPanelCount) return;
    QDockWidget* loss = m_panelDocks[0];
    QDockWidget* accuracy = m_panelDocks[1];
    QDockWidget* lr = m_panelDocks[2];
    QDockWidget* confusion = m_panelDocks[3];
    QDockWidget* metrics = m_panelDocks[4];
    if (auto* config = findChild<QDockWidget*>(QStringLiteral("configDock"))) {
        config->setFloating(false);
        addDockWidget(Qt::LeftDockWidgetArea, config);
        config->show();
    }
    for (QDockWidget* dock : std::as_const(m_panelDocks)) {
        dock->setFloating(false);
        removeDockWidget(dock);
    }
    // Charts on the left of the right area (loss above accuracy | LR), evaluation on the right.
    addDockWidget(Qt::RightDockWidgetArea, loss);
    splitDockWidget(loss, confusion, Qt::Horizontal);
    splitDockWidget(loss, accuracy, Qt::Vertical);
    splitDockWidget(accuracy, lr, Qt::Horizontal);
    splitDockWidget(confusion, metrics, Qt::Vertical);
    for (QDockWidget* dock : std::as_const(m_panelDocks)) dock->show();
    resizeDocks({loss, confusion}, {kChartsShare, kEvaluationShare}, Qt::Horizontal);
    resizeDocks({loss, accuracy}, {kLossShare, kLowerChartsShare}, Qt::Vertical);
    resizeDocks({confusion, metrics}, {kMatrixShare, kTableShare}, Qt::Vertical);
    if (m_runsDock) {
        m_runsDock->setFloating(false);
        addDockWidget(Qt::BottomDockWidgetArea, m_runsDock);
        m_runsDock->show();
        resizeDocks({m_runsDock}, {kRunsDockHeight}, Qt::Vertical);
    }
}

void MainWindow::buildStatusBar() {
    const auto permanent = [this](const QString& name, const QString& tip) {
        auto* label = new QLabel();
        label->setObjectName(name);
        label->setToolTip(tip);
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_deviceLabel = permanent(QStringLiteral("deviceLabel"), tr("Device and CPU threads of the current run"));
    m_progressLabel = permanent(QStringLiteral("progressLabel"), tr("Current epoch and global step"));
    m_throughputLabel = permanent(QStringLiteral("throughputLabel"), tr("Training throughput"));
    m_etaLabel = permanent(QStringLiteral("etaLabel"), tr("Estimated time left, from the recent throughput"));
    m_progressBar = new QProgressBar();
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, kProgressResolution);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(true);
    m_progressBar->setFixedWidth(180);
    m_progressBar->setToolTip(tr("Progress over all epochs"));
    statusBar()->addPermanentWidget(m_progressBar);
}

// ---------------------------------------------------------------------------------------------
// Accessors

TrainConfig MainWindow::config() const {
    TrainConfig c = m_baseConfig;
    c.preset = comboData(m_presetCombo).toStdString();
    c.optimizer = comboData(m_optimizerCombo).toStdString();
    c.lr = m_lrSpin->value();
    c.momentum = m_momentumSpin->value();
    c.weightDecay = m_weightDecaySpin->value();
    c.schedule = comboData(m_scheduleCombo).toStdString();
    c.stepEpochs = m_stepEpochsSpin->value();
    c.stepGamma = m_stepGammaSpin->value();
    c.epochs = m_epochsSpin->value();
    c.batchSize = m_batchSizeSpin->value();
    c.valFraction = m_valFractionSpin->value();
    c.device = comboData(m_deviceCombo).toStdString();
    c.threads = m_threadsSpin->value();
    c.seed = static_cast<uint64_t>(m_seedSpin->value());
    c.earlyStopPatience = m_patienceSpin->value();
    return c;
}

MainWindow::RunState MainWindow::runState() const { return m_state; }
bool MainWindow::hasDataset() const { return m_datasetLoaded; }
CurveChart* MainWindow::lossChart() const { return m_lossChart; }
CurveChart* MainWindow::accuracyChart() const { return m_accuracyChart; }
CurveChart* MainWindow::lrChart() const { return m_lrChart; }
ConfusionMatrixView* MainWindow::confusionView() const { return m_confusion; }
ConfusionPanel* MainWindow::confusionPanel() const { return m_confusionPanel; }
const RunTimeline& MainWindow::timeline() const { return m_timeline; }
ClassMetricsModel* MainWindow::metricsModel() const { return m_metricsModel; }
QTableView* MainWindow::metricsView() const { return m_metricsView; }
QAction* MainWindow::openDatasetAction() const { return m_openAction; }
QAction* MainWindow::trainAction() const { return m_trainAction; }
QAction* MainWindow::pauseAction() const { return m_pauseAction; }
QAction* MainWindow::stopAction() const { return m_stopAction; }
QSlider* MainWindow::smoothingSlider() const { return m_smoothingSlider; }
QCheckBox* MainWindow::normalizeCheckBox() const { return m_normalizeBox; }
QLabel* MainWindow::evaluationSourceLabel() const { return m_evalSource; }
QString MainWindow::progressText() const { return m_progressLabel->text(); }
QString MainWindow::etaText() const { return m_etaLabel->text(); }
QProgressBar* MainWindow::progressBar() const { return m_progressBar; }

QString MainWindow::lastDatasetPath() const {
    if (!m_datasetDir.isEmpty()) return m_datasetDir;
    return makeSettings().value(QStringLiteral("lastDatasetDir")).toString();
}

// ---------------------------------------------------------------------------------------------
// Form

void MainWindow::setConfig(const ts::TrainConfig& cfg) {
    m_fillingForm = true;
    m_baseConfig = cfg;
    selectData(m_presetCombo, QString::fromStdString(cfg.preset));
    selectData(m_optimizerCombo, QString::fromStdString(cfg.optimizer));
    m_lrSpin->setValue(cfg.lr);
    m_momentumSpin->setValue(cfg.momentum);
    m_weightDecaySpin->setValue(cfg.weightDecay);
    selectData(m_scheduleCombo, QString::fromStdString(cfg.schedule));
    m_stepEpochsSpin->setValue(cfg.stepEpochs);
    m_stepGammaSpin->setValue(cfg.stepGamma);
    m_epochsSpin->setValue(cfg.epochs);
    m_batchSizeSpin->setValue(cfg.batchSize);
    m_valFractionSpin->setValue(cfg.valFraction);
    selectData(m_deviceCombo, QString::fromStdString(cfg.device));
    m_threadsSpin->setValue(cfg.threads);
    m_seedSpin->setValue(static_cast<int>(std::min<uint64_t>(cfg.seed, static_cast<uint64_t>(INT_MAX))));
    m_patienceSpin->setValue(cfg.earlyStopPatience);
    m_fillingForm = false;
    updateDependentFields();
}

void MainWindow::fillFormFromPreset(const QString& preset) {
    TrainConfig cfg;
    try {
        cfg = presetConfig(preset.toStdString());
    } catch (const std::exception& e) {
        statusBar()->showMessage(tr("Unknown preset: %1").arg(QString::fromUtf8(e.what())), kStatusTimeoutMs);
        return;
    }
    // Device and threads describe this machine, not the model: keep the user's choice.
    const TrainConfig current = config();
    cfg.device = current.device;
    cfg.threads = current.threads;
    setConfig(cfg);
    statusBar()->showMessage(tr("Preset “%1” loaded").arg(preset), kStatusTimeoutMs);
}

void MainWindow::updateDependentFields() {
    m_momentumSpin->setEnabled(comboData(m_optimizerCombo) == QLatin1String("sgd"));
    const bool step = comboData(m_scheduleCombo) == QLatin1String("step");
    m_stepEpochsSpin->setEnabled(step);
    m_stepGammaSpin->setEnabled(step);
}

// ---------------------------------------------------------------------------------------------
// State and user requests

void MainWindow::applyState(RunState state) {
    m_state = state;
    const bool idle = state == RunState::Idle;
    m_trainAction->setEnabled(idle && m_datasetLoaded);
    m_pauseAction->setEnabled(!idle && !m_stopping);
    m_stopAction->setEnabled(!idle && !m_stopping);
    m_openAction->setEnabled(idle);
    m_openButton->setEnabled(idle);
    m_form->setEnabled(idle);
    updateActionTexts();
}

void MainWindow::updateActionTexts() {
    const bool paused = m_state == RunState::Paused;
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_pauseAction->setToolTip(withShortcuts(paused ? tr("Resume training") : tr("Pause training"),
                                            m_pauseAction->shortcuts()));
    m_pauseAction->setStatusTip(paused ? tr("Continue the paused run") : tr("Pause after the current batch"));
}

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
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    makeSettings().setValue(QStringLiteral("lastDatasetDir"), folder);  // the file dialog starts here next time
    statusBar()->showMessage(tr("Loading %1…").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    // The split, image size and colour chosen last time; the preview's Options group can change them.
    Q_EMIT previewDatasetRequested(info.absoluteFilePath(), DatasetPreviewDialog::rememberedLoadOptions());
}

void MainWindow::onDatasetPreview(const ts::DatasetPreview& preview) {
    if (m_stalePreviewReplies > 0) {  // a reload whose dialog was closed meanwhile
        --m_stalePreviewReplies;
        return;
    }
    if (m_previewDialog && m_previewDialog->isReloading()) {
        m_previewDialog->showPreview(preview);
        statusBar()->showMessage(tr("Preview of %1 reloaded").arg(QString::fromStdString(preview.name)), kStatusTimeoutMs);
        return;
    }
    auto* dialog = new DatasetPreviewDialog(preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_previewDialog = dialog;
    const QString path = QFile::decodeName(preview.path.c_str());  // the worker encoded it with encodeName
    connect(dialog, &DatasetPreviewDialog::reloadRequested, this, [this, path](const ts::LoadOptions& options) {
        statusBar()->showMessage(tr("Reloading %1…").arg(QDir::toNativeSeparators(path)));
        Q_EMIT previewDatasetRequested(path, options);
    });
    connect(dialog, &QDialog::accepted, this, &MainWindow::previewAccepted);
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (dialog->isReloading()) ++m_stalePreviewReplies;
        statusBar()->showMessage(tr("Data set not used"), kStatusTimeoutMs);
        Q_EMIT previewRejected();
    });
    statusBar()->showMessage(tr("Preview of %1").arg(QString::fromStdString(preview.name)));
    dialog->open();
}

void MainWindow::requestTrain() {
    if (m_state != RunState::Idle || !m_datasetLoaded) return;
    const TrainConfig cfg = config();
    const std::string problem = validateConfig(cfg);
    if (!problem.empty()) {
        const QString text = QString::fromStdString(problem);
        statusBar()->showMessage(tr("Invalid configuration: %1").arg(text), kStatusTimeoutMs);
        showMessageBox(tr("Invalid configuration"), text, true);
        return;
    }
    saveSettings();
    statusBar()->showMessage(tr("Starting training…"));
    Q_EMIT trainRequested(cfg);
}

void MainWindow::togglePause() {
    if (m_state == RunState::Running) {
        applyState(RunState::Paused);
        addEventMarker(static_cast<double>(m_lastStep), ChartEventKind::Pause, tr("Paused by the user at step %1").arg(m_lastStep));
        statusBar()->showMessage(tr("Paused — press Space or Ctrl+P to resume"));
        Q_EMIT pauseRequested(true);
    } else if (m_state == RunState::Paused) {
        applyState(RunState::Running);
        addEventMarker(static_cast<double>(m_lastStep), ChartEventKind::Resume, tr("Resumed at step %1").arg(m_lastStep));
        statusBar()->showMessage(tr("Resumed"), kStatusTimeoutMs);
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

void MainWindow::showMessageBox(const QString& title, const QString& text, bool warning) {
    if (m_messageBox) m_messageBox->close();
    auto* box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_messageBox = box;
    box->open();  // non-blocking: worker signals keep flowing and tests never hang
}

// ---------------------------------------------------------------------------------------------
// Controller slots

void MainWindow::onDatasetLoaded(const ts::DatasetInfo& info) {
    m_datasetLoaded = true;
    const QString path = QString::fromStdString(info.path);
    if (!path.isEmpty()) {
        m_datasetDir = path;
        makeSettings().setValue(QStringLiteral("lastDatasetDir"), path);
        addRecentDataset(path);
    }
    QString name = QString::fromStdString(info.name);
    if (name.isEmpty()) name = QFileInfo(path).fileName();
    m_datasetName->setText(name);
    const QString nativePath = QDir::toNativeSeparators(path);
    m_datasetPath->setText(m_datasetPath->fontMetrics().elidedText(nativePath, Qt::ElideMiddle, kConfigPanelWidth - 40));
    m_datasetPath->setToolTip(nativePath);
    QString sizes = tr("train %1 · val %2 · test %3")
                        .arg(grouped(info.trainCount), grouped(info.valCount), grouped(info.testCount));
    QStringList details;
    if (!info.classNames.empty()) details << tr("%n classes", nullptr, static_cast<int>(info.classNames.size()));
    if (info.height > 0 && info.width > 0)
        details << QStringLiteral("%1×%2×%3").arg(info.channels).arg(info.height).arg(info.width);
    if (!info.format.empty()) details << QString::fromStdString(info.format);
    if (!details.isEmpty()) sizes += QLatin1Char('\n') + details.join(QStringLiteral(" · "));
    m_datasetSizes->setText(sizes);
    setWindowTitle(tr("%1 — TrainScope").arg(name));
    applyState(m_state);
    statusBar()->showMessage(tr("Loaded %1 — press F5 or Ctrl+Return to train").arg(name));
}

void MainWindow::onDatasetFailed(const QString& message) {
    if (m_stalePreviewReplies > 0) {  // a reload whose dialog was closed meanwhile
        --m_stalePreviewReplies;
        return;
    }
    if (m_previewDialog && m_previewDialog->isReloading()) {  // the preview shows it next to its options
        m_previewDialog->reloadFailed(message);
        statusBar()->showMessage(tr("Could not reload the data set"), kStatusTimeoutMs);
        return;
    }
    statusBar()->showMessage(tr("Could not load the data set: %1").arg(message));
    showMessageBox(tr("Could not load the data set"), message, true);
    applyState(m_state);
}

void MainWindow::clearRunViews() {
    m_lossChart->clear();
    m_accuracyChart->clear();
    m_lrChart->clear();
    m_confusionPanel->clear();
    m_evalPredictions.clear();
    // Predictions of a live run index the data set loaded now; showRun names the run's own.
    m_predictionsDataHash = m_datasetSamples ? m_datasetSamples->contentHash : std::string();
    m_predictionsDataPath = m_datasetSamples ? QString::fromStdString(m_datasetSamples->path) : QString();
    m_timeline.clear();
    m_lastStep = 0;
    m_lastLr = -1.0;
    m_lrWasFlat = false;
    m_metricsModel->clear();
    m_evalSummary->clear();
    m_evalSource->setText(tr("No evaluation yet"));
}

void MainWindow::onTrainingStarted(const QString& device, int threads, qint64 batchesPerEpoch) {
    clearRunViews();

    const TrainConfig cfg = config();
    m_batchesPerEpoch = batchesPerEpoch;
    m_runEpochs = cfg.epochs;
    m_runBatchSize = cfg.batchSize;
    m_epochsDone = 0;
    m_evalSecondsTotal = 0.0;
    m_rateWindow.clear();
    m_stopping = false;

    QString deviceText = device;
    if (threads == 1) deviceText += tr(" · 1 thread");
    else if (threads > 1) deviceText += tr(" · %1 threads").arg(threads);
    m_deviceLabel->setText(deviceText);
    resetGrowingWidths({m_progressLabel, m_throughputLabel, m_etaLabel});
    m_progressLabel->setText(tr("Epoch 1/%1 · step 0/%2").arg(m_runEpochs).arg(m_batchesPerEpoch * m_runEpochs));
    m_throughputLabel->clear();
    m_etaLabel->setText(tr("ETA –"));
    m_progressBar->setValue(0);
    applyState(RunState::Running);
    statusBar()->showMessage(tr("Training on %1").arg(device));
}

void MainWindow::onBatches(const QVector<ts::BatchMetrics>& batches) {
    if (batches.isEmpty()) return;
    QVector<QPointF> loss;
    QVector<QPointF> lr;
    loss.reserve(batches.size());
    lr.reserve(batches.size());
    for (const BatchMetrics& b : batches) {
        const double x = static_cast<double>(b.step);
        loss.append(QPointF(x, b.loss));
        lr.append(QPointF(x, b.lr));
        // Timeline knots at epoch ends and at the ends of each delivery (every ~50 ms) are enough for the axes.
        if (b.batch == b.batchesPerEpoch || &b == &batches.back()) {
            const double epochPos = b.batchesPerEpoch > 0 ? (b.epoch - 1) + double(b.batch) / b.batchesPerEpoch : b.epoch;
            m_timeline.add(x, epochPos, b.elapsedSec);
        }
        // A learning rate that was flat and then jumps (step schedule, manual change) gets a marker;
        // a cosine schedule changes a little every step and gets none.
        if (m_lastLr > 0.0 && m_lrWasFlat && std::fabs(b.lr - m_lastLr) > kLrJumpFraction * m_lastLr) {
            const QString text = tr("Learning rate %1 → %2").arg(m_lastLr, 0, 'g', 4).arg(b.lr, 0, 'g', 4);
            m_lossChart->addEventMarker(x, CurveChart::EventKind::LrChange, text);
            m_lrChart->addEventMarker(x, CurveChart::EventKind::LrChange, text);
        }
        m_lrWasFlat = m_lastLr > 0.0 && std::fabs(b.lr - m_lastLr) <= 1e-12 * std::fabs(m_lastLr);
        m_lastLr = b.lr;
    }
    m_lastStep = batches.back().step;
    m_lossChart->appendPoints(m_lossRaw, loss);
    m_lrChart->appendPoints(m_lrSeries, lr);
    for (CurveChart* chart : {m_lossChart, m_accuracyChart, m_lrChart}) chart->timelineChanged();
    const BatchMetrics& last = batches.back();
    if (last.batchesPerEpoch > 0) m_batchesPerEpoch = last.batchesPerEpoch;
    // The status bar shows the newest batch at most every kStatusRefreshMs: each change of its text costs
    // a window update, and batches arrive 20 times a second.
    m_pendingProgress = last;
    m_progressPending = true;
    const qint64 since = m_progressClock.isValid() ? m_progressClock.elapsed() : kStatusRefreshMs;
    if (since >= kStatusRefreshMs) {
        flushProgress();
    } else if (!m_progressFlushScheduled) {
        m_progressFlushScheduled = true;
        QTimer::singleShot(int(kStatusRefreshMs - since), this, [this] {
            m_progressFlushScheduled = false;
            flushProgress();
        });
    }
}

void MainWindow::flushProgress() {
    if (!m_progressPending) return;
    m_progressPending = false;
    m_progressClock.start();
    const BatchMetrics& b = m_pendingProgress;
    updateProgress(b.epoch, b.step, b.samplesPerSec, b.elapsedSec);
}

void MainWindow::onEpoch(const ts::EpochMetrics& m) {
    if (m.epochs > 0) m_runEpochs = m.epochs;
    m_epochsDone = m.epoch;
    m_evalSecondsTotal += m.evalSeconds;

    const double epoch = static_cast<double>(m.epoch);
    m_accuracyChart->appendPoint(m_accTrain, QPointF(epoch, 100.0 * m.trainAccuracy));
    const bool isTest = m.valSetName == "test";
    if (!m.val.empty() && !m.valPredictions.empty())  // kept for the mistakes gallery of this epoch's matrix
        m_evalPredictions.insert(m.epoch, {std::make_shared<const std::vector<Prediction>>(m.valPredictions),
                                           m.valSplit.empty() ? (isTest ? "test" : "val") : m.valSplit});
    if (!m.val.empty()) {
        m_lossChart->appendPoint(m_lossVal, QPointF(static_cast<double>(m.step), m.val.loss));
        m_accuracyChart->appendPoint(m_accVal, QPointF(epoch, 100.0 * m.val.accuracy));
        showEvaluation(m.val, isTest ? tr("Test set, epoch %1").arg(m.epoch) : tr("Validation, epoch %1").arg(m.epoch),
                       m.epoch);
    }
    QString boundary = tr("Epoch %1 ended: train loss %2").arg(m.epoch).arg(m.trainLoss, 0, 'g', 4);
    if (!m.val.empty()) boundary += tr(", %1 accuracy %2 %").arg(isTest ? tr("test") : tr("val")).arg(100.0 * m.val.accuracy, 0, 'f', 2);
    m_lossChart->addEventMarker(static_cast<double>(m.step), CurveChart::EventKind::EpochBoundary, boundary);
    m_lrChart->addEventMarker(static_cast<double>(m.step), CurveChart::EventKind::EpochBoundary, boundary);

    m_progressPending = false;  // the epoch's own figures supersede a batch still waiting to be shown
    updateProgress(m.epoch, m.step, m.samplesPerSec, m.elapsedSec);
    m_rateWindow.clear();  // the next epoch's rate must not include the evaluation pause

    QString text = tr("Epoch %1/%2 done in %3: train loss %4").arg(m.epoch).arg(m_runEpochs)
                       .arg(formatDuration(m.seconds)).arg(m.trainLoss, 0, 'f', 4);
    if (!m.val.empty()) {
        text += tr(" · %1 loss %2 · %1 accuracy %3 %")
                    .arg(isTest ? tr("test") : tr("val"))
                    .arg(m.val.loss, 0, 'f', 4)
                    .arg(100.0 * m.val.accuracy, 0, 'f', 2);
    }
    statusBar()->showMessage(text);
}

void MainWindow::onMessage(const QString& text) {
    statusBar()->showMessage(text, kStatusTimeoutMs);
}

void MainWindow::onTrainingFinished(const ts::RunSummary& s) {
    m_stopping = false;
    flushProgress();  // the last batch's figures, not a stale timer's
    applyState(RunState::Idle);
    m_runsPanel->refresh();  // the run's new status
    m_etaLabel->clear();

    const QString message = QString::fromStdString(s.message);
    QString text;
    switch (s.status) {
    case RunStatus::Finished:
        m_progressBar->setValue(kProgressResolution);
        text = s.hasTest ? tr("Finished: test accuracy %1 %").arg(100.0 * s.test.accuracy, 0, 'f', 1)
                         : tr("Finished in %1").arg(formatDuration(s.totalSeconds));
        break;
    case RunStatus::Stopped:
        text = message.isEmpty() ? tr("Stopped") : tr("Stopped: %1").arg(message);
        if (s.hasTest) text += tr(" · test accuracy %1 %").arg(100.0 * s.test.accuracy, 0, 'f', 1);
        break;
    case RunStatus::Diverged:
        text = tr("Diverged: %1").arg(message);
        showMessageBox(tr("Training diverged"), message.isEmpty() ? tr("The loss became NaN or infinite.") : message, true);
        break;
    case RunStatus::Failed:
        text = tr("Failed: %1").arg(message);
        showMessageBox(tr("Training failed"), message, true);
        break;
    }
    statusBar()->showMessage(text);
    if (s.hasTest && !s.testPredictions.empty())
        m_evalPredictions.insert(-1, {std::make_shared<const std::vector<Prediction>>(s.testPredictions), "test"});
    if (s.hasTest && !s.test.empty()) showEvaluation(s.test, tr("Test set"));
}

// ---------------------------------------------------------------------------------------------
// Views and status

void MainWindow::showEvaluation(const EvalMetrics& metrics, const QString& source, int epoch) {
    // Kept for the epoch slider; shown (matrix and table) unless the user scrubbed back to an older one.
    m_confusionPanel->addSnapshot(source, metrics, epoch);
}

void MainWindow::addEventMarker(double step, ts::ChartEventKind kind, const QString& text) {
    m_lossChart->addEventMarker(step, kind, text);
    m_lrChart->addEventMarker(step, kind, text);
    if (!m_timeline.isEmpty())
        m_accuracyChart->addEventMarker(m_timeline.convert(step, XAxisKind::Step, XAxisKind::Epoch), kind, text);
}

void MainWindow::updateProgress(int epoch, qint64 step, double samplesPerSec, double elapsedSec) {
    const qint64 totalSteps = m_batchesPerEpoch * std::max(1, m_runEpochs);
    setGrowingText(m_progressLabel, tr("Epoch %1/%2 · step %3/%4").arg(epoch).arg(m_runEpochs).arg(step).arg(totalSteps));
    if (samplesPerSec > 0.0)
        setGrowingText(m_throughputLabel,
                       tr("%1 samples/s").arg(grouped(static_cast<qint64>(std::llround(samplesPerSec)))));
    if (totalSteps > 0) {
        const qint64 clamped = std::clamp<qint64>(step, 0, totalSteps);
        m_progressBar->setValue(static_cast<int>(clamped * kProgressResolution / totalSteps));
    }

    // Steps per second over the last few seconds; the epoch average until enough has passed.
    m_rateWindow.append({elapsedSec, step});
    while (m_rateWindow.size() > 2 && m_rateWindow.front().elapsedSec < elapsedSec - kRateWindowSec)
        m_rateWindow.removeFirst();
    double stepsPerSec = 0.0;
    const double span = m_rateWindow.back().elapsedSec - m_rateWindow.front().elapsedSec;
    if (span >= kMinRateSpanSec) stepsPerSec = (m_rateWindow.back().step - m_rateWindow.front().step) / span;
    else if (samplesPerSec > 0.0 && m_runBatchSize > 0) stepsPerSec = samplesPerSec / m_runBatchSize;

    if (stepsPerSec > 0.0 && totalSteps > 0) {
        const double evalPerEpoch = m_epochsDone > 0 ? m_evalSecondsTotal / m_epochsDone : 0.0;
        const double evalLeft = evalPerEpoch * std::max(0, m_runEpochs - m_epochsDone);
        const double eta = double(std::max<qint64>(0, totalSteps - step)) / stepsPerSec + evalLeft;
        setGrowingText(m_etaLabel, tr("ETA %1").arg(formatDuration(eta)));
    }
}

void MainWindow::resetRunStatus() {
    resetGrowingWidths({m_progressLabel, m_throughputLabel, m_etaLabel});
    m_deviceLabel->setText(tr("No run yet"));
    m_progressLabel->clear();
    m_throughputLabel->clear();
    m_etaLabel->clear();
    m_progressBar->setValue(0);
    m_evalSource->setText(tr("No evaluation yet"));
}

// ---------------------------------------------------------------------------------------------
// Settings, close, drag and drop

void MainWindow::loadSettings() {
    QSettings settings = makeSettings();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(kDefaultWidth, kDefaultHeight);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (QSplitter* splitter : findChildren<QSplitter*>()) {
        const QByteArray state = settings.value(QStringLiteral("splitters/") + splitter->objectName()).toByteArray();
        if (!state.isEmpty()) splitter->restoreState(state);
    }
    m_smoothingSlider->setValue(settings.value(QStringLiteral("view/smoothing"), kDefaultSmoothing).toInt());
    m_normalizeBox->setChecked(settings.value(QStringLiteral("view/normalizeRows"), false).toBool());
    m_runsPanel->restoreHeaderState(settings.value(QStringLiteral("runs/header")).toByteArray());

    const std::vector<std::string> presets = presetNames();
    std::string preset = settings.value(QStringLiteral("config/preset"), QStringLiteral("mlp")).toString().toStdString();
    if (std::find(presets.begin(), presets.end(), preset) == presets.end())
        preset = presets.empty() ? std::string("mlp") : presets.front();
    TrainConfig cfg;
    try {
        cfg = presetConfig(preset);
    } catch (const std::exception&) {
        cfg = TrainConfig();
    }
    settings.beginGroup(QStringLiteral("config"));
    if (settings.contains(QStringLiteral("preset"))) {
        const auto str = [&](const char* key, const std::string& def) {
            return settings.value(QLatin1String(key), QString::fromStdString(def)).toString().toStdString();
        };
        cfg.optimizer = str("optimizer", cfg.optimizer);
        cfg.lr = settings.value(QStringLiteral("lr"), cfg.lr).toDouble();
        cfg.momentum = settings.value(QStringLiteral("momentum"), cfg.momentum).toDouble();
        cfg.weightDecay = settings.value(QStringLiteral("weightDecay"), cfg.weightDecay).toDouble();
        cfg.schedule = str("schedule", cfg.schedule);
        cfg.stepEpochs = settings.value(QStringLiteral("stepEpochs"), cfg.stepEpochs).toInt();
        cfg.stepGamma = settings.value(QStringLiteral("stepGamma"), cfg.stepGamma).toDouble();
        cfg.epochs = settings.value(QStringLiteral("epochs"), cfg.epochs).toInt();
        cfg.batchSize = settings.value(QStringLiteral("batchSize"), cfg.batchSize).toInt();
        cfg.valFraction = settings.value(QStringLiteral("valFraction"), cfg.valFraction).toDouble();
        cfg.device = str("device", cfg.device);
        cfg.threads = settings.value(QStringLiteral("threads"), cfg.threads).toInt();
        cfg.seed = settings.value(QStringLiteral("seed"), QVariant::fromValue<qulonglong>(cfg.seed)).toULongLong();
        cfg.earlyStopPatience = settings.value(QStringLiteral("earlyStopPatience"), cfg.earlyStopPatience).toInt();
    }
    settings.endGroup();
    setConfig(cfg);
    // The combo's change signal was suppressed while filling; show the description now.
    const QString description = QString::fromStdString(presetDescription(cfg.preset));
    m_presetDescription->setText(description);
    m_presetCombo->setToolTip(description);
}

void MainWindow::saveSettings() const {
    QSettings settings = makeSettings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (const QSplitter* splitter : findChildren<QSplitter*>())
        settings.setValue(QStringLiteral("splitters/") + splitter->objectName(), splitter->saveState());
    settings.setValue(QStringLiteral("view/smoothing"), m_smoothingSlider->value());
    settings.setValue(QStringLiteral("view/normalizeRows"), m_normalizeBox->isChecked());
    settings.setValue(QStringLiteral("runs/header"), m_runsPanel->saveHeaderState());
    if (!m_datasetDir.isEmpty()) settings.setValue(QStringLiteral("lastDatasetDir"), m_datasetDir);

    const TrainConfig cfg = config();
    settings.beginGroup(QStringLiteral("config"));
    settings.setValue(QStringLiteral("preset"), QString::fromStdString(cfg.preset));
    settings.setValue(QStringLiteral("optimizer"), QString::fromStdString(cfg.optimizer));
    settings.setValue(QStringLiteral("lr"), cfg.lr);
    settings.setValue(QStringLiteral("momentum"), cfg.momentum);
    settings.setValue(QStringLiteral("weightDecay"), cfg.weightDecay);
    settings.setValue(QStringLiteral("schedule"), QString::fromStdString(cfg.schedule));
    settings.setValue(QStringLiteral("stepEpochs"), cfg.stepEpochs);
    settings.setValue(QStringLiteral("stepGamma"), cfg.stepGamma);
    settings.setValue(QStringLiteral("epochs"), cfg.epochs);
    settings.setValue(QStringLiteral("batchSize"), cfg.batchSize);
    settings.setValue(QStringLiteral("valFraction"), cfg.valFraction);
    settings.setValue(QStringLiteral("device"), QString::fromStdString(cfg.device));
    settings.setValue(QStringLiteral("threads"), cfg.threads);
    settings.setValue(QStringLiteral("seed"), QVariant::fromValue<qulonglong>(cfg.seed));
    settings.setValue(QStringLiteral("earlyStopPatience"), cfg.earlyStopPatience);
    settings.endGroup();
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
    saveSettings();
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

void MainWindow::setConfirmCloseWhileTraining(bool confirm) { m_confirmClose = confirm; }

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

QAction* MainWindow::exportReportAction() const { return m_exportAction; }

QString MainWindow::currentRunDir() const { return m_currentRunDir; }

ReportExporter* MainWindow::reportExporter() const { return m_exporter; }

void MainWindow::setCurrentRunDir(const QString& runDir) {
    m_currentRunDir = runDir;
    m_exportAction->setEnabled(!runDir.isEmpty() && !m_exporter->isBusy());
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
        statusBar()->showMessage(tr("Another report is still being exported"), kStatusTimeoutMs);
        return false;
    }
    m_exportAction->setEnabled(false);
    statusBar()->showMessage(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Run history: the Runs panel, past runs, comparison, resume

void MainWindow::buildRunsDock() {
    m_runsPanel = new RunsPanel();
    m_runsDock = new QDockWidget(tr("Runs"), this);
    m_runsDock->setObjectName(QStringLiteral("runsDock"));
    m_runsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                            QDockWidget::DockWidgetClosable);
    m_runsDock->setWidget(m_runsPanel);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);  // the configuration keeps the full height
    addDockWidget(Qt::BottomDockWidgetArea, m_runsDock);
    // The window gets its size later (loadSettings, show): give the list its height once it has one,
    // unless a saved layout was restored.
    if (makeSettings().value(QStringLiteral("window/state")).toByteArray().isEmpty())
        QTimer::singleShot(0, this, [this] { resizeDocks({m_runsDock}, {kRunsDockHeight}, Qt::Vertical); });
    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QAction* toggle = m_runsDock->toggleViewAction();
        toggle->setText(tr("R&uns"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        toggle->setStatusTip(tr("Show or hide the list of saved runs"));
        const QList<QAction*> actions = view->actions();
        view->insertAction(actions.size() > 1 ? actions.at(1) : nullptr, toggle);  // after "Configuration panel"
    }
    connect(m_runsPanel, &RunsPanel::openRequested, this, &MainWindow::openRun);
    connect(m_runsPanel, &RunsPanel::compareRequested, this, &MainWindow::compareRuns);
    connect(m_runsPanel, &RunsPanel::resumeRequested, this, &MainWindow::requestResume);
}

RunsPanel* MainWindow::runsPanel() const { return m_runsPanel; }
QDockWidget* MainWindow::runsDock() const { return m_runsDock; }
QString MainWindow::runsRoot() const { return m_runsPanel->runsRoot(); }
QAction* MainWindow::runsFolderAction() const { return m_runsFolderAction; }
CompareView* MainWindow::compareView() const { return m_compareView; }

QString MainWindow::rememberedRunsRoot() {
    return makeSettings().value(QStringLiteral("runs/root")).toString();
}

void MainWindow::setRunsRoot(const QString& root) {
    m_runsPanel->setRunsRoot(root);
    Q_EMIT runsRootChanged(root);
}

void MainWindow::promptRunsFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Runs Folder"), runsRoot());
    if (dir.isEmpty()) return;
    makeSettings().setValue(QStringLiteral("runs/root"), dir);
    setRunsRoot(dir);
    statusBar()->showMessage(tr("New runs are saved in %1").arg(QDir::toNativeSeparators(dir)), kStatusTimeoutMs);
}

void MainWindow::showRun(const ts::RunRecord& run) {
    if (m_state != RunState::Idle) {
        statusBar()->showMessage(tr("A run is training: stop it before opening another one"), kStatusTimeoutMs);
        return;
    }
    // The same path as a live run, fed from disk, without entering the running state.
    clearRunViews();
    m_runEpochs = run.config.epochs;
    m_runBatchSize = run.config.batchSize;
    m_batchesPerEpoch = run.batches.empty() ? 0 : run.batches.back().batchesPerEpoch;  // filled in by loadRun
    m_epochsDone = 0;
    m_evalSecondsTotal = 0.0;
    m_rateWindow.clear();
    onBatches(QVector<BatchMetrics>(run.batches.begin(), run.batches.end()));
    m_predictionsDataHash = run.datasetHash;
    m_predictionsDataPath = QString::fromStdString(run.dataset.path);
    for (const EpochMetrics& e : run.epochs) onEpoch(e);
    if (run.hasTest && !run.test.empty()) showEvaluation(run.test, tr("Test set"));
    if (!run.testPredictions.empty())
        m_evalPredictions.insert(-1, {std::make_shared<const std::vector<Prediction>>(run.testPredictions), "test"});

    QString device = QString::fromStdString(run.device.empty() ? run.config.device : run.device);
    if (run.threads > 1) device += tr(" · %1 threads").arg(run.threads);
    m_deviceLabel->setText(device);
    m_etaLabel->clear();
    if (run.status == "finished") m_progressBar->setValue(kProgressResolution);
    const QString name = QString::fromStdString(run.displayName());
    QString text = tr("Showing run “%1” (%2)").arg(name, QString::fromStdString(run.status));
    if (run.hasTest) text += tr(" · test accuracy %1 %").arg(100.0 * run.test.accuracy, 0, 'f', 1);
    else if (!run.epochs.empty()) text += tr(" · best val accuracy %1 %").arg(100.0 * run.bestValAccuracy(), 0, 'f', 1);
    if (!run.message.empty()) text += QStringLiteral(" · ") + QString::fromStdString(run.message);
    statusBar()->showMessage(text);
    setCurrentRunDir(QString::fromStdString(run.dir));
    m_runsPanel->selectRunDirs({QString::fromStdString(run.dir)});
    Q_EMIT runShown(QString::fromStdString(run.dir));
}

void MainWindow::openRun(const QString& runDir) {
    if (m_state != RunState::Idle) {
        statusBar()->showMessage(tr("A run is training: stop it before opening another one"), kStatusTimeoutMs);
        return;
    }
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(runDir)));
    loadRunsInBackground(this, {runDir}, [this](std::vector<RunRecord> runs, QStringList errors) {
        if (runs.empty()) {
            statusBar()->showMessage(tr("The run could not be opened"), kStatusTimeoutMs);
            showMessageBox(tr("Open Run"), tr("The run could not be opened.\n\n%1").arg(errors.join(QLatin1Char('\n'))), true);
            return;
        }
        showRun(runs.front());
    });
}

void MainWindow::compareRuns(const QStringList& runDirs) {
    if (runDirs.size() < 2) {
        statusBar()->showMessage(tr("Select two or more runs to compare"), kStatusTimeoutMs);
        return;
    }
    statusBar()->showMessage(tr("Loading %n run(s) to compare…", nullptr, static_cast<int>(runDirs.size())));
    loadRunsInBackground(this, runDirs, [this](std::vector<RunRecord> runs, QStringList errors) {
        if (!errors.isEmpty())
            showMessageBox(tr("Compare Runs"), tr("Some runs could not be read and are left out.\n\n%1")
                                                   .arg(errors.join(QLatin1Char('\n'))), true);
        if (runs.size() < 2) {
            statusBar()->showMessage(tr("Fewer than two runs could be read: nothing to compare"), kStatusTimeoutMs);
            return;
        }
        auto* view = new CompareView(this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->setRuns(std::move(runs));
        view->show();
        m_compareView = view;
        statusBar()->showMessage(tr("Comparing %n run(s)", nullptr, static_cast<int>(view->runDirs().size())),
                                 kStatusTimeoutMs);
        Q_EMIT compareOpened();
    });
}

void MainWindow::requestResume(const QString& runDir) {
    if (m_state != RunState::Idle) {
        statusBar()->showMessage(tr("A run is training: stop it before resuming another one"), kStatusTimeoutMs);
        return;
    }
    RunRecord run;
    try {
        run = loadRun(runDir.toStdString(), false);
    } catch (const std::exception& e) {
        showMessageBox(tr("Resume Run"), tr("The run could not be read.\n\n%1").arg(QString::fromUtf8(e.what())), true);
        return;
    }
    if (!RunsPanel::canResume(run)) {
        showMessageBox(tr("Resume Run"),
                       tr("“%1” cannot be resumed: only stopped or interrupted runs that saved a checkpoint "
                          "(at the end of their first epoch) can continue.")
                           .arg(QString::fromStdString(run.displayName())),
                       false);
        return;
    }
    setConfig(run.config);  // the form shows what the resumed run trains with
    statusBar()->showMessage(tr("Resuming “%1”…").arg(QString::fromStdString(run.displayName())));
    Q_EMIT resumeRunRequested(QString::fromStdString(run.dir));
}

// ---------------------------------------------------------------------------------------------
// Mistakes gallery

QAction* MainWindow::evaluateAction() const { return m_evaluateAction; }
std::shared_ptr<const Dataset> MainWindow::datasetSamples() const { return m_datasetSamples; }
MistakesGallery* MainWindow::mistakesGallery() const { return m_gallery; }

void MainWindow::setDatasetSamples(std::shared_ptr<const ts::Dataset> data) {
    m_datasetSamples = std::move(data);
}

void MainWindow::openMistakesGallery(int trueClass, int predicted, int epoch) {
    const auto found = m_evalPredictions.constFind(epoch);
    const QString which = epoch < 0 ? tr("the test set") : tr("epoch %1").arg(epoch);
    if (found == m_evalPredictions.constEnd() || !found->predictions || found->predictions->empty()) {
        statusBar()->showMessage(tr("No per-sample predictions are kept for %1, so its samples cannot be listed").arg(which),
                                 kStatusTimeoutMs);
        return;
    }
    // Validation held out of the training split (IDX folders) is indexed by training-split row.
    const bool testSet = found->split == "test";
    const QString split = testSet ? tr("test") : tr("validation");
    const ImageSet* set = nullptr;
    if (m_datasetSamples)
        set = testSet ? &m_datasetSamples->test : found->split == "train" ? &m_datasetSamples->train : &m_datasetSamples->val;
    if (!set || set->size() == 0) {
        statusBar()->showMessage(tr("The %1 samples are not loaded, so they cannot be listed").arg(split), kStatusTimeoutMs);
        return;
    }
    if (!m_predictionsDataHash.empty() && !m_datasetSamples->contentHash.empty() &&
        m_datasetSamples->contentHash != m_predictionsDataHash) {
        statusBar()->showMessage(tr("The loaded data set is not the one this run was trained on: open %1 to see the "
                                    "samples behind its predictions")
                                     .arg(QDir::toNativeSeparators(m_predictionsDataPath)),
                                 kStatusTimeoutMs);
        return;
    }
    int64_t largest = -1;
    for (const Prediction& p : *found->predictions) largest = std::max(largest, p.index);
    if (largest >= set->size()) {
        statusBar()->showMessage(tr("The loaded data set's %1 split has %2 samples, but %3's predictions refer to "
                                    "sample %4: it is not the data they were made on")
                                     .arg(split).arg(set->size()).arg(which).arg(largest),
                                 kStatusTimeoutMs);
        return;
    }

    GallerySource source;
    source.samples = std::shared_ptr<const ImageSet>(m_datasetSamples, set);  // shares the data set's lifetime
    const int shown = m_confusionPanel->currentSnapshot();
    source.classNames = shown >= 0 ? m_confusionPanel->snapshotMetrics(shown).confusion.classNames
                                   : m_datasetSamples->classNames;
    source.featureNames = m_datasetSamples->featureNames;
    source.featureShift = m_datasetSamples->featureShift;
    source.featureScale = m_datasetSamples->featureScale;
    source.predictions = *found->predictions;
    source.setName = epoch < 0 ? tr("Test set") : testSet ? tr("Test set, epoch %1").arg(epoch)
                                                                 : tr("Validation set, epoch %1").arg(epoch);
    if (!m_gallery) {
        m_gallery = new MistakesGallery(this);
        m_gallery->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_gallery->setSource(std::move(source));
    m_gallery->showCell(trueClass, predicted);
    m_gallery->show();
    m_gallery->raise();
    m_gallery->activateWindow();
}

}  // namespace ts
