// The report phrases' translation installed on the application, and phrases backed by it (see ReportTranslator.h).
#include "ui/report/ReportTranslator.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

#include <memory>

namespace ts {

namespace {

/// The installed report translation and its language tag ("zh-CN"); guarded by reportTranslatorMutex().
struct InstalledReportTranslator {
    std::unique_ptr<QTranslator> translator;
    std::string language;
};

QMutex& reportTranslatorMutex() {
    static QMutex mutex;
    return mutex;
}

InstalledReportTranslator& installed() {
    static InstalledReportTranslator state;
    return state;
}

}  // namespace

bool installReportTranslator(const QLocale& locale) {
    auto translator = std::make_unique<QTranslator>();
    const bool found = translator->load(locale, QStringLiteral("report"), QStringLiteral("_"), kReportTranslationsFolder);
    QMutexLocker lock(&reportTranslatorMutex());
    InstalledReportTranslator& state = installed();
    if (state.translator) QCoreApplication::removeTranslator(state.translator.get());
    state.translator.reset();
    state.language.clear();
    if (!found) return false;
    QCoreApplication::installTranslator(translator.get());
    state.language = translator->language().replace(QLatin1Char('_'), QLatin1Char('-')).toStdString();
    state.translator = std::move(translator);
    return true;
}

ReportPhrases reportPhrases() {
    QMutexLocker lock(&reportTranslatorMutex());
    const std::string language = installed().language;
    if (language.empty()) return {};
    return ReportPhrases(language, [](const char* context, const char* english) {
        return QCoreApplication::translate(context, english).toStdString();
    });
}

}  // namespace ts
