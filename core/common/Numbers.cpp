// Locale-free number text: std::to_chars/std::from_chars for single numbers, and printf under a per-thread
// C locale (POSIX uselocale) for mixed formats.
#include "core/common/Numbers.h"

#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <locale.h>
#include <system_error>

namespace ts {
namespace {

std::string nonFinite(double v) {
    if (std::isnan(v)) return "nan";
    return v < 0 ? "-inf" : "inf";
}

std::string toChars(double v, std::chars_format fmt, int precision) {
    if (!std::isfinite(v)) return nonFinite(v);
    char buf[400];  // %.Nf of 1e308 needs 309 digits plus the decimals
    const auto r = precision < 0 ? std::to_chars(buf, buf + sizeof buf, v, fmt)
                                 : std::to_chars(buf, buf + sizeof buf, v, fmt, precision);
    if (r.ec != std::errc()) return formatC("%.17g", v);  // too long for the buffer: cannot happen for sane N
    return std::string(buf, r.ptr);
}

/// The C locale as a locale_t, made once (thread-safe static initialization) and never freed.
locale_t cLocale() {
    static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    return c;
}

}  // namespace

std::string formatShortest(double v) { return toChars(v, std::chars_format::general, -1); }

std::string formatCsvNumber(double v) { return std::isfinite(v) ? formatShortest(v) : std::string(); }

std::string formatFixed(double v, int decimals) { return toChars(v, std::chars_format::fixed, decimals); }

std::string formatSignificant(double v, int digits) {
    return toChars(v, std::chars_format::general, digits < 1 ? 1 : digits);
}

std::string formatC(const char* fmt, ...) {
    const locale_t previous = uselocale(cLocale());
    va_list args;
    va_start(args, fmt);
    va_list copy;
    va_copy(copy, args);
    char small[256];
    const int n = std::vsnprintf(small, sizeof small, fmt, args);
    va_end(args);
    std::string out;
    if (n >= 0 && size_t(n) < sizeof small) {
        out.assign(small, size_t(n));
    } else if (n >= 0) {
        out.resize(size_t(n) + 1);
        std::vsnprintf(out.data(), out.size(), fmt, copy);
        out.resize(size_t(n));
    }
    va_end(copy);
    uselocale(previous);
    return out;
}

std::string formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0.0) return "-";
    if (seconds < 10.0) return formatC("%.1f s", seconds);
    const long long s = std::llround(seconds);
    if (s < 60) return std::to_string(s) + " s";
    if (s < 3600) return formatC("%lld min %02lld s", s / 60, s % 60);
    return formatC("%lld h %02lld min", s / 3600, (s % 3600) / 60);
}

bool parseDouble(std::string_view text, double& out) {
    if (text.empty()) return false;
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (*begin == '+') return false;  // from_chars refuses it too; say so explicitly
    const auto r = std::from_chars(begin, end, out, std::chars_format::general);
    return r.ec == std::errc() && r.ptr == end;
}

bool parseInt64(std::string_view text, int64_t& out) {
    if (text.empty()) return false;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), out, 10);
    return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

bool parseUint64(std::string_view text, uint64_t& out) {
    if (text.empty() || text.front() == '-') return false;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), out, 10);
    return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

}  // namespace ts
