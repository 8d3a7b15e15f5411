// The training configuration form: model preset, optimizer and schedule, epochs, batch, split, device, seed,
// and for language models their own options (LanguageModelOptions).
#pragma once

#include "core/train/TrainConfig.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace ts {

class LanguageModelOptions;

/// The form that describes a training run ("configForm"); choosing a preset fills it from the preset.
class TrainingConfigForm : public QWidget {
    Q_OBJECT
public:
    /// Builds the form; it shows a configuration after setConfig() or restoreRemembered().
    explicit TrainingConfigForm(QWidget* parent = nullptr);

    /// The configuration the form describes (fields the form lacks come from the last setConfig()).
    TrainConfig config() const;
    /// Shows `cfg` in the form without loading its preset's values.
    void setConfig(const TrainConfig& cfg);
    /// Fills the form with the configuration saved by remember(), or the remembered preset's (mlp at first).
    void restoreRemembered();
    /// Saves the form's configuration for the next start.
    void remember() const;
    /// Puts `lr` into the learning-rate field (what the range test's Apply does).
    void setLearningRate(double lr);
    /// Why `cfg` cannot train on cfg.processes processes (its batch does not split evenly), "" when it can.
    static QString processesProblem(const TrainConfig& cfg);

Q_SIGNALS:
    /// A note for the status bar ("Preset “cnn” loaded").
    void message(const QString& text);
    /// The preset switched between a classifier and a language model (true).
    void taskChanged(bool languageModel);
    /// The "Find…" button next to the learning rate was pressed: run the learning-rate range test.
    void lrFindRequested();

private:
    QGroupBox* buildModelBox();
    QGroupBox* buildOptimizerBox();
    QGroupBox* buildRunBox();
    /// The learning-rate field with its "Find…" button.
    QWidget* buildLrRow();
    /// Loads a preset into the form, keeping the device and threads (they describe this machine).
    void fillFromPreset(const QString& preset);
    /// Momentum only for SGD; decay period and gamma only for the step schedule.
    void updateDependentFields();
    /// Language-model fields for gpt-* presets; epochs only for classifiers.
    void updateTaskFields();
    /// Shows the chosen preset's description below it and as its tooltip.
    void showPresetDescription();

    QComboBox* m_presetCombo = nullptr;
    QLabel* m_presetDescription = nullptr;
    QComboBox* m_optimizerCombo = nullptr;
    QDoubleSpinBox* m_lrSpin = nullptr;
    QToolButton* m_lrFindButton = nullptr;
    QDoubleSpinBox* m_momentumSpin = nullptr;
    QDoubleSpinBox* m_weightDecaySpin = nullptr;
    QComboBox* m_scheduleCombo = nullptr;
    QSpinBox* m_stepEpochsSpin = nullptr;
    QDoubleSpinBox* m_stepGammaSpin = nullptr;
    QSpinBox* m_batchSizeSpin = nullptr;
    QSpinBox* m_epochsSpin = nullptr;
    QSpinBox* m_evalsSpin = nullptr;
    QDoubleSpinBox* m_valFractionSpin = nullptr;
    QComboBox* m_deviceCombo = nullptr;
    QSpinBox* m_threadsSpin = nullptr;
    QSpinBox* m_processesSpin = nullptr;
    QSpinBox* m_seedSpin = nullptr;
    QSpinBox* m_patienceSpin = nullptr;
    QFormLayout* m_runForm = nullptr;
    LanguageModelOptions* m_lmOptions = nullptr;
    TrainConfig m_baseConfig;  // fields the form does not show
    bool m_fillingForm = false;
    bool m_languageModel = false;
};

}  // namespace ts
