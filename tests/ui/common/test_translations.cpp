// The interface's translation machinery: the English plural forms, View ▸ Language, and a pseudo-translation
// that marks every translated text, so that a text on screen that does not go through tr() is caught.
#include "support/WindowTestSetup.h"
#include "ui/common/Settings.h"
#include "ui/common/TextFormat.h"
#include "ui/common/Translations.h"
#include "ui/dataset/DatasetPreviewDialog.h"
#include "ui/evaluate/EvaluateFixtures.h"
#include "ui/evaluate/EvaluateWindow.h"
#include "ui/experiments/ExperimentsWindow.h"
#include "ui/training/MainWindow.h"
#include "ui/training/PresetTexts.h"

#include "core/data/DatasetLoader.h"
#include "core/train/TrainConfig.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMetaProperty>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

namespace {

const QString kOpen = QStringLiteral("⟦");
const QString kClose = QStringLiteral("⟧");

/// A translator that "translates" every text into itself between ⟦ and ⟧.
class PseudoTranslator : public QTranslator {
public:
    QString translate(const char*, const char* sourceText, const char*, int) const override {
        return kOpen + QString::fromUtf8(sourceText) + kClose;
    }
    bool isEmpty() const override { return false; }
};

/// String properties that hold no interface text: names, style, formats, and content the user typed or chose
/// (a combo box's current text is one of its items, checked as items).
const QSet<QByteArray> kNotInterfaceText{
    "objectName", "styleSheet",   "windowFilePath", "windowRole",   "inputMask",    "displayFormat",
    "html",       "markdown",     "plainText",      "documentTitle", "currentText", "selectedText",
    "cleanText",  "accessibleName", "accessibleDescription", "format", "windowIconText", "displayText",
    "completionPrefix"};

/// Texts that are right as they are in every language, each for a reason.
QSet<QString> allowedTexts() {
    QSet<QString> allowed{
        // View ▸ Language names each language in itself, so that it can be found whatever the window speaks.
        QStringLiteral("English"), QStringLiteral("简体中文"),
        // The sweep editor builds a trainscope-cli command shown beside it: its choices are that command's words
        // (--optimizer, --strategy, --objective, --param kinds), as the sweep's files and the CLI's help spell them.
        QStringLiteral("sgd"), QStringLiteral("adam"), QStringLiteral("adamw"), QStringLiteral("random"),
        QStringLiteral("grid"), QStringLiteral("halving"), QStringLiteral("val_loss"), QStringLiteral("val_accuracy"),
        QStringLiteral("macro_f1"), QStringLiteral("val_perplexity"), QStringLiteral("list"), QStringLiteral("uniform"),
        QStringLiteral("log"), QStringLiteral("int")};
    // Preset names are names (--preset mlp), the same in every language; their descriptions are translated.
    for (const std::string& preset : ts::presetNames()) allowed.insert(QString::fromStdString(preset));
    return allowed;
}

/// Marks a text that comes from data (a data set's name, core's messages), as if it had been translated.
std::string marked(const std::string& text) { return (kOpen + QString::fromStdString(text) + kClose).toStdString(); }

/// Whether `text` is a text a person reads that did not go through the pseudo-translator.
bool unmarked(const QString& text) {
    static const QSet<QString> allowed = allowedTexts();
    if (text.contains(kOpen) || allowed.contains(text.trimmed())) return false;
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

/// Adds "where: text" for each unmarked text of `object` (its string properties, items, tabs and headers).
void collect(QObject* object, QStringList* found) {
    const QString where = QString::fromLatin1(object->metaObject()->className()) + QLatin1Char('#') + object->objectName();
    auto check = [&](const QString& what, const QString& text) {
        if (unmarked(text)) found->append(where + QLatin1Char('.') + what + QStringLiteral(": ") + text);
    };
    // A line edit's or spin box's text is its value, not interface text (placeholders, prefixes and suffixes are).
    const bool valueWidget = qobject_cast<QLineEdit*>(object) || qobject_cast<QAbstractSpinBox*>(object);
    const QMetaObject* meta = object->metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QMetaProperty p = meta->property(i);
        if (p.typeId() != QMetaType::QString || !p.isReadable() || kNotInterfaceText.contains(p.name())) continue;
        if (valueWidget && QByteArray(p.name()) == "text") continue;
        check(QString::fromLatin1(p.name()), p.read(object).toString());
    }
    if (auto* combo = qobject_cast<QComboBox*>(object); combo && !combo->isEditable())
        for (int i = 0; i < combo->count(); ++i) check(QStringLiteral("item"), combo->itemText(i));
    if (auto* tabs = qobject_cast<QTabWidget*>(object))
        for (int i = 0; i < tabs->count(); ++i) {
            check(QStringLiteral("tab"), tabs->tabText(i));
            check(QStringLiteral("tabToolTip"), tabs->tabToolTip(i));
        }
    if (auto* header = qobject_cast<QHeaderView*>(object); header && header->model())
        for (int s = 0; s < header->count(); ++s)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                check(QStringLiteral("header"), header->model()->headerData(s, header->orientation(), role).toString());
}

/// Every unmarked text of `root` and its children, after each menu was about to show and each tab was shown.
QStringList unmarkedTexts(QWidget* root) {
    for (QMenu* menu : root->findChildren<QMenu*>()) Q_EMIT menu->aboutToShow();
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>())
        for (int i = tabs->count() - 1; i >= 0; --i) tabs->setCurrentIndex(i);
    QStringList found;
    collect(root, &found);
    for (QObject* child : root->findChildren<QObject*>()) collect(child, &found);
    found.removeDuplicates();
    return found;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ts::testing::prepareWindowTests(); }

    // The English plural forms are embedded and installed (the tests' startup does it as the application does).
    void englishPluralForms() {
        QCOMPARE(QCoreApplication::translate("ts::RunsPanel", "%n run(s)", nullptr, 1), QStringLiteral("1 run"));
        QCOMPARE(QCoreApplication::translate("ts::RunsPanel", "%n run(s)", nullptr, 3), QStringLiteral("3 runs"));
    }

    // The compiled Simplified Chinese file is embedded, and the locale a choice stands for is the chosen one.
    void chineseIsEmbedded() {
        QTranslator zh;
        QVERIFY(zh.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("trainscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
        QCOMPARE(ts::Translations::localeFor(QStringLiteral("zh_CN")).language(), QLocale::Chinese);
        QCOMPARE(ts::Translations::localeFor(QString()), QLocale::system());
        // Durations on screen: core's English style, and the translation's units once it is installed.
        QCOMPARE(ts::durationText(185.0), QStringLiteral("3 min 05 s"));
        QCOMPARE(ts::durationText(7.5), QStringLiteral("7.5 s"));
        QCOMPARE(ts::durationText(7620.0), QStringLiteral("2 h 07 min"));
        QCoreApplication::installTranslator(&zh);
        QCOMPARE(ts::durationText(185.0), QStringLiteral("3 分 05 秒"));
        QCoreApplication::removeTranslator(&zh);
    }

    // A run's start time follows the locale on screen (the files keep ISO 8601); text that is no date stays as it is.
    void datesFollowTheLocale() {
        const QLocale before;
        const QString iso = QStringLiteral("2026-12-02T09:58:00");
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(ts::dateTimeText(iso), QStringLiteral("12/2/26 9:58 AM"));
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(ts::dateTimeText(iso), QStringLiteral("2026/12/2 09:58"));
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(ts::dateTimeText(iso), QStringLiteral("02.12.26 09:58"));
        QCOMPARE(ts::dateTimeText(QStringLiteral("unknown")), QStringLiteral("unknown"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(ts::dateTimeText(iso), QStringLiteral("2026-12-02 09:58"));
        QLocale::setDefault(before);
    }

    // Each preset's description is core's English text word for word, so that it is translated (PresetTexts).
    void presetDescriptionsFollowCore() {
        for (const std::string& preset : ts::presetNames())
            QVERIFY2(ts::presetDescriptionText(preset).toStdString() == ts::presetDescription(preset), preset.c_str());
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        for (const std::string& preset : ts::presetNames())
            QVERIFY2(ts::presetDescriptionText(preset).startsWith(kOpen), preset.c_str());
        QCoreApplication::removeTranslator(&pseudo);
    }

    // View ▸ Language offers the system's language and each translation, the remembered one checked.
    void languageMenu() {
        ts::settings::language.set(QStringLiteral("zh_CN"));
        ts::MainWindow window;
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList codes;
        for (QAction* a : menu->actions())
            if (a->isCheckable()) codes << a->data().toString() + (a->isChecked() ? QStringLiteral("*") : QString());
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("zh_CN*")}));
        // Choosing another one remembers it and says when it applies (the message box is closed at once).
        bool told = false;
        QTimer::singleShot(0, [&told] {
            if (QWidget* box = QApplication::activeModalWidget()) told = box->close();
        });
        menu->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
        QVERIFY(told);
        QCOMPARE(ts::settings::language.get(), QStringLiteral("en"));
        ts::settings::language.set(QString());
    }

    // Every text of the main windows goes through tr(): under a pseudo-translation, none stays unmarked.
    void everyTextIsTranslated() {
        PseudoTranslator pseudo;
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        QStringList found;
        {
            ts::MainWindow window;
            found << unmarkedTexts(&window);
        }
        {
            ts::EvaluateWindow window;
            found << unmarkedTexts(&window);
            ts::EvaluationResult result = ts::testing::threeClassResult();
            for (std::string& note : result.notes) note = marked(note);  // core's messages: data here
            for (std::string& warning : result.warnings) warning = marked(warning);
            window.onFinished(result);
            found << unmarkedTexts(&window);
        }
        {
            ts::ExperimentsWindow window;
            found << unmarkedTexts(&window);
        }
        {
            ts::DatasetReport report;
            ts::Dataset ds = ts::testing::quadrantDataset(40, 10);
            ds.name = marked(ds.name);  // the data set's own words: data here
            ds.format = marked(ds.format);
            ds.path = marked(ds.path);
            for (std::string& name : ds.classNames) name = marked(name);
            ts::DatasetPreviewDialog dialog(ts::makeDatasetPreview(ds, report, 0.1));
            found << unmarkedTexts(&dialog);
        }
        QCoreApplication::removeTranslator(&pseudo);
        found.removeDuplicates();
        for (const QString& text : found) qWarning().noquote() << "without tr():" << text;
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 text(s) without tr(), listed above").arg(found.size())));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
