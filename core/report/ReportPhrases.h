// The words of a report in its reader's language: every phrase a report writes goes through ReportPhrases, English
// (the phrase as written in the source) unless a translator is given. Torch-free and Qt-free: the Qt layer passes a
// lookup backed by QCoreApplication::translate (ui/report/ReportTranslator.h).
//
// Each call site names its phrases object `ph` and its context literally, ph("Report", "Key figures"), so that
// lupdate extracts the phrases (-tr-function-alias translate+=ph) into resources/translations/report_zh_CN.ts.
// Phrases with values use Qt's markers, "%1 samples", filled in by fillIn(); numbers stay locale-free (Numbers.h).
#pragma once

#include <functional>
#include <initializer_list>
#include <string>

namespace ts {

/// Puts the phrases a report writes into the reader's language; English by default.
class ReportPhrases {
public:
    /// The translation of `english` in `context`, or `english` (or "") when there is none.
    using Lookup = std::function<std::string(const char* context, const char* english)>;

    /// English: every phrase as written.
    ReportPhrases() = default;
    /// Phrases in `language` (a BCP 47 tag such as "zh-CN", the HTML page's lang) looked up by `lookup`.
    ReportPhrases(std::string language, Lookup lookup);

    /// `english` in the report's language (`english` itself where the lookup has nothing).
    std::string operator()(const char* context, const char* english) const;
    /// The report's language as a BCP 47 tag: "en" unless translated.
    const std::string& language() const { return m_language; }
    /// True when phrases come out as written (no lookup).
    bool isEnglish() const { return !m_lookup; }

private:
    std::string m_language = "en";
    Lookup m_lookup;
};

/// `pattern` with %1, %2, ... (up to %9) replaced by `args` in order, in one pass (an argument's own "%1" stays).
std::string fillIn(const std::string& pattern, std::initializer_list<std::string> args);

}  // namespace ts
