// What the data set preview shows of labelled texts (text classification): sample texts of each class and the
// distribution of text lengths. Torch-free, Qt-free.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

struct Dataset;

/// One sample text of a class, trimmed for the preview.
struct LabelledTextSample {
    int classIndex = 0;
    std::string split;   ///< "train", "validation" or "test"
    int64_t row = 0;     ///< where it came from: 1-based line of the table, or file number of a folder
    std::string text;    ///< the text's start (whole lines up to a cap)
    bool trimmed = false;
    int64_t words = 0;   ///< words in the whole text
};

/// Samples per class and the text-length histogram of labelled texts.
struct LabelledTextPreview {
    int samplesPerClass = 0;
    std::vector<LabelledTextSample> samples;  ///< class by class, at most samplesPerClass each
    std::vector<double> lengthEdges;          ///< bins + 1 edges, in words
    std::vector<int64_t> lengthCounts;        ///< texts of every split per bin (the last bin takes the longest)
    double meanWords = 0.0;
    int64_t medianWords = 0;
    int64_t maxWords = 0;
};

/// The preview of `ds`'s labelled texts (every split); empty when it has none.
LabelledTextPreview previewLabelledTexts(const Dataset& ds, int samplesPerClass = 5, int bins = 30);

}  // namespace ts
