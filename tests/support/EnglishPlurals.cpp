// Every widget test speaks English with its plural forms ("%n run(s)" → "2 runs"), as the application does:
// the English translator is installed when the test's QApplication starts.
#include "ui/common/Translations.h"

#include <QCoreApplication>

namespace {
void installEnglishPlurals() { ts::Translations::installEnglish(); }
}  // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
