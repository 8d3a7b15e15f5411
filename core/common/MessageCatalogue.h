// The messages core composes for people (health alerts and their advice, data-set warnings, loading errors and
// preview facts, why a configuration is refused, how a run ended, the presets' descriptions), as one catalogue of
// English patterns with Qt's markers %1..%9 for their figures. Core writes every such message in English, from its
// pattern (message()); a reader in another language gets it through translateMessage(), which recognises the text
// against the catalogue, takes the figures out and puts them into the translated pattern. Because it works on the
// text, messages read back from a run's files (alerts.jsonl, summary.json) of any age are translated alike, and no
// struct carries a message id. Qt-free and torch-free. The patterns are marked with TS_MESSAGE so that lupdate
// extracts them (-tr-function-alias QT_TRANSLATE_NOOP+=TS_MESSAGE) into resources/translations/report_<language>.ts,
// the translation reports and the interface share for what core writes (`ninja update_report_translations`).
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

/// Marks a catalogue pattern for lupdate (an alias of QT_TRANSLATE_NOOP): its context and English text.
#define TS_MESSAGE(context, english) \
    ::ts::MessagePattern { context, english }

namespace ts {

/// One pattern of the catalogue: the translation context and the English text with %1..%9 where figures go.
struct MessagePattern {
    const char* context;
    const char* english;
};

/// The catalogue's patterns, by name. Composed patterns are what core writes through message(); "recognised only"
/// patterns are messages written elsewhere (core/train/TrainingLoop.cpp) that are translated all the same.
enum class Msg {
    // health alerts (core/health/Alerts.cpp); nested: StepAndEpoch, the non-finite quantities
    StepAndEpoch,
    LossSpikeSigmas,
    LossSpikeFar,
    GradientSpikeSigmas,
    GradientSpikeFar,
    LossSpikeAdvice,
    GradientSpikeAdvice,
    UpdateRatioAbove,
    UpdateRatioBelow,
    ExplodingAdvice,
    VanishingAdvice,
    Overfitting,
    OverfittingAdvice,
    Plateau,
    PlateauAdvice,
    DeadLayer,
    DeadLayerAdvice,
    NonFinite,
    NonFiniteAdvice,
    // the quantities a run diverges on (TrainingLoop's `what`), nested in NonFinite and Diverged*
    QuantityLoss,
    QuantityAGradient,
    QuantityGradientNorm,
    Infinite,
    // how a run ended (recognised only: core/train/TrainingLoop.cpp writes them)
    StoppedByUserEpoch,
    StoppedByUserEvaluation,
    StoppedByAnotherProcess,
    StoppedByRankZeroEpoch,
    StoppedByRankZeroEvaluation,
    StoppedOnAlert,
    ResumedAfterEpoch,
    ResumedAfterEvaluation,
    EarlyStoppingEpochs,
    EarlyStoppingEvaluations,
    DivergedEpoch,
    DivergedEvaluation,
    // why a configuration is refused (core/train/TrainConfig.cpp)
    ConfigShapeAtLeastOne,
    ConfigWidthMultipleOfHeads,
    ConfigDropoutRange,
    ConfigChooseTokenizer,
    ConfigVocabularyRange,
    ConfigContextRange,
    ConfigHealthInterval,
    ConfigHistogramBuckets,
    ConfigSpikeWindow,
    ConfigSpikeThreshold,
    ConfigUpdateRatios,
    ConfigAlertStretches,
    ConfigPlateauDelta,
    ConfigDeadShare,
    ConfigUnknownAlertKind,
    ConfigUnknownPreset,
    ConfigUnknownOptimizer,
    ConfigUnknownSchedule,
    ConfigUnknownDevice,
    ConfigLearningRate,
    ConfigMomentum,
    ConfigWeightDecay,
    ConfigEpochs,
    ConfigEvalsPerEpoch,
    ConfigLanguageModelEvals,
    ConfigBatchSize,
    ConfigThreads,
    ConfigProcesses,
    ConfigDistTimeout,
    ConfigValFraction,
    ConfigStepEpochs,
    ConfigStepGamma,
    ConfigEarlyStopPatience,
    ConfigEarlyStopDelta,
    ConfigLogEvery,
    ConfigWarmupSteps,
    ConfigMinLr,
    ConfigGradClip,
    ConfigBetas,
    ConfigHashBuckets,
    ConfigTextEmbedding,
    ConfigSteps,
    ConfigEvalEvery,
    ConfigEvalBatches,
    ConfigTestShare,
    ConfigSampleTokens,
    ConfigTemperature,
    ConfigTopK,
    // the presets (core/train/TrainConfig.cpp's presetDescription)
    PresetSeed,
    PresetMlp,
    PresetCnn,
    PresetTextBow,
    PresetTextTransformer,
    PresetGptTiny,
    PresetGptSmall,
    PresetUnknown,
    // data-set warnings (core/data/DatasetLoader.cpp, core/data/TextTableDataset.cpp, core/text/TextPreview.cpp)
    // and, nested in them, a list of examples cut short
    ConstantColumn,
    ConstantColumns,
    DuplicateRow,
    DuplicateRows,
    SkippedFile,
    SkippedFiles,
    LabelGaps,
    SparseLabelsBlocker,
    OneClassNamed,
    OneClass,
    TinyClass,
    TinyClasses,
    ImbalancedClasses,
    DuplicateImage,
    DuplicateImages,
    SkippedEmptyTextIn,
    SkippedEmptyTextsIn,
    SkippedEmptyTextAtLine,
    SkippedEmptyTextsAtLines,
    TextInSeveralSplits,
    TextsInSeveralSplits,
    ShortTexts,
    OneTextClassInColumn,
    OneTextClassInFolder,
    SmallCorpus,
    MostlyNonText,
    MixedScripts,
    ListAndMore,
    // data sets that cannot be opened (core/data/DatasetLoader.cpp); nested: the formats TrainScope opens
    NoDatasetGiven,
    PathDoesNotExist,
    EmptyFolder,
    FolderWithoutData,
    SingleImage,
    UnknownFormat,
    SupportedFormats,
    // what the data-set preview says about a data set (notes and format, core/data/*); nested: a separator's name,
    // a size in bytes
    NoteIntegerLabelColumn,
    NoteTextLabelColumn,
    NoteHeaderLine,
    NoteNoHeaderLine,
    NoteWholeIdxFolder,
    NoteIdxPair,
    NoteSplitFromSubfolders,
    NoteSplitFromIdx,
    NoteStratifiedSplit,
    NoteDocument,
    NoteDocuments,
    NoteBytes,
    NoteTextColumn,
    NoteClassesFromSubfolders,
    NoteLabelColumnClasses,
    FormatNumericTable,
    FormatSemicolonCsv,
    FormatImageFolderRgb,
    FormatImageFolderGray,
    FormatIdxPair,
    FormatIdxPairGzip,
    FormatIdxPartlyGzip,
    FormatTsvTextTable,
    FormatCsvTextTable,
    FormatJsonlTextTable,
    FormatTextClassFolder,
    FormatTextFolder,
    FormatTextJsonl,
    Count  ///< the number of patterns, not a pattern
};

/// The translation of a pattern (`english` in `context`), or "" (or `english` itself) when there is none.
using MessageLookup = std::function<std::string(const char* context, const char* english)>;

/// The pattern named `id`.
const MessagePattern& messagePattern(Msg id);
/// Every pattern of the catalogue, in the order of Msg.
const std::vector<MessagePattern>& messagePatterns();
/// The English message: the pattern `id` with its figures (%1, %2, ... in order) filled in.
std::string message(Msg id, std::initializer_list<std::string> figures = {});

/// `text` in the lookup's language when it is one of the catalogue's messages: the pattern it matches (the most
/// specific one, by its literal text), translated, with the figures it held, each of which is translated in turn
/// when it is a message itself ("step 5 (epoch 1)"). Text that matches no pattern, or whose pattern has no
/// translation, comes back unchanged; so does everything with an empty lookup.
std::string translateMessage(const std::string& text, const MessageLookup& lookup);

}  // namespace ts
