// UTF-8 decoding, encoding and validation for the text data sets. Torch-free, Qt-free.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::utf8 {

/// The replacement character U+FFFD, what a decoder shows for an unknown token.
constexpr char32_t kReplacement = 0xFFFD;

/// Where a byte string stops being valid UTF-8.
struct Utf8Problem {
    bool found = false;   ///< false: the whole string is valid
    size_t offset = 0;    ///< 0-based byte offset of the first bad byte
    int64_t line = 0;     ///< 1-based line of that byte
};

/// Length of the valid UTF-8 sequence starting at text[pos], or 0 when it is invalid there (a stray
/// continuation byte, an overlong form, a surrogate, a value above U+10FFFF or a truncated sequence).
size_t sequenceLength(std::string_view text, size_t pos);
/// The first invalid byte of `text`, with its line; ASCII runs are skipped eight bytes at a time.
Utf8Problem findInvalid(std::string_view text);
/// Decodes the code point at text[pos] and advances pos; an invalid byte yields U+FFFD and advances by one.
char32_t next(std::string_view text, size_t& pos);
/// Appends the UTF-8 form of `cp` to `out`.
void append(std::string& out, char32_t cp);
/// Number of bytes `cp` takes in UTF-8.
int encodedLength(char32_t cp);
/// Number of code points in valid UTF-8 `text`.
int64_t countCodePoints(std::string_view text);
/// The first code-point boundary at or after `pos` (text.size() at most).
size_t boundaryAtOrAfter(std::string_view text, size_t pos);
/// The end of a chunk of `text` that starts at `pos` and holds at most `maxBytes` (at least one character): just
/// after the last line feed within the limit when there is one, else at a character boundary.
size_t chunkEnd(std::string_view text, size_t pos, size_t maxBytes);
/// 1-based line number of byte `offset` (counts the line feeds before it).
int64_t lineOfOffset(std::string_view text, size_t offset);

}  // namespace ts::utf8
