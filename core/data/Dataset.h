// In-memory labelled image data set, kept as uint8. Torch-free.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ts {

class TextCorpus;

/// A block of same-sized images with integer labels, pixels stored as uint8 (N, C, H, W).
struct ImageSet {
    int64_t channels = 1;
    int64_t height = 0;
    int64_t width = 0;
    std::vector<uint8_t> pixels;   ///< size() * channels * height * width bytes (image data)
    std::vector<float> features;   ///< tabular data instead of pixels: size() * width standardized values
                                   ///< (channels = height = 1); when non-empty, pixels is empty
    std::vector<int64_t> labels;   ///< one class index per image

    int64_t size() const { return static_cast<int64_t>(labels.size()); }
    int64_t sampleBytes() const { return channels * height * width; }
    bool isTabular() const { return !features.empty(); }
};

/// Labelled documents for text classification: one text and its class index per row.
struct TextExamples {
    std::vector<std::string> texts;  ///< UTF-8, as read (no normalization)
    std::vector<int64_t> labels;     ///< one class index per text
    std::vector<int64_t> rows;       ///< where each came from: the 1-based line (tables) or file index (folders)

    int64_t size() const { return static_cast<int64_t>(texts.size()); }
};

/// A data set ready for training: train, validation and test splits plus class names.
struct Dataset {
    std::string name;                      ///< e.g. "FashionMNIST"
    std::string path;                      ///< where it was loaded from
    std::string format;                    ///< e.g. "IDX (gzip)"
    std::string contentHash;               ///< identity of the files' bytes: "fnv1a64:<16 hex digits>"
    std::string loadOptions;               ///< JSON of the options it was loaded with, so a resumed run reloads it alike
    std::vector<std::string> classNames;
    std::vector<std::string> featureNames; ///< tables: the feature columns' names, in order
    std::vector<float> featureShift;       ///< tables: standardized = (raw - shift) * scale, from the training split
    std::vector<float> featureScale;
    ImageSet train;
    ImageSet val;                          ///< may be empty
    ImageSet test;                         ///< may be empty
    /// A text corpus for language models instead of labelled samples (the sets above are then empty).
    std::shared_ptr<const TextCorpus> text;
    /// Labelled texts for text classification instead of images or rows (the image sets are then empty).
    TextExamples textTrain;
    TextExamples textVal;                  ///< may be empty (the trainer then holds out valFraction)
    TextExamples textTest;                 ///< may be empty

    int classCount() const { return static_cast<int>(classNames.size()); }
    bool isText() const { return text != nullptr; }
    bool isTextClassification() const { return textTrain.size() > 0; }
};

/// Running FNV-1a 64-bit hash, used to identify a data set's files. Feed bytes with update().
class ContentHash {
public:
    /// Mixes `n` bytes into the hash.
    void update(const void* data, size_t n);
    /// "fnv1a64:" followed by 16 lowercase hex digits.
    std::string hex() const;
    /// The hash as a number.
    uint64_t value() const { return m_h; }

private:
    uint64_t m_h = 0xcbf29ce484222325ull;  // FNV-1a 64-bit offset basis
};

/// Sets ds.contentHash from the shapes, pixels and labels of every split (call after loading).
void hashContent(Dataset& ds);

/// Class names of FashionMNIST, in label order.
std::vector<std::string> fashionMnistClassNames();

/// Default location of Debian's dataset-fashion-mnist package.
const char* defaultFashionMnistPath();

/// Loads the four standard IDX files (raw or .gz) from a folder.
/// Throws std::runtime_error naming the file and the problem.
/// Class names are FashionMNIST's when the folder looks like it (10 classes), else "0".."K-1".
Dataset loadIdxFolder(const std::string& folder);

/// Loads one IDX images file (count x height x width) and its labels file, checking that they match.
/// Throws std::runtime_error naming the file and the problem.
ImageSet loadIdxPair(const std::string& imagesPath, const std::string& labelsPath);

/// Moves a seeded random fraction of the training set into the validation set
/// (which is replaced). fraction 0 leaves the validation set empty.
void splitValidation(Dataset& ds, double fraction, uint64_t seed);

/// Counts per class (size = classCount) of a set's labels.
std::vector<int64_t> classHistogram(const ImageSet& set, int classCount);

}  // namespace ts
