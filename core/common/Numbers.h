// Numbers as text, independent of the process's locale. A Qt application sets the C library's locale from
// the environment, so printf/strtod write and read "0,002" on a German desktop; every number that core writes
// to or reads from a file goes through this header instead. Torch-free, no Qt.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ts {

/// The shortest decimal text that reads back as exactly `v` ("0.002", "1e-05"); "nan"/"inf"/"-inf" otherwise.
std::string formatShortest(double v);
/// A number for a CSV cell: formatShortest, or "" for NaN and infinities (an empty cell reads back as missing).
std::string formatCsvNumber(double v);
/// `v` with `decimals` digits after the point, like printf's %.Nf in the C locale.
std::string formatFixed(double v, int decimals);
/// `v` with `digits` significant digits, like printf's %.Ng in the C locale.
std::string formatSignificant(double v, int digits);

/// A duration for people, the one style everywhere (window, CLI, reports): "42 s", "3 min 05 s", "1 h 02 min";
/// under 10 s with one decimal ("1.5 s"). "-" for a negative or non-finite value.
std::string formatDuration(double seconds);

/// printf into a std::string, always in the C locale (a per-thread locale switch, so other threads and the
/// caller's locale are untouched). For formats that mix text and numbers (SVG attributes, messages).
std::string formatC(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

/// Parses the whole of `text` as a decimal number ("1.5", "-2e-3"); false for anything else, including a
/// decimal comma, trailing characters and empty text. Leading and trailing spaces are not accepted.
bool parseDouble(std::string_view text, double& out);
/// Parses the whole of `text` as a base-10 signed or unsigned 64-bit integer; false on overflow or junk.
bool parseInt64(std::string_view text, int64_t& out);
bool parseUint64(std::string_view text, uint64_t& out);

}  // namespace ts
