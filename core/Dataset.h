// In-memory labelled image data set, kept as uint8. Torch-free.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// A block of same-sized images with integer labels, pixels stored as uint8 (N, C, H, W).
struct ImageSet {
    int64_t channels = 1;
    int64_t height = 0;
    int64_t width = 0;
    std::vector<uint8_t> pixels;   ///< size() * channels * height * width bytes
    std::vector<int64_t> labels;   ///< one class index per image

    int64_t size() const { return static_cast<int64_t>(labels.size()); }
    int64_t sampleBytes() const { return channels * height * width; }
};

/// A data set ready for training: train, validation and test splits plus class names.
struct Dataset {
    std::string name;                      ///< e.g. "FashionMNIST"
    std::string path;                      ///< where it was loaded from
    std::string format;                    ///< e.g. "IDX (gzip)"
    std::vector<std::string> classNames;
    ImageSet train;
    ImageSet val;                          ///< may be empty
    ImageSet test;                         ///< may be empty

    int classCount() const { return static_cast<int>(classNames.size()); }
};

/// Class names of FashionMNIST, in label order.
std::vector<std::string> fashionMnistClassNames();

/// Default location of Debian's dataset-fashion-mnist package.
const char* defaultFashionMnistPath();

/// Loads the four standard IDX files (raw or .gz) from a folder.
/// Throws std::runtime_error naming the file and the problem.
/// Class names are FashionMNIST's when the folder looks like it (10 classes), else "0".."K-1".
Dataset loadIdxFolder(const std::string& folder);

/// Moves a seeded random fraction of the training set into the validation set
/// (which is replaced). fraction 0 leaves the validation set empty.
void splitValidation(Dataset& ds, double fraction, uint64_t seed);

/// Counts per class (size = classCount) of a set's labels.
std::vector<int64_t> classHistogram(const ImageSet& set, int classCount);

}  // namespace ts
