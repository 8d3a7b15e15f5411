// The phrases of a report in its reader's language (see ReportPhrases.h).
#include "core/report/ReportPhrases.h"

#include <utility>
#include <vector>

namespace ts {

ReportPhrases::ReportPhrases(std::string language, Lookup lookup)
    : m_language(std::move(language)), m_lookup(std::move(lookup)) {}

std::string ReportPhrases::operator()(const char* context, const char* english) const {
    if (!m_lookup) return english;
    std::string translated = m_lookup(context, english);
    return translated.empty() ? std::string(english) : translated;
}

std::string fillIn(const std::string& pattern, std::initializer_list<std::string> args) {
    const std::vector<std::string> values(args);
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        const size_t index = size_t(next - '1');
        if (pattern[i] == '%' && next >= '1' && next <= '9' && index < values.size()) {
            out += values[index];
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

}  // namespace ts
