// Streaming reader for numeric CSV/TSV tables with one label column. Torch-free, Qt-free.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace ts {

/// Range and moments of one feature column over every row of the file (raw values).
struct ColumnStats {
    std::string name;
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double stddev = 0.0;   ///< population standard deviation
};

/// A parsed table: raw float features stored in fixed-size row blocks (no single huge
/// reallocation while streaming), a class index per row, and what the preview needs.
struct CsvTable {
    char delimiter = ',';
    bool hasHeader = false;
    std::vector<std::string> featureNames;           ///< header names, or "column N" without a header
    std::string labelName;                           ///< name of the label column
    int labelColumn = 0;                             ///< 0-based position of the label column in the file
    bool integerLabels = false;                      ///< labels were integers (class names are those integers)
    std::vector<std::string> classNames;             ///< sorted (numerically for integer labels)
    std::vector<int32_t> labels;                     ///< class index per row
    std::vector<uint32_t> lines;                     ///< 1-based file line of each row
    int64_t rowsPerBlock = 1;                        ///< rows per storage block (about 1 MiB each)
    std::vector<std::vector<float>> blocks;          ///< row-major raw features, rowsPerBlock rows each
    std::vector<ColumnStats> columns;                ///< one per feature column
    std::vector<std::vector<std::string>> headRows;  ///< first rows as text, in file column order
    std::vector<std::string> headColumns;            ///< names of the file columns (features and label)

    /// Number of data rows.
    int64_t rows() const { return static_cast<int64_t>(labels.size()); }
    /// Number of feature columns.
    int64_t featureCount() const { return static_cast<int64_t>(featureNames.size()); }
    /// Pointer to the raw features of row i (featureCount() floats).
    const float* row(int64_t i) const {
        return blocks[static_cast<size_t>(i / rowsPerBlock)].data() + (i % rowsPerBlock) * featureCount();
    }
};

/// Reads a table from an open stream. `path` is only used in messages; `labelColumn` is a
/// header name or a 1-based column number ("" = a column named label/class/target, else the last).
/// `extensionHint` ("csv", "tsv" or "") breaks ties when guessing the delimiter.
/// Throws std::runtime_error naming the file, line and column of the first problem.
CsvTable readCsv(std::FILE* file, const std::string& path, const std::string& labelColumn,
                 const std::string& extensionHint = "");

/// Opens `path` and reads it with readCsv.
CsvTable readCsvFile(const std::string& path, const std::string& labelColumn);

}  // namespace ts
