// The training form's language-model fields (gpt-* presets): steps and evaluation, model shape, tokenizer,
// samples and watch list, warm-up and clipping.
#pragma once

#include "core/train/TrainConfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSettings;
class QSpinBox;

namespace ts {

/// The language-model groups of the training form ("languageModelOptions"), shown for gpt-* presets only.
class LanguageModelOptions : public QWidget {
    Q_OBJECT
public:
    /// Builds the groups, empty until setConfig().
    explicit LanguageModelOptions(QWidget* parent = nullptr);

    /// Shows the language-model fields of `cfg`.
    void setConfig(const TrainConfig& cfg);
    /// Writes the fields into `cfg` (its other fields stay).
    void applyTo(TrainConfig& cfg) const;
    /// Reads the remembered language-model fields from `store` into `cfg` (missing keys keep cfg's values).
    static void restore(const QSettings& store, TrainConfig& cfg);
    /// Saves the language-model fields of `cfg` in `store`.
    static void remember(QSettings& store, const TrainConfig& cfg);

    /// The prompts box's text as prompts: one per line; an empty box means the default prompts.
    static std::vector<std::string> promptsFromText(const QString& text);
    /// Prompts as the box shows them, one per line.
    static QString textFromPrompts(const std::vector<std::string>& prompts);

private:
    QGroupBox* buildTrainingBox();
    QGroupBox* buildModelBox();
    QGroupBox* buildTokenizerBox();
    QGroupBox* buildSamplesBox();
    /// The watch-list row: a path field and its browse button.
    QWidget* buildWatchListRow();
    /// The vocabulary size applies to bpe/unigram, the file field to a SentencePiece model.
    void updateTokenizerFields();
    /// Asks for a SentencePiece .model file.
    void browseTokenizerFile();
    /// Asks for a watch-list file.
    void browseWatchList();

    QSpinBox* m_stepsSpin = nullptr;
    QSpinBox* m_evalEverySpin = nullptr;
    QSpinBox* m_evalBatchesSpin = nullptr;
    QSpinBox* m_warmupSpin = nullptr;
    QDoubleSpinBox* m_minLrSpin = nullptr;
    QDoubleSpinBox* m_gradClipSpin = nullptr;
    QSpinBox* m_contextSpin = nullptr;
    QSpinBox* m_layersSpin = nullptr;
    QSpinBox* m_headsSpin = nullptr;
    QSpinBox* m_embeddingSpin = nullptr;
    QDoubleSpinBox* m_dropoutSpin = nullptr;
    QCheckBox* m_biasCheck = nullptr;
    QComboBox* m_tokenizerCombo = nullptr;
    QLineEdit* m_tokenizerFileEdit = nullptr;
    QWidget* m_tokenizerFileRow = nullptr;
    QSpinBox* m_vocabSpin = nullptr;
    QPlainTextEdit* m_promptsEdit = nullptr;
    QLineEdit* m_watchListEdit = nullptr;
    QSpinBox* m_sampleTokensSpin = nullptr;
    QDoubleSpinBox* m_temperatureSpin = nullptr;
    QSpinBox* m_topKSpin = nullptr;
    QSpinBox* m_sampleSeedSpin = nullptr;
};

}  // namespace ts
