// layers.csv and alerts.jsonl of a run folder (core/health/HealthLog.h).
#include "core/health/HealthLog.h"

#include "core/common/Json.h"
#include "core/common/Numbers.h"

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace ts {

namespace {

/// Cells of a layers.csv row.
constexpr size_t kLayersColumns = 9;

/// Reads a whole file; "" when it is absent or unreadable.
std::string healthFileText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// A layer name as a CSV cell: quoted (with doubled quotes) only when it holds a comma or a quote.
std::string layerCell(const std::string& name) {
    if (name.find_first_of(",\"") == std::string::npos) return name;
    std::string cell = "\"";
    for (char c : name) {
        if (c == '"') cell += '"';
        cell += c;
    }
    return cell + "\"";
}

/// The cells of one layers.csv line (quoted cells as layerCell writes them).
std::vector<std::string> layersCells(const std::string& line) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            cells.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    return cells;
}

/// A number cell; `fallback` when empty, false when it is not a number.
bool layersNumber(const std::string& cell, double fallback, double& out) {
    if (cell.empty()) {
        out = fallback;
        return true;
    }
    return parseDouble(cell, out);
}

/// The lines of `text` that end with a newline (a last line without one is torn), without their "\r\n" or "\n".
std::vector<std::string> completeLines(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

/// Adds one parsed row to `sample`; false when the row is malformed.
bool addLayersRow(const std::vector<std::string>& c, HealthSample& sample) {
    const std::string suffix = activationRowSuffix();
    const std::string& layer = c[1];
    if (layer.size() > suffix.size() && layer.compare(layer.size() - suffix.size(), suffix.size(), suffix) == 0) {
        ActivationHealth a;
        a.name = layer.substr(0, layer.size() - suffix.size());
        double dead = -1.0;
        if (!layersNumber(c[5], 0.0, a.mean) || !layersNumber(c[6], 0.0, a.stddev) ||
            !layersNumber(c[7], -1.0, dead) || !layersNumber(c[8], 0.0, a.saturatedFraction))
            return false;
        a.rectified = dead >= 0.0;
        a.deadFraction = a.rectified ? dead : 0.0;
        sample.activations.push_back(std::move(a));
        return true;
    }
    ParameterHealth p;
    p.name = layer;
    if (!layersNumber(c[2], 0.0, p.gradNorm) || !layersNumber(c[3], 0.0, p.weightNorm) ||
        !layersNumber(c[4], -1.0, p.updateRatio))
        return false;
    sample.parameters.push_back(std::move(p));
    return true;
}

}  // namespace

std::string layersCsvHeader() {
    return "step,layer,grad_norm,weight_norm,update_ratio,act_mean,act_std,dead_fraction,saturated_fraction\n";
}

std::string layersCsvRows(const HealthSample& sample) {
    const std::string step = std::to_string(sample.step);
    std::string rows;
    for (const ParameterHealth& p : sample.parameters) {
        rows += step + "," + layerCell(p.name) + "," + formatCsvNumber(p.gradNorm) + "," +
                formatCsvNumber(p.weightNorm) + "," + (p.updateRatio >= 0.0 ? formatCsvNumber(p.updateRatio) : "") +
                ",,,,\n";
    }
    for (const ActivationHealth& a : sample.activations) {
        // dead_fraction is left empty for layers that are not rectified (it means nothing there).
        rows += step + "," + layerCell(a.name + activationRowSuffix()) + ",,,," + formatCsvNumber(a.mean) + "," +
                formatCsvNumber(a.stddev) + "," + (a.rectified ? formatCsvNumber(a.deadFraction) : "") + "," +
                formatCsvNumber(a.saturatedFraction) + "\n";
    }
    return rows;
}

std::vector<HealthSample> parseLayersCsv(const std::string& text) {
    std::vector<HealthSample> samples;
    const std::vector<std::string> lines = completeLines(text);
    if (lines.empty()) return samples;  // empty, or only a torn header
    std::string header = layersCsvHeader();
    header.pop_back();
    if (lines.front() != header)
        throw std::runtime_error("layers.csv line 1 is not its header: \"" + lines.front() + "\"");
    for (size_t i = 1; i < lines.size(); ++i) {
        const std::vector<std::string> cells = layersCells(lines[i]);
        int64_t step = 0;
        if (cells.size() != kLayersColumns || !parseInt64(cells[0], step) || cells[1].empty()) continue;
        if (samples.empty() || samples.back().step != step) {
            samples.emplace_back();
            samples.back().step = step;
        }
        if (!addLayersRow(cells, samples.back()) && samples.back().parameters.empty() &&
            samples.back().activations.empty())
            samples.pop_back();
    }
    return samples;
}

std::string alertJsonLine(const Alert& alert) {
    Json values = Json::Object{};
    for (const auto& [name, value] : alert.values) values.set(name, value);
    Json line = Json::Object{};
    line.set("step", Json(long(alert.step)));
    line.set("epoch", alert.epoch);
    line.set("kind", alertKindName(alert.kind));
    line.set("layer", alert.layer);
    line.set("message", alert.message);
    line.set("advice", alert.advice);
    line.set("values", std::move(values));
    return line.dump() + "\n";
}

std::vector<Alert> parseAlertsJsonl(const std::string& text) {
    std::vector<Alert> alerts;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        Json j;
        try {
            j = Json::parse(line);
        } catch (const std::exception&) {
            continue;  // torn by a killed process, or damaged
        }
        Alert a;
        if (!j.isObject() || !alertKindFromName(j["kind"].string(), a.kind)) continue;
        a.step = j["step"].integer();
        a.epoch = int(j["epoch"].integer());
        a.layer = j["layer"].string();
        a.message = j["message"].string();
        a.advice = j["advice"].string();
        if (j["values"].isObject())
            for (const auto& [name, value] : j["values"].object())
                a.values.emplace_back(name, value.number(std::numeric_limits<double>::quiet_NaN()));
        alerts.push_back(std::move(a));
    }
    return alerts;
}

std::vector<HealthSample> readLayersCsv(const std::string& runDir) {
    return parseLayersCsv(healthFileText(std::filesystem::path(runDir) / layersCsvName()));
}

std::vector<Alert> readAlerts(const std::string& runDir) {
    return parseAlertsJsonl(healthFileText(std::filesystem::path(runDir) / alertsFileName()));
}

}  // namespace ts
