// `cmake --install` into a fresh prefix: exactly the programs, desktop files, gzip-compressed man pages and the
// copyright file, validators happy, the installed programs run with no RPATH into the build tree, and every option
// their --help lists is in their man page.
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
// The gzip header (RFC 1952): magic bytes, flags (FNAME = a file name follows), modification time, extra flags
// (2 = the slowest, best compression, as gzip -9 writes it).
constexpr int kGzipHeaderBytes = 10;
constexpr uchar kGzipMagic0 = 0x1f, kGzipMagic1 = 0x8b;
constexpr uchar kGzipFlagName = 0x08;
constexpr int kGzipTimeOffset = 4, kGzipTimeBytes = 4;
constexpr int kGzipExtraFlagsOffset = 8;
constexpr uchar kGzipBestCompression = 2;
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
        files << QStringLiteral("bin/") + program << QStringLiteral("share/man/man1/%1.1.gz").arg(program);
    }
    if (TS_HAVE_SENTENCEPIECE)  // bpe/unigram tokenizers, a module the programs load at run time
        files << QStringLiteral("lib/trainscope/libtrainscope_sentencepiece.so");
    files << QStringLiteral("share/applications/%1.desktop").arg(kAppId)
          << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId)
          << QStringLiteral("share/mime/packages/%1.xml").arg(kAppId)
          << QStringLiteral("share/icons/hicolor/scalable/apps/trainscope.svg")
          << QStringLiteral("share/doc/trainscope/copyright");
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
    void copyrightIsMachineReadable();

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
        const QString pagePath = installed(QStringLiteral("share/man/man1/%1.1.gz").arg(program));
        QFile page(pagePath);
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        const QByteArray gz = page.read(kGzipHeaderBytes);
        // gzip -9n: a gzip stream, no file name and no time stamp in its header, best compression.
        QVERIFY2(gz.size() == kGzipHeaderBytes && uchar(gz[0]) == kGzipMagic0 && uchar(gz[1]) == kGzipMagic1,
                 qPrintable(pagePath + QStringLiteral(": not gzip")));
        QVERIFY2((uchar(gz[3]) & kGzipFlagName) == 0, qPrintable(pagePath + QStringLiteral(": holds a file name")));
        QVERIFY2(gz.mid(kGzipTimeOffset, kGzipTimeBytes) == QByteArray(kGzipTimeBytes, '\0'),
                 qPrintable(pagePath + QStringLiteral(": holds a time stamp")));
        QCOMPARE(uchar(gz[kGzipExtraFlagsOffset]), kGzipBestCompression);
        const auto unpacked = ts::testing::runProgram(QStringLiteral("gzip"), {QStringLiteral("-dc"), pagePath}, kProgramMs);
        QVERIFY2(unpacked.code == 0, qPrintable(unpacked.err));
        QVERIFY2(unpacked.out.contains(QStringLiteral(".TH ")), qPrintable(pagePath + QStringLiteral(": not a man page")));
        const QString man = QString(unpacked.out).replace(QStringLiteral("\\-"), QStringLiteral("-"));
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

void TestInstall::copyrightIsMachineReadable() {
    QFile file(installed(QStringLiteral("share/doc/trainscope/copyright")));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    // Debian's copyright format 1.0: the header paragraph first, then a Files paragraph for everything, each with
    // its copyright and licence; continuation lines start with a space.
    QVERIFY(text.startsWith(QStringLiteral("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));
    QVERIFY(text.contains(QStringLiteral("\nUpstream-Name: TrainScope\n")));
    const QStringList paragraphs = text.trimmed().split(QStringLiteral("\n\n"));
    QVERIFY(paragraphs.size() >= 2);
    QVERIFY2(paragraphs[1].startsWith(QStringLiteral("Files: *\n")), qPrintable(paragraphs[1]));
    for (int i = 1; i < paragraphs.size(); ++i) {
        QVERIFY2(paragraphs[i].contains(QStringLiteral("\nCopyright: ")), qPrintable(paragraphs[i]));
        QVERIFY2(paragraphs[i].contains(QStringLiteral("\nLicense: ")), qPrintable(paragraphs[i]));
    }
    static const QRegularExpression field(QStringLiteral("^[A-Z][A-Za-z-]*: |^ "));
    for (const QString& line : text.split(QLatin1Char('\n')))
        QVERIFY2(line.isEmpty() || field.match(line).hasMatch(), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "test_install.moc"
