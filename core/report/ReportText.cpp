// Text helpers of the reports: escaping, numbers, percentages, thousands, times and file names.
#include "core/report/ReportText.h"
#include "core/common/Numbers.h"

#include <cmath>
#include <ctime>
#include <filesystem>

namespace ts::report {

namespace {

constexpr double kSmallestPValue = 1e-4;  // smaller p-values are shown as "< 0.0001"

}  // namespace

std::string esc(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string thousands(int64_t v) {
    std::string digits = std::to_string(v < 0 ? -v : v);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return v < 0 ? "-" + out : out;
}

std::string fixed(double v, int decimals) {
    if (!std::isfinite(v)) return "n/a";
    return formatC("%.*f", decimals, v);
}

std::string percent(double fraction) { return std::isfinite(fraction) ? formatC("%.2f%%", 100.0 * fraction) : "n/a"; }

std::string general(double v) { return std::isfinite(v) ? formatC("%.4g", v) : "n/a"; }

std::string scientific(double v) { return std::isfinite(v) ? formatC("%.2e", v) : "n/a"; }

std::string yesNo(bool b) { return b ? "yes" : "no"; }

std::string csvText(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string localTimeNow() {
    const std::time_t now = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", std::localtime(&now));
    return buf;
}

std::string displayTime(std::string iso) {
    if (const size_t t = iso.find('T'); t != std::string::npos) iso[t] = ' ';
    return iso;
}

std::string signedFixed(double v, int decimals) {
    if (!std::isfinite(v)) return "n/a";
    if (std::fabs(v) < 0.5 * std::pow(10.0, -decimals)) v = 0.0;  // no "-0.000"
    return formatC("%+.*f", decimals, v);
}

std::string pointsChange(double fraction) {
    return std::isfinite(fraction) ? signedFixed(100.0 * fraction, 2) + " pp" : "n/a";
}

std::string pValueText(double p) {
    if (!std::isfinite(p)) return "n/a";
    if (p < kSmallestPValue) return "< 0.0001";
    return formatC("%.4f", p);
}

std::string share(int64_t count, int64_t total) {
    return total > 0 ? percent(double(count) / double(total)) : "n/a";
}

std::string fileNameOf(const std::string& path, const std::string& fallback) {
    if (path.empty()) return fallback;
    std::string p = path;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    const std::string name = std::filesystem::path(p).filename().string();
    return name.empty() ? p : name;
}

}  // namespace ts::report
