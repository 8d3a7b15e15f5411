// Character tokenizer: ASCII through a table, other code points through a hash map.
#include "core/text/CharTokenizer.h"

#include "core/common/Json.h"
#include "core/common/Numbers.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <stdexcept>

namespace ts {

namespace {

constexpr char32_t kMaxCodePoint = 0x10FFFF;
constexpr char32_t kFirstPrintable = 0x20;

}  // namespace

CharTokenizer CharTokenizer::train(const std::vector<std::string_view>& trainText) {
    std::vector<bool> seen(kMaxCodePoint + 1, false);
    for (std::string_view part : trainText) {
        for (size_t pos = 0; pos < part.size();) {
            const auto c = static_cast<unsigned char>(part[pos]);
            if (c < 0x80) {
                seen[c] = true;
                ++pos;
            } else {
                seen[utf8::next(part, pos)] = true;
            }
        }
    }
    std::vector<char32_t> codePoints;
    for (char32_t cp = 0; cp <= kMaxCodePoint; ++cp)
        if (seen[cp]) codePoints.push_back(cp);
    return CharTokenizer(std::move(codePoints));
}

CharTokenizer::CharTokenizer(std::vector<char32_t> codePoints) : m_codePoints(std::move(codePoints)) {
    std::sort(m_codePoints.begin(), m_codePoints.end());
    m_codePoints.erase(std::unique(m_codePoints.begin(), m_codePoints.end()), m_codePoints.end());
    m_asciiIds.fill(unknownId());
    for (size_t i = 0; i < m_codePoints.size(); ++i) {
        const char32_t cp = m_codePoints[i];
        if (cp < kAsciiSize) m_asciiIds[cp] = static_cast<int32_t>(i);
        else m_otherIds.emplace(cp, static_cast<int32_t>(i));
    }
}

CharTokenizer CharTokenizer::fromJson(const Json& doc) {
    const Json& list = doc["code_points"];
    if (!list.isArray()) throw std::runtime_error("the saved char tokenizer has no \"code_points\" list");
    std::vector<char32_t> codePoints;
    for (int64_t v : integersOf(list)) {
        if (v < 0 || v > int64_t(kMaxCodePoint)) throw std::runtime_error("the saved char tokenizer holds an invalid code point " + std::to_string(v));
        codePoints.push_back(char32_t(v));
    }
    return CharTokenizer(std::move(codePoints));
}

void CharTokenizer::encodeAppend(std::string_view text, std::vector<int32_t>& ids) const {
    ids.reserve(ids.size() + text.size());
    const int32_t unk = unknownId();
    for (size_t pos = 0; pos < text.size();) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c < kAsciiSize) {
            ids.push_back(m_asciiIds[c]);
            ++pos;
            continue;
        }
        const auto it = m_otherIds.find(utf8::next(text, pos));
        ids.push_back(it == m_otherIds.end() ? unk : it->second);
    }
}

std::string CharTokenizer::decode(const std::vector<int32_t>& ids) const {
    std::string out;
    out.reserve(ids.size());
    for (int32_t id : ids) {
        const bool known = id >= 0 && size_t(id) < m_codePoints.size();
        utf8::append(out, known ? m_codePoints[size_t(id)] : utf8::kReplacement);
    }
    return out;
}

std::string CharTokenizer::tokenLabel(int32_t id) const {
    if (id < 0 || size_t(id) >= m_codePoints.size()) return "<unk>";
    const char32_t cp = m_codePoints[size_t(id)];
    if (cp == '\n') return "\\n";
    if (cp == '\t') return "\\t";
    if (cp == '\r') return "\\r";
    if (cp < kFirstPrintable || cp == 0x7F) return formatC("\\x%02X", unsigned(cp));
    std::string out;
    utf8::append(out, cp);
    return out;
}

std::vector<int32_t> CharTokenizer::tokenByteLengths() const {
    std::vector<int32_t> lengths;
    lengths.reserve(m_codePoints.size() + 1);
    for (char32_t cp : m_codePoints) lengths.push_back(utf8::encodedLength(cp));
    lengths.push_back(utf8::encodedLength(utf8::kReplacement));
    return lengths;
}

std::string CharTokenizer::toJson() const {
    std::vector<int64_t> codePoints(m_codePoints.begin(), m_codePoints.end());
    Json doc;
    doc.set("kind", "char");
    doc.set("code_points", jsonArray(codePoints));
    doc.set("unknown_id", int64_t(unknownId()));
    return doc.dump();
}

}  // namespace ts
