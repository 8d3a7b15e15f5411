// Reader for the IDX file format (MNIST family), raw or gzip-compressed. Torch-free.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace ts {

/// The contents of one IDX file whose element type is unsigned byte.
struct IdxArray {
    std::vector<int64_t> dims;   ///< sizes of each dimension, outermost first
    std::vector<uint8_t> data;   ///< row-major elements
    int64_t count() const { return dims.empty() ? 0 : dims[0]; }
};

/// Reads an IDX file of unsigned bytes (type code 0x08). A name ending in ".gz" is decompressed.
/// Validates the magic number, type code, dimension count and that the sizes match the
/// real content length before allocating. Throws std::runtime_error naming the file and problem.
IdxArray readIdx(const std::string& path);

/// Reads IDX content of `fileBytes` bytes from an open stream (raw, or gzip when `gzip`);
/// `path` is only used in messages. Same checks as readIdx (the fuzz harness feeds memory here).
IdxArray readIdxStream(std::FILE* file, uint64_t fileBytes, bool gzip, const std::string& path);

/// Finds "<folder>/<base>" or "<folder>/<base>.gz"; returns the path, or "" when neither exists.
std::string findIdxFile(const std::string& folder, const std::string& base);

}  // namespace ts
