// train(): picks the task for the preset (a classifier or a language model), refuses a preset that does not fit
// the data, and runs the one training loop (core/train/TrainingLoop.cpp) on it, turning every error into a
// failed run.
#include "core/train/Trainer.h"

#include "core/lm/LanguageModelTask.h"
#include "core/train/ClassificationTask.h"
#include "core/train/TrainingTask.h"

#include <filesystem>
#include <stdexcept>

namespace ts {

std::string presetDataMismatch(const TrainConfig& cfg, const Dataset& data) {
    const std::string name = data.path.empty() ? std::string("the data set")
                                               : std::filesystem::path(data.path).filename().string();
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

RunSummary train(const TrainConfig& cfg, const Dataset& data, TrainObserver& observer, RunControl& control,
                 const TrainOptions& options) {
    RunSummary summary;
    try {
        if (const std::string mismatch = presetDataMismatch(cfg, data); !mismatch.empty())
            throw std::invalid_argument(mismatch);
        const std::unique_ptr<TrainingTask> task =
            cfg.isLanguageModel() ? makeLanguageModelTask(cfg, data) : makeClassificationTask(cfg, data);
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
