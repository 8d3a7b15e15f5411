// Contiguous and per-document splits of a corpus.
#include "core/text/TextSplit.h"

#include "core/data/DatasetLoader.h"
#include "core/text/Utf8.h"

#include <stdexcept>

namespace ts {

namespace {

/// A position in the concatenated corpus: document `doc`, byte `offset` in it.
struct CorpusPos {
    size_t doc = 0;
    size_t offset = 0;
};

/// The position of global byte `target`, moved forward to a character boundary.
CorpusPos locate(const std::vector<TextDocument>& docs, int64_t target) {
    int64_t before = 0;
    for (size_t d = 0; d < docs.size(); ++d) {
        const int64_t size = static_cast<int64_t>(docs[d].text.size());
        if (target < before + size) return {d, utf8::boundaryAtOrAfter(docs[d].text, static_cast<size_t>(target - before))};
        before += size;
    }
    return {docs.size(), 0};
}

/// Appends the views of the corpus between two positions.
void appendRange(const std::vector<TextDocument>& docs, CorpusPos from, CorpusPos to, std::vector<std::string_view>& out) {
    for (size_t d = from.doc; d < docs.size() && d <= to.doc; ++d) {
        const std::string_view text = docs[d].text;
        const size_t begin = d == from.doc ? from.offset : 0;
        const size_t end = d == to.doc ? to.offset : text.size();
        if (end > begin) out.push_back(text.substr(begin, end - begin));
    }
}

TextSplit splitContiguous(const TextCorpus& corpus, const TextSplitFractions& fractions) {
    const std::vector<TextDocument>& docs = corpus.documents();
    const int64_t total = corpus.bytes();
    const auto cut = [&](double share) { return locate(docs, static_cast<int64_t>(double(total) * share)); };
    const CorpusPos trainEnd = cut(1.0 - fractions.validation - fractions.test);
    const CorpusPos validationEnd = cut(1.0 - fractions.test);
    TextSplit split;
    appendRange(docs, {0, 0}, trainEnd, split.train);
    appendRange(docs, trainEnd, validationEnd, split.validation);
    appendRange(docs, validationEnd, {docs.size(), 0}, split.test);
    return split;
}

/// Takes documents from `next` down (index `next` - 1 first) until `share` of `total` bytes is reached.
size_t takeFromEnd(const std::vector<TextDocument>& docs, size_t next, size_t keep, double share, int64_t total) {
    if (share <= 0.0) return next;
    int64_t taken = 0;
    size_t first = next;
    while (first > keep && (first == next || double(taken) < share * double(total))) {
        --first;
        taken += static_cast<int64_t>(docs[first].text.size());
    }
    return first;
}

TextSplit splitByDocument(const TextCorpus& corpus, const TextSplitFractions& fractions) {
    const std::vector<TextDocument>& docs = corpus.documents();
    const int64_t total = corpus.bytes();
    const size_t testFirst = takeFromEnd(docs, docs.size(), fractions.validation > 0.0 ? 2 : 1, fractions.test, total);
    const size_t validationFirst = takeFromEnd(docs, testFirst, 1, fractions.validation, total);
    TextSplit split;
    split.byDocument = true;
    for (size_t d = 0; d < docs.size(); ++d)
        (d < validationFirst ? split.train : d < testFirst ? split.validation : split.test).push_back(docs[d].text);
    return split;
}

}  // namespace

int64_t TextSplit::bytesOf(const std::vector<std::string_view>& part) {
    int64_t n = 0;
    for (std::string_view s : part) n += static_cast<int64_t>(s.size());
    return n;
}

TextSplit splitCorpus(const TextCorpus& corpus, const TextSplitFractions& fractions) {
    const std::string problem = validateSplitFractions(fractions.validation, fractions.test);
    if (!problem.empty()) throw std::invalid_argument(problem);
    if (corpus.documents().size() >= kMinDocumentsForDocumentSplit) return splitByDocument(corpus, fractions);
    return splitContiguous(corpus, fractions);
}

}  // namespace ts
