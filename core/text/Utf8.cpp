// UTF-8 as RFC 3629 defines it: at most four bytes, no overlong forms, no surrogates, nothing above U+10FFFF.
#include "core/text/Utf8.h"

#include <algorithm>
#include <cstring>

namespace ts::utf8 {

namespace {

constexpr char32_t kMaxCodePoint = 0x10FFFF;
constexpr uint64_t kHighBits = 0x8080808080808080ull;  // the top bit of each byte of a word
constexpr size_t kWordBytes = 8;

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

// The lead byte gives the length; the second byte's range rules out overlong forms and surrogates.
size_t sequenceLength(std::string_view text, size_t pos) {
    const auto at = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const unsigned char c = at(0);
    if (c < 0x80) return 1;
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else return 0;
    if (pos + len > text.size()) return 0;
    if (at(1) < lo || at(1) > hi) return 0;
    for (size_t i = 2; i < len; ++i)
        if (!isContinuation(at(i))) return 0;
    return len;
}

Utf8Problem findInvalid(std::string_view text) {
    size_t pos = 0;
    while (pos < text.size()) {
        if (pos + kWordBytes <= text.size()) {
            uint64_t word;
            std::memcpy(&word, text.data() + pos, kWordBytes);
            if ((word & kHighBits) == 0) {
                pos += kWordBytes;
                continue;
            }
        }
        const size_t len = sequenceLength(text, pos);
        if (len == 0) return {true, pos, lineOfOffset(text, pos)};
        pos += len;
    }
    return {};
}

char32_t next(std::string_view text, size_t& pos) {
    const size_t len = sequenceLength(text, pos);
    const auto b = [&](size_t i) { return char32_t(static_cast<unsigned char>(text[pos + i])); };
    char32_t cp = kReplacement;
    switch (len) {
    case 1: cp = b(0); break;
    case 2: cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F); break;
    case 3: cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); break;
    case 4: cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F); break;
    default: break;
    }
    pos += len == 0 ? 1 : len;
    return cp;
}

int encodedLength(char32_t cp) {
    if (cp < 0x80) return 1;
    if (cp < 0x800) return 2;
    if (cp < 0x10000) return 3;
    return 4;
}

void append(std::string& out, char32_t cp) {
    if (cp > kMaxCodePoint || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
    switch (encodedLength(cp)) {
    case 1: out += char(cp); break;
    case 2:
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
        break;
    case 3:
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
        break;
    default:
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
        break;
    }
}

int64_t countCodePoints(std::string_view text) {
    int64_t n = 0;
    for (char c : text) n += isContinuation(static_cast<unsigned char>(c)) ? 0 : 1;
    return n;
}

size_t boundaryAtOrAfter(std::string_view text, size_t pos) {
    while (pos < text.size() && isContinuation(static_cast<unsigned char>(text[pos]))) ++pos;
    return std::min(pos, text.size());
}

size_t chunkEnd(std::string_view text, size_t pos, size_t maxBytes) {
    if (text.size() - pos <= maxBytes) return text.size();
    const size_t limit = pos + std::max<size_t>(maxBytes, 1);
    const size_t lf = text.rfind('\n', limit - 1);
    if (lf != std::string_view::npos && lf >= pos) return lf + 1;
    const size_t end = boundaryAtOrAfter(text, limit);
    return end;
}

int64_t lineOfOffset(std::string_view text, size_t offset) {
    const size_t end = std::min(offset, text.size());
    return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n');
}

}  // namespace ts::utf8
