#include "core/Json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
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
        return Json(number());
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
    double number() {
        const char* begin = s_.c_str() + pos_;
        char* end = nullptr;
        const double d = std::strtod(begin, &end);
        if (end == begin) fail("expected a value");
        pos_ += size_t(end - begin);
        return d;
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
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

}  // namespace

std::string formatDouble(double v) {
    char buf[40];
    for (int digits = 15; digits <= 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    return buf;
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
        if (!std::isfinite(number_)) { out += "null"; break; }
        out += formatDouble(number_);
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
