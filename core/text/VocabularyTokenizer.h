// The tokenizer of a TorchScript language model that lists its vocabulary (a `vocab` attribute: one string per id),
// as Python character models do: text is cut greedily into the longest entries, and text no entry covers becomes an
// unknown token whose id (the last, one past the module's) the module cannot take. Torch-free, Qt-free.
#pragma once

#include "core/text/Tokenizer.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace ts {

/// Maps text to the ids of a given list of token strings, longest match first.
class VocabularyTokenizer : public Tokenizer {
public:
    /// The tokenizer of `entries` (id = index); throws std::runtime_error when the list is empty, an entry is empty
    /// or not UTF-8, or an entry repeats.
    explicit VocabularyTokenizer(std::vector<std::string> entries);

    std::string kind() const override { return "vocab"; }
    /// The entries plus the unknown token.
    int64_t vocabSize() const override { return int64_t(m_entries.size()) + 1; }
    void encodeAppend(std::string_view text, std::vector<int32_t>& ids) const override;
    std::string decode(const std::vector<int32_t>& ids) const override;
    /// One past the last entry.
    int32_t unknownId() const override { return int32_t(m_entries.size()); }
    std::string tokenLabel(int32_t id) const override;
    /// Each entry's UTF-8 length; the unknown token counts as one code point's bytes of U+FFFD (3).
    std::vector<int32_t> tokenByteLengths() const override;
    /// {"kind": "vocab", "entries": [...]}.
    std::string toJson() const override;

    /// Appends the ids of `text` and the byte offset in `text` where each token starts; an unknown token stands for
    /// one code point.
    void encodeWithOffsets(std::string_view text, std::vector<int32_t>& ids, std::vector<int64_t>& begins) const;

private:
    std::vector<std::string> m_entries;
    std::unordered_map<std::string, int32_t> m_ids;
    size_t m_longestEntry = 0;  ///< bytes
};

}  // namespace ts
