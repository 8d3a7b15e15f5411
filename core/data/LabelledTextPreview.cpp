// Samples per class and the text-length histogram of labelled texts, for the data set preview.
#include "core/data/LabelledTextPreview.h"

#include "core/data/Dataset.h"
#include "core/data/TextTable.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ts {
namespace {

constexpr size_t kPreviewSampleBytes = 400;   // a sample text's start, at most (then cut at a line end when one is near)
constexpr int kPreviewSampleLines = 4;        // lines of a sample text shown at most
constexpr double kLengthQuantile = 0.99;  // the histogram spans lengths up to this quantile; longer texts go last

/// The start of `text`: at most kPreviewSampleLines lines and about kPreviewSampleBytes bytes, cut at a character boundary.
std::string sampleStart(const std::string& text, bool& trimmed) {
    size_t end = std::min(text.size(), utf8::chunkEnd(text, 0, kPreviewSampleBytes));
    size_t at = 0;
    for (int line = 0; line < kPreviewSampleLines; ++line) {
        const size_t nl = text.find('\n', at);
        if (nl == std::string::npos || nl >= end) break;
        at = nl + 1;
        if (line + 1 == kPreviewSampleLines) end = nl;
    }
    trimmed = end < text.size();
    return text.substr(0, end);
}

}  // namespace

LabelledTextPreview previewLabelledTexts(const Dataset& ds, int samplesPerClass, int bins) {
    LabelledTextPreview pv;
    if (!ds.isTextClassification()) return pv;
    pv.samplesPerClass = samplesPerClass;
    const struct {
        const TextExamples* set;
        const char* name;
    } splits[] = {{&ds.textTrain, "train"}, {&ds.textVal, "validation"}, {&ds.textTest, "test"}};

    std::vector<int64_t> lengths;
    std::vector<int> taken(size_t(ds.classCount()), 0);
    for (const auto& split : splits)
        for (int64_t i = 0; i < split.set->size(); ++i) {
            const std::string& t = split.set->texts[size_t(i)];
            lengths.push_back(countWords(t));
            const int64_t label = split.set->labels[size_t(i)];
            if (label < 0 || label >= ds.classCount() || taken[size_t(label)] >= samplesPerClass) continue;
            ++taken[size_t(label)];
            LabelledTextSample s;
            s.classIndex = int(label);
            s.split = split.name;
            s.row = i < int64_t(split.set->rows.size()) ? split.set->rows[size_t(i)] : i + 1;
            s.text = sampleStart(t, s.trimmed);
            s.words = lengths.back();
            pv.samples.push_back(std::move(s));
        }
    std::stable_sort(pv.samples.begin(), pv.samples.end(),
                     [](const LabelledTextSample& a, const LabelledTextSample& b) { return a.classIndex < b.classIndex; });
    if (lengths.empty()) return pv;

    pv.meanWords = double(std::accumulate(lengths.begin(), lengths.end(), int64_t(0))) / double(lengths.size());
    std::vector<int64_t> sorted = lengths;
    std::sort(sorted.begin(), sorted.end());
    pv.medianWords = sorted[sorted.size() / 2];
    pv.maxWords = sorted.back();
    const int64_t top = std::max<int64_t>(1, sorted[size_t(kLengthQuantile * double(sorted.size() - 1))]);
    bins = std::max(1, bins);
    const double width = std::max(1.0, std::ceil(double(top + 1) / bins));
    for (int b = 0; b <= bins; ++b) pv.lengthEdges.push_back(b * width);
    pv.lengthCounts.assign(size_t(bins), 0);
    for (const int64_t n : lengths) ++pv.lengthCounts[size_t(std::min<int64_t>(bins - 1, int64_t(double(n) / width)))];
    return pv;
}

}  // namespace ts
