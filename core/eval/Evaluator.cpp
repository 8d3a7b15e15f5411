// Evaluate mode's engine: model loading (TrainScope checkpoints and TorchScript modules), data
// preparation (the model's input contract, class matching), inference, and the statistics.
#include "core/eval/Evaluator.h"

#include "core/data/DatasetLoader.h"
#include "core/eval/ClassMatching.h"
#include "core/eval/EvaluationSetup.h"
#include "core/eval/LanguageModelEvaluator.h"
#include "core/eval/Metrics.h"
#include "core/eval/PredictionTally.h"
#include "core/eval/TextClassifierEvaluator.h"
#include "core/lm/LanguageModelInfo.h"
#include "core/train/ModelInfo.h"
#include "core/train/Models.h"
#include "core/train/Models.h"
#include "core/runs/RunStore.h"
#include "core/train/Trainer.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace ts {

namespace {

namespace fs = std::filesystem;

std::string firstLine(const std::string& text) {
    const size_t nl = text.find('\n');
    return nl == std::string::npos ? text : text.substr(0, nl);
}

std::string shapeText(const std::vector<int64_t>& dims) {
    std::string s = "[";
    for (size_t i = 0; i < dims.size(); ++i) s += (i ? ", " : "") + std::to_string(dims[i]);
    return s + "]";
}

/// What one sample of `set` is, for messages: "784 features" or "1x28x28".
std::string describeSamples(const ImageSet& set) {
    if (set.isTabular()) return std::to_string(set.width) + " features";
    return std::to_string(set.channels) + "x" + std::to_string(set.height) + "x" + std::to_string(set.width);
}

/// 669706 -> "669,706".
std::string grouped(int64_t v) {
    std::string digits = std::to_string(v);
    for (int i = int(digits.size()) - 3; i > (v < 0 ? 1 : 0); i -= 3) digits.insert(size_t(i), ",");
    return digits;
}

bool isRunFolder(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p / "run.json", ec);
}

/// A loaded model of either kind, with one forward() for float inputs.
struct LoadedModel {
    bool script = false;
    bool haveInfo = false;     // checkpoints: the input contract is known
    ModelInfo info;
    torch::nn::Sequential net{nullptr};
    torch::jit::Module module;
    std::vector<int64_t> inputDims;  // TorchScript: per-sample input shape the module accepts (after probing)
    std::string description;
    int64_t parameters = 0;

    torch::Tensor forward(const torch::Tensor& x) {
        if (!script) return net->forward(x);
        std::vector<int64_t> dims{x.size(0)};
        dims.insert(dims.end(), inputDims.begin(), inputDims.end());
        c10::IValue out = module.forward({x.reshape(dims)});
        if (out.isTuple()) out = out.toTuple()->elements().at(0);  // (logits, ...) outputs
        if (!out.isTensor()) throw std::runtime_error("the TorchScript module's forward() does not return a tensor");
        return out.toTensor();
    }
};

LoadedModel loadModel(const std::string& path, const EvaluateRequest& rq, const std::string& runDir,
                      const torch::Device& device, std::vector<std::string>& notes) {
    LoadedModel m;
    // A TrainScope checkpoint is an archive with a "format" entry; anything else is tried as TorchScript.
    torch::serialize::InputArchive archive;
    bool archiveRead = false;
    std::string archiveError;
    try {
        archive.load_from(path, device);
        archiveRead = true;
    } catch (const c10::Error& e) {
        archiveError = firstLine(e.what_without_backtrace());
    }
    c10::IValue format;
    if (archiveRead && archive.try_read("format", format)) {
        c10::IValue infoText;
        if (archive.try_read("model_info", infoText) && infoText.isString()) {
            if (isLanguageModelInfo(infoText.toStringRef()))
                throw std::runtime_error(path + " is a language model; use trainscope-cli generate --model " + path +
                                         " --prompt TEXT to continue a prompt, or evaluate it on a text corpus (a "
                                         ".txt file, a folder of .txt files or a .jsonl file): " + rq.dataPath +
                                         " is not one");
            m.info = modelInfoFromJson(infoText.toStringRef());
            m.haveInfo = true;
        } else if (!runDir.empty()) {
            // Checkpoints written before model_info existed: work the contract out from the run and its data.
            const RunRecord run = loadRun(runDir, false);
            LoadOptions opt = run.dataset.loadOptions.empty() ? LoadOptions{} : loadOptionsFromJson(run.dataset.loadOptions);
            const Dataset ds = loadDataset(run.dataset.path, opt);
            m.info = describeModelInput(run.config, ds);
            m.haveInfo = true;
            notes.push_back("the checkpoint predates stored input information; it was worked out from the run's data");
        } else {
            throw std::runtime_error("the checkpoint " + path +
                                     " has no input information and is not inside its run folder; evaluate it from "
                                     "its run folder (or choose the run with --run)");
        }
        m.net = makeModel(m.info.preset, m.info.shape, int64_t(m.info.classNames.size()));
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        try {
            m.net->load(modelArchive);
        } catch (const c10::Error& e) {
            throw std::runtime_error("the checkpoint " + path + " does not hold a " + m.info.preset + " model for " +
                                     m.info.shape.describe() + " inputs (" + firstLine(e.what_without_backtrace()) + ")");
        }
        m.net->to(device);
        m.net->eval();
        m.parameters = parameterCount(*m.net);
        c10::IValue epoch;
        const std::string at = archive.try_read("epoch", epoch) && epoch.isInt()
                                   ? " after epoch " + std::to_string(epoch.toInt())
                                   : std::string();
        m.description = m.info.preset + " preset, " + m.info.shape.describe() + " -> " +
                        std::to_string(m.info.classNames.size()) + " classes, " + grouped(m.parameters) +
                        " parameters; " + fs::path(path).filename().string() + at;
        return m;
    }
    try {
        m.module = torch::jit::load(path, device);
    } catch (const c10::Error& e) {
        throw std::runtime_error(
            "cannot load " + path + " as a TrainScope checkpoint or a TorchScript module: " +
            firstLine(e.what_without_backtrace()) +
            ". A model saved with torch.save(model.state_dict()) is not enough: save it with "
            "torch.jit.save(torch.jit.script(model), 'model.pt') (or torch.jit.trace).");
    } catch (const std::exception& e) {
        throw std::runtime_error("cannot load " + path + " as a TorchScript module: " + firstLine(e.what()));
    }
    if (!m.module.find_method("forward"))
        throw std::runtime_error(path + " is a TorchScript file without a forward() method, so it cannot classify");
    m.script = true;
    m.module.eval();
    for (const auto& p : m.module.parameters()) m.parameters += p.numel();
    if (rq.classNames.empty() && m.module.hasattr("class_names")) {
        const c10::IValue names = m.module.attr("class_names");
        if (names.isList())
            for (const c10::IValue& v : names.toListRef())
                if (v.isString()) m.info.classNames.push_back(v.toStringRef());
        if (!m.info.classNames.empty()) notes.push_back("class names read from the module's class_names attribute");
    }
    if (!rq.classNames.empty()) m.info.classNames = rq.classNames;
    m.description = "TorchScript module, " + grouped(m.parameters) + " parameters";
    return m;
}

/// Parses "C,H,W", "H,W" or "F" (also with x separators).
std::vector<int64_t> parseShape(const std::string& text) {
    std::vector<int64_t> dims;
    std::string token;
    std::istringstream in(text);
    while (std::getline(in, token, ',')) {
        std::istringstream parts(token);
        std::string part;
        while (std::getline(parts, part, 'x')) {
            part.erase(0, part.find_first_not_of(" \t"));
            part.erase(part.find_last_not_of(" \t") + 1);
            if (part.empty()) continue;
            size_t used = 0;
            long long v = 0;
            try {
                v = std::stoll(part, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != part.size() || v <= 0)
                throw std::runtime_error("the input shape '" + text + "' is not a list of positive sizes such as 1,28,28 or 784");
            dims.push_back(v);
        }
    }
    if (dims.empty() || dims.size() > 3)
        throw std::runtime_error("the input shape '" + text + "' must have 1 to 3 sizes, such as 1,28,28 or 784");
    return dims;
}

/// All rows of several sets, one after another.
ImageSet concatenate(const std::vector<const ImageSet*>& sets) {
    ImageSet out;
    for (const ImageSet* s : sets) {
        if (s->size() == 0) continue;
        if (out.size() == 0) {
            out.channels = s->channels;
            out.height = s->height;
            out.width = s->width;
        }
        out.pixels.insert(out.pixels.end(), s->pixels.begin(), s->pixels.end());
        out.features.insert(out.features.end(), s->features.begin(), s->features.end());
        out.labels.insert(out.labels.end(), s->labels.begin(), s->labels.end());
    }
    return out;
}

void remapLabels(ImageSet& set, const std::vector<int>& map) {
    for (int64_t& y : set.labels) y = map[size_t(y)];
}

/// Float inputs of rows [begin, end) of `set`, as the model expects them.
torch::Tensor inputs(const ImageSet& set, int64_t begin, int64_t end, const LoadedModel& m, bool rawFeatures,
                     const std::vector<float>& shift, const std::vector<float>& scale, const torch::Device& device) {
    const int64_t n = end - begin;
    torch::Tensor x;
    if (set.isTabular()) {
        const int64_t f = set.width;
        x = torch::from_blob(const_cast<float*>(set.features.data() + begin * f), {n, f}, torch::kFloat).clone();
        if (rawFeatures && !shift.empty()) {  // undo the loader's standardization: raw = v / scale + shift
            torch::Tensor sh = torch::from_blob(const_cast<float*>(shift.data()), {f}, torch::kFloat);
            torch::Tensor sc = torch::from_blob(const_cast<float*>(scale.data()), {f}, torch::kFloat);
            x = x.div(sc).add(sh);
        }
    } else {
        const int64_t bytes = set.sampleBytes();
        x = scalePixels(torch::from_blob(const_cast<uint8_t*>(set.pixels.data() + begin * bytes),
                                         {n, set.channels, set.height, set.width}, torch::kUInt8),
                        m.info.inputScale, m.info.inputShift);
    }
    return device.is_cpu() ? x : x.to(device);
}

using Evaluated = TalliedPredictions;

void report(EvaluateControl* control, int64_t done, int64_t total, const std::string& what) {
    reportEvaluationProgress(control, done, total, what);
}

Evaluated runInference(LoadedModel& m, const ImageSet& set, int64_t classes, const std::vector<std::string>& classNames,
                       bool rawFeatures, const std::vector<float>& shift, const std::vector<float>& scale,
                       const torch::Device& device, int64_t batchSize, EvaluateControl* control) {
    c10::InferenceMode inference;
    const int64_t n = set.size();
    PredictionTally tally(classNames, n);
    for (int64_t b = 0; b < n; b += batchSize) {
        const int64_t e = std::min(n, b + batchSize);
        const torch::Tensor logits = m.forward(inputs(set, b, e, m, rawFeatures, shift, scale, device));
        if (logits.dim() != 2 || logits.size(0) != e - b || logits.size(1) != classes)
            throw std::runtime_error("the model returned outputs of shape " + shapeText(logits.sizes().vec()) +
                                     " for a batch of " + std::to_string(e - b) + "; expected [" +
                                     std::to_string(e - b) + ", " + std::to_string(classes) + "] (one score per class)");
        tally.add(logits, set.labels.data() + b, b);
        report(control, e, n, "evaluating");
    }
    return tally.finish();
}

/// TorchScript: finds a per-sample input shape the module accepts, trying the stated one, then the
/// data's own layout, then flat features.
void probeInputShape(LoadedModel& m, const EvaluateRequest& rq, const ImageSet& set, bool rawFeatures,
                     const std::vector<float>& shift, const std::vector<float>& scale, const torch::Device& device) {
    const int64_t sample = set.isTabular() ? set.width : set.sampleBytes();
    std::vector<std::vector<int64_t>> candidates;
    if (!rq.inputShape.empty()) {
        const std::vector<int64_t> dims = parseShape(rq.inputShape);
        int64_t product = 1;
        for (int64_t d : dims) product *= d;
        if (product != sample)
            throw std::runtime_error("the stated input shape " + shapeText(dims) + " holds " + std::to_string(product) +
                                     " values, but each sample of the data has " + std::to_string(sample) + " (" +
                                     describeSamples(set) + ")");
        candidates.push_back(dims);
    } else {
        if (!set.isTabular()) candidates.push_back({set.channels, set.height, set.width});
        candidates.push_back({sample});
    }
    std::string errors;
    const int64_t probeRows = std::min<int64_t>(set.size(), 2);
    for (const std::vector<int64_t>& dims : candidates) {
        m.inputDims = dims;
        try {
            c10::InferenceMode inference;
            m.forward(inputs(set, 0, probeRows, m, rawFeatures, shift, scale, device));
            return;
        } catch (const c10::Error& e) {
            errors += (errors.empty() ? "" : "; ") + shapeText(std::vector<int64_t>{probeRows}) + "+" + shapeText(dims) +
                      ": " + firstLine(e.what_without_backtrace());
        } catch (const std::exception& e) {
            errors += (errors.empty() ? "" : "; ") + shapeText(dims) + ": " + firstLine(e.what());
        }
    }
    std::string tried;
    for (const auto& d : candidates) tried += (tried.empty() ? "" : " and ") + shapeText(d);
    throw std::runtime_error("the TorchScript module rejected inputs of per-sample shape " + tried +
                             " (the data's samples are " + describeSamples(set) +
                             "). State the shape it expects with --input-shape (e.g. 1,28,28 or 784). Details: " + errors);
}

/// One call of evaluateModel(): the request, the model and data it loads, and the result it fills in.
class EvaluationRun {
public:
    EvaluationRun(const EvaluateRequest& rq, EvaluateControl* control) : m_rq(rq), m_control(control) {}

    /// Loads the model and the data, checks that they fit, runs the model and measures the statistics.
    EvaluationResult run();

private:
    /// Picks the device, loads the model, and reads the run it belongs to (if any).
    void loadModelAndRun();

    /// Loads the data to fit the model: a checkpoint's image size and colour, its table standardization.
    void loadData();

    /// The rows to evaluate: the data's test split, or all of it ("auto" takes the test split when there is one).
    void chooseSplit();

    /// Checks a checkpoint's input contract against the data's shape; finds the shape a TorchScript module takes.
    void checkInputShape();

    /// Takes the model's classes (a nameless module's output width numbers them) and maps the data's labels to them.
    void matchClassesToModel();

    /// Runs the model over the rows: metrics, predictions, calibration and the confidence histogram.
    void infer();

    /// Drift against the training data: the run's, or the reference the user named; else only the class counts.
    void measureDrift();

    /// Loads the reference data at `refPath` and compares the evaluated rows with its training split.
    void measureDriftAgainst(const std::string& refPath, const LoadOptions& refOpt);

    /// Table columns were compared standardized; reports their means and spreads in raw units.
    void reportDriftInRawUnits();

    /// Compares the metrics with the run's own test metrics, when the run has them.
    void compareWithRun();

    const EvaluateRequest& m_rq;
    EvaluateControl* m_control;
    EvaluationResult m_result;
    torch::Device m_device{torch::kCPU};
    LoadedModel m_model;
    RunRecord m_run;        // the run the model belongs to, when m_haveRun
    bool m_haveRun = false;
    LoadOptions m_loadOptions;  // how the evaluated data was loaded (the reference starts from them)
    Dataset m_data;
    ImageSet m_set;         // the rows evaluated, labels mapped to the model's classes
    std::vector<std::string> m_classNames;  // the model's classes, in output order
    bool m_rawFeatures = false;  // TorchScript: table features go in unstandardized
};

EvaluationResult EvaluationRun::run() {
    const auto t0 = std::chrono::steady_clock::now();
    try {
        loadModelAndRun();
        loadData();
        chooseSplit();
        checkInputShape();
        matchClassesToModel();
        infer();
        measureDrift();
        compareWithRun();
        m_result.featureNames = m_data.featureNames;
        m_result.featureShift = m_data.featureShift;
        m_result.featureScale = m_data.featureScale;
        m_result.samples = std::make_shared<const ImageSet>(std::move(m_set));
    } catch (const c10::Error& e) {
        throw std::runtime_error(firstLine(e.what_without_backtrace()));
    }
    m_result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return std::move(m_result);
}

void EvaluationRun::loadModelAndRun() {
    m_device = prepareEvaluationDevice(m_rq, m_result);

    report(m_control, 0, 0, "loading the model");
    m_result.runDir = m_rq.runDir;
    const std::string modelFile = resolveModelFile(m_rq.modelPath, m_result.runDir);
    m_result.modelPath = modelFile;
    m_model = loadModel(modelFile, m_rq, m_result.runDir, m_device, m_result.notes);
    m_result.modelKind = m_model.script ? "torchscript" : "checkpoint";
    m_result.modelDescription = m_model.description;

    // The run (if any): its data set is the reference for drift, its test metrics the baseline.
    m_haveRun = loadEvaluatedRun(m_result, m_run);
}

void EvaluationRun::loadData() {
    report(m_control, 0, 0, "loading the data");
    m_loadOptions.labelColumn = m_rq.labelColumn;
    m_loadOptions.acceptSparseLabels = m_rq.acceptSparseLabels;
    m_loadOptions.valFraction = 0.0;
    m_loadOptions.testFraction = 0.0;
    const ModelInfo& info = m_model.info;
    if (m_model.haveInfo && info.shape.image) {
        m_loadOptions.imageHeight = int(info.shape.height);
        m_loadOptions.imageWidth = int(info.shape.width);
        m_loadOptions.color = info.shape.channels == 3   ? ColorMode::Rgb
                              : info.shape.channels == 1 ? ColorMode::Grayscale
                                                         : ColorMode::Auto;
    } else if (m_model.haveInfo) {
        m_loadOptions.featureShift = info.featureShift;
        m_loadOptions.featureScale = info.featureScale;
    }
    DatasetReport dataReport;
    m_data = loadDataset(m_rq.dataPath, m_loadOptions, &dataReport);
    m_result.dataPath = m_rq.dataPath;
    m_result.dataName = m_data.name;
    m_result.dataFormat = m_data.format;
    // The loader's class-balance warnings are about training; evaluation reports classes in its drift
    // section. Files it could not read still matter.
    if (dataReport.skippedFiles > 0) {
        std::string skipped = std::to_string(dataReport.skippedFiles) + " file(s) were skipped (not images or unreadable)";
        for (size_t i = 0; i < dataReport.skippedExamples.size(); ++i)
            skipped += (i ? ", " : ": ") + dataReport.skippedExamples[i];
        m_result.warnings.push_back(skipped);
    }
}

void EvaluationRun::chooseSplit() {
    std::string split = m_rq.split.empty() ? "auto" : m_rq.split;
    if (split == "auto") split = m_data.test.size() > 0 ? "test" : "all";
    if (split == "test") {
        if (m_data.test.size() == 0)
            throw std::runtime_error(m_rq.dataPath + " has no test split of its own; evaluate all of it (--split all)");
        m_set = std::move(m_data.test);
    } else if (split == "all") {
        m_set = concatenate({&m_data.train, &m_data.val, &m_data.test});
    } else {
        throw std::runtime_error("unknown split '" + split + "' (choose auto, test or all)");
    }
    m_result.splitName = split;
    if (m_set.size() == 0) throw std::runtime_error(m_rq.dataPath + " holds no samples to evaluate");
}

void EvaluationRun::checkInputShape() {
    if (m_model.haveInfo) {
        const InputShape& s = m_model.info.shape;
        const bool fits = s.image ? (!m_set.isTabular() && m_set.channels == s.channels &&
                                     m_set.height == s.height && m_set.width == s.width)
                                  : (m_set.isTabular() && m_set.width == s.features());
        if (!fits)
            throw std::runtime_error("the model expects inputs of " + s.describe() + ", but the data's samples are " +
                                     describeSamples(m_set) + "; evaluate it on data like its training data");
    }
    // TorchScript: images arrive in [0, 1] (like torchvision's ToTensor), table features raw.
    m_rawFeatures = m_model.script;
    if (m_model.script) {
        m_model.info.inputScale = 1.0 / kPixelMax;
        m_model.info.inputShift = 0.0;
        probeInputShape(m_model, m_rq, m_set, m_rawFeatures, m_data.featureShift, m_data.featureScale, m_device);
    }
}

void EvaluationRun::matchClassesToModel() {
    m_classNames = m_model.info.classNames;
    if (m_classNames.empty()) {
        // TorchScript without names: the output width decides; the data's names when they fit.
        c10::InferenceMode inference;
        const int64_t width = m_model.forward(inputs(m_set, 0, 1, m_model, m_rawFeatures, m_data.featureShift,
                                                     m_data.featureScale, m_device)).size(-1);
        if (width == m_data.classCount()) {
            m_classNames = m_data.classNames;
        } else {
            for (int64_t k = 0; k < width; ++k) m_classNames.push_back(std::to_string(k));
            m_result.notes.push_back("the module has " + std::to_string(width) + " outputs and the data " +
                                     std::to_string(m_data.classCount()) +
                                     " classes; classes are numbered (state their names to match by name)");
        }
    }
    const std::vector<int> map = matchClasses(m_data.classNames, m_classNames, m_set.labels);
    remapLabels(m_set, map);
    if (m_model.script) m_model.info.classNames = m_classNames;
    m_model.description += ", input " +
                           shapeText(m_model.inputDims.empty() ? std::vector<int64_t>{} : m_model.inputDims) +
                           " -> " + std::to_string(m_classNames.size()) + " classes";
    if (!m_model.script) m_model.description = m_result.modelDescription;
    m_result.modelDescription = m_model.description;
}

void EvaluationRun::infer() {
    Evaluated ev = runInference(m_model, m_set, int64_t(m_classNames.size()), m_classNames, m_rawFeatures,
                                m_data.featureShift, m_data.featureScale, m_device,
                                std::max<int64_t>(1, m_rq.batchSize), m_control);
    storePredictions(std::move(ev), m_result, "samples");
}

void EvaluationRun::measureDrift() {
    report(m_control, m_set.size(), m_set.size(), "comparing with the training data");
    // Both sides are standardized with the same transform (tables), so the columns compare like for like.
    std::string refPath = m_rq.referencePath;
    LoadOptions refOpt = m_loadOptions;
    if (refPath.empty() && m_haveRun) {
        refPath = m_run.dataset.path;
        refOpt = LoadOptions{};
        if (!m_run.dataset.loadOptions.empty()) {
            try {
                refOpt = loadOptionsFromJson(m_run.dataset.loadOptions);
            } catch (const std::exception&) {
                m_result.warnings.push_back("the run's stored load options are damaged; its data is reloaded with defaults");
            }
        }
    }
    refOpt.featureShift = m_data.featureShift;
    refOpt.featureScale = m_data.featureScale;
    if (!refPath.empty()) {
        try {
            measureDriftAgainst(refPath, refOpt);
        } catch (const std::exception& e) {
            m_result.warnings.push_back("the training data " + refPath + " cannot be loaded (" + e.what() +
                                        "): drift is not measured");
        }
    }
    if (!m_result.drift.hasReference) {
        m_result.drift.classNames = m_classNames;
        m_result.drift.currentCounts = classHistogram(m_set, int(m_classNames.size()));
    }
}

void EvaluationRun::measureDriftAgainst(const std::string& refPath, const LoadOptions& refOpt) {
    Dataset ref = loadDataset(refPath, refOpt);
    if (m_haveRun && refPath == m_run.dataset.path && !m_run.datasetHash.empty() &&
        ref.contentHash != m_run.datasetHash && !ref.train.isTabular())
        m_result.warnings.push_back("the training data at " + refPath +
                                    " changed since the run was trained; drift is measured against it as it is now");
    ImageSet refSet = std::move(ref.train);
    remapLabels(refSet, matchClasses(ref.classNames, m_classNames, refSet.labels));
    const bool sameKind =
        refSet.isTabular() == m_set.isTabular() && (m_set.isTabular() ? refSet.width == m_set.width : true);
    if (!sameKind) {
        m_result.warnings.push_back("the reference data " + refPath +
                                    " does not have the same kind of samples; drift is not measured");
        return;
    }
    m_result.drift = computeDrift(refSet, m_set, m_classNames,
                                  m_set.isTabular() ? m_data.featureNames : std::vector<std::string>{},
                                  ref.name + " training split");
    if (m_set.isTabular() && m_data.featureScale.size() == m_data.featureNames.size()) reportDriftInRawUnits();
}

void EvaluationRun::reportDriftInRawUnits() {
    const std::vector<std::string>& names = m_data.featureNames;
    for (FeatureShift& f : m_result.drift.features) {
        const auto it = std::find(names.begin(), names.end(), f.name);
        if (it == names.end()) continue;
        const size_t j = size_t(it - names.begin());
        const double scale = m_data.featureScale[j], shift = m_data.featureShift[j];
        if (!(scale > 0.0)) continue;
        f.referenceMean = f.referenceMean / scale + shift;
        f.currentMean = f.currentMean / scale + shift;
        f.referenceStd /= scale;
        f.currentStd /= scale;
    }
}

void EvaluationRun::compareWithRun() {
    if (!m_haveRun || !m_run.hasTest || m_run.test.empty()) return;
    m_result.comparison = compareWithBaseline(m_result.metrics, m_run.test);
    m_result.comparison.runDir = m_result.runDir;
    m_result.comparison.runName = m_run.displayName();
}

}  // namespace

std::string resolveModelFile(const std::string& model, std::string& runDir) {
    const fs::path p(model);
    std::error_code ec;
    if (!fs::exists(p, ec)) throw std::runtime_error("the model file " + model + " does not exist");
    if (fs::is_directory(p, ec)) {
        if (!isRunFolder(p))
            throw std::runtime_error(model + " is a folder but not a TrainScope run folder (it has no run.json); "
                                     "choose a checkpoint file or a TorchScript file");
        if (runDir.empty()) runDir = p.string();
        return runCheckpointPath(model);
    }
    if (runDir.empty() && isRunFolder(p.parent_path())) runDir = p.parent_path().string();
    return p.string();
}

EvaluationResult evaluateModel(const EvaluateRequest& rq, EvaluateControl* control) {
    report(control, 0, 0, "loading the model");  // a cancel that came first wins over a missing file
    // Language models (a GPT checkpoint, or a TorchScript module on a text corpus) have their own engine, and so
    // do text classifiers.
    if (isLanguageModelRequest(rq)) return evaluateLanguageModel(rq, control);
    std::string runDir = rq.runDir;
    const std::string modelFile = resolveModelFile(rq.modelPath, runDir);
    if (isTextClassifierCheckpoint(modelFile) || isTextClassifierScriptRequest(rq, modelFile))
        return evaluateTextClassifier(rq, modelFile, runDir, control);
    return EvaluationRun(rq, control).run();
}

std::string runCheckpointPath(const std::string& runDir) {
    // The run's own test metrics come from its final weights, except after early stopping,
    // which restores (and tests) the best ones.
    const fs::path p(runDir);
    std::error_code ec;
    std::vector<std::string> ignored;
    const std::string message = readJsonFile(p / "status.json", ignored)["message"].string();
    const bool early = message.find("early stopping") != std::string::npos;
    const fs::path best = p / bestCheckpointName(), last = p / lastCheckpointName();
    const fs::path first = early ? best : last, second = early ? last : best;
    if (fs::is_regular_file(first, ec)) return first.string();
    if (fs::is_regular_file(second, ec)) return second.string();
    throw std::runtime_error("the run folder " + runDir +
                             " has no checkpoint (the run ended before its first epoch finished)");
}

}  // namespace ts
