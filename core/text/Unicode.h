// The few Unicode properties the text tools need without ICU: word characters, lower case for Latin, Greek,
// Cyrillic and Armenian, and the script of a letter. Torch-free, Qt-free.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ts::unicode {

/// Scripts the preview tells apart; Other covers letters of every script not listed.
enum class Script { None, Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Thai, Georgian, Hangul, Kana, Han, Other };

/// True for letters, digits and combining marks of any script: what words are made of. Punctuation,
/// symbols, spaces, controls, emoji and the CJK punctuation blocks are not.
bool isWordChar(char32_t cp);
/// True for letters (word characters that are not digits or combining marks).
bool isLetter(char32_t cp);
/// Lower case of `cp` for Latin (ASCII, Latin-1, Extended-A, Extended Additional), Greek (final sigma folds
/// to sigma), Cyrillic, Armenian and full-width Latin; other code points are returned unchanged.
char32_t toLower(char32_t cp);
/// `text` with every code point lower-cased by toLower.
std::string lowerCase(std::string_view text);
/// A word of a text: a run of word characters (isWordChar), as byte offsets.
struct WordSpan {
    size_t begin = 0;
    size_t end = 0;
};
/// The words of `text` (valid UTF-8) in order.
std::vector<WordSpan> wordSpans(std::string_view text);
/// The lower-cased words of `text` in order.
std::vector<std::string> lowerCaseWords(std::string_view text);
/// The words of `text` and, between them, its runs of punctuation and symbols and its line breaks (each run of
/// line breaks is one span), in order; other white space separates them.
std::vector<WordSpan> tokenSpans(std::string_view text);
/// The script of a letter (None for anything that is not a letter).
Script scriptOf(char32_t cp);
/// "Latin", "Cyrillic", ...
const char* scriptName(Script script);

}  // namespace ts::unicode
