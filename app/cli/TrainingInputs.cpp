// What the commands that train share: the data options, loading and describing the data, and the options
// that override the preset's configuration (app/cli/TrainingInputs.h).
#include "app/cli/TrainingInputs.h"

#include "core/common/Json.h"
#include "core/data/TextDataset.h"
#include "core/runs/RunJson.h"
#include "core/train/Trainer.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace ts::cli {

namespace {

constexpr int kSplitParts = 3;            // TRAIN,VAL,TEST
constexpr double kSplitSumTolerance = 1e-6;

/// "28x28" -> width 28, height 28.
void parseImageSize(const std::string& option, const std::string& v, ts::LoadOptions& load) {
    const size_t x = v.find_first_of("xX");
    if (x != std::string::npos) {
        parseValue(option, v.substr(0, x), load.imageWidth);
        parseValue(option, v.substr(x + 1), load.imageHeight);
        if (load.imageWidth > 0 && load.imageHeight > 0) return;
    }
    throw UsageError(option + " needs WIDTHxHEIGHT with positive numbers, e.g. 32x32 (got '" + v + "')");
}

/// "0.8,0.1,0.1" -> validation 0.1, test 0.1 (the three must add up to 1).
void parseSplit(const std::string& option, const std::string& v, ts::LoadOptions& load) {
    double parts[kSplitParts] = {0.0, 0.0, 0.0};
    size_t start = 0;
    for (int i = 0; i < kSplitParts; ++i) {
        const size_t comma = v.find(',', start);
        if ((i < kSplitParts - 1) != (comma != std::string::npos))
            throw UsageError(option + " needs three fractions TRAIN,VAL,TEST, e.g. 0.8,0.1,0.1 (got '" + v + "')");
        parseValue(option, v.substr(start, comma == std::string::npos ? std::string::npos : comma - start), parts[i]);
        start = comma + 1;
    }
    if (parts[0] <= 0.0 || parts[1] < 0.0 || parts[2] < 0.0 ||
        std::abs(parts[0] + parts[1] + parts[2] - 1.0) > kSplitSumTolerance)
        throw UsageError(option + " fractions must be non-negative, leave some training data and add up to 1 (got '" + v + "')");
    load.valFraction = parts[1];
    load.testFraction = parts[2];
}

}  // namespace

void addDataOptions(CLI::App& c, std::string& dataPath, ts::LoadOptions& load) {
    const std::string group = "Data";
    addOption(c, "--data", "PATH", dataPath,
              "a data set: a folder with the four IDX files (raw or .gz), one IDX images file (its labels file is "
              "found next to it), a CSV/TSV table, or a folder with one sub-folder of PNG/JPEG images per class")
        ->group(group);
    addOption(c, "--label-column", "NAME", load.labelColumn,
              "tables: the label column (name or 1-based number; default label/class/target, else the last column)")
        ->group(group);
    addOption(c, "--text-column", "NAME", load.textColumn,
              "text tables (CSV/TSV/JSONL): the text column (name or 1-based number; default "
              "text/sentence/review/content/document, else the column of multi-word text)")
        ->group(group);
    addOptionWith(c, "--image-size", "WxH",
                  "image folders: resize every image to W x H (default: the first image's size)",
                  [&load](const std::string& option, const std::string& text) { parseImageSize(option, text, load); })
        ->group(group);
    CLI::Option* gray = c.add_flag_callback("--grayscale", [&load] { load.color = ts::ColorMode::Grayscale; },
                                            "image folders: load images in grayscale (default: as the first image); "
                                            "not with --rgb");
    CLI::Option* rgb = c.add_flag_callback("--rgb", [&load] { load.color = ts::ColorMode::Rgb; },
                                           "image folders: load images in colour (default: as the first image); "
                                           "not with --grayscale");
    gray->group(group)->excludes(rgb);
    rgb->group(group);
    addOptionWith(c, "--split", "T,V,E",
                  "train/validation/test fractions when the data has no split of its own (default 0.8,0.1,0.1, "
                  "stratified per class; text: 0.9,0.05,0.05, the end of the corpus)",
                  [&load](const std::string& option, const std::string& text) { parseSplit(option, text, load); })
        ->group(group);
    c.add_flag("--accept-sparse-labels", load.acceptSparseLabels,
               "train even when most label values between 0 and the largest label have no samples (IDX)")
        ->group(group);
}

LoadedData loadTrainingData(const std::string& path, const ts::LoadOptions& load, const ts::TrainConfig& cfg) {
    const auto t0 = std::chrono::steady_clock::now();
    ts::DatasetReport report;
    LoadedData loaded;
    loaded.data = ts::loadDataset(path, load, &report);
    const ts::Dataset& data = loaded.data;
    for (const std::string& w : report.warnings)
        if (w != report.blocker) std::fprintf(stderr, "warning: %s\n", w.c_str());
    if (!report.blocker.empty()) throw std::runtime_error(data.path + ": " + report.blocker);
    loaded.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    loaded.info = ts::describeDataset(data, cfg.valFraction, cfg.testFraction);
    if (const std::string mismatch = ts::presetDataMismatch(cfg, data); !mismatch.empty())
        throw std::runtime_error(mismatch);
    if (data.isText())
        if (const std::string tooShort = ts::textTooShortForContext(loaded.info, cfg.contextLength); !tooShort.empty())
            throw std::runtime_error(tooShort);
    return loaded;
}

void printDataSummary(const LoadedData& loaded, const ts::TrainConfig& cfg) {
    const ts::Dataset& data = loaded.data;
    const ts::DatasetInfo& info = loaded.info;
    if (data.isText())
        std::printf("%s (%s): %lld / %lld / %lld bytes of text for train / validation / test, loaded in %.2f s\n",
                    data.name.c_str(), data.format.c_str(), static_cast<long long>(info.trainCount),
                    static_cast<long long>(info.valCount), static_cast<long long>(info.testCount), loaded.seconds);
    else if (data.isTextClassification())
        std::printf("%s (%s): %lld train, %lld validation, %lld test texts, %d classes, loaded in %.2f s\n",
                    data.name.c_str(), data.format.c_str(), static_cast<long long>(info.trainCount),
                    static_cast<long long>(info.valCount), static_cast<long long>(info.testCount), data.classCount(),
                    loaded.seconds);
    else
        std::printf("%s (%s): %lld train, %lld validation, %lld test, %dx%lldx%lld, %d classes, loaded in %.2f s\n",
                    data.name.c_str(), data.format.c_str(), static_cast<long long>(info.trainCount),
                    static_cast<long long>(cfg.evalOnTestEachEpoch ? 0 : info.valCount),
                    static_cast<long long>(info.testCount), int(info.channels), static_cast<long long>(info.height),
                    static_cast<long long>(info.width), data.classCount(), loaded.seconds);
}

ConfigFile readConfigFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("--config " + path + ": cannot read the file");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ts::Json j;
    try {
        j = ts::Json::parse(text);
    } catch (const std::exception& e) {
        throw std::runtime_error("--config " + path + " is not valid JSON (" + e.what() + ")");
    }
    // A run's run.json or summary.json holds the configuration under "config" and the data set under "dataset".
    const ts::Json& cfg = j["config"].isObject() ? j["config"] : j;
    if (!cfg["preset"].isString())
        throw std::runtime_error("--config " + path + " holds no training configuration (no \"preset\")");
    ConfigFile file;
    file.config = ts::configFromJson(cfg);
    const ts::Json& data = j["dataset"];
    if (data.isObject()) {
        file.dataPath = data["path"].string();
        if (data["load_options"].isObject()) file.load = ts::loadOptionsFromJson(data["load_options"].dump());
    }
    return file;
}

}  // namespace ts::cli
