// A small JSON value with a parser and a writer, for run folders and reports. Torch-free, no dependencies.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace ts {

/// A JSON document node. Objects keep their keys sorted (std::map), which keeps output stable.
///
/// Hand-written rather than nlohmann-json: the typed reads with fallbacks suit run folders that may be old
/// or damaged, and the header stays light (nlohmann/json.hpp adds seconds to every file that includes it;
/// figures in bench/RESULTS.md). Numbers follow JSON's grammar strictly and never depend on the locale;
/// integers keep all 64 bits (a seed above 2^53 reads back exactly).
class Json {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<Json>;
    using Object = std::map<std::string, Json>;

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : m_type(Type::Bool), m_bool(b) {}
    Json(double d) : m_type(Type::Number), m_number(d) {}
    Json(int i) : Json(long(i)) {}
    Json(long i) : m_type(Type::Number), m_number(double(i)), m_exact(Exact::Signed), m_bits(uint64_t(i)) {}
    Json(long long i) : Json(long(i)) {}
    Json(unsigned long i) : m_type(Type::Number), m_number(double(i)), m_exact(Exact::Unsigned), m_bits(i) {}
    Json(unsigned long long i) : Json((unsigned long)(i)) {}
    Json(unsigned i) : Json(long(i)) {}
    Json(const char* s) : m_type(Type::String), m_string(s) {}
    Json(std::string s) : m_type(Type::String), m_string(std::move(s)) {}
    Json(Array a) : m_type(Type::Array), m_array(std::make_shared<Array>(std::move(a))) {}
    Json(Object o) : m_type(Type::Object), m_object(std::make_shared<Object>(std::move(o))) {}

    /// Parses a document; throws std::runtime_error with the byte offset of the first problem.
    static Json parse(const std::string& text);
    /// Serializes; indent < 0 writes one line, otherwise pretty-prints with that many spaces.
    std::string dump(int indent = -1) const;

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    /// Typed reads with a fallback for a missing or mistyped value (a run folder may be old or damaged).
    double number(double fallback = 0.0) const { return m_type == Type::Number ? m_number : fallback; }
    /// Exact for integers written as integers (all 64 bits); other numbers are truncated toward zero and
    /// clamped to the int64 range.
    int64_t integer(int64_t fallback = 0) const;
    /// Like integer(), for values that are never negative (seeds): exact up to 2^64 - 1.
    uint64_t unsignedInteger(uint64_t fallback = 0) const;
    bool boolean(bool fallback = false) const { return m_type == Type::Bool ? m_bool : fallback; }
    std::string string(const std::string& fallback = {}) const { return m_type == Type::String ? m_string : fallback; }
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

    Type m_type = Type::Null;
    bool m_bool = false;
    enum class Exact : uint8_t { No, Signed, Unsigned };  // integers keep their exact bits beside m_number
    double m_number = 0.0;
    Exact m_exact = Exact::No;
    uint64_t m_bits = 0;
    std::string m_string;
    std::shared_ptr<Array> m_array;
    std::shared_ptr<Object> m_object;
};

/// A JSON array of `values`: strings, or numbers (integers stay exact; floats are widened to double).
template <class T>
Json jsonArray(const std::vector<T>& values) {
    Json::Array a;
    a.reserve(values.size());
    for (const T& v : values) {
        if constexpr (std::is_floating_point_v<T>) a.emplace_back(double(v));
        else a.emplace_back(v);
    }
    return Json(std::move(a));
}

/// The strings of an array (a non-string element reads as "").
std::vector<std::string> stringsOf(const Json& array);
/// The integers of an array (a non-number element reads as 0).
std::vector<int64_t> integersOf(const Json& array);
/// The numbers of an array as T; a null element (a non-finite value when written) reads as NaN.
template <class T>
std::vector<T> numbersOf(const Json& array) {
    std::vector<T> out;
    out.reserve(array.size());
    for (const Json& v : array.array()) out.push_back(T(v.number(std::numeric_limits<double>::quiet_NaN())));
    return out;
}

}  // namespace ts
