// Text corpora (issues 14 and 15): UTF-8 validation with offsets and lines, binary and empty inputs, folders and
// JSONL, format detection (a numeric .txt table is not text), the context-window check, and the splits.
#include "core/text/TextCorpus.h"
#include "core/text/TextDetection.h"
#include "core/text/TextSplit.h"
#include "core/text/Utf8.h"
#include "support/ErrorOf.h"
#include "support/TestFiles.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace ts;
using ts::testing::writeFile;

namespace {

constexpr qint64 kMaxCheckMs = 1000;  // every check of a bad input answers well under a second

/// The message of the error `open` throws for `path`.
QString openError(const QString& path) {
    return ts::testing::errorOf([&] { TextCorpus::open(path.toStdString()); });
}

/// Joins the views of a split part.
std::string joined(const std::vector<std::string_view>& parts) {
    std::string out;
    for (std::string_view p : parts) out += p;
    return out;
}

}  // namespace

class TestTextCorpus : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void utf8Decoding() {
        const std::string text = "a\xC3\xAF\xD0\x9F\xE4\xB8\xAD\xF0\x9F\x99\x82";  // a ï П 中 🙂
        size_t pos = 0;
        QCOMPARE(utf8::next(text, pos), char32_t('a'));
        QCOMPARE(utf8::next(text, pos), char32_t(0xEF));
        QCOMPARE(utf8::next(text, pos), char32_t(0x41F));
        QCOMPARE(utf8::next(text, pos), char32_t(0x4E2D));
        QCOMPARE(utf8::next(text, pos), char32_t(0x1F642));
        QCOMPARE(pos, text.size());
        QCOMPARE(utf8::countCodePoints(text), int64_t(5));
        QVERIFY(!utf8::findInvalid(text).found);
        QCOMPARE(utf8::chunkEnd("ab\ncd\nef", 0, 7), size_t(6));                 // after the last line feed in reach
        QCOMPARE(utf8::chunkEnd("\xD0\x96\xD0\x96\xD0\x96", 0, 3), size_t(4));  // no line feed: a character boundary
        QCOMPARE(utf8::chunkEnd("short", 2, 100), size_t(5));
        std::string back;
        for (char32_t cp : {char32_t('a'), char32_t(0xEF), char32_t(0x41F), char32_t(0x4E2D), char32_t(0x1F642)}) utf8::append(back, cp);
        QCOMPARE(back, text);
        // Overlong, surrogate, stray continuation, truncated: all invalid at their first byte.
        for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\x80", "\xE4\xB8", "\xF5\x80\x80\x80"}) {
            const std::string s = "line one\nok " + bad;
            const utf8::Utf8Problem p = utf8::findInvalid(s);
            QVERIFY(p.found);
            QCOMPARE(p.offset, size_t(12));
            QCOMPARE(p.line, int64_t(2));
        }
    }

    void invalidUtf8NamesFileOffsetAndLine() {
        QVERIFY(writeFile(file("bad.txt"), QByteArray("first line\nsecond \xC3\x28 line\n")));
        const QString msg = openError(file("bad.txt"));
        QVERIFY2(msg.contains("bad.txt"), qPrintable(msg));
        QVERIFY2(msg.contains("not valid UTF-8"), qPrintable(msg));
        QVERIFY2(msg.contains("byte offset 18"), qPrintable(msg));
        QVERIFY2(msg.contains("line 2"), qPrintable(msg));
        QVERIFY2(msg.contains("0xC3"), qPrintable(msg));
    }

    void binaryFilesAreRefused() {
        QByteArray withNul("some text");
        withNul.append('\0');
        withNul.append("more");
        QVERIFY(writeFile(file("nul.txt"), withNul));
        QString msg = openError(file("nul.txt"));
        QVERIFY2(msg.contains("binary") && msg.contains("offset 9"), qPrintable(msg));
        QByteArray noise;
        for (int i = 0; i < 4096; ++i) noise.append(char(1 + (i * 37) % 255));  // no NUL, mostly invalid/control
        QVERIFY(writeFile(file("noise.txt"), noise));
        msg = openError(file("noise.txt"));
        QVERIFY2(msg.contains("binary") && msg.contains("noise.txt"), qPrintable(msg));
        QVERIFY(writeFile(file("utf16.txt"), QByteArray("\xFF\xFEh\0i\0", 6)));
        msg = openError(file("utf16.txt"));
        QVERIFY2(msg.contains("UTF-16") && msg.contains("save it as UTF-8"), qPrintable(msg));
    }

    void emptyCorporaAreRefused() {
        QVERIFY(writeFile(file("empty.txt"), QByteArray()));
        QVERIFY(openError(file("empty.txt")).contains("empty corpus"));
        QVERIFY(writeFile(file("blank.txt"), QByteArray(" \n\n\t\n")));
        QVERIFY(openError(file("blank.txt")).contains("white space"));
        QVERIFY(QDir(m_dir.path()).mkpath("nothing"));
        QVERIFY(writeFile(file("nothing/readme.md"), QByteArray("not a txt")));
        QVERIFY(openError(file("nothing")).contains("no .txt files"));
        QVERIFY(openError(file("missing.txt")).contains("does not exist"));
    }

    void badInputsAnswerFast() {
        QByteArray big(20 * 1024 * 1024, 'a');
        for (int i = 80; i < big.size(); i += 81) big[i] = '\n';
        big[big.size() - 2] = char(0xFF);
        QVERIFY(writeFile(file("big.txt"), big));
        QElapsedTimer timer;
        timer.start();
        const QString msg = openError(file("big.txt"));
        QVERIFY2(timer.elapsed() < kMaxCheckMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(msg.contains(QString("byte offset %1").arg(big.size() - 2)), qPrintable(msg));
        timer.restart();
        QCOMPARE(detectTextFormat(file("big.txt").toStdString()), TextFormat::TextFile);  // the sample is clean
        QVERIFY(timer.elapsed() < kMaxCheckMs);
    }

    void oneFileIsMappedWithoutItsByteOrderMark() {
        QVERIFY(writeFile(file("bom.txt"), QByteArray("\xEF\xBB\xBFhello\n")));
        const TextCorpus corpus = TextCorpus::open(file("bom.txt").toStdString());
        QCOMPARE(corpus.format(), TextFormat::TextFile);
        QCOMPARE(corpus.documents().size(), size_t(1));
        QCOMPARE(std::string(corpus.documents()[0].text), std::string("hello\n"));
        QCOMPARE(corpus.bytes(), int64_t(6));
    }

    void folderIsReadRecursivelyInNameOrder() {
        QDir(m_dir.path()).mkpath("books/b");
        QVERIFY(writeFile(file("books/b/2.txt"), "two\n"));
        QVERIFY(writeFile(file("books/a.txt"), "one\n"));
        QVERIFY(writeFile(file("books/empty.txt"), ""));
        QVERIFY(writeFile(file("books/skip.csv"), "1,2\n"));
        const TextCorpus corpus = TextCorpus::open(file("books").toStdString());
        QCOMPARE(corpus.format(), TextFormat::TextFolder);
        QCOMPARE(corpus.documents().size(), size_t(2));
        QCOMPARE(std::string(corpus.documents()[0].text), std::string("one\n"));
        QCOMPARE(std::string(corpus.documents()[1].text), std::string("two\n"));
        QCOMPARE(corpus.notes().size(), size_t(1));
        QVERIFY(writeFile(file("books/b/bad.txt"), QByteArray("ok\n\xFF")));
        const QString msg = openError(file("books"));
        QVERIFY2(msg.contains("bad.txt") && msg.contains("byte offset 3"), qPrintable(msg));
    }

    void jsonlTextFields() {
        QVERIFY(writeFile(file("docs.jsonl"), "{\"text\": \"Hello\\nworld\", \"id\": 1}\n\n{\"text\": \"\\u041f\\u0440\\u0438\"}\n"));
        const TextCorpus corpus = TextCorpus::open(file("docs.jsonl").toStdString());
        QCOMPARE(corpus.format(), TextFormat::Jsonl);
        QCOMPARE(corpus.documents().size(), size_t(2));
        QCOMPARE(std::string(corpus.documents()[0].text), std::string("Hello\nworld"));
        QCOMPARE(std::string(corpus.documents()[1].text), std::string("\xD0\x9F\xD1\x80\xD0\xB8"));
        QVERIFY(corpus.documents()[1].name.find("line 3") != std::string::npos);
        QVERIFY(writeFile(file("nofield.jsonl"), "{\"text\": \"a\"}\n{\"body\": \"b\"}\n"));
        QString msg = openError(file("nofield.jsonl"));
        QVERIFY2(msg.contains("line 2") && msg.contains("\"text\""), qPrintable(msg));
        QVERIFY(writeFile(file("broken.jsonl"), "{\"text\": \"a\"}\n{\"text\": \"b\"\n"));
        msg = openError(file("broken.jsonl"));
        QVERIFY2(msg.contains("line 2") && msg.contains("not valid JSON"), qPrintable(msg));
        QVERIFY(writeFile(file("surrogate.jsonl"), "{\"text\": \"ok\"}\n\n{\"text\": \"a\\ud800b\"}\n"));
        msg = openError(file("surrogate.jsonl"));
        QVERIFY2(msg.contains("line 3"), qPrintable(msg));
    }

    void detection() {
        QVERIFY(writeFile(file("table.txt"), "x1 x2 label\n0.5 1.5 cat\n2 3e-2 dog\n-1 4 cat\n"));
        QVERIFY(writeFile(file("commas.txt"), "1,2,3\n4,5,6\n"));
        QVERIFY(writeFile(file("prose.txt"), "It was a bright cold day in April, and the clocks\nwere striking thirteen.\n"));
        QVERIFY(writeFile(file("data.csv"), "a,b\n1,2\n"));
        QVERIFY(writeFile(file("docs2.jsonl"), "{\"text\": \"x\"}\n"));
        QVERIFY(writeFile(file("other.jsonl"), "{\"label\": 1}\n"));
        QCOMPARE(detectTextFormat(file("table.txt").toStdString()), TextFormat::NotText);
        QCOMPARE(detectTextFormat(file("commas.txt").toStdString()), TextFormat::NotText);
        QCOMPARE(detectTextFormat(file("prose.txt").toStdString()), TextFormat::TextFile);
        QCOMPARE(detectTextFormat(file("data.csv").toStdString()), TextFormat::NotText);
        QCOMPARE(detectTextFormat(file("docs2.jsonl").toStdString()), TextFormat::Jsonl);
        QCOMPARE(detectTextFormat(file("other.jsonl").toStdString()), TextFormat::NotText);
        // A damaged .txt still counts as text, so that the corpus reader says what is wrong with it.
        QCOMPARE(detectTextFormat(file("nul.txt").toStdString()), TextFormat::TextFile);
        QVERIFY(ts::testing::errorOf([this] { TextCorpus::open(file("nul.txt").toStdString()); }).contains("binary"));
        QDir(m_dir.path()).mkpath("txtdir");
        QVERIFY(writeFile(file("txtdir/a.txt"), "words\n"));
        QCOMPARE(detectTextFormat(file("txtdir").toStdString()), TextFormat::TextFolder);
        QVERIFY(looksLikeNumericTable("a;b\n1;2\n3;4\n"));
        QVERIFY(!looksLikeNumericTable("Hello, world.\nGood, bye.\n"));
    }

    void contextWindowCheck() {
        checkContextWindow("c.txt", 65, 0, 64);
        checkContextWindow("c.txt", 65, 65, 64);
        const QString msg = ts::testing::errorOf([] { checkContextWindow("c.txt", 64, 100, 64); });
        QVERIFY2(msg.contains("c.txt") && msg.contains("training split has 64 tokens"), qPrintable(msg));
        const QString val = ts::testing::errorOf([] { checkContextWindow("c.txt", 1000, 10, 64); });
        QVERIFY2(val.contains("validation split has 10 tokens"), qPrintable(val));
    }

    void contiguousSplitEndsOnCharacterBoundaries() {
        // 100 two-byte characters: a 5% cut at byte 190 falls on a boundary, an odd length puts cuts inside them.
        std::string text;
        for (int i = 0; i < 101; ++i) text += "\xD0\x96";  // Ж
        text += "x";
        QVERIFY(writeFile(file("cyr.txt"), QByteArray::fromStdString(text)));
        const TextCorpus corpus = TextCorpus::open(file("cyr.txt").toStdString());
        const TextSplit split = splitCorpus(corpus);
        QVERIFY(!split.byDocument);
        QCOMPARE(joined(split.train) + joined(split.validation) + joined(split.test), text);
        for (const auto* part : {&split.train, &split.validation, &split.test}) QVERIFY(!utf8::findInvalid(joined(*part)).found);
        const int64_t total = corpus.bytes();
        QVERIFY(std::abs(double(TextSplit::bytesOf(split.test)) - 0.05 * double(total)) <= 2.0);
        QVERIFY(std::abs(double(TextSplit::bytesOf(split.validation)) - 0.05 * double(total)) <= 2.0);
        const TextSplit custom = splitCorpus(corpus, {0.2, 0.0});
        QVERIFY(custom.test.empty());
        QVERIFY(std::abs(double(TextSplit::bytesOf(custom.validation)) - 0.2 * double(total)) <= 2.0);
        QVERIFY(ts::testing::errorOf([&] { splitCorpus(corpus, {0.6, 0.5}); }).contains("fractions"));
    }

    void manyFilesSplitByFile() {
        QDir(m_dir.path()).mkpath("many");
        for (int i = 0; i < 40; ++i) QVERIFY(writeFile(file(QString("many/%1.txt").arg(i, 2, 10, QChar('0'))), QByteArray(100, char('a' + i % 26))));
        const TextCorpus corpus = TextCorpus::open(file("many").toStdString());
        const TextSplit split = splitCorpus(corpus);
        QVERIFY(split.byDocument);
        QCOMPARE(split.train.size(), size_t(36));
        QCOMPARE(split.validation.size(), size_t(2));
        QCOMPARE(split.test.size(), size_t(2));
        QCOMPARE(split.test.back().data(), corpus.documents().back().text.data());  // the tail goes to test
        // Below the threshold the split is contiguous.
        QDir(m_dir.path()).mkpath("few");
        for (int i = 0; i < 3; ++i) QVERIFY(writeFile(file(QString("few/%1.txt").arg(i)), QByteArray(100, 'z')));
        QVERIFY(!splitCorpus(TextCorpus::open(file("few").toStdString())).byDocument);
    }

    void tinyShakespeareWhenPresent() {
        const QString path = QStringLiteral(TS_TEST_DATA_DIR "/../../../../shared/data/tinyshakespeare.txt");
        if (!QFileInfo::exists(path)) QSKIP("../shared/data/tinyshakespeare.txt is not here (a clean clone)");
        const TextCorpus corpus = TextCorpus::open(path.toStdString());
        QCOMPARE(corpus.bytes(), int64_t(1115394));
        const TextSplit split = splitCorpus(corpus, {0.1, 0.0});
        QCOMPARE(TextSplit::bytesOf(split.train), int64_t(1003854));  // nanoGPT's 90/10 cut
    }
};

QTEST_GUILESS_MAIN(TestTextCorpus)
#include "test_text_corpus.moc"
