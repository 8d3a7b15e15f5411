// TensorBoard's HParams dashboard for a sweep: the experiment (each swept option with its domain, and the metrics)
// as a summary in the sweep folder's event file, and each trial's values (session start) and outcome (session end)
// in its run's event file. The HParamsPluginData messages (tensorboard/plugins/hparams/plugin_data.proto and
// api.proto) are encoded by hand like the rest of the events. Torch-free.
#pragma once

#include "core/common/Json.h"

#include <string>
#include <utility>
#include <vector>

namespace ts {

/// A swept option as the dashboard's filter shows it: an interval, or a list of values.
struct TbHParamDomain {
    std::string name;
    bool interval = false;
    double low = 0.0, high = 0.0;   ///< interval
    std::vector<Json> values;       ///< discrete: numbers, strings or booleans (one kind)
};

/// How a trial ended, for its session-end summary.
enum class TbSessionStatus { Unknown = 0, Success = 1, Failure = 2, Running = 3 };

/// Event with summary value "_hparams_/experiment": the options with their domains and the metrics' scalar tags.
std::string tbHParamsExperimentEvent(double wallTime, const std::vector<TbHParamDomain>& domains,
                                     const std::vector<std::string>& metricTags);
/// Event with "_hparams_/session_start_info": the trial's values (numbers, strings, booleans) and its group.
std::string tbHParamsSessionStartEvent(double wallTime, const std::vector<std::pair<std::string, Json>>& values,
                                       const std::string& group);
/// Event with "_hparams_/session_end_info": the trial's status.
std::string tbHParamsSessionEndEvent(double wallTime, TbSessionStatus status);

}  // namespace ts
