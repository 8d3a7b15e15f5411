// Training configuration: presets and every option a user can change. Torch-free.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// Every knob of a training run. Start from presetConfig() and override fields.
struct TrainConfig {
    std::string preset = "mlp";       ///< seed | mlp | cnn
    std::string optimizer = "adamw";  ///< sgd | adam | adamw
    double lr = 1e-3;                 ///< base learning rate
    double momentum = 0.0;            ///< SGD momentum (ignored by Adam/AdamW)
    double weightDecay = 0.0;         ///< L2 (SGD, Adam) or decoupled (AdamW) weight decay
    std::string schedule = "constant";///< constant | step | cosine
    int stepEpochs = 2;               ///< step schedule: decay every this many epochs
    double stepGamma = 0.1;           ///< step schedule: multiply the lr by this
    int epochs = 5;
    int batchSize = 64;
    uint64_t seed = 42;
    std::string device = "auto";      ///< auto | cpu | cuda
    int threads = 0;                  ///< 0 = pick automatically
    double valFraction = 0.1;         ///< fraction of the training set held out; 0 = none
    bool shuffle = true;              ///< reshuffle the training set every epoch
    bool normalize = true;            ///< standardize pixels with the training mean/std (else scale to [0,1])
    bool evalOnTestEachEpoch = false; ///< seed preset: the tutorial evaluates on the test set after every epoch
    int logEvery = 1;                 ///< report batch metrics every N batches
    int earlyStopPatience = 0;        ///< stop after this many epochs without a lower validation loss; 0 = off
    double earlyStopMinDelta = 0.0;   ///< an improvement must lower the validation loss by more than this
};

/// The largest values validateConfig accepts. The GUI's form takes its learning-rate, batch-size and thread
/// ranges from here (it offers fewer epochs).
struct TrainLimits {
    static constexpr double kMaxLearningRate = 10.0;
    static constexpr int kMaxEpochs = 100000;
    static constexpr int kMaxBatchSize = 1 << 16;
    static constexpr int kMaxThreads = 1024;
};

/// Names of the built-in presets, in the order the UI shows them.
std::vector<std::string> presetNames();

/// One-line description of a preset for tooltips and --help.
std::string presetDescription(const std::string& preset);

/// The defaults for a preset. Throws std::invalid_argument for an unknown name.
TrainConfig presetConfig(const std::string& preset);

/// Checks a configuration; returns an empty string when valid, else a message for the user.
std::string validateConfig(const TrainConfig& cfg);

}  // namespace ts
