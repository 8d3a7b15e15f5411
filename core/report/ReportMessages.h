// Messages core composed in English (core/common/MessageCatalogue: health alerts, how a run ended, the presets'
// descriptions) and the figure for a missing value ("n/a", core/report/ReportText) in a report's language, through
// its ReportPhrases. English reports get them byte for byte.
#pragma once

#include "core/common/MessageCatalogue.h"
#include "core/report/ReportPhrases.h"

#include <string>

namespace ts {

/// `message` in the language of `ph`: translated when it is one of the catalogue's messages, else unchanged.
inline std::string reportMessage(const std::string& message, const ReportPhrases& ph) {
    if (ph.isEnglish()) return message;
    return translateMessage(message, [&ph](const char* context, const char* english) { return ph(context, english); });
}

/// A table cell in the language of `ph`: ReportText's "n/a" (a missing figure) translated, anything else unchanged.
inline std::string reportCell(const std::string& cell, const ReportPhrases& ph) {
    return cell == "n/a" ? ph("Report", "n/a") : cell;
}

}  // namespace ts
