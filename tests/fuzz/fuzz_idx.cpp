// libFuzzer harness for the IDX reader (core/Idx.cpp), raw and gzip. Not part of the default
// build or ctest; see README.md in this folder.
#include "core/data/Idx.h"

#include <cstdint>
#include <cstdio>
#include <stdexcept>

// One fuzz input: bit 0 of byte 0 selects gzip, the rest is the file's content.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) return 0;
    const bool gzip = (data[0] & 1) != 0;
    const size_t bytes = size - 1;
    std::FILE* f = fmemopen(const_cast<uint8_t*>(data + 1), bytes, "rb");
    if (!f) return 0;
    try {
        const ts::IdxArray a = ts::readIdxStream(f, bytes, gzip, gzip ? "fuzz.idx.gz" : "fuzz.idx");
        // The reader promises data == product of dims.
        uint64_t product = a.dims.empty() ? 0 : 1;
        for (int64_t d : a.dims) product *= static_cast<uint64_t>(d);
        if (product != a.data.size()) __builtin_trap();
    } catch (const std::runtime_error&) {
        // Rejected input with a message: the expected outcome for most fuzz inputs.
    }
    std::fclose(f);
    return 0;
}
