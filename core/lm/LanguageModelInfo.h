// What a language-model checkpoint holds besides its weights ("model_info"): the preset, the GPT's shape and the
// tokenizer, so that generation, evaluation and resume rebuild the model and tokenize exactly as training did.
// Torch-free, Qt-free.
#pragma once

#include "core/train/TrainConfig.h"

#include <cstdint>
#include <string>

namespace ts {

/// The task name a language model's checkpoint and summary.json carry.
inline const char* languageModelTaskName() { return "language-model"; }

/// A language model's contract: its shape and its tokenizer.
struct LanguageModelInfo {
    std::string preset;           ///< gpt-tiny, gpt-small
    int64_t vocabSize = 0;
    int64_t contextLength = 0;
    int64_t layers = 0;
    int64_t heads = 0;
    int64_t embedding = 0;
    double dropout = 0.0;
    bool bias = false;
    std::string tokenizerJson;    ///< Tokenizer::toJson()

    /// The shape of `cfg` with `vocabSize` tokens and the tokenizer's JSON.
    static LanguageModelInfo fromConfig(const TrainConfig& cfg, int64_t vocabSize, std::string tokenizerJson);
};

/// One-line JSON: {"task": "language-model", "preset", "gpt": {...}, "tokenizer": {...}}.
std::string languageModelInfoToJson(const LanguageModelInfo& info);
/// True when a checkpoint's model_info text belongs to a language model.
bool isLanguageModelInfo(const std::string& json);
/// Back from languageModelInfoToJson's text; throws std::runtime_error when it is damaged.
LanguageModelInfo languageModelInfoFromJson(const std::string& json);

}  // namespace ts
