// Streaming CSV/TSV reader: one line at a time from a fixed buffer, cells parsed in place with
// std::from_chars, features appended to ~1 MiB blocks. No per-cell allocation, no whole-file string.
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

// Per-column running sums.
struct Accumulator {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0.0;
    double sumSq = 0.0;
};

}  // namespace

// Reads the whole table from `file`, streaming; see Csv.h.
CsvTable readCsv(std::FILE* file, const std::string& path, const std::string& labelColumn,
                 const std::string& extensionHint) {
    LineReader reader(file, path);
    std::string_view line;

    // The first non-blank line: delimiter, column count, and maybe the header.
    std::string first;
    int64_t firstLineNo = 0;
    while (reader.next(line)) {
        if (isBlank(line)) continue;
        first.assign(line);
        firstLineNo = reader.lineNumber();
        break;
    }
    if (firstLineNo == 0) fail(path, "is empty: a table needs a row per sample with numeric features and a label.");

    CsvTable t;
    t.delimiter = detectDelimiter(first, extensionHint, path);
    FieldSplitter firstSplitter(path, t.delimiter);
    FieldSplitter splitter(path, t.delimiter);
    const std::vector<std::string_view> firstFields = firstSplitter.split(first, firstLineNo);
    const size_t ncols = firstFields.size();
    if (ncols < 2)
        fail(path, "line " + std::to_string(firstLineNo) + " has a single column; a table needs feature columns and a "
                                                           "label column.");

    // The second non-blank line decides whether the first is a header: a header cell is text
    // where the data below it is a number.
    std::string_view second;
    int64_t secondLineNo = 0;
    while (reader.next(line)) {
        if (isBlank(line)) continue;
        second = line;
        secondLineNo = reader.lineNumber();
        break;
    }
    bool header = false;
    if (secondLineNo > 0) {
        const std::vector<std::string_view>& secondFields = splitter.split(second, secondLineNo);
        for (size_t c = 0; c < ncols && c < secondFields.size(); ++c)
            if (!isNumeric(firstFields[c], t.delimiter) && isNumeric(secondFields[c], t.delimiter)) header = true;
    } else {
        size_t text = 0;
        for (std::string_view f : firstFields) text += isNumeric(f, t.delimiter) ? 0 : 1;
        header = text == ncols || text > 1;  // one line of names and nothing else
    }
    t.hasHeader = header;

    std::vector<std::string> names(ncols);
    for (size_t c = 0; c < ncols; ++c) {
        names[c] = header ? std::string(trim(firstFields[c])) : std::string();
        if (names[c].empty()) names[c] = "column " + std::to_string(c + 1);
    }
    const int label = resolveLabelColumn(labelColumn, names, header, path);
    t.labelColumn = label;
    t.labelName = names[label];
    t.headColumns = names;
    for (size_t c = 0; c < ncols; ++c)
        if (static_cast<int>(c) != label) t.featureNames.push_back(names[c]);

    const int64_t features = static_cast<int64_t>(ncols) - 1;
    t.rowsPerBlock = std::max<int64_t>(1, kBlockFloats / features);
    std::vector<Accumulator> acc(static_cast<size_t>(features));

    // Distinct label strings, keyed by views into stable storage (lookups allocate nothing).
    std::deque<std::string> labelTexts;
    std::unordered_map<std::string_view, int32_t> labelIds;

    auto addRow = [&](const std::vector<std::string_view>& fields, int64_t lineNo) {
        if (fields.size() != ncols)
            fail(path, "line " + std::to_string(lineNo) + " has " + std::to_string(fields.size()) +
                           (fields.size() == 1 ? " field" : " fields") + " but " +
                           (header ? "the header" : "line " + std::to_string(firstLineNo)) + " has " +
                           std::to_string(ncols) + " (" + delimiterName(t.delimiter) +
                           "-separated); every row needs the same number of columns.");
        if (t.blocks.empty() || static_cast<int64_t>(t.blocks.back().size()) == t.rowsPerBlock * features) {
            t.blocks.emplace_back();
            t.blocks.back().reserve(static_cast<size_t>(t.rowsPerBlock * features));
        }
        std::vector<float>& block = t.blocks.back();
        size_t f = 0;
        for (size_t c = 0; c < ncols; ++c) {
            if (static_cast<int>(c) == label) continue;
            float v = 0.0f;
            switch (parseNumber(fields[c], t.delimiter, v)) {
            case Cell::Ok: break;
            case Cell::Empty:
                fail(path, "line " + std::to_string(lineNo) + ", " + columnText(c, names, header) +
                               ": the cell is empty. Every feature cell needs a number; fill or drop missing values "
                               "first.");
            case Cell::NotNumber:
                fail(path, "line " + std::to_string(lineNo) + ", " + columnText(c, names, header) + ": " +
                               quoteCell(trim(fields[c])) +
                               " is not a number. Feature columns must be numeric; if this column holds the "
                               "classes, choose it as the label column (--label-column).");
            case Cell::OutOfRange:
                fail(path, "line " + std::to_string(lineNo) + ", " + columnText(c, names, header) + ": " +
                               quoteCell(trim(fields[c])) + " is outside the range of a 32-bit float.");
            case Cell::NotFinite:
                fail(path, "line " + std::to_string(lineNo) + ", " + columnText(c, names, header) + ": " +
                               quoteCell(trim(fields[c])) + " is not a finite number.");
            }
            block.push_back(v);
            Accumulator& a = acc[f++];
            const double d = v;
            a.min = std::min(a.min, d);
            a.max = std::max(a.max, d);
            a.sum += d;
            a.sumSq += d * d;
        }
        const std::string_view labelText = trim(fields[label]);
        if (labelText.empty())
            fail(path, "line " + std::to_string(lineNo) + ", " + columnText(label, names, header) +
                           ": the label is empty. Every row needs a class label.");
        auto it = labelIds.find(labelText);
        if (it == labelIds.end()) {
            if (labelIds.size() >= kMaxClasses)
                fail(path, "line " + std::to_string(lineNo) + ": the label column " + quoteCell(names[label]) +
                               " has more than " + std::to_string(kMaxClasses) +
                               " different values, so it does not look like class labels. Choose the label column "
                               "with --label-column NAME.");
            labelTexts.emplace_back(labelText);
            it = labelIds.emplace(labelTexts.back(), static_cast<int32_t>(labelIds.size())).first;
        }
        t.labels.push_back(it->second);
        t.lines.push_back(static_cast<uint32_t>(std::min<int64_t>(lineNo, std::numeric_limits<uint32_t>::max())));
        if (t.headRows.size() < kHeadRows) {
            std::vector<std::string> cells;
            for (std::string_view cell : fields) cells.emplace_back(trim(cell));
            t.headRows.push_back(std::move(cells));
        }
    };

    if (!header) addRow(firstFields, firstLineNo);
    if (secondLineNo > 0) addRow(splitter.split(second, secondLineNo), secondLineNo);
    while (reader.next(line)) {
        if (isBlank(line)) continue;
        addRow(splitter.split(line, reader.lineNumber()), reader.lineNumber());
    }
    if (t.labels.empty())
        fail(path, "has a header row but no data rows: a table needs a row per sample.");

    // Class names: integers sort numerically (and "1" and "1.0" are one class), text sorts by bytes.
    const size_t k = labelTexts.size();
    std::vector<double> numeric(k);
    bool allIntegers = true;
    for (size_t i = 0; i < k && allIntegers; ++i) {
        float v = 0.0f;
        const std::string_view s = labelTexts[i];
        double d = 0.0;
        auto r = std::from_chars(s.data(), s.data() + s.size(), d);
        if (r.ec != std::errc() || r.ptr != s.data() + s.size()) {
            allIntegers = parseNumber(s, ',', v) == Cell::Ok;
            d = v;
        }
        allIntegers = allIntegers && std::isfinite(d) && std::floor(d) == d && std::fabs(d) < kMaxExactInteger;
        numeric[i] = d;
    }
    std::vector<int32_t> remap(k);
    if (allIntegers) {
        std::vector<double> values(numeric);
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        for (double v : values) t.classNames.push_back(std::to_string(static_cast<long long>(v)));
        for (size_t i = 0; i < k; ++i)
            remap[i] = static_cast<int32_t>(std::lower_bound(values.begin(), values.end(), numeric[i]) - values.begin());
    } else {
        std::vector<size_t> order(k);
        for (size_t i = 0; i < k; ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return labelTexts[a] < labelTexts[b]; });
        for (size_t r = 0; r < k; ++r) {
            t.classNames.push_back(labelTexts[order[r]]);
            remap[order[r]] = static_cast<int32_t>(r);
        }
    }
    t.integerLabels = allIntegers;
    for (int32_t& l : t.labels) l = remap[static_cast<size_t>(l)];

    const double n = static_cast<double>(t.labels.size());
    for (size_t f = 0; f < acc.size(); ++f) {
        ColumnStats s;
        s.name = t.featureNames[f];
        s.min = acc[f].min;
        s.max = acc[f].max;
        s.mean = acc[f].sum / n;
        s.stddev = std::sqrt(std::max(0.0, acc[f].sumSq / n - s.mean * s.mean));
        t.columns.push_back(std::move(s));
    }
    return t;
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
