// The catalogue of core's messages and their recognition in translated text (see MessageCatalogue.h).
// Each pattern here is word for word what core writes; changing one changes core's English output (and the
// translators' entry in report_<language>.ts, after `ninja update_report_translations`).
#include "core/common/MessageCatalogue.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <vector>

namespace ts {

namespace {

/// A pattern and the name it goes by; the table lists them in the order of Msg (test_message_catalogue checks).
struct Entry {
    Msg id;
    MessagePattern pattern;
};

const Entry kCatalogue[] = {
    {Msg::StepAndEpoch, TS_MESSAGE("ts::Alerts", "step %1 (epoch %2)")},
    {Msg::LossSpikeSigmas,
     TS_MESSAGE("ts::Alerts",
                "Loss %1 at %2 is %3 standard deviations above the mean of the previous %4 steps (mean %5, "
                "std %6).")},
    {Msg::LossSpikeFar,
     TS_MESSAGE("ts::Alerts", "Loss %1 at %2 is far above the mean of the previous %3 steps (mean %4, std %5).")},
    {Msg::GradientSpikeSigmas,
     TS_MESSAGE("ts::Alerts",
                "Gradient norm %1 at %2 is %3 standard deviations above the mean of the previous %4 steps "
                "(mean %5, std %6).")},
    {Msg::GradientSpikeFar,
     TS_MESSAGE("ts::Alerts",
                "Gradient norm %1 at %2 is far above the mean of the previous %3 steps (mean %4, std %5).")},
    {Msg::LossSpikeAdvice,
     TS_MESSAGE("ts::Alerts",
                "If spikes repeat, lower the learning rate or clip gradients (--grad-clip); a single spike "
                "can also come from a batch with bad samples or labels.")},
    {Msg::GradientSpikeAdvice,
     TS_MESSAGE("ts::Alerts",
                "Clip gradients (--grad-clip) or lower the learning rate; use a warm-up if it happens early.")},
    {Msg::UpdateRatioAbove,
     TS_MESSAGE("ts::Alerts",
                "The update ratio of %1 has been above %2 for %3 health samples in a row, now %4 at %5; "
                "about 1e-3 is healthy.")},
    {Msg::UpdateRatioBelow,
     TS_MESSAGE("ts::Alerts",
                "The update ratio of %1 has been below %2 for %3 health samples in a row, now %4 at %5; "
                "about 1e-3 is healthy.")},
    {Msg::ExplodingAdvice,
     TS_MESSAGE("ts::Alerts",
                "Lower the learning rate or clip gradients (--grad-clip); check this layer's initialization.")},
    {Msg::VanishingAdvice,
     TS_MESSAGE("ts::Alerts",
                "Raise the learning rate or use a schedule with warm-up; check the initialization, and for "
                "deep stacks normalization or residual connections.")},
    {Msg::Overfitting,
     TS_MESSAGE("ts::Alerts",
                "Validation loss rose at %1 evaluations in a row (%2 -> %3) while training loss fell (%4 -> "
                "%5); the best validation loss was %6 at %7.")},
    {Msg::OverfittingAdvice,
     TS_MESSAGE("ts::Alerts",
                "Keep the weights of the best evaluation and stop there (--early-stop), or regularize: add "
                "weight decay (--weight-decay), dropout or more data.")},
    {Msg::Plateau,
     TS_MESSAGE("ts::Alerts",
                "Validation loss has not improved by more than %1% for %2 evaluations at a constant learning "
                "rate of %3 (best %4 at %5, now %6).")},
    {Msg::PlateauAdvice,
     TS_MESSAGE("ts::Alerts",
                "Lower the learning rate or use a schedule (--schedule cosine or step); if training loss is "
                "still high, try a larger model.")},
    {Msg::DeadLayer,
     TS_MESSAGE("ts::Alerts", "%1% of the %2 units of layer %3 are dead (zero for every sample of the batch) at %4.")},
    {Msg::DeadLayerAdvice,
     TS_MESSAGE("ts::Alerts",
                "Lower the learning rate, change the initialization (He/Kaiming) or use LeakyReLU/GELU "
                "instead of ReLU.")},
    {Msg::NonFinite, TS_MESSAGE("ts::Alerts", "The %1 became %2 at %3 with a learning rate of %4; the run diverged.")},
    {Msg::NonFiniteAdvice,
     TS_MESSAGE("ts::Alerts",
                "Lower the learning rate (try 10x lower), clip gradients (--grad-clip) or use a warm-up; "
                "check the data for NaN or extreme values.")},

    {Msg::QuantityLoss, TS_MESSAGE("ts::Training", "loss")},
    {Msg::QuantityAGradient, TS_MESSAGE("ts::Training", "a gradient")},
    {Msg::QuantityGradientNorm, TS_MESSAGE("ts::Training", "the gradient norm")},
    {Msg::Infinite, TS_MESSAGE("ts::Training", "infinite")},
    {Msg::StoppedByUserEpoch, TS_MESSAGE("ts::Training", "stopped by the user at step %1 (epoch %2)")},
    {Msg::StoppedByUserEvaluation, TS_MESSAGE("ts::Training", "stopped by the user at step %1 (evaluation %2)")},
    {Msg::StoppedByAnotherProcess, TS_MESSAGE("ts::Training", "stopped by another process at step %1")},
    {Msg::StoppedByRankZeroEpoch, TS_MESSAGE("ts::Training", "stopped by rank 0 after epoch %1")},
    {Msg::StoppedByRankZeroEvaluation, TS_MESSAGE("ts::Training", "stopped by rank 0 after evaluation %1")},
    {Msg::StoppedOnAlert, TS_MESSAGE("ts::Training", "stopped at step %1 on a %2 alert (--stop-on): %3")},
    {Msg::ResumedAfterEpoch, TS_MESSAGE("ts::Training", "resumed from %1 after epoch %2 (step %3)")},
    {Msg::ResumedAfterEvaluation, TS_MESSAGE("ts::Training", "resumed from %1 after evaluation %2 (step %3)")},
    {Msg::EarlyStoppingEpochs,
     TS_MESSAGE("ts::Training",
                "early stopping: the validation loss did not improve for %1 epochs; restored the best "
                "weights (epoch %2, validation loss %3)")},
    {Msg::EarlyStoppingEvaluations,
     TS_MESSAGE("ts::Training",
                "early stopping: the validation loss did not improve for %1 evaluations; restored the "
                "best weights (step %2, validation loss %3)")},
    {Msg::DivergedEpoch,
     TS_MESSAGE("ts::Training", "%1 became %2 at step %3 (epoch %4, lr %5): lower the learning rate")},
    {Msg::DivergedEvaluation,
     TS_MESSAGE("ts::Training", "%1 became %2 at step %3 (evaluation %4, lr %5): lower the learning rate")},

    {Msg::ConfigShapeAtLeastOne, TS_MESSAGE("ts::TrainConfig", "Layers, heads and width must be at least 1.")},
    {Msg::ConfigWidthMultipleOfHeads,
     TS_MESSAGE("ts::TrainConfig", "The width (%1) must be a multiple of the heads (%2).")},
    {Msg::ConfigDropoutRange, TS_MESSAGE("ts::TrainConfig", "Dropout must be in [0, 1).")},
    {Msg::ConfigChooseTokenizer,
     TS_MESSAGE("ts::TrainConfig", "Choose a tokenizer: char, bpe, unigram or a SentencePiece .model file.")},
    {Msg::ConfigVocabularyRange, TS_MESSAGE("ts::TrainConfig", "The vocabulary size must be between %1 and %2.")},
    {Msg::ConfigContextRange, TS_MESSAGE("ts::TrainConfig", "The context length must be between %1 and %2 tokens.")},
    {Msg::ConfigHealthInterval,
     TS_MESSAGE("ts::TrainConfig", "The diagnostics interval must be 0 (automatic) or a positive number of steps.")},
    {Msg::ConfigHistogramBuckets, TS_MESSAGE("ts::TrainConfig", "Histograms need at least 1 bucket.")},
    {Msg::ConfigSpikeWindow, TS_MESSAGE("ts::TrainConfig", "Spike detection needs a window of at least 2 steps.")},
    {Msg::ConfigSpikeThreshold,
     TS_MESSAGE("ts::TrainConfig", "The spike threshold must be a positive number of standard deviations.")},
    {Msg::ConfigUpdateRatios,
     TS_MESSAGE("ts::TrainConfig", "The vanishing update ratio must be positive and below the exploding one.")},
    {Msg::ConfigAlertStretches,
     TS_MESSAGE("ts::TrainConfig", "Alert stretches must be at least 1 sample or evaluation long.")},
    {Msg::ConfigPlateauDelta, TS_MESSAGE("ts::TrainConfig", "The plateau's minimum improvement must not be negative.")},
    {Msg::ConfigDeadShare, TS_MESSAGE("ts::TrainConfig", "The dead-layer share must be in (0, 1].")},
    {Msg::ConfigUnknownAlertKind, TS_MESSAGE("ts::TrainConfig", "Unknown alert kind '%1' to stop on.")},
    {Msg::ConfigUnknownPreset,
     TS_MESSAGE("ts::TrainConfig",
                "Unknown preset '%1': choose seed, mlp, cnn, text-bow, text-transformer, gpt-tiny or "
                "gpt-small.")},
    {Msg::ConfigUnknownOptimizer, TS_MESSAGE("ts::TrainConfig", "Unknown optimizer '%1': choose sgd, adam or adamw.")},
    {Msg::ConfigUnknownSchedule,
     TS_MESSAGE("ts::TrainConfig", "Unknown LR schedule '%1': choose constant, step or cosine.")},
    {Msg::ConfigUnknownDevice, TS_MESSAGE("ts::TrainConfig", "Unknown device '%1': choose auto, cpu or cuda.")},
    {Msg::ConfigLearningRate,
     TS_MESSAGE("ts::TrainConfig", "The learning rate must be greater than 0 and at most %1.")},
    {Msg::ConfigMomentum, TS_MESSAGE("ts::TrainConfig", "Momentum must be in [0, 1).")},
    {Msg::ConfigWeightDecay, TS_MESSAGE("ts::TrainConfig", "Weight decay must not be negative.")},
    {Msg::ConfigEpochs, TS_MESSAGE("ts::TrainConfig", "Epochs must be between 1 and %1.")},
    {Msg::ConfigEvalsPerEpoch, TS_MESSAGE("ts::TrainConfig", "Evaluations per epoch must be between 1 and %1.")},
    {Msg::ConfigLanguageModelEvals,
     TS_MESSAGE("ts::TrainConfig",
                "Language models evaluate every N steps (eval every), not a number of times per epoch.")},
    {Msg::ConfigBatchSize, TS_MESSAGE("ts::TrainConfig", "The batch size must be between 1 and %1.")},
    {Msg::ConfigThreads, TS_MESSAGE("ts::TrainConfig", "Threads must be 0 (automatic) or a positive count.")},
    {Msg::ConfigProcesses, TS_MESSAGE("ts::TrainConfig", "Processes must be a positive count (1 = a single process).")},
    {Msg::ConfigDistTimeout, TS_MESSAGE("ts::TrainConfig", "The data-parallel timeout must be at least 1 second.")},
    {Msg::ConfigValFraction, TS_MESSAGE("ts::TrainConfig", "The validation fraction must be in [0, 1).")},
    {Msg::ConfigStepEpochs, TS_MESSAGE("ts::TrainConfig", "The step schedule needs a step of at least 1 epoch.")},
    {Msg::ConfigStepGamma, TS_MESSAGE("ts::TrainConfig", "The step schedule's factor must be in (0, 1].")},
    {Msg::ConfigEarlyStopPatience,
     TS_MESSAGE("ts::TrainConfig", "Early-stopping patience must be 0 (off) or a positive number of epochs.")},
    {Msg::ConfigEarlyStopDelta,
     TS_MESSAGE("ts::TrainConfig", "Early stopping's minimum improvement must not be negative.")},
    {Msg::ConfigLogEvery, TS_MESSAGE("ts::TrainConfig", "Batch metrics must be logged at least every 1 batch.")},
    {Msg::ConfigWarmupSteps, TS_MESSAGE("ts::TrainConfig", "Warm-up steps must not be negative.")},
    {Msg::ConfigMinLr,
     TS_MESSAGE("ts::TrainConfig", "The minimum learning rate must be between 0 and the learning rate.")},
    {Msg::ConfigGradClip, TS_MESSAGE("ts::TrainConfig", "Gradient clipping must be 0 (off) or a positive norm.")},
    {Msg::ConfigBetas, TS_MESSAGE("ts::TrainConfig", "Adam's betas must be in [0, 1).")},
    {Msg::ConfigHashBuckets, TS_MESSAGE("ts::TrainConfig", "The hash buckets must be between 1 and %1.")},
    {Msg::ConfigTextEmbedding, TS_MESSAGE("ts::TrainConfig", "The text embedding width must be between 1 and %1.")},
    {Msg::ConfigSteps, TS_MESSAGE("ts::TrainConfig", "Steps must be between 1 and %1.")},
    {Msg::ConfigEvalEvery, TS_MESSAGE("ts::TrainConfig", "Evaluate every at least 1 step.")},
    {Msg::ConfigEvalBatches, TS_MESSAGE("ts::TrainConfig", "The loss estimates need at least 1 batch (eval batches).")},
    {Msg::ConfigTestShare,
     TS_MESSAGE("ts::TrainConfig",
                "The validation and test shares must leave text to train on (they add up to less than 1).")},
    {Msg::ConfigSampleTokens, TS_MESSAGE("ts::TrainConfig", "Sample length must be between 0 and %1 tokens.")},
    {Msg::ConfigTemperature, TS_MESSAGE("ts::TrainConfig", "The sampling temperature must be greater than 0.")},
    {Msg::ConfigTopK, TS_MESSAGE("ts::TrainConfig", "Top-k must be 0 (all tokens) or positive.")},

    {Msg::PresetSeed,
     TS_MESSAGE("ts::PresetTexts",
                "The reference tutorial exactly: 784-512-512-10 MLP with a ReLU on the logits, SGD lr 1e-3, "
                "batch 64, no shuffling, evaluated on the test set after every epoch (~41% after 5 epochs).")},
    {Msg::PresetMlp,
     TS_MESSAGE("ts::PresetTexts",
                "The tutorial's 784-512-512-10 MLP without the ReLU on the logits, standardized pixels, "
                "batch 256, AdamW with cosine decay, 10% validation split (~89% test accuracy in 5 epochs).")},
    {Msg::PresetCnn,
     TS_MESSAGE("ts::PresetTexts",
                "A small convolutional net (two 3x3 conv blocks with batch norm, max pooling, dropout), AdamW "
                "with cosine decay (>90% test accuracy in 2-5 epochs; slower per epoch than the MLP on a CPU).")},
    {Msg::PresetTextBow,
     TS_MESSAGE("ts::PresetTexts",
                "Text classifier: a bag of hashed word 1-2-grams and character 3-5-grams (2^16 buckets), "
                "their mean 32-wide embedding and a linear layer, AdamW lr 2e-2 with cosine decay, 5 epochs "
                "of batch 64; the fast baseline that trains in seconds.")},
    {Msg::PresetTextTransformer,
     TS_MESSAGE("ts::PresetTexts",
                "Text classifier: a small transformer encoder on the language models' tokenizers (char by "
                "default; bpe or unigram with --tokenizer), the first 64 tokens of each text, 2 pre-LayerNorm "
                "blocks, 4 heads, 64 wide, mean-pooled over the text's tokens and a linear layer; AdamW lr 1e-3 "
                "with 50 warm-up steps and cosine decay, 4 epochs of batch 32 on 1 thread.")},
    {Msg::PresetGptTiny,
     TS_MESSAGE("ts::PresetTexts",
                "Language model: nanoGPT's baby GPT for a CPU (4 layers, 4 heads, 128 wide, context 64, "
                "batch 12, char tokens, AdamW lr 1e-3 with 100 warm-up steps and cosine decay to 1e-4, 2,000 "
                "steps; validation loss ~1.88 on tiny-shakespeare).")},
    {Msg::PresetGptSmall,
     TS_MESSAGE("ts::PresetTexts",
                "Language model: nanoGPT's shakespeare-char model (6 layers, 6 heads, 384 wide, context "
                "256, batch 64, dropout 0.2, 5,000 steps); about 10.7 M parameters, for a machine with a GPU.")},
    {Msg::PresetUnknown, TS_MESSAGE("ts::PresetTexts", "Unknown preset")},

    {Msg::ConstantColumn, TS_MESSAGE("ts::DatasetWarnings", "%1 column is constant and carry no information: %2.")},
    {Msg::ConstantColumns, TS_MESSAGE("ts::DatasetWarnings", "%1 columns are constant and carry no information: %2.")},
    {Msg::DuplicateRow,
     TS_MESSAGE("ts::DatasetWarnings",
                "%1 row is an exact duplicate of an earlier row (e.g. line %2 repeats line %3); duplicates "
                "can leak between the training and test splits.")},
    {Msg::DuplicateRows,
     TS_MESSAGE("ts::DatasetWarnings",
                "%1 rows are exact duplicates of an earlier row (e.g. line %2 repeats line %3); duplicates "
                "can leak between the training and test splits.")},
    {Msg::SkippedFile,
     TS_MESSAGE("ts::DatasetWarnings", "Skipped %1 file that is not an image or failed to decode: %2.")},
    {Msg::SkippedFiles,
     TS_MESSAGE("ts::DatasetWarnings", "Skipped %1 files that are not an image or failed to decode: %2.")},
    {Msg::LabelGaps, TS_MESSAGE("ts::DatasetWarnings",
                                "Labels %1 (%2 of %3 label values) have no samples; the labels that occur are %4.")},
    {Msg::SparseLabelsBlocker,
     TS_MESSAGE("ts::DatasetWarnings",
                "%1 Training would treat this as %2 classes. Fix the label file, or load it anyway "
                "(trainscope-cli --accept-sparse-labels, or 'Accept sparse labels' in the data-set "
                "preview).")},
    {Msg::OneClassNamed,
     TS_MESSAGE("ts::DatasetWarnings",
                "The data set has only one class ('%1'): a classifier needs at least two. For a table, check "
                "the label column; for an image folder, make one sub-folder per class.")},
    {Msg::OneClass,
     TS_MESSAGE("ts::DatasetWarnings",
                "The data set has only one class: a classifier needs at least two. For a table, check the "
                "label column; for an image folder, make one sub-folder per class.")},
    {Msg::TinyClass, TS_MESSAGE("ts::DatasetWarnings",
                                "%1 class has fewer than 2 samples and cannot be both trained and evaluated: %2.")},
    {Msg::TinyClasses,
     TS_MESSAGE("ts::DatasetWarnings",
                "%1 classes have fewer than 2 samples and cannot be both trained and evaluated: %2.")},
    {Msg::ImbalancedClasses,
     TS_MESSAGE("ts::DatasetWarnings",
                "Classes are imbalanced: '%1' has %2 samples, '%3' only %4; accuracy alone will flatter the "
                "model.")},
    {Msg::DuplicateImage,
     TS_MESSAGE("ts::DatasetWarnings",
                "%1 image is an exact duplicate of another one with the same label (after resizing).")},
    {Msg::DuplicateImages,
     TS_MESSAGE("ts::DatasetWarnings",
                "%1 images are exact duplicates of another one with the same label (after resizing).")},
    {Msg::SkippedEmptyTextIn, TS_MESSAGE("ts::DatasetWarnings", "Skipped %1 empty text (or empty labels): %2.")},
    {Msg::SkippedEmptyTextsIn, TS_MESSAGE("ts::DatasetWarnings", "Skipped %1 empty texts (or empty labels): %2.")},
    {Msg::SkippedEmptyTextAtLine,
     TS_MESSAGE("ts::DatasetWarnings", "Skipped %1 empty text (or empty labels), at line %2.")},
    {Msg::SkippedEmptyTextsAtLines,
     TS_MESSAGE("ts::DatasetWarnings", "Skipped %1 empty texts (or empty labels), at lines %2.")},
    {Msg::TextInSeveralSplits,
     TS_MESSAGE("ts::DatasetWarnings",
                "%1 text occurs in more than one split (train/validation/test): the held-out figures flatter "
                "the model.")},
    {Msg::TextsInSeveralSplits,
     TS_MESSAGE("ts::DatasetWarnings",
                "%1 texts occur in more than one split (train/validation/test): the held-out figures "
                "flatter the model.")},
    {Msg::ShortTexts, TS_MESSAGE("ts::DatasetWarnings", "%1 texts (%2%) have fewer than %3 words.")},
    {Msg::OneTextClassInColumn,
     TS_MESSAGE("ts::DatasetWarnings",
                "The label column '%1' holds one class ('%2') in all %3 texts: a classifier needs at least "
                "two.")},
    {Msg::OneTextClassInFolder,
     TS_MESSAGE("ts::DatasetWarnings",
                "The folder holds one class ('%1') in all %2 texts: a classifier needs at least two.")},
    {Msg::SmallCorpus,
     TS_MESSAGE("ts::DatasetWarnings",
                "Very small corpus (%1 bytes): a model will soon learn it by heart; 1 MB of text or more is "
                "a better start.")},
    {Msg::MostlyNonText,
     TS_MESSAGE("ts::DatasetWarnings",
                "Mostly non-text: only %1% of the characters (white space aside) are letters; is this prose "
                "or a data file?")},
    {Msg::MixedScripts, TS_MESSAGE("ts::DatasetWarnings", "Mixed scripts: %1 of the letters.")},
    {Msg::ListAndMore, TS_MESSAGE("ts::DatasetWarnings", "%1 and %2 more")},

    {Msg::NoDatasetGiven, TS_MESSAGE("ts::DatasetErrors", "No data set given. %1")},
    {Msg::PathDoesNotExist, TS_MESSAGE("ts::DatasetErrors", "%1: does not exist.")},
    {Msg::EmptyFolder, TS_MESSAGE("ts::DatasetErrors", "%1: is an empty folder. %2")},
    {Msg::FolderWithoutData,
     TS_MESSAGE("ts::DatasetErrors",
                "%1: is a folder with neither IDX files nor class sub-folders of PNG/JPEG images. %2")},
    {Msg::SingleImage,
     TS_MESSAGE("ts::DatasetErrors",
                "%1: is a single image. Choose the folder that holds one sub-folder of images per class.")},
    {Msg::UnknownFormat, TS_MESSAGE("ts::DatasetErrors", "%1: is not a format TrainScope recognises. %2")},
    {Msg::SupportedFormats,
     TS_MESSAGE("ts::DatasetErrors",
                "TrainScope opens a folder with the four IDX files (train-images-idx3-ubyte, ...; raw or .gz), one "
                "IDX images file with its labels file, a CSV/TSV table (.csv, .tsv, .txt), a folder with one "
                "sub-folder of PNG/JPEG images per class, or a UTF-8 text corpus for language models (.txt, a folder "
                "of .txt files, or .jsonl with a \"text\" field), or labelled texts for text classification (a "
                "CSV/TSV/JSONL table with a text and a label column, or a folder with one sub-folder of .txt files "
                "per class).")},

    {Msg::NoteIntegerLabelColumn, TS_MESSAGE("ts::DatasetFacts", "label column: %1 (integer labels, %2 classes)")},
    {Msg::NoteTextLabelColumn, TS_MESSAGE("ts::DatasetFacts", "label column: %1 (text labels, %2 classes)")},
    {Msg::NoteHeaderLine, TS_MESSAGE("ts::DatasetFacts", "first line is a header")},
    {Msg::NoteNoHeaderLine, TS_MESSAGE("ts::DatasetFacts", "no header line; columns are numbered")},
    {Msg::NoteWholeIdxFolder,
     TS_MESSAGE("ts::DatasetFacts",
                "opened the whole folder: it holds the four standard IDX files with their own train/test split")},
    {Msg::NoteIdxPair, TS_MESSAGE("ts::DatasetFacts", "images: %1; labels: %2")},
    {Msg::NoteSplitFromSubfolders,
     TS_MESSAGE("ts::DatasetFacts", "split taken from the folder's train/val/test sub-folders")},
    {Msg::NoteSplitFromIdx, TS_MESSAGE("ts::DatasetFacts", "train/test split taken from the IDX files")},
    {Msg::NoteStratifiedSplit,
     TS_MESSAGE("ts::DatasetFacts", "stratified split %1/%2/%3 (train/validation/test), seed %4")},
    {Msg::NoteDocument, TS_MESSAGE("ts::DatasetFacts", "%1 document, %2 of UTF-8 text")},
    {Msg::NoteDocuments, TS_MESSAGE("ts::DatasetFacts", "%1 documents, %2 of UTF-8 text")},
    {Msg::NoteBytes, TS_MESSAGE("ts::DatasetFacts", "%1 bytes")},
    {Msg::NoteTextColumn, TS_MESSAGE("ts::DatasetFacts", "text column: %1")},
    {Msg::NoteClassesFromSubfolders, TS_MESSAGE("ts::DatasetFacts", "classes from the sub-folder names (%1 classes)")},
    {Msg::NoteLabelColumnClasses, TS_MESSAGE("ts::DatasetFacts", "label column: %1 (%2 classes)")},
    {Msg::FormatNumericTable, TS_MESSAGE("ts::DatasetFacts", "%1, %2 numeric features")},
    {Msg::FormatSemicolonCsv, TS_MESSAGE("ts::DatasetFacts", "CSV (semicolon)")},
    {Msg::FormatImageFolderRgb, TS_MESSAGE("ts::DatasetFacts", "Image folder, %1x%2 RGB")},
    {Msg::FormatImageFolderGray, TS_MESSAGE("ts::DatasetFacts", "Image folder, %1x%2 grayscale")},
    {Msg::FormatIdxPair, TS_MESSAGE("ts::DatasetFacts", "IDX pair")},
    {Msg::FormatIdxPairGzip, TS_MESSAGE("ts::DatasetFacts", "IDX pair (gzip)")},
    {Msg::FormatIdxPartlyGzip, TS_MESSAGE("ts::DatasetFacts", "IDX (partly gzip)")},
    {Msg::FormatTsvTextTable, TS_MESSAGE("ts::DatasetFacts", "TSV text table")},
    {Msg::FormatCsvTextTable, TS_MESSAGE("ts::DatasetFacts", "CSV text table")},
    {Msg::FormatJsonlTextTable, TS_MESSAGE("ts::DatasetFacts", "JSONL text table")},
    {Msg::FormatTextClassFolder, TS_MESSAGE("ts::DatasetFacts", "text folder (one sub-folder per class)")},
    {Msg::FormatTextFolder, TS_MESSAGE("ts::DatasetFacts", "text (folder of .txt files)")},
    {Msg::FormatTextJsonl, TS_MESSAGE("ts::DatasetFacts", "text (JSONL)")},
};

static_assert(sizeof(kCatalogue) / sizeof(kCatalogue[0]) == size_t(Msg::Count), "one catalogue entry per Msg");

/// How deep figures are translated as messages in turn (a message inside a message inside a message).
constexpr int kMostNesting = 3;
/// The highest marker a pattern may hold (%9).
constexpr int kMostMarkers = 9;

/// A pattern cut at its markers: literal[0] %marker[0] literal[1] %marker[1] ... literal[n].
struct ParsedPattern {
    const MessagePattern* pattern = nullptr;
    std::vector<std::string> literals;
    std::vector<int> markers;  ///< 0-based: %1 is 0
    size_t literalLength = 0;  ///< how specific the pattern is: the more fixed text, the earlier it is tried
};

ParsedPattern parse(const MessagePattern& pattern) {
    ParsedPattern p;
    p.pattern = &pattern;
    p.literals.emplace_back();
    const std::string text = pattern.english;
    for (size_t i = 0; i < text.size(); ++i) {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (text[i] == '%' && next >= '1' && next <= char('0' + kMostMarkers)) {
            p.markers.push_back(next - '1');
            p.literals.emplace_back();
            ++i;
        } else {
            p.literals.back() += text[i];
            ++p.literalLength;
        }
    }
    return p;
}

/// The catalogue parsed once, most specific pattern first.
const std::vector<ParsedPattern>& parsedCatalogue() {
    static const std::vector<ParsedPattern> parsed = [] {
        std::vector<ParsedPattern> all;
        for (const MessagePattern& pattern : messagePatterns()) all.push_back(parse(pattern));
        std::stable_sort(all.begin(), all.end(), [](const ParsedPattern& a, const ParsedPattern& b) {
            return a.literalLength > b.literalLength;
        });
        return all;
    }();
    return parsed;
}

/// Matches text[from...] against the pattern's pieces from literal `piece` on; fills `captures` (in the order of
/// the markers) and returns true on a match of the whole rest of the text. Captures are as short as a match allows.
bool matchFrom(const ParsedPattern& p, const std::string& text, size_t from, size_t piece,
               std::vector<std::string>& captures) {
    const std::string& literal = p.literals[piece];
    if (text.compare(from, literal.size(), literal) != 0) return false;
    from += literal.size();
    if (piece == p.markers.size()) return from == text.size();
    const std::string& following = p.literals[piece + 1];
    if (following.empty() && piece + 1 == p.markers.size()) {  // the last marker ends the pattern: it takes the rest
        captures.push_back(text.substr(from));
        return true;
    }
    for (size_t end = text.find(following, from); end != std::string::npos; end = text.find(following, end + 1)) {
        captures.push_back(text.substr(from, end - from));
        if (matchFrom(p, text, end, piece + 1, captures)) return true;
        captures.pop_back();
    }
    return false;
}

/// `pattern` with each marker %N replaced by figures[N-1], in one pass (a figure's own "%1" stays).
std::string fillMarkers(const std::string& pattern, const std::vector<std::string>& figures) {
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        const size_t index = size_t(next - '1');
        if (pattern[i] == '%' && next >= '1' && next <= char('0' + kMostMarkers) && index < figures.size()) {
            out += figures[index];
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

/// The figures of `text` by marker number (%1 first) when it matches `p`.
std::optional<std::vector<std::string>> match(const ParsedPattern& p, const std::string& text) {
    std::vector<std::string> inOrder;
    if (!matchFrom(p, text, 0, 0, inOrder)) return std::nullopt;
    std::vector<std::string> byMarker(static_cast<size_t>(kMostMarkers));
    for (size_t i = 0; i < p.markers.size(); ++i) byMarker[size_t(p.markers[i])] = inOrder[i];
    return byMarker;
}

/// `text` translated as translateMessage does, `depth` messages deep.
std::string translateNested(const std::string& text, const MessageLookup& lookup, int depth) {
    if (depth > kMostNesting || text.empty()) return text;
    for (const ParsedPattern& p : parsedCatalogue()) {
        std::optional<std::vector<std::string>> figures = match(p, text);
        if (!figures) continue;
        const std::string translated = lookup(p.pattern->context, p.pattern->english);
        if (translated.empty() || translated == p.pattern->english) return text;
        for (std::string& figure : *figures) figure = translateNested(figure, lookup, depth + 1);
        return fillMarkers(translated, *figures);
    }
    return text;
}

}  // namespace

const std::vector<MessagePattern>& messagePatterns() {
    static const std::vector<MessagePattern> patterns = [] {
        std::vector<MessagePattern> all;
        for (const Entry& e : kCatalogue) all.push_back(e.pattern);
        return all;
    }();
    return patterns;
}

const MessagePattern& messagePattern(Msg id) {
    const size_t index = size_t(id);
    if (index >= size_t(Msg::Count) || kCatalogue[index].id != id)
        throw std::logic_error("the message catalogue is out of the order of Msg (core/common/MessageCatalogue.cpp)");
    return kCatalogue[index].pattern;
}

std::string message(Msg id, std::initializer_list<std::string> figures) {
    return fillMarkers(messagePattern(id).english, std::vector<std::string>(figures));
}

std::string translateMessage(const std::string& text, const MessageLookup& lookup) {
    if (!lookup) return text;
    return translateNested(text, lookup, 0);
}

}  // namespace ts
