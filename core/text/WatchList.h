// The watch list of issue 14: words or phrases to look for in generated text, matched as whole words and
// case-insensitively in any script (Latin, Greek, Cyrillic, Armenian fold case; other scripts match exactly).
// Torch-free, Qt-free.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ts {

/// One match of a watch-list entry in a text.
struct WatchHit {
    size_t entry = 0;  ///< index into WatchList::entries()
    size_t begin = 0;  ///< byte offset of the match's first byte
    size_t end = 0;    ///< byte offset just past its last byte
};

/// Entries (one per line of a file) and the matcher. Words are runs of letters and digits (TextMetrics.h), so an
/// entry "don't" matches "don't" and "don t", and "cat" never matches inside "concat" or "cats".
class WatchList {
public:
    WatchList() = default;
    /// The entries of `contents`, one per line; blank lines and lines without a word character are skipped.
    static WatchList fromText(std::string_view contents);
    /// Reads a list file; throws std::runtime_error naming the file when it is missing, binary or not UTF-8.
    static WatchList load(const std::string& path);

    /// The entries, as written (trimmed).
    const std::vector<std::string>& entries() const { return m_entries; }
    /// True when there is nothing to look for.
    bool empty() const { return m_entries.empty(); }
    /// Every match in `text`, in text order (overlapping matches of different entries are all reported).
    std::vector<WatchHit> find(std::string_view text) const;
    /// Matches per entry (index = entry).
    std::vector<int64_t> countPerEntry(const std::vector<WatchHit>& hits) const;

private:
    std::vector<std::string> m_entries;
    std::vector<std::vector<std::string>> m_words;                  ///< lower-cased words of each entry
    std::unordered_map<std::string, std::vector<size_t>> m_byFirst;  ///< entries by their first word
};

}  // namespace ts
