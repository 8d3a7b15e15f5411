// The text-bow model: hashed word and character n-grams of a text (the featurizer) and the classifier on them (an
// embedding bag averaging the n-grams' vectors, then a linear layer). Internal to core: includes torch.
#pragma once

#include "core/text/Unicode.h"

#include "core/health/ActivationTap.h"

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// Which n-grams a text is cut into and how many hash buckets they fall into.
struct NgramSettings {
    int64_t buckets = 1 << 16;  ///< ids are the hash modulo this (text-bow's default)
    int wordMin = 1;            ///< word n-grams of wordMin..wordMax words
    int wordMax = 2;
    int charMin = 3;            ///< character n-grams of charMin..charMax code points of "<word>"
    int charMax = 5;
    bool symbols = false;       ///< punctuation runs and line breaks are tokens too (unicode::tokenSpans); else words only
    bool balanced = false;      ///< word and character n-grams weigh half each in a text's bag; else every n-gram alike
};

/// The tokens `settings` cuts `text` into, as byte spans: words, or words, punctuation and line breaks.
std::vector<unicode::WordSpan> bowTokenSpans(const std::string& text, const NgramSettings& settings);

/// The hashed n-gram ids of `text`: its lower-cased words' n-grams and the character n-grams of each word with
/// boundary markers, in order of appearance. The hash (FNV-1a 64) is the same on every machine.
std::vector<int64_t> hashedNgrams(const std::string& text, const NgramSettings& settings);
/// One token's n-grams: the word n-grams starting at it, then its character n-grams.
struct TokenNgrams {
    std::vector<int64_t> ids;
    size_t wordGrams = 0;  ///< the first wordGrams of ids are word n-grams
};
/// The same ids grouped by the token that contributes them, one entry per span of bowTokenSpans(text).
std::vector<TokenNgrams> hashedNgramsByWord(const std::string& text, const NgramSettings& settings);
/// The weight of each n-gram in a text's bag, in the order of `tokens` flattened: 1/n each, or (settings.balanced)
/// 1/2 shared by the word n-grams and 1/2 by the character n-grams (all of it to one kind when the other has none).
std::vector<float> ngramWeights(const std::vector<TokenNgrams>& tokens, const NgramSettings& settings);

/// Every text of a split as one flat id list with the start of each text (for torch::nn::EmbeddingBag).
struct HashedTexts {
    torch::Tensor ids;      ///< [total] int64
    torch::Tensor starts;   ///< [n] int64: where text i's ids begin
    torch::Tensor lengths;  ///< [n] int64: how many ids text i has
    torch::Tensor weights;  ///< [total] float: each id's weight in its text's bag (ngramWeights)
    int64_t size() const { return lengths.defined() ? lengths.size(0) : 0; }
    /// The ids, bag offsets and weights of the texts at `rows` (an int64 tensor on the same device).
    std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> batch(const torch::Tensor& rows) const;
};

/// Featurizes `texts` (in parallel on torch's threads) and puts the result on `device`.
HashedTexts hashTexts(const std::vector<std::string>& texts, const NgramSettings& settings, const torch::Device& device);

/// The bag-of-n-grams classifier: the weighted sum of the n-grams' embeddings (weights of a text add up to 1), then
/// a linear layer to the class logits.
class BagOfNgramsImpl : public torch::nn::Module {
public:
    BagOfNgramsImpl(int64_t buckets, int64_t dim, int64_t classes);
    /// Logits [B, classes] of the bags given by flat `ids`, their `offsets` and each id's weight.
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& offsets, const torch::Tensor& weights);
    /// The n-gram embedding table (no weight decay).
    torch::nn::EmbeddingBag& bag() { return m_bag; }
    /// Training health: the bags (the texts' vectors) go to `tap` as "bag" while it is armed.
    void setActivationTap(ActivationTap* tap) { m_tap = tap; }

private:
    torch::nn::EmbeddingBag m_bag{nullptr};
    torch::nn::Linear m_out{nullptr};
    ActivationTap* m_tap = nullptr;
};
TORCH_MODULE(BagOfNgrams);

}  // namespace ts
