// Word splitting, n-gram hashing and the figures built on them.
#include "core/text/TextMetrics.h"

#include "core/text/Unicode.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace ts {

namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;
constexpr uint64_t kCombine = 0x9E3779B97F4A7C15ull;  // odd multiplier that mixes word hashes into an n-gram hash
constexpr int kRepetitionN = 4;

uint64_t wordHash(std::string_view word) {
    uint64_t h = kFnvOffset;
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
    return h;
}

/// Hash of the n-gram whose last word is hashes[end - 1].
uint64_t ngramHash(const std::vector<uint64_t>& hashes, size_t end, int n) {
    uint64_t h = 0;
    for (size_t i = end - size_t(n); i < end; ++i) h = (h ^ hashes[i]) * kCombine + (h >> 29);
    return h;
}

std::vector<uint64_t> wordHashes(const std::vector<WordSpan>& words) {
    std::vector<uint64_t> hashes;
    hashes.reserve(words.size());
    for (const WordSpan& w : words) hashes.push_back(wordHash(w.text));
    return hashes;
}

/// Unique ÷ total n-grams (0 when there are none).
double uniqueShare(const std::vector<WordSpan>& words, int n) {
    if (n <= 0 || words.size() < size_t(n)) return 0.0;
    const std::vector<uint64_t> hashes = wordHashes(words);
    std::unordered_set<uint64_t> unique;
    const size_t total = hashes.size() - size_t(n) + 1;
    for (size_t end = size_t(n); end <= hashes.size(); ++end) unique.insert(ngramHash(hashes, end, n));
    return double(unique.size()) / double(total);
}

}  // namespace

double bitsPerByte(double totalNats, int64_t bytes) {
    if (bytes <= 0) return std::numeric_limits<double>::quiet_NaN();
    return totalNats / std::log(2.0) / double(bytes);
}

double perplexity(double meanNats) { return std::exp(meanNats); }

int64_t targetBytes(const std::vector<int32_t>& ids, const std::vector<int32_t>& byteLengths) {
    int64_t total = 0;
    for (int32_t id : ids)
        if (id >= 0 && size_t(id) < byteLengths.size()) total += byteLengths[size_t(id)];
    return total;
}

std::vector<WordSpan> splitWords(std::string_view text) {
    std::vector<WordSpan> words;
    size_t start = std::string_view::npos;
    for (size_t pos = 0; pos < text.size();) {
        const size_t at = pos;
        const char32_t cp = utf8::next(text, pos);
        const bool word = unicode::isWordChar(cp);
        if (word && start == std::string_view::npos) start = at;
        if (!word && start != std::string_view::npos) {
            words.push_back({text.substr(start, at - start), start});
            start = std::string_view::npos;
        }
    }
    if (start != std::string_view::npos) words.push_back({text.substr(start), start});
    return words;
}

double distinctN(const std::vector<WordSpan>& words, int n) { return uniqueShare(words, n); }

double repetitionRate(const std::vector<WordSpan>& words, int n) {
    if (n <= 0 || words.size() < size_t(n)) return 0.0;
    return 1.0 - uniqueShare(words, n);
}

NgramIndex::NgramIndex(const std::vector<std::string_view>& parts, int n) : m_n(std::max(1, n)) {
    std::vector<uint64_t> hashes;
    for (std::string_view part : parts)
        for (const WordSpan& w : splitWords(part)) hashes.push_back(wordHash(w.text));
    if (hashes.size() >= size_t(m_n)) {
        m_hashes.reserve(hashes.size() - size_t(m_n) + 1);
        for (size_t end = size_t(m_n); end <= hashes.size(); ++end) m_hashes.push_back(ngramHash(hashes, end, m_n));
    }
    std::sort(m_hashes.begin(), m_hashes.end());
    m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
}

double NgramIndex::memorizedShare(const std::vector<WordSpan>& words) const {
    if (words.size() < size_t(m_n)) return 0.0;
    const std::vector<uint64_t> hashes = wordHashes(words);
    size_t found = 0, total = 0;
    for (size_t end = size_t(m_n); end <= hashes.size(); ++end, ++total)
        found += std::binary_search(m_hashes.begin(), m_hashes.end(), ngramHash(hashes, end, m_n)) ? 1 : 0;
    return double(found) / double(total);
}

SampleMetrics sampleMetrics(std::string_view sample, const NgramIndex* training) {
    const std::vector<WordSpan> words = splitWords(sample);
    SampleMetrics m;
    m.words = static_cast<int64_t>(words.size());
    m.distinct1 = distinctN(words, 1);
    m.distinct2 = distinctN(words, 2);
    m.repetition = repetitionRate(words, kRepetitionN);
    m.memorization = training ? training->memorizedShare(words) : 0.0;
    return m;
}

}  // namespace ts
