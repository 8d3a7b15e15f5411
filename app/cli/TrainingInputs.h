// What the commands that train (train, lr-find) share: the data options and how the data is loaded, checked
// and described, and the options that override one field of the preset's configuration.
#pragma once

#include "app/cli/Command.h"
#include "core/data/Dataset.h"
#include "core/data/DatasetLoader.h"
#include "core/train/TrainConfig.h"

#include <functional>
#include <string>
#include <vector>

namespace ts::cli {

/// Declares the data options (--data, --label-column, --text-column, --image-size, --grayscale/--rgb, --split,
/// --accept-sparse-labels) on `command`, in the group "Data", storing into `dataPath` and `load`.
void addDataOptions(CLI::App& command, std::string& dataPath, ts::LoadOptions& load);

/// A data set loaded for training, with what it holds and how long loading took.
struct LoadedData {
    ts::Dataset data;
    ts::DatasetInfo info;
    double seconds = 0.0;
};

/// Loads `path` with `load` (warnings on stderr) and refuses data that `cfg` cannot train on: a blocker of the
/// loader, a preset that does not fit, a text shorter than the context. Throws std::runtime_error.
LoadedData loadTrainingData(const std::string& path, const ts::LoadOptions& load, const ts::TrainConfig& cfg);

/// Prints one line on what the loaded data holds: splits, shape, classes and the load time.
void printDataSummary(const LoadedData& loaded, const ts::TrainConfig& cfg);

/// What `--config FILE` holds: a run's run.json or summary.json ("config" and "dataset"), or a bare object of
/// training options (no data set then).
struct ConfigFile {
    ts::TrainConfig config;
    std::string dataPath;  ///< "" when the file names none
    ts::LoadOptions load;
};

/// Reads `path` for --config. Throws std::runtime_error naming the file when it is unreadable, not JSON, or holds
/// no configuration.
ConfigFile readConfigFile(const std::string& path);

/// Options that, when given, set one field of the configuration over the preset's value.
class ConfigOverrides {
public:
    /// Declares `name VALUE` on `command` that sets `field` (parsed strictly) when given.
    template <typename T>
    CLI::Option* add(CLI::App& command, const std::string& name, const std::string& valueName, T ts::TrainConfig::*field,
                     const std::string& description) {
        return addOptionWith(command, name, valueName, description,
                             [this, field](const std::string& option, const std::string& text) {
                                 T value{};
                                 parseValue(option, text, value);
                                 m_apply.push_back([field, value](ts::TrainConfig& cfg) { cfg.*field = value; });
                             });
    }
    /// Adds a change to apply, in the order the options came (options whose field is nested, e.g. cfg.health).
    void push(std::function<void(ts::TrainConfig&)> apply) { m_apply.push_back(std::move(apply)); }
    /// Sets every given field in `cfg`, in the order the options came.
    void applyTo(ts::TrainConfig& cfg) const {
        for (const auto& apply : m_apply) apply(cfg);
    }

private:
    std::vector<std::function<void(ts::TrainConfig&)>> m_apply;
};

}  // namespace ts::cli
