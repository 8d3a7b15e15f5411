// Evaluate mode for text classifiers: the checkpoint's own featurizer (hashed n-grams or its tokenizer), the shared
// scoring (PredictionTally), class matching (ClassMatching) and statistics (EvalStats, TextDrift).
#include "core/eval/TextClassifierEvaluator.h"

#include "core/data/DatasetLoader.h"
#include "core/eval/ClassMatching.h"
#include "core/eval/EvaluationSetup.h"
#include "core/eval/PredictionTally.h"
#include "core/eval/TextDrift.h"
#include "core/runs/RunStore.h"
#include "core/train/Checkpoint.h"
#include "core/train/Models.h"
#include "core/train/TextClassifierModel.h"

#include <torch/script.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>

namespace ts {

namespace {

constexpr int64_t kTextEvalDefaultBatch = 256;  // texts per inference batch when the request leaves it open
constexpr int64_t kEmptyTextToken = 0;          // TorchScript: a text without tokens goes in as this one token

/// Texts of several splits, one after another, with their labels.
TextExamples joinTextSplits(const std::vector<const TextExamples*>& splits) {
    TextExamples all;
    for (const TextExamples* s : splits) {
        all.texts.insert(all.texts.end(), s->texts.begin(), s->texts.end());
        all.labels.insert(all.labels.end(), s->labels.begin(), s->labels.end());
    }
    return all;
}

std::vector<std::string_view> textViews(const std::vector<std::string>& texts) {
    return std::vector<std::string_view>(texts.begin(), texts.end());
}

/// One call of evaluateTextClassifier(): the request, the model and texts it loads, and the result it fills in.
class TextEvaluationRun {
public:
    TextEvaluationRun(const EvaluateRequest& rq, EvaluateControl* control) : m_rq(rq), m_control(control) {}

    /// Loads everything, runs the model over the texts and measures the statistics.
    EvaluationResult run(const std::string& modelFile, const std::string& runDir);

private:
    void loadModel(const std::string& modelFile);
    /// A TorchScript module mapping token ids [1, T] to logits [1, C], with its tokenizer and context.
    void loadScript(const std::string& modelFile);
    /// The model's class names in output order (TorchScript without names: the data's when the widths agree).
    const std::vector<std::string>& classNames() const { return m_script ? m_scriptClasses : m_model.model->info().classNames; }
    const Tokenizer* tokenizer() const { return m_script ? m_scriptTokenizer.get() : m_model.model->tokenizer(); }
    std::string modelName() const { return m_script ? std::string("TorchScript text classifier") : m_model.model->info().preset; }
    /// Logits [e - b, C] of texts b..e.
    torch::Tensor logitsOf(int64_t b, int64_t e);
    /// TorchScript without class names: names the outputs after the data's classes when the counts agree.
    void nameScriptOutputs(const std::vector<std::string>& dataClasses);
    /// Loads the labelled texts, picks the split and maps the labels to the model's classes.
    void loadTexts();
    void infer();
    /// Class counts and token drift against the run's training texts (when the run and its data can be read).
    void measureDrift();
    /// The token counts of `documents` as the model sees them (its tokens, or words for text-bow).
    TokenCounts countModelTokens(const std::vector<std::string>& documents, const TokenCounts* vocabulary) const;
    std::string tokenKind() const;
    void compareWithRun();

    const EvaluateRequest& m_rq;
    EvaluateControl* m_control;
    EvaluationResult m_result;
    torch::Device m_device{torch::kCPU};
    LoadedTextClassifier m_model;
    bool m_script = false;
    torch::jit::Module m_module;
    std::unique_ptr<Tokenizer> m_scriptTokenizer;
    std::vector<std::string> m_scriptClasses;
    int64_t m_scriptOutputs = 0;
    int64_t m_context = 0;          // TorchScript: tokens a text is cut to
    int64_t m_emptyTexts = 0, m_unknownTokens = 0, m_cutTexts = 0;
    RunRecord m_run;
    bool m_haveRun = false;
    TextExamples m_texts;  // the texts evaluated, labels mapped to the model's classes
};

EvaluationResult TextEvaluationRun::run(const std::string& modelFile, const std::string& runDir) {
    const auto t0 = std::chrono::steady_clock::now();
    m_result.runDir = runDir;
    try {
        loadModel(modelFile);
        m_haveRun = loadEvaluatedRun(m_result, m_run);
        loadTexts();
        infer();
        measureDrift();
        compareWithRun();
    } catch (const c10::Error& e) {
        const std::string what = e.what_without_backtrace();
        throw std::runtime_error(what.substr(0, what.find('\n')));
    }
    m_result.texts = std::make_shared<const std::vector<std::string>>(std::move(m_texts.texts));
    m_result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return std::move(m_result);
}

void TextEvaluationRun::loadModel(const std::string& modelFile) {
    m_device = prepareEvaluationDevice(m_rq, m_result);
    reportEvaluationProgress(m_control, 0, 0, "loading the model");
    m_result.modelPath = modelFile;
    m_result.task = "classification";
    m_script = !isTextClassifierCheckpoint(modelFile);
    if (m_script) return loadScript(modelFile);
    m_model = loadTextClassifier(modelFile, m_device);
    const TextClassifierInfo& info = m_model.model->info();
    m_result.modelKind = "checkpoint";
    const Tokenizer* tokenizer = m_model.model->tokenizer();
    m_result.modelDescription =
        info.preset + " preset, " + (tokenizer ? tokenizer->kind() + " tokens, " : std::string("hashed n-grams, ")) +
        std::to_string(info.classNames.size()) + " classes, " +
        std::to_string(parameterCount(m_model.model->module())) + " parameters; " +
        std::filesystem::path(modelFile).filename().string() +
        (m_model.epoch >= 0 ? " after epoch " + std::to_string(m_model.epoch) : std::string());
}

void TextEvaluationRun::loadScript(const std::string& modelFile) {
    try {
        m_module = torch::jit::load(modelFile, m_device);
    } catch (const c10::Error& e) {
        const std::string what = e.what_without_backtrace();
        throw std::runtime_error("cannot load " + modelFile + " as a TrainScope checkpoint or a TorchScript module: " +
                                 what.substr(0, what.find('\n')) +
                                 ". Save a text classifier with torch.jit.save(torch.jit.script(model), 'model.pt')");
    }
    if (!m_module.find_method("forward"))
        throw std::runtime_error(modelFile + " is a TorchScript file without a forward() method, so it cannot classify");
    m_module.eval();
    m_result.modelKind = "torchscript";
    m_scriptTokenizer = loadScriptTokenizer(m_module, m_rq.tokenizer, modelFile);
    if (m_module.hasattr("block_size") && m_module.attr("block_size").isInt()) m_context = m_module.attr("block_size").toInt();
    if (m_rq.contextLength > 0) m_context = m_rq.contextLength;
    if (m_context <= 0)
        throw std::runtime_error("the TorchScript module " + modelFile +
                                 " has no block_size attribute: give the most tokens it reads with --context N");
    if (m_module.hasattr("class_names") && m_module.attr("class_names").isList())
        for (const c10::IValue& v : m_module.attr("class_names").toListRef())
            if (v.isString()) m_scriptClasses.push_back(v.toStringRef());
    if (!m_rq.classNames.empty()) m_scriptClasses = m_rq.classNames;
    // The output width: one forward of a single token.
    c10::InferenceMode inference;
    c10::IValue out = m_module.forward({torch::full({1, 1}, kEmptyTextToken, torch::kInt64).to(m_device)});
    if (out.isTuple()) out = out.toTuple()->elements().at(0);
    if (!out.isTensor() || out.toTensor().dim() != 2 || out.toTensor().size(0) != 1)
        throw std::runtime_error("the TorchScript module " + modelFile + " does not return logits of shape [1, C] for "
                                 "token ids of shape [1, 1]; a text classifier maps ids [B, T] to logits [B, C]");
    m_scriptOutputs = out.toTensor().size(1);
    if (!m_scriptClasses.empty() && int64_t(m_scriptClasses.size()) != m_scriptOutputs)
        throw std::runtime_error("the TorchScript module " + modelFile + " has " + std::to_string(m_scriptOutputs) +
                                 " outputs but " + std::to_string(m_scriptClasses.size()) + " class names");
    int64_t parameters = 0;
    for (const auto& p : m_module.parameters()) parameters += p.numel();
    m_result.modelDescription = "TorchScript text classifier, " + m_scriptTokenizer->kind() + " tokenizer (" +
                                std::to_string(m_scriptTokenizer->vocabSize()) + " tokens), " +
                                std::to_string(m_scriptOutputs) + " classes, " + std::to_string(parameters) +
                                " parameters, first " + std::to_string(m_context) + " tokens of each text";
}

void TextEvaluationRun::nameScriptOutputs(const std::vector<std::string>& dataClasses) {
    if (!m_script || !m_scriptClasses.empty()) return;
    if (int64_t(dataClasses.size()) == m_scriptOutputs) {
        m_scriptClasses = dataClasses;
        m_result.notes.push_back("the module has no class_names attribute: its outputs are taken to be the data's "
                                 "classes in the data's order");
        return;
    }
    for (int64_t k = 0; k < m_scriptOutputs; ++k) m_scriptClasses.push_back(std::to_string(k));
    m_result.notes.push_back("the module has " + std::to_string(m_scriptOutputs) + " outputs and the data " +
                             std::to_string(dataClasses.size()) +
                             " classes; classes are numbered (state their names with --classes to match by name)");
}

void TextEvaluationRun::loadTexts() {
    reportEvaluationProgress(m_control, 0, 0, "loading the data");
    LoadOptions options;
    options.labelColumn = m_rq.labelColumn;
    options.textColumn = m_rq.textColumn;
    options.valFraction = 0.0;
    options.testFraction = 0.0;
    const Dataset data = loadDataset(m_rq.dataPath, options);
    if (!data.isTextClassification())
        throw std::runtime_error(
            "the model is a text classifier (" + modelName() + "), but " + m_rq.dataPath +
            " is not a set of labelled texts: evaluate it on a CSV, TSV or JSONL table with a text and a label column "
            "(--text-column, --label-column) or a folder with one sub-folder of .txt files per class");
    m_result.dataPath = m_rq.dataPath;
    m_result.dataName = data.name;
    m_result.dataFormat = data.format;
    std::string split = m_rq.split.empty() ? "auto" : m_rq.split;
    if (split == "auto") split = data.textTest.size() > 0 ? "test" : "all";
    if (split == "test") {
        if (data.textTest.size() == 0)
            throw std::runtime_error(m_rq.dataPath + " has no test split of its own; evaluate all of it (--split all)");
        m_texts = data.textTest;
    } else if (split == "all") {
        m_texts = joinTextSplits({&data.textTrain, &data.textVal, &data.textTest});
    } else {
        throw std::runtime_error("unknown split '" + split + "' (choose auto, test or all)");
    }
    m_result.splitName = split;
    if (m_texts.size() == 0) throw std::runtime_error(m_rq.dataPath + " holds no texts to evaluate");
    nameScriptOutputs(data.classNames);
    const std::vector<int> map = matchClasses(data.classNames, classNames(), m_texts.labels);
    for (int64_t& y : m_texts.labels) y = map[size_t(y)];
}

void TextEvaluationRun::infer() {
    c10::InferenceMode inference;
    const int64_t n = m_texts.size();
    const int64_t batch = m_script ? 1 : m_rq.batchSize > 0 ? m_rq.batchSize : kTextEvalDefaultBatch;
    PredictionTally tally(classNames(), n);
    for (int64_t b = 0; b < n; b += batch) {
        const int64_t e = std::min(n, b + batch);
        tally.add(logitsOf(b, e), m_texts.labels.data() + b, b);
        reportEvaluationProgress(m_control, e, n, "evaluating");
    }
    storePredictions(tally.finish(), m_result, "texts");
    if (m_emptyTexts > 0)
        m_result.warnings.push_back(std::to_string(m_emptyTexts) + " texts have no tokens the module knows: each went in "
                                    "as the single token id " + std::to_string(kEmptyTextToken));
    if (m_unknownTokens > 0)
        m_result.warnings.push_back(std::to_string(m_unknownTokens) + " tokens are not in the module's vocabulary and "
                                    "were left out of the texts it read");
    if (m_cutTexts > 0)
        m_result.notes.push_back(std::to_string(m_cutTexts) + " texts are longer than " + std::to_string(m_context) +
                                 " tokens: the module read their first " + std::to_string(m_context));
}

torch::Tensor TextEvaluationRun::logitsOf(int64_t b, int64_t e) {
    if (!m_script) {
        const std::vector<std::string> part(m_texts.texts.begin() + b, m_texts.texts.begin() + e);
        const TextInputs in = m_model.model->featurize(part, m_device);
        const torch::Tensor rows = torch::arange(e - b, torch::TensorOptions().dtype(torch::kInt64).device(m_device));
        return m_model.model->forward(in, rows);
    }
    // TorchScript: one text at a time, its first m_context known tokens, no padding.
    std::vector<torch::Tensor> rows;
    std::vector<int32_t> ids;
    const int32_t unknown = m_scriptTokenizer->unknownId();
    for (int64_t i = b; i < e; ++i) {
        ids.clear();
        m_scriptTokenizer->encodeAppend(m_texts.texts[size_t(i)], ids);
        const auto known = std::remove(ids.begin(), ids.end(), unknown);
        m_unknownTokens += ids.end() - known;
        ids.erase(known, ids.end());
        if (int64_t(ids.size()) > m_context) {
            ids.resize(size_t(m_context));
            ++m_cutTexts;
        }
        if (ids.empty()) {
            ids.push_back(int32_t(kEmptyTextToken));
            ++m_emptyTexts;
        }
        const torch::Tensor input =
            torch::tensor(std::vector<int64_t>(ids.begin(), ids.end()), torch::kInt64).view({1, -1}).to(m_device);
        c10::IValue out = m_module.forward({input});
        if (out.isTuple()) out = out.toTuple()->elements().at(0);
        rows.push_back(out.toTensor().view({1, m_scriptOutputs}));
    }
    return torch::cat(rows);
}

std::string TextEvaluationRun::tokenKind() const {
    const Tokenizer* model = tokenizer();
    return model ? model->kind() + " tokens" : std::string("words");
}

TokenCounts TextEvaluationRun::countModelTokens(const std::vector<std::string>& documents,
                                                const TokenCounts* vocabulary) const {
    const Tokenizer* model = tokenizer();
    return model ? countTokens(*model, textViews(documents)) : countWords(textViews(documents), vocabulary);
}

void TextEvaluationRun::measureDrift() {
    reportEvaluationProgress(m_control, m_texts.size(), m_texts.size(), "comparing with the training data");
    const std::vector<std::string>& classes = classNames();
    DriftReport& drift = m_result.drift;
    drift.classNames = classes;
    drift.currentCounts.assign(classes.size(), 0);
    for (const int64_t y : m_texts.labels)
        if (y >= 0) ++drift.currentCounts[size_t(y)];
    Dataset reference;
    const std::string referencePath = !m_rq.referencePath.empty() ? m_rq.referencePath
                                      : m_haveRun                 ? m_run.dataset.path
                                                                  : std::string();
    if (!referencePath.empty()) {
        try {
            LoadOptions options = m_rq.referencePath.empty() && !m_run.dataset.loadOptions.empty()
                                      ? loadOptionsFromJson(m_run.dataset.loadOptions)
                                      : LoadOptions{};
            if (!m_rq.referencePath.empty()) {
                options.textColumn = m_rq.textColumn;
                options.labelColumn = m_rq.labelColumn;
            }
            reference = loadDataset(referencePath, options);
        } catch (const std::exception& e) {
            m_result.warnings.push_back("the training data " + referencePath + " cannot be loaded (" + e.what() +
                                        "): drift is not measured");
        }
    }
    if (!reference.isTextClassification()) {
        m_result.textDrift = std::make_shared<const TextDriftReport>(
            currentTextFigures(countModelTokens(m_texts.texts, nullptr), tokenKind()));
        return;
    }
    const std::string name = reference.name + " training split";
    const std::vector<int> map = matchClasses(reference.classNames, classes, reference.textTrain.labels);
    drift.hasReference = true;
    drift.referenceName = name;
    drift.referenceCounts.assign(classes.size(), 0);
    for (const int64_t y : reference.textTrain.labels)
        if (map[size_t(y)] >= 0) ++drift.referenceCounts[size_t(map[size_t(y)])];
    drift.classChiSquare = chiSquareHomogeneity(drift.referenceCounts, drift.currentCounts);
    drift.classPsi = populationStabilityIndex(drift.referenceCounts, drift.currentCounts);
    const TokenCounts trained = countModelTokens(reference.textTrain.texts, nullptr);
    m_result.textDrift = std::make_shared<const TextDriftReport>(
        compareTextDrift(trained, countModelTokens(m_texts.texts, &trained), name, tokenKind()));
}

void TextEvaluationRun::compareWithRun() {
    if (!m_haveRun || !m_run.hasTest || m_run.test.empty()) return;
    m_result.comparison = compareWithBaseline(m_result.metrics, m_run.test);
    m_result.comparison.runDir = m_result.runDir;
    m_result.comparison.runName = m_run.displayName();
}

}  // namespace

bool isTextClassifierCheckpoint(const std::string& modelFile) {
    try {
        return isTextClassifierInfo(readCheckpointModelInfo(modelFile));
    } catch (const std::exception&) {  // c10::Error too
        return false;
    }
}

bool isTextClassifierScriptRequest(const EvaluateRequest& rq, const std::string& modelFile) {
    if (detectDatasetFormat(rq.dataPath) != DatasetFormat::TextTable) return false;
    try {
        torch::jit::load(modelFile, torch::Device(torch::kCPU));
        return true;
    } catch (const std::exception&) {  // c10::Error too: a checkpoint or not a model at all
        return false;
    }
}

EvaluationResult evaluateTextClassifier(const EvaluateRequest& rq, const std::string& modelFile,
                                        const std::string& runDir, EvaluateControl* control) {
    return TextEvaluationRun(rq, control).run(modelFile, runDir);
}

}  // namespace ts
