// The run folder's health files (issue 16): layers.csv (one row per parameter tensor or hidden layer per health
// sample) and alerts.jsonl (one JSON object per alert), written as training goes and read back for the Health
// panel of a finished run, reports and comparisons. Torch-free; numbers never depend on the locale.
//
// layers.csv columns: step,layer,grad_norm,weight_norm,update_ratio,act_mean,act_std,dead_fraction,
// saturated_fraction. A parameter's row leaves the act_* cells empty; an activation's row (layer named
// "<module> (output)") leaves grad_norm, weight_norm and update_ratio empty. update_ratio is empty when not measured.
// alerts.jsonl: {"step":..,"epoch":..,"kind":"loss_spike","layer":"","message":"..","advice":"..",
//                "values":{"loss":..,"mean":..}}
#pragma once

#include "core/health/Health.h"

#include <string>
#include <vector>

namespace ts {

/// File names inside a run folder.
inline const char* layersCsvName() { return "layers.csv"; }
inline const char* alertsFileName() { return "alerts.jsonl"; }
/// The suffix that marks an activation's row in layers.csv.
inline const char* activationRowSuffix() { return " (output)"; }

/// The header line of layers.csv, with its newline.
std::string layersCsvHeader();
/// The rows of one health sample, each with its newline (histograms are not written).
std::string layersCsvRows(const HealthSample& sample);
/// Health samples back from layers.csv text (rows grouped by step, in file order; histograms empty; a torn
/// last line is skipped). Throws std::runtime_error naming the line when the header is not layers.csv's.
std::vector<HealthSample> parseLayersCsv(const std::string& text);

/// One alert as a line of alerts.jsonl, with its newline.
std::string alertJsonLine(const Alert& alert);
/// Alerts back from alerts.jsonl text; a torn or unreadable line is skipped.
std::vector<Alert> parseAlertsJsonl(const std::string& text);

/// The health samples of a run folder (empty when it has no layers.csv).
std::vector<HealthSample> readLayersCsv(const std::string& runDir);
/// The alerts of a run folder (empty when it has no alerts.jsonl).
std::vector<Alert> readAlerts(const std::string& runDir);

}  // namespace ts
