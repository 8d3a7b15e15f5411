// Format detection for text: cheap checks on names and the first bytes, never a full read.
#include "core/text/TextDetection.h"

#include "core/common/Json.h"
#include "core/common/Numbers.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace ts {

namespace {

constexpr size_t kTableLines = 20;           ///< lines of the sample the table test looks at
constexpr size_t kMinTableLines = 2;         ///< fewer complete lines than this: not judged a table
constexpr size_t kFolderEntriesToScan = 10000;  ///< a folder with no .txt among this many entries is not text

std::string readSample(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string sample(kTextSampleBytes, '\0');
    in.read(sample.data(), static_cast<std::streamsize>(sample.size()));
    sample.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return sample;
}

/// The cells of one line split at `delimiter` (' ' splits at runs of spaces and tabs).
std::vector<std::string_view> cellsOf(std::string_view line, char delimiter) {
    std::vector<std::string_view> cells;
    size_t pos = 0;
    while (pos <= line.size()) {
        if (delimiter == ' ') {
            while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
            if (pos == line.size()) break;
        }
        size_t end = delimiter == ' ' ? line.find_first_of(" \t", pos) : line.find(delimiter, pos);
        if (end == std::string_view::npos) end = line.size();
        cells.push_back(line.substr(pos, end - pos));
        pos = end + 1;
    }
    return cells;
}

bool isNumberCell(std::string_view cell) {
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '"')) cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '"' || cell.back() == '\r')) cell.remove_suffix(1);
    double v = 0.0;
    return !cell.empty() && parseDouble(cell, v);
}

/// True when every line has the same number (at least two) of cells and, apart from the first line (a header)
/// and at most one column, every cell is a number.
bool isTableWith(const std::vector<std::string_view>& lines, char delimiter) {
    size_t columns = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::vector<std::string_view> cells = cellsOf(lines[i], delimiter);
        if (cells.size() < 2 || (columns != 0 && cells.size() != columns)) return false;
        columns = cells.size();
        if (i == 0) continue;
        const size_t words = static_cast<size_t>(std::count_if(cells.begin(), cells.end(), [](std::string_view c) { return !isNumberCell(c); }));
        if (words > 1) return false;
    }
    return true;
}

bool folderHoldsText(const fs::path& folder) {
    std::error_code ec;
    size_t seen = 0;
    // Only files at the top: a folder with a sub-folder of .txt files per class is labelled text (classification).
    for (fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
         it != end && seen < kFolderEntriesToScan; it.increment(ec), ++seen)
        if (it->is_regular_file(ec) && lowerExtension(it->path()) == ".txt") return true;
    return false;
}

/// Length of the sample without its last character when the sample was cut by the read (it may be incomplete).
size_t completeCharacters(const std::string& sample) {
    if (sample.size() < kTextSampleBytes) return sample.size();
    size_t end = sample.size() - 1;
    while (end > 0 && (static_cast<unsigned char>(sample[end]) & 0xC0) == 0x80) --end;
    return end;
}

bool jsonlHoldsText(const std::string& sample) {
    const size_t start = sample.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) return false;
    const size_t end = sample.find('\n', start);
    if (end == std::string::npos && sample.size() == kTextSampleBytes) return true;  // a first record longer than the sample
    try {
        return Json::parse(sample.substr(start, end == std::string::npos ? std::string::npos : end - start))["text"].isString();
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

std::string lowerExtension(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

bool looksLikeNumericTable(std::string_view sample) {
    std::vector<std::string_view> lines;
    for (size_t pos = 0; pos < sample.size() && lines.size() < kTableLines;) {
        const size_t end = sample.find('\n', pos);
        if (end == std::string_view::npos) break;  // the last, possibly cut line is left out
        std::string_view line = sample.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty()) lines.push_back(line);
        pos = end + 1;
    }
    if (lines.size() < kMinTableLines) return false;
    for (char delimiter : {',', '\t', ';', ' '})
        if (isTableWith(lines, delimiter)) return true;
    return false;
}

TextFormat detectTextFormat(const std::string& path) {
    std::error_code ec;
    const fs::path p(path);
    if (fs::is_directory(p, ec)) return folderHoldsText(p) ? TextFormat::TextFolder : TextFormat::NotText;
    if (!fs::is_regular_file(p, ec)) return TextFormat::NotText;
    const std::string ext = lowerExtension(p);
    const std::string sample = readSample(path);
    if (ext == ".jsonl") return jsonlHoldsText(sample) ? TextFormat::Jsonl : TextFormat::NotText;
    if (ext != ".txt" && ext != ".text" && ext != ".md" && !ext.empty()) return TextFormat::NotText;
    if (ext.empty()) {  // IDX files have no extension either: only UTF-8 text counts
        try {
            checkTextBytes(std::string_view(sample).substr(0, completeCharacters(sample)), path);
        } catch (const std::exception&) {
            return TextFormat::NotText;
        }
    }
    // A named text file that is not a numeric table is a corpus, even when it is damaged: the corpus reader then
    // says what is wrong with it (binary, not UTF-8, empty) and where.
    return looksLikeNumericTable(sample) ? TextFormat::NotText : TextFormat::TextFile;
}

bool looksLikeText(const std::string& path) { return detectTextFormat(path) != TextFormat::NotText; }

}  // namespace ts
