// The text-bow model: hashed word and character n-grams of a text (the featurizer) and the classifier on them (an
// embedding bag averaging the n-grams' vectors, then a linear layer). Internal to core: includes torch.
#pragma once

#include "core/text/Unicode.h"

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
};

/// The tokens `settings` cuts `text` into, as byte spans: words, or words, punctuation and line breaks.
std::vector<unicode::WordSpan> bowTokenSpans(const std::string& text, const NgramSettings& settings);

/// The hashed n-gram ids of `text`: its lower-cased words' n-grams and the character n-grams of each word with
/// boundary markers, in order of appearance. The hash (FNV-1a 64) is the same on every machine.
std::vector<int64_t> hashedNgrams(const std::string& text, const NgramSettings& settings);
/// The same ids grouped by the word that contributes them (its word n-grams, those starting at it, and its
/// character n-grams), one list per word of unicode::wordSpans(text).
std::vector<std::vector<int64_t>> hashedNgramsByWord(const std::string& text, const NgramSettings& settings);

/// Every text of a split as one flat id list with the start of each text (for torch::nn::EmbeddingBag).
struct HashedTexts {
    torch::Tensor ids;      ///< [total] int64
    torch::Tensor starts;   ///< [n] int64: where text i's ids begin
    torch::Tensor lengths;  ///< [n] int64: how many ids text i has
    int64_t size() const { return lengths.defined() ? lengths.size(0) : 0; }
    /// The ids and bag offsets of the texts at `rows` (an int64 tensor on the same device).
    std::pair<torch::Tensor, torch::Tensor> batch(const torch::Tensor& rows) const;
};

/// Featurizes `texts` (in parallel on torch's threads) and puts the result on `device`.
HashedTexts hashTexts(const std::vector<std::string>& texts, const NgramSettings& settings, const torch::Device& device);

/// The bag-of-n-grams classifier: mean of the n-grams' embeddings, then a linear layer to the class logits.
class BagOfNgramsImpl : public torch::nn::Module {
public:
    BagOfNgramsImpl(int64_t buckets, int64_t dim, int64_t classes);
    /// Logits [B, classes] of the bags given by flat `ids` and their `offsets`.
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& offsets);
    /// The n-gram embedding table (no weight decay).
    torch::nn::EmbeddingBag& bag() { return m_bag; }

private:
    torch::nn::EmbeddingBag m_bag{nullptr};
    torch::nn::Linear m_out{nullptr};
};
TORCH_MODULE(BagOfNgrams);

}  // namespace ts
