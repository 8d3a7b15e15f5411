// Figures of language-model evaluation and of generated samples: bits per byte, perplexity, distinct-n,
// repetition and memorization. Torch-free, Qt-free.
//
// Words: a sample's words are its maximal runs of word characters (letters, digits and combining marks of any
// script, see unicode::isWordChar); punctuation, spaces and symbols separate words and are not counted. Words
// keep their case. The n-gram figures count word n-grams.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

/// Bits per byte: total nats ÷ ln 2 ÷ UTF-8 bytes of the target text (NaN when there are no bytes).
double bitsPerByte(double totalNats, int64_t bytes);
/// Perplexity of a mean loss in nats: exp(meanNats).
double perplexity(double meanNats);
/// UTF-8 bytes of the text behind target tokens `ids`, given each id's byte length (Tokenizer::tokenByteLengths).
int64_t targetBytes(const std::vector<int32_t>& ids, const std::vector<int32_t>& byteLengths);

/// One word of a text and where it is.
struct WordSpan {
    std::string_view text;  ///< a view into the text that was split
    size_t offset = 0;      ///< byte offset of its first byte
};

/// The words of `text` in order.
std::vector<WordSpan> splitWords(std::string_view text);
/// distinct-n: unique word n-grams ÷ word n-grams of the sample (0 when it has fewer than n words).
double distinctN(const std::vector<WordSpan>& words, int n);
/// Repetition: 1 − unique ÷ total word 4-grams (any n given) within the sample (0 when it has fewer than n words).
double repetitionRate(const std::vector<WordSpan>& words, int n = 4);

/// The word n-grams (hashed, 64 bits) of a training text, built once, to ask which n-grams of a sample occur
/// verbatim in it. A sorted array of hashes: 8 bytes per word of training text.
class NgramIndex {
public:
    /// Words of memorization n-grams, as issue 14 asks.
    static constexpr int kDefaultN = 8;

    NgramIndex() = default;
    /// Indexes the word n-grams of `parts`, read as one text.
    explicit NgramIndex(const std::vector<std::string_view>& parts, int n = kDefaultN);
    /// Share of the word n-grams of `words` found in the index (0 when the sample has fewer than n words).
    double memorizedShare(const std::vector<WordSpan>& words) const;
    /// The n of the n-grams.
    int n() const { return m_n; }
    /// Number of distinct n-grams indexed.
    size_t size() const { return m_hashes.size(); }

private:
    int m_n = kDefaultN;
    std::vector<uint64_t> m_hashes;
};

/// The per-sample figures of issue 14.
struct SampleMetrics {
    int64_t words = 0;
    double distinct1 = 0.0;
    double distinct2 = 0.0;
    double repetition = 0.0;     ///< repeated share of the word 4-grams
    double memorization = 0.0;   ///< share of word 8-grams found in the training text (0 without an index)
};

/// Computes the sample figures of `sample`; `training` may be null.
SampleMetrics sampleMetrics(std::string_view sample, const NgramIndex* training);

}  // namespace ts
