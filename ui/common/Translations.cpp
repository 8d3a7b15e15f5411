#include "ui/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ts {

namespace {
const char* const kResourceDir = ":/i18n";   // where ui/CMakeLists.txt embeds the compiled .qm files
const char* const kOwnName = "trainscope";   // trainscope_<code>.qm
const char* const kQtName = "qtbase";        // Qt's own, from the system (Debian: qt6-translations-l10n)
const char* const kNameSeparator = "_";
const char* const kEnglish = "en";

/// Loads `<name>_<locale>.qm` from `dir` and installs it; false when there is none for the locale.
bool installTranslator(const QLocale& locale, const char* name, const QString& dir) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QString::fromLatin1(name), QString::fromLatin1(kNameSeparator), dir) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
}  // namespace

QList<InterfaceLanguage> Translations::offered() {
    return {{QString::fromLatin1(kEnglish), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QLocale Translations::localeFor(const QString& code) { return code.isEmpty() ? QLocale::system() : QLocale(code); }

void Translations::installEnglish() {
    installTranslator(QLocale(QString::fromLatin1(kEnglish)), kOwnName, QString::fromLatin1(kResourceDir));
}

QLocale Translations::install(const QString& code) {
    installEnglish();  // searched last: the plural forms of whatever the chosen language leaves untranslated
    const QLocale locale = localeFor(code);
    if (!code.isEmpty()) QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) return QLocale(QString::fromLatin1(kEnglish));
    if (!installTranslator(locale, kOwnName, QString::fromLatin1(kResourceDir))) return QLocale(QString::fromLatin1(kEnglish));
    // Qt's dialogs follow only when the interface itself is translated, so that a window never mixes two languages.
    installTranslator(locale, kQtName, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

}  // namespace ts
