// Watch-list matching over lower-cased words: the candidates of each word are the entries starting with it.
#include "core/text/WatchList.h"

#include "core/text/MappedFile.h"
#include "core/text/TextCorpus.h"
#include "core/text/TextMetrics.h"
#include "core/text/Unicode.h"

namespace ts {

namespace {

std::string_view trimmed(std::string_view s) {
    const size_t first = s.find_first_not_of(" \t\r\f\v");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\f\v") - first + 1);
}

}  // namespace

WatchList WatchList::fromText(std::string_view contents) {
    WatchList list;
    for (size_t pos = 0; pos <= contents.size();) {
        size_t end = contents.find('\n', pos);
        if (end == std::string_view::npos) end = contents.size();
        const std::string_view line = trimmed(contents.substr(pos, end - pos));
        pos = end + 1;
        std::vector<std::string> words;
        for (const WordSpan& w : splitWords(line)) words.push_back(unicode::lowerCase(w.text));
        if (words.empty()) continue;
        list.m_byFirst[words.front()].push_back(list.m_entries.size());
        list.m_entries.emplace_back(line);
        list.m_words.push_back(std::move(words));
    }
    return list;
}

WatchList WatchList::load(const std::string& path) {
    const MappedFile file(path);
    checkTextBytes(file.bytes(), path);
    return fromText(file.bytes());
}

std::vector<WatchHit> WatchList::find(std::string_view text) const {
    std::vector<WatchHit> hits;
    if (m_entries.empty()) return hits;
    const std::vector<WordSpan> words = splitWords(text);
    std::vector<std::string> lower;
    lower.reserve(words.size());
    for (const WordSpan& w : words) lower.push_back(unicode::lowerCase(w.text));
    for (size_t i = 0; i < lower.size(); ++i) {
        const auto candidates = m_byFirst.find(lower[i]);
        if (candidates == m_byFirst.end()) continue;
        for (size_t entry : candidates->second) {
            const std::vector<std::string>& want = m_words[entry];
            if (i + want.size() > lower.size()) continue;
            bool match = true;
            for (size_t k = 1; k < want.size() && match; ++k) match = lower[i + k] == want[k];
            if (!match) continue;
            const WordSpan& last = words[i + want.size() - 1];
            hits.push_back({entry, words[i].offset, last.offset + last.text.size()});
        }
    }
    return hits;
}

std::vector<int64_t> WatchList::countPerEntry(const std::vector<WatchHit>& hits) const {
    std::vector<int64_t> counts(m_entries.size(), 0);
    for (const WatchHit& h : hits)
        if (h.entry < counts.size()) ++counts[h.entry];
    return counts;
}

}  // namespace ts
