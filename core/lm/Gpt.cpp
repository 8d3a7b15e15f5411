#include "core/lm/Gpt.h"

#include "core/lm/attention/CausalAttention.h"
#include "core/lm/linear/Linear.h"

#include <torch/version.h>

#include <cmath>
#include <limits>
#include <stdexcept>

// Fused attention: public from PyTorch 2.0, private (at::_scaled_dot_product_attention) in 1.13, absent before.
#define TS_HAVE_PUBLIC_SDPA (TORCH_VERSION_MAJOR >= 2)
#define TS_HAVE_PRIVATE_SDPA (TORCH_VERSION_MAJOR == 1 && TORCH_VERSION_MINOR >= 13)

namespace ts {

GptConfig gptConfigOf(const LanguageModelInfo& info) {
    GptConfig config;
    config.vocabSize = info.vocabSize;
    config.contextLength = info.contextLength;
    config.layers = info.layers;
    config.heads = info.heads;
    config.embedding = info.embedding;
    config.dropout = info.dropout;
    config.bias = info.bias;
    return config;
}


namespace {

constexpr double kInitStd = 0.02;       // GPT-2's weight init
constexpr int64_t kMlpWidthFactor = 4;  // the MLP's hidden layer is this many times the embedding
constexpr double kLayerNormEps = 1e-5;
constexpr double kFlopsPerParameterPerToken = 6.0;  // forward 2, backward 4 (nanoGPT's estimate_mfu)
constexpr double kAttentionFlopsFactor = 12.0;

/// A linear layer's output through the chosen products.
torch::Tensor linear(torch::nn::Linear& layer, const torch::Tensor& x, MatrixKernel kernel) {
    return kernel == MatrixKernel::Own ? applyLinear(layer, x) : layer(x);
}

/// Additive mask [tq, tk]: 0 where query i (at position offset+i) may see key j, -infinity elsewhere.
torch::Tensor causalMask(int64_t tq, int64_t tk, int64_t offset, const torch::TensorOptions& options) {
    return torch::full({tq, tk}, -std::numeric_limits<float>::infinity(), options).triu(offset + 1);
}

torch::Tensor manualAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v, double dropout,
                              int64_t offset) {
    const int64_t tq = q.size(-2), tk = k.size(-2);
    torch::Tensor scores = torch::matmul(q, k.transpose(-2, -1)).mul_(1.0 / std::sqrt(double(q.size(-1))));
    if (tq > 1) scores.add_(causalMask(tq, tk, offset, q.options()));  // one query sees every cached key
    torch::Tensor weights = torch::softmax(scores, -1);
    if (dropout > 0.0) weights = torch::dropout(weights, dropout, true);
    return torch::matmul(weights, v);
}

torch::Tensor fusedAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v, double dropout,
                             int64_t offset) {
    const int64_t tq = q.size(-2), tk = k.size(-2);
    const bool plainCausal = offset == 0 && tq == tk && tq > 1;
    c10::optional<torch::Tensor> mask;
    if (!plainCausal && tq > 1) mask = causalMask(tq, tk, offset, q.options());
#if TS_HAVE_PUBLIC_SDPA
    return at::scaled_dot_product_attention(q, k, v, mask, dropout, plainCausal);
#elif TS_HAVE_PRIVATE_SDPA
    return std::get<0>(at::_scaled_dot_product_attention(q, k, v, mask, dropout, false, plainCausal));
#else
    (void)mask;
    return manualAttention(q, k, v, dropout, offset);
#endif
}

void initNormal(torch::Tensor& w, double std) {
    torch::NoGradGuard noGrad;
    w.normal_(0.0, std);
}

void initZero(torch::Tensor& w) {
    torch::NoGradGuard noGrad;
    w.zero_();
}

}  // namespace

GptConfig GptConfig::tiny(int64_t vocabSize) {
    GptConfig c;
    c.vocabSize = vocabSize;
    return c;
}

GptConfig GptConfig::small(int64_t vocabSize) {
    GptConfig c;
    c.vocabSize = vocabSize;
    c.contextLength = 256;
    c.layers = 6;
    c.heads = 6;
    c.embedding = 384;
    c.dropout = 0.2;
    return c;
}

std::optional<GptConfig> GptConfig::preset(const std::string& name, int64_t vocabSize) {
    if (name == "gpt-tiny") return tiny(vocabSize);
    if (name == "gpt-small") return small(vocabSize);
    return std::nullopt;
}

void GptConfig::validate() const {
    if (vocabSize < 1 || contextLength < 1 || layers < 1 || heads < 1 || embedding < 1)
        throw std::invalid_argument("GPT: vocabulary, context, layers, heads and embedding must all be positive");
    if (embedding % heads != 0)
        throw std::invalid_argument("GPT: the embedding width " + std::to_string(embedding) +
                                    " is not a multiple of the head count " + std::to_string(heads));
    if (dropout < 0.0 || dropout >= 1.0) throw std::invalid_argument("GPT: dropout must be in [0, 1)");
}

bool fusedAttentionAvailable() { return TS_HAVE_PUBLIC_SDPA || TS_HAVE_PRIVATE_SDPA; }

torch::Tensor causalAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v, double dropout,
                              AttentionKernel kernel, int64_t causalOffset) {
    if (kernel != AttentionKernel::Manual && fusedAttentionAvailable())
        return fusedAttention(q, k, v, dropout, causalOffset);
    return manualAttention(q, k, v, dropout, causalOffset);
}

int64_t KvCache::length() const { return keys.empty() ? 0 : keys.front().size(2); }

void KvCache::clear() {
    keys.clear();
    values.clear();
}

GptLayerNormImpl::GptLayerNormImpl(int64_t width, bool bias) {
    m_weight = register_parameter("weight", torch::ones({width}));
    if (bias) m_bias = register_parameter("bias", torch::zeros({width}));
}

torch::Tensor GptLayerNormImpl::forward(const torch::Tensor& x) {
    return torch::layer_norm(x, {m_weight.size(0)}, m_weight, m_bias, kLayerNormEps);
}

GptAttentionImpl::GptAttentionImpl(const GptConfig& config) : m_heads(config.heads), m_dropout(config.dropout) {
    const int64_t c = config.embedding;
    m_qkv = register_module("c_attn", torch::nn::Linear(torch::nn::LinearOptions(c, 3 * c).bias(config.bias)));
    m_projection = register_module("c_proj", torch::nn::Linear(torch::nn::LinearOptions(c, c).bias(config.bias)));
}

void GptAttentionImpl::setKernel(AttentionKernel kernel) { m_kernel = kernel; }

torch::Tensor GptAttentionImpl::forward(const torch::Tensor& x, KvCache* cache, size_t layer) {
    const int64_t b = x.size(0), t = x.size(1), c = x.size(2), headSize = c / m_heads;
    const double p = is_training() ? m_dropout : 0.0;
    if (m_kernel == AttentionKernel::Fused && !cache && p == 0.0 && causalSelfAttentionSupported(x))
        return linear(m_projection, causalSelfAttention(linear(m_qkv, x, m_matrixKernel), m_heads), m_matrixKernel);
    // [B, T, 3C] -> [3, B, heads, T, headSize]: queries, keys, values, each split into heads.
    const torch::Tensor qkv =
        linear(m_qkv, x, m_matrixKernel).view({b, t, 3, m_heads, headSize}).permute({2, 0, 3, 1, 4});
    torch::Tensor q = qkv[0], k = qkv[1], v = qkv[2];
    int64_t offset = 0;
    if (cache) {
        if (cache->keys.size() <= layer) {
            cache->keys.push_back(k.contiguous());
            cache->values.push_back(v.contiguous());
        } else {
            offset = cache->keys[layer].size(2);
            cache->keys[layer] = k = torch::cat({cache->keys[layer], k}, 2);
            cache->values[layer] = v = torch::cat({cache->values[layer], v}, 2);
        }
    }
    const torch::Tensor y = causalAttention(q, k, v, p, m_kernel, offset).transpose(1, 2).reshape({b, t, c});
    torch::Tensor out = linear(m_projection, y, m_matrixKernel);
    return p > 0.0 ? torch::dropout(out, p, true) : out;
}

GptBlockImpl::GptBlockImpl(const GptConfig& config) : m_dropout(config.dropout) {
    const int64_t c = config.embedding;
    m_norm1 = register_module("ln_1", GptLayerNorm(c, config.bias));
    m_attention = register_module("attn", GptAttention(config));
    m_norm2 = register_module("ln_2", GptLayerNorm(c, config.bias));
    m_mlpIn = register_module("mlp_fc",
                              torch::nn::Linear(torch::nn::LinearOptions(c, kMlpWidthFactor * c).bias(config.bias)));
    m_mlpOut = register_module("mlp_proj",
                               torch::nn::Linear(torch::nn::LinearOptions(kMlpWidthFactor * c, c).bias(config.bias)));
}

torch::Tensor GptBlockImpl::forward(const torch::Tensor& x, KvCache* cache, size_t layer) {
    const torch::Tensor h = x + m_attention->forward(m_norm1(x), cache, layer);
    torch::Tensor m, hidden;
    if (m_matrixKernel == MatrixKernel::Own) {
        GeluMlpOutput mlp = geluMlp(m_mlpIn, m_mlpOut, m_norm2(h));
        m = mlp.out;
        hidden = mlp.hidden;
    } else {
        hidden = torch::gelu(m_mlpIn(m_norm2(h)));
        m = m_mlpOut(hidden);
    }
    if (m_tap && m_tap->armed()) m_tap->record(m_tapName, hidden, true);
    if (m_dropout > 0.0 && is_training()) m = torch::dropout(m, m_dropout, true);
    return h + m;
}

GptImpl::GptImpl(const GptConfig& config) : m_config(config) {
    config.validate();
    m_tokens = register_module("wte", torch::nn::Embedding(config.vocabSize, config.embedding));
    m_positions = register_module("wpe", torch::nn::Embedding(config.contextLength, config.embedding));
    for (int64_t i = 0; i < config.layers; ++i)
        m_blocks.push_back(register_module("h" + std::to_string(i), GptBlock(config)));
    m_finalNorm = register_module("ln_f", GptLayerNorm(config.embedding, config.bias));
    initWeights();
}

void GptImpl::initWeights() {
    for (auto& module : modules(false)) {
        if (auto* linear = module->as<torch::nn::Linear>()) {
            initNormal(linear->weight, kInitStd);
            if (linear->bias.defined()) initZero(linear->bias);
        } else if (auto* embedding = module->as<torch::nn::Embedding>()) {
            initNormal(embedding->weight, kInitStd);
        }
    }
    const double residualStd = kInitStd / std::sqrt(2.0 * double(m_config.layers));
    for (auto& block : m_blocks) {
        initNormal(block->attention()->projection()->weight, residualStd);
        initNormal(block->mlpProjection()->weight, residualStd);
    }
}

torch::Tensor GptImpl::embed(const torch::Tensor& idx, int64_t firstPosition) {
    const int64_t t = idx.size(1);
    if (firstPosition + t > m_config.contextLength)
        throw std::invalid_argument("GPT: " + std::to_string(firstPosition + t) + " positions exceed the context of " +
                                    std::to_string(m_config.contextLength));
    // A slice of the position table broadcast over the batch: its gradient is a sum, not a scatter.
    torch::Tensor x = m_tokens(idx) + m_positions->weight.narrow(0, firstPosition, t);
    return m_config.dropout > 0.0 && is_training() ? torch::dropout(x, m_config.dropout, true) : x;
}

torch::Tensor GptImpl::head(const torch::Tensor& x) {
    const torch::Tensor normed = m_finalNorm(x);
    if (m_matrixKernel == MatrixKernel::Own) return linearWithoutBias(normed, m_tokens->weight);  // tied to wte
    return torch::nn::functional::linear(normed, m_tokens->weight);
}

void GptImpl::setActivationTap(ActivationTap* tap) {
    for (size_t i = 0; i < m_blocks.size(); ++i) m_blocks[i]->setActivationTap(tap, "h" + std::to_string(i) + ".mlp_fc");
}

torch::Tensor GptImpl::forward(const torch::Tensor& idx) {
    torch::Tensor x = embed(idx, 0);
    for (auto& block : m_blocks) x = block(x);
    return head(x);
}

torch::Tensor GptImpl::forwardCached(const torch::Tensor& idx, KvCache& cache) {
    torch::Tensor x = embed(idx, cache.length());
    for (size_t i = 0; i < m_blocks.size(); ++i) x = m_blocks[i]->forward(x, &cache, i);
    return head(x);
}

void GptImpl::setAttentionKernel(AttentionKernel kernel) {
    for (auto& block : m_blocks) block->attention()->setKernel(kernel);
}

void GptImpl::setMatrixKernel(MatrixKernel kernel) {
    m_matrixKernel = kernel;
    for (auto& block : m_blocks) block->setMatrixKernel(kernel);
}

void GptBlockImpl::setMatrixKernel(MatrixKernel kernel) {
    m_matrixKernel = kernel;
    m_attention->setMatrixKernel(kernel);
}

int64_t GptImpl::parameterCount(bool withPositionEmbedding) const {
    int64_t n = 0;
    for (const auto& p : parameters()) n += p.numel();  // parameters() lists the tied weight once
    return withPositionEmbedding ? n : n - m_positions->weight.numel();
}

std::vector<torch::optim::OptimizerParamGroup> GptImpl::optimizerGroups(
    const torch::optim::AdamWOptions& options) const {
    std::vector<torch::Tensor> matrices, others;
    for (const auto& p : parameters()) (p.dim() >= 2 ? matrices : others).push_back(p);
    auto decayed = std::make_unique<torch::optim::AdamWOptions>(options);
    auto plain = std::make_unique<torch::optim::AdamWOptions>(options);
    plain->weight_decay(0.0);
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(matrices, std::move(decayed));
    groups.emplace_back(others, std::move(plain));
    return groups;
}

torch::Tensor languageModelLoss(const torch::Tensor& logits, const torch::Tensor& targets) {
    return torch::nn::functional::cross_entropy(logits.reshape({-1, logits.size(-1)}), targets.reshape({-1}));
}

double trainingFlopsPerToken(const GptConfig& config, int64_t nonEmbeddingParameters) {
    const double headSize = double(config.embedding) / double(config.heads);
    return kFlopsPerParameterPerToken * double(nonEmbeddingParameters) +
           kAttentionFlopsFactor * double(config.layers) * double(config.heads) * headSize *
               double(config.contextLength);
}

}  // namespace ts
