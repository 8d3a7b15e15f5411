#include "core/eval/EvaluationSetup.h"

#include "core/text/VocabularyTokenizer.h"
#include "core/train/Trainer.h"

#include <stdexcept>

namespace ts {

torch::Device prepareEvaluationDevice(const EvaluateRequest& rq, EvaluationResult& result) {
    std::string note;
    const torch::Device device(resolveDevice(rq.device, &note));
    if (!note.empty()) result.notes.push_back(note);
    torch::set_num_threads(rq.threads > 0 ? rq.threads : defaultThreadCount());
    result.device = device.is_cuda() ? "cuda:0" : "cpu";
    return device;
}

bool loadEvaluatedRun(EvaluationResult& result, RunRecord& run) {
    if (result.runDir.empty()) return false;
    try {
        run = loadRun(result.runDir, false);
        return true;
    } catch (const std::exception& e) {
        result.warnings.push_back("the run " + result.runDir + " cannot be read (" + e.what() +
                                  "): no comparison with training");
        return false;
    }
}

void reportEvaluationProgress(EvaluateControl* control, int64_t done, int64_t total, const std::string& what) {
    if (control && control->progress) control->progress(done, total, what);
    if (control && control->cancel.load()) throw std::runtime_error("evaluation cancelled");
}

std::unique_ptr<Tokenizer> loadScriptTokenizer(const torch::jit::Module& module, const std::string& tokenizerOption,
                                               const std::string& file) {
    if (!tokenizerOption.empty()) {
        TokenizerOptions options;
        options.kind = tokenizerOption;
        return makeTokenizer(options, {});
    }
    if (!module.hasattr("vocab") || !module.attr("vocab").isList())
        throw std::runtime_error("the TorchScript module " + file +
                                 " has no vocab attribute (a list of strings, one per token id): give its SentencePiece "
                                 "tokenizer with --tokenizer FILE.model");
    std::vector<std::string> entries;
    for (const c10::IValue& v : module.attr("vocab").toListRef()) {
        if (!v.isString()) throw std::runtime_error("the vocab attribute of " + file + " is not a list of strings");
        entries.push_back(v.toStringRef());
    }
    try {
        return std::make_unique<VocabularyTokenizer>(std::move(entries));
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("the vocab attribute of " + file + " cannot be used: " + e.what());
    }
}

}  // namespace ts
