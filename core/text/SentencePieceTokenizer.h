// BPE and unigram tokenizers through SentencePiece: trained from C++ on the training split, or loaded from an
// existing FILE.model. The model's serialized bytes travel in the JSON, so a run folder holds everything.
// Without the SentencePiece module (SentencePieceModule.h), every entry point throws a message saying what to
// install.
#pragma once

#include "core/text/Tokenizer.h"

#include <memory>

namespace ts {

class Json;
struct SentencePieceModel;

/// A SentencePiece model (bpe or unigram) behind the Tokenizer interface.
class SentencePieceTokenizer : public Tokenizer {
public:
    /// Trains options.kind ("bpe" or "unigram") with options.vocabSize on `trainText`: lines are the sentences,
    /// the text is not normalized, spaces and line feeds are kept, and unseen characters fall back to bytes, so
    /// decode(encode(text)) == text. `progress` sees "reading" with the fraction of bytes read, then "training"
    /// (SentencePiece reports no progress of its own), then "done".
    static SentencePieceTokenizer train(const TokenizerOptions& options, const std::vector<std::string_view>& trainText,
                                        const TokenizerProgress& progress = {});
    /// Loads a SentencePiece FILE.model; throws std::runtime_error naming the file.
    static SentencePieceTokenizer loadModelFile(const std::string& path);
    /// Reads a toJson document; throws std::runtime_error when it is damaged.
    static SentencePieceTokenizer fromJson(const Json& doc);
    /// True when this build has SentencePiece.
    static bool available();

    std::string kind() const override { return m_kind; }
    int64_t vocabSize() const override;
    void encodeAppend(std::string_view text, std::vector<int32_t>& ids) const override;
    std::string decode(const std::vector<int32_t>& ids) const override;
    int32_t unknownId() const override;
    std::string tokenLabel(int32_t id) const override;
    /// Bytes of each piece's text: "▁" counts as one space, a byte piece as one byte, control tokens as none.
    std::vector<int32_t> tokenByteLengths() const override;
    std::string toJson() const override;

    /// The serialized model (what a .model file holds).
    const std::string& modelProto() const { return m_modelProto; }

private:
    SentencePieceTokenizer(std::string kind, std::string modelProto, std::string source);

    std::string m_kind;
    std::string m_modelProto;
    std::string m_source;  ///< "trained", or the .model file it came from
    std::shared_ptr<SentencePieceModel> m_processor;  ///< inside the SentencePiece module
};

}  // namespace ts
