// `trainscope-cli generate` end to end on a hand-made tiny GPT run: the same seed gives the same text, the prompt
// comes first, the probability table, and the usage and load errors (one line on stderr, exit status 2 or 1).
#include "support/CliProcess.h"
#include "core/lm/TinyLanguageModel.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 60000;
constexpr int kTokens = 30;

using Result = ts::testing::CliResult;

Result runCli(const QStringList& args) {
    return ts::testing::runProgram(QStringLiteral(TS_CLI_PATH), args, kTimeoutMs);
}

}  // namespace

class TestGenerateCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help();
    void sameSeedSameText();
    void emptyPrompt();
    void showsProbabilities();
    void errors_data();
    void errors();
    void refusesClassifier();

private:
    QStringList generateArgs(const QString& seed) const;

    QTemporaryDir m_tmp;
    QString m_runDir;
};

void TestGenerateCli::initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_runDir = m_tmp.path() + "/run";
    ts::testing::writeTinyLanguageModelRun(m_runDir.toStdString(), 20);
}

QStringList TestGenerateCli::generateArgs(const QString& seed) const {
    return {"generate", "--model", m_runDir, "--prompt", "To be", "--max-tokens", QString::number(kTokens), "--seed",
            seed, "--temperature", "1.0", "--top-k", "10", "--threads", "1"};
}

void TestGenerateCli::help() {
    const Result r = runCli({"generate", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Usage: trainscope-cli generate"), qPrintable(r.out));
    QVERIFY(r.out.contains("Prints the prompt followed by the model's"));
    for (const QString& item : {"--model RUN_DIR|FILE", "--prompt TEXT", "--max-tokens N", "--temperature T",
                                "--top-k K", "--seed S", "--threads N", "--show-probabilities"})
        QVERIFY2(r.out.contains("  " + item), qPrintable(item + " missing in\n" + r.out));
    QVERIFY(runCli({"--help"}).out.contains("  generate"));
}

void TestGenerateCli::sameSeedSameText() {
    const Result first = runCli(generateArgs("7"));
    QCOMPARE(first.code, 0);
    QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
    QVERIFY(first.out.startsWith("To be"));
    QVERIFY(first.out.endsWith("\n"));
    QCOMPARE(first.out.size(), QString("To be").size() + kTokens + 1);  // one character per token, then a line feed
    const Result second = runCli(generateArgs("7"));
    QCOMPARE(second.code, 0);
    QCOMPARE(second.out, first.out);
    QVERIFY(runCli(generateArgs("8")).out != first.out);
}

void TestGenerateCli::emptyPrompt() {
    const Result r = runCli({"generate", "--model", m_runDir, "--max-tokens", "5"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.size(), 5 + 1);
}

void TestGenerateCli::showsProbabilities() {
    const Result r = runCli(generateArgs("7") << "--show-probabilities");
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(runCli(generateArgs("7")).out));
    QVERIFY2(r.out.contains("model: gpt-tiny, ") && r.out.contains("token probabilities"), qPrintable(r.out));
    const QStringList lines = r.out.split('\n');
    QVERIFY(lines.filter(QRegularExpression("^ +30  \".*\" +0\\.\\d{4}   \".*\" 0\\.\\d{4}")).size() == 1);
}

void TestGenerateCli::errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    const QString run = QDir(m_tmp.path()).filePath("run");
    QTest::newRow("no model") << QStringList{"generate", "--prompt", "a"} << 2 << "--model is required";
    QTest::newRow("no prompt value") << QStringList{"generate", "--model", run, "--prompt"} << 2
                                     << "missing value for --prompt";
    QTest::newRow("zero temperature") << QStringList{"generate", "--model", run, "--prompt", "a", "--temperature", "0"}
                                      << 2 << "--temperature must be above 0 (got 0)";
    QTest::newRow("bad number") << QStringList{"generate", "--model", run, "--prompt", "a", "--max-tokens", "many"}
                                << 2 << "invalid integer for --max-tokens: 'many'";
    QTest::newRow("negative tokens") << QStringList{"generate", "--model", run, "--prompt", "a", "--max-tokens", "-1"}
                                     << 2 << "--max-tokens cannot be negative";
    QTest::newRow("negative top-k") << QStringList{"generate", "--model", run, "--prompt", "a", "--top-k", "-1"} << 2
                                    << "--top-k cannot be negative";
    QTest::newRow("missing model") << QStringList{"generate", "--model", run + "/none.pt", "--prompt", "a"} << 1
                                   << "none.pt does not exist";
    QTest::newRow("not a run") << QStringList{"generate", "--model", m_tmp.path(), "--prompt", "a"} << 1
                               << "is a folder but not a TrainScope run folder";
}

void TestGenerateCli::errors() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, expected);
    const Result r = runCli(args);
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count('\n'), 0);  // one line
}

void TestGenerateCli::refusesClassifier() {
    const QString path = m_tmp.path() + "/classifier.pt";
    ts::testing::writeTinyClassifierCheckpoint(path.toStdString());
    const Result r = runCli({"generate", "--model", path, "--prompt", "a"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("is a classifier, not a language model: use trainscope-cli evaluate"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "test_generate_cli.moc"
