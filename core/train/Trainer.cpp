// train(): picks the task for the preset (a classifier, a text classifier or a language model), refuses a preset
// that does not fit the data, and runs the one training loop (core/train/TrainingLoop.cpp) on it, turning every
// error into a failed run.
#include "core/train/Trainer.h"

#include "core/lm/LanguageModelTask.h"
#include "core/train/ClassificationTask.h"
#include "core/train/TextClassificationTask.h"
#include "core/train/TrainingTask.h"

#include <filesystem>
#include <stdexcept>

namespace ts {

namespace {

/// What `data` holds, for the refusals: "a text corpus", "a table", ...
std::string trainerDataKind(const Dataset& data) {
    if (data.isText()) return "a text corpus";
    if (data.isTextClassification()) return "a set of labelled texts";
    return data.train.isTabular() ? "a table" : "a set of labelled images";
}

/// The refusals of a text classifier on other data and of other presets on labelled texts; "" when none applies.
std::string textClassifierMismatch(const TrainConfig& cfg, const Dataset& data, const std::string& name) {
    if (cfg.isTextClassifier() && !data.isTextClassification())
        return "The preset " + cfg.preset + " classifies labelled texts, but " + name + " is " + trainerDataKind(data) +
               ". Open a CSV, TSV or JSONL table with a text and a label column, or a folder with one sub-folder of "
               ".txt files per class, or choose " +
               (data.isText() ? "a language-model preset (gpt-tiny, gpt-small)." : "a classifier preset (mlp, cnn, seed).");
    if (!cfg.isTextClassifier() && data.isTextClassification())
        return "The preset " + cfg.preset + " trains " +
               (cfg.isLanguageModel() ? std::string("a language model on a text corpus") : "a classifier on images or table rows") +
               ", but " + name +
               " is a set of labelled texts. Choose a text classifier preset (text-bow, text-transformer) to train on it.";
    return {};
}

}  // namespace

std::string presetDataMismatch(const TrainConfig& cfg, const Dataset& data) {
    const std::string name = data.path.empty() ? std::string("the data set")
                                               : std::filesystem::path(data.path).filename().string();
    if (std::string text = textClassifierMismatch(cfg, data, name); !text.empty()) return text;
    if (cfg.isLanguageModel() && !data.isText())
        return "The preset " + cfg.preset + " trains a language model on text, but " + name + " is " +
               (data.train.isTabular() ? "a table" : "a set of labelled images") +
               ". Open a .txt file, a folder of .txt files or a .jsonl file with a \"text\" field, or choose a "
               "classifier preset (mlp, cnn, seed).";
    if (!cfg.isLanguageModel() && data.isText())
        return "The preset " + cfg.preset + " trains a classifier on labelled images or table rows, but " + name +
               " is a text corpus. Choose a language-model preset (gpt-tiny, gpt-small) to train on it.";
    return {};
}

std::unique_ptr<TrainingTask> makeTrainingTask(const TrainConfig& cfg, const Dataset& data) {
    if (cfg.isLanguageModel()) return makeLanguageModelTask(cfg, data);
    if (cfg.isTextClassifier()) return makeTextClassificationTask(cfg, data);
    return makeClassificationTask(cfg, data);
}

RunSummary train(const TrainConfig& cfg, const Dataset& data, TrainObserver& observer, RunControl& control,
                 const TrainOptions& options) {
    RunSummary summary;
    try {
        if (const std::string mismatch = presetDataMismatch(cfg, data); !mismatch.empty())
            throw std::invalid_argument(mismatch);
        const std::unique_ptr<TrainingTask> task = makeTrainingTask(cfg, data);
        summary = runTraining(cfg, *task, observer, control, options);
    } catch (const c10::Error& e) {
        summary.status = RunStatus::Failed;
        summary.message = e.what_without_backtrace();
    } catch (const std::exception& e) {
        summary.status = RunStatus::Failed;
        summary.message = e.what();
    }
    if (cfg.isLanguageModel()) summary.task = "language-model";
    observer.onFinished(summary);
    return summary;
}

}  // namespace ts
