// The GPT language model (decoder-only transformer) and its configuration. Internal to core: includes torch.
//
// Token and learned position embeddings, pre-LayerNorm blocks (causal multi-head self-attention, then a GELU
// MLP four times as wide), a final LayerNorm and an output layer tied to the token embedding; optional
// dropout and biases. Weights start at N(0, 0.02), the residual projections at N(0, 0.02/sqrt(2*layers)).
#pragma once

#include "core/health/ActivationTap.h"
#include "core/lm/LanguageModelInfo.h"
#include "core/kernels/MatrixProductKernel.h"

#include <torch/torch.h>

#include <optional>
#include <string>
#include <vector>

namespace ts {

/// The shape of a GPT: vocabulary, context window, depth, heads, width, dropout and biases.
struct GptConfig {
    int64_t vocabSize = 65;
    int64_t contextLength = 64;
    int64_t layers = 4;
    int64_t heads = 4;
    int64_t embedding = 128;
    double dropout = 0.0;
    bool bias = false;

    /// nanoGPT's "baby GPT on CPU": 4 layers, 4 heads, 128 wide, context 64, no dropout, no bias.
    static GptConfig tiny(int64_t vocabSize);
    /// nanoGPT's shakespeare-char model: 6 layers, 6 heads, 384 wide, context 256, dropout 0.2.
    static GptConfig small(int64_t vocabSize);
    /// The preset of that name ("gpt-tiny", "gpt-small"), or nothing for another name.
    static std::optional<GptConfig> preset(const std::string& name, int64_t vocabSize);
    /// Throws std::invalid_argument when a field is out of range (e.g. heads not dividing the width).
    void validate() const;
};

/// The shape a language model's checkpoint describes (its model_info); not validated.
GptConfig gptConfigOf(const LanguageModelInfo& info);

/// How attention is computed: masked softmax written out, LibTorch's scaled-dot-product attention where it has one
/// (Sdpa), or, the default, TrainScope's own causal kernel (core/lm/attention) where it applies (a float32 CPU
/// model without attention dropout, without a key/value cache), else Sdpa.
enum class AttentionKernel { Manual, Sdpa, Fused };

/// True when this LibTorch has a fused scaled-dot-product attention (1.13's private one, or 2.x's public one).
bool fusedAttentionAvailable();

/// Causal attention of q, k, v [B, heads, T, headSize] -> [B, heads, T, headSize]. With `causalOffset` > 0 the
/// queries are the last positions of a longer key sequence (key/value cache): query i sees keys 0..offset+i.
torch::Tensor causalAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v, double dropout,
                              AttentionKernel kernel, int64_t causalOffset = 0);

/// Keys and values of the positions seen so far, one pair per layer, for generation one token at a time.
struct KvCache {
    std::vector<torch::Tensor> keys;    // per layer, [B, heads, T, headSize]
    std::vector<torch::Tensor> values;  // per layer, [B, heads, T, headSize]
    /// Number of positions held (0 when empty).
    int64_t length() const;
    /// Forgets every position.
    void clear();
};

/// LayerNorm over the last dimension with a gain and, optionally, a bias (LibTorch's always has a bias).
class GptLayerNormImpl : public torch::nn::Module {
public:
    GptLayerNormImpl(int64_t width, bool bias);
    /// x [..., width] normalized over its last dimension.
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::Tensor m_weight, m_bias;
};
TORCH_MODULE(GptLayerNorm);

/// Causal multi-head self-attention with one projection for queries, keys and values.
class GptAttentionImpl : public torch::nn::Module {
public:
    explicit GptAttentionImpl(const GptConfig& config);
    /// x [B, T, C] -> [B, T, C]; with a cache, appends this call's keys and values to layer `layer` of it.
    torch::Tensor forward(const torch::Tensor& x, KvCache* cache = nullptr, size_t layer = 0);
    /// Chooses the attention kernel (Fused, the default, falls back to Sdpa, and Sdpa to Manual where LibTorch has
    /// none).
    void setKernel(AttentionKernel kernel);
    /// Chooses how the query/key/value and output projections compute their products.
    void setMatrixKernel(MatrixKernel kernel) { m_matrixKernel = kernel; }
    /// The output projection (its init is scaled for the residual path).
    torch::nn::Linear& projection() { return m_projection; }

private:
    int64_t m_heads;
    double m_dropout;
    AttentionKernel m_kernel = AttentionKernel::Fused;  // the faster on this CPU (bench/RESULTS.md)
    MatrixKernel m_matrixKernel = defaultMatrixKernel();
    torch::nn::Linear m_qkv{nullptr};
    torch::nn::Linear m_projection{nullptr};
};
TORCH_MODULE(GptAttention);

/// One pre-LayerNorm transformer block: x + attention(norm(x)), then x + mlp(norm(x)).
class GptBlockImpl : public torch::nn::Module {
public:
    explicit GptBlockImpl(const GptConfig& config);
    /// x [B, T, C] -> [B, T, C].
    torch::Tensor forward(const torch::Tensor& x, KvCache* cache = nullptr, size_t layer = 0);
    /// The attention sub-layer.
    GptAttention& attention() { return m_attention; }
    /// The MLP's output projection (its init is scaled for the residual path).
    torch::nn::Linear& mlpProjection() { return m_mlpOut; }
    /// Chooses how the block's linear layers compute their products (the attention's included).
    void setMatrixKernel(MatrixKernel kernel);
    /// Training health: the MLP's hidden activations go to `tap` (as `name`) while it is armed.
    void setActivationTap(ActivationTap* tap, std::string name) {
        m_tap = tap;
        m_tapName = std::move(name);
    }

private:
    double m_dropout;
    GptLayerNorm m_norm1{nullptr}, m_norm2{nullptr};
    GptAttention m_attention{nullptr};
    torch::nn::Linear m_mlpIn{nullptr}, m_mlpOut{nullptr};
    MatrixKernel m_matrixKernel = defaultMatrixKernel();
    ActivationTap* m_tap = nullptr;
    std::string m_tapName;
};
TORCH_MODULE(GptBlock);

/// A decoder-only transformer language model: token ids [B, T] in, next-token logits [B, T, vocab] out.
class GptImpl : public torch::nn::Module {
public:
    explicit GptImpl(const GptConfig& config);
    /// Logits [B, T, vocab] for token ids [B, T] (T <= context length).
    torch::Tensor forward(const torch::Tensor& idx);
    /// Logits of the new positions idx [B, T] after the cache's; appends their keys and values to the cache.
    torch::Tensor forwardCached(const torch::Tensor& idx, KvCache& cache);
    /// The configuration the model was built with.
    const GptConfig& config() const { return m_config; }
    /// Chooses the attention kernel of every block.
    void setAttentionKernel(AttentionKernel kernel);
    /// Chooses how every linear layer, the output layer included, computes its products.
    void setMatrixKernel(MatrixKernel kernel);
    /// Training health: each block's MLP activations ("h<i>.mlp_fc") go to `tap` while it is armed (null: none).
    void setActivationTap(ActivationTap* tap);
    /// The token embedding, which is also the output layer's weight.
    torch::nn::Embedding& tokenEmbedding() { return m_tokens; }
    /// Parameters counted once (the tied output layer is the token embedding); nanoGPT's "non-embedding"
    /// count leaves out the position embedding.
    int64_t parameterCount(bool withPositionEmbedding = true) const;
    /// AdamW groups with `options`: its weight decay on parameters of two or more dimensions, none on gains
    /// and biases.
    std::vector<torch::optim::OptimizerParamGroup> optimizerGroups(const torch::optim::AdamWOptions& options) const;

private:
    torch::Tensor embed(const torch::Tensor& idx, int64_t firstPosition);
    torch::Tensor head(const torch::Tensor& x);
    void initWeights();

    GptConfig m_config;
    torch::nn::Embedding m_tokens{nullptr}, m_positions{nullptr};
    std::vector<GptBlock> m_blocks;
    GptLayerNorm m_finalNorm{nullptr};
    MatrixKernel m_matrixKernel = defaultMatrixKernel();
};
TORCH_MODULE(Gpt);

/// Mean cross-entropy of logits [B, T, V] against next-token targets [B, T].
torch::Tensor languageModelLoss(const torch::Tensor& logits, const torch::Tensor& targets);

/// nanoGPT's model FLOPs per token for a training step: 6*N + 12*layers*heads*headSize*context.
double trainingFlopsPerToken(const GptConfig& config, int64_t nonEmbeddingParameters);

}  // namespace ts
