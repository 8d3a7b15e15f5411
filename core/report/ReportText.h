// Text helpers of the reports: HTML/SVG escaping, numbers, percentages, thousands, times and file names
// as the report shows them. Numbers go through core/common/Numbers.h, so no locale reaches a report.
#pragma once

#include <cstdint>
#include <string>

namespace ts::report {

/// Escapes text for HTML and SVG content and attributes.
std::string esc(const std::string& s);
/// An integer with thousands separators: "12,345".
std::string thousands(int64_t v);
/// `v` with `decimals` digits after the point; "n/a" when not finite.
std::string fixed(double v, int decimals);
/// A fraction as a percentage with two decimals: "85.97%"; "n/a" when not finite.
std::string percent(double fraction);
/// Four significant digits ("0.001", "1e-05"); "n/a" when not finite.
std::string general(double v);
/// Scientific notation with two decimals ("1.00e-03"); "n/a" when not finite.
std::string scientific(double v);
/// "yes" or "no".
std::string yesNo(bool b);
/// A signed number with `decimals` digits ("+0.012", never "-0.000"); "n/a" when not finite.
std::string signedFixed(double v, int decimals);
/// A change of a fraction in percentage points: "+1.25 pp"; "n/a" when not finite.
std::string pointsChange(double fraction);
/// A p-value with four decimals, "< 0.0001" below that; "n/a" when not finite.
std::string pValueText(double p);
/// `count` as a percentage of `total`; "n/a" when the total is 0.
std::string share(int64_t count, int64_t total);

/// A CSV cell: quoted (with doubled quotes) when it holds a comma, a quote or a line break.
std::string csvText(const std::string& s);

/// The local time now as "YYYY-MM-DD HH:MM".
std::string localTimeNow();
/// An ISO time with a space for the 'T': "2024-05-01 12:30:00".
std::string displayTime(std::string iso);
/// The last name of `path` (a trailing slash ignored); `fallback` when the path is empty.
std::string fileNameOf(const std::string& path, const std::string& fallback);

}  // namespace ts::report
