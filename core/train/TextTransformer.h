// The text-transformer model: texts as a language-model tokenizer's token ids (the first contextLength tokens of
// each, padded), a small bidirectional transformer encoder over them (token and learned position embeddings,
// pre-LayerNorm blocks whose attention skips the padding), the mean of the non-pad positions and a linear head.
// Internal to core: includes torch.
#pragma once

#include "core/lm/Gpt.h"

#include "core/health/ActivationTap.h"

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

class Tokenizer;

/// The shape of a text transformer: vocabulary (the tokenizer's, plus one pad id), context, depth, width, classes.
struct TextTransformerShape {
    int64_t vocabSize = 0;       ///< the tokenizer's ids; the model adds the pad id (= vocabSize)
    int64_t contextLength = 128; ///< tokens kept of each text (its beginning)
    int64_t layers = 2;
    int64_t heads = 4;
    int64_t embedding = 64;
    double dropout = 0.0;
    int64_t classes = 2;
    /// The id that pads a text to the batch's longest (one past the tokenizer's ids).
    int64_t padId() const { return vocabSize; }
    /// Throws std::invalid_argument when a field is out of range (e.g. heads not dividing the width).
    void validate() const;
};

/// The token ids of a split's texts, padded to the longest kept text, on a device.
struct TokenizedTexts {
    torch::Tensor ids;      ///< [n, T] int64, T = the longest kept text (at most the context), pad id after the text
    torch::Tensor lengths;  ///< [n] int64: tokens kept of each text (an empty text keeps one pad token)
    int64_t truncated = 0;  ///< texts longer than the context (their beginning is kept)
    int64_t size() const { return lengths.defined() ? lengths.size(0) : 0; }
    /// Ids [B, longest of the batch] and lengths of the texts at `rows` (int64 on the same device).
    std::pair<torch::Tensor, torch::Tensor> batch(const torch::Tensor& rows) const;
};

/// The first `contextLength` token ids of `text`, and the byte span of each in `text` (the tokens' decoded
/// lengths in order; a token that is not whole UTF-8 on its own shares the span of the bytes it covers).
struct TokenSpans {
    std::vector<int32_t> ids;
    std::vector<std::pair<int64_t, int64_t>> spans;  ///< [begin, end) byte offsets, one per id
};
TokenSpans tokenSpans(const Tokenizer& tokenizer, const std::string& text, int64_t contextLength);

/// Tokenizes `texts` (in parallel on torch's threads), keeping each text's first `contextLength` tokens.
TokenizedTexts tokenizeTexts(const Tokenizer& tokenizer, const std::vector<std::string>& texts, int64_t contextLength,
                             int64_t padId, const torch::Device& device);

/// One pre-LayerNorm encoder block: x + attention(norm(x)) over the non-pad keys, then x + mlp(norm(x)).
class TextEncoderBlockImpl : public torch::nn::Module {
public:
    explicit TextEncoderBlockImpl(const TextTransformerShape& shape);
    /// x [B, T, C] with `keyMask` [B, 1, 1, T] (0 for tokens, -infinity for padding) -> [B, T, C].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& keyMask);
    /// The residual projections (attention output, MLP output), for their scaled initialization.
    std::vector<torch::Tensor> residualProjections();
    /// Training health: the MLP's hidden activations go to `tap` (as `name`) while it is armed.
    void setActivationTap(ActivationTap* tap, std::string name) {
        m_tap = tap;
        m_tapName = std::move(name);
    }

private:
    ActivationTap* m_tap = nullptr;
    std::string m_tapName;
    int64_t m_heads;
    double m_dropout;
    GptLayerNorm m_norm1{nullptr}, m_norm2{nullptr};
    torch::nn::Linear m_qkv{nullptr}, m_projection{nullptr}, m_mlpIn{nullptr}, m_mlpOut{nullptr};
};
TORCH_MODULE(TextEncoderBlock);

/// The transformer encoder classifier: token ids [B, T] and lengths [B] in, class logits [B, classes] out.
class TextTransformerImpl : public torch::nn::Module {
public:
    explicit TextTransformerImpl(const TextTransformerShape& shape);
    /// Logits [B, classes] of ids [B, T] (T <= context) whose first lengths[b] positions are the text.
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& lengths);
    /// Training health: each block's MLP activations ("h<i>.mlp_fc") go to `tap` while it is armed (null: none).
    void setActivationTap(ActivationTap* tap);
    /// The shape the model was built with.
    const TextTransformerShape& shape() const { return m_shape; }

private:
    TextTransformerShape m_shape;
    torch::nn::Embedding m_tokens{nullptr}, m_positions{nullptr};
    std::vector<TextEncoderBlock> m_blocks;
    GptLayerNorm m_finalNorm{nullptr};
    torch::nn::Linear m_head{nullptr};
};
TORCH_MODULE(TextTransformer);

}  // namespace ts
