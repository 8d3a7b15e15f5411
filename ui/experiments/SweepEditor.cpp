#include "ui/experiments/SweepEditor.h"

#include "core/runs/RunJson.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ts {

namespace {

enum ParamColumn { NameColumn, KindColumn, ValuesColumn, ParamColumns };
constexpr int kMaxTrials = 10000;
constexpr int kMaxEpochs = 100000;
constexpr int kMaxBatch = 1 << 20;
constexpr int kLrDecimals = 6;
constexpr int kMaxMinutes = 100000;
constexpr int kCommandLines = 3;  // the command line's box shows this many lines

/// Option names a sweep can vary: the keys of a configuration's run.json, the preset aside.
QStringList optionNames() {
    QStringList names;
    const Json config = toJson(presetConfig("mlp"));
    for (const auto& [key, value] : config.object())
        if (key != "preset" && (value.isNumber() || value.isString() || value.type() == Json::Type::Bool))
            names << QString::fromStdString(key);
    return names;
}

QSpinBox* spin(int lo, int hi, int value) {
    auto* s = new QSpinBox;
    s->setRange(lo, hi);
    s->setValue(value);
    return s;
}

}  // namespace

SweepEditor::SweepEditor(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("sweepEditor"));
    m_program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("trainscope-cli"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(buildBase(), 1);
    top->addWidget(buildStrategy(), 1);
    layout->addLayout(top);
    layout->addWidget(buildParameters(), 1);
    layout->addWidget(buildCommand());
    for (auto* spinBox : findChildren<QSpinBox*>()) connect(spinBox, &QSpinBox::valueChanged, this, &SweepEditor::updateCommand);
    for (auto* box : findChildren<QComboBox*>()) connect(box, &QComboBox::currentTextChanged, this, &SweepEditor::updateCommand);
    for (auto* edit : {m_data, m_out}) connect(edit, &QLineEdit::textChanged, this, &SweepEditor::updateCommand);
    connect(m_lr, &QDoubleSpinBox::valueChanged, this, &SweepEditor::updateCommand);
    connect(m_timeLimit, &QDoubleSpinBox::valueChanged, this, &SweepEditor::updateCommand);
    connect(m_finalObjective, &QCheckBox::toggled, this, &SweepEditor::updateCommand);
    connect(m_params, &QTableWidget::itemChanged, this, &SweepEditor::updateCommand);
    addParameter(QStringLiteral("lr"), QStringLiteral("log"), QStringLiteral("1e-4:1e-1"));
    updateCommand();
}

QWidget* SweepEditor::buildBase() {
    auto* box = new QGroupBox(tr("Base configuration"));
    auto* form = new QFormLayout(box);
    m_data = new QLineEdit;
    m_data->setObjectName(QStringLiteral("sweepData"));
    auto* fromMain = new QPushButton(tr("From Main Window"));
    fromMain->setToolTip(tr("The main window's data set and form"));
    connect(fromMain, &QPushButton::clicked, this, &SweepEditor::baseRequested);
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(m_data, 1);
    dataRow->addWidget(fromMain);
    form->addRow(tr("Data set:"), dataRow);
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("sweepPreset"));
    for (const std::string& p : presetNames()) m_preset->addItem(QString::fromStdString(p));
    form->addRow(tr("Preset:"), m_preset);
    m_epochs = spin(0, kMaxEpochs, 0);
    m_epochs->setSpecialValueText(tr("preset's"));
    form->addRow(tr("Epochs per trial:"), m_epochs);
    m_batchSize = spin(0, kMaxBatch, 0);
    m_batchSize->setSpecialValueText(tr("preset's"));
    form->addRow(tr("Batch size:"), m_batchSize);
    m_lr = new QDoubleSpinBox;
    m_lr->setDecimals(kLrDecimals);
    m_lr->setRange(0.0, 10.0);
    m_lr->setSpecialValueText(tr("preset's"));
    form->addRow(tr("Learning rate:"), m_lr);
    m_optimizer = new QComboBox;
    m_optimizer->addItems({QString(), QStringLiteral("sgd"), QStringLiteral("adam"), QStringLiteral("adamw")});
    form->addRow(tr("Optimizer:"), m_optimizer);
    m_evalsPerEpoch = spin(1, TrainLimits::kMaxEvalsPerEpoch, 1);
    m_evalsPerEpoch->setObjectName(QStringLiteral("sweepEvalsPerEpoch"));
    m_evalsPerEpoch->setToolTip(tr("Classifiers: validate this many times per epoch. With successive halving, the "
                                   "first rungs can then end inside an epoch (e.g. 4: a quarter epoch)."));
    form->addRow(tr("Evaluations per epoch:"), m_evalsPerEpoch);
    return box;
}

QWidget* SweepEditor::buildStrategy() {
    auto* box = new QGroupBox(tr("Strategy, objective and budget"));
    auto* form = new QFormLayout(box);
    m_strategy = new QComboBox;
    m_strategy->setObjectName(QStringLiteral("sweepStrategy"));
    m_strategy->addItems({QStringLiteral("random"), QStringLiteral("grid"), QStringLiteral("halving")});
    form->addRow(tr("Strategy:"), m_strategy);
    m_trials = spin(1, kMaxTrials, 12);
    form->addRow(tr("Trials (random, halving):"), m_trials);
    m_gridPoints = spin(1, kMaxTrials, 3);
    form->addRow(tr("Grid points per range:"), m_gridPoints);
    m_objective = new QComboBox;
    m_objective->setObjectName(QStringLiteral("sweepObjective"));
    m_objective->addItems({QStringLiteral("val_loss"), QStringLiteral("val_accuracy"), QStringLiteral("macro_f1"),
                           QStringLiteral("val_perplexity")});
    m_finalObjective = new QCheckBox(tr("final value"));
    auto* objectiveRow = new QHBoxLayout;
    objectiveRow->addWidget(m_objective, 1);
    objectiveRow->addWidget(m_finalObjective);
    form->addRow(tr("Objective:"), objectiveRow);
    m_eta = spin(2, 100, 3);
    form->addRow(tr("Halving eta (keep 1/eta):"), m_eta);
    m_minRounds = spin(1, kMaxEpochs, 1);
    m_minRounds->setToolTip(tr("Evaluations every trial trains before the first cut: epochs, or parts of an epoch "
                               "with several evaluations per epoch (language models: evaluations)"));
    form->addRow(tr("Halving min rounds:"), m_minRounds);
    m_timeLimit = new QDoubleSpinBox;
    m_timeLimit->setRange(0, kMaxMinutes);
    m_timeLimit->setSuffix(tr(" min"));
    m_timeLimit->setSpecialValueText(tr("none"));
    form->addRow(tr("Time limit:"), m_timeLimit);
    m_seed = spin(0, 1 << 30, 0);
    form->addRow(tr("Seed of the draws:"), m_seed);
    m_out = new QLineEdit;
    m_out->setObjectName(QStringLiteral("sweepOut"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &SweepEditor::browseOutput);
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browse);
    form->addRow(tr("Output folder:"), outRow);
    return box;
}

QWidget* SweepEditor::buildParameters() {
    auto* box = new QGroupBox(tr("Parameters (run.json names; values: 64,128 or adam,sgd for a list, LOW:HIGH for a range)"));
    auto* layout = new QHBoxLayout(box);
    m_params = new QTableWidget(0, ParamColumns);
    m_params->setObjectName(QStringLiteral("sweepParameters"));
    m_params->setHorizontalHeaderLabels({tr("Option"), tr("Space"), tr("Values or LOW:HIGH")});
    m_params->horizontalHeader()->setStretchLastSection(true);
    m_params->verticalHeader()->hide();
    layout->addWidget(m_params, 1);
    auto* buttons = new QVBoxLayout;
    auto* add = new QPushButton(tr("Add"));
    connect(add, &QPushButton::clicked, this, [this] { addParameter(QStringLiteral("weight_decay"), QStringLiteral("log"), QStringLiteral("1e-6:1e-2")); });
    auto* remove = new QPushButton(tr("Remove"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_params->currentRow() >= 0) m_params->removeRow(m_params->currentRow());
        updateCommand();
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget* SweepEditor::buildCommand() {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_command = new QPlainTextEdit;
    m_command->setObjectName(QStringLiteral("sweepCommandLine"));
    m_command->setReadOnly(true);
    m_command->setFixedHeight(m_command->fontMetrics().lineSpacing() * kCommandLines + 2 * m_command->frameWidth() + 8);
    auto* copy = new QPushButton(tr("Copy"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });
    m_start = new QPushButton(tr("Start"));
    m_start->setObjectName(QStringLiteral("startSweepButton"));
    m_start->setToolTip(tr("Queue this sweep; it starts when no other sweep runs, and goes on if the window closes"));
    connect(m_start, &QPushButton::clicked, this, &SweepEditor::start);
    row->addWidget(new QLabel(tr("Command:")));
    row->addWidget(m_command, 1);
    row->addWidget(copy);
    row->addWidget(m_start);
    layout->addLayout(row);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("sweepError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    return box;
}

void SweepEditor::addParameter(const QString& name, const QString& kind, const QString& values) {
    const QSignalBlocker block(m_params);
    const int row = m_params->rowCount();
    m_params->insertRow(row);
    auto* names = new QComboBox;
    names->setEditable(true);
    names->addItems(optionNames());
    names->setCurrentText(name);
    auto* kinds = new QComboBox;
    kinds->addItems({QStringLiteral("list"), QStringLiteral("uniform"), QStringLiteral("log"), QStringLiteral("int")});
    kinds->setCurrentText(kind);
    m_params->setCellWidget(row, NameColumn, names);
    m_params->setCellWidget(row, KindColumn, kinds);
    m_params->setItem(row, ValuesColumn, new QTableWidgetItem(values));
    connect(names, &QComboBox::currentTextChanged, this, &SweepEditor::updateCommand);
    connect(kinds, &QComboBox::currentTextChanged, this, &SweepEditor::updateCommand);
    updateCommand();
}

void SweepEditor::setBase(const TrainConfig& cfg, const QString& dataPath) {
    m_data->setText(dataPath);
    if (m_out->text().isEmpty())  // a fresh folder per sweep, where the user will find it
        m_out->setText(QDir::home().filePath(QStringLiteral("trainscope-sweeps/sweep-%1")
                                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))));
    m_preset->setCurrentText(QString::fromStdString(cfg.preset));
    m_epochs->setValue(cfg.epochs);
    m_batchSize->setValue(cfg.batchSize);
    m_lr->setValue(cfg.lr);
    m_optimizer->setCurrentText(QString::fromStdString(cfg.optimizer));
    m_evalsPerEpoch->setValue(cfg.evalsPerEpoch);
    m_base = cfg;
    m_hasBase = true;
    updateCommand();
}

SweepRequest SweepEditor::request() const {
    SweepRequest r;
    r.dataPath = m_data->text().trimmed();
    r.preset = m_preset->currentText();
    r.epochs = m_epochs->value();
    r.batchSize = m_batchSize->value();
    r.lr = m_lr->value();
    r.optimizer = m_optimizer->currentText();
    r.evalsPerEpoch = m_evalsPerEpoch->value();
    if (m_hasBase && r.preset == QString::fromStdString(m_base.preset))  // the rest of the form travels too
        r.baseConfig = QString::fromStdString(toJson(m_base).dump());
    for (int row = 0; row < m_params->rowCount(); ++row) {
        SweepParamRow p;
        p.name = qobject_cast<QComboBox*>(m_params->cellWidget(row, NameColumn))->currentText();
        p.kind = qobject_cast<QComboBox*>(m_params->cellWidget(row, KindColumn))->currentText();
        p.values = m_params->item(row, ValuesColumn) ? m_params->item(row, ValuesColumn)->text() : QString();
        r.params.push_back(p);
    }
    r.strategy = m_strategy->currentText();
    r.trials = m_trials->value();
    r.gridPoints = m_gridPoints->value();
    r.objective = m_objective->currentText();
    r.finalObjective = m_finalObjective->isChecked();
    r.eta = m_eta->value();
    r.minRounds = m_minRounds->value();
    r.timeLimitMinutes = m_timeLimit->value();
    r.seed = qulonglong(m_seed->value());
    r.outDir = m_out->text().trimmed();
    return r;
}

void SweepEditor::setProgram(const QString& program) {
    m_program = program;
    updateCommand();
}

void SweepEditor::updateCommand() {
    if (!m_command) return;  // still building
    const SweepRequest r = request();
    m_command->setPlainText(shellCommandLine(m_program, r.arguments()));
    const bool strategyGrid = r.strategy == QLatin1String("grid"), halving = r.strategy == QLatin1String("halving");
    m_trials->setEnabled(!strategyGrid);
    m_gridPoints->setEnabled(strategyGrid);
    m_eta->setEnabled(halving);
    m_minRounds->setEnabled(halving);
    m_evalsPerEpoch->setEnabled(!TrainConfig::isLanguageModelPreset(r.preset.toStdString()));
}

void SweepEditor::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SweepEditor::start() {
    const SweepRequest r = request();
    const QString problem = r.problem();
    showError(problem);
    if (problem.isEmpty()) Q_EMIT startRequested(r);
}

void SweepEditor::browseOutput() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Sweep Output Folder"), m_out->text());
    if (!dir.isEmpty()) m_out->setText(dir);
}

}  // namespace ts
