// A small JSON value with a parser and a writer, for run folders and reports. Torch-free, no dependencies.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ts {

/// The shortest decimal text (up to 17 significant digits) that reads back as exactly `v`.
std::string formatDouble(double v);

/// A JSON document node. Objects keep their keys sorted (std::map), which keeps output stable.
class Json {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<Json>;
    using Object = std::map<std::string, Json>;

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : type_(Type::Bool), bool_(b) {}
    Json(double d) : type_(Type::Number), number_(d) {}
    Json(int i) : type_(Type::Number), number_(i) {}
    Json(int64_t i) : type_(Type::Number), number_(double(i)) {}
    Json(uint64_t i) : type_(Type::Number), number_(double(i)) {}
    Json(const char* s) : type_(Type::String), string_(s) {}
    Json(std::string s) : type_(Type::String), string_(std::move(s)) {}
    Json(Array a) : type_(Type::Array), array_(std::make_shared<Array>(std::move(a))) {}
    Json(Object o) : type_(Type::Object), object_(std::make_shared<Object>(std::move(o))) {}

    /// Parses a document; throws std::runtime_error with the byte offset of the first problem.
    static Json parse(const std::string& text);
    /// Serializes; indent < 0 writes one line, otherwise pretty-prints with that many spaces.
    std::string dump(int indent = -1) const;

    Type type() const { return type_; }
    bool isNull() const { return type_ == Type::Null; }
    bool isNumber() const { return type_ == Type::Number; }
    bool isString() const { return type_ == Type::String; }
    bool isArray() const { return type_ == Type::Array; }
    bool isObject() const { return type_ == Type::Object; }

    /// Typed reads with a fallback for a missing or mistyped value (a run folder may be old or damaged).
    double number(double fallback = 0.0) const { return type_ == Type::Number ? number_ : fallback; }
    int64_t integer(int64_t fallback = 0) const { return type_ == Type::Number ? int64_t(number_) : fallback; }
    bool boolean(bool fallback = false) const { return type_ == Type::Bool ? bool_ : fallback; }
    std::string string(const std::string& fallback = {}) const { return type_ == Type::String ? string_ : fallback; }
    const Array& array() const;
    const Object& object() const;

    /// Member of an object (a null value when absent or not an object).
    const Json& operator[](const std::string& key) const;
    /// Element of an array (a null value when out of range or not an array).
    const Json& operator[](size_t i) const;
    /// Inserts or replaces a member, turning a null value into an object.
    Json& set(const std::string& key, Json value);
    /// Appends to an array, turning a null value into an array.
    Json& push(Json value);
    /// Number of members or elements (0 for scalars).
    size_t size() const;
    bool contains(const std::string& key) const;

private:
    void write(std::string& out, int indent, int depth) const;

    Type type_ = Type::Null;
    bool bool_ = false;
    double number_ = 0.0;
    std::string string_;
    std::shared_ptr<Array> array_;
    std::shared_ptr<Object> object_;
};

}  // namespace ts
