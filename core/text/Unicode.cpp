// Hand-made tables of the Unicode blocks that matter for word splitting, case folding and script naming.
#include "core/text/Unicode.h"

#include "core/text/Utf8.h"

namespace ts::unicode {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

bool inAny(char32_t cp, std::initializer_list<Range> ranges) {
    for (const Range& r : ranges)
        if (cp >= r.first && cp <= r.last) return true;
    return false;
}

/// Blocks of punctuation, symbols, spaces and emoji above ASCII (not word characters).
bool isNonWordAboveAscii(char32_t cp) {
    return cp == 0xD7 || cp == 0xF7 ||
           inAny(cp, {{0x80, 0xBF},       {0x2000, 0x2BFF}, {0x2E00, 0x2E7F}, {0x3000, 0x3003}, {0x3008, 0x3020},
                      {0x3030, 0x3030},   {0xFE00, 0xFE0F}, {0xFE10, 0xFE1F}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF0F},
                      {0xFF1A, 0xFF20},   {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF},
                      {0xE0000, 0xE007F}, {0x055A, 0x055F}, {0x0589, 0x058A}, {0x05BE, 0x05BE}, {0x05C0, 0x05C0},
                      {0x05F3, 0x05F4},   {0x060C, 0x060D}, {0x061B, 0x061F}, {0x066A, 0x066D}, {0x06D4, 0x06D4},
                      {0x0964, 0x0965},   {0x0E3F, 0x0E3F}, {0x0E4F, 0x0E4F}, {0x037E, 0x037E}, {0x0387, 0x0387}});
}

bool isCombiningMark(char32_t cp) {
    return inAny(cp, {{0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x064B, 0x065F}, {0x0900, 0x0903},
                      {0x093A, 0x094F}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1AB0, 0x1AFF},
                      {0x1DC0, 0x1DFF}, {0x20D0, 0x20FF}, {0xFE20, 0xFE2F}});
}

bool isDigit(char32_t cp) {
    return (cp >= '0' && cp <= '9') ||
           inAny(cp, {{0x0660, 0x0669}, {0x06F0, 0x06F9}, {0x0966, 0x096F}, {0x0E50, 0x0E59}, {0xFF10, 0xFF19}});
}

/// Latin Extended-A: pairs are (even upper, odd lower) except 0x0139-0x0148 and 0x0179-0x017E (odd upper).
char32_t lowerLatinExtendedA(char32_t cp) {
    if (cp == 0x0130) return 'i';
    if (cp == 0x0178) return 0xFF;
    if (cp == 0x0138 || cp == 0x0149 || cp == 0x017F) return cp;
    const bool oddUpper = (cp >= 0x0139 && cp <= 0x0148) || (cp >= 0x0179 && cp <= 0x017E);
    if (oddUpper) return (cp % 2 == 1) ? cp + 1 : cp;
    return (cp % 2 == 0) ? cp + 1 : cp;
}

char32_t lowerGreek(char32_t cp) {
    if (cp == 0x03C2) return 0x03C3;  // final sigma folds to sigma
    if (cp == 0x0386) return 0x03AC;
    if (cp >= 0x0388 && cp <= 0x038A) return cp + 0x25;
    if (cp == 0x038C) return 0x03CC;
    if (cp == 0x038E || cp == 0x038F) return cp + 0x3F;
    if (cp >= 0x0391 && cp <= 0x03AB && cp != 0x03A2) return cp + 0x20;
    return cp;
}

char32_t lowerCyrillic(char32_t cp) {
    if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;
    if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;
    if (cp == 0x04C0) return 0x04CF;
    if (cp >= 0x04C1 && cp <= 0x04CE) return (cp % 2 == 1) ? cp + 1 : cp;
    const bool evenUpper = (cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) || (cp >= 0x04D0 && cp <= 0x052F);
    if (evenUpper) return (cp % 2 == 0) ? cp + 1 : cp;
    return cp;
}

}  // namespace

bool isWordChar(char32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return !isNonWordAboveAscii(cp);
}

bool isLetter(char32_t cp) { return isWordChar(cp) && !isDigit(cp) && !isCombiningMark(cp); }

char32_t toLower(char32_t cp) {
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 0x20 : cp;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
    if (cp >= 0x0100 && cp <= 0x017F) return lowerLatinExtendedA(cp);
    if (cp >= 0x0370 && cp <= 0x03FF) return lowerGreek(cp);
    if (cp >= 0x0400 && cp <= 0x052F) return lowerCyrillic(cp);
    if (cp >= 0x0531 && cp <= 0x0556) return cp + 0x30;
    if (cp >= 0x1E00 && cp <= 0x1EFF && !(cp >= 0x1E96 && cp <= 0x1E9F)) return (cp % 2 == 0) ? cp + 1 : cp;
    if (cp >= 0xFF21 && cp <= 0xFF3A) return cp + 0x20;
    return cp;
}

std::string lowerCase(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) utf8::append(out, toLower(utf8::next(text, pos)));
    return out;
}

std::vector<WordSpan> wordSpans(std::string_view text) {
    std::vector<WordSpan> words;
    bool inWord = false;
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t at = pos;
        const bool word = isWordChar(utf8::next(text, pos));
        if (word && !inWord) words.push_back({at, at});
        if (word) words.back().end = pos;
        inWord = word;
    }
    return words;
}

std::vector<WordSpan> tokenSpans(std::string_view text) {
    enum class Kind { Space, Word, Symbol, LineBreak };
    std::vector<WordSpan> spans;
    Kind previous = Kind::Space;
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t at = pos;
        const char32_t cp = utf8::next(text, pos);
        const Kind kind = isWordChar(cp)                            ? Kind::Word
                          : cp == U'\n'                            ? Kind::LineBreak
                          : cp == U' ' || cp == U'\t' || cp == U'\r' || cp == 0xA0 ? Kind::Space
                                                                    : Kind::Symbol;
        if (kind != Kind::Space && kind != previous) spans.push_back({at, at});
        if (kind != Kind::Space) spans.back().end = pos;
        previous = kind;
    }
    return spans;
}

std::vector<std::string> lowerCaseWords(std::string_view text) {
    std::vector<std::string> words;
    for (const WordSpan& w : wordSpans(text)) words.push_back(lowerCase(text.substr(w.begin, w.end - w.begin)));
    return words;
}

Script scriptOf(char32_t cp) {
    if (!isLetter(cp)) return Script::None;
    if (cp < 0x0250 || inAny(cp, {{0x1E00, 0x1EFF}, {0xFF21, 0xFF5A}})) return Script::Latin;
    if (inAny(cp, {{0x0370, 0x03FF}, {0x1F00, 0x1FFF}})) return Script::Greek;
    if (cp >= 0x0400 && cp <= 0x052F) return Script::Cyrillic;
    if (cp >= 0x0530 && cp <= 0x058F) return Script::Armenian;
    if (cp >= 0x0590 && cp <= 0x05FF) return Script::Hebrew;
    if (inAny(cp, {{0x0600, 0x06FF}, {0x0750, 0x077F}})) return Script::Arabic;
    if (cp >= 0x0900 && cp <= 0x097F) return Script::Devanagari;
    if (cp >= 0x0E00 && cp <= 0x0E7F) return Script::Thai;
    if (cp >= 0x10A0 && cp <= 0x10FF) return Script::Georgian;
    if (inAny(cp, {{0x1100, 0x11FF}, {0xAC00, 0xD7AF}, {0x3130, 0x318F}})) return Script::Hangul;
    if (cp >= 0x3040 && cp <= 0x30FF) return Script::Kana;
    if (inAny(cp, {{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0x20000, 0x2FFFF}, {0xF900, 0xFAFF}})) return Script::Han;
    return Script::Other;
}

const char* scriptName(Script script) {
    switch (script) {
    case Script::None: return "none";
    case Script::Latin: return "Latin";
    case Script::Greek: return "Greek";
    case Script::Cyrillic: return "Cyrillic";
    case Script::Armenian: return "Armenian";
    case Script::Hebrew: return "Hebrew";
    case Script::Arabic: return "Arabic";
    case Script::Devanagari: return "Devanagari";
    case Script::Thai: return "Thai";
    case Script::Georgian: return "Georgian";
    case Script::Hangul: return "Hangul";
    case Script::Kana: return "Japanese kana";
    case Script::Han: return "Han";
    case Script::Other: return "other";
    }
    return "other";
}

}  // namespace ts::unicode
