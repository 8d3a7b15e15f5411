// What the data-set preview and `trainscope-cli show` say about a text corpus: sizes, the vocabulary, the most
// frequent tokens, a few sample lines and warnings. Torch-free, Qt-free.
#pragma once

#include "core/text/TextCorpus.h"
#include "core/text/Tokenizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// How much the preview shows and reads.
struct TextPreviewOptions {
    int topTokens = 20;                     ///< most frequent tokens listed
    int sampleLines = 5;                    ///< lines quoted, spread through the corpus
    int maxLineCharacters = 160;            ///< longer sample lines are cut with an ellipsis
    int64_t maxTokenizedBytes = 16 << 20;   ///< tokens of a larger corpus are counted on this much and scaled
};

/// One token and how often it occurs.
struct TokenCount {
    int32_t id = 0;
    std::string label;  ///< Tokenizer::tokenLabel
    int64_t count = 0;
};

/// A script and its share of the corpus's letters.
struct ScriptShare {
    std::string name;
    double share = 0.0;
};

/// The preview figures of a text corpus.
struct TextPreview {
    int64_t bytes = 0;
    int64_t characters = 0;             ///< Unicode code points
    int64_t documents = 0;
    int64_t tokens = 0;                 ///< after tokenizing (scaled when tokensEstimated)
    bool tokensEstimated = false;       ///< only the first maxTokenizedBytes were tokenized
    int64_t vocabSize = 0;
    std::string tokenizerKind;
    std::vector<TokenCount> topTokens;  ///< most frequent first (counts of the tokenized part)
    std::vector<std::string> sampleLines;
    std::vector<ScriptShare> scripts;   ///< scripts of the letters, largest share first
    double letterShare = 0.0;           ///< letters among the characters that are not white space
    std::vector<std::string> warnings;  ///< very small corpus, mostly non-text, mixed scripts
};

/// A corpus below this many bytes gets the "very small corpus" warning.
constexpr int64_t kSmallCorpusBytes = 100 * 1000;
/// Fewer letters than this share of the non-space characters: "mostly non-text".
constexpr double kMinLetterShare = 0.5;
/// A script with at least this share of the letters counts towards "mixed scripts".
constexpr double kMixedScriptShare = 0.02;

/// Computes the preview of `corpus` tokenized with `tokenizer`.
TextPreview previewText(const TextCorpus& corpus, const Tokenizer& tokenizer, const TextPreviewOptions& options = {});

}  // namespace ts
