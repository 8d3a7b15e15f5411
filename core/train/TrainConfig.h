// Training configuration: presets and every option a user can change. Torch-free.
#pragma once

#include "core/health/Health.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// Every knob of a training run. Start from presetConfig() and override fields.
struct TrainConfig {
    std::string preset = "mlp";       ///< seed | mlp | cnn (classifiers) | text-bow (text classifier) |
                                      ///< gpt-tiny | gpt-small (language models)
    std::string optimizer = "adamw";  ///< sgd | adam | adamw
    double lr = 1e-3;                 ///< base learning rate
    double momentum = 0.0;            ///< SGD momentum (ignored by Adam/AdamW)
    double weightDecay = 0.0;         ///< L2 (SGD, Adam) or decoupled (AdamW) weight decay
    std::string schedule = "constant";///< constant | step | cosine
    int stepEpochs = 2;               ///< step schedule: decay every this many epochs
    double stepGamma = 0.1;           ///< step schedule: multiply the lr by this
    int epochs = 5;
    int evalsPerEpoch = 1;            ///< classifiers: validate (and checkpoint) this many times per epoch, at equal
                                      ///< parts of it; a round of the loop is then that part (sweeps' short rungs)
    int batchSize = 64;
    uint64_t seed = 42;
    std::string device = "auto";      ///< auto | cpu | cuda
    int threads = 0;                  ///< 0 = pick automatically
    double valFraction = 0.1;         ///< fraction of the training set held out; 0 = none
    bool shuffle = true;              ///< reshuffle the training set every epoch
    bool normalize = true;            ///< standardize pixels with the training mean/std (else scale to [0,1])
    bool evalOnTestEachEpoch = false; ///< seed preset: the tutorial evaluates on the test set after every epoch
    int logEvery = 1;                 ///< report batch metrics every N batches
    bool fusedStep = true;            ///< MLP presets on the CPU: forward, backward and update without autograd
                                      ///< (core/train/fused); false = the autograd path, as every other model
    int earlyStopPatience = 0;        ///< stop after this many epochs without a lower validation loss; 0 = off
    double earlyStopMinDelta = 0.0;   ///< an improvement must lower the validation loss by more than this

    // Schedule and optimizer details (all tasks; the defaults leave classifiers as they were).
    int warmupSteps = 0;              ///< linear warm-up from lr/(warmup+1) to lr over this many steps
    double minLr = 0.0;               ///< cosine schedule: the learning rate it decays to
    double gradClip = 0.0;            ///< clip the total gradient norm to this; 0 = off
    double beta1 = 0.9;               ///< Adam/AdamW
    double beta2 = 0.999;

    // Language models (the gpt-* presets): training is counted in steps, evaluated every evalEvery steps.
    int64_t steps = 2000;             ///< optimizer steps in all
    int evalEvery = 250;              ///< evaluate (losses on evalBatches batches, samples) every this many steps
    int evalBatches = 20;             ///< batches per split for the train/validation loss estimates
    double testFraction = 0.05;       ///< text: share of the corpus held out for the test (validation: valFraction)
    int contextLength = 64;           ///< tokens per window
    int layers = 4;
    int heads = 4;
    int embedding = 128;
    double dropout = 0.0;
    bool bias = false;
    std::string tokenizer = "char";   ///< char | bpe | unigram | path of a SentencePiece .model file
    int vocabSize = 512;              ///< bpe/unigram
    std::vector<std::string> prompts; ///< samples at each evaluation; empty = "" and two openings from validation
    std::string watchList;            ///< word-list file whose entries are flagged in samples; "" = none
    int sampleTokens = 200;           ///< tokens per sample
    double sampleTemperature = 0.8;
    int sampleTopK = 200;             ///< 0 = all tokens
    uint64_t sampleSeed = 1337;

    // Text classifiers (the text-* presets): hashed n-grams and their embedding.
    int64_t hashBuckets = 1 << 16;    ///< text-bow: n-gram ids are a hash modulo this
    int textEmbedding = 32;           ///< text-bow: width of the n-gram vectors
    // Data-parallel training (core/dist): processes on this machine (--nproc) or the world size torchrun gave.
    int processes = 1;                ///< 1 = a single process
    double distTimeoutSec = 300.0;    ///< a peer that does not answer a collective for this long stops the run
    // Training health (all tasks): per-layer diagnostics, alerts and their thresholds.
    HealthSettings health;

    /// Evaluations of the whole run: the loop's rounds (language models: steps / evalEvery, rounded up;
    /// classifiers: epochs x evalsPerEpoch).
    int plannedRounds() const {
        if (isLanguageModel()) return evalEvery > 0 ? int((steps + evalEvery - 1) / evalEvery) : 0;
        return epochs * evalsPerEpoch;
    }
    /// True for the presets that train a language model on text.
    bool isLanguageModel() const { return isLanguageModelPreset(preset); }
    /// True when `preset` names a language-model preset (gpt-*).
    static bool isLanguageModelPreset(const std::string& preset) { return preset.rfind("gpt-", 0) == 0; }
    /// True for the presets that classify labelled texts (text-*).
    bool isTextClassifier() const { return preset.rfind("text-", 0) == 0; }
};

/// The largest values validateConfig accepts. The GUI's form takes its learning-rate, batch-size and thread
/// ranges from here (it offers fewer epochs).
struct TrainLimits {
    static constexpr double kMaxLearningRate = 10.0;
    static constexpr int kMaxEpochs = 100000;
    static constexpr int kMaxEvalsPerEpoch = 1000;
    static constexpr int kMaxBatchSize = 1 << 16;
    static constexpr int kMaxThreads = 1024;
    static constexpr int64_t kMaxSteps = 100000000;
    static constexpr int kMaxContext = 8192;
    static constexpr int kMaxVocab = 1 << 20;
    static constexpr int kMaxSampleTokens = 100000;
    static constexpr int64_t kMaxHashBuckets = int64_t(1) << 24;
    static constexpr int kMaxTextEmbedding = 4096;
};

/// Names of the built-in presets, in the order the UI shows them (image and table classifiers, the text
/// classifier, then language models).
std::vector<std::string> presetNames();

/// One-line description of a preset for tooltips and --help.
std::string presetDescription(const std::string& preset);

/// The defaults for a preset. Throws std::invalid_argument for an unknown name.
TrainConfig presetConfig(const std::string& preset);

/// Checks a configuration; returns an empty string when valid, else a message for the user.
std::string validateConfig(const TrainConfig& cfg);
/// The language-model part of validateConfig (steps, context, model shape, tokenizer, sampling).
std::string validateLanguageModelConfig(const TrainConfig& cfg);
/// The training-health part of validateConfig (intervals, thresholds, alert kinds to stop on).
std::string validateHealthSettings(const HealthSettings& h);

/// The text-classifier part of validateConfig (hash buckets, embedding width).
std::string validateTextClassifierConfig(const TrainConfig& cfg);

}  // namespace ts
