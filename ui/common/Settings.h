// Every QSettings key TrainScope uses, declared once with its type and default (ts::settings::...).
#pragma once

#include "core/data/DatasetLoader.h"
#include "core/plot/Smoothing.h"
#include "core/train/TrainConfig.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cmath>
#include <utility>

namespace ts {

/// The application's settings store: QSettings("TrainScope", "TrainScope"), whatever the running program's
/// own name is (trainscope, trainscope-report, a test).
QSettings openSettings();

/// One remembered value: key, type and default in one place (the idea of Tiled's SessionOption<T>).
template <class T>
class Setting {
public:
    /// A value stored under `key` ("group/name"); `defaultValue` when none is stored.
    Setting(const char* key, T defaultValue = T()) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}
    Setting(QString key, T defaultValue = T()) : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    /// The key in the store ("group/name").
    const QString& key() const { return m_key; }
    /// What get() returns when nothing is stored.
    const T& defaultValue() const { return m_default; }

    /// The stored value, or the default when none is stored.
    T get() const { return get(openSettings(), m_default); }
    /// The stored value, or `fallback` when none is stored (a default known only at run time).
    T get(const T& fallback) const { return get(openSettings(), fallback); }
    /// The value in an open store, or `fallback` (many reads share one store).
    T get(const QSettings& store, const T& fallback) const {
        const QVariant value = store.value(m_key);
        return value.isValid() ? value.value<T>() : fallback;
    }
    /// True when a value is stored.
    bool isSet() const { return openSettings().contains(m_key); }

    /// Stores `value`.
    void set(const T& value) const {
        QSettings store = openSettings();
        set(store, value);
    }
    /// Stores `value` in an open store (many writes share one store).
    void set(QSettings& store, const T& value) const { store.setValue(m_key, QVariant::fromValue(value)); }
    /// Forgets the stored value.
    void remove() const { openSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

namespace settings {

namespace defaults {
inline const TrainConfig kTrain{};
inline const LoadOptions kLoad{};
}  // namespace defaults

// ---- Main window (ui/training) ----------------------------------------------------------------------------
/// Window geometry and dock layout, saved on close.
inline const Setting<QByteArray> windowGeometry{"window/geometry"};
inline const Setting<QByteArray> windowState{"window/state"};
/// A splitter's state, by the splitter's object name ("splitters/<name>").
inline Setting<QByteArray> splitterState(const QString& splitterName) {
    return Setting<QByteArray>(QStringLiteral("splitters/") + splitterName);
}
/// Interface language chosen in View ▸ Language ("zh_CN", "en"; "" = follow the system), read at start.
inline const Setting<QString> language{"view/language"};
/// Loss smoothing slider, 0..99 (EMA weight 0..0.99); the default is the one the reports use too
/// (kDefaultSmoothingWeight, 0.9: per-batch losses are dense, so heavier than TensorBoard's 0.6).
inline const Setting<int> lossSmoothing{"view/smoothing", int(std::lround(kDefaultSmoothingWeight * 100))};
/// "Normalize rows" of the main window's confusion matrix.
inline const Setting<bool> normalizeRows{"view/normalizeRows", false};
/// Column widths and sort order of the Runs panel.
inline const Setting<QByteArray> runsHeader{"runs/header"};
/// Runs folder chosen with File ▸ Runs Folder… ("" = never chosen: --runs-dir or the per-user default).
inline const Setting<QString> runsRoot{"runs/root"};
/// Folder (or table file) of the last data set opened; the Open dialog starts there.
inline const Setting<QString> lastDatasetDir{"lastDatasetDir"};

// The training form as last used (config/...). A missing key takes the remembered preset's value;
// the defaults below are TrainConfig's.
inline const Setting<QString> configPreset{"config/preset", QString::fromStdString(defaults::kTrain.preset)};
inline const Setting<QString> configOptimizer{"config/optimizer", QString::fromStdString(defaults::kTrain.optimizer)};
inline const Setting<double> configLr{"config/lr", defaults::kTrain.lr};
inline const Setting<double> configMomentum{"config/momentum", defaults::kTrain.momentum};
inline const Setting<double> configWeightDecay{"config/weightDecay", defaults::kTrain.weightDecay};
inline const Setting<QString> configSchedule{"config/schedule", QString::fromStdString(defaults::kTrain.schedule)};
inline const Setting<int> configStepEpochs{"config/stepEpochs", defaults::kTrain.stepEpochs};
inline const Setting<double> configStepGamma{"config/stepGamma", defaults::kTrain.stepGamma};
inline const Setting<int> configEpochs{"config/epochs", defaults::kTrain.epochs};
inline const Setting<int> configEvalsPerEpoch{"config/evalsPerEpoch", defaults::kTrain.evalsPerEpoch};
inline const Setting<int> configBatchSize{"config/batchSize", defaults::kTrain.batchSize};
inline const Setting<double> configValFraction{"config/valFraction", defaults::kTrain.valFraction};
inline const Setting<QString> configDevice{"config/device", QString::fromStdString(defaults::kTrain.device)};
inline const Setting<int> configThreads{"config/threads", defaults::kTrain.threads};
inline const Setting<int> configProcesses{"config/processes", defaults::kTrain.processes};
inline const Setting<qulonglong> configSeed{"config/seed", defaults::kTrain.seed};
inline const Setting<int> configEarlyStopPatience{"config/earlyStopPatience", defaults::kTrain.earlyStopPatience};
// Language models (gpt-* presets) and the schedule details of every task.
inline const Setting<qlonglong> configSteps{"config/steps", defaults::kTrain.steps};
inline const Setting<int> configEvalEvery{"config/evalEvery", defaults::kTrain.evalEvery};
inline const Setting<int> configEvalBatches{"config/evalBatches", defaults::kTrain.evalBatches};
inline const Setting<int> configWarmupSteps{"config/warmupSteps", defaults::kTrain.warmupSteps};
inline const Setting<double> configMinLr{"config/minLr", defaults::kTrain.minLr};
inline const Setting<double> configGradClip{"config/gradClip", defaults::kTrain.gradClip};
inline const Setting<int> configContextLength{"config/contextLength", defaults::kTrain.contextLength};
inline const Setting<int> configLayers{"config/layers", defaults::kTrain.layers};
inline const Setting<int> configHeads{"config/heads", defaults::kTrain.heads};
inline const Setting<int> configEmbedding{"config/embedding", defaults::kTrain.embedding};
inline const Setting<double> configDropout{"config/dropout", defaults::kTrain.dropout};
inline const Setting<bool> configBias{"config/bias", defaults::kTrain.bias};
inline const Setting<QString> configTokenizer{"config/tokenizer", QString::fromStdString(defaults::kTrain.tokenizer)};
inline const Setting<int> configVocabSize{"config/vocabSize", defaults::kTrain.vocabSize};
/// The prompts box's text (one prompt per line; "" = the default prompts).
inline const Setting<QString> configPrompts{"config/prompts"};
inline const Setting<QString> configWatchList{"config/watchList"};
inline const Setting<int> configSampleTokens{"config/sampleTokens", defaults::kTrain.sampleTokens};
inline const Setting<double> configSampleTemperature{"config/sampleTemperature", defaults::kTrain.sampleTemperature};
inline const Setting<int> configSampleTopK{"config/sampleTopK", defaults::kTrain.sampleTopK};
inline const Setting<qulonglong> configSampleSeed{"config/sampleSeed", defaults::kTrain.sampleSeed};

// ---- Data sets (ui/dataset) -------------------------------------------------------------------------------
/// File ▸ Recent Datasets, newest first.
inline const Setting<QStringList> recentDatasets{"recentDatasets"};
/// The preview's load options used last (datasetOptions/...): split fractions, image size (0 = the first
/// image's) and colour ("grayscale", "rgb" or "" / "auto").
inline const Setting<double> datasetValFraction{"datasetOptions/valFraction", defaults::kLoad.valFraction};
inline const Setting<double> datasetTestFraction{"datasetOptions/testFraction", defaults::kLoad.testFraction};
inline const Setting<int> datasetImageWidth{"datasetOptions/imageWidth", defaults::kLoad.imageWidth};
inline const Setting<int> datasetImageHeight{"datasetOptions/imageHeight", defaults::kLoad.imageHeight};
inline const Setting<QString> datasetColor{"datasetOptions/color"};

// ---- Evaluate window (ui/evaluate) ------------------------------------------------------------------------
/// The Evaluate window's fields as last used (evaluate/...).
inline const Setting<QString> evaluateModel{"evaluate/model"};
inline const Setting<QString> evaluateData{"evaluate/data"};
inline const Setting<QString> evaluateRun{"evaluate/run"};
inline const Setting<QString> evaluateReference{"evaluate/reference"};
inline const Setting<QString> evaluateInputShape{"evaluate/inputShape"};
inline const Setting<QString> evaluateClassNames{"evaluate/classNames"};
inline const Setting<QString> evaluateLabelColumn{"evaluate/labelColumn"};
inline const Setting<QString> evaluateTextColumn{"evaluate/textColumn"};
inline const Setting<QString> evaluateTokenizer{"evaluate/tokenizer"};
inline const Setting<int> evaluateContextLength{"evaluate/contextLength"};
inline const Setting<QString> evaluateSplit{"evaluate/split", QStringLiteral("auto")};
inline const Setting<QString> evaluateDevice{"evaluate/device", QStringLiteral("auto")};
inline const Setting<QByteArray> evaluateGeometry{"evaluate/geometry"};
/// Folder of the last evaluation export ("" = the home folder).
inline const Setting<QString> evaluateExportDir{"evaluate/exportDir"};
/// Folder of the mistakes gallery's last export ("" = the documents folder).
inline const Setting<QString> galleryExportDir{"gallery/exportDir"};

// ---- Exports (ui/report, ui/charts) -----------------------------------------------------------------------
/// Folder and format ("html", "pdf", "csv", "json") of the last File ▸ Export Report… ("" folder = home).
inline const Setting<QString> reportFolder{"export/reportFolder"};
inline const Setting<QString> reportFormat{"export/reportFormat", QStringLiteral("html")};
/// Folder of the last chart image saved ("" = the home folder).
inline const Setting<QString> imageFolder{"export/imageFolder"};

}  // namespace settings

}  // namespace ts
