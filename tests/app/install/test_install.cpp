// `cmake --install` into a fresh prefix: exactly the programs and desktop files, validators happy, the installed
// programs run with no RPATH into the build tree, and every option their --help lists is in their man page.
#include "support/CliProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kInstallMs = 120000;
constexpr int kProgramMs = 60000;
const QString kAppId = QStringLiteral("org.trainscope.TrainScope");
const QStringList kPrograms = {QStringLiteral("trainscope"), QStringLiteral("trainscope-cli"),
                               QStringLiteral("trainscope-report")};
const QStringList kIconSizes = {QStringLiteral("16"), QStringLiteral("24"), QStringLiteral("32"), QStringLiteral("48"),
                                QStringLiteral("64"), QStringLiteral("128"), QStringLiteral("256")};

/// Every file under `root`, relative to it.
QSet<QString> filesUnder(const QString& root) {
    QSet<QString> files;
    for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files.insert(QDir(root).relativeFilePath(it.next()));
    return files;
}

/// What the install must hold, nothing more.
QSet<QString> expectedFiles() {
    QSet<QString> files;
    for (const QString& program : kPrograms) {
        files << QStringLiteral("bin/") + program << QStringLiteral("share/man/man1/%1.1").arg(program);
    }
    if (TS_HAVE_SENTENCEPIECE)  // bpe/unigram tokenizers, a module the programs load at run time
        files << QStringLiteral("lib/trainscope/libtrainscope_sentencepiece.so");
    files << QStringLiteral("share/applications/%1.desktop").arg(kAppId)
          << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId)
          << QStringLiteral("share/mime/packages/%1.xml").arg(kAppId)
          << QStringLiteral("share/icons/hicolor/scalable/apps/trainscope.svg");
    for (const QString& size : kIconSizes)
        files << QStringLiteral("share/icons/hicolor/%1x%1/apps/trainscope.png").arg(size);
    return files;
}

/// The long options (--name) a --help text lists.
QSet<QString> longOptions(const QString& help) {
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("(?:^|[\\s,])(--[a-z][a-z0-9-]*)"));
    for (auto it = option.globalMatch(help); it.hasNext();) options.insert(it.next().captured(1));
    return options;
}

/// The subcommands trainscope-cli's --help lists (its "Subcommands:" section).
QStringList subcommands(const QString& help) {
    QStringList names;
    const int from = help.indexOf(QStringLiteral("Subcommands:"));
    if (from < 0) return names;
    static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z-]*)\\s"), QRegularExpression::MultilineOption);
    for (auto it = entry.globalMatch(help.mid(from)); it.hasNext();) names << it.next().captured(1);
    return names;
}

}  // namespace

class TestInstall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void installsExactlyTheProgramsAndDesktopFiles();
    void installedProgramsRun();
    void installedProgramsLookNowhereInTheBuildTree();
    void desktopEntryAndMetadataValidate();
    void manPagesListEveryOption();

private:
    QTemporaryDir m_prefix;
    QString installed(const QString& relative) const { return m_prefix.filePath(relative); }
};

void TestInstall::initTestCase() {
    QVERIFY(m_prefix.isValid());
    const auto r = ts::testing::runProgram(QStringLiteral(TS_CMAKE_COMMAND),
                                           {QStringLiteral("--install"), QStringLiteral(TS_BUILD_DIR),
                                            QStringLiteral("--prefix"), m_prefix.path()},
                                           kInstallMs);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
}

void TestInstall::installsExactlyTheProgramsAndDesktopFiles() {
    const QSet<QString> files = filesUnder(m_prefix.path());
    const QSet<QString> expected = expectedFiles();
    QVERIFY2(files == expected, qPrintable(QStringLiteral("extra: %1; missing: %2")
                                               .arg(QStringList((files - expected).values()).join(QLatin1Char(' ')),
                                                    QStringList((expected - files).values()).join(QLatin1Char(' ')))));
    for (const QString& program : kPrograms)
        QVERIFY2(QFileInfo(installed(QStringLiteral("bin/") + program)).isExecutable(), qPrintable(program));
}

void TestInstall::installedProgramsRun() {
    for (const QString& program : kPrograms) {
        const auto r = ts::testing::runProgram(installed(QStringLiteral("bin/") + program), {QStringLiteral("--version")},
                                               kProgramMs);
        QVERIFY2(r.code == 0, qPrintable(program + QStringLiteral(": ") + r.err));
        QVERIFY2(r.out.contains(QStringLiteral(TS_VERSION)), qPrintable(program + QStringLiteral(": ") + r.out));
    }
}

void TestInstall::installedProgramsLookNowhereInTheBuildTree() {
    const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
    if (readelf.isEmpty()) QSKIP("readelf missing (binutils)");
    for (const QString& program : kPrograms) {
        const auto r = ts::testing::runProgram(readelf, {QStringLiteral("-d"), installed(QStringLiteral("bin/") + program)},
                                               kProgramMs);
        QCOMPARE(r.code, 0);
        for (const QString& line : r.out.split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral("RPATH")) || line.contains(QStringLiteral("RUNPATH")))
                QVERIFY2(!line.contains(QStringLiteral(TS_BUILD_DIR)), qPrintable(program + QStringLiteral(": ") + line));
    }
}

void TestInstall::desktopEntryAndMetadataValidate() {
    const QString desktopValidate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (desktopValidate.isEmpty() || appstream.isEmpty())
        QSKIP("desktop-file-validate or appstreamcli missing (scripts/setup installs them)");
    auto r = ts::testing::runProgram(
        desktopValidate, {installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId))}, kProgramMs);
    QVERIFY2(r.code == 0 && r.out.trimmed().isEmpty(), qPrintable(r.out + r.err));
    r = ts::testing::runProgram(appstream,
                                {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                 installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId))},
                                kProgramMs);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
}

void TestInstall::manPagesListEveryOption() {
    for (const QString& program : kPrograms) {
        QFile page(installed(QStringLiteral("share/man/man1/%1.1").arg(program)));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        const QString man = QString::fromUtf8(page.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        const QString binary = installed(QStringLiteral("bin/") + program);
        const auto help = ts::testing::runProgram(binary, {QStringLiteral("--help")}, kProgramMs);
        QCOMPARE(help.code, 0);
        QStringList helps = {help.out};
        for (const QString& sub : subcommands(help.out)) {
            QVERIFY2(man.contains(QStringLiteral("%1 %2").arg(program, sub)), qPrintable(program + QLatin1Char(' ') + sub));
            const auto subHelp = ts::testing::runProgram(binary, {sub, QStringLiteral("--help")}, kProgramMs);
            QCOMPARE(subHelp.code, 0);
            helps << subHelp.out;
        }
        for (const QString& text : helps)
            for (const QString& option : longOptions(text))
                QVERIFY2(man.contains(option), qPrintable(program + QStringLiteral(": ") + option + QStringLiteral(" not in the man page")));
    }
}

QTEST_GUILESS_MAIN(TestInstall)
#include "test_install.moc"
