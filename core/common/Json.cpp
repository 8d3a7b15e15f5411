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
    explicit Parser(const std::string& s) : s_(s) {}

    Json document() {
        Json v = value(0);
        skipSpace();
        if (pos_ != s_.size()) fail("unexpected text after the JSON value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("invalid JSON at byte " + std::to_string(pos_) + ": " + what);
    }
    void skipSpace() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) ++pos_;
    }
    bool consume(const char* word) {
        size_t n = 0;
        while (word[n]) ++n;
        if (s_.compare(pos_, n, word) != 0) return false;
        pos_ += n;
        return true;
    }
    Json value(int depth) {
        if (depth > kMaxDepth) fail("nested too deeply");
        skipSpace();
        if (pos_ >= s_.size()) fail("unexpected end of input");
        const char c = s_[pos_];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return Json(string());
        if (consume("true")) return Json(true);
        if (consume("false")) return Json(false);
        if (consume("null")) return Json();
        return number();
    }
    Json object(int depth) {
        ++pos_;
        Json::Object o;
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return Json(std::move(o)); }
        for (;;) {
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != '"') fail("expected a quoted key");
            std::string key = string();
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != ':') fail("expected ':'");
            ++pos_;
            o[key] = value(depth + 1);
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
            if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return Json(std::move(o)); }
            fail("expected ',' or '}'");
        }
    }
    Json array(int depth) {
        ++pos_;
        Json::Array a;
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return Json(std::move(a)); }
        for (;;) {
            a.push_back(value(depth + 1));
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
            if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return Json(std::move(a)); }
            fail("expected ',' or ']'");
        }
    }
    unsigned hex4() {
        if (pos_ + 4 > s_.size()) fail("truncated \\u escape");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = s_[pos_++];
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
        ++pos_;  // opening quote
        std::string out;
        while (pos_ < s_.size()) {
            const char c = s_[pos_++];
            if (c == '"') return out;
            if (c != '\\') { out += c; continue; }
            if (pos_ >= s_.size()) break;
            const char e = s_[pos_++];
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
        const size_t start = pos_;
        auto digits = [&] {
            const size_t from = pos_;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
            return pos_ - from;
        };
        if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
        if (pos_ < s_.size() && s_[pos_] == '0') ++pos_;
        else if (digits() == 0) { pos_ = start; fail("expected a value"); }
        bool integral = true;
        if (pos_ < s_.size() && s_[pos_] == '.') {
            ++pos_;
            integral = false;
            if (digits() == 0) fail("expected digits after the decimal point");
        }
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            ++pos_;
            integral = false;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
            if (digits() == 0) fail("expected digits in the exponent");
        }
        const std::string_view text(s_.data() + start, pos_ - start);
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

    const std::string& s_;
    size_t pos_ = 0;
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

std::string formatDouble(double v) { return formatShortest(v); }

int64_t Json::integer(int64_t fallback) const {
    if (type_ != Type::Number) return fallback;
    if (exact_ == Exact::Signed) return int64_t(bits_);
    if (exact_ == Exact::Unsigned) return bits_ > uint64_t(std::numeric_limits<int64_t>::max())
                                              ? std::numeric_limits<int64_t>::max() : int64_t(bits_);
    if (std::isnan(number_)) return fallback;
    if (number_ >= 9.2233720368547758e18) return std::numeric_limits<int64_t>::max();
    if (number_ <= -9.2233720368547758e18) return std::numeric_limits<int64_t>::min();
    return int64_t(number_);
}

uint64_t Json::unsignedInteger(uint64_t fallback) const {
    if (type_ != Type::Number) return fallback;
    if (exact_ == Exact::Unsigned) return bits_;
    if (exact_ == Exact::Signed) return int64_t(bits_) < 0 ? fallback : bits_;
    if (std::isnan(number_) || number_ < 0) return fallback;
    if (number_ >= 1.8446744073709552e19) return std::numeric_limits<uint64_t>::max();
    return uint64_t(number_);
}

Json Json::parse(const std::string& text) { return Parser(text).document(); }

const Json::Array& Json::array() const {
    static const Array empty;
    return type_ == Type::Array ? *array_ : empty;
}

const Json::Object& Json::object() const {
    static const Object empty;
    return type_ == Type::Object ? *object_ : empty;
}

const Json& Json::operator[](const std::string& key) const {
    if (type_ != Type::Object) return nullValue();
    auto it = object_->find(key);
    return it == object_->end() ? nullValue() : it->second;
}

const Json& Json::operator[](size_t i) const {
    if (type_ != Type::Array || i >= array_->size()) return nullValue();
    return (*array_)[i];
}

Json& Json::set(const std::string& key, Json value) {
    if (type_ != Type::Object) {
        type_ = Type::Object;
        object_ = std::make_shared<Object>();
    } else if (object_.use_count() > 1) {
        object_ = std::make_shared<Object>(*object_);  // copy on write
    }
    (*object_)[key] = std::move(value);
    return *this;
}

Json& Json::push(Json value) {
    if (type_ != Type::Array) {
        type_ = Type::Array;
        array_ = std::make_shared<Array>();
    } else if (array_.use_count() > 1) {
        array_ = std::make_shared<Array>(*array_);
    }
    array_->push_back(std::move(value));
    return *this;
}

size_t Json::size() const {
    if (type_ == Type::Array) return array_->size();
    if (type_ == Type::Object) return object_->size();
    return 0;
}

bool Json::contains(const std::string& key) const { return type_ == Type::Object && object_->count(key) > 0; }

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
    switch (type_) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += bool_ ? "true" : "false"; break;
    case Type::Number: {
        if (exact_ != Exact::No) {
            char buf[24];
            const auto r = exact_ == Exact::Signed ? std::to_chars(buf, buf + sizeof buf, int64_t(bits_))
                                                   : std::to_chars(buf, buf + sizeof buf, bits_);
            out.append(buf, r.ptr);
            break;
        }
        if (!std::isfinite(number_)) { out += "null"; break; }
        out += formatShortest(number_);
        break;
    }
    case Type::String: writeString(out, string_); break;
    case Type::Array: {
        out += '[';
        // Arrays of scalars stay on one line: confusion-matrix rows and class lists read well that way.
        bool scalars = true;
        for (const Json& v : *array_) scalars = scalars && !v.isArray() && !v.isObject();
        for (size_t i = 0; i < array_->size(); ++i) {
            if (i) out += scalars || indent < 0 ? (indent < 0 ? "," : ", ") : ",";
            if (!scalars) newline(depth + 1);
            (*array_)[i].write(out, indent, depth + 1);
        }
        if (!scalars && !array_->empty()) newline(depth);
        out += ']';
        break;
    }
    case Type::Object: {
        out += '{';
        size_t i = 0;
        for (const auto& [k, v] : *object_) {
            if (i++) out += ',';
            newline(depth + 1);
            writeString(out, k);
            out += indent < 0 ? ":" : ": ";
            v.write(out, indent, depth + 1);
        }
        if (!object_->empty()) newline(depth);
        out += '}';
        break;
    }
    }
}

}  // namespace ts
