// The train / validation / test split of a text corpus: the tail of the text, as nanoGPT does, or whole
// documents when there are enough of them. Torch-free, Qt-free.
#pragma once

#include "core/text/TextCorpus.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

/// Shares of the corpus (in bytes) that go to validation and test; the rest is for training.
struct TextSplitFractions {
    double validation = 0.05;
    double test = 0.05;
};

/// A corpus with at least this many documents is split by whole documents (files, JSONL lines).
constexpr size_t kMinDocumentsForDocumentSplit = 20;

/// The three parts of a corpus as views into it (valid while the corpus lives). Every view starts and ends on
/// a UTF-8 character boundary.
struct TextSplit {
    std::vector<std::string_view> train;       ///< in corpus order
    std::vector<std::string_view> validation;  ///< follows the training text
    std::vector<std::string_view> test;        ///< the end of the corpus
    bool byDocument = false;                   ///< whole documents went to validation and test

    /// Bytes of each part.
    static int64_t bytesOf(const std::vector<std::string_view>& part);
};

/// Splits `corpus`: with fewer than kMinDocumentsForDocumentSplit documents, the last `test` share of its bytes is
/// the test split and the `validation` share before it the validation split (cut at character boundaries);
/// otherwise whole documents are taken from the end, test first, until each share is reached (at least one
/// document each when its share is not zero, and training keeps at least one). Throws std::invalid_argument for
/// fractions that are negative or leave nothing to train on.
TextSplit splitCorpus(const TextCorpus& corpus, const TextSplitFractions& fractions = {});

}  // namespace ts
