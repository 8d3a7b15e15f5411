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

#include <chrono>
#include <filesystem>
#include <stdexcept>

namespace ts {

namespace {

constexpr int64_t kTextEvalDefaultBatch = 256;  // texts per inference batch when the request leaves it open

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
    m_model = loadTextClassifier(modelFile, m_device);
    const TextClassifierInfo& info = m_model.model->info();
    m_result.modelPath = modelFile;
    m_result.modelKind = "checkpoint";
    m_result.task = "classification";
    const Tokenizer* tokenizer = m_model.model->tokenizer();
    m_result.modelDescription =
        info.preset + " preset, " + (tokenizer ? tokenizer->kind() + " tokens, " : std::string("hashed n-grams, ")) +
        std::to_string(info.classNames.size()) + " classes, " +
        std::to_string(parameterCount(m_model.model->module())) + " parameters; " +
        std::filesystem::path(modelFile).filename().string() +
        (m_model.epoch >= 0 ? " after epoch " + std::to_string(m_model.epoch) : std::string());
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
            "the model is a text classifier (" + m_model.model->info().preset + "), but " + m_rq.dataPath +
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
    const std::vector<int> map = matchClasses(data.classNames, m_model.model->info().classNames, m_texts.labels);
    for (int64_t& y : m_texts.labels) y = map[size_t(y)];
}

void TextEvaluationRun::infer() {
    c10::InferenceMode inference;
    const int64_t n = m_texts.size();
    const int64_t batch = m_rq.batchSize > 0 ? m_rq.batchSize : kTextEvalDefaultBatch;
    PredictionTally tally(m_model.model->info().classNames, n);
    for (int64_t b = 0; b < n; b += batch) {
        const int64_t e = std::min(n, b + batch);
        const std::vector<std::string> part(m_texts.texts.begin() + b, m_texts.texts.begin() + e);
        const TextInputs in = m_model.model->featurize(part, m_device);
        const torch::Tensor rows = torch::arange(e - b, torch::TensorOptions().dtype(torch::kInt64).device(m_device));
        tally.add(m_model.model->forward(in, rows), m_texts.labels.data() + b, b);
        reportEvaluationProgress(m_control, e, n, "evaluating");
    }
    storePredictions(tally.finish(), m_result, "texts");
}

std::string TextEvaluationRun::tokenKind() const {
    const Tokenizer* tokenizer = m_model.model->tokenizer();
    return tokenizer ? tokenizer->kind() + " tokens" : std::string("words");
}

TokenCounts TextEvaluationRun::countModelTokens(const std::vector<std::string>& documents,
                                                const TokenCounts* vocabulary) const {
    const Tokenizer* tokenizer = m_model.model->tokenizer();
    return tokenizer ? countTokens(*tokenizer, textViews(documents)) : countWords(textViews(documents), vocabulary);
}

void TextEvaluationRun::measureDrift() {
    reportEvaluationProgress(m_control, m_texts.size(), m_texts.size(), "comparing with the training data");
    const std::vector<std::string>& classes = m_model.model->info().classNames;
    DriftReport& drift = m_result.drift;
    drift.classNames = classes;
    drift.currentCounts.assign(classes.size(), 0);
    for (const int64_t y : m_texts.labels)
        if (y >= 0) ++drift.currentCounts[size_t(y)];
    Dataset reference;
    if (m_haveRun) {
        try {
            const LoadOptions options =
                m_run.dataset.loadOptions.empty() ? LoadOptions{} : loadOptionsFromJson(m_run.dataset.loadOptions);
            reference = loadDataset(m_run.dataset.path, options);
        } catch (const std::exception& e) {
            m_result.warnings.push_back("the training data " + m_run.dataset.path + " cannot be loaded (" + e.what() +
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

EvaluationResult evaluateTextClassifier(const EvaluateRequest& rq, const std::string& modelFile,
                                        const std::string& runDir, EvaluateControl* control) {
    return TextEvaluationRun(rq, control).run(modelFile, runDir);
}

}  // namespace ts
