// Test helper: a tiny GPT language model saved as a TrainScope checkpoint inside a run folder, made without the
// training loop (a char tokenizer over a short text, a few AdamW steps on it), for the generation tests; and a
// classifier's checkpoint, which generation refuses.
#pragma once

#include "core/common/Json.h"
#include "core/lm/Gpt.h"
#include "core/lm/LanguageModelInfo.h"
#include "core/text/CharTokenizer.h"
#include "core/train/Checkpoint.h"
#include "core/train/ModelInfo.h"
#include "core/train/Models.h"

#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace ts::testing {

/// The text the tiny model's tokenizer and weights come from.
inline const char* tinyCorpus() {
    return "To be, or not to be, that is the question:\n"
           "Whether 'tis nobler in the mind to suffer\n"
           "The slings and arrows of outrageous fortune,\n"
           "Or to take arms against a sea of troubles\n"
           "And by opposing end them. To die: to sleep;\n"
           "No more; and by a sleep to say we end\n"
           "The heart-ache and the thousand natural shocks\n";
}

/// The GPT shape of the tiny model (context 16, 2 layers, 2 heads, 32 wide).
inline GptConfig tinyLanguageModelConfig(int64_t vocabSize) {
    GptConfig c;
    c.vocabSize = vocabSize;
    c.contextLength = 16;
    c.layers = 2;
    c.heads = 2;
    c.embedding = 32;
    return c;
}

/// A few AdamW steps on random windows of `ids`, so the model is not uniform.
inline void trainTinyLanguageModel(Gpt& model, torch::optim::Optimizer& opt, const std::vector<int32_t>& ids,
                                   int steps) {
    constexpr int64_t kBatch = 8;
    const int64_t t = model->config().contextLength;
    const torch::Tensor all = torch::tensor(std::vector<int64_t>(ids.begin(), ids.end()), torch::kLong);
    for (int s = 0; s < steps; ++s) {
        const torch::Tensor starts = torch::randint(int64_t(ids.size()) - t - 1, {kBatch}, torch::kLong);
        std::vector<torch::Tensor> xs, ys;
        for (int64_t b = 0; b < kBatch; ++b) {
            const int64_t start = starts[b].item<int64_t>();
            xs.push_back(all.narrow(0, start, t));
            ys.push_back(all.narrow(0, start + 1, t));
        }
        opt.zero_grad();
        languageModelLoss(model->forward(torch::stack(xs)), torch::stack(ys)).backward();
        opt.step();
    }
}

/// Writes `json` to `path`.
inline void writeTextFile(const std::filesystem::path& path, const std::string& json) {
    std::ofstream(path, std::ios::binary) << json;
}

/// Makes `dir` a run folder holding checkpoint-last.pt of a tiny GPT (after `steps` training steps, seeded) and
/// returns the checkpoint's path. With `statusMessage` "early stopping ..." the run counts as stopped early.
inline std::string writeTinyLanguageModelRun(const std::string& dir, int steps = 0, uint64_t seed = 0,
                                             const std::string& statusMessage = "finished") {
    torch::manual_seed(seed);
    const CharTokenizer tokenizer = CharTokenizer::train({tinyCorpus()});
    Gpt model(tinyLanguageModelConfig(tokenizer.vocabSize()));
    torch::optim::AdamW opt(model->parameters(), torch::optim::AdamWOptions(1e-2));
    trainTinyLanguageModel(model, opt, tokenizer.encode(tinyCorpus()), steps);
    LanguageModelInfo info;
    info.preset = "gpt-tiny";
    const GptConfig& c = model->config();
    info.vocabSize = c.vocabSize;
    info.contextLength = c.contextLength;
    info.layers = c.layers;
    info.heads = c.heads;
    info.embedding = c.embedding;
    info.tokenizerJson = tokenizer.toJson();
    std::filesystem::create_directories(dir);
    CheckpointInfo position;
    position.epoch = 1;
    position.step = steps;
    const std::string path = (std::filesystem::path(dir) / lastCheckpointName()).string();
    saveCheckpoint(path, position, *model, opt, {}, languageModelInfoToJson(info));
    writeTextFile(std::filesystem::path(dir) / "run.json", "{}\n");
    Json status;
    status.set("state", "finished");
    status.set("message", statusMessage);
    writeTextFile(std::filesystem::path(dir) / "status.json", status.dump() + "\n");
    return path;
}

/// Writes a classifier's checkpoint (an mlp on 4x4 images, two classes) to `path`, which generation must refuse.
inline void writeTinyClassifierCheckpoint(const std::string& path) {
    ModelInfo info;
    info.preset = "mlp";
    info.shape = InputShape{1, 4, 4, true};
    info.classNames = {"a", "b"};
    torch::nn::Sequential net = makeModel(info.preset, info.shape, int64_t(info.classNames.size()));
    torch::optim::SGD opt(net->parameters(), torch::optim::SGDOptions(0.1));
    saveCheckpoint(path, CheckpointInfo{}, *net, opt, {}, modelInfoToJson(info));
}

}  // namespace ts::testing
