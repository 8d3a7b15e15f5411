// Tells a text corpus from the other data-set formats without loading it, for the data-set loader and the
// file dialog: a .txt that is a numeric table stays a table. Torch-free, Qt-free.
#pragma once

#include "core/text/TextCorpus.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace ts {

/// Judges a path from its name and first 64 KiB: a folder holding .txt files at its top level, a .jsonl file whose
/// first record has a "text" string, a .txt/.text/.md file that is not a numeric table (even a damaged one, so that its
/// problem is reported as text), or a file without extension that is UTF-8 text and not a numeric table.
TextFormat detectTextFormat(const std::string& path);
/// True when detectTextFormat finds text.
bool looksLikeText(const std::string& path);
/// The extension of `path` with its dot, lower-cased (".txt"; "" when it has none).
std::string lowerExtension(const std::filesystem::path& path);
/// True when the lines of `sample` form a delimited table (comma, tab, semicolon or spaces) whose cells are
/// numbers, one column (a label, a header row) excepted.
bool looksLikeNumericTable(std::string_view sample);

}  // namespace ts
