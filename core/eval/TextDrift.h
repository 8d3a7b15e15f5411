// Drift of text: how the tokens and lengths of new documents differ from the text a model was trained on. Works on
// token labels (a tokenizer's tokens, or lower-cased words for the n-gram classifiers), so language models and text
// classifiers share it. Torch-free, Qt-free.
#pragma once

#include "core/eval/Evaluation.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ts {

class Tokenizer;

/// Token frequencies and document lengths of a set of documents.
struct TokenCounts {
    std::unordered_map<std::string, int64_t> counts;  ///< token label -> occurrences
    int64_t total = 0;                                ///< tokens in all
    int64_t unknown = 0;                              ///< tokens the model cannot represent (unknown token / unseen word)
    std::vector<float> lengths;                       ///< tokens per document, in document order
};

/// Counts `documents` with `tokenizer`'s tokens (labels from Tokenizer::tokenLabel; unknown = its unknown id).
TokenCounts countTokens(const Tokenizer& tokenizer, const std::vector<std::string_view>& documents);

/// Counts lower-cased words (runs of letters, digits and apostrophes; other characters split). A word counts as
/// unknown when `vocabulary` is given and does not contain it.
TokenCounts countWords(const std::vector<std::string_view>& documents, const TokenCounts* vocabulary = nullptr);

/// One token whose share moved between the reference text and the new text.
struct TokenShift {
    std::string token;
    double referenceShare = 0.0;  ///< occurrences / total tokens in the reference
    double currentShare = 0.0;    ///< occurrences / total tokens in the new text
};

/// How new text differs from the training text.
struct TextDriftReport {
    bool hasReference = false;        ///< false: no training text known; only the current figures are set
    std::string referenceName;        ///< e.g. "training split of tinyshakespeare.txt"
    std::string tokenKind;            ///< "char tokens", "bpe tokens", "words"
    int64_t referenceTokens = 0, currentTokens = 0;
    int64_t referenceDocuments = 0, currentDocuments = 0;
    double referenceUnknownRate = 0.0, currentUnknownRate = 0.0;
    double jsDivergence = 0.0;        ///< Jensen-Shannon divergence of the token distributions, bits, in [0, 1]
    KsResult lengthKs;                ///< two-sample KS on tokens per document
    double referenceMeanLength = 0.0, currentMeanLength = 0.0;
    std::vector<TokenShift> rising;   ///< tokens more frequent now, largest increase of share first
    std::vector<TokenShift> falling;  ///< tokens less frequent now, largest decrease first
};

/// Jensen-Shannon divergence (base 2) of the two count tables' distributions; 0 when either is empty.
double jensenShannonDivergence(const TokenCounts& a, const TokenCounts& b);

/// Compares `current` against `reference`; lists at most `movers` tokens each way.
TextDriftReport compareTextDrift(const TokenCounts& reference, const TokenCounts& current,
                                 const std::string& referenceName, const std::string& tokenKind, int movers = 15);

/// The report when no reference is known: only the current counts, unknown rate and mean length.
TextDriftReport currentTextFigures(const TokenCounts& current, const std::string& tokenKind);

}  // namespace ts
