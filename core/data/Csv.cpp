// Streaming CSV/TSV reader: one line at a time from a fixed buffer, cells parsed in place with
// std::from_chars, features appended to ~1 MiB blocks. No per-cell allocation, no whole-file string.
// Hand-written rather than a CSV library because it has to stream (no whole file in memory), allocate
// nothing per cell and parse numbers with std::from_chars, which ignores the locale and is fast.
#include "core/data/Csv.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace ts {
namespace {

constexpr size_t kReadChunkBytes = size_t{64} << 10;    // bytes per fread (the buffer grows for longer lines)
constexpr size_t kMaxLineBytes = size_t{64} << 20;      // a longer line is not a table
constexpr size_t kMaxColumns = 100000;
constexpr size_t kMaxClasses = 1000;                    // more distinct labels: not a class column
constexpr int64_t kBlockFloats = int64_t{1} << 18;      // floats per storage block (1 MiB)
constexpr size_t kHeadRows = 20;                        // rows kept as text for the preview
constexpr size_t kMaxNumberChars = 64;                  // longest cell tried as a decimal-comma number
constexpr size_t kShownNames = 8;                       // column names listed in an error message
constexpr size_t kShownCellChars = 40;                  // a bad cell is quoted up to this length
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: integers a double holds exactly
const char* const kDefaultLabelNames[] = {"label", "class", "target"};
const char kUtf8Bom[] = "\xEF\xBB\xBF";
constexpr size_t kUtf8BomBytes = 3;

// Throws std::runtime_error("<path>: <problem>").
[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

// ASCII lower-case copy.
std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

// s without leading and trailing spaces and tabs.
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// A cell for an error message: quoted, shortened, control bytes replaced.
std::string quoteCell(std::string_view s) {
    std::string out = "'";
    for (size_t i = 0; i < s.size() && i < kShownCellChars; ++i)
        out += (static_cast<unsigned char>(s[i]) < 0x20) ? '?' : s[i];
    if (s.size() > kShownCellChars) out += "...";
    return out + "'";
}

// Human name of a delimiter.
const char* delimiterName(char d) {
    switch (d) {
    case '\t': return "tab";
    case ';': return "semicolon";
    default: return "comma";
    }
}

// Outcome of parsing one numeric cell.
enum class Cell { Ok, Empty, NotNumber, OutOfRange, NotFinite };

// Parses a trimmed cell as a float; with a semicolon delimiter a decimal comma is accepted too.
Cell parseNumber(std::string_view s, char delimiter, float& out) {
    s = trim(s);
    if (s.empty()) return Cell::Empty;
    if (s.front() == '+') s.remove_prefix(1);
    const char* end = s.data() + s.size();
    auto r = std::from_chars(s.data(), end, out);
    if (r.ec == std::errc() && r.ptr == end) return std::isfinite(out) ? Cell::Ok : Cell::NotFinite;
    if (r.ec == std::errc::result_out_of_range) return Cell::OutOfRange;
    if (delimiter == ';' && s.size() < kMaxNumberChars && s.find(',') != std::string_view::npos) {
        char buf[kMaxNumberChars];
        std::memcpy(buf, s.data(), s.size());
        std::replace(buf, buf + s.size(), ',', '.');
        r = std::from_chars(buf, buf + s.size(), out);
        if (r.ec == std::errc() && r.ptr == buf + s.size()) return std::isfinite(out) ? Cell::Ok : Cell::NotFinite;
    }
    return Cell::NotNumber;
}

// True when the cell reads as a number (used to tell a header from data).
bool isNumeric(std::string_view s, char delimiter) {
    float v = 0.0f;
    return parseNumber(s, delimiter, v) == Cell::Ok;
}

// Reads a stream one line at a time through a reusable buffer (grows only for very long lines).
class LineReader {
public:
    LineReader(std::FILE* f, const std::string& path) : m_f(f), m_path(path), m_buf(kReadChunkBytes) {}

    // The next line without its "\n" or "\r\n"; false at the end of the stream.
    bool next(std::string_view& line) {
        for (;;) {
            char* data = m_buf.data();
            if (const void* nl = std::memchr(data + m_scan, '\n', m_end - m_scan)) {
                const size_t at = static_cast<const char*>(nl) - data;
                take(line, at, at + 1);
                return true;
            }
            m_scan = m_end;
            if (m_eof) {
                if (m_begin == m_end) return false;
                take(line, m_end, m_end);
                return true;
            }
            refill();
        }
    }
    // 1-based number of the line last returned.
    int64_t lineNumber() const { return m_line; }

private:
    void take(std::string_view& line, size_t lineEnd, size_t nextBegin) {
        size_t len = lineEnd - m_begin;
        const char* p = m_buf.data() + m_begin;
        if (len > 0 && p[len - 1] == '\r') --len;
        line = std::string_view(p, len);
        m_begin = m_scan = nextBegin;
        ++m_line;
        if (m_line == 1 && line.substr(0, kUtf8BomBytes) == std::string_view(kUtf8Bom, kUtf8BomBytes))
            line.remove_prefix(kUtf8BomBytes);
        if (std::memchr(line.data(), '\0', line.size()))
            fail(m_path, "line " + std::to_string(m_line) +
                            " contains a NUL byte: this is a binary file, not a CSV/TSV text table.");
    }
    void refill() {
        if (m_begin > 0) {  // move the partial line to the front
            std::memmove(m_buf.data(), m_buf.data() + m_begin, m_end - m_begin);
            m_end -= m_begin;
            m_scan -= m_begin;
            m_begin = 0;
        }
        if (m_end == m_buf.size()) {
            if (m_buf.size() >= kMaxLineBytes)
                fail(m_path, "line " + std::to_string(m_line + 1) + " is longer than " +
                                std::to_string(kMaxLineBytes >> 20) +
                                " MiB; this does not look like a CSV/TSV table.");
            m_buf.resize(m_buf.size() * 2);
        }
        const size_t got = std::fread(m_buf.data() + m_end, 1, m_buf.size() - m_end, m_f);
        if (got == 0) {
            if (std::ferror(m_f)) fail(m_path, std::string("read error: ") + std::strerror(errno));
            m_eof = true;
        }
        m_end += got;
    }

    std::FILE* m_f;
    const std::string& m_path;
    std::vector<char> m_buf;
    size_t m_begin = 0;   // start of the current (unreturned) line
    size_t m_scan = 0;    // bytes before this hold no newline of the current line
    size_t m_end = 0;     // end of valid data
    bool m_eof = false;
    int64_t m_line = 0;
};

// Splits lines into fields (RFC 4180 quotes on one line), reusing its buffers.
class FieldSplitter {
public:
    FieldSplitter(const std::string& path, char delimiter) : m_path(path), m_delim(delimiter) {}

    // Splits `line` (number `lineNo`); the views stay valid until the next call.
    const std::vector<std::string_view>& split(std::string_view line, int64_t lineNo) {
        m_fields.clear();
        m_unquoted.clear();
        if (m_unquoted.capacity() < line.size()) m_unquoted.reserve(line.size());  // views into it stay valid
        size_t pos = 0;
        const size_t n = line.size();
        for (;;) {
            if (m_fields.size() >= kMaxColumns)
                fail(m_path, "line " + std::to_string(lineNo) + " has more than " + std::to_string(kMaxColumns) +
                                " columns; TrainScope reads tables with at most that many.");
            size_t start = pos;
            while (start < n && line[start] == ' ') ++start;
            if (start < n && line[start] == '"') {
                const size_t from = m_unquoted.size();
                size_t p = start + 1;
                for (;;) {
                    const size_t q = line.find('"', p);
                    if (q == std::string_view::npos)
                        fail(m_path, "line " + std::to_string(lineNo) + ", column " + std::to_string(m_fields.size() + 1) +
                                        ": a quoted cell is not closed (cells may not span lines).");
                    m_unquoted.append(line.data() + p, q - p);
                    if (q + 1 < n && line[q + 1] == '"') {  // "" stands for one quote
                        m_unquoted += '"';
                        p = q + 2;
                        continue;
                    }
                    p = q + 1;
                    break;
                }
                while (p < n && line[p] == ' ') ++p;
                if (p < n && line[p] != m_delim)
                    fail(m_path, "line " + std::to_string(lineNo) + ", column " + std::to_string(m_fields.size() + 1) +
                                    ": unexpected text after a closing quote.");
                m_fields.emplace_back(m_unquoted.data() + from, m_unquoted.size() - from);
                if (p >= n) break;
                pos = p + 1;
            } else {
                const size_t d = line.find(m_delim, pos);
                if (d == std::string_view::npos) {
                    m_fields.push_back(line.substr(pos));
                    break;
                }
                m_fields.push_back(line.substr(pos, d - pos));
                pos = d + 1;
            }
            if (pos == n) {  // a delimiter at the very end: one more, empty field
                m_fields.emplace_back();
                break;
            }
        }
        return m_fields;
    }

private:
    const std::string& m_path;
    char m_delim;
    std::vector<std::string_view> m_fields;
    std::string m_unquoted;
};

// The delimiter of the first line: the most frequent of comma, tab and semicolon outside quotes.
char detectDelimiter(std::string_view first, const std::string& extensionHint, const std::string& path) {
    size_t commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (char c : first) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == '\t') ++tabs;
        else if (!quoted && c == ';') ++semicolons;
    }
    if (commas == 0 && tabs == 0 && semicolons == 0)
        fail(path, "line 1 has no comma, tab or semicolon. A table needs at least two columns (features and a "
                   "label) separated by one of them.");
    if (extensionHint == "tsv" && tabs > 0) return '\t';
    if (tabs > commas && tabs >= semicolons) return '\t';
    if (semicolons > commas) return ';';
    return ',';
}

// True when every cell is blank.
bool isBlank(std::string_view line) {
    return trim(line).empty();
}

// "column 3 ('petal width')" or "column 3".
std::string columnText(size_t index, const std::vector<std::string>& names, bool header) {
    std::string s = "column " + std::to_string(index + 1);
    if (header) s += " (" + quoteCell(names[index]) + ")";
    return s;
}

// Resolves the label column: a header name, a 1-based number, or the default.
int resolveLabelColumn(const std::string& wanted, const std::vector<std::string>& names, bool header,
                       const std::string& path) {
    const int n = static_cast<int>(names.size());
    if (wanted.empty()) {
        if (header)
            for (const char* candidate : kDefaultLabelNames)
                for (int i = 0; i < n; ++i)
                    if (lower(trim(names[i])) == candidate) return i;
        return n - 1;
    }
    for (int i = 0; i < n; ++i)
        if (header && names[i] == wanted) return i;
    for (int i = 0; i < n; ++i)
        if (header && lower(names[i]) == lower(wanted)) return i;
    if (std::all_of(wanted.begin(), wanted.end(), [](unsigned char c) { return std::isdigit(c); }) &&
        wanted.size() < 8) {
        const int k = std::stoi(wanted);
        if (k >= 1 && k <= n) return k - 1;
        fail(path, "label column " + wanted + " is out of range: the table has " + std::to_string(n) + " columns.");
    }
    std::string list;
    for (size_t i = 0; i < names.size() && i < kShownNames; ++i) list += (i ? ", " : "") + names[i];
    if (names.size() > kShownNames) list += ", ...";
    fail(path, "has no column named '" + wanted + "'" +
                   (header ? "; its columns are: " + list : "; it has no header row") +
                   ". Give a column name or a 1-based column number.");
}

// The first non-blank line from `reader` and its number; 0 when none is left.
int64_t nextNonBlank(LineReader& reader, std::string_view& line) {
    while (reader.next(line))
        if (!isBlank(line)) return reader.lineNumber();
    return 0;
}

// True when the first line is a header: one of its cells is text where the line below has a number;
// without a second line, when all its cells (or more than one) are text.
bool looksLikeHeader(const std::vector<std::string_view>& firstFields, const std::vector<std::string_view>* secondFields,
                     char delimiter) {
    if (secondFields) {
        bool header = false;
        for (size_t c = 0; c < firstFields.size() && c < secondFields->size(); ++c)
            if (!isNumeric(firstFields[c], delimiter) && isNumeric((*secondFields)[c], delimiter)) header = true;
        return header;
    }
    size_t text = 0;
    for (std::string_view f : firstFields) text += isNumeric(f, delimiter) ? 0 : 1;
    return text == firstFields.size() || text > 1;  // one line of names and nothing else
}

// The file's column names: the header's cells, or "column N" without a header (and for blank header cells).
std::vector<std::string> columnNames(const std::vector<std::string_view>& firstFields, bool header) {
    std::vector<std::string> names(firstFields.size());
    for (size_t c = 0; c < names.size(); ++c) {
        names[c] = header ? std::string(trim(firstFields[c])) : std::string();
        if (names[c].empty()) names[c] = "column " + std::to_string(c + 1);
    }
    return names;
}

// The value of a label that reads as an integer a double holds exactly ("3", "3.0", "+3"); false otherwise.
bool exactInteger(std::string_view s, double& value) {
    const char* end = s.data() + s.size();
    const auto r = std::from_chars(s.data(), end, value);
    if (r.ec != std::errc() || r.ptr != end) {
        float v = 0.0f;
        if (parseNumber(s, ',', v) != Cell::Ok) return false;
        value = v;
    }
    return std::isfinite(value) && std::floor(value) == value && std::fabs(value) < kMaxExactInteger;
}

// Per-column running sums.
struct Accumulator {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0.0;
    double sumSq = 0.0;
};

// Fills a CsvTable row by row: checks every row, appends its features to the blocks, keeps column sums and
// numbers the labels as they appear; finish() sorts the classes and computes the column statistics.
class TableBuilder {
public:
    // A table of the columns `names` (from the first data or header line, number `firstLineNo`).
    TableBuilder(const std::string& path, char delimiter, bool header, std::vector<std::string> names,
                 int labelColumn, int64_t firstLineNo)
        : m_path(path), m_header(header), m_names(std::move(names)), m_label(labelColumn), m_firstLineNo(firstLineNo) {
        m_table.delimiter = delimiter;
        m_table.hasHeader = header;
        m_table.labelColumn = labelColumn;
        m_table.labelName = m_names[static_cast<size_t>(labelColumn)];
        m_table.headColumns = m_names;
        for (size_t c = 0; c < m_names.size(); ++c)
            if (static_cast<int>(c) != labelColumn) m_table.featureNames.push_back(m_names[c]);
        m_features = static_cast<int64_t>(m_names.size()) - 1;
        m_table.rowsPerBlock = std::max<int64_t>(1, kBlockFloats / m_features);
        m_sums.resize(static_cast<size_t>(m_features));
    }

    // Adds the row split from line `lineNo`; throws naming the line and column of a bad cell.
    void addRow(const std::vector<std::string_view>& fields, int64_t lineNo) {
        checkFieldCount(fields.size(), lineNo);
        appendFeatures(fields, lineNo);
        m_table.labels.push_back(labelId(trim(fields[static_cast<size_t>(m_label)]), lineNo));
        m_table.lines.push_back(static_cast<uint32_t>(std::min<int64_t>(lineNo, std::numeric_limits<uint32_t>::max())));
        if (m_table.headRows.size() < kHeadRows) {
            std::vector<std::string> cells;
            for (std::string_view cell : fields) cells.emplace_back(trim(cell));
            m_table.headRows.push_back(std::move(cells));
        }
    }

    // The finished table; throws when it has no rows.
    CsvTable finish() {
        if (m_table.labels.empty()) fail(m_path, "has a header row but no data rows: a table needs a row per sample.");
        sortClasses();
        computeColumnStats();
        return std::move(m_table);
    }

private:
    // Throws unless a row has as many fields as the first line.
    void checkFieldCount(size_t count, int64_t lineNo) const {
        if (count == m_names.size()) return;
        fail(m_path, "line " + std::to_string(lineNo) + " has " + std::to_string(count) +
                         (count == 1 ? " field" : " fields") + " but " +
                         (m_header ? "the header" : "line " + std::to_string(m_firstLineNo)) + " has " +
                         std::to_string(m_names.size()) + " (" + delimiterName(m_table.delimiter) +
                         "-separated); every row needs the same number of columns.");
    }

    // Parses the feature cells of a row into the last block (a new one when it is full) and the sums.
    void appendFeatures(const std::vector<std::string_view>& fields, int64_t lineNo) {
        std::vector<std::vector<float>>& blocks = m_table.blocks;
        if (blocks.empty() || static_cast<int64_t>(blocks.back().size()) == m_table.rowsPerBlock * m_features) {
            blocks.emplace_back();
            blocks.back().reserve(static_cast<size_t>(m_table.rowsPerBlock * m_features));
        }
        std::vector<float>& block = blocks.back();
        size_t f = 0;
        for (size_t c = 0; c < fields.size(); ++c) {
            if (static_cast<int>(c) == m_label) continue;
            float v = 0.0f;
            const Cell outcome = parseNumber(fields[c], m_table.delimiter, v);
            if (outcome != Cell::Ok) failCell(outcome, c, fields[c], lineNo);
            block.push_back(v);
            Accumulator& a = m_sums[f++];
            const double d = v;
            a.min = std::min(a.min, d);
            a.max = std::max(a.max, d);
            a.sum += d;
            a.sumSq += d * d;
        }
    }

    // Throws the message for a feature cell that is not a usable number.
    [[noreturn]] void failCell(Cell outcome, size_t column, std::string_view field, int64_t lineNo) const {
        const std::string where = "line " + std::to_string(lineNo) + ", " + columnText(column, m_names, m_header);
        switch (outcome) {
        case Cell::Empty:
            fail(m_path, where + ": the cell is empty. Every feature cell needs a number; fill or drop missing values "
                                 "first.");
        case Cell::NotNumber:
            fail(m_path, where + ": " + quoteCell(trim(field)) +
                             " is not a number. Feature columns must be numeric; if this column holds the "
                             "classes, choose it as the label column (--label-column).");
        case Cell::OutOfRange:
            fail(m_path, where + ": " + quoteCell(trim(field)) + " is outside the range of a 32-bit float.");
        default:
            fail(m_path, where + ": " + quoteCell(trim(field)) + " is not a finite number.");
        }
    }

    // The index of a label text in order of first appearance (a new one for a new text).
    int32_t labelId(std::string_view labelText, int64_t lineNo) {
        if (labelText.empty())
            fail(m_path, "line " + std::to_string(lineNo) + ", " + columnText(static_cast<size_t>(m_label), m_names, m_header) +
                             ": the label is empty. Every row needs a class label.");
        auto it = m_labelIds.find(labelText);
        if (it == m_labelIds.end()) {
            if (m_labelIds.size() >= kMaxClasses)
                fail(m_path, "line " + std::to_string(lineNo) + ": the label column " +
                                 quoteCell(m_names[static_cast<size_t>(m_label)]) + " has more than " +
                                 std::to_string(kMaxClasses) +
                                 " different values, so it does not look like class labels. Choose the label column "
                                 "with --label-column NAME.");
            m_labelTexts.emplace_back(labelText);
            it = m_labelIds.emplace(m_labelTexts.back(), static_cast<int32_t>(m_labelIds.size())).first;
        }
        return it->second;
    }

    // Class names: integers sort numerically (and "1" and "1.0" are one class), text sorts by bytes;
    // the labels are renumbered to match.
    void sortClasses() {
        const size_t k = m_labelTexts.size();
        std::vector<double> numeric(k);
        bool allIntegers = true;
        for (size_t i = 0; i < k && allIntegers; ++i) allIntegers = exactInteger(m_labelTexts[i], numeric[i]);
        std::vector<int32_t> remap(k);
        if (allIntegers) {
            std::vector<double> values(numeric);
            std::sort(values.begin(), values.end());
            values.erase(std::unique(values.begin(), values.end()), values.end());
            for (double v : values) m_table.classNames.push_back(std::to_string(static_cast<long long>(v)));
            for (size_t i = 0; i < k; ++i)
                remap[i] = static_cast<int32_t>(std::lower_bound(values.begin(), values.end(), numeric[i]) - values.begin());
        } else {
            std::vector<size_t> order(k);
            for (size_t i = 0; i < k; ++i) order[i] = i;
            std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return m_labelTexts[a] < m_labelTexts[b]; });
            for (size_t r = 0; r < k; ++r) {
                m_table.classNames.push_back(m_labelTexts[order[r]]);
                remap[order[r]] = static_cast<int32_t>(r);
            }
        }
        m_table.integerLabels = allIntegers;
        for (int32_t& l : m_table.labels) l = remap[static_cast<size_t>(l)];
    }

    // Range, mean and population standard deviation of every feature column.
    void computeColumnStats() {
        const double n = static_cast<double>(m_table.labels.size());
        for (size_t f = 0; f < m_sums.size(); ++f) {
            ColumnStats s;
            s.name = m_table.featureNames[f];
            s.min = m_sums[f].min;
            s.max = m_sums[f].max;
            s.mean = m_sums[f].sum / n;
            s.stddev = std::sqrt(std::max(0.0, m_sums[f].sumSq / n - s.mean * s.mean));
            m_table.columns.push_back(std::move(s));
        }
    }

    const std::string& m_path;
    bool m_header;
    std::vector<std::string> m_names;   // every file column, label included
    int m_label;                        // position of the label column
    int64_t m_firstLineNo;
    int64_t m_features = 0;             // feature columns per row
    CsvTable m_table;
    std::vector<Accumulator> m_sums;    // one per feature column
    // Distinct label strings, keyed by views into stable storage (lookups allocate nothing).
    std::deque<std::string> m_labelTexts;
    std::unordered_map<std::string_view, int32_t> m_labelIds;
};

}  // namespace

// Reads the whole table from `file`, streaming; see Csv.h. The first non-blank line gives the delimiter and
// the columns, the second tells whether the first is a header; then every line is a row.
CsvTable readCsv(std::FILE* file, const std::string& path, const std::string& labelColumn,
                 const std::string& extensionHint) {
    LineReader reader(file, path);
    std::string_view line;
    const int64_t firstLineNo = nextNonBlank(reader, line);
    if (firstLineNo == 0) fail(path, "is empty: a table needs a row per sample with numeric features and a label.");
    const std::string first(line);  // kept: the reader reuses its buffer

    const char delimiter = detectDelimiter(first, extensionHint, path);
    FieldSplitter firstSplitter(path, delimiter);
    FieldSplitter splitter(path, delimiter);
    const std::vector<std::string_view> firstFields = firstSplitter.split(first, firstLineNo);
    if (firstFields.size() < 2)
        fail(path, "line " + std::to_string(firstLineNo) + " has a single column; a table needs feature columns and a "
                                                           "label column.");

    std::string_view second;
    const int64_t secondLineNo = nextNonBlank(reader, second);
    const bool header = looksLikeHeader(firstFields, secondLineNo > 0 ? &splitter.split(second, secondLineNo) : nullptr,
                                        delimiter);
    std::vector<std::string> names = columnNames(firstFields, header);
    const int label = resolveLabelColumn(labelColumn, names, header, path);
    TableBuilder table(path, delimiter, header, std::move(names), label, firstLineNo);

    if (!header) table.addRow(firstFields, firstLineNo);
    if (secondLineNo > 0) table.addRow(splitter.split(second, secondLineNo), secondLineNo);
    while (reader.next(line)) {
        if (isBlank(line)) continue;
        table.addRow(splitter.split(line, reader.lineNumber()), reader.lineNumber());
    }
    return table.finish();
}

// Closes a stdio file when it goes out of scope.
namespace {
struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
}  // namespace

// Opens the file and streams it through readCsv.
CsvTable readCsvFile(const std::string& path, const std::string& labelColumn) {
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
    if (!f) fail(path, std::string("cannot open: ") + std::strerror(errno));
    std::string ext;
    const size_t dot = path.find_last_of('.');
    if (dot != std::string::npos && path.find('/', dot) == std::string::npos) ext = lower(path.substr(dot + 1));
    return readCsv(f.get(), path, labelColumn, ext);
}

}  // namespace ts
