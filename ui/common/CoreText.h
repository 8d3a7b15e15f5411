// Messages core composes in English (core/common/MessageCatalogue: health alerts and their advice, data-set
// warnings, refused settings, how a run ended), shown in the interface's language. They are recognised by their
// text, so messages read back from a run's files are translated as well as those of the run in progress. The
// translations live in resources/translations/report_<language>.ts, installed with the interface's language
// (ui/report/ReportTranslator's installReportTranslator, called at start-up by app/gui/main.cpp).
#pragma once

#include <QString>

#include <string>

namespace ts {

/// `english`, a message core composed, in the interface's language; unchanged when it is none of core's messages
/// or has no translation.
QString coreText(const std::string& english);

}  // namespace ts
