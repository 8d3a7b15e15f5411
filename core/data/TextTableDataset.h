// Turns labelled texts read by TextTable into a Dataset: numbered classes, the split, checks and the content hash.
// Torch-free, Qt-free.
#pragma once

#include "core/data/DatasetLoader.h"

#include <string>

namespace ts {

/// Loads a text table or class folder for text classification: classes sorted (numerically when every label is
/// an integer), the data's own train/val/test or a stratified seeded split with the options' fractions, notes and
/// warnings (empty, duplicate and very short texts; one class is a blocker) in `report`. Throws
/// std::runtime_error naming the file and line of the first problem.
Dataset loadTextTableDataset(const std::string& path, const LoadOptions& options, DatasetReport& report);

/// Sets ds.contentHash from every split's texts and labels.
void hashTextContent(Dataset& ds);

}  // namespace ts
