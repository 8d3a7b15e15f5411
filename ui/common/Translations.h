// The interface's languages: which are offered, and installing their translators when the application starts.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace ts {

/// One language View ▸ Language offers: its code ("zh_CN") and its name in itself ("简体中文").
struct InterfaceLanguage {
    QString code;
    QString nativeName;
};

/// Installs the interface's translators: TrainScope's own (embedded as ":/i18n/trainscope_<code>.qm") over the
/// English plural forms, and Qt's (qtbase_<code>.qm) so that standard dialogs speak the same language.
class Translations {
public:
    /// The languages offered besides following the system, English first.
    static QList<InterfaceLanguage> offered();
    /// The locale a remembered choice stands for: `code` ("zh_CN"), or the system's when `code` is empty.
    static QLocale localeFor(const QString& code);
    /// Installs the translators for `code` ("" = the system's language) on the running application; a language
    /// without a translation falls back to English. A chosen language also becomes QLocale's default, so that
    /// numbers and dates on screen follow it. Returns the locale whose translation was installed.
    static QLocale install(const QString& code);
    /// Installs only the English plural forms ("%n run(s)" → "1 run", "2 runs"); install() does it first.
    static void installEnglish();
};

}  // namespace ts
