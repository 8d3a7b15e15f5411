#include "core/train/TrainConfig.h"

#include "core/common/MessageCatalogue.h"
#include "core/common/Numbers.h"

#include <stdexcept>
#include <utility>

namespace ts {

namespace {
// The smallest vocabulary a trained (bpe, unigram) tokenizer may ask for, and the shortest contexts.
constexpr int kMinVocab = 8;
constexpr int kMinClassifierContext = 1;
constexpr int kMinLanguageModelContext = 2;
// Reference tutorial: SGD, lr 1e-3, batch 64, 5 epochs, no shuffling, pixels in [0,1].
constexpr double kSeedLearningRate = 1e-3;
constexpr int kTutorialBatchSize = 64;
constexpr int kTutorialEpochs = 5;
// Tuned presets: AdamW with a cosine decay reaches >88% (MLP) and >90% (CNN) in 5 epochs.
constexpr double kAdamLearningRate = 1e-3;
// The MLP at batch 256 with lr 2e-3: 2.3x shorter epochs than batch 64 on a 2-core CPU (a quarter of the
// per-step optimizer and bookkeeping passes) at 89.01 +/- 0.09% test accuracy after 5 epochs, against
// 89.19 +/- 0.05% (3 seeds each, bench/batch_sweep.sh; figures in bench/RESULTS.md).
constexpr int kMlpBatchSize = 256;
constexpr double kMlpLearningRate = 2e-3;
constexpr double kAdamWeightDecay = 1e-4;
constexpr double kDefaultValFraction = 0.1;
// nanoGPT's shakespeare-char configuration (config/train_shakespeare_char.py and the README's CPU variant).
constexpr double kGptLearningRate = 1e-3;
constexpr double kGptMinLearningRate = 1e-4;
constexpr int kGptWarmupSteps = 100;
constexpr double kGptBeta2 = 0.99;
constexpr double kGptWeightDecay = 0.1;
constexpr double kGptGradClip = 1.0;
constexpr double kTextHoldOut = 0.05;  // validation and test shares of a corpus (90/5/5)
// text-bow: six categories of Debian's fortunes (4,798 training texts), 5 epochs of batch 64 on a 2-core CPU:
// 2^16 buckets x 32 wide at lr 2e-2 gave 60.6% test accuracy (macro F1 0.59) at 3-4.5 s an epoch; 2^18 x 64
// at lr 5e-3 gave 57.0% at 12 s an epoch (the dense optimizer step over the n-gram table dominates a step).
// Punctuation runs and line breaks as tokens (attributions "-- Name", definitions' "n.", verse) then took the six
// largest categories from 63.8% to 73.2% (bench/text_baseline.py; TF-IDF + logistic regression: 72.2%), and
// character 2-grams to 74.2% (German fortunes: 82.1% -> 83.4%, the baseline 86.3%), and a bag in which word and
// character n-grams weigh half each to 75.5% (German: 87.7%).
constexpr double kTextBowLearningRate = 2e-2;
constexpr double kTextBowWeightDecay = 1e-4;
constexpr int64_t kTextBowBuckets = int64_t(1) << 16;
constexpr int kTextBowEmbedding = 32;

/// What both text classifiers share: AdamW at `lr` with cosine decay, shuffled epochs, a held-out validation share.
void setTextClassifierBase(TrainConfig& c, double lr, double weightDecay) {
    c.optimizer = "adamw";
    c.lr = lr;
    c.weightDecay = weightDecay;
    c.schedule = "cosine";
    c.shuffle = true;
    c.valFraction = kDefaultValFraction;
}

void setTextBowPreset(TrainConfig& c) {
    setTextClassifierBase(c, kTextBowLearningRate, kTextBowWeightDecay);
    c.hashBuckets = kTextBowBuckets;
    c.textEmbedding = kTextBowEmbedding;
}

// text-transformer on six categories of Debian's fortunes (4,774 training texts, char tokens, context 64) on a
// 2-core CPU: an epoch of the 2 x 64-wide model takes 20 s on 1 thread and 115 s on 2 (load ~2; under load 6-7:
// 46 s and 233 s). OpenBLAS's second thread spins when the cores are shared, and the GEMMs (2,048 x 64 by 64 x 192)
// are too small to gain from it. So: 1 thread, the first 64 tokens of each text, 4 epochs: 1 min 22 s in all, 56.0%
// test accuracy (macro F1 0.42; with --tokenizer bpe --vocab-size 1000: 59.9%, macro F1 0.49, as long).
constexpr double kTextTransformerLearningRate = 1e-3;
constexpr double kTextTransformerWeightDecay = 0.01;
constexpr int kTextTransformerEpochs = 4;
constexpr int kTextTransformerBatchSize = 32;
constexpr int kTextTransformerThreads = 1;
constexpr int kTextTransformerWarmupSteps = 50;
constexpr int kTextTransformerContext = 64;
constexpr int kTextTransformerLayers = 2;
constexpr int kTextTransformerHeads = 4;
constexpr int kTextTransformerWidth = 64;
constexpr double kTextTransformerDropout = 0.1;

void setTextTransformerPreset(TrainConfig& c) {
    setTextClassifierBase(c, kTextTransformerLearningRate, kTextTransformerWeightDecay);
    c.warmupSteps = kTextTransformerWarmupSteps;
    c.epochs = kTextTransformerEpochs;
    c.batchSize = kTextTransformerBatchSize;
    c.threads = kTextTransformerThreads;
    c.tokenizer = "char";
    c.contextLength = kTextTransformerContext;
    c.layers = kTextTransformerLayers;
    c.heads = kTextTransformerHeads;
    c.embedding = kTextTransformerWidth;
    c.dropout = kTextTransformerDropout;
    c.bias = true;
}

void setLanguageModelPreset(TrainConfig& c, const std::string& preset) {
    c.optimizer = "adamw";
    c.lr = kGptLearningRate;
    c.minLr = kGptMinLearningRate;
    c.warmupSteps = kGptWarmupSteps;
    c.beta2 = kGptBeta2;
    c.weightDecay = kGptWeightDecay;
    c.gradClip = kGptGradClip;
    c.schedule = "cosine";
    c.valFraction = kTextHoldOut;
    c.testFraction = kTextHoldOut;
    c.tokenizer = "char";
    c.evalBatches = 20;
    c.bias = false;
    if (preset == "gpt-tiny") {  // the README's "baby GPT" on a CPU
        c.steps = 2000;
        c.evalEvery = 250;
        c.batchSize = 12;
        c.contextLength = 64;
        c.layers = 4;
        c.heads = 4;
        c.embedding = 128;
        c.dropout = 0.0;
    } else {  // gpt-small: the shakespeare-char model, for a GPU
        c.steps = 5000;
        c.evalEvery = 250;
        c.evalBatches = 200;
        c.batchSize = 64;
        c.contextLength = 256;
        c.layers = 6;
        c.heads = 6;
        c.embedding = 384;
        c.dropout = 0.2;
    }
}

/// The transformer's shape and tokenizer (language models and text-transformer).
std::string validateTransformerShape(const TrainConfig& c) {
    if (c.layers < 1 || c.heads < 1 || c.embedding < 1) return message(Msg::ConfigShapeAtLeastOne);
    if (c.embedding % c.heads != 0)
        return message(Msg::ConfigWidthMultipleOfHeads, {std::to_string(c.embedding), std::to_string(c.heads)});
    if (c.dropout < 0.0 || c.dropout >= 1.0) return message(Msg::ConfigDropoutRange);
    if (c.tokenizer.empty()) return message(Msg::ConfigChooseTokenizer);
    if ((c.tokenizer == "bpe" || c.tokenizer == "unigram") &&
        (c.vocabSize < kMinVocab || c.vocabSize > TrainLimits::kMaxVocab))
        return message(Msg::ConfigVocabularyRange, {std::to_string(kMinVocab), std::to_string(TrainLimits::kMaxVocab)});
    return {};
}

/// The text-transformer part of validateTextClassifierConfig.
std::string validateTextTransformerConfig(const TrainConfig& c) {
    if (c.contextLength < kMinClassifierContext || c.contextLength > TrainLimits::kMaxContext)
        return message(Msg::ConfigContextRange,
                       {std::to_string(kMinClassifierContext), std::to_string(TrainLimits::kMaxContext)});
    return validateTransformerShape(c);
}

}  // namespace

std::vector<std::string> presetNames() { return {"mlp", "cnn", "seed", "text-bow", "text-transformer", "gpt-tiny", "gpt-small"}; }

std::string presetDescription(const std::string& preset) {
    const std::pair<const char*, Msg> descriptions[] = {
        {"seed", Msg::PresetSeed},         {"mlp", Msg::PresetMlp},
        {"cnn", Msg::PresetCnn},           {"text-bow", Msg::PresetTextBow},
        {"text-transformer", Msg::PresetTextTransformer}, {"gpt-tiny", Msg::PresetGptTiny},
        {"gpt-small", Msg::PresetGptSmall},
    };
    for (const auto& [name, id] : descriptions)
        if (preset == name) return message(id);
    return message(Msg::PresetUnknown);
}

TrainConfig presetConfig(const std::string& preset) {
    TrainConfig c;
    c.preset = preset;
    c.epochs = kTutorialEpochs;
    c.batchSize = kTutorialBatchSize;
    if (preset == "seed") {
        c.optimizer = "sgd";
        c.lr = kSeedLearningRate;
        c.momentum = 0.0;
        c.weightDecay = 0.0;
        c.schedule = "constant";
        c.shuffle = false;
        c.normalize = false;
        c.valFraction = 0.0;
        c.evalOnTestEachEpoch = true;
    } else if (preset == "mlp" || preset == "cnn") {
        c.optimizer = "adamw";
        c.lr = preset == "mlp" ? kMlpLearningRate : kAdamLearningRate;
        if (preset == "mlp") c.batchSize = kMlpBatchSize;
        c.weightDecay = kAdamWeightDecay;
        c.schedule = "cosine";
        c.shuffle = true;
        c.normalize = true;
        c.valFraction = kDefaultValFraction;
    } else if (preset == "text-bow") {
        setTextBowPreset(c);
    } else if (preset == "text-transformer") {
        setTextTransformerPreset(c);
    } else if (preset == "gpt-tiny" || preset == "gpt-small") {
        setLanguageModelPreset(c, preset);
    } else {
        throw std::invalid_argument("unknown preset '" + preset +
                                    "' (choose seed, mlp, cnn, text-bow, text-transformer, gpt-tiny or gpt-small)");
    }
    return c;
}

std::string validateHealthSettings(const HealthSettings& h) {
    if (h.interval < 0) return message(Msg::ConfigHealthInterval);
    if (h.histogramBuckets < 1) return message(Msg::ConfigHistogramBuckets);
    if (h.spikeWindow < 2 || h.spikeMinHistory < 2) return message(Msg::ConfigSpikeWindow);
    if (!(h.spikeSigmas > 0.0)) return message(Msg::ConfigSpikeThreshold);
    if (!(h.vanishingRatio > 0.0) || !(h.explodingRatio > h.vanishingRatio))
        return message(Msg::ConfigUpdateRatios);
    if (h.sustainedSamples < 1 || h.overfitEvaluations < 1 || h.plateauEvaluations < 1)
        return message(Msg::ConfigAlertStretches);
    if (h.plateauMinDelta < 0.0) return message(Msg::ConfigPlateauDelta);
    if (h.deadShare <= 0.0 || h.deadShare > 1.0) return message(Msg::ConfigDeadShare);
    for (const std::string& name : h.stopOn)
        if (AlertKind kind; !alertKindFromName(name, kind)) return message(Msg::ConfigUnknownAlertKind, {name});
    return {};
}

std::string validateConfig(const TrainConfig& c) {
    bool knownPreset = false;
    for (const auto& p : presetNames()) knownPreset = knownPreset || p == c.preset;
    if (!knownPreset)
        return message(Msg::ConfigUnknownPreset, {c.preset});
    if (c.optimizer != "sgd" && c.optimizer != "adam" && c.optimizer != "adamw")
        return message(Msg::ConfigUnknownOptimizer, {c.optimizer});
    if (c.schedule != "constant" && c.schedule != "step" && c.schedule != "cosine")
        return message(Msg::ConfigUnknownSchedule, {c.schedule});
    if (c.device != "auto" && c.device != "cpu" && c.device != "cuda")
        return message(Msg::ConfigUnknownDevice, {c.device});
    if (!(c.lr > 0.0) || c.lr > TrainLimits::kMaxLearningRate)
        return message(Msg::ConfigLearningRate, {formatShortest(TrainLimits::kMaxLearningRate)});
    if (c.momentum < 0.0 || c.momentum >= 1.0) return message(Msg::ConfigMomentum);
    if (c.weightDecay < 0.0) return message(Msg::ConfigWeightDecay);
    if (c.epochs < 1 || c.epochs > TrainLimits::kMaxEpochs)
        return message(Msg::ConfigEpochs, {std::to_string(TrainLimits::kMaxEpochs)});
    if (c.evalsPerEpoch < 1 || c.evalsPerEpoch > TrainLimits::kMaxEvalsPerEpoch)
        return message(Msg::ConfigEvalsPerEpoch, {std::to_string(TrainLimits::kMaxEvalsPerEpoch)});
    if (c.evalsPerEpoch > 1 && c.isLanguageModel())
        return message(Msg::ConfigLanguageModelEvals);
    if (c.batchSize < 1 || c.batchSize > TrainLimits::kMaxBatchSize)
        return message(Msg::ConfigBatchSize, {std::to_string(TrainLimits::kMaxBatchSize)});
    if (c.threads < 0 || c.threads > TrainLimits::kMaxThreads) return message(Msg::ConfigThreads);
    if (c.processes < 1 || c.processes > TrainLimits::kMaxThreads) return message(Msg::ConfigProcesses);
    if (!(c.distTimeoutSec >= 1.0)) return message(Msg::ConfigDistTimeout);
    if (c.valFraction < 0.0 || c.valFraction >= 1.0) return message(Msg::ConfigValFraction);
    if (c.stepEpochs < 1) return message(Msg::ConfigStepEpochs);
    if (!(c.stepGamma > 0.0) || c.stepGamma > 1.0) return message(Msg::ConfigStepGamma);
    if (c.earlyStopPatience < 0) return message(Msg::ConfigEarlyStopPatience);
    if (c.earlyStopMinDelta < 0.0) return message(Msg::ConfigEarlyStopDelta);
    if (c.logEvery < 1) return message(Msg::ConfigLogEvery);
    if (c.warmupSteps < 0) return message(Msg::ConfigWarmupSteps);
    if (c.minLr < 0.0 || c.minLr > c.lr) return message(Msg::ConfigMinLr);
    if (c.gradClip < 0.0) return message(Msg::ConfigGradClip);
    if (c.beta1 < 0.0 || c.beta1 >= 1.0 || c.beta2 < 0.0 || c.beta2 >= 1.0) return message(Msg::ConfigBetas);
    if (std::string health = validateHealthSettings(c.health); !health.empty()) return health;
    if (c.isTextClassifier()) return validateTextClassifierConfig(c);
    if (!c.isLanguageModel()) return {};
    return validateLanguageModelConfig(c);
}

std::string validateTextClassifierConfig(const TrainConfig& c) {
    if (c.preset == "text-transformer") return validateTextTransformerConfig(c);
    if (c.hashBuckets < 1 || c.hashBuckets > TrainLimits::kMaxHashBuckets)
        return message(Msg::ConfigHashBuckets, {std::to_string(TrainLimits::kMaxHashBuckets)});
    if (c.textEmbedding < 1 || c.textEmbedding > TrainLimits::kMaxTextEmbedding)
        return message(Msg::ConfigTextEmbedding, {std::to_string(TrainLimits::kMaxTextEmbedding)});
    return {};
}

std::string validateLanguageModelConfig(const TrainConfig& c) {
    if (c.steps < 1 || c.steps > TrainLimits::kMaxSteps)
        return message(Msg::ConfigSteps, {std::to_string(TrainLimits::kMaxSteps)});
    if (c.evalEvery < 1) return message(Msg::ConfigEvalEvery);
    if (c.evalBatches < 1) return message(Msg::ConfigEvalBatches);
    if (c.testFraction < 0.0 || c.valFraction + c.testFraction >= 1.0)
        return message(Msg::ConfigTestShare);
    if (c.contextLength < kMinLanguageModelContext || c.contextLength > TrainLimits::kMaxContext)
        return message(Msg::ConfigContextRange,
                       {std::to_string(kMinLanguageModelContext), std::to_string(TrainLimits::kMaxContext)});
    if (const std::string shape = validateTransformerShape(c); !shape.empty()) return shape;
    if (c.sampleTokens < 0 || c.sampleTokens > TrainLimits::kMaxSampleTokens)
        return message(Msg::ConfigSampleTokens, {std::to_string(TrainLimits::kMaxSampleTokens)});
    if (!(c.sampleTemperature > 0.0)) return message(Msg::ConfigTemperature);
    if (c.sampleTopK < 0) return message(Msg::ConfigTopK);
    return {};
}

}  // namespace ts
