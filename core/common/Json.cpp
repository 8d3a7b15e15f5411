#include "core/common/Json.h"

#include "core/common/Numbers.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

namespace ts {

namespace {

constexpr int kMaxDepth = 256;  // deeper input is rejected rather than overflowing the stack

const Json& nullValue() {
    static const Json value;
    return value;
}

class Parser {
public:
    explicit Parser(const std::string& s) : m_s(s) {}

    Json document() {
        Json v = value(0);
        skipSpace();
        if (m_pos != m_s.size()) fail("unexpected text after the JSON value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("invalid JSON at byte " + std::to_string(m_pos) + ": " + what);
    }
    void skipSpace() {
        while (m_pos < m_s.size() && (m_s[m_pos] == ' ' || m_s[m_pos] == '\n' || m_s[m_pos] == '\r' || m_s[m_pos] == '\t')) ++m_pos;
    }
    bool consume(const char* word) {
        size_t n = 0;
        while (word[n]) ++n;
        if (m_s.compare(m_pos, n, word) != 0) return false;
        m_pos += n;
        return true;
    }
    Json value(int depth) {
        if (depth > kMaxDepth) fail("nested too deeply");
        skipSpace();
        if (m_pos >= m_s.size()) fail("unexpected end of input");
        const char c = m_s[m_pos];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return Json(string());
        if (consume("true")) return Json(true);
        if (consume("false")) return Json(false);
        if (consume("null")) return Json();
        return number();
    }
    Json object(int depth) {
        ++m_pos;
        Json::Object o;
        skipSpace();
        if (m_pos < m_s.size() && m_s[m_pos] == '}') { ++m_pos; return Json(std::move(o)); }
        for (;;) {
            skipSpace();
            if (m_pos >= m_s.size() || m_s[m_pos] != '"') fail("expected a quoted key");
            std::string key = string();
            skipSpace();
            if (m_pos >= m_s.size() || m_s[m_pos] != ':') fail("expected ':'");
            ++m_pos;
            o[key] = value(depth + 1);
            skipSpace();
            if (m_pos < m_s.size() && m_s[m_pos] == ',') { ++m_pos; continue; }
            if (m_pos < m_s.size() && m_s[m_pos] == '}') { ++m_pos; return Json(std::move(o)); }
            fail("expected ',' or '}'");
        }
    }
    Json array(int depth) {
        ++m_pos;
        Json::Array a;
        skipSpace();
        if (m_pos < m_s.size() && m_s[m_pos] == ']') { ++m_pos; return Json(std::move(a)); }
        for (;;) {
            a.push_back(value(depth + 1));
            skipSpace();
            if (m_pos < m_s.size() && m_s[m_pos] == ',') { ++m_pos; continue; }
            if (m_pos < m_s.size() && m_s[m_pos] == ']') { ++m_pos; return Json(std::move(a)); }
            fail("expected ',' or ']'");
        }
    }
    unsigned hex4() {
        if (m_pos + 4 > m_s.size()) fail("truncated \\u escape");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_s[m_pos++];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f') v |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') v |= unsigned(h - 'A' + 10);
            else fail("bad hex digit in \\u escape");
        }
        return v;
    }
    static void appendUtf8(std::string& out, unsigned cp) {
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
        }
    }
    std::string string() {
        ++m_pos;  // opening quote
        std::string out;
        while (m_pos < m_s.size()) {
            const char c = m_s[m_pos++];
            if (c == '"') return out;
            if (c != '\\') { out += c; continue; }
            if (m_pos >= m_s.size()) break;
            const char e = m_s[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && consume("\\u")) {
                    const unsigned low = hex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default: fail("bad escape");
            }
        }
        fail("unterminated string");
    }
    /// JSON's number grammar, strictly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?. Integers without a
    /// fraction or exponent keep all 64 bits; the rest are doubles. Never reads the locale.
    Json number() {
        const size_t start = m_pos;
        auto digits = [&] {
            const size_t from = m_pos;
            while (m_pos < m_s.size() && m_s[m_pos] >= '0' && m_s[m_pos] <= '9') ++m_pos;
            return m_pos - from;
        };
        if (m_pos < m_s.size() && m_s[m_pos] == '-') ++m_pos;
        if (m_pos < m_s.size() && m_s[m_pos] == '0') ++m_pos;
        else if (digits() == 0) { m_pos = start; fail("expected a value"); }
        bool integral = true;
        if (m_pos < m_s.size() && m_s[m_pos] == '.') {
            ++m_pos;
            integral = false;
            if (digits() == 0) fail("expected digits after the decimal point");
        }
        if (m_pos < m_s.size() && (m_s[m_pos] == 'e' || m_s[m_pos] == 'E')) {
            ++m_pos;
            integral = false;
            if (m_pos < m_s.size() && (m_s[m_pos] == '+' || m_s[m_pos] == '-')) ++m_pos;
            if (digits() == 0) fail("expected digits in the exponent");
        }
        const std::string_view text(m_s.data() + start, m_pos - start);
        if (integral) {
            int64_t i = 0;
            uint64_t u = 0;
            if (parseInt64(text, i)) return Json(long(i));
            if (parseUint64(text, u)) return Json((unsigned long)(u));
        }
        double d = 0.0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), d);
        if (r.ec == std::errc::result_out_of_range) {
            d = text.find_first_of("eE") != std::string_view::npos && text.find("e-") == std::string_view::npos &&
                        text.find("E-") == std::string_view::npos
                    ? (text[0] == '-' ? -HUGE_VAL : HUGE_VAL)
                    : 0.0;
        } else if (r.ec != std::errc() || r.ptr != text.data() + text.size()) {
            fail("bad number");
        }
        return Json(d);
    }

    const std::string& m_s;
    size_t m_pos = 0;
};

void writeString(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

}  // namespace

std::vector<std::string> stringsOf(const Json& array) {
    std::vector<std::string> out;
    out.reserve(array.size());
    for (const Json& v : array.array()) out.push_back(v.string());
    return out;
}

std::vector<int64_t> integersOf(const Json& array) {
    std::vector<int64_t> out;
    out.reserve(array.size());
    for (const Json& v : array.array()) out.push_back(v.integer());
    return out;
}

int64_t Json::integer(int64_t fallback) const {
    if (m_type != Type::Number) return fallback;
    if (m_exact == Exact::Signed) return int64_t(m_bits);
    if (m_exact == Exact::Unsigned) return m_bits > uint64_t(std::numeric_limits<int64_t>::max())
                                              ? std::numeric_limits<int64_t>::max() : int64_t(m_bits);
    if (std::isnan(m_number)) return fallback;
    if (m_number >= 9.2233720368547758e18) return std::numeric_limits<int64_t>::max();
    if (m_number <= -9.2233720368547758e18) return std::numeric_limits<int64_t>::min();
    return int64_t(m_number);
}

uint64_t Json::unsignedInteger(uint64_t fallback) const {
    if (m_type != Type::Number) return fallback;
    if (m_exact == Exact::Unsigned) return m_bits;
    if (m_exact == Exact::Signed) return int64_t(m_bits) < 0 ? fallback : m_bits;
    if (std::isnan(m_number) || m_number < 0) return fallback;
    if (m_number >= 1.8446744073709552e19) return std::numeric_limits<uint64_t>::max();
    return uint64_t(m_number);
}

Json Json::parse(const std::string& text) { return Parser(text).document(); }

const Json::Array& Json::array() const {
    static const Array empty;
    return m_type == Type::Array ? *m_array : empty;
}

const Json::Object& Json::object() const {
    static const Object empty;
    return m_type == Type::Object ? *m_object : empty;
}

const Json& Json::operator[](const std::string& key) const {
    if (m_type != Type::Object) return nullValue();
    auto it = m_object->find(key);
    return it == m_object->end() ? nullValue() : it->second;
}

const Json& Json::operator[](size_t i) const {
    if (m_type != Type::Array || i >= m_array->size()) return nullValue();
    return (*m_array)[i];
}

Json& Json::set(const std::string& key, Json value) {
    if (m_type != Type::Object) {
        m_type = Type::Object;
        m_object = std::make_shared<Object>();
    } else if (m_object.use_count() > 1) {
        m_object = std::make_shared<Object>(*m_object);  // copy on write
    }
    (*m_object)[key] = std::move(value);
    return *this;
}

Json& Json::push(Json value) {
    if (m_type != Type::Array) {
        m_type = Type::Array;
        m_array = std::make_shared<Array>();
    } else if (m_array.use_count() > 1) {
        m_array = std::make_shared<Array>(*m_array);
    }
    m_array->push_back(std::move(value));
    return *this;
}

size_t Json::size() const {
    if (m_type == Type::Array) return m_array->size();
    if (m_type == Type::Object) return m_object->size();
    return 0;
}

bool Json::contains(const std::string& key) const { return m_type == Type::Object && m_object->count(key) > 0; }

std::string Json::dump(int indent) const {
    std::string out;
    write(out, indent, 0);
    return out;
}

void Json::write(std::string& out, int indent, int depth) const {
    auto newline = [&](int d) {
        if (indent < 0) return;
        out += '\n';
        out.append(size_t(indent * d), ' ');
    };
    switch (m_type) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += m_bool ? "true" : "false"; break;
    case Type::Number: {
        if (m_exact != Exact::No) {
            char buf[24];
            const auto r = m_exact == Exact::Signed ? std::to_chars(buf, buf + sizeof buf, int64_t(m_bits))
                                                   : std::to_chars(buf, buf + sizeof buf, m_bits);
            out.append(buf, r.ptr);
            break;
        }
        if (!std::isfinite(m_number)) { out += "null"; break; }
        out += formatShortest(m_number);
        break;
    }
    case Type::String: writeString(out, m_string); break;
    case Type::Array: {
        out += '[';
        // Arrays of scalars stay on one line: confusion-matrix rows and class lists read well that way.
        bool scalars = true;
        for (const Json& v : *m_array) scalars = scalars && !v.isArray() && !v.isObject();
        for (size_t i = 0; i < m_array->size(); ++i) {
            if (i) out += scalars || indent < 0 ? (indent < 0 ? "," : ", ") : ",";
            if (!scalars) newline(depth + 1);
            (*m_array)[i].write(out, indent, depth + 1);
        }
        if (!scalars && !m_array->empty()) newline(depth);
        out += ']';
        break;
    }
    case Type::Object: {
        out += '{';
        size_t i = 0;
        for (const auto& [k, v] : *m_object) {
            if (i++) out += ',';
            newline(depth + 1);
            writeString(out, k);
            out += indent < 0 ? ":" : ": ";
            v.write(out, indent, depth + 1);
        }
        if (!m_object->empty()) newline(depth);
        out += '}';
        break;
    }
    }
}

}  // namespace ts
