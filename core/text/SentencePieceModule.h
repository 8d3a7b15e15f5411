// The boundary to SentencePiece. Debian's libsentencepiece carries its own copy of protobuf-lite and exports its
// symbols; in a process that also loads LibTorch's libprotobuf the two copies bind to each other and the process
// crashes while starting. So SentencePiece lives in a module of its own (libtrainscope_sentencepiece.so), loaded
// on first use with dlopen(RTLD_LOCAL | RTLD_DEEPBIND): its symbols stay private and it binds to its own copy.
// This header is the module's whole interface (plain C++ types, no SentencePiece headers). Torch-free, Qt-free.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ts {

/// A loaded SentencePiece model inside the module (opaque).
struct SentencePieceModel;

/// What a piece is, for byte counts and labels.
enum class PieceKind { Normal = 0, Control = 1, Byte = 2, Unknown = 3 };

/// The module's functions. Functions that can fail return "" on success, else SentencePiece's message.
struct SentencePieceFunctions {
    int abiVersion;
    /// Trains with `args` (SentencePiece's trainer flags) on the sentences `next` hands out (false at the end).
    std::string (*train)(const std::unordered_map<std::string, std::string>& args,
                         const std::function<bool(std::string&)>& next, std::string* modelProto);
    /// A model from serialized bytes; null (and `error`) when they are not a model.
    SentencePieceModel* (*fromProto)(const std::string& modelProto, std::string* error);
    /// A model from a .model file, with its serialized bytes; null (and `error`) when it cannot be read.
    SentencePieceModel* (*fromFile)(const std::string& path, std::string* modelProto, std::string* error);
    void (*release)(SentencePieceModel* model);
    int (*pieceCount)(const SentencePieceModel* model);
    int (*unknownId)(const SentencePieceModel* model);
    std::string (*encode)(const SentencePieceModel* model, std::string_view text, std::vector<int>* ids);
    std::string (*decode)(const SentencePieceModel* model, const std::vector<int>& ids, std::string* text);
    std::string (*piece)(const SentencePieceModel* model, int id);
    PieceKind (*pieceKind)(const SentencePieceModel* model, int id);
};

/// The ABI version both sides must agree on.
constexpr int kSentencePieceAbi = 1;

/// The module's functions, loaded on first call; throws std::runtime_error saying what to install or where the
/// module was looked for when it cannot be loaded.
const SentencePieceFunctions& sentencePiece();

}  // namespace ts

/// The module's one exported symbol.
extern "C" const ts::SentencePieceFunctions* trainscope_sentencepiece_functions();
