// The text-transformer's tokenization (first tokens of each text, padded) and its encoder (attention written out
// with an additive padding mask: LibTorch 1.13's fused kernel takes no mask on the CPU path we need).
#include "core/train/TextTransformer.h"

#include "core/text/Tokenizer.h"
#include "core/text/Utf8.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ts {

namespace {

constexpr double kEncoderInitStd = 0.02;      // GPT-2's weight init, as the language models
constexpr int64_t kEncoderMlpFactor = 4;      // the MLP's hidden layer is this many times the width
constexpr int64_t kTokenizeGrain = 64;        // texts per parallel chunk

void encoderInitNormal(torch::Tensor& w, double std) {
    torch::NoGradGuard noGrad;
    w.normal_(0.0, std);
}

}  // namespace

void TextTransformerShape::validate() const {
    if (vocabSize < 1 || contextLength < 1 || layers < 1 || heads < 1 || embedding < 1 || classes < 2)
        throw std::invalid_argument("text transformer: vocabulary, context, layers, heads and width must be positive "
                                    "and there must be at least 2 classes");
    if (embedding % heads != 0)
        throw std::invalid_argument("text transformer: the width " + std::to_string(embedding) +
                                    " is not a multiple of the head count " + std::to_string(heads));
    if (dropout < 0.0 || dropout >= 1.0) throw std::invalid_argument("text transformer: dropout must be in [0, 1)");
}

std::pair<torch::Tensor, torch::Tensor> TokenizedTexts::batch(const torch::Tensor& rows) const {
    const torch::Tensor len = lengths.index_select(0, rows);
    const int64_t longest = rows.size(0) > 0 ? len.max().item<int64_t>() : 1;
    return {ids.index_select(0, rows).narrow(1, 0, longest), len};
}

TokenSpans tokenSpans(const Tokenizer& tokenizer, const std::string& text, int64_t contextLength) {
    TokenSpans s;
    s.ids = tokenizer.encode(text);
    if (int64_t(s.ids.size()) > contextLength) s.ids.resize(size_t(contextLength));
    if (tokenizer.kind() == "char") {  // one id per code point
        size_t pos = 0;
        for (size_t i = 0; i < s.ids.size(); ++i) {
            const size_t begin = pos;
            utf8::next(text, pos);
            s.spans.emplace_back(int64_t(begin), int64_t(pos));
        }
        return s;
    }
    // Other tokenizers: the bytes the first i ids decode to end token i (clamped to the text).
    std::vector<int32_t> prefix;
    int64_t begin = 0;
    for (const int32_t id : s.ids) {
        prefix.push_back(id);
        const int64_t end = std::clamp<int64_t>(int64_t(tokenizer.decode(prefix).size()), begin, int64_t(text.size()));
        s.spans.emplace_back(begin, end);
        begin = end;
    }
    return s;
}

TokenizedTexts tokenizeTexts(const Tokenizer& tokenizer, const std::vector<std::string>& texts, int64_t contextLength,
                             int64_t padId, const torch::Device& device) {
    const int64_t n = int64_t(texts.size());
    std::vector<std::vector<int32_t>> perText(texts.size());
    at::parallel_for(0, n, kTokenizeGrain, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) perText[size_t(i)] = tokenizer.encode(texts[size_t(i)]);
    });
    TokenizedTexts t;
    int64_t longest = 1;
    std::vector<int64_t> lengths(texts.size());
    for (size_t i = 0; i < perText.size(); ++i) {
        const int64_t kept = std::min<int64_t>(int64_t(perText[i].size()), contextLength);
        t.truncated += int64_t(perText[i].size()) > contextLength ? 1 : 0;
        lengths[i] = std::max<int64_t>(kept, 1);
        longest = std::max(longest, lengths[i]);
    }
    torch::Tensor ids = torch::full({n, longest}, padId, torch::kInt64);
    int64_t* out = ids.data_ptr<int64_t>();
    for (size_t i = 0; i < perText.size(); ++i)
        for (int64_t j = 0; j < std::min<int64_t>(int64_t(perText[i].size()), contextLength); ++j)
            out[int64_t(i) * longest + j] = perText[i][size_t(j)];
    t.ids = ids.to(device);
    t.lengths = torch::tensor(lengths, torch::kInt64).to(device);
    return t;
}

TextEncoderBlockImpl::TextEncoderBlockImpl(const TextTransformerShape& shape)
    : m_heads(shape.heads), m_dropout(shape.dropout) {
    const int64_t c = shape.embedding;
    m_norm1 = register_module("ln_1", GptLayerNorm(c, true));
    m_qkv = register_module("qkv", torch::nn::Linear(c, 3 * c));
    m_projection = register_module("proj", torch::nn::Linear(c, c));
    m_norm2 = register_module("ln_2", GptLayerNorm(c, true));
    m_mlpIn = register_module("mlp_fc", torch::nn::Linear(c, kEncoderMlpFactor * c));
    m_mlpOut = register_module("mlp_proj", torch::nn::Linear(kEncoderMlpFactor * c, c));
}

std::vector<torch::Tensor> TextEncoderBlockImpl::residualProjections() { return {m_projection->weight, m_mlpOut->weight}; }

torch::Tensor TextEncoderBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& keyMask) {
    const int64_t b = x.size(0), t = x.size(1), c = x.size(2), headSize = c / m_heads;
    const double p = is_training() ? m_dropout : 0.0;
    // [B, T, 3C] -> [3, B, heads, T, headSize]: queries, keys, values, each split into heads.
    const torch::Tensor qkv = m_qkv(m_norm1(x)).view({b, t, 3, m_heads, headSize}).permute({2, 0, 3, 1, 4});
    torch::Tensor scores = torch::matmul(qkv[0], qkv[1].transpose(-2, -1)).mul_(1.0 / std::sqrt(double(headSize)));
    torch::Tensor weights = torch::softmax(scores.add_(keyMask), -1);
    if (p > 0.0) weights = torch::dropout(weights, p, true);
    torch::Tensor attended = m_projection(torch::matmul(weights, qkv[2]).transpose(1, 2).reshape({b, t, c}));
    if (p > 0.0) attended = torch::dropout(attended, p, true);
    const torch::Tensor h = x + attended;
    const torch::Tensor hidden = torch::gelu(m_mlpIn(m_norm2(h)));
    if (m_tap && m_tap->armed()) m_tap->record(m_tapName, hidden, true);
    torch::Tensor m = m_mlpOut(hidden);
    if (p > 0.0) m = torch::dropout(m, p, true);
    return h + m;
}

TextTransformerImpl::TextTransformerImpl(const TextTransformerShape& shape) : m_shape(shape) {
    shape.validate();
    m_tokens = register_module("wte", torch::nn::Embedding(shape.vocabSize + 1, shape.embedding));
    m_positions = register_module("wpe", torch::nn::Embedding(shape.contextLength, shape.embedding));
    for (int64_t i = 0; i < shape.layers; ++i)
        m_blocks.push_back(register_module("h" + std::to_string(i), TextEncoderBlock(shape)));
    m_finalNorm = register_module("ln_f", GptLayerNorm(shape.embedding, true));
    m_head = register_module("head", torch::nn::Linear(shape.embedding, shape.classes));
    for (auto& module : modules(false)) {
        if (auto* linear = module->as<torch::nn::Linear>()) {
            encoderInitNormal(linear->weight, kEncoderInitStd);
            torch::NoGradGuard noGrad;
            linear->bias.zero_();
        } else if (auto* embedding = module->as<torch::nn::Embedding>()) {
            encoderInitNormal(embedding->weight, kEncoderInitStd);
        }
    }
    const double residualStd = kEncoderInitStd / std::sqrt(2.0 * double(shape.layers));
    for (auto& block : m_blocks)
        for (torch::Tensor w : block->residualProjections()) encoderInitNormal(w, residualStd);
}

void TextTransformerImpl::setActivationTap(ActivationTap* tap) {
    for (size_t i = 0; i < m_blocks.size(); ++i) m_blocks[i]->setActivationTap(tap, "h" + std::to_string(i) + ".mlp_fc");
}

torch::Tensor TextTransformerImpl::forward(const torch::Tensor& ids, const torch::Tensor& lengths) {
    const int64_t t = ids.size(1);
    if (t > m_shape.contextLength)
        throw std::invalid_argument("text transformer: " + std::to_string(t) + " tokens exceed the context of " +
                                    std::to_string(m_shape.contextLength));
    const torch::Tensor present = torch::arange(t, lengths.options()).unsqueeze(0).lt(lengths.unsqueeze(1));  // [B, T]
    const torch::Tensor keyMask =
        torch::zeros(present.sizes(), torch::TensorOptions().dtype(torch::kFloat).device(ids.device()))
            .masked_fill_(present.logical_not(), -std::numeric_limits<float>::infinity())
            .view({ids.size(0), 1, 1, t});
    torch::Tensor x = m_tokens(ids) + m_positions->weight.narrow(0, 0, t);
    if (m_shape.dropout > 0.0 && is_training()) x = torch::dropout(x, m_shape.dropout, true);
    for (auto& block : m_blocks) x = block->forward(x, keyMask);
    const torch::Tensor weights = present.to(x.scalar_type()).unsqueeze(2);  // [B, T, 1]
    const torch::Tensor pooled = (m_finalNorm(x) * weights).sum(1) / weights.sum(1);
    return m_head(pooled);
}

}  // namespace ts
