// Explain hooks over core's TextExplainer, loaded lazily and reloaded when the checkpoint changes.
#include "app/bridge/CheckpointExplainer.h"

#include "core/eval/Evaluator.h"

#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace ts {
namespace {

namespace fs = std::filesystem;

/// What one hook shares between its calls.
struct ExplainerState {
    std::mutex mutex;
    std::string path;
    fs::file_time_type loadedStamp{};
    std::shared_ptr<TextExplainer> explainer;
};

}  // namespace

TextExplainFunction checkpointExplainer(const std::string& checkpointPath) {
    auto state = std::make_shared<ExplainerState>();
    state->path = checkpointPath;
    return [state](const std::string& text, int classIndex) {
        const std::lock_guard<std::mutex> lock(state->mutex);
        std::error_code ec;
        const fs::file_time_type stamp = fs::last_write_time(state->path, ec);
        if (ec) throw std::runtime_error("the checkpoint " + state->path + " cannot be read: " + ec.message());
        if (!state->explainer || stamp != state->loadedStamp) {
            state->explainer = loadTextExplainer(state->path);
            state->loadedStamp = stamp;
        }
        return state->explainer->explain(text, classIndex);
    };
}

TextExplainFunction runExplainer(const std::string& runDir) {
    // Resolved at each call: a run that is still training may only write its first checkpoint later.
    auto resolved = std::make_shared<std::pair<std::string, TextExplainFunction>>();
    auto mutex = std::make_shared<std::mutex>();
    return [runDir, resolved, mutex](const std::string& text, int classIndex) {
        TextExplainFunction explain;
        {
            const std::lock_guard<std::mutex> lock(*mutex);
            const std::string path = runCheckpointPath(runDir);  // throws when the run has no checkpoint yet
            if (resolved->first != path) *resolved = {path, checkpointExplainer(path)};
            explain = resolved->second;
        }
        return explain(text, classIndex);
    };
}

}  // namespace ts
