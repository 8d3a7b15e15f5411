// Finds and loads the SentencePiece module (see SentencePieceModule.h for why it is a module): next to the
// program, in ../lib/trainscope beside it, or where the build put it; TRAINSCOPE_SENTENCEPIECE_MODULE overrides.
#include "core/text/SentencePieceModule.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <stdexcept>

namespace ts {

namespace {

constexpr const char* kModuleFile = "libtrainscope_sentencepiece.so";

std::vector<std::string> moduleCandidates() {
    std::vector<std::string> out;
    if (const char* env = std::getenv("TRAINSCOPE_SENTENCEPIECE_MODULE"); env && *env) out.emplace_back(env);
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        out.push_back((exe.parent_path() / kModuleFile).string());
        out.push_back((exe.parent_path().parent_path() / "lib" / "trainscope" / kModuleFile).string());
    }
#ifdef TRAINSCOPE_SENTENCEPIECE_MODULE_PATH
    out.emplace_back(TRAINSCOPE_SENTENCEPIECE_MODULE_PATH);
#endif
    return out;
}

const SentencePieceFunctions* loadModule(std::string& error) {
#ifndef TRAINSCOPE_SENTENCEPIECE_MODULE_PATH
    error = "this build of TrainScope has no SentencePiece, so bpe and unigram tokenizers are unavailable "
            "(install libsentencepiece-dev and rebuild)";
    return nullptr;
#else
    std::string tried;
    for (const std::string& path : moduleCandidates()) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            tried += (tried.empty() ? "" : ", ") + path;
            continue;
        }
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!handle) {
            error = "cannot load the SentencePiece module " + path + ": " + dlerror();
            return nullptr;
        }
        using Entry = const SentencePieceFunctions* (*)();
        auto entry = reinterpret_cast<Entry>(dlsym(handle, "trainscope_sentencepiece_functions"));
        const SentencePieceFunctions* functions = entry ? entry() : nullptr;
        if (!functions || functions->abiVersion != kSentencePieceAbi) {
            error = "the SentencePiece module " + path + " does not belong to this TrainScope (rebuild it)";
            return nullptr;
        }
        return functions;
    }
    error = "the SentencePiece module " + std::string(kModuleFile) + " was not found (looked in " + tried +
            "); bpe and unigram tokenizers need it: rebuild TrainScope with libsentencepiece-dev installed";
    return nullptr;
#endif
}

}  // namespace

const SentencePieceFunctions& sentencePiece() {
    static std::once_flag once;
    static const SentencePieceFunctions* functions = nullptr;
    static std::string error;
    std::call_once(once, [] { functions = loadModule(error); });
    if (!functions) throw std::runtime_error(error);
    return *functions;
}

}  // namespace ts
