// Text corpora as data sets: loading one into Dataset::text (memory-mapped, validated) and describing it for the
// UI and summary.json. Torch-free, Qt-free.
#pragma once

#include "core/common/Types.h"
#include "core/data/Dataset.h"

#include <string>
#include <vector>

namespace ts {

/// Opens the corpus at `path` (a .txt, a folder of .txt files, a .jsonl with "text" fields) as a data set without
/// labelled splits; `notes` gets what the reader noticed. Throws std::runtime_error naming the file and byte offset.
Dataset loadTextDataset(const std::string& path, std::vector<std::string>& notes);

/// The data-set summary of a corpus: the UTF-8 bytes of the train / validation / test parts that the given
/// shares make (see core/text/TextSplit.h) and the number of documents.
DatasetInfo describeTextCorpus(const Dataset& ds, double valFraction, double testFraction);

/// Why a corpus described by `info` cannot fill one window of `contextLength` tokens plus the target in its training
/// or validation part ("" when it can, as far as bytes tell: a token is at least one byte), so that a run is refused
/// before it starts.
std::string textTooShortForContext(const DatasetInfo& info, int contextLength);

}  // namespace ts
