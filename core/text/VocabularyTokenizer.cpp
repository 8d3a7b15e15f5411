// Greedy longest-match tokenization over a listed vocabulary.
#include "core/text/VocabularyTokenizer.h"

#include "core/common/Json.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <stdexcept>

namespace ts {

namespace {

constexpr const char* kUnknownLabel = "<unk>";

}  // namespace

VocabularyTokenizer::VocabularyTokenizer(std::vector<std::string> entries) : m_entries(std::move(entries)) {
    if (m_entries.empty()) throw std::runtime_error("the vocabulary is empty");
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const std::string& e = m_entries[i];
        if (e.empty()) throw std::runtime_error("entry " + std::to_string(i) + " of the vocabulary is empty");
        if (utf8::findInvalid(e).found)
            throw std::runtime_error("entry " + std::to_string(i) + " of the vocabulary is not valid UTF-8");
        if (!m_ids.emplace(e, int32_t(i)).second)
            throw std::runtime_error("the vocabulary lists '" + e + "' twice (ids " + std::to_string(m_ids[e]) +
                                     " and " + std::to_string(i) + ")");
        m_longestEntry = std::max(m_longestEntry, e.size());
    }
}

void VocabularyTokenizer::encodeWithOffsets(std::string_view text, std::vector<int32_t>& ids,
                                            std::vector<int64_t>& begins) const {
    size_t pos = 0;
    std::string key;
    while (pos < text.size()) {
        size_t matched = 0;
        int32_t id = unknownId();
        for (size_t len = std::min(m_longestEntry, text.size() - pos); len > 0; --len) {
            key.assign(text.substr(pos, len));
            const auto it = m_ids.find(key);
            if (it != m_ids.end()) {
                matched = len;
                id = it->second;
                break;
            }
        }
        if (matched == 0) matched = std::max<size_t>(1, utf8::sequenceLength(text, pos));
        ids.push_back(id);
        begins.push_back(int64_t(pos));
        pos += matched;
    }
}

void VocabularyTokenizer::encodeAppend(std::string_view text, std::vector<int32_t>& ids) const {
    std::vector<int64_t> begins;
    encodeWithOffsets(text, ids, begins);
}

std::string VocabularyTokenizer::decode(const std::vector<int32_t>& ids) const {
    std::string out;
    for (int32_t id : ids) {
        if (id >= 0 && size_t(id) < m_entries.size()) out += m_entries[size_t(id)];
        else utf8::append(out, utf8::kReplacement);
    }
    return out;
}

std::string VocabularyTokenizer::tokenLabel(int32_t id) const {
    if (id < 0 || size_t(id) >= m_entries.size()) return kUnknownLabel;
    const std::string& e = m_entries[size_t(id)];
    if (e == "\n") return "\\n";
    if (e == "\t") return "\\t";
    if (e == "\r") return "\\r";
    return e;
}

std::vector<int32_t> VocabularyTokenizer::tokenByteLengths() const {
    std::vector<int32_t> lengths;
    lengths.reserve(m_entries.size() + 1);
    for (const std::string& e : m_entries) lengths.push_back(int32_t(e.size()));
    lengths.push_back(utf8::encodedLength(utf8::kReplacement));
    return lengths;
}

std::string VocabularyTokenizer::toJson() const {
    Json doc;
    doc.set("kind", kind());
    doc.set("entries", jsonArray(m_entries));
    return doc.dump();
}

}  // namespace ts
