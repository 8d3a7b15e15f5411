// libFuzzer harness for the streaming CSV/TSV reader (core/Csv.cpp). Not part of the default
// build or ctest; see README.md in this folder.
#include "core/data/Csv.h"

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace {
// Label-column choices the first input byte selects among.
const char* const kLabelChoices[] = {"", "label", "2", "1", "target"};
constexpr size_t kLabelChoiceCount = sizeof(kLabelChoices) / sizeof(kLabelChoices[0]);
const char* const kExtensions[] = {"csv", "tsv"};
}  // namespace

// One fuzz input: byte 0 picks the label column and extension hint, the rest is the file.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) return 0;
    const std::string label = kLabelChoices[data[0] % kLabelChoiceCount];
    const std::string ext = kExtensions[(data[0] >> 4) & 1];
    std::FILE* f = fmemopen(const_cast<uint8_t*>(data + 1), size - 1, "rb");
    if (!f) return 0;
    try {
        const ts::CsvTable t = ts::readCsv(f, "fuzz.csv", label, ext);
        // Touch every row so out-of-bounds storage would be caught.
        double sum = 0.0;
        for (int64_t i = 0; i < t.rows(); ++i)
            for (int64_t j = 0; j < t.featureCount(); ++j) sum += t.row(i)[j];
        for (int32_t l : t.labels)
            if (l < 0 || static_cast<size_t>(l) >= t.classNames.size()) __builtin_trap();
        if (t.columns.size() != static_cast<size_t>(t.featureCount())) __builtin_trap();
        (void)sum;
    } catch (const std::runtime_error&) {
        // Rejected input with a message: the expected outcome for most fuzz inputs.
    }
    std::fclose(f);
    return 0;
}
