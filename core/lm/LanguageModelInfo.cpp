#include "core/lm/LanguageModelInfo.h"

#include "core/common/Json.h"

#include <stdexcept>

namespace ts {

LanguageModelInfo LanguageModelInfo::fromConfig(const TrainConfig& cfg, int64_t vocabSize, std::string tokenizerJson) {
    LanguageModelInfo info;
    info.preset = cfg.preset;
    info.vocabSize = vocabSize;
    info.contextLength = cfg.contextLength;
    info.layers = cfg.layers;
    info.heads = cfg.heads;
    info.embedding = cfg.embedding;
    info.dropout = cfg.dropout;
    info.bias = cfg.bias;
    info.tokenizerJson = std::move(tokenizerJson);
    return info;
}

std::string languageModelInfoToJson(const LanguageModelInfo& info) {
    Json gpt;
    gpt.set("vocab_size", info.vocabSize);
    gpt.set("context_length", info.contextLength);
    gpt.set("layers", info.layers);
    gpt.set("heads", info.heads);
    gpt.set("embedding", info.embedding);
    gpt.set("dropout", info.dropout);
    gpt.set("bias", info.bias);
    Json j;
    j.set("task", languageModelTaskName());
    j.set("preset", info.preset);
    j.set("gpt", gpt);
    j.set("tokenizer", Json::parse(info.tokenizerJson));
    return j.dump();
}

bool isLanguageModelInfo(const std::string& json) {
    try {
        return Json::parse(json)["task"].string() == languageModelTaskName();
    } catch (const std::exception&) {
        return false;
    }
}

LanguageModelInfo languageModelInfoFromJson(const std::string& json) {
    Json j;
    try {
        j = Json::parse(json);
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("the language model's description is damaged: ") + e.what());
    }
    if (j["task"].string() != languageModelTaskName() || !j["gpt"].isObject() || !j["tokenizer"].isObject())
        throw std::runtime_error("the checkpoint does not describe a language model (no GPT shape or tokenizer)");
    LanguageModelInfo info;
    info.preset = j["preset"].string();
    const Json& g = j["gpt"];
    info.vocabSize = g["vocab_size"].integer();
    info.contextLength = g["context_length"].integer();
    info.layers = g["layers"].integer();
    info.heads = g["heads"].integer();
    info.embedding = g["embedding"].integer();
    info.dropout = g["dropout"].number();
    info.bias = g["bias"].boolean();
    info.tokenizerJson = j["tokenizer"].dump();
    if (info.vocabSize < 1 || info.contextLength < 1 || info.layers < 1 || info.heads < 1 || info.embedding < 1)
        throw std::runtime_error("the checkpoint's GPT shape is invalid");
    return info;
}

}  // namespace ts
