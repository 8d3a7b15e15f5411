// The language of exported reports: the report phrases' translation (report_<language>.qm, built from
// resources/translations/report_<language>.ts and embedded under :/report-translations) installed on the application,
// and ReportPhrases that look the phrases up through QCoreApplication::translate.
#pragma once

#include "core/report/ReportPhrases.h"

#include <QLocale>
#include <QString>

namespace ts {

/// Where the compiled report translations are embedded.
inline const QString kReportTranslationsFolder = QStringLiteral(":/report-translations");

/// Installs the report phrases' translation for `locale` (its UI languages in order: zh_CN, zh, ...) on the
/// application, replacing the one installed before; with none for it (English, or a language without a translation)
/// reports go back to English. Returns true when a translation was installed. Call it on the GUI thread, after the
/// QCoreApplication exists and whenever the interface language changes.
bool installReportTranslator(const QLocale& locale);

/// The phrases exported reports are written in: the installed report translation's language, looked up through
/// QCoreApplication::translate (thread-safe: exports run on a worker); English when none is installed.
ReportPhrases reportPhrases();

}  // namespace ts
