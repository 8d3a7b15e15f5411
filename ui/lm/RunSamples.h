// Reads the samples a language-model run wrote (samples.jsonl in its folder).
#pragma once

#include "core/common/Types.h"

#include <QString>

#include <vector>

namespace ts {

/// The samples in `runDir`/samples.jsonl, in file order; none when the file is missing. Lines that do not parse
/// (a line cut by a crash) are skipped and counted in `skipped` when given.
std::vector<TextSample> readRunSamples(const QString& runDir, int* skipped = nullptr);

}  // namespace ts
