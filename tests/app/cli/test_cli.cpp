// trainscope-cli end to end: --help of every subcommand, usage errors, sparse IDX labels, and one real
// FashionMNIST epoch checked against PyTorch.
#include "support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr int kTimeoutMs = 300000;
const char* kFashion = "/usr/share/datasets/fashion-mnist";
// The reference tutorial's PyTorch script (bench/tutorial_reference.py --seed 0 --threads 1) after one
// epoch: the seed preset builds the same layers in the same order, so it starts from the same weights.
constexpr double kPyTorchSeed0Epoch1Accuracy = 0.4924;
constexpr double kAccuracyTolerance = 0.003;  // BLAS kernels differ between CPUs

using Result = ts::testing::CliResult;

Result runCli(const QStringList& args) {
    return ts::testing::runProgram(QStringLiteral(TS_CLI_PATH), args, kTimeoutMs);
}

/// Appends one IDX file: big-endian magic (type 0x08 = unsigned byte, `dims.size()` dimensions), sizes, data.
void writeIdx(const QString& path, const QList<quint32>& dims, const QByteArray& data) {
    QByteArray bytes;
    const quint32 magic = 0x0800u | quint32(dims.size());
    for (quint32 v : QList<quint32>{magic} + dims)
        for (int shift = 24; shift >= 0; shift -= 8) bytes.append(char((v >> shift) & 0xffu));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes + data);
}

/// An IDX images/labels pair whose labels are 0, 1 and one stray 250: most values in 0..250 have no samples.
void writeSparseLabelIdx(const QString& dir) {
    constexpr int kSamples = 40, kSide = 4;
    QByteArray images, labels;
    for (int i = 0; i < kSamples; ++i) {
        const char label = i == 0 ? char(250) : char(i % 2);
        labels.append(label);
        images.append(QByteArray(kSide * kSide, char(label == 1 ? 200 : 20)));
    }
    writeIdx(dir + "/train-images-idx3-ubyte", {kSamples, kSide, kSide}, images);
    writeIdx(dir + "/train-labels-idx1-ubyte", {kSamples}, labels);
}
}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void badDataFolder();
    void sparseLabelsNeedTheFlag();
    void seedPresetOnFashionMnist();
};

void TestCli::help_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QStringList>("lists");
    QTest::newRow("program") << QStringList{"--help"} << "Usage: trainscope-cli"
                             << QStringList{"train", "runs", "show", "report", "evaluate", "--version"};
    QTest::newRow("help word") << QStringList{"help"} << "Usage: trainscope-cli"
                               << QStringList{"train", "runs", "show", "report", "evaluate"};
    QTest::newRow("train") << QStringList{"train", "--help"} << "Usage: trainscope-cli train"
                           << QStringList{"--data PATH", "--label-column NAME", "--image-size WxH", "--grayscale",
                                          "--rgb", "--split T,V,E", "--accept-sparse-labels", "--preset NAME",
                                          "--epochs N", "--batch-size N", "--lr X", "--optimizer NAME", "--momentum X",
                                          "--weight-decay X", "--schedule NAME", "--val-fraction X", "--device NAME",
                                          "--threads N", "--seed N", "--early-stop N", "--out DIR", "--runs-dir DIR",
                                          "--resume RUN_DIR", "--report FILE", "--quiet"};
    QTest::newRow("runs") << QStringList{"runs", "--help"} << "Usage: trainscope-cli runs"
                          << QStringList{"--runs-dir DIR"};
    QTest::newRow("show") << QStringList{"show", "-h"} << "Usage: trainscope-cli show" << QStringList{"RUN_DIR"};
    QTest::newRow("report") << QStringList{"report", "--help"} << "Usage: trainscope-cli report"
                            << QStringList{"RUN_DIR|EVAL_DIR", "--format FORMAT", "-o,--output FILE"};
    QTest::newRow("evaluate") << QStringList{"evaluate", "--help"} << "Usage: trainscope-cli evaluate"
                              << QStringList{"--model FILE", "--data PATH", "--out DIR", "--run RUN_DIR",
                                             "--reference PATH", "--split auto|test|all", "--input-shape C,H,W|F",
                                             "--classes A,B,...", "--label-column NAME", "--accept-sparse-labels",
                                             "--device NAME", "--threads N"};
}

void TestCli::help() {
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    QFETCH(QStringList, lists);
    const Result r = runCli(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(usage), qPrintable(r.out));
    for (const QString& item : lists) QVERIFY2(r.out.contains("  " + item), qPrintable(item + " missing in\n" + r.out));
}

void TestCli::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList{} << "missing command";
    QTest::newRow("unknown command") << QStringList{"fly"} << "unknown command 'fly'";
    QTest::newRow("no data") << QStringList{"train"} << "--data PATH is required";
    QTest::newRow("bad number") << QStringList{"train", "--data", "x", "--lr", "fast"} << "invalid number for --lr: 'fast'";
    QTest::newRow("bad preset") << QStringList{"train", "--data", "x", "--preset", "gpt"} << "unknown preset 'gpt'";
    QTest::newRow("bad optimizer") << QStringList{"train", "--data", "x", "--optimizer", "lion"} << "Unknown optimizer 'lion'";
    QTest::newRow("zero batch") << QStringList{"train", "--data", "x", "--batch-size", "0"} << "batch size";
    QTest::newRow("unknown option") << QStringList{"train", "--data", "x", "--colour", "red"} << "unknown option --colour";
    QTest::newRow("missing value") << QStringList{"train", "--data"} << "missing value for --data";
    QTest::newRow("misspelled option") << QStringList{"train", "--data", "x", "--epoch", "3"}
                                       << "unknown option --epoch (did you mean --epochs?)";
    QTest::newRow("grayscale and rgb") << QStringList{"train", "--data", "x", "--grayscale", "--rgb"}
                                       << "--grayscale excludes --rgb";
    QTest::newRow("bad integer") << QStringList{"train", "--data", "x", "--epochs", "x"} << "invalid integer for --epochs: 'x'";
    QTest::newRow("resume and data") << QStringList{"train", "--resume", "x", "--data", "y"} << "--resume";
    QTest::newRow("evaluate misspelled") << QStringList{"evaluate", "--model", "m", "--data", "d", "--out", "o", "--thread", "1"}
                                         << "unknown option --thread (did you mean --threads?)";
    QTest::newRow("unexpected argument") << QStringList{"show", "a", "b"} << "unexpected argument 'b'";
    QTest::newRow("report format") << QStringList{"report", "run", "-o", "out.doc"} << "cannot tell the report format";
}

void TestCli::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Result r = runCli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);  // one line
}

void TestCli::badDataFolder() {
    QTemporaryDir dir;
    const Result r = runCli({"train", "--data", dir.path(), "--out", dir.filePath("run")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(dir.path()), qPrintable(r.err));
    QVERIFY2(r.err.contains("train-images-idx3-ubyte"), qPrintable(r.err));
}

void TestCli::sparseLabelsNeedTheFlag() {
    QTemporaryDir dir;
    writeSparseLabelIdx(dir.path());
    const QStringList train = {"train", "--data", dir.filePath("train-images-idx3-ubyte"), "--epochs", "1", "--threads", "1", "--quiet"};
    const Result refused = runCli(train + QStringList{"--out", dir.filePath("refused")});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("--accept-sparse-labels"), qPrintable(refused.err));
    const Result accepted = runCli(train + QStringList{"--out", dir.filePath("run"), "--accept-sparse-labels"});
    QVERIFY2(accepted.code == 0, qPrintable(accepted.err));
    QVERIFY(QFile::exists(dir.filePath("run/summary.json")));
}

void TestCli::seedPresetOnFashionMnist() {
    if (!QDir(QString::fromLatin1(kFashion)).exists()) QSKIP("dataset-fashion-mnist is not installed");
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const Result r = runCli({"train", "--data", kFashion, "--preset", "seed", "--epochs", "1", "--threads", "1",
                             "--seed", "0", "--out", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("epoch 1/1"), qPrintable(r.out));

    QFile summaryFile(out + "/summary.json");
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    QJsonParseError perr;
    const QJsonObject s = QJsonDocument::fromJson(summaryFile.readAll(), &perr).object();
    QCOMPARE(perr.error, QJsonParseError::NoError);
    QCOMPARE(s["status"].toString(), QStringLiteral("finished"));
    QCOMPARE(s["config"].toObject()["preset"].toString(), QStringLiteral("seed"));
    const QJsonArray epochs = s["epochs"].toArray();
    QCOMPARE(epochs.size(), 1);
    for (const char* key : {"epoch", "train_loss", "val_loss", "val_accuracy", "seconds"})
        QVERIFY2(epochs[0].toObject().contains(key), key);

    const QJsonObject test = s["test"].toObject();
    const double accuracy = test["accuracy"].toDouble();
    QVERIFY2(qAbs(accuracy - kPyTorchSeed0Epoch1Accuracy) < kAccuracyTolerance, qPrintable(QString::number(accuracy)));
    for (const char* key : {"loss", "macro_f1", "weighted_f1"}) QVERIFY2(test.contains(key), key);
    QCOMPARE(test["class_names"].toArray().size(), 10);
    QCOMPARE(test["class_names"].toArray()[9].toString(), QStringLiteral("Ankle boot"));
    const QJsonArray cm = test["confusion_matrix"].toArray();
    QCOMPARE(cm.size(), 10);
    qint64 total = 0, diagonal = 0;
    for (int t = 0; t < 10; ++t) {
        QCOMPARE(cm[t].toArray().size(), 10);
        for (int p = 0; p < 10; ++p) total += cm[t].toArray()[p].toInteger();
        diagonal += cm[t].toArray()[t].toInteger();
    }
    QCOMPARE(total, qint64(10000));
    QCOMPARE(double(diagonal) / 10000.0, accuracy);
    const QJsonArray perClass = test["per_class"].toArray();
    QCOMPARE(perClass.size(), 10);
    qint64 support = 0;
    for (const auto& c : perClass) {
        for (const char* key : {"precision", "recall", "f1", "support"}) QVERIFY2(c.toObject().contains(key), key);
        support += c.toObject()["support"].toInteger();
    }
    QCOMPARE(support, qint64(10000));

    QFile predictions(out + "/predictions.csv");
    QVERIFY(predictions.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = predictions.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 10001);
    QCOMPARE(lines[0], QByteArray("index,true,predicted,confidence"));
    qint64 correct = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        QCOMPARE(f.size(), 4);
        correct += f[1] == f[2];
    }
    QCOMPARE(correct, diagonal);

    QFile metrics(out + "/metrics.csv");
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const QByteArray csv = metrics.readAll();
    QCOMPARE(csv.count("\nbatch,"), qsizetype(938));  // 60,000 / 64, every batch logged
    QCOMPARE(csv.count("\nepoch,"), qsizetype(1));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
