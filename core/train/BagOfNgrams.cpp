// The text-bow featurizer (words and code points from core/text, FNV-1a hashing into buckets) and model.
#include "core/train/BagOfNgrams.h"

#include "core/text/Unicode.h"
#include "core/text/Utf8.h"

#include <ATen/Parallel.h>

#include <cmath>
#include <string_view>

namespace ts {

std::vector<unicode::WordSpan> bowTokenSpans(const std::string& text, const NgramSettings& settings) {
    return settings.symbols ? unicode::tokenSpans(text) : unicode::wordSpans(text);
}

namespace {

constexpr uint64_t kBowFnvOffset = 0xcbf29ce484222325ull;  // FNV-1a 64-bit offset basis
constexpr uint64_t kBowFnvPrime = 0x100000001b3ull;
constexpr unsigned char kBowWordKind = 'w';   // the first byte hashed: keeps word and character n-grams apart
constexpr unsigned char kBowCharKind = 'c';
constexpr char kBowWordSeparator = ' ';
constexpr char32_t kBowWordStart = U'<';
constexpr char32_t kBowWordEnd = U'>';
constexpr int64_t kBowFeaturizeGrain = 64;   // texts per parallel chunk

/// FNV-1a over a kind byte and `bytes`.
uint64_t bowHash(unsigned char kind, std::string_view bytes) {
    uint64_t h = (kBowFnvOffset ^ kind) * kBowFnvPrime;
    for (const char c : bytes) h = (h ^ uint64_t(static_cast<unsigned char>(c))) * kBowFnvPrime;
    return h;
}

/// Appends the hashed character n-grams of "<word>" (counted in code points) to `out`.
void appendCharNgrams(const std::string& word, const NgramSettings& s, std::vector<int64_t>& out) {
    std::string bounded;
    utf8::append(bounded, kBowWordStart);
    bounded += word;
    utf8::append(bounded, kBowWordEnd);
    std::vector<size_t> starts;  // byte offset of each code point, and the end
    for (size_t pos = 0; pos < bounded.size();) {
        starts.push_back(pos);
        utf8::next(bounded, pos);
    }
    starts.push_back(bounded.size());
    const size_t points = starts.size() - 1;
    for (size_t n = size_t(s.charMin); n <= size_t(s.charMax) && n <= points; ++n)
        for (size_t i = 0; i + n <= points; ++i) {
            const std::string_view gram(bounded.data() + starts[i], starts[i + n] - starts[i]);
            out.push_back(int64_t(bowHash(kBowCharKind, gram) % uint64_t(s.buckets)));
        }
}

/// The lower-cased tokens of `text`.
std::vector<std::string> bowTokens(const std::string& text, const NgramSettings& settings) {
    std::vector<std::string> tokens;
    for (const unicode::WordSpan& w : bowTokenSpans(text, settings))
        tokens.push_back(unicode::lowerCase(std::string_view(text).substr(w.begin, w.end - w.begin)));
    return tokens;
}

/// The n-grams token `i` of `words` contributes: the word n-grams starting at it, then its character n-grams.
TokenNgrams tokenNgrams(const std::vector<std::string>& words, size_t i, const NgramSettings& settings) {
    TokenNgrams t;
    std::string gram;
    for (size_t n = 1; n <= size_t(settings.wordMax) && i + n <= words.size(); ++n) {
        if (n > 1) gram += kBowWordSeparator;
        gram += words[i + n - 1];
        if (n >= size_t(settings.wordMin)) t.ids.push_back(int64_t(bowHash(kBowWordKind, gram) % uint64_t(settings.buckets)));
    }
    t.wordGrams = t.ids.size();
    if (settings.charMax >= settings.charMin && settings.charMin > 0) appendCharNgrams(words[i], settings, t.ids);
    return t;
}

}  // namespace

std::vector<TokenNgrams> hashedNgramsByWord(const std::string& text, const NgramSettings& settings) {
    const std::vector<std::string> words = bowTokens(text, settings);
    std::vector<TokenNgrams> tokens;
    tokens.reserve(words.size());
    for (size_t i = 0; i < words.size(); ++i) tokens.push_back(tokenNgrams(words, i, settings));
    return tokens;
}

std::vector<int64_t> hashedNgrams(const std::string& text, const NgramSettings& settings) {
    std::vector<int64_t> ids;
    for (const TokenNgrams& t : hashedNgramsByWord(text, settings)) ids.insert(ids.end(), t.ids.begin(), t.ids.end());
    return ids;
}

std::vector<float> ngramWeights(const std::vector<TokenNgrams>& tokens, const NgramSettings& settings) {
    size_t words = 0, all = 0;
    for (const TokenNgrams& t : tokens) {
        words += t.wordGrams;
        all += t.ids.size();
    }
    const size_t chars = all - words;
    const bool split = settings.balanced && words > 0 && chars > 0;
    const float wordWeight = split ? 0.5f / float(words) : 1.0f / float(std::max<size_t>(all, 1));
    const float charWeight = split ? 0.5f / float(chars) : wordWeight;
    std::vector<float> weights;
    weights.reserve(all);
    for (const TokenNgrams& t : tokens)
        for (size_t k = 0; k < t.ids.size(); ++k) weights.push_back(k < t.wordGrams ? wordWeight : charWeight);
    return weights;
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> HashedTexts::batch(const torch::Tensor& rows) const {
    const torch::Tensor len = lengths.index_select(0, rows);
    const torch::Tensor ends = len.cumsum(0);
    const torch::Tensor offsets = ends - len;
    const int64_t total = rows.size(0) > 0 ? ends[-1].item<int64_t>() : 0;
    // Position k of the batch reads ids[start of its text + (k - offset of its text)].
    const torch::Tensor base = (starts.index_select(0, rows) - offsets).repeat_interleave(len, 0, total);
    const torch::Tensor at = base + torch::arange(total, rows.options());
    return {ids.index_select(0, at), offsets, weights.index_select(0, at)};
}

HashedTexts hashTexts(const std::vector<std::string>& texts, const NgramSettings& settings, const torch::Device& device) {
    const int64_t n = int64_t(texts.size());
    std::vector<std::vector<int64_t>> perText(texts.size());
    std::vector<std::vector<float>> perTextWeights(texts.size());
    at::parallel_for(0, n, kBowFeaturizeGrain, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            const std::vector<TokenNgrams> tokens = hashedNgramsByWord(texts[size_t(i)], settings);
            for (const TokenNgrams& t : tokens) perText[size_t(i)].insert(perText[size_t(i)].end(), t.ids.begin(), t.ids.end());
            perTextWeights[size_t(i)] = ngramWeights(tokens, settings);
        }
    });
    std::vector<int64_t> flat, starts(texts.size()), lengths(texts.size());
    std::vector<float> weights;
    for (size_t i = 0; i < perText.size(); ++i) {
        starts[i] = int64_t(flat.size());
        lengths[i] = int64_t(perText[i].size());
        flat.insert(flat.end(), perText[i].begin(), perText[i].end());
        weights.insert(weights.end(), perTextWeights[i].begin(), perTextWeights[i].end());
    }
    HashedTexts h;
    h.ids = torch::tensor(flat, torch::kInt64).to(device);
    h.starts = torch::tensor(starts, torch::kInt64).to(device);
    h.lengths = torch::tensor(lengths, torch::kInt64).to(device);
    h.weights = torch::tensor(weights, torch::kFloat32).to(device);
    return h;
}

BagOfNgramsImpl::BagOfNgramsImpl(int64_t buckets, int64_t dim, int64_t classes) {
    m_bag = register_module("bag", torch::nn::EmbeddingBag(torch::nn::EmbeddingBagOptions(buckets, dim).mode(torch::kSum)));
    m_out = register_module("out", torch::nn::Linear(dim, classes));
    // fastText's start: small uniform n-gram vectors (a text's mean then starts near zero), a zero output layer.
    torch::NoGradGuard noGrad;
    const double bound = 1.0 / double(dim);
    m_bag->weight.uniform_(-bound, bound);
    m_out->weight.zero_();
    m_out->bias.zero_();
}

torch::Tensor BagOfNgramsImpl::forward(const torch::Tensor& ids, const torch::Tensor& offsets, const torch::Tensor& weights) {
    const torch::Tensor bags = m_bag->forward(ids, offsets, weights);
    if (m_tap && m_tap->armed()) m_tap->record("bag", bags, false);
    return m_out->forward(bags);
}

}  // namespace ts
