// Base64 with the standard alphabet; decoding refuses anything else, so a damaged document is noticed.
#include "core/common/Base64.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>

namespace ts {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr int kNotBase64 = -1;
constexpr size_t kGroupChars = 4;

std::array<int, 256> decodeTable() {
    std::array<int, 256> table{};
    table.fill(kNotBase64);
    for (size_t i = 0; i < kAlphabet.size(); ++i) table[static_cast<unsigned char>(kAlphabet[i])] = int(i);
    return table;
}

}  // namespace

std::string base64Encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * kGroupChars);
    for (size_t i = 0; i < bytes.size(); i += 3) {
        const size_t n = std::min<size_t>(3, bytes.size() - i);
        uint32_t group = 0;
        for (size_t k = 0; k < 3; ++k) group = (group << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        for (size_t k = 0; k < kGroupChars; ++k) out += k <= n ? kAlphabet[(group >> (18 - 6 * k)) & 0x3F] : '=';
    }
    return out;
}

std::string base64Decode(std::string_view text) {
    static const std::array<int, 256> table = decodeTable();
    if (text.size() % kGroupChars != 0) throw std::runtime_error("base64 text has a length that is not a multiple of 4");
    std::string out;
    out.reserve(text.size() / kGroupChars * 3);
    for (size_t i = 0; i < text.size(); i += kGroupChars) {
        uint32_t group = 0;
        int padding = 0;
        for (size_t k = 0; k < kGroupChars; ++k) {
            const char c = text[i + k];
            const bool pad = c == '=' && i + kGroupChars == text.size() && k >= 2 && (k == 3 || text[i + 3] == '=');
            const int v = pad ? 0 : table[static_cast<unsigned char>(c)];
            if (v == kNotBase64) throw std::runtime_error("invalid base64 character at offset " + std::to_string(i + k));
            padding += pad ? 1 : 0;
            group = (group << 6) | uint32_t(v);
        }
        for (int k = 0; k < 3 - padding; ++k) out += char((group >> (16 - 8 * k)) & 0xFF);
    }
    return out;
}

}  // namespace ts
