// Labelled text readers: an RFC 4180 record reader of our own (the numeric table reader works line by line and
// cannot hold line breaks inside quotes), column detection by name or content, JSONL and class folders.
#include "core/data/TextTable.h"

#include "core/common/Json.h"
#include "core/common/MessageCatalogue.h"
#include "core/common/Numbers.h"
#include "core/text/TextDetection.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace ts {
namespace {

const char* const kTextNames[] = {"text", "sentence", "review", "content", "document"};
const char* const kLabelNames[] = {"label", "class", "target", "category", "topic"};
const char* const kTrainFolder = "train";
const char* const kValFolders[] = {"val", "valid", "validation"};
const char* const kTestFolder = "test";
constexpr size_t kSampleBytes = size_t{64} << 10;  // detection reads this much of a file
constexpr size_t kSampleRecords = 200;             // records the prose test looks at
constexpr double kProseShare = 0.8;                // this share of a column's cells non-numeric ...
constexpr double kProseMeanWords = 3.0;            // ... and this many words on average: the column is prose
constexpr size_t kFolderEntriesToScan = 10000;     // a folder is judged on at most this many entries
constexpr size_t kMinClasses = 2;                  // a class folder needs this many sub-folders of .txt files
const std::string_view kBom = "\xEF\xBB\xBF";

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

std::string joined(const std::vector<std::string>& items) {
    std::string s;
    for (const std::string& i : items) s += (s.empty() ? "" : ", ") + i;
    return s;
}

// The whole file, or its first `limit` bytes.
std::string readBytes(const std::string& path, size_t limit = std::string::npos) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(path, "cannot be opened.");
    if (limit != std::string::npos) {
        std::string s(limit, '\0');
        in.read(s.data(), static_cast<std::streamsize>(limit));
        s.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
        return s;
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The file's text without a byte-order mark, checked to be non-empty UTF-8.
std::string readUtf8(const std::string& path) {
    std::string data = readBytes(path);
    if (std::string_view(data).substr(0, kBom.size()) == kBom) data.erase(0, kBom.size());
    if (trimmed(data).empty()) fail(path, "is empty: a text table needs a header and at least one row.");
    const utf8::Utf8Problem bad = utf8::findInvalid(data);
    if (bad.found)
        fail(path, "line " + std::to_string(bad.line) + ": not valid UTF-8 (byte " + std::to_string(bad.offset) +
                       "). Save the file as UTF-8.");
    return data;
}

bool isNumber(const std::string& cell) {
    double v = 0.0;
    const std::string t = trimmed(cell);
    return !t.empty() && parseDouble(t, v);
}

// Index of the column `choice` names (a name, case-insensitive, or a 1-based number); -1 when none does.
int chosenColumn(const std::vector<std::string>& columns, const std::string& choice) {
    for (size_t i = 0; i < columns.size(); ++i)
        if (lower(trimmed(columns[i])) == lower(trimmed(choice))) return static_cast<int>(i);
    int64_t number = 0;
    if (parseInt64(trimmed(choice), number) && number >= 1 && number <= static_cast<int64_t>(columns.size()))
        return static_cast<int>(number - 1);
    return -1;
}

// The first of `names` (in their order of preference) that is a column; -1 when none is.
template <size_t N>
int namedColumn(const std::vector<std::string>& columns, const char* const (&names)[N], int except = -1) {
    for (const char* name : names) {
        const int at = chosenColumn(columns, name);
        if (at >= 0 && at != except) return at;
    }
    return -1;
}

// True when most of column `col` in `records` (after the header) is non-numeric text of `meanWords` words or more.
bool isProseColumn(const std::vector<DelimitedRecord>& records, size_t col, double meanWords = kProseMeanWords) {
    size_t cells = 0, words = 0, prose = 0;
    for (size_t r = 1; r < records.size() && r <= kSampleRecords; ++r) {
        if (col >= records[r].fields.size()) continue;
        const std::string& cell = records[r].fields[col];
        ++cells;
        words += static_cast<size_t>(countWords(cell));
        prose += isNumber(cell) ? 0 : 1;
    }
    return cells > 0 && static_cast<double>(prose) >= kProseShare * static_cast<double>(cells) &&
           static_cast<double>(words) >= meanWords * static_cast<double>(cells);
}

// The text column of a header: chosen, named, or (for delimited files) the prose column with the most words.
int findTextColumn(const std::vector<std::string>& columns, const std::string& choice,
                   const std::vector<DelimitedRecord>* records, const std::string& path) {
    if (!choice.empty()) {
        const int at = chosenColumn(columns, choice);
        if (at < 0) fail(path, "has no column '" + choice + "' for the texts; its columns are: " + joined(columns) + ".");
        return at;
    }
    int at = namedColumn(columns, kTextNames);
    for (size_t c = 0; at < 0 && records && c < columns.size(); ++c)
        if (isProseColumn(*records, c)) at = static_cast<int>(c);
    if (at < 0)
        fail(path, "no text column: name it text, sentence, review, content or document (or choose it with "
                   "--text-column); the columns are: " + joined(columns) + ".");
    return at;
}

// The label column: chosen, named, or the last column that is not the text.
int findLabelColumn(const std::vector<std::string>& columns, const std::string& choice, int textAt,
                    const std::string& path) {
    int at = -1;
    if (!choice.empty()) {
        at = chosenColumn(columns, choice);
        if (at < 0) fail(path, "has no label column '" + choice + "'; its columns are: " + joined(columns) + ".");
    } else {
        at = namedColumn(columns, kLabelNames, textAt);
        for (int c = static_cast<int>(columns.size()) - 1; at < 0 && c >= 0; --c)
            if (c != textAt) at = c;
    }
    if (at < 0 || at == textAt)
        fail(path, "needs a label column besides the text column '" + columns[size_t(textAt)] +
                       "'; the columns are: " + joined(columns) + ".");
    return at;
}

// Adds one record's text and label, or notes it as empty.
void addRow(RawTextTable& t, std::string text, std::string label, int64_t row) {
    if (trimmed(text).empty() || trimmed(label).empty()) {
        t.emptyRows.push_back(row);
        return;
    }
    t.texts.push_back(std::move(text));
    t.labels.push_back(trimmed(label));
    t.rows.push_back(row);
}

RawTextTable readDelimitedTable(const std::string& path, char delimiter, const std::string& textChoice,
                                const std::string& labelChoice) {
    const std::vector<DelimitedRecord> records = readDelimitedRecords(readUtf8(path), delimiter, path);
    RawTextTable t;
    t.format = message(delimiter == '\t' ? Msg::FormatTsvTextTable : Msg::FormatCsvTextTable);
    for (const std::string& c : records.front().fields) t.columns.push_back(trimmed(c));
    const std::string header = path + ": line " + std::to_string(records.front().line);
    const int textAt = findTextColumn(t.columns, textChoice, &records, header);
    const int labelAt = findLabelColumn(t.columns, labelChoice, textAt, header);
    t.textColumn = t.columns[size_t(textAt)];
    t.labelColumn = t.columns[size_t(labelAt)];
    const size_t need = static_cast<size_t>(std::max(textAt, labelAt)) + 1;
    for (size_t r = 1; r < records.size(); ++r) {
        const DelimitedRecord& rec = records[r];
        if (rec.fields.size() < need)
            fail(path, "line " + std::to_string(rec.line) + ": has " + std::to_string(rec.fields.size()) +
                           " fields but the header has " + std::to_string(t.columns.size()) +
                           " (an unquoted delimiter or line break in a text?).");
        addRow(t, rec.fields[size_t(textAt)], rec.fields[size_t(labelAt)], rec.line);
    }
    return t;
}

// A JSON label value as text: strings as they are, integers in decimal, other numbers shortest.
std::string labelText(const Json& v) {
    if (v.isString()) return v.string();
    if (v.isNumber())
        return v.number() == std::floor(v.number()) ? std::to_string(v.integer()) : formatShortest(v.number());
    if (v.type() == Json::Type::Bool) return v.boolean() ? "true" : "false";
    return "";
}

RawTextTable readJsonlTable(const std::string& path, const std::string& textChoice, const std::string& labelChoice) {
    const std::string data = readUtf8(path);
    RawTextTable t;
    t.format = message(Msg::FormatJsonlTextTable);
    int64_t line = 0;
    for (size_t pos = 0; pos < data.size();) {
        size_t end = data.find('\n', pos);
        if (end == std::string::npos) end = data.size();
        const std::string text = trimmed(std::string_view(data).substr(pos, end - pos));
        ++line;
        pos = end + 1;
        if (text.empty()) continue;
        Json j;
        try {
            j = Json::parse(text);
        } catch (const std::exception& e) {
            fail(path, "line " + std::to_string(line) + ": not valid JSON (" + e.what() + ").");
        }
        if (!j.isObject()) fail(path, "line " + std::to_string(line) + ": is not a JSON object.");
        if (t.columns.empty()) {
            for (const auto& kv : j.object()) t.columns.push_back(kv.first);
            const std::string where = path + ": line " + std::to_string(line);
            const int textAt = findTextColumn(t.columns, textChoice, nullptr, where);
            t.textColumn = t.columns[size_t(textAt)];
            t.labelColumn = t.columns[size_t(findLabelColumn(t.columns, labelChoice, textAt, where))];
        }
        const Json& textValue = j[t.textColumn];
        if (!textValue.isString() && !textValue.isNull())
            fail(path, "line " + std::to_string(line) + ": \"" + t.textColumn + "\" is not a string.");
        addRow(t, textValue.string(), labelText(j[t.labelColumn]), line);
    }
    return t;
}

bool hasTxtFiles(const fs::path& folder) {
    std::error_code ec;
    size_t seen = 0;
    for (fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end && seen < kFolderEntriesToScan; it.increment(ec), ++seen)
        if (it->is_regular_file(ec) && lowerExtension(it->path()) == ".txt") return true;
    return false;
}

// Sub-folders of `folder` that hold .txt files, sorted by name.
std::vector<fs::path> classFolders(const fs::path& folder) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec))
        if (it->is_directory(ec) && hasTxtFiles(it->path())) out.push_back(it->path());
    std::sort(out.begin(), out.end());
    return out;
}

// The split sub-folder of `root` with one of `names` (case-insensitive), or an empty path.
fs::path splitFolder(const fs::path& root, std::initializer_list<const char*> names) {
    std::error_code ec;
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
        for (const char* n : names)
            if (it->is_directory(ec) && lower(it->path().filename().string()) == n) return it->path();
    return {};
}

// Every .txt file of each class folder under `root`, as rows of split `part`; skipped files named relative to `top`.
void readClassFiles(RawTextTable& t, const fs::path& top, const fs::path& root, TextPart part, bool withParts) {
    for (const fs::path& cls : classFolders(root)) {
        std::vector<fs::path> files;
        std::error_code ec;
        for (fs::directory_iterator it(cls, ec), end; !ec && it != end; it.increment(ec))
            if (it->is_regular_file(ec) && lowerExtension(it->path()) == ".txt") files.push_back(it->path());
        std::sort(files.begin(), files.end());
        for (const fs::path& f : files) {
            std::string text = readBytes(f.string());
            if (std::string_view(text).substr(0, kBom.size()) == kBom) text.erase(0, kBom.size());
            const utf8::Utf8Problem bad = utf8::findInvalid(text);
            if (bad.found) fail(f.string(), "line " + std::to_string(bad.line) + ": not valid UTF-8. Save it as UTF-8.");
            const size_t before = t.texts.size(), emptyBefore = t.emptyRows.size();
            addRow(t, std::move(text), cls.filename().string(),
                   static_cast<int64_t>(t.texts.size() + t.emptyRows.size()) + 1);
            if (withParts && t.texts.size() > before) t.parts.push_back(part);
            if (t.emptyRows.size() > emptyBefore) t.emptyFiles.push_back(f.lexically_relative(top).generic_string());
        }
    }
}

RawTextTable readClassFolder(const std::string& path) {
    const fs::path root(path);
    RawTextTable t;
    t.format = message(Msg::FormatTextClassFolder);
    const fs::path train = splitFolder(root, {kTrainFolder});
    const fs::path val = splitFolder(root, {kValFolders[0], kValFolders[1], kValFolders[2]});
    const fs::path test = splitFolder(root, {kTestFolder});
    const bool ownSplit = !train.empty() && !classFolders(train).empty() && (!val.empty() || !test.empty());
    if (!ownSplit) {
        readClassFiles(t, root, root, TextPart::Train, false);
    } else {
        readClassFiles(t, root, train, TextPart::Train, true);
        if (!val.empty()) readClassFiles(t, root, val, TextPart::Val, true);
        if (!test.empty()) readClassFiles(t, root, test, TextPart::Test, true);
    }
    if (t.texts.empty() && t.emptyRows.empty())
        fail(path, "holds no sub-folders of .txt files (one sub-folder per class, optionally under train/, val/, test/).");
    return t;
}

// The first line of a delimited sample names a text column and there is another, or some column is prose.
bool delimitedLooksLabelled(const std::string& path, char delimiter) {
    std::string sample = readBytes(path, kSampleBytes);
    if (std::string_view(sample).substr(0, kBom.size()) == kBom) sample.erase(0, kBom.size());
    std::vector<DelimitedRecord> records;
    try {
        records = readDelimitedRecords(sample, delimiter, path, true);
    } catch (const std::exception&) {
        // Broken quoting further down: a header that names a text column still makes it a text table, so that
        // loading reports the broken line instead of a numeric table's "not a number".
        try {
            const std::vector<DelimitedRecord> header =
                readDelimitedRecords(std::string_view(sample).substr(0, sample.find('\n')), delimiter, path, true);
            std::vector<std::string> columns;
            if (!header.empty())
                for (const std::string& c : header.front().fields) columns.push_back(trimmed(c));
            return columns.size() >= 2 && namedColumn(columns, kTextNames) >= 0;
        } catch (const std::exception&) {
            return false;
        }
    }
    if (records.size() < 2 || records.front().fields.size() < 2) return false;
    std::vector<std::string> columns;
    for (const std::string& c : records.front().fields) columns.push_back(trimmed(c));
    const int named = namedColumn(columns, kTextNames);
    if (named >= 0 && isProseColumn(records, size_t(named), 0.0)) return true;  // a numeric "content" stays a number
    for (size_t c = 0; c < columns.size(); ++c)
        if (isProseColumn(records, c)) return true;
    return false;
}

bool jsonlLooksLabelled(const std::string& path) {
    const std::string sample = readBytes(path, kSampleBytes);
    const size_t start = sample.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) return false;
    const size_t end = sample.find('\n', start);
    try {
        const Json j = Json::parse(sample.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (!j.isObject()) return false;
        std::vector<std::string> keys;
        for (const auto& kv : j.object()) keys.push_back(kv.first);
        return namedColumn(keys, kLabelNames) >= 0;
    } catch (const std::exception&) {
        return false;
    }
}

char delimiterOf(const std::string& path) {
    if (lowerExtension(path) == ".tsv") return '\t';
    const std::string head = readBytes(path, kSampleBytes);
    const std::string first = head.substr(0, head.find('\n'));
    return first.find(',') == std::string::npos && first.find('\t') != std::string::npos ? '\t' : ',';
}

}  // namespace

int64_t countWords(std::string_view text) {
    int64_t words = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!space && !inWord) ++words;
        inWord = !space;
    }
    return words;
}

std::vector<DelimitedRecord> readDelimitedRecords(std::string_view data, char delimiter, const std::string& path,
                                                  bool partial) {
    std::vector<DelimitedRecord> records;
    DelimitedRecord rec;
    std::string field;
    int64_t line = 1, quoteLine = 0;
    bool quoted = false, fieldStarted = false, wasQuoted = false;
    auto endField = [&] {
        rec.fields.push_back(wasQuoted ? field : trimmed(field));
        field.clear();
        fieldStarted = wasQuoted = false;
    };
    auto endRecord = [&] {
        const bool blank = rec.fields.empty() && field.empty() && !wasQuoted;
        if (!blank) {
            endField();
            records.push_back(std::move(rec));
        }
        rec = DelimitedRecord();
    };
    for (size_t i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (rec.fields.empty() && !fieldStarted && rec.line == 0) rec.line = line;
        if (quoted) {
            if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') field += data[++i];
            else if (c == '"') quoted = false;
            else field += c, line += c == '\n' ? 1 : 0;
            continue;
        }
        if (c == '"' && trimmed(field).empty() && !wasQuoted) {
            quoted = wasQuoted = fieldStarted = true;
            quoteLine = line;
            field.clear();
        } else if (c == delimiter) {
            endField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') ++i;
            endRecord();
            ++line;
        } else if (!wasQuoted) {
            field += c;
            fieldStarted = true;
        } else if (!std::isspace(static_cast<unsigned char>(c))) {
            fail(path, "line " + std::to_string(line) + ": text after the closing quote of a field; write a quote "
                       "inside a quoted field as two quotes (\"\").");
        }
    }
    if (quoted) {
        if (partial) return records;
        fail(path, "line " + std::to_string(quoteLine) + ": a quoted field starts here and is never closed (an "
                   "unterminated quote).");
    }
    endRecord();
    return records;
}

RawTextTable readTextTable(const std::string& path, const std::string& textColumn, const std::string& labelColumn) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return readClassFolder(path);
    if (lowerExtension(path) == ".jsonl") return readJsonlTable(path, textColumn, labelColumn);
    return readDelimitedTable(path, delimiterOf(path), textColumn, labelColumn);
}

bool looksLikeTextTable(const std::string& path) {
    std::error_code ec;
    const fs::path p(path);
    if (fs::is_directory(p, ec)) {  // one class folder is not enough to classify: the folder stays unrecognised
        if (classFolders(p).size() >= kMinClasses) return true;
        const fs::path train = splitFolder(p, {kTrainFolder});
        return !train.empty() && classFolders(train).size() >= kMinClasses;
    }
    if (!fs::is_regular_file(p, ec)) return false;
    const std::string ext = lowerExtension(p);
    if (ext == ".jsonl") return jsonlLooksLabelled(path);
    if (ext == ".csv" || ext == ".tsv") return delimitedLooksLabelled(path, delimiterOf(path));
    return false;
}

}  // namespace ts
