// trainscope-cli on text: bad corpora are refused with the file, the byte offset and what to do (how fast:
// bench/text_refusals.sh); a language-model preset on a table and a classifier on text are refused before training; a small bpe
// language model trains end to end in a process that also holds LibTorch (SentencePiece runs in its module).
#include "support/CliProcess.h"
#include "support/TestFiles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 120000;

using Result = ts::testing::CliResult;

Result runCli(const QStringList& args) {
    return ts::testing::runProgram(QStringLiteral(TS_CLI_PATH), args, kTimeoutMs);
}

/// Lines of made-up words from a few syllables: enough variety for a BPE vocabulary of a few hundred pieces.
QByteArray prose(int lines) {
    const char* syllables[] = {"ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "qu", "ex", "ph", "st", "ing", "ed"};
    QByteArray text;
    uint32_t state = 12345;
    for (int i = 0; i < lines; ++i) {
        for (int w = 0; w < 8; ++w) {
            const int parts = 1 + int(state % 3);
            for (int k = 0; k < parts; ++k) {
                state = state * 1103515245u + 12345u;
                text += syllables[(state >> 16) % 14];
            }
            text += w == 7 ? ".\n" : " ";
        }
    }
    return text;
}

}  // namespace

class TestCliText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badCorpusIsRefusedQuickly_data();
    void badCorpusIsRefusedQuickly();
    void presetMustFitTheData();
    void bpeLanguageModelTrains();

private:
    QTemporaryDir m_dir;
};

void TestCliText::badCorpusIsRefusedQuickly_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("invalid UTF-8") << (prose(3) + "caf\xE9 au lait\n") << QStringList{"UTF-8", "byte"};
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20).repeated(50)
                            << QStringList{"binary"};
    QTest::newRow("empty") << QByteArray() << QStringList{"empty"};
    QTest::newRow("shorter than a window") << QByteArray("To be, or not to be.\n") << QStringList{"context"};
}

void TestCliText::badCorpusIsRefusedQuickly() {
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(QString(QTest::currentDataTag()).replace(' ', '_') + ".txt");
    QVERIFY(ts::testing::writeFile(path, bytes));
    const Result r = runCli({"train", "--data", path, "--preset", "gpt-tiny", "--out", m_dir.filePath("never")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QFileInfo(path).fileName()), qPrintable(r.err));
    for (const QString& word : expected) QVERIFY2(r.err.contains(word, Qt::CaseInsensitive), qPrintable(r.err));
}

void TestCliText::presetMustFitTheData() {
    const QString table = m_dir.filePath("table.csv");
    QVERIFY(ts::testing::writeFile(table, "a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n"));
    const Result lm = runCli({"train", "--data", table, "--preset", "gpt-tiny", "--out", m_dir.filePath("lm")});
    QCOMPARE(lm.code, 1);
    QVERIFY2(lm.err.contains("trains a language model on text"), qPrintable(lm.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("lm")));  // refused before a run folder exists

    const QString text = m_dir.filePath("prose.txt");
    QVERIFY(ts::testing::writeFile(text, prose(200)));
    const Result mlp = runCli({"train", "--data", text, "--preset", "mlp", "--out", m_dir.filePath("mlp")});
    QCOMPARE(mlp.code, 1);
    QVERIFY2(mlp.err.contains("is a text corpus"), qPrintable(mlp.err));
}

void TestCliText::bpeLanguageModelTrains() {
    const QString text = m_dir.filePath("bpe.txt");
    QVERIFY(ts::testing::writeFile(text, prose(400)));
    const QString out = m_dir.filePath("bpe-run");
    const Result r = runCli({"train", "--data", text, "--preset", "gpt-tiny", "--tokenizer", "bpe", "--vocab-size", "300",
                             "--steps", "6", "--eval-every", "3", "--eval-batches", "1", "--context", "16", "--layers",
                             "1", "--width", "32", "--heads", "2", "--sample-tokens", "10", "--prompt", "the quick",
                             "--threads", "1", "--out", out});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains("bits/byte"), qPrintable(r.out));
    QVERIFY2(r.out.contains("sample: the quick"), qPrintable(r.out));
    QFile summary(out + "/summary.json");
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(summary.readAll()).object();
    QCOMPARE(doc["status"].toString(), QString("finished"));
}

QTEST_GUILESS_MAIN(TestCliText)
#include "test_cli_text.moc"
