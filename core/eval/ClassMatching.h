// Matching a data set's classes to a model's output classes, by name (plain numbered classes by number), for Evaluate
// mode. Torch-free, Qt-free.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// For each class of the data, the model's output index (-1 for a class the model does not know). Matches by name;
/// plain numbered classes ("0", "1", ...) map by number. Only classes that occur in `labels` must be known to the
/// model (IDX files, for one, always declare at least 10 classes). Throws std::runtime_error listing the unknown
/// classes and the model's.
std::vector<int> matchClasses(const std::vector<std::string>& dataNames, const std::vector<std::string>& modelNames,
                              const std::vector<int64_t>& labels);

/// Up to `most` names joined by ", ", with the count when some are left out.
std::string joinClassNames(const std::vector<std::string>& names, size_t most = 12);

}  // namespace ts
