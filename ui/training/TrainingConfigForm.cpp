#include "ui/training/TrainingConfigForm.h"

#include "ui/common/HintLabel.h"
#include "ui/common/LayoutMetrics.h"
#include "ui/common/Settings.h"
#include "ui/training/FormFields.h"
#include "ui/training/LanguageModelOptions.h"
#include "ui/training/PresetTexts.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <stdexcept>

namespace ts {

using form::comboData;
using form::makeCombo;
using form::makeFactorSpin;
using form::makeRateSpin;
using form::makeSpin;
using form::selectData;

namespace {

constexpr int kMaxEpochsOffered = 10000;    // epochs, decay steps and patience; the command line may ask for up
                                            // to TrainLimits::kMaxEpochs
constexpr form::FactorSpec kMomentumSpec{0.0, 0.999, 3, 0.05};
constexpr form::FactorSpec kGammaSpec{0.001, 1.0, 3, 0.05};
constexpr form::FactorSpec kValFractionSpec{0.0, 0.9, 2, 0.05};

}  // namespace

TrainingConfigForm::TrainingConfigForm(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("configForm"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(LayoutMetrics::kSectionSpacing);
    column->addWidget(buildModelBox());
    column->addWidget(buildOptimizerBox());
    column->addWidget(buildRunBox());
    m_lmOptions = new LanguageModelOptions();
    column->addWidget(m_lmOptions);

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this]() {
        showPresetDescription();
        if (!m_fillingForm) fillFromPreset(comboData(m_presetCombo));
    });
    connect(m_optimizerCombo, &QComboBox::currentIndexChanged, this, &TrainingConfigForm::updateDependentFields);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &TrainingConfigForm::updateTaskFields);
    connect(m_scheduleCombo, &QComboBox::currentIndexChanged, this, &TrainingConfigForm::updateDependentFields);
}

QGroupBox* TrainingConfigForm::buildModelBox() {
    auto* box = new QGroupBox(tr("Model"));
    auto* form = form::makeForm(box);
    m_presetCombo = new QComboBox();
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    for (const std::string& name : presetNames()) {
        const QString qname = QString::fromStdString(name);
        m_presetCombo->addItem(qname, qname);
        m_presetCombo->setItemData(m_presetCombo->count() - 1, presetDescriptionText(name), Qt::ToolTipRole);
    }
    m_presetDescription = hintLabel();
    m_presetDescription->setObjectName(QStringLiteral("presetDescriptionLabel"));
    form->addRow(tr("Preset:"), m_presetCombo);
    form->addRow(m_presetDescription);
    return box;
}

QGroupBox* TrainingConfigForm::buildOptimizerBox() {
    auto* box = new QGroupBox(tr("Optimizer"));
    auto* form = form::makeForm(box);
    m_optimizerCombo = makeCombo(QStringLiteral("optimizerCombo"),
                                 tr("SGD (with optional momentum), Adam, or AdamW (decoupled weight decay)"));
    m_optimizerCombo->addItem(tr("SGD"), QStringLiteral("sgd"));
    m_optimizerCombo->addItem(tr("Adam"), QStringLiteral("adam"));
    m_optimizerCombo->addItem(tr("AdamW"), QStringLiteral("adamw"));
    m_lrSpin = makeRateSpin(QStringLiteral("lrSpin"), tr("Base learning rate (e.g. 0.001 for Adam, 0.01–0.1 for SGD)"),
                            TrainLimits::kMaxLearningRate);
    m_momentumSpin = makeFactorSpin(QStringLiteral("momentumSpin"),
                                    tr("SGD momentum (0 = plain SGD); ignored by Adam and AdamW"), kMomentumSpec);
    m_weightDecaySpin = makeRateSpin(QStringLiteral("weightDecaySpin"),
                                     tr("L2 penalty (SGD, Adam) or decoupled weight decay (AdamW)"), 1.0);
    m_scheduleCombo = makeCombo(QStringLiteral("scheduleCombo"), tr("How the learning rate changes during training"));
    m_scheduleCombo->addItem(tr("Constant"), QStringLiteral("constant"));
    m_scheduleCombo->addItem(tr("Step decay"), QStringLiteral("step"));
    m_scheduleCombo->addItem(tr("Cosine"), QStringLiteral("cosine"));
    m_stepEpochsSpin = makeSpin<QSpinBox>(QStringLiteral("stepEpochsSpin"),
                                          tr("Step schedule: multiply the learning rate by gamma this often"));
    m_stepEpochsSpin->setRange(1, kMaxEpochsOffered);
    m_stepEpochsSpin->setSuffix(tr(" epochs"));
    m_stepGammaSpin =
        makeFactorSpin(QStringLiteral("stepGammaSpin"), tr("Step schedule: factor applied at every step"), kGammaSpec);
    form->addRow(tr("Optimizer:"), m_optimizerCombo);
    form->addRow(tr("Learning rate:"), buildLrRow());
    form->addRow(tr("Momentum:"), m_momentumSpin);
    form->addRow(tr("Weight decay:"), m_weightDecaySpin);
    form->addRow(tr("LR schedule:"), m_scheduleCombo);
    form->addRow(tr("Decay every:"), m_stepEpochsSpin);
    form->addRow(tr("Decay gamma:"), m_stepGammaSpin);
    return box;
}

QWidget* TrainingConfigForm::buildLrRow() {
    auto* row = new QWidget();
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lrSpin, 1);
    m_lrFindButton = new QToolButton();
    m_lrFindButton->setObjectName(QStringLiteral("lrFindButton"));
    m_lrFindButton->setText(tr("Find…"));
    m_lrFindButton->setToolTip(tr("Find a learning rate with a range test: train this configuration from fresh weights "
                                  "for a few steps while the rate grows, and suggest one (no run is touched)"));
    connect(m_lrFindButton, &QToolButton::clicked, this, &TrainingConfigForm::lrFindRequested);
    layout->addWidget(m_lrFindButton);
    return row;
}

void TrainingConfigForm::setLearningRate(double lr) { m_lrSpin->setValue(lr); }

QString TrainingConfigForm::processesProblem(const TrainConfig& cfg) {
    const int n = cfg.processes;
    if (n <= 1 || cfg.batchSize % n == 0) return QString();
    const int below = cfg.batchSize - cfg.batchSize % n;
    const QString choices = below > 0 ? tr("%1 or %2").arg(below).arg(below + n) : QString::number(below + n);
    return tr("The batch size of %1 does not split evenly across %2 process(es): choose a batch size that is a "
              "multiple of %2 (e.g. %3), or another number of processes.", nullptr, n)
        .arg(cfg.batchSize)
        .arg(n)
        .arg(choices);
}

QGroupBox* TrainingConfigForm::buildRunBox() {
    auto* box = new QGroupBox(tr("Run"));
    auto* form = form::makeForm(box);
    m_runForm = form;
    m_epochsSpin = makeSpin<QSpinBox>(QStringLiteral("epochsSpin"), tr("Number of passes over the training set"));
    m_epochsSpin->setRange(1, kMaxEpochsOffered);
    m_evalsSpin = makeSpin<QSpinBox>(QStringLiteral("evalsPerEpochSpin"),
                                     tr("Validate (and checkpoint) this many times per epoch, at equal parts of it: "
                                        "curves and early stopping see the model sooner on large data sets"));
    m_evalsSpin->setRange(1, TrainLimits::kMaxEvalsPerEpoch);
    m_evalsSpin->setSuffix(tr("× per epoch"));
    m_batchSizeSpin = makeSpin<QSpinBox>(QStringLiteral("batchSizeSpin"), tr("Samples per optimizer step"));
    m_batchSizeSpin->setRange(1, TrainLimits::kMaxBatchSize);
    m_valFractionSpin = makeFactorSpin(QStringLiteral("valFractionSpin"),
                                       tr("Fraction of the training set held out for validation (0 = none)"),
                                       kValFractionSpec);
    m_deviceCombo = makeCombo(QStringLiteral("deviceCombo"), tr("Auto uses CUDA when available, else the CPU"));
    m_deviceCombo->addItem(tr("Auto"), QStringLiteral("auto"));
    m_deviceCombo->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_deviceCombo->addItem(tr("CUDA"), QStringLiteral("cuda"));
    m_threadsSpin = makeSpin<QSpinBox>(QStringLiteral("threadsSpin"),
                                       tr("CPU threads for tensor operations (auto = pick automatically)"));
    m_threadsSpin->setRange(0, TrainLimits::kMaxThreads);
    m_threadsSpin->setSpecialValueText(tr("auto"));
    m_processesSpin = makeSpin<QSpinBox>(
        QStringLiteral("processesSpin"),
        tr("Data-parallel: N processes of this machine each train on 1/N of every batch (PyTorch c10d, Gloo). The "
           "batch size must be a multiple of N."));
    m_processesSpin->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_seedSpin = makeSpin<QSpinBox>(QStringLiteral("seedSpin"),
                                    tr("Random seed for weight initialization, shuffling and the validation split"));
    m_seedSpin->setRange(0, INT_MAX);
    m_patienceSpin = makeSpin<QSpinBox>(QStringLiteral("patienceSpin"),
                                        tr("Early stopping: stop after this many epochs without a lower validation "
                                           "loss, and keep the best weights (off = train every epoch)"));
    m_patienceSpin->setRange(0, kMaxEpochsOffered);
    m_patienceSpin->setSpecialValueText(tr("off"));
    m_patienceSpin->setSuffix(tr(" epochs"));
    form->addRow(tr("Epochs:"), m_epochsSpin);
    form->addRow(tr("Validate:"), m_evalsSpin);
    form->addRow(tr("Batch size:"), m_batchSizeSpin);
    form->addRow(tr("Validation split:"), m_valFractionSpin);
    form->addRow(tr("Device:"), m_deviceCombo);
    form->addRow(tr("Threads:"), m_threadsSpin);
    form->addRow(tr("Processes:"), m_processesSpin);
    form->addRow(tr("Seed:"), m_seedSpin);
    form->addRow(tr("Early stop:"), m_patienceSpin);
    return box;
}

TrainConfig TrainingConfigForm::config() const {
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
    c.evalsPerEpoch = c.isLanguageModel() ? 1 : m_evalsSpin->value();
    c.batchSize = m_batchSizeSpin->value();
    c.valFraction = m_valFractionSpin->value();
    c.device = comboData(m_deviceCombo).toStdString();
    c.threads = m_threadsSpin->value();
    c.processes = m_processesSpin->value();
    c.seed = static_cast<uint64_t>(m_seedSpin->value());
    c.earlyStopPatience = m_patienceSpin->value();
    if (c.isLanguageModel()) m_lmOptions->applyTo(c);
    return c;
}

void TrainingConfigForm::setConfig(const TrainConfig& cfg) {
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
    m_evalsSpin->setValue(cfg.evalsPerEpoch);
    m_batchSizeSpin->setValue(cfg.batchSize);
    m_valFractionSpin->setValue(cfg.valFraction);
    selectData(m_deviceCombo, QString::fromStdString(cfg.device));
    m_threadsSpin->setValue(cfg.threads);
    m_processesSpin->setValue(cfg.processes);
    m_seedSpin->setValue(static_cast<int>(std::min<uint64_t>(cfg.seed, static_cast<uint64_t>(INT_MAX))));
    m_patienceSpin->setValue(cfg.earlyStopPatience);
    m_lmOptions->setConfig(cfg);
    m_fillingForm = false;
    updateDependentFields();
    updateTaskFields();
}

void TrainingConfigForm::fillFromPreset(const QString& preset) {
    TrainConfig cfg;
    try {
        cfg = presetConfig(preset.toStdString());
    } catch (const std::exception& e) {
        Q_EMIT message(tr("Unknown preset: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    // Device, threads and processes describe this machine, not the model: keep the user's choice.
    const TrainConfig current = config();
    cfg.device = current.device;
    cfg.threads = current.threads;
    cfg.processes = current.processes;
    setConfig(cfg);
    Q_EMIT message(tr("Preset “%1” loaded").arg(preset));
}

void TrainingConfigForm::updateDependentFields() {
    m_momentumSpin->setEnabled(comboData(m_optimizerCombo) == QLatin1String("sgd"));
    const bool step = comboData(m_scheduleCombo) == QLatin1String("step");
    m_stepEpochsSpin->setEnabled(step);
    m_stepGammaSpin->setEnabled(step);
}

void TrainingConfigForm::updateTaskFields() {
    const bool languageModel = TrainConfig::isLanguageModelPreset(comboData(m_presetCombo).toStdString());
    m_lmOptions->setVisible(languageModel);
    m_runForm->setRowVisible(m_epochsSpin, !languageModel);  // a language model counts steps
    m_runForm->setRowVisible(m_evalsSpin, !languageModel);   // and evaluates every N steps
    m_patienceSpin->setSuffix(languageModel ? tr(" evaluations") : tr(" epochs"));
    if (languageModel == m_languageModel) return;
    m_languageModel = languageModel;
    Q_EMIT taskChanged(languageModel);
}

void TrainingConfigForm::showPresetDescription() {
    const QString description = presetDescriptionText(comboData(m_presetCombo).toStdString());
    m_presetDescription->setText(description);
    m_presetCombo->setToolTip(description);
}

void TrainingConfigForm::restoreRemembered() {
    const std::vector<std::string> presets = presetNames();
    std::string preset = settings::configPreset.get().toStdString();
    if (std::find(presets.begin(), presets.end(), preset) == presets.end())
        preset = presets.empty() ? settings::configPreset.defaultValue().toStdString() : presets.front();
    TrainConfig cfg;
    try {
        cfg = presetConfig(preset);
    } catch (const std::exception&) {
        cfg = TrainConfig();
    }
    const QSettings store = openSettings();
    if (store.contains(settings::configPreset.key())) {
        const auto text = [&store](const Setting<QString>& s, const std::string& fallback) {
            return s.get(store, QString::fromStdString(fallback)).toStdString();
        };
        cfg.optimizer = text(settings::configOptimizer, cfg.optimizer);
        cfg.lr = settings::configLr.get(store, cfg.lr);
        cfg.momentum = settings::configMomentum.get(store, cfg.momentum);
        cfg.weightDecay = settings::configWeightDecay.get(store, cfg.weightDecay);
        cfg.schedule = text(settings::configSchedule, cfg.schedule);
        cfg.stepEpochs = settings::configStepEpochs.get(store, cfg.stepEpochs);
        cfg.stepGamma = settings::configStepGamma.get(store, cfg.stepGamma);
        cfg.epochs = settings::configEpochs.get(store, cfg.epochs);
        cfg.evalsPerEpoch = settings::configEvalsPerEpoch.get(store, cfg.evalsPerEpoch);
        cfg.batchSize = settings::configBatchSize.get(store, cfg.batchSize);
        cfg.valFraction = settings::configValFraction.get(store, cfg.valFraction);
        cfg.device = text(settings::configDevice, cfg.device);
        cfg.threads = settings::configThreads.get(store, cfg.threads);
        cfg.processes = settings::configProcesses.get(store, cfg.processes);
        cfg.seed = settings::configSeed.get(store, cfg.seed);
        cfg.earlyStopPatience = settings::configEarlyStopPatience.get(store, cfg.earlyStopPatience);
        LanguageModelOptions::restore(store, cfg);
    }
    setConfig(cfg);
    showPresetDescription();  // the combo's change signal may not have fired (same index)
}

void TrainingConfigForm::remember() const {
    const TrainConfig cfg = config();
    QSettings store = openSettings();
    settings::configPreset.set(store, QString::fromStdString(cfg.preset));
    settings::configOptimizer.set(store, QString::fromStdString(cfg.optimizer));
    settings::configLr.set(store, cfg.lr);
    settings::configMomentum.set(store, cfg.momentum);
    settings::configWeightDecay.set(store, cfg.weightDecay);
    settings::configSchedule.set(store, QString::fromStdString(cfg.schedule));
    settings::configStepEpochs.set(store, cfg.stepEpochs);
    settings::configStepGamma.set(store, cfg.stepGamma);
    settings::configEpochs.set(store, cfg.epochs);
    settings::configEvalsPerEpoch.set(store, cfg.evalsPerEpoch);
    settings::configBatchSize.set(store, cfg.batchSize);
    settings::configValFraction.set(store, cfg.valFraction);
    settings::configDevice.set(store, QString::fromStdString(cfg.device));
    settings::configThreads.set(store, cfg.threads);
    settings::configProcesses.set(store, cfg.processes);
    settings::configSeed.set(store, cfg.seed);
    settings::configEarlyStopPatience.set(store, cfg.earlyStopPatience);
    LanguageModelOptions::remember(store, cfg);
}

}  // namespace ts
