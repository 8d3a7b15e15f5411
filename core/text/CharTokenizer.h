// The character tokenizer: one token per Unicode code point of the training text, sorted by code point, and an
// unknown token (the last id) for code points that only appear elsewhere. Torch-free, Qt-free.
#pragma once

#include "core/text/Tokenizer.h"

#include <array>
#include <unordered_map>

namespace ts {

class Json;

/// One token per code point seen in training, plus an unknown token.
class CharTokenizer : public Tokenizer {
public:
    /// The tokenizer of the code points in `trainText`.
    static CharTokenizer train(const std::vector<std::string_view>& trainText);
    /// The tokenizer of `codePoints` (sorted and made unique here).
    explicit CharTokenizer(std::vector<char32_t> codePoints);
    /// Reads the "code_points" of a toJson document; throws std::runtime_error when they are missing or invalid.
    static CharTokenizer fromJson(const Json& doc);

    std::string kind() const override { return "char"; }
    int64_t vocabSize() const override { return static_cast<int64_t>(m_codePoints.size()) + 1; }
    void encodeAppend(std::string_view text, std::vector<int32_t>& ids) const override;
    std::string decode(const std::vector<int32_t>& ids) const override;
    int32_t unknownId() const override { return static_cast<int32_t>(m_codePoints.size()); }
    std::string tokenLabel(int32_t id) const override;
    /// Each code point's UTF-8 length; the unknown token counts as U+FFFD, what it decodes to (3 bytes).
    std::vector<int32_t> tokenByteLengths() const override;
    std::string toJson() const override;

    /// The code points, in id order.
    const std::vector<char32_t>& codePoints() const { return m_codePoints; }

private:
    static constexpr size_t kAsciiSize = 128;
    std::vector<char32_t> m_codePoints;
    std::array<int32_t, kAsciiSize> m_asciiIds{};
    std::unordered_map<char32_t, int32_t> m_otherIds;
};

}  // namespace ts
