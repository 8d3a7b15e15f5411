// A sweep's search space: per training option, a list of values (grid), a uniform or log-uniform range, or an
// integer range; and the trials a strategy draws from it. Options are named as in a run's run.json ("lr",
// "weight_decay", "batch_size", "optimizer", "epochs", "embedding", "dropout", "vocab_size", ...; dashes work too),
// so every training option can be swept. Torch-free.
#pragma once

#include "core/common/Json.h"
#include "core/train/TrainConfig.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ts {

/// One swept option and the values it may take.
struct SweepParameter {
    enum class Kind { List, Uniform, LogUniform, IntRange };
    std::string name;            ///< run.json key of the option
    Kind kind = Kind::List;
    std::vector<Json> values;    ///< List: the values, in order
    double low = 0.0, high = 0.0;  ///< ranges (inclusive)
    /// True when the space is logarithmic (plots use log axes).
    bool logScale() const { return kind == Kind::LogUniform; }
};

/// A trial's values, in the order of the parameters: (name, value).
using TrialValues = std::vector<std::pair<std::string, Json>>;

/// Parses "lr=log:1e-4:1e-1", "weight_decay=uniform:0:0.1", "layers=int:2:6" or "batch_size=64,128,256" (values
/// are numbers, true/false, or words such as optimizer names). Throws std::invalid_argument saying what is wrong,
/// including an option a configuration does not have.
SweepParameter parseSweepParameter(const std::string& spec);
/// The text parseSweepParameter reads back.
std::string sweepParameterSpec(const SweepParameter& p);

/// Every combination (the last parameter varies fastest); a range contributes `pointsPerRange` evenly spaced
/// points (log-spaced for log ranges, whole numbers for integer ranges).
std::vector<TrialValues> gridTrials(const std::vector<SweepParameter>& params, int pointsPerRange);
/// `count` trials drawn independently (lists uniformly, log ranges uniformly in the logarithm), seeded.
std::vector<TrialValues> randomTrials(const std::vector<SweepParameter>& params, int count, uint64_t seed);

/// `base` with the trial's values set. Throws std::invalid_argument when a value does not fit its option (the
/// configuration is then checked by validateConfig as usual).
TrainConfig applyTrial(const TrainConfig& base, const TrialValues& values);

/// A trial's values as one JSON object, and back.
Json trialValuesToJson(const TrialValues& values);
TrialValues trialValuesFromJson(const Json& j, const std::vector<SweepParameter>& params);

/// "lr=0.00123, batch_size=128" for tables and messages.
std::string describeTrial(const TrialValues& values);

}  // namespace ts
