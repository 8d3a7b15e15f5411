#include "core/eval/EvaluationSetup.h"

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

}  // namespace ts
