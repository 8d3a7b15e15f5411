// Scoring text with a language model by the windows-and-stride rule of Evaluate mode: tokenized texts with byte
// offsets, the windows each text is scored in, every token's loss, top-1 probability and top-1/top-5 hits, and the
// per-document and overall figures. Internal to core: includes torch.
#pragma once

#include "core/common/Types.h"
#include "core/eval/LanguageModelEvaluation.h"

#include <torch/torch.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

class Tokenizer;
struct EvaluateControl;

/// One window of a tokenized text: inputs ids[start, start + length), targets ids[start + 1, start + length]; the
/// targets at token positions >= firstScored are the ones this window scores.
struct ScoreWindow {
    size_t text = 0;
    int64_t start = 0;
    int64_t length = 0;
    int64_t firstScored = 1;
};

/// The windows of a text of `tokens` tokens for a model of `context` tokens, advancing by `stride` (1..context):
/// windows start at 0, stride, 2 stride, ... and hold `context` inputs; the last one is moved back to end at the
/// text's last token (a text of at most context + 1 tokens is one shorter window). The first window scores all its
/// targets, each later one those the earlier ones did not: every token after the first is scored exactly once.
std::vector<ScoreWindow> scoreWindows(int64_t tokens, int64_t context, int64_t stride, size_t text = 0);

/// A text, its tokens and, once scored, each token's figures.
struct TokenizedText {
    std::string_view text;
    std::vector<int32_t> ids;
    std::vector<int64_t> begins;    ///< byte offset in `text` where each token starts
    int64_t dropped = 0;            ///< unknown tokens left out because the model has no id for them
    std::vector<float> loss;        ///< per token, nats; NaN for a token that is not predicted (the first)
    std::vector<float> confidence;  ///< per token, the top-1 probability at the position that predicts it
    std::vector<uint8_t> hits;      ///< per token: bit 0 top-1 right, bit 1 among the top 5

    /// Byte offset just past token i.
    int64_t end(size_t i) const { return i + 1 < begins.size() ? begins[i + 1] : int64_t(text.size()); }
};

/// Tokenizes `text` with the byte offset of each token: exact for char and listed-vocabulary tokenizers, from the
/// tokens' byte lengths for SentencePiece (aligned to the text's end when a dummy prefix makes them longer).
TokenizedText tokenizeText(const Tokenizer& tokenizer, std::string_view text);

/// Leaves out the tokens with ids >= `modelVocabulary` (an unknown token the model has no id for); counts them.
void dropTokensOutside(TokenizedText& text, int64_t modelVocabulary);

/// Next-token logits [B, T, V] of token ids [B, T] (int64, on the model's device).
using LogitsFunction = std::function<torch::Tensor(const torch::Tensor&)>;

/// Scores every token of `texts` (fills loss, confidence, hits) in windows of `context` advancing by `stride`.
/// `vocabulary` is the logits' expected width. Throws std::runtime_error naming the shapes when the model
/// returns logits of another shape, or a token id the logits do not cover.
void scoreTexts(std::vector<TokenizedText>& texts, const LogitsFunction& logits, int64_t context, int64_t stride,
                int64_t vocabulary, const torch::Device& device, EvaluateControl* control);

/// Where a document lies: a byte range of one scored text (a whole text, or a line of a single file).
struct DocumentSpan {
    size_t text = 0;
    int64_t begin = 0;
    int64_t end = 0;
    std::string name;
};

/// The figures of each document (the tokens that start inside its span) and of all texts together, and the
/// next-token calibration. `byteLengths` are the tokenizer's per-id UTF-8 lengths (for bits per byte).
void summarizeScores(const std::vector<TokenizedText>& texts, const std::vector<DocumentSpan>& documents,
                     const std::vector<int32_t>& byteLengths, LanguageModelEvaluation& out);

/// The token losses of document `span` within its first `maxBytes` bytes, offsets relative to the span.
std::vector<TokenLoss> documentTokenLosses(const TokenizedText& text, const DocumentSpan& span, int64_t maxBytes,
                                           int32_t unknownId);

}  // namespace ts
