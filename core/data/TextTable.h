// Reads labelled text data (CSV/TSV with RFC 4180 quoting, JSONL, a folder with one sub-folder of .txt files per
// class) into raw rows, and tells such data from numeric tables and corpora. Torch-free, Qt-free.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

/// Which split a row belongs to when the data brings its own (class folders under train/, val/, test/).
enum class TextPart : uint8_t { Train = 0, Val = 1, Test = 2 };

/// Labelled texts as read, before the classes are numbered and the split is made.
struct RawTextTable {
    std::string format;                ///< "CSV text table", "TSV text table", "JSONL text table" or the folder's
    std::vector<std::string> columns;  ///< the table's columns in file order (JSONL: the first object's keys)
    std::string textColumn;            ///< the column the texts came from ("" for folders)
    std::string labelColumn;           ///< the column the labels came from ("" for folders)
    std::vector<std::string> texts;    ///< UTF-8 as read, only non-empty ones
    std::vector<std::string> labels;   ///< the label of each text, as written
    std::vector<int64_t> rows;         ///< 1-based line where each record starts (tables) or file number (folders)
    std::vector<TextPart> parts;       ///< folders with train/val/test sub-folders: each text's split; else empty
    std::vector<int64_t> emptyRows;    ///< records skipped because their text (or label) was empty
    std::vector<std::string> emptyFiles;  ///< folders: those records' files, relative to the folder
};

/// One record of a delimited file: its fields and the 1-based line where it starts.
struct DelimitedRecord {
    std::vector<std::string> fields;
    int64_t line = 0;
};

/// Splits delimited text into records (RFC 4180: quoted fields may hold the delimiter, doubled quotes and line
/// breaks; CRLF or LF). Blank lines are skipped. An unterminated quote throws "<path>: line N: ..." naming the
/// line where the field started, unless `partial` (a sample cut short), when the unfinished record is dropped.
std::vector<DelimitedRecord> readDelimitedRecords(std::string_view data, char delimiter, const std::string& path,
                                                  bool partial = false);

/// Reads a .csv/.tsv/.jsonl text table or a class folder. `textColumn` and `labelColumn` are header names
/// (case-insensitive) or 1-based numbers; "" detects them by name (text, sentence, review, content, document /
/// label, class, target, category, topic) or, for the text, by content. Throws std::runtime_error naming the file
/// and line of the first problem (missing column, broken quoting, invalid UTF-8, empty file).
RawTextTable readTextTable(const std::string& path, const std::string& textColumn, const std::string& labelColumn);

/// True when `path` holds labelled texts: a .csv/.tsv whose header names a text column and which has another
/// column, or whose some column is mostly prose; a .jsonl whose first object has a label field and a text field by
/// name (or no text field by name: its loading then says which fields exist); a folder with at least two
/// sub-folders (or train/ sub-folders) that hold .txt files.
bool looksLikeTextTable(const std::string& path);

/// Number of whitespace-separated words in `text`.
int64_t countWords(std::string_view text);

}  // namespace ts
