// Image-folder data sets (one sub-folder of PNG/JPEG files per class) and image resampling.
// Torch-free, Qt-free. Decoding uses stb_image when the build found it (TRAINSCOPE_HAVE_STB).
#pragma once

#include "core/data/Dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// What loadImageFolder found.
struct ImageFolderResult {
    std::vector<std::string> classNames;   ///< sub-folder names, sorted
    ImageSet all;                          ///< every image when the folder has no split of its own
    ImageSet train, val, test;             ///< the folder's own split (train/, val/, test/ sub-folders)
    bool ownSplit = false;                 ///< true when train/val/test are filled instead of `all`
    int64_t skipped = 0;                   ///< files that are not images or failed to decode
    std::vector<std::string> skippedExamples;  ///< the first few, "name (reason)"
};

/// True when this build can decode PNG and JPEG files.
bool imageDecodingAvailable();

/// True when `folder` looks like an image-folder data set (class sub-folders holding .png/.jpg/.jpeg
/// files, directly or under train/ and test/); does not decode anything.
bool looksLikeImageFolder(const std::string& folder);

/// Loads every image under `folder`'s class sub-folders, resized to width x height (0 = the first
/// image's size) with `channels` channels (1 = grayscale, 3 = RGB, 0 = as the first image).
/// Files that are not images or fail to decode are skipped and counted. Throws std::runtime_error
/// for a folder with no usable images, or when the images would not fit in memory.
ImageFolderResult loadImageFolder(const std::string& folder, int width, int height, int channels);

/// Resamples an interleaved 8-bit image (h x w x channels) to planar channels x outH x outW:
/// area averaging when shrinking, linear interpolation when enlarging.
std::vector<uint8_t> resizeToPlanar(const uint8_t* src, int channels, int h, int w, int outH, int outW);

}  // namespace ts
