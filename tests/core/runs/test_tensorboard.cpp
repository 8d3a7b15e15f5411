// TensorBoard event files: CRC32C, TFRecord framing and protobuf bytes checked against values worked out
// independently (RFC 3720 check values; a record assembled by hand below), and a complete writer round
// trip read back by a reader written here from the format description, not from the writer's code.
#include "core/train/FanOutObserver.h"
#include "core/runs/TensorBoardWriter.h"
#include "support/EventFileReader.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

using namespace ts;
using namespace ts::testing;

namespace {

EvalMetrics threeClassEval(double loss, double accuracy) {
    EvalMetrics m;
    m.confusion.reset({"T-shirt/top", "Trouser", "Bag"});
    m.confusion.at(0, 0) = 8;
    m.confusion.at(0, 1) = 2;
    m.confusion.at(1, 1) = 10;
    m.confusion.at(2, 2) = 9;
    m.confusion.at(2, 0) = 1;
    m.loss = loss;
    m.accuracy = accuracy;
    m.perClass.resize(3);
    m.perClass[0].f1 = 0.842;
    m.perClass[1].f1 = 0.909;
    m.perClass[2].f1 = 0.947;
    m.macro.f1 = 0.899;
    return m;
}

/// Six values -0.75, 0, 0.25, 0.5, 1.5, 2 in three buckets: (min, -0.5], (-0.5, 0.5], (0.5, 2].
ValueHistogram sixValues() {
    ValueHistogram h;
    h.min = -0.75;
    h.max = 2.0;
    h.count = 6.0;
    h.sum = 3.5;
    h.sumSquares = 0.5625 + 0.0625 + 0.25 + 2.25 + 4.0;
    h.limits = {-0.5, 0.5, 2.0};
    h.counts = {1.0, 3.0, 2.0};
    return h;
}

/// A double as protobuf's fixed64 bytes (little endian), worked out bit by bit here.
std::string fixed64(double v) {
    uint64_t bits = 0;
    std::memcpy(&bits, &v, 8);
    std::string out;
    for (int i = 0; i < 8; ++i) out += char((bits >> (8 * i)) & 0xffu);
    return out;
}

/// A health sample of two parameters (one with histograms) and two layers (one rectified).
HealthSample healthSample() {
    HealthSample h;
    h.step = 40;
    h.epoch = 1;
    ParameterHealth w;
    w.name = "net.0.weight";
    w.gradNorm = 0.25;
    w.weightNorm = 4.0;
    w.updateRatio = 1e-3;
    w.weights = sixValues();
    w.gradients = sixValues();
    w.gradients.max = 3.0;
    ParameterHealth b;
    b.name = "net.0.bias";
    b.gradNorm = 0.5;
    b.updateRatio = -1.0;  // not measured: no update-ratio scalar
    h.parameters = {w, b};
    ActivationHealth relu;
    relu.name = "net.1";
    relu.rectified = true;
    relu.deadFraction = 0.125;
    ActivationHealth tanhLayer;
    tanhLayer.name = "blocks.0/mlp";
    h.activations = {relu, tanhLayer};
    return h;
}

/// Counts callbacks, to check the fan-out.
struct CountingObserver : TrainObserver {
    std::vector<std::string>* log;
    std::string name;
    CountingObserver(std::vector<std::string>* l, std::string n) : log(l), name(std::move(n)) {}
    void onStart(const std::string&, int, int64_t) override { log->push_back(name + ":start"); }
    void onBatch(const BatchMetrics&) override { log->push_back(name + ":batch"); }
    void onCheckpoint(int, int64_t, bool) override { log->push_back(name + ":checkpoint"); }
    void onEpoch(const EpochMetrics&) override { log->push_back(name + ":epoch"); }
    void onMessage(const std::string&) override { log->push_back(name + ":message"); }
    void onFinished(const RunSummary&) override { log->push_back(name + ":finished"); }
};

}  // namespace

class TestTensorBoard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crc32cCheckValues_data();
    void crc32cCheckValues();
    void crc32cIsIncremental();
    void maskedCrc();
    void recordFramingByteForByte();
    void fileVersionEventBytes();
    void largeStepUsesMultiByteVarint();
    void resumedRunStartsASession();
    void tagSafe();
    void writerRoundTrip();
    void epochIsOnDiskBeforeTheRunEnds();
    void unwritableFolderThrows();
    void fanOutForwardsInOrder();
    void histogramEventBytes();
    void histogramRecordDecodes();
    void healthScalarsHistogramsAndAlerts();
};

void TestTensorBoard::crc32cCheckValues_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<uint>("expected");
    // The standard CRC-32C check value, and the iSCSI test vectors of RFC 3720, appendix B.4.
    QTest::newRow("123456789") << QByteArray("123456789") << 0xE3069283u;
    QTest::newRow("32 zeros") << QByteArray(32, '\0') << 0x8A9136AAu;
    QTest::newRow("32 0xff") << QByteArray(32, char(0xff)) << 0x62A8AB43u;
    QByteArray inc, dec;
    for (int i = 0; i < 32; ++i) {
        inc += char(i);
        dec += char(31 - i);
    }
    QTest::newRow("0..31") << inc << 0x46DD794Eu;
    QTest::newRow("31..0") << dec << 0x113FDB5Cu;
    QTest::newRow("empty") << QByteArray() << 0u;
}

void TestTensorBoard::crc32cCheckValues() {
    QFETCH(QByteArray, input);
    QFETCH(uint, expected);
    QCOMPARE(crc32c(input.constData(), size_t(input.size())), uint32_t(expected));
}

void TestTensorBoard::crc32cIsIncremental() {
    const std::string s = "123456789";
    const uint32_t part = crc32c(s.data(), 4);
    QCOMPARE(crc32c(s.data() + 4, 5, part), 0xE3069283u);
}

void TestTensorBoard::maskedCrc() {
    // mask(0xE3069283) = ((c >> 15) | (c << 17)) + 0xa282ead8 = 0x2507C60D + 0xa282ead8, worked out by hand.
    QCOMPARE(maskedCrc32c("123456789", 9), 0xC78AB0E5u);
}

void TestTensorBoard::recordFramingByteForByte() {
    // Event{wall_time: 1.5, step: 3, summary{value{tag: "a", simple_value: 0.5}}}, assembled by hand:
    //   09 | 00 00 00 00 00 00 f8 3f   field 1 (wall_time), fixed64, 1.5 as a little-endian double
    //   10 | 03                        field 2 (step), varint 3
    //   2a | 0a                        field 5 (summary), 10 bytes:
    //     0a | 08                        Summary field 1 (value), 8 bytes:
    //       0a 01 61                       Value field 1 (tag) "a"
    //       15 | 00 00 00 3f               Value field 2 (simple_value), fixed32, 0.5f
    const std::string event = fromHex("09000000000000f83f10032a0a0a080a0161150000003f");
    QCOMPARE(tbScalarsEvent(1.5, 3, {{"a", 0.5f}}), event);
    // The record: length 23 as uint64 LE, masked CRC32C of those 8 bytes, the data, masked CRC32C of the
    // data. Both CRCs were computed with a bitwise CRC32C outside this code base.
    const std::string record = fromHex("1700000000000000" "e7cef81e") + event + fromHex("de5768cd");
    QCOMPARE(tfRecord(event), record);
    QCOMPARE(int(record.size()), 8 + 4 + 23 + 4);
}

void TestTensorBoard::fileVersionEventBytes() {
    // 09 <1.5 as double> 1a 0d "brain.Event:2": field 3 (file_version), 13 bytes.
    QCOMPARE(tbFileVersionEvent(1.5), fromHex("09000000000000f83f1a0d") + "brain.Event:2");
}

void TestTensorBoard::largeStepUsesMultiByteVarint() {
    // 300 = 0b1_0010_1100 -> varint ac 02.
    const std::string e = tbScalarsEvent(0.0, 300, {});
    QVERIFY(e.find(fromHex("10ac02")) != std::string::npos);
    const EventFile parsed = parseEventFile(tfRecord(e));
    QCOMPARE(parsed.records, 1);
    QVERIFY(parsed.crcOk);
}

// A resumed run's file opens with Event{step, session_log{status: START}}: TensorBoard then drops the steps
// the interrupted process logged after the checkpoint.
void TestTensorBoard::resumedRunStartsASession() {
    // 09 <1.5> 10 <step 212 = d4 01> 32 02 08 01: field 6 (session_log) holding status (field 1) = START (1).
    QCOMPARE(tbSessionStartEvent(1.5, 212), fromHex("09000000000000f83f10d40132020801"));
    QTemporaryDir dir;
    { TensorBoardWriter resumed(dir.path().toStdString(), 211); }
    const std::string bytes = readAll(eventFileIn(dir.path()));
    QVERIFY(bytes.find(fromHex("10d40132020801")) != std::string::npos);
    QCOMPARE(parseEventFile(bytes).records, 2);
    { TensorBoardWriter fresh(dir.path().toStdString() + "/fresh"); }
    QCOMPARE(parseEventFile(readAll(eventFileIn(dir.path() + QStringLiteral("/fresh")))).records, 1);
}

void TestTensorBoard::tagSafe() {
    QCOMPARE(tbTagSafe("T-shirt/top"), std::string("T-shirt_top"));
    QCOMPARE(tbTagSafe("Ankle boot"), std::string("Ankle_boot"));
    QCOMPARE(tbTagSafe("class_1.v2"), std::string("class_1.v2"));
    QCOMPARE(tbTagSafe(""), std::string("_"));
}

void TestTensorBoard::writerRoundTrip() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString runDir = tmp.filePath(QStringLiteral("run"));
    const double before = double(std::time(nullptr)) - 1.0;
    std::vector<BatchMetrics> batches;
    std::vector<EpochMetrics> epochs;
    {
        TensorBoardWriter tb(runDir.toStdString());
        QVERIFY(QFileInfo(QString::fromStdString(tb.path())).fileName().startsWith(QStringLiteral("events.out.tfevents.")));
        for (int epoch = 1; epoch <= 2; ++epoch) {
            for (int b = 1; b <= 5; ++b) {
                BatchMetrics m;
                m.epoch = epoch;
                m.batch = b;
                m.step = (epoch - 1) * 5 + b;
                m.loss = 2.3 / double(m.step);
                m.lr = 1e-3 * (1.0 - 0.05 * double(m.step));
                tb.onBatch(m);
                batches.push_back(m);
            }
            EpochMetrics e;
            e.epoch = epoch;
            e.step = epoch * 5;
            e.trainLoss = 0.9 / epoch;
            e.trainAccuracy = 0.6 + 0.1 * epoch;
            e.val = threeClassEval(0.8 / epoch, 0.65 + 0.1 * epoch);
            tb.onEpoch(e);
            epochs.push_back(e);
        }
        RunSummary s;
        s.hasTest = true;
        s.test = threeClassEval(0.33, 0.875);
        tb.onFinished(s);
        QCOMPARE(QString::fromStdString(tb.error()), QString());
    }
    const QString path = eventFileIn(runDir);
    QVERIFY2(!path.isEmpty(), "exactly one event file in the run folder");
    // events.out.tfevents.<unix time>.<host>
    const QStringList parts = QFileInfo(path).fileName().split(QLatin1Char('.'));
    QVERIFY(parts.size() >= 5);
    bool isNumber = false;
    const qint64 stamp = parts[3].toLongLong(&isNumber);
    QVERIFY(isNumber);
    QVERIFY(stamp >= qint64(before) && stamp <= qint64(std::time(nullptr)) + 1);

    const EventFile ef = parseEventFile(readAll(path));
    QVERIFY(ef.crcOk);
    QVERIFY(!ef.torn);
    QCOMPARE(ef.fileVersion, std::string("brain.Event:2"));
    // 1 version record + 10 batch records + 2 epoch records + 1 test record.
    QCOMPARE(ef.records, 14);

    std::map<std::string, std::vector<std::pair<int64_t, float>>> byTag;
    for (const Scalar& s : ef.scalars) {
        byTag[s.tag].emplace_back(s.step, s.value);
        QVERIFY(s.wallTime >= before && s.wallTime <= double(std::time(nullptr)) + 1.0);
    }
    QCOMPARE(byTag["train/loss"].size(), size_t(10));
    QCOMPARE(byTag["train/lr"].size(), size_t(10));
    for (size_t i = 0; i < batches.size(); ++i) {
        QCOMPARE(byTag["train/loss"][i].first, batches[i].step);
        QCOMPARE(byTag["train/loss"][i].second, float(batches[i].loss));
        QCOMPARE(byTag["train/lr"][i].second, float(batches[i].lr));
    }
    for (const char* tag : {"val/loss", "val/accuracy", "train/epoch_loss", "train/accuracy", "val/macro_f1",
                            "val/f1/T-shirt_top", "val/f1/Trouser", "val/f1/Bag"})
        QVERIFY2(byTag[tag].size() == 2, tag);
    for (size_t i = 0; i < epochs.size(); ++i) {
        QCOMPARE(byTag["val/loss"][i].first, epochs[i].step);
        QCOMPARE(byTag["val/loss"][i].second, float(epochs[i].val.loss));
        QCOMPARE(byTag["val/accuracy"][i].second, float(epochs[i].val.accuracy));
        QCOMPARE(byTag["train/epoch_loss"][i].second, float(epochs[i].trainLoss));
        QCOMPARE(byTag["train/accuracy"][i].second, float(epochs[i].trainAccuracy));
        QCOMPARE(byTag["val/macro_f1"][i].second, float(epochs[i].val.macro.f1));
        QCOMPARE(byTag["val/f1/T-shirt_top"][i].second, float(0.842));
        QCOMPARE(byTag["val/f1/Bag"][i].second, float(0.947));
    }
    QCOMPARE(byTag["test/accuracy"].size(), size_t(1));
    QCOMPARE(byTag["test/accuracy"][0].first, int64_t(10));
    QCOMPARE(byTag["test/accuracy"][0].second, 0.875f);

    // A torn last record (a crash mid-write) leaves every earlier record readable.
    std::string bytes = readAll(path);
    bytes.resize(bytes.size() - 5);
    const EventFile torn = parseEventFile(bytes);
    QVERIFY(torn.torn);
    QVERIFY(torn.crcOk);
    QCOMPARE(torn.records, 13);
}

void TestTensorBoard::epochIsOnDiskBeforeTheRunEnds() {
    QTemporaryDir tmp;
    TensorBoardWriter tb(tmp.path().toStdString());
    BatchMetrics b;
    b.step = 1;
    b.loss = 1.25;
    tb.onBatch(b);
    EpochMetrics e;
    e.epoch = 1;
    e.step = 1;
    e.val = threeClassEval(0.5, 0.9);
    tb.onEpoch(e);
    // The writer is still open: what a crash right now would leave on disk.
    const EventFile ef = parseEventFile(readAll(QString::fromStdString(tb.path())));
    QVERIFY(ef.crcOk);
    QVERIFY(!ef.torn);
    QCOMPARE(ef.records, 3);
    bool sawValLoss = false;
    for (const Scalar& s : ef.scalars) sawValLoss = sawValLoss || (s.tag == "val/loss" && s.value == 0.5f);
    QVERIFY(sawValLoss);
}

void TestTensorBoard::unwritableFolderThrows() {
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("plain.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    // A folder below a regular file cannot exist (this holds for root too, unlike chmod).
    const std::string dir = (file + QStringLiteral("/run")).toStdString();
    try {
        TensorBoardWriter tb(dir);
        QFAIL("expected an exception");
    } catch (const std::runtime_error& e) {
        QVERIFY2(std::string(e.what()).find(dir) != std::string::npos, e.what());
    }
}

void TestTensorBoard::fanOutForwardsInOrder() {
    std::vector<std::string> log;
    CountingObserver a(&log, "a"), b(&log, "b");
    FanOutObserver fan({&a, nullptr});
    fan.add(&b);
    fan.add(nullptr);
    fan.onStart("cpu", 1, 10);
    fan.onBatch({});
    fan.onCheckpoint(1, 10, true);
    fan.onEpoch({});
    fan.onMessage("hi");
    fan.onFinished({});
    const std::vector<std::string> expected = {"a:start", "b:start", "a:batch", "b:batch", "a:checkpoint",
                                               "b:checkpoint", "a:epoch", "b:epoch", "a:message", "b:message",
                                               "a:finished", "b:finished"};
    QCOMPARE(log, expected);
}

void TestTensorBoard::histogramEventBytes() {
    // Summary.Value{tag = 1, histo = 5}; HistogramProto{min 1, max 2, num 3, sum 4, sum_squares 5 (fixed64 doubles),
    // bucket_limit 6, bucket 7 (packed: one length-delimited field of 3 x 8 bytes = 0x18)}.
    const ValueHistogram h = sixValues();
    std::string histo = "\x09" + fixed64(h.min) + "\x11" + fixed64(h.max) + "\x19" + fixed64(h.count) + "\x21" +
                        fixed64(h.sum) + "\x29" + fixed64(h.sumSquares) + "\x32\x18";
    for (double v : h.limits) histo += fixed64(v);
    histo += "\x3a\x18";
    for (double v : h.counts) histo += fixed64(v);
    const std::string value = std::string("\x0a\x01t\x2a") + char(histo.size()) + histo;
    const std::string summary = std::string("\x0a") + char(value.size()) + value;
    const std::string expected = "\x09" + fixed64(2.5) + "\x10\x07\x2a" + char(summary.size()) + summary;
    QCOMPARE(QByteArray::fromStdString(tbHistogramEvent(2.5, 7, "t", h)).toHex(), QByteArray::fromStdString(expected).toHex());
}

void TestTensorBoard::histogramRecordDecodes() {
    const ValueHistogram h = sixValues();
    const std::string bytes = tfRecord(tbFileVersionEvent(1.0)) + tfRecord(tbHistogramEvent(2.0, 300, "weights/fc1.weight", h));
    const EventFile ef = parseEventFile(bytes);
    QVERIFY(ef.crcOk);
    QVERIFY(!ef.torn);
    QCOMPARE(ef.records, 2);
    QVERIFY(ef.scalars.empty());
    QCOMPARE(ef.histograms.size(), size_t(1));
    const HistogramValue& got = ef.histograms[0];
    QCOMPARE(got.step, int64_t(300));
    QCOMPARE(got.tag, std::string("weights/fc1.weight"));
    QCOMPARE(got.fieldOrder, (std::vector<int>{1, 2, 3, 4, 5, 6, 7}));
    QVERIFY(got.packed);
    QCOMPARE(got.min, h.min);
    QCOMPARE(got.max, h.max);
    QCOMPARE(got.num, h.count);
    QCOMPARE(got.sum, h.sum);
    QCOMPARE(got.sumSquares, h.sumSquares);
    QCOMPARE(got.limits, h.limits);
    QCOMPARE(got.counts, h.counts);
    double total = 0.0;
    for (double c : got.counts) total += c;
    QCOMPARE(total, got.num);  // what TensorBoard's histogram plugin expects of a valid proto
}

void TestTensorBoard::healthScalarsHistogramsAndAlerts() {
    QTemporaryDir tmp;
    std::string path;
    {
        TensorBoardWriter tb(tmp.path().toStdString());  // a classifier: grad_norm is written all the same
        BatchMetrics b;
        b.step = 20;
        b.gradNorm = 0.75;
        tb.onBatch(b);
        b.step = 21;
        b.gradNorm = -1.0;  // not measured
        tb.onBatch(b);
        tb.onHealth(healthSample());
        EpochMetrics e;
        e.epoch = 1;
        e.step = 50;
        e.system.samplesPerSec = 1234.5;
        e.system.dataShare = 0.125;
        e.system.cpuPercent = 180.0;
        e.system.rssMb = 512.0;  // GPU figures stay -1: not on CUDA
        tb.onEpoch(e);
        Alert a;
        a.step = 45;
        a.kind = AlertKind::LossSpike;
        a.message = "Loss 9.5 at step 45.";
        a.advice = "Lower the learning rate.";
        tb.onAlert(a);
        path = tb.path();
        tb.onFinished({});
    }
    const EventFile ef = parseEventFile(readAll(QString::fromStdString(path)));
    QVERIFY(ef.crcOk);
    QVERIFY(!ef.torn);
    std::map<std::string, std::vector<std::pair<int64_t, float>>> byTag;
    for (const Scalar& s : ef.scalars) byTag[s.tag].emplace_back(s.step, s.value);
    QCOMPARE(byTag["train/grad_norm"], (std::vector<std::pair<int64_t, float>>{{20, 0.75f}}));
    QCOMPARE(byTag["health/grad_norm/net.0.weight"], (std::vector<std::pair<int64_t, float>>{{40, 0.25f}}));
    QCOMPARE(byTag["health/grad_norm/net.0.bias"], (std::vector<std::pair<int64_t, float>>{{40, 0.5f}}));
    QCOMPARE(byTag["health/update_ratio/net.0.weight"], (std::vector<std::pair<int64_t, float>>{{40, 1e-3f}}));
    QVERIFY(!byTag.count("health/update_ratio/net.0.bias"));
    QCOMPARE(byTag["health/dead_fraction/net.1"], (std::vector<std::pair<int64_t, float>>{{40, 0.125f}}));
    QVERIFY(!byTag.count("health/dead_fraction/blocks.0_mlp"));  // not rectified
    QCOMPARE(byTag["sys/samples_per_sec"], (std::vector<std::pair<int64_t, float>>{{50, 1234.5f}}));
    QCOMPARE(byTag["sys/data_share"][0].second, 0.125f);
    QCOMPARE(byTag["sys/cpu_percent"][0].second, 180.0f);
    QCOMPARE(byTag["sys/rss_mb"][0].second, 512.0f);
    QVERIFY(!byTag.count("sys/gpu_allocated_mb"));
    QVERIFY(!byTag.count("sys/gpu_reserved_mb"));
    QCOMPARE(ef.histograms.size(), size_t(2));  // the bias has none
    QCOMPARE(ef.histograms[0].tag, std::string("weights/net.0.weight"));
    QCOMPARE(ef.histograms[1].tag, std::string("grads/net.0.weight"));
    QCOMPARE(ef.histograms[1].step, int64_t(40));
    QCOMPARE(ef.histograms[1].max, 3.0);
    QCOMPARE(ef.histograms[0].counts, sixValues().counts);
    QCOMPARE(ef.texts.size(), size_t(1));
    QCOMPARE(ef.texts[0].tag, std::string("alerts/loss_spike"));
    QCOMPARE(ef.texts[0].step, int64_t(45));
    QCOMPARE(ef.texts[0].pluginName, std::string("text"));
    QCOMPARE(ef.texts[0].strings.at(0), std::string("Loss 9\\.5 at step 45\\.  \n*Lower the learning rate\\.*"));
}

QTEST_GUILESS_MAIN(TestTensorBoard)
#include "test_tensorboard.moc"
