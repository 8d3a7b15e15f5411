// The text preview: one pass over the characters (counts, scripts), one tokenization (of a bounded prefix).
#include "core/text/TextPreview.h"

#include "core/common/MessageCatalogue.h"
#include "core/common/Numbers.h"
#include "core/text/Unicode.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <map>

namespace ts {

namespace {

constexpr int kScriptCount = int(unicode::Script::Other) + 1;
/// Shares in the warnings are written as percentages.
constexpr double kPercent = 100.0;

/// Characters, letters, non-space characters and letters per script.
struct CharacterCounts {
    int64_t characters = 0;
    int64_t letters = 0;
    int64_t nonSpace = 0;
    std::vector<int64_t> perScript = std::vector<int64_t>(kScriptCount, 0);
};

void countCharacters(std::string_view text, CharacterCounts& counts) {
    for (size_t pos = 0; pos < text.size();) {
        const auto c = static_cast<unsigned char>(text[pos]);
        const char32_t cp = c < 0x80 ? char32_t(text[pos++]) : utf8::next(text, pos);
        ++counts.characters;
        if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') continue;
        ++counts.nonSpace;
        const unicode::Script script = unicode::scriptOf(cp);
        if (script == unicode::Script::None) continue;
        ++counts.letters;
        ++counts.perScript[size_t(script)];
    }
}

std::vector<ScriptShare> scriptShares(const CharacterCounts& counts) {
    std::vector<ScriptShare> shares;
    for (int s = 1; s < kScriptCount; ++s)
        if (counts.perScript[size_t(s)] > 0)
            shares.push_back({unicode::scriptName(unicode::Script(s)), double(counts.perScript[size_t(s)]) / double(counts.letters)});
    std::sort(shares.begin(), shares.end(), [](const ScriptShare& a, const ScriptShare& b) { return a.share > b.share; });
    return shares;
}

/// Up to `count` non-blank lines taken at evenly spaced points of the corpus, each cut to `maxChars` characters.
std::vector<std::string> sampleLinesOf(const TextCorpus& corpus, int count, int maxChars) {
    std::vector<std::string> lines;
    const std::vector<TextDocument>& docs = corpus.documents();
    const int64_t total = corpus.bytes();
    for (int k = 0; k < count && total > 0; ++k) {
        int64_t target = total * k / count;
        size_t d = 0;
        while (d + 1 < docs.size() && target >= int64_t(docs[d].text.size())) target -= int64_t(docs[d++].text.size());
        const std::string_view text = docs[d].text;
        const size_t lineStart = target > 0 ? text.rfind('\n', size_t(target) - 1) : std::string_view::npos;
        size_t pos = lineStart == std::string_view::npos ? 0 : lineStart + 1;
        while (pos < text.size() && (text[pos] == '\n' || text[pos] == '\r')) ++pos;
        std::string_view line = text.substr(pos, text.find('\n', pos) == std::string_view::npos ? std::string_view::npos : text.find('\n', pos) - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        size_t cut = 0;
        for (int c = 0; c < maxChars && cut < line.size(); ++c) utf8::next(line, cut);
        std::string shown(line.substr(0, cut));
        if (cut < line.size()) shown += "\xE2\x80\xA6";  // …
        if (std::find(lines.begin(), lines.end(), shown) == lines.end()) lines.push_back(shown);
    }
    return lines;
}

void countTokens(const TextCorpus& corpus, const Tokenizer& tokenizer, const TextPreviewOptions& options, TextPreview& preview) {
    std::vector<int32_t> ids;
    int64_t tokenized = 0;
    for (const TextDocument& doc : corpus.documents()) {
        if (tokenized >= options.maxTokenizedBytes) break;
        const size_t take = utf8::boundaryAtOrAfter(doc.text, size_t(std::min<int64_t>(int64_t(doc.text.size()), options.maxTokenizedBytes - tokenized)));
        tokenizer.encodeAppend(doc.text.substr(0, take), ids);
        tokenized += int64_t(take);
    }
    preview.tokensEstimated = tokenized < preview.bytes;
    preview.tokens = preview.tokensEstimated && tokenized > 0 ? int64_t(double(ids.size()) * double(preview.bytes) / double(tokenized))
                                                             : int64_t(ids.size());
    std::vector<int64_t> counts(size_t(std::max<int64_t>(tokenizer.vocabSize(), 0)), 0);
    for (int32_t id : ids)
        if (id >= 0 && size_t(id) < counts.size()) ++counts[size_t(id)];
    std::vector<int32_t> order;
    for (size_t id = 0; id < counts.size(); ++id)
        if (counts[id] > 0) order.push_back(int32_t(id));
    const size_t shown = std::min(order.size(), size_t(std::max(0, options.topTokens)));
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(shown), order.end(),
                      [&](int32_t a, int32_t b) { return counts[size_t(a)] != counts[size_t(b)] ? counts[size_t(a)] > counts[size_t(b)] : a < b; });
    for (size_t i = 0; i < shown; ++i) preview.topTokens.push_back({order[i], tokenizer.tokenLabel(order[i]), counts[size_t(order[i])]});
}

void addWarnings(TextPreview& preview) {
    if (preview.bytes < kSmallCorpusBytes)
        preview.warnings.push_back(message(Msg::SmallCorpus, {std::to_string(preview.bytes)}));
    if (preview.letterShare < kMinLetterShare)
        preview.warnings.push_back(message(Msg::MostlyNonText, {formatFixed(preview.letterShare * kPercent, 0)}));
    std::string mixed;
    int scripts = 0;
    for (const ScriptShare& s : preview.scripts) {
        if (s.share < kMixedScriptShare) continue;
        mixed += (scripts++ ? ", " : "") + s.name + " " + formatFixed(s.share * kPercent, 0) + "%";
    }
    if (scripts > 1) preview.warnings.push_back(message(Msg::MixedScripts, {mixed}));
}

}  // namespace

TextPreview previewText(const TextCorpus& corpus, const Tokenizer& tokenizer, const TextPreviewOptions& options) {
    TextPreview preview;
    preview.bytes = corpus.bytes();
    preview.documents = static_cast<int64_t>(corpus.documents().size());
    preview.vocabSize = tokenizer.vocabSize();
    preview.tokenizerKind = tokenizer.kind();
    CharacterCounts counts;
    for (const TextDocument& doc : corpus.documents()) countCharacters(doc.text, counts);
    preview.characters = counts.characters;
    preview.letterShare = counts.nonSpace > 0 ? double(counts.letters) / double(counts.nonSpace) : 0.0;
    preview.scripts = scriptShares(counts);
    countTokens(corpus, tokenizer, options, preview);
    preview.sampleLines = sampleLinesOf(corpus, options.sampleLines, options.maxLineCharacters);
    addWarnings(preview);
    return preview;
}

}  // namespace ts
