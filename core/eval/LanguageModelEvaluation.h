// What evaluating a language model on new text produces (Evaluate mode for language models): losses and accuracy
// over the text, next-token calibration, per-document perplexity with the most surprising documents' token losses,
// drift against the training text, watch-list hits in samples, and the run's own test figures. Torch-free.
#pragma once

#include "core/common/Types.h"
#include "core/eval/Evaluation.h"
#include "core/eval/TextDrift.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// One predicted token of a document and its loss.
struct TokenLoss {
    int64_t begin = 0;     ///< byte offset of the token's text in DocumentScore::text
    int64_t end = 0;       ///< byte offset just past it
    float loss = 0.0f;     ///< -ln p(token | context), nats
    bool unknown = false;  ///< the token is the tokenizer's unknown token
};

/// One document (a file of a folder, a JSONL record, or a line of a single text file) scored by the model.
struct DocumentScore {
    int64_t index = 0;          ///< document order in the data
    std::string name;           ///< "line 12", "notes.txt", "record 3"
    int64_t tokens = 0;         ///< predicted tokens (the first token of a text has no context and is not scored)
    int64_t bytes = 0;          ///< UTF-8 bytes of the document
    double loss = 0.0;          ///< mean nats per predicted token
    double perplexity = 0.0;    ///< exp(loss)
    double bitsPerByte = 0.0;
    std::string text;           ///< the document (only for the most surprising ones; capped, see kept flag)
    bool textTrimmed = false;   ///< `text` is the document's start only
    std::vector<TokenLoss> tokenLosses;  ///< only for the most surprising ones
};

/// The whole evaluation of a language model on a text.
struct LanguageModelEvaluation {
    LanguageModelTest metrics;          ///< loss, perplexity, bits per byte, top-1/top-5 accuracy, tokens
    Calibration calibration;            ///< of the top-1 next-token probability against top-1 correctness
    ConfidenceHistogram confidence;
    std::vector<DocumentScore> documents;  ///< every document, in data order
    std::vector<size_t> mostSurprising;    ///< indices into documents, highest perplexity first (at most 50)
    TextDriftReport drift;              ///< against the run's training split (or --reference)
    std::vector<TextSample> samples;    ///< continuations of prompts taken from the new text
    int64_t watchHits = 0;
    bool hasBaseline = false;           ///< the run's own test figures are known
    LanguageModelTest baseline;
    std::string tokenizerKind;          ///< char | bpe | unigram | sentencepiece
    int64_t vocabSize = 0;
    int64_t contextLength = 0;          ///< window the text was scored in
    int64_t stride = 0;                 ///< tokens the window advances by
    int64_t minimumDocumentTokens = 0;  ///< documents with fewer predicted tokens are left out of the ranking
};

}  // namespace ts
