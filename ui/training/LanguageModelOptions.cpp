#include "ui/training/LanguageModelOptions.h"

#include "ui/common/LayoutMetrics.h"
#include "ui/common/Settings.h"
#include "ui/training/FormFields.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ts {

using form::comboData;
using form::makeCombo;
using form::makeFactorSpin;
using form::makeSpin;
using form::selectData;

namespace {

constexpr int kMaxEvalBatches = 100000;
constexpr int kMaxLayers = 256;
constexpr int kMaxHeads = 256;
constexpr int kMaxEmbedding = 1 << 16;
constexpr int kMaxWarmupSteps = 10000000;
constexpr int kMaxTopK = 1 << 20;
constexpr int kPromptsRows = 3;              // lines the prompts box shows before it scrolls
constexpr form::FactorSpec kDropoutSpec{0.0, 0.9, 2, 0.05};
constexpr form::FactorSpec kTemperatureSpec{0.01, 10.0, 2, 0.1};
constexpr form::FactorSpec kGradClipSpec{0.0, 1000.0, 2, 0.1};
const QString kTokenizerFile = QStringLiteral("file");  // the combo's entry for a SentencePiece .model file

bool isBuiltinTokenizer(const std::string& kind) { return kind == "char" || kind == "bpe" || kind == "unigram"; }

QSpinBox* makeCountSpin(const QString& name, const QString& tip, int min, int max) {
    auto* spin = makeSpin<QSpinBox>(name, tip);
    spin->setRange(min, max);
    return spin;
}

/// A row of a path field and a "Browse…" button.
QWidget* pathRow(QLineEdit* edit, QPushButton* browse) {
    auto* row = new QWidget();
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(LayoutMetrics::kTightSpacing);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

}  // namespace

LanguageModelOptions::LanguageModelOptions(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("languageModelOptions"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(LayoutMetrics::kSectionSpacing);
    column->addWidget(buildTrainingBox());
    column->addWidget(buildModelBox());
    column->addWidget(buildTokenizerBox());
    column->addWidget(buildSamplesBox());
    connect(m_tokenizerCombo, &QComboBox::currentIndexChanged, this, &LanguageModelOptions::updateTokenizerFields);
    updateTokenizerFields();
}

QGroupBox* LanguageModelOptions::buildTrainingBox() {
    auto* box = new QGroupBox(tr("Steps and evaluation"));
    QFormLayout* layout = form::makeForm(box);
    m_stepsSpin = makeCountSpin(QStringLiteral("stepsSpin"), tr("Optimizer steps in all (a language model is "
                                "trained in steps, not epochs)"), 1, static_cast<int>(TrainLimits::kMaxSteps));
    m_evalEverySpin = makeCountSpin(QStringLiteral("evalEverySpin"), tr("Estimate the losses and write samples "
                                    "every this many steps"), 1, static_cast<int>(TrainLimits::kMaxSteps));
    m_evalEverySpin->setSuffix(tr(" steps"));
    m_evalBatchesSpin = makeCountSpin(QStringLiteral("evalBatchesSpin"), tr("Batches per split for the train and "
                                      "validation loss estimates"), 1, kMaxEvalBatches);
    m_warmupSpin = makeCountSpin(QStringLiteral("warmupStepsSpin"), tr("Linear learning-rate warm-up over this many "
                                 "steps (0 = none)"), 0, kMaxWarmupSteps);
    m_minLrSpin = form::makeRateSpin(QStringLiteral("minLrSpin"), tr("Cosine schedule: the learning rate it decays "
                                     "to"), TrainLimits::kMaxLearningRate);
    m_gradClipSpin = makeFactorSpin(QStringLiteral("gradClipSpin"), tr("Clip the total gradient norm to this "
                                    "(0 = off); the gradient-norm chart draws it"), kGradClipSpec);
    m_gradClipSpin->setSpecialValueText(tr("off"));
    layout->addRow(tr("Steps:"), m_stepsSpin);
    layout->addRow(tr("Evaluate every:"), m_evalEverySpin);
    layout->addRow(tr("Eval batches:"), m_evalBatchesSpin);
    layout->addRow(tr("Warm-up steps:"), m_warmupSpin);
    layout->addRow(tr("Min learning rate:"), m_minLrSpin);
    layout->addRow(tr("Gradient clip:"), m_gradClipSpin);
    return box;
}

QGroupBox* LanguageModelOptions::buildModelBox() {
    auto* box = new QGroupBox(tr("Transformer"));
    QFormLayout* layout = form::makeForm(box);
    m_contextSpin = makeCountSpin(QStringLiteral("contextLengthSpin"), tr("Tokens the model sees at once (the "
                                  "training windows' length)"), 1, TrainLimits::kMaxContext);
    m_layersSpin = makeCountSpin(QStringLiteral("layersSpin"), tr("Transformer blocks"), 1, kMaxLayers);
    m_headsSpin = makeCountSpin(QStringLiteral("headsSpin"), tr("Attention heads per block (must divide the "
                                "width)"), 1, kMaxHeads);
    m_embeddingSpin = makeCountSpin(QStringLiteral("embeddingSpin"), tr("Embedding width of the model"), 1,
                                    kMaxEmbedding);
    m_dropoutSpin = makeFactorSpin(QStringLiteral("dropoutSpin"), tr("Dropout in attention, MLP and embeddings "
                                   "(0 = none)"), kDropoutSpec);
    m_biasCheck = new QCheckBox(tr("Bias in linear layers and LayerNorms"));
    m_biasCheck->setObjectName(QStringLiteral("biasCheck"));
    m_biasCheck->setToolTip(tr("GPT-2 has biases; nanoGPT's small models train slightly better without"));
    layout->addRow(tr("Context length:"), m_contextSpin);
    layout->addRow(tr("Layers:"), m_layersSpin);
    layout->addRow(tr("Heads:"), m_headsSpin);
    layout->addRow(tr("Width:"), m_embeddingSpin);
    layout->addRow(tr("Dropout:"), m_dropoutSpin);
    layout->addRow(m_biasCheck);
    return box;
}

QGroupBox* LanguageModelOptions::buildTokenizerBox() {
    auto* box = new QGroupBox(tr("Tokenizer"));
    QFormLayout* layout = form::makeForm(box);
    m_tokenizerCombo = makeCombo(QStringLiteral("tokenizerCombo"), tr("How the text is cut into tokens; trained "
                                 "on the training split and saved with the run"));
    m_tokenizerCombo->addItem(tr("Characters"), QStringLiteral("char"));
    m_tokenizerCombo->addItem(tr("BPE (SentencePiece)"), QStringLiteral("bpe"));
    m_tokenizerCombo->addItem(tr("Unigram (SentencePiece)"), QStringLiteral("unigram"));
    m_tokenizerCombo->addItem(tr("SentencePiece model file"), kTokenizerFile);
    m_tokenizerFileEdit = new QLineEdit();
    m_tokenizerFileEdit->setObjectName(QStringLiteral("tokenizerFileEdit"));
    m_tokenizerFileEdit->setToolTip(tr("An existing SentencePiece .model file"));
    auto* browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("tokenizerBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &LanguageModelOptions::browseTokenizerFile);
    m_tokenizerFileRow = pathRow(m_tokenizerFileEdit, browse);
    m_vocabSpin = makeCountSpin(QStringLiteral("vocabSizeSpin"), tr("Vocabulary size of a trained BPE or unigram "
                                "tokenizer"), 2, TrainLimits::kMaxVocab);
    layout->addRow(tr("Tokenizer:"), m_tokenizerCombo);
    layout->addRow(tr("Model file:"), m_tokenizerFileRow);
    layout->addRow(tr("Vocabulary:"), m_vocabSpin);
    return box;
}

QGroupBox* LanguageModelOptions::buildSamplesBox() {
    auto* box = new QGroupBox(tr("Samples"));
    QFormLayout* layout = form::makeForm(box);
    m_promptsEdit = new QPlainTextEdit();
    m_promptsEdit->setObjectName(QStringLiteral("promptsEdit"));
    m_promptsEdit->setToolTip(tr("Prompts continued at every evaluation, one per line (an empty line is the empty "
                                 "prompt). Leave the box empty for the default: the empty prompt and two openings "
                                 "from the validation text."));
    m_promptsEdit->setPlaceholderText(tr("(default prompts)"));
    m_promptsEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_promptsEdit->setFixedHeight(m_promptsEdit->fontMetrics().lineSpacing() * kPromptsRows +
                                  2 * LayoutMetrics::kPanelMargin);
    m_sampleTokensSpin = makeCountSpin(QStringLiteral("sampleTokensSpin"), tr("Tokens generated per prompt at each "
                                       "evaluation"), 1, TrainLimits::kMaxSampleTokens);
    m_temperatureSpin = makeFactorSpin(QStringLiteral("sampleTemperatureSpin"), tr("Sampling temperature: lower is "
                                       "more predictable, higher more varied"), kTemperatureSpec);
    m_topKSpin = makeCountSpin(QStringLiteral("sampleTopKSpin"), tr("Sample among the k most likely tokens (0 = all)"),
                               0, kMaxTopK);
    m_topKSpin->setSpecialValueText(tr("all"));
    m_sampleSeedSpin = makeCountSpin(QStringLiteral("sampleSeedSpin"), tr("Seed of the samples: the same at every "
                                     "evaluation, so only the model changes"), 0, INT_MAX);
    layout->addRow(tr("Prompts:"), m_promptsEdit);
    layout->addRow(tr("Watch list:"), buildWatchListRow());
    layout->addRow(tr("Sample tokens:"), m_sampleTokensSpin);
    layout->addRow(tr("Temperature:"), m_temperatureSpin);
    layout->addRow(tr("Top-k:"), m_topKSpin);
    layout->addRow(tr("Sample seed:"), m_sampleSeedSpin);
    return box;
}

QWidget* LanguageModelOptions::buildWatchListRow() {
    m_watchListEdit = new QLineEdit();
    m_watchListEdit->setObjectName(QStringLiteral("watchListEdit"));
    m_watchListEdit->setPlaceholderText(tr("(none)"));
    m_watchListEdit->setToolTip(tr("A word-list file, one entry per line: every whole-word, case-insensitive match "
                                   "in a sample is highlighted, counted and raises an alert"));
    auto* browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("watchListBrowseButton"));
    browse->setToolTip(m_watchListEdit->toolTip());
    connect(browse, &QPushButton::clicked, this, &LanguageModelOptions::browseWatchList);
    return pathRow(m_watchListEdit, browse);
}

void LanguageModelOptions::updateTokenizerFields() {
    const QString kind = comboData(m_tokenizerCombo);
    m_vocabSpin->setEnabled(kind == QLatin1String("bpe") || kind == QLatin1String("unigram"));
    m_tokenizerFileRow->setEnabled(kind == kTokenizerFile);
}

void LanguageModelOptions::browseTokenizerFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("SentencePiece Model"), m_tokenizerFileEdit->text(),
                                                      tr("SentencePiece models (*.model);;All files (*)"));
    if (path.isEmpty()) return;
    m_tokenizerFileEdit->setText(path);
    selectData(m_tokenizerCombo, kTokenizerFile);
}

void LanguageModelOptions::browseWatchList() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Watch List"), m_watchListEdit->text(),
                                                      tr("Word lists (*.txt);;All files (*)"));
    if (!path.isEmpty()) m_watchListEdit->setText(path);
}

void LanguageModelOptions::setConfig(const TrainConfig& cfg) {
    m_stepsSpin->setValue(static_cast<int>(std::min<int64_t>(cfg.steps, TrainLimits::kMaxSteps)));
    m_evalEverySpin->setValue(cfg.evalEvery);
    m_evalBatchesSpin->setValue(cfg.evalBatches);
    m_warmupSpin->setValue(cfg.warmupSteps);
    m_minLrSpin->setValue(cfg.minLr);
    m_gradClipSpin->setValue(cfg.gradClip);
    m_contextSpin->setValue(cfg.contextLength);
    m_layersSpin->setValue(cfg.layers);
    m_headsSpin->setValue(cfg.heads);
    m_embeddingSpin->setValue(cfg.embedding);
    m_dropoutSpin->setValue(cfg.dropout);
    m_biasCheck->setChecked(cfg.bias);
    if (isBuiltinTokenizer(cfg.tokenizer)) {
        selectData(m_tokenizerCombo, QString::fromStdString(cfg.tokenizer));
    } else {
        selectData(m_tokenizerCombo, kTokenizerFile);
        m_tokenizerFileEdit->setText(QString::fromStdString(cfg.tokenizer));
    }
    m_vocabSpin->setValue(cfg.vocabSize);
    m_promptsEdit->setPlainText(textFromPrompts(cfg.prompts));
    m_watchListEdit->setText(QString::fromStdString(cfg.watchList));
    m_sampleTokensSpin->setValue(cfg.sampleTokens);
    m_temperatureSpin->setValue(cfg.sampleTemperature);
    m_topKSpin->setValue(cfg.sampleTopK);
    m_sampleSeedSpin->setValue(static_cast<int>(std::min<uint64_t>(cfg.sampleSeed, static_cast<uint64_t>(INT_MAX))));
    updateTokenizerFields();
}

void LanguageModelOptions::applyTo(TrainConfig& cfg) const {
    cfg.steps = m_stepsSpin->value();
    cfg.evalEvery = m_evalEverySpin->value();
    cfg.evalBatches = m_evalBatchesSpin->value();
    cfg.warmupSteps = m_warmupSpin->value();
    cfg.minLr = m_minLrSpin->value();
    cfg.gradClip = m_gradClipSpin->value();
    cfg.contextLength = m_contextSpin->value();
    cfg.layers = m_layersSpin->value();
    cfg.heads = m_headsSpin->value();
    cfg.embedding = m_embeddingSpin->value();
    cfg.dropout = m_dropoutSpin->value();
    cfg.bias = m_biasCheck->isChecked();
    const QString kind = comboData(m_tokenizerCombo);
    cfg.tokenizer = (kind == kTokenizerFile ? m_tokenizerFileEdit->text().trimmed() : kind).toStdString();
    cfg.vocabSize = m_vocabSpin->value();
    cfg.prompts = promptsFromText(m_promptsEdit->toPlainText());
    cfg.watchList = m_watchListEdit->text().trimmed().toStdString();
    cfg.sampleTokens = m_sampleTokensSpin->value();
    cfg.sampleTemperature = m_temperatureSpin->value();
    cfg.sampleTopK = m_topKSpin->value();
    cfg.sampleSeed = static_cast<uint64_t>(m_sampleSeedSpin->value());
}

std::vector<std::string> LanguageModelOptions::promptsFromText(const QString& text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty()) lines.removeLast();  // trailing blank lines
    std::vector<std::string> prompts;
    for (const QString& line : std::as_const(lines)) prompts.push_back(line.toStdString());
    return prompts;
}

QString LanguageModelOptions::textFromPrompts(const std::vector<std::string>& prompts) {
    QStringList lines;
    for (const std::string& p : prompts) lines << QString::fromStdString(p);
    return lines.join(QLatin1Char('\n'));
}

void LanguageModelOptions::restore(const QSettings& store, TrainConfig& cfg) {
    namespace s = settings;
    cfg.steps = s::configSteps.get(store, cfg.steps);
    cfg.evalEvery = s::configEvalEvery.get(store, cfg.evalEvery);
    cfg.evalBatches = s::configEvalBatches.get(store, cfg.evalBatches);
    cfg.warmupSteps = s::configWarmupSteps.get(store, cfg.warmupSteps);
    cfg.minLr = s::configMinLr.get(store, cfg.minLr);
    cfg.gradClip = s::configGradClip.get(store, cfg.gradClip);
    cfg.contextLength = s::configContextLength.get(store, cfg.contextLength);
    cfg.layers = s::configLayers.get(store, cfg.layers);
    cfg.heads = s::configHeads.get(store, cfg.heads);
    cfg.embedding = s::configEmbedding.get(store, cfg.embedding);
    cfg.dropout = s::configDropout.get(store, cfg.dropout);
    cfg.bias = s::configBias.get(store, cfg.bias);
    cfg.tokenizer = s::configTokenizer.get(store, QString::fromStdString(cfg.tokenizer)).toStdString();
    cfg.vocabSize = s::configVocabSize.get(store, cfg.vocabSize);
    cfg.prompts = promptsFromText(s::configPrompts.get(store, textFromPrompts(cfg.prompts)));
    cfg.watchList = s::configWatchList.get(store, QString::fromStdString(cfg.watchList)).toStdString();
    cfg.sampleTokens = s::configSampleTokens.get(store, cfg.sampleTokens);
    cfg.sampleTemperature = s::configSampleTemperature.get(store, cfg.sampleTemperature);
    cfg.sampleTopK = s::configSampleTopK.get(store, cfg.sampleTopK);
    cfg.sampleSeed = s::configSampleSeed.get(store, cfg.sampleSeed);
}

void LanguageModelOptions::remember(QSettings& store, const TrainConfig& cfg) {
    namespace s = settings;
    s::configSteps.set(store, cfg.steps);
    s::configEvalEvery.set(store, cfg.evalEvery);
    s::configEvalBatches.set(store, cfg.evalBatches);
    s::configWarmupSteps.set(store, cfg.warmupSteps);
    s::configMinLr.set(store, cfg.minLr);
    s::configGradClip.set(store, cfg.gradClip);
    s::configContextLength.set(store, cfg.contextLength);
    s::configLayers.set(store, cfg.layers);
    s::configHeads.set(store, cfg.heads);
    s::configEmbedding.set(store, cfg.embedding);
    s::configDropout.set(store, cfg.dropout);
    s::configBias.set(store, cfg.bias);
    s::configTokenizer.set(store, QString::fromStdString(cfg.tokenizer));
    s::configVocabSize.set(store, cfg.vocabSize);
    s::configPrompts.set(store, textFromPrompts(cfg.prompts));
    s::configWatchList.set(store, QString::fromStdString(cfg.watchList));
    s::configSampleTokens.set(store, cfg.sampleTokens);
    s::configSampleTemperature.set(store, cfg.sampleTemperature);
    s::configSampleTopK.set(store, cfg.sampleTopK);
    s::configSampleSeed.set(store, cfg.sampleSeed);
}

}  // namespace ts
