// The tokenizer interface of the language models: UTF-8 text to token ids and back, saved as JSON inside a run
// folder and its checkpoints so that generation, evaluation and resume tokenize exactly as training did.
// Torch-free, Qt-free.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

/// Maps text to token ids and back; implementations: CharTokenizer, SentencePieceTokenizer.
class Tokenizer {
public:
    virtual ~Tokenizer() = default;

    /// "char", "bpe" or "unigram" ("sentencepiece" for a loaded word or char SentencePiece model).
    virtual std::string kind() const = 0;
    /// Number of token ids (ids are 0 .. vocabSize() - 1).
    virtual int64_t vocabSize() const = 0;
    /// Appends the ids of `text` (valid UTF-8) to `ids`.
    virtual void encodeAppend(std::string_view text, std::vector<int32_t>& ids) const = 0;
    /// The text of a sequence of ids (ids out of range decode to U+FFFD).
    virtual std::string decode(const std::vector<int32_t>& ids) const = 0;
    /// The id of the unknown token, or -1 when the tokenizer has none.
    virtual int32_t unknownId() const = 0;
    /// A token as people should see it (control tokens in angle brackets, "\n" for a line feed).
    virtual std::string tokenLabel(int32_t id) const = 0;
    /// UTF-8 bytes of the text each id stands for (index = id), for bits per byte.
    virtual std::vector<int32_t> tokenByteLengths() const = 0;
    /// The whole tokenizer as a JSON document ({"kind": ..., ...}); tokenizerFromJson reads it back.
    virtual std::string toJson() const = 0;

    /// The ids of `text`.
    std::vector<int32_t> encode(std::string_view text) const;
    /// The ids of several pieces of text, one after the other (e.g. a split of a corpus). With threads > 1 the
    /// text is cut at line feeds into that many stretches, encoded at the same time: the same ids as one thread
    /// for the tokenizers made here (no token spans a line feed).
    std::vector<int32_t> encodeAll(const std::vector<std::string_view>& parts, int threads = 1) const;
};

/// Share of `ids` that are the unknown token (0 for an empty sequence or a tokenizer without one).
double unknownRate(const Tokenizer& tokenizer, const std::vector<int32_t>& ids);

/// Called while a tokenizer trains: a phase ("reading", "training", "done") and the fraction done in it, or -1
/// when the phase cannot tell.
using TokenizerProgress = std::function<void(const std::string& phase, double fraction)>;

/// How to make a tokenizer.
struct TokenizerOptions {
    std::string kind = "char";   ///< "char", "bpe", "unigram", or the path of a SentencePiece FILE.model
    int vocabSize = 512;         ///< bpe/unigram: wanted vocabulary size (unigram may end smaller on tiny text)
    int threads = 1;             ///< bpe/unigram: trainer threads
    int64_t maxSentences = 1000000;  ///< bpe/unigram: lines sampled for training (0 = all)
};

/// A tokenizer trained on `trainText` (the training split), or loaded from a .model file. Throws
/// std::runtime_error (unknown kind, SentencePiece missing or failing, with its message).
std::unique_ptr<Tokenizer> makeTokenizer(const TokenizerOptions& options, const std::vector<std::string_view>& trainText,
                                         const TokenizerProgress& progress = {});
/// A tokenizer back from Tokenizer::toJson's text; throws std::runtime_error when it is damaged or unknown.
std::unique_ptr<Tokenizer> tokenizerFromJson(const std::string& json);

}  // namespace ts
