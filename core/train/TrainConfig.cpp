#include "core/train/TrainConfig.h"

#include "core/common/Numbers.h"

#include <stdexcept>

namespace ts {

namespace {
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
    if (c.layers < 1 || c.heads < 1 || c.embedding < 1) return "Layers, heads and width must be at least 1.";
    if (c.embedding % c.heads != 0)
        return "The width (" + std::to_string(c.embedding) + ") must be a multiple of the heads (" +
               std::to_string(c.heads) + ").";
    if (c.dropout < 0.0 || c.dropout >= 1.0) return "Dropout must be in [0, 1).";
    if (c.tokenizer.empty()) return "Choose a tokenizer: char, bpe, unigram or a SentencePiece .model file.";
    if ((c.tokenizer == "bpe" || c.tokenizer == "unigram") && (c.vocabSize < 8 || c.vocabSize > TrainLimits::kMaxVocab))
        return "The vocabulary size must be between 8 and " + std::to_string(TrainLimits::kMaxVocab) + ".";
    return {};
}

/// The text-transformer part of validateTextClassifierConfig.
std::string validateTextTransformerConfig(const TrainConfig& c) {
    if (c.contextLength < 1 || c.contextLength > TrainLimits::kMaxContext)
        return "The context length must be between 1 and " + std::to_string(TrainLimits::kMaxContext) + " tokens.";
    return validateTransformerShape(c);
}

}  // namespace

std::vector<std::string> presetNames() { return {"mlp", "cnn", "seed", "text-bow", "text-transformer", "gpt-tiny", "gpt-small"}; }

std::string presetDescription(const std::string& preset) {
    if (preset == "seed")
        return "The reference tutorial exactly: 784-512-512-10 MLP with a ReLU on the logits, SGD lr 1e-3, "
               "batch 64, no shuffling, evaluated on the test set after every epoch (~41% after 5 epochs).";
    if (preset == "mlp")
        return "The tutorial's 784-512-512-10 MLP without the ReLU on the logits, standardized pixels, "
               "batch 256, AdamW with cosine decay, 10% validation split (~89% test accuracy in 5 epochs).";
    if (preset == "cnn")
        return "A small convolutional net (two 3x3 conv blocks with batch norm, max pooling, dropout), AdamW with "
               "cosine decay (>90% test accuracy in 2-5 epochs; slower per epoch than the MLP on a CPU).";
    if (preset == "text-bow")
        return "Text classifier: a bag of hashed word 1-2-grams and character 3-5-grams (2^16 buckets), their mean "
               "32-wide embedding and a linear layer, AdamW lr 2e-2 with cosine decay, 5 epochs of batch 64; the fast "
               "baseline that trains in seconds.";
    if (preset == "text-transformer")
        return "Text classifier: a small transformer encoder on the language models' tokenizers (char by default; bpe "
               "or unigram with --tokenizer), the first 64 tokens of each text, 2 pre-LayerNorm blocks, 4 heads, 64 "
               "wide, mean-pooled over the text's tokens and a linear layer; AdamW lr 1e-3 with 50 warm-up steps and "
               "cosine decay, 4 epochs of batch 32 on 1 thread.";
    if (preset == "gpt-tiny")
        return "Language model: nanoGPT's baby GPT for a CPU (4 layers, 4 heads, 128 wide, context 64, batch 12, "
               "char tokens, AdamW lr 1e-3 with 100 warm-up steps and cosine decay to 1e-4, 2,000 steps; "
               "validation loss ~1.88 on tiny-shakespeare).";
    if (preset == "gpt-small")
        return "Language model: nanoGPT's shakespeare-char model (6 layers, 6 heads, 384 wide, context 256, batch "
               "64, dropout 0.2, 5,000 steps); about 10.7 M parameters, for a machine with a GPU.";
    return "Unknown preset";
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
    if (h.interval < 0) return "The diagnostics interval must be 0 (automatic) or a positive number of steps.";
    if (h.histogramBuckets < 1) return "Histograms need at least 1 bucket.";
    if (h.spikeWindow < 2 || h.spikeMinHistory < 2) return "Spike detection needs a window of at least 2 steps.";
    if (!(h.spikeSigmas > 0.0)) return "The spike threshold must be a positive number of standard deviations.";
    if (!(h.vanishingRatio > 0.0) || !(h.explodingRatio > h.vanishingRatio))
        return "The vanishing update ratio must be positive and below the exploding one.";
    if (h.sustainedSamples < 1 || h.overfitEvaluations < 1 || h.plateauEvaluations < 1)
        return "Alert stretches must be at least 1 sample or evaluation long.";
    if (h.plateauMinDelta < 0.0) return "The plateau's minimum improvement must not be negative.";
    if (h.deadShare <= 0.0 || h.deadShare > 1.0) return "The dead-layer share must be in (0, 1].";
    for (const std::string& name : h.stopOn)
        if (AlertKind kind; !alertKindFromName(name, kind)) return "Unknown alert kind '" + name + "' to stop on.";
    return {};
}

std::string validateConfig(const TrainConfig& c) {
    bool knownPreset = false;
    for (const auto& p : presetNames()) knownPreset = knownPreset || p == c.preset;
    if (!knownPreset)
        return "Unknown preset '" + c.preset + "': choose seed, mlp, cnn, text-bow, text-transformer, gpt-tiny or gpt-small.";
    if (c.optimizer != "sgd" && c.optimizer != "adam" && c.optimizer != "adamw")
        return "Unknown optimizer '" + c.optimizer + "': choose sgd, adam or adamw.";
    if (c.schedule != "constant" && c.schedule != "step" && c.schedule != "cosine")
        return "Unknown LR schedule '" + c.schedule + "': choose constant, step or cosine.";
    if (c.device != "auto" && c.device != "cpu" && c.device != "cuda")
        return "Unknown device '" + c.device + "': choose auto, cpu or cuda.";
    if (!(c.lr > 0.0) || c.lr > TrainLimits::kMaxLearningRate)
        return "The learning rate must be greater than 0 and at most " + formatShortest(TrainLimits::kMaxLearningRate) +
               ".";
    if (c.momentum < 0.0 || c.momentum >= 1.0) return "Momentum must be in [0, 1).";
    if (c.weightDecay < 0.0) return "Weight decay must not be negative.";
    if (c.epochs < 1 || c.epochs > TrainLimits::kMaxEpochs)
        return "Epochs must be between 1 and " + std::to_string(TrainLimits::kMaxEpochs) + ".";
    if (c.evalsPerEpoch < 1 || c.evalsPerEpoch > TrainLimits::kMaxEvalsPerEpoch)
        return "Evaluations per epoch must be between 1 and " + std::to_string(TrainLimits::kMaxEvalsPerEpoch) + ".";
    if (c.evalsPerEpoch > 1 && c.isLanguageModel())
        return "Language models evaluate every N steps (eval every), not a number of times per epoch.";
    if (c.batchSize < 1 || c.batchSize > TrainLimits::kMaxBatchSize)
        return "The batch size must be between 1 and " + std::to_string(TrainLimits::kMaxBatchSize) + ".";
    if (c.threads < 0 || c.threads > TrainLimits::kMaxThreads) return "Threads must be 0 (automatic) or a positive count.";
    if (c.processes < 1 || c.processes > TrainLimits::kMaxThreads) return "Processes must be a positive count (1 = a single process).";
    if (!(c.distTimeoutSec >= 1.0)) return "The data-parallel timeout must be at least 1 second.";
    if (c.valFraction < 0.0 || c.valFraction >= 1.0) return "The validation fraction must be in [0, 1).";
    if (c.stepEpochs < 1) return "The step schedule needs a step of at least 1 epoch.";
    if (!(c.stepGamma > 0.0) || c.stepGamma > 1.0) return "The step schedule's factor must be in (0, 1].";
    if (c.earlyStopPatience < 0) return "Early-stopping patience must be 0 (off) or a positive number of epochs.";
    if (c.earlyStopMinDelta < 0.0) return "Early stopping's minimum improvement must not be negative.";
    if (c.logEvery < 1) return "Batch metrics must be logged at least every 1 batch.";
    if (c.warmupSteps < 0) return "Warm-up steps must not be negative.";
    if (c.minLr < 0.0 || c.minLr > c.lr) return "The minimum learning rate must be between 0 and the learning rate.";
    if (c.gradClip < 0.0) return "Gradient clipping must be 0 (off) or a positive norm.";
    if (c.beta1 < 0.0 || c.beta1 >= 1.0 || c.beta2 < 0.0 || c.beta2 >= 1.0) return "Adam's betas must be in [0, 1).";
    if (std::string health = validateHealthSettings(c.health); !health.empty()) return health;
    if (c.isTextClassifier()) return validateTextClassifierConfig(c);
    if (!c.isLanguageModel()) return {};
    return validateLanguageModelConfig(c);
}

std::string validateTextClassifierConfig(const TrainConfig& c) {
    if (c.preset == "text-transformer") return validateTextTransformerConfig(c);
    if (c.hashBuckets < 1 || c.hashBuckets > TrainLimits::kMaxHashBuckets)
        return "The hash buckets must be between 1 and " + std::to_string(TrainLimits::kMaxHashBuckets) + ".";
    if (c.textEmbedding < 1 || c.textEmbedding > TrainLimits::kMaxTextEmbedding)
        return "The text embedding width must be between 1 and " + std::to_string(TrainLimits::kMaxTextEmbedding) + ".";
    return {};
}

std::string validateLanguageModelConfig(const TrainConfig& c) {
    if (c.steps < 1 || c.steps > TrainLimits::kMaxSteps)
        return "Steps must be between 1 and " + std::to_string(TrainLimits::kMaxSteps) + ".";
    if (c.evalEvery < 1) return "Evaluate every at least 1 step.";
    if (c.evalBatches < 1) return "The loss estimates need at least 1 batch (eval batches).";
    if (c.testFraction < 0.0 || c.valFraction + c.testFraction >= 1.0)
        return "The validation and test shares must leave text to train on (they add up to less than 1).";
    if (c.contextLength < 2 || c.contextLength > TrainLimits::kMaxContext)
        return "The context length must be between 2 and " + std::to_string(TrainLimits::kMaxContext) + " tokens.";
    if (const std::string shape = validateTransformerShape(c); !shape.empty()) return shape;
    if (c.sampleTokens < 0 || c.sampleTokens > TrainLimits::kMaxSampleTokens)
        return "Sample length must be between 0 and " + std::to_string(TrainLimits::kMaxSampleTokens) + " tokens.";
    if (!(c.sampleTemperature > 0.0)) return "The sampling temperature must be greater than 0.";
    if (c.sampleTopK < 0) return "Top-k must be 0 (all tokens) or positive.";
    return {};
}

}  // namespace ts
