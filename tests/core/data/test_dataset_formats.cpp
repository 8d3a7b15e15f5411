// Tests for every data-set format loadDataset reads (IDX folder and pair, CSV/TSV, image folders),
// the stratified split, standardization with training statistics, warnings, the preview, every bad
// input of issue 3, and the memory a streamed table needs. All inputs are made in a temporary folder.
#include "core/data/Csv.h"
#include "core/data/DatasetLoader.h"
#include "core/data/ImageFolder.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtGui/QColor>
#include <QtGui/QImage>
#include <QtTest/QtTest>

#include <zlib.h>

#include <malloc.h>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <new>
#include <stdexcept>

// Live heap bytes and their peak, so a test can prove that a streamed table needs about one copy.
namespace {
std::atomic<long long> gLiveBytes{0};
std::atomic<long long> gPeakBytes{0};
}  // namespace

// Global operator new replacement that tracks live and peak heap bytes.
void* operator new(std::size_t size) {
    void* p = std::malloc(size == 0 ? 1 : size);
    if (!p) throw std::bad_alloc();
    const long long live = gLiveBytes.fetch_add(static_cast<long long>(malloc_usable_size(p))) +
                           static_cast<long long>(malloc_usable_size(p));
    long long peak = gPeakBytes.load();
    while (live > peak && !gPeakBytes.compare_exchange_weak(peak, live)) {
    }
    return p;
}
// Matching delete for the replacement above.
void operator delete(void* p) noexcept {
    if (!p) return;
    gLiveBytes.fetch_sub(static_cast<long long>(malloc_usable_size(p)));
    std::free(p);
}
// Matching sized delete for the replacement above.
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

namespace {

constexpr int kBigRows = 200000;         // rows of the streamed-memory table
constexpr int kBigFeatures = 50;
constexpr double kMaxCopies = 2.0;       // a streamed table may need at most this many float32 copies (resident)
constexpr double kTolerance = 1e-4;
constexpr quint8 kUByte = 0x08;

// Big-endian IDX header followed by payload.
QByteArray idx(const QList<quint32>& dims, const QByteArray& payload) {
    QByteArray b;
    b.append(char(0)).append(char(0)).append(char(kUByte)).append(char(dims.size()));
    for (quint32 d : dims) b.append(char(d >> 24)).append(char(d >> 16)).append(char(d >> 8)).append(char(d));
    return b + payload;
}

// n images of h x w whose pixels encode the image index, and labels i % classes.
void idxPair(int n, int h, int w, int classes, QByteArray& images, QByteArray& labels) {
    QByteArray px(n * h * w, Qt::Uninitialized), lb(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < h * w; ++j) px[i * h * w + j] = char((i * 3 + j) & 0xff);
        lb[i] = char(i % classes);
    }
    images = idx({quint32(n), quint32(h), quint32(w)}, px);
    labels = idx({quint32(n)}, lb);
}

// Writes bytes; returns the path.
QString write(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Writes bytes as one gzip member.
QString writeGz(const QString& path, const QByteArray& bytes) {
    gzFile g = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!g || gzwrite(g, bytes.constData(), unsigned(bytes.size())) != bytes.size() || gzclose(g) != Z_OK)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A solid-colour image file.
QString writeImage(const QString& path, int w, int h, QColor color, const char* format = nullptr) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage img(w, h, QImage::Format_RGB888);
    img.fill(color);
    if (!img.save(path, format)) qFatal("cannot save %s", qPrintable(path));
    return path;
}

// Native 8-bit path for core.
std::string native(const QString& path) {
    return QFile::encodeName(path).toStdString();
}

// The message loadDataset throws, or "" when it loads.
QString loadError(const QString& path, const ts::LoadOptions& opt = ts::LoadOptions()) {
    try {
        ts::loadDataset(native(path), opt);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return QString();
}

// A "VmHWM:" / "VmRSS:" line of /proc/self/status in bytes, or -1.
long long procStatusBytes(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key)) return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

// Resets the peak resident size (VmHWM) to the current one; false when the kernel refuses.
bool resetPeakResident() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// True when some warning contains `text`.
bool hasWarning(const ts::DatasetReport& r, const char* text) {
    for (const std::string& w : r.warnings)
        if (w.find(text) != std::string::npos) return true;
    return false;
}

// A table of `rows` rows: two features that separate `classes` classes, label column last.
QByteArray blobsCsv(int rows, int classes, const char* header = "x,y,label") {
    QByteArray b = QByteArray(header) + "\n";
    for (int i = 0; i < rows; ++i) {
        const int c = i % classes;
        b += QByteArray::number(c * 10 + (i % 7) * 0.1) + "," + QByteArray::number(-c * 5.0 + (i % 3)) + ",c" +
             QByteArray::number(c) + "\n";
    }
    return b;
}

}  // namespace

class TestDatasetFormats : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    // ---- CSV/TSV -------------------------------------------------------------------------

    void csvWithHeaderAndTextLabels() {
        const QString p = write(path("iris.csv"), "sepal,petal,species\n1,2,virginica\n3,4,setosa\n5,6,setosa\n"
                                                  "7,8,versicolor\n9,10,virginica\n");
        const ts::CsvTable t = ts::readCsvFile(native(p), "");
        QVERIFY(t.hasHeader);
        QCOMPARE(t.delimiter, ',');
        QCOMPARE(t.rows(), 5);
        QCOMPARE(t.featureCount(), 2);
        QCOMPARE(t.labelName, std::string("species"));
        QCOMPARE(t.classNames, (std::vector<std::string>{"setosa", "versicolor", "virginica"}));
        QCOMPARE(t.labels, (std::vector<int32_t>{2, 0, 0, 1, 2}));
        QCOMPARE(t.row(3)[0], 7.0f);
        QCOMPARE(t.row(3)[1], 8.0f);
        QCOMPARE(t.columns[1].min, 2.0);
        QCOMPARE(t.columns[1].max, 10.0);
        QCOMPARE(t.columns[0].mean, 5.0);
        QCOMPARE(t.lines, (std::vector<uint32_t>{2, 3, 4, 5, 6}));
    }

    void csvDelimiters_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,label\n1.5,2,x\n3,4,y\n") << "t.csv" << ',';
        QTest::newRow("tab") << QByteArray("a\tb\tlabel\n1.5\t2\tx\n3\t4\ty\n") << "t.tsv" << '\t';
        QTest::newRow("tab in .txt") << QByteArray("a\tb\tlabel\n1.5\t2\tx\n3\t4\ty\n") << "t.txt" << '\t';
        QTest::newRow("semicolon, decimal comma") << QByteArray("a;b;label\n1,5;2;x\n3;4;y\n") << "t.csv" << ';';
        QTest::newRow("CRLF and BOM") << QByteArray("\xEF\xBB\xBF" "a,b,label\r\n1.5,2,x\r\n3,4,y\r\n") << "t.csv" << ',';
        QTest::newRow("quoted cells") << QByteArray("\"a\",\"b, with comma\",label\n\"1.5\",2,\"x\"\n3,4,y\n") << "t.csv"
                                      << ',';
        QTest::newRow("blank lines and no final newline") << QByteArray("\na,b,label\n\n1.5,2,x\n   \n3,4,y") << "t.csv" << ',';
    }
    void csvDelimiters() {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(char, delimiter);
        const ts::CsvTable t = ts::readCsvFile(native(write(path(name), content)), "");
        QCOMPARE(t.delimiter, delimiter);
        QVERIFY(t.hasHeader);
        QCOMPARE(t.rows(), 2);
        QCOMPARE(t.row(0)[0], 1.5f);
        QCOMPARE(t.row(1)[1], 4.0f);
        QCOMPARE(t.classNames, (std::vector<std::string>{"x", "y"}));
    }

    void csvWithoutHeaderUsesLastColumnAndIntegerLabels() {
        const QString p = write(path("plain.csv"), "0.5,1,9\n1.5,2,2\n2.5,3,10\n3.5,4,2\n4.5,5,9.0\n");
        const ts::CsvTable t = ts::readCsvFile(native(p), "");
        QVERIFY(!t.hasHeader);
        QCOMPARE(t.rows(), 5);
        QVERIFY(t.integerLabels);
        // Integer labels sort numerically, and "9" and "9.0" are one class.
        QCOMPARE(t.classNames, (std::vector<std::string>{"2", "9", "10"}));
        QCOMPARE(t.labels, (std::vector<int32_t>{1, 0, 2, 0, 1}));
        QCOMPARE(t.featureNames, (std::vector<std::string>{"column 1", "column 2"}));
    }

    void csvLabelColumnChoice_data() {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default finds 'target' anywhere") << "" << "target";
        QTest::newRow("by name") << "kind" << "kind";
        QTest::newRow("by name, any case") << "KIND" << "kind";
        QTest::newRow("by 1-based number") << "1" << "a";
    }
    void csvLabelColumnChoice() {
        QFETCH(QString, wanted);
        QFETCH(QString, expected);
        const QString p = write(path("choice.csv"), "a,target,b,kind\n1,0,2,3\n4,1,5,6\n");
        const ts::CsvTable t = ts::readCsvFile(native(p), wanted.toStdString());
        QCOMPARE(QString::fromStdString(t.labelName), expected);
        QCOMPARE(t.featureCount(), 3);
    }

    void csvErrors_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("empty file") << QByteArray() << "" << QStringList{"is empty"};
        QTest::newRow("only blank lines") << QByteArray("\n\n  \n") << "" << QStringList{"is empty"};
        QTest::newRow("header only") << QByteArray("a,b,label\n") << "" << QStringList{"no data rows"};
        QTest::newRow("one column") << QByteArray("1\n2\n") << "" << QStringList{"line 1", "no comma, tab or semicolon"};
        QTest::newRow("ragged row") << QByteArray("a,b,label\n1,2,x\n3,4,5,y\n") << ""
                                    << QStringList{"line 3", "4 fields", "the header has 3"};
        QTest::newRow("short row") << QByteArray("a,b,label\n1,2,x\n3,y\n5,6,z\n") << ""
                                   << QStringList{"line 3", "2 fields"};
        QTest::newRow("non-numeric cell") << QByteArray("a,b,label\n1,2,x\n3,abc,y\n") << ""
                                          << QStringList{"line 3", "column 2 ('b')", "'abc' is not a number"};
        QTest::newRow("empty cell") << QByteArray("a,b,label\n1,,x\n") << ""
                                    << QStringList{"line 2", "column 2 ('b')", "empty"};
        QTest::newRow("empty label") << QByteArray("a,b,label\n1,2,x\n1,2,\n") << ""
                                     << QStringList{"line 3", "label is empty"};
        QTest::newRow("nan") << QByteArray("a,b,label\n1,nan,x\n2,3,y\n") << "" << QStringList{"line 2", "not a finite"};
        QTest::newRow("out of float range") << QByteArray("a,b,label\n1,1e60,x\n2,3,y\n") << ""
                                            << QStringList{"line 2", "range of a 32-bit float"};
        QTest::newRow("unknown label column") << QByteArray("a,b,label\n1,2,x\n") << "species"
                                              << QStringList{"no column named 'species'", "a, b, label"};
        QTest::newRow("label column number out of range") << QByteArray("a,b,label\n1,2,x\n") << "7"
                                                          << QStringList{"out of range", "3 columns"};
        QTest::newRow("unclosed quote") << QByteArray("a,b,label\n1,\"2,x\n") << ""
                                        << QStringList{"line 2", "not closed"};
        QTest::newRow("binary NUL") << QByteArray("a,b,label\n1,2,x\n", 16) + QByteArray(4, '\0') + "\n" << ""
                                    << QStringList{"NUL byte", "binary"};
        QTest::newRow("continuous label column") << [] {
            QByteArray b("a,label\n");
            for (int i = 0; i < 1200; ++i) b += "1," + QByteArray::number(i * 0.5 + 0.25) + "\n";
            return b;
        }() << "" << QStringList{"more than 1000 different values", "--label-column"};
    }
    void csvErrors() {
        QFETCH(QByteArray, content);
        QFETCH(QString, label);
        QFETCH(QStringList, mustContain);
        const QString p = write(path("bad.csv"), content);
        ts::LoadOptions opt;
        opt.labelColumn = label.toStdString();
        const QString message = loadError(p, opt);
        QVERIFY2(!message.isEmpty(), "a bad table loaded");
        QVERIFY2(message.startsWith(QFileInfo(p).absoluteFilePath()), qPrintable(message));
        for (const QString& part : mustContain) QVERIFY2(message.contains(part), qPrintable(message));
    }

    void tableIsSplitAndStandardizedWithTrainStatisticsOnly() {
        // Rows of class c have features (c*10 + noise, 100 - c): class-dependent means.
        const int perClass = 50, classes = 4;
        QByteArray csv("f0,f1,f2,label\n");
        for (int i = 0; i < perClass * classes; ++i) {
            const int c = i % classes;
            csv += QByteArray::number(c * 10 + (i * 37 % 11)) + "," + QByteArray::number(100 - c) + "," +
                   QByteArray::number(i * 0.5) + "," + QByteArray::number(c) + "\n";
        }
        const QString p = write(path("std.csv"), csv);
        ts::LoadOptions opt;
        opt.seed = 11;
        ts::DatasetReport report;
        const ts::Dataset ds = ts::loadDataset(native(p), opt, &report);
        QVERIFY(ds.train.isTabular());
        QCOMPARE(ds.train.width, 3);
        QCOMPARE(ds.train.channels * ds.train.height, 1);
        QCOMPARE(ds.train.size() + ds.val.size() + ds.test.size(), perClass * classes);
        QVERIFY(report.splitMade);

        // Recompute: the same split, training-row statistics only, applied to the test rows.
        const ts::CsvTable raw = ts::readCsvFile(native(p), "");
        const std::vector<int64_t> labels(raw.labels.begin(), raw.labels.end());
        const std::vector<uint8_t> assign = ts::stratifiedSplit(labels, classes, opt.valFraction, opt.testFraction, opt.seed);
        for (int j = 0; j < 3; ++j) {
            double sum = 0, sumSq = 0;
            int n = 0;
            for (int64_t i = 0; i < raw.rows(); ++i)
                if (assign[size_t(i)] == 0) sum += raw.row(i)[j], ++n;
            const double mean = sum / n;
            for (int64_t i = 0; i < raw.rows(); ++i)
                if (assign[size_t(i)] == 0) sumSq += (raw.row(i)[j] - mean) * (raw.row(i)[j] - mean);
            const double sd = std::sqrt(sumSq / n);
            int t = 0;
            for (int64_t i = 0; i < raw.rows(); ++i) {
                if (assign[size_t(i)] != 2) continue;
                const float expected = float((raw.row(i)[j] - mean) / sd);
                QVERIFY(std::fabs(ds.test.features[size_t(t) * 3 + j] - expected) < kTolerance);
                ++t;
            }
            // The training split itself is centred and unit-variance.
            double trainSum = 0, trainSq = 0;
            for (int64_t i = 0; i < ds.train.size(); ++i) {
                const double v = ds.train.features[size_t(i) * 3 + j];
                trainSum += v;
                trainSq += v * v;
            }
            QVERIFY(std::fabs(trainSum / ds.train.size()) < kTolerance);
            QVERIFY(std::fabs(trainSq / ds.train.size() - 1.0) < 1e-3);
        }
    }

    void stratifiedSplitProportions() {
        // Classes of 100, 50, 10, 3 and 1 samples.
        const int sizes[] = {100, 50, 10, 3, 1};
        std::vector<int64_t> labels;
        for (int c = 0; c < 5; ++c)
            for (int i = 0; i < sizes[c]; ++i) labels.push_back(c);
        const std::vector<uint8_t> a = ts::stratifiedSplit(labels, 5, 0.1, 0.2, 3);
        int counts[5][3] = {};
        for (size_t i = 0; i < labels.size(); ++i) ++counts[labels[i]][a[i]];
        for (int c = 0; c < 5; ++c) {
            QCOMPARE(counts[c][0] + counts[c][1] + counts[c][2], sizes[c]);
            QVERIFY2(counts[c][0] >= 1, "every class keeps a training sample");
        }
        QCOMPARE(counts[0][1], 10);
        QCOMPARE(counts[0][2], 20);
        QCOMPARE(counts[1][1], 5);
        QCOMPARE(counts[1][2], 10);
        QCOMPARE(counts[2][1], 1);
        QCOMPARE(counts[2][2], 2);
        QCOMPARE(counts[4][0], 1);
        // Seeded: the same seed gives the same split, another seed another one.
        QVERIFY(ts::stratifiedSplit(labels, 5, 0.1, 0.2, 3) == a);
        QVERIFY(ts::stratifiedSplit(labels, 5, 0.1, 0.2, 4) != a);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ts::stratifiedSplit(labels, 5, 0.6, 0.5, 3));
    }

    void splitFractionsAreConfigurable() {
        const QString p = write(path("blobs.csv"), blobsCsv(1000, 4));
        ts::LoadOptions opt;
        opt.valFraction = 0.25;
        opt.testFraction = 0.05;
        const ts::Dataset ds = ts::loadDataset(native(p), opt);
        QCOMPARE(ds.val.size(), 252);   // round(0.25 * 250) = 63 per class
        QCOMPARE(ds.test.size(), 52);   // round(0.05 * 250) = 13 per class
        QCOMPARE(ds.train.size(), 1000 - 252 - 52);
        opt.valFraction = 0.0;
        opt.testFraction = 0.0;
        const ts::Dataset all = ts::loadDataset(native(p), opt);
        QCOMPARE(all.train.size(), 1000);
        QCOMPARE(all.val.size(), 0);
        opt.valFraction = 0.7;
        opt.testFraction = 0.4;
        QVERIFY(loadError(p, opt).contains("Invalid split"));
    }

    void tableWarnings() {
        const QString p = write(path("warn.csv"), "a,const,label\n1,5,x\n2,5,y\n1,5,x\n3,5,y\n4,5,z\n");
        ts::DatasetReport r;
        ts::loadDataset(native(p), ts::LoadOptions(), &r);
        QVERIFY(hasWarning(r, "constant"));
        QVERIFY(hasWarning(r, "const"));
        QVERIFY(hasWarning(r, "1 row is an exact duplicate"));
        QVERIFY(hasWarning(r, "line 4 repeats line 2"));
        QVERIFY(hasWarning(r, "1 class has fewer than 2 samples"));
        QVERIFY(hasWarning(r, "'z' (1)"));
        QVERIFY(r.blocker.empty());
        QCOMPARE(r.labelColumn, std::string("label"));
    }

    void singleClassIsReported() {
        const QString p = write(path("one.csv"), "a,b,label\n1,2,only\n3,4,only\n5,6,only\n");
        ts::DatasetReport r;
        ts::loadDataset(native(p), ts::LoadOptions(), &r);
        QVERIFY(!r.blocker.empty());
        QVERIFY2(QString::fromStdString(r.blocker).contains("only one class ('only')"), r.blocker.c_str());
        QVERIFY(hasWarning(r, "only one class"));
    }

    void streamedTableNeedsAboutOneCopy() {
        // 200k x 50 floats = 40 MB as float32; the loaded data set holds that once.
        const QString p = path("big.csv");
        {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray line;
            for (int j = 0; j < kBigFeatures; ++j) line += "f" + QByteArray::number(j) + ",";
            f.write(line + "label\n");
            for (int i = 0; i < kBigRows; ++i) {
                line.clear();
                for (int j = 0; j < kBigFeatures; ++j) line += QByteArray::number((i * 31 + j * 7) % 1000 * 0.01) + ",";
                line += QByteArray::number(i % 10) + "\n";
                f.write(line);
            }
        }
        const double floatBytes = double(kBigRows) * kBigFeatures * sizeof(float);
        const long long before = gLiveBytes.load();
        gPeakBytes.store(before);
        const bool canMeasureResident = resetPeakResident();
        const long long residentBefore = procStatusBytes("VmRSS:");
        {
            ts::LoadOptions opt;
            const ts::Dataset ds = ts::loadDataset(native(p), opt);
            QCOMPARE(ds.train.size() + ds.val.size() + ds.test.size(), kBigRows);
            QCOMPARE(ds.classCount(), 10);
        }
        // Allocated includes capacity reserved for the splits before it is written (not yet resident).
        const double peak = double(gPeakBytes.load() - before);
        qInfo("peak heap allocated while loading %d x %d: %.1f MB (%.2f x the float32 size)", kBigRows, kBigFeatures,
              peak / 1e6, peak / floatBytes);
        QVERIFY2(peak < 2.5 * floatBytes, qPrintable(QString::number(peak / floatBytes)));
        if (!canMeasureResident || residentBefore < 0) QSKIP("this kernel cannot reset the peak resident size");
        const double resident = double(procStatusBytes("VmHWM:") - residentBefore);
        qInfo("peak resident growth while loading: %.1f MB (%.2f x the float32 size)", resident / 1e6,
              resident / floatBytes);
        QVERIFY2(resident < kMaxCopies * floatBytes, qPrintable(QString::number(resident / floatBytes)));
    }

    // ---- IDX -----------------------------------------------------------------------------

    void idxFolderAndPair() {
        QByteArray trainX, trainY, testX, testY;
        idxPair(50, 4, 3, 5, trainX, trainY);
        idxPair(20, 4, 3, 5, testX, testY);
        const QString dir = path("mnist-like");
        write(dir + "/train-images-idx3-ubyte", trainX);
        writeGz(dir + "/train-labels-idx1-ubyte.gz", trainY);
        write(dir + "/t10k-images-idx3-ubyte", testX);
        write(dir + "/t10k-labels-idx1-ubyte", testY);
        QCOMPARE(ts::detectDatasetFormat(native(dir)), ts::DatasetFormat::IdxFolder);
        const ts::Dataset ds = ts::loadDataset(native(dir), ts::LoadOptions());
        QCOMPARE(ds.train.size(), 50);
        QCOMPARE(ds.test.size(), 20);
        QCOMPARE(ds.val.size(), 0);  // the trainer holds out validation from train
        QCOMPARE(ds.train.height, 4);
        QCOMPARE(ds.train.width, 3);
        // Choosing one file of a complete folder opens the folder with its own split.
        const ts::Dataset viaFile = ts::loadDataset(native(dir + "/t10k-images-idx3-ubyte"), ts::LoadOptions());
        QCOMPARE(viaFile.test.size(), 20);
        QCOMPARE(viaFile.contentHash, ds.contentHash);

        // A lone pair (raw images, gzip labels), chosen through either file: split 80/10/10 per class.
        const QString pair = path("pair");
        write(pair + "/my-images-idx3-ubyte", trainX);
        writeGz(pair + "/my-labels-idx1-ubyte.gz", trainY);
        QCOMPARE(ts::detectDatasetFormat(native(pair + "/my-images-idx3-ubyte")), ts::DatasetFormat::IdxPair);
        ts::DatasetReport r;
        const ts::Dataset p1 = ts::loadDataset(native(pair + "/my-images-idx3-ubyte"), ts::LoadOptions(), &r);
        QCOMPARE(p1.train.size(), 40);
        QCOMPARE(p1.val.size(), 5);
        QCOMPARE(p1.test.size(), 5);
        QCOMPARE(p1.classCount(), 5);
        QVERIFY(r.splitMade);
        const ts::Dataset p2 = ts::loadDataset(native(pair + "/my-labels-idx1-ubyte.gz"), ts::LoadOptions());
        QCOMPARE(p2.contentHash, p1.contentHash);
        QVERIFY(p1.contentHash != ds.contentHash);
    }

    void idxErrors_data() {
        QTest::addColumn<QByteArray>("images");
        QTest::addColumn<QByteArray>("labels");
        QTest::addColumn<bool>("gzipImages");
        QTest::addColumn<QStringList>("mustContain");
        QByteArray x, y;
        idxPair(10, 2, 2, 2, x, y);
        QTest::newRow("empty images file") << QByteArray() << y << false << QStringList{"too short"};
        QTest::newRow("truncated images") << x.left(x.size() - 5) << y << false << QStringList{"truncated"};
        QTest::newRow("wrong magic") << QByteArray("PK\x03\x04 not idx at all") << y << false
                                     << QStringList{"is not an IDX file", "0x50 0x4B"};
        QTest::newRow("huge dims") << idx({60000u, 100000u, 100000u}, QByteArray(16, 'x')) << y << false
                                   << QStringList{"truncated or corrupt", "60000 x 100000 x 100000"};
        QTest::newRow("count mismatch") << x << idx({9}, QByteArray(9, '\1')) << false
                                        << QStringList{"holds 9 labels", "10 images"};
        QTest::newRow("bad gzip stream") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage-garbage-garbage")
                                         << y << true << QStringList{"corrupt"};
        QTest::newRow("truncated gzip") << QByteArray() << y << true << QStringList{"too short to be a gzip file"};
    }
    void idxErrors() {
        QFETCH(QByteArray, images);
        QFETCH(QByteArray, labels);
        QFETCH(bool, gzipImages);
        QFETCH(QStringList, mustContain);
        const QString dir = path("bad-idx");
        const QString imagesPath = dir + (gzipImages ? "/x-images-idx3-ubyte.gz" : "/x-images-idx3-ubyte");
        write(imagesPath, images);
        write(dir + "/x-labels-idx1-ubyte", labels);
        const QString message = loadError(imagesPath);
        QVERIFY2(!message.isEmpty(), "bad IDX loaded");
        for (const QString& part : mustContain) QVERIFY2(message.contains(part), qPrintable(message));
    }

    void idxPairWithoutPartner() {
        QByteArray x, y;
        idxPair(4, 2, 2, 2, x, y);
        const QString lone = write(path("lone/a-images-idx3-ubyte"), x);
        QVERIFY(loadError(lone).contains("found no matching labels file"));
        const QString unnamed = write(path("lone/data.idx"), x);
        QVERIFY(loadError(unnamed).contains("cannot tell whether this IDX file holds images or labels"));
    }

    // ---- Image folders -------------------------------------------------------------------

    void imageFolderLoadsResizesAndSkips() {
        if (!ts::imageDecodingAvailable()) QSKIP("built without stb_image");
        const QString root = path("shapes");
        for (int i = 0; i < 10; ++i) {
            writeImage(root + QStringLiteral("/red/%1.png").arg(i), 8, 6, QColor(255, 0, 0));
            writeImage(root + QStringLiteral("/blue/%1.png").arg(i), 8, 6, QColor(0, 0, 255));
        }
        writeImage(root + "/blue/photo.jpg", 16, 12, QColor(0, 0, 255), "JPG");
        write(root + "/red/readme.txt", "not an image");
        write(root + "/red/broken.png", QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(30, '\0'));
        write(root + "/.hidden/ignored.png", "x");
        QCOMPARE(ts::detectDatasetFormat(native(root)), ts::DatasetFormat::ImageFolder);

        ts::DatasetReport r;
        const ts::Dataset ds = ts::loadDataset(native(root), ts::LoadOptions(), &r);
        QCOMPARE(ds.classNames, (std::vector<std::string>{"blue", "red"}));
        QCOMPARE(ds.train.size() + ds.val.size() + ds.test.size(), 21);
        QCOMPARE(ds.train.channels, 3);  // the first image has colour
        QCOMPARE(ds.train.width, 8);
        QCOMPARE(ds.train.height, 6);
        QCOMPARE(r.skippedFiles, 2);
        QCOMPARE(r.skippedExamples.size(), size_t(2));
        QVERIFY(hasWarning(r, "Skipped 2 files"));
        QVERIFY(hasWarning(r, "readme.txt"));
        QVERIFY(hasWarning(r, "broken.png"));
        // Planar RGB: a red sample has 255 in channel 0 and 0 in channel 2.
        const size_t per = size_t(ds.train.sampleBytes());
        for (int64_t i = 0; i < ds.train.size(); ++i) {
            const uint8_t* px = ds.train.pixels.data() + size_t(i) * per;
            if (ds.train.labels[size_t(i)] == 1) {
                QCOMPARE(int(px[0]), 255);
                QCOMPARE(int(px[2 * 6 * 8]), 0);
            } else {
                QVERIFY(px[0] < 10);            // the JPEG is close to pure blue
                QVERIFY(px[2 * 6 * 8] > 240);
            }
        }
        QVERIFY(hasWarning(r, "duplicate"));  // ten identical red squares

        ts::LoadOptions gray;
        gray.color = ts::ColorMode::Grayscale;
        gray.imageWidth = 4;
        gray.imageHeight = 3;
        const ts::Dataset g = ts::loadDataset(native(root), gray);
        QCOMPARE(g.train.channels, 1);
        QCOMPARE(g.train.width, 4);
        QCOMPARE(g.train.height, 3);
        QCOMPARE(g.train.pixels.size(), size_t(g.train.size()) * 12);
    }

    void imageFolderWithItsOwnSplit() {
        if (!ts::imageDecodingAvailable()) QSKIP("built without stb_image");
        const QString root = path("split");
        for (int i = 0; i < 6; ++i) {
            writeImage(root + QStringLiteral("/train/a/%1.png").arg(i), 5, 5, QColor(i * 20, 0, 0));
            writeImage(root + QStringLiteral("/train/b/%1.png").arg(i), 5, 5, QColor(0, i * 20, 0));
        }
        writeImage(root + "/test/a/t.png", 5, 5, Qt::white);
        writeImage(root + "/test/b/t.png", 5, 5, Qt::black);
        ts::DatasetReport r;
        const ts::Dataset ds = ts::loadDataset(native(root), ts::LoadOptions(), &r);
        QCOMPARE(ds.classNames, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(ds.train.size(), 12);
        QCOMPARE(ds.test.size(), 2);
        QCOMPARE(ds.val.size(), 0);
        QVERIFY(!r.splitMade);
    }

    void imageFolderErrors() {
        const QString empty = path("empty-folder");
        QDir().mkpath(empty);
        QVERIFY(loadError(empty).contains("is an empty folder"));
        const QString noImages = path("no-images");
        write(noImages + "/cats/a.txt", "hello");
        write(noImages + "/dogs/b.csv.bak", "1,2");
        const QString message = loadError(noImages);
        QVERIFY2(message.contains("neither IDX files nor class sub-folders of PNG/JPEG"), qPrintable(message));
        if (!ts::imageDecodingAvailable()) return;
        const QString allBroken = path("all-broken");
        write(allBroken + "/a/1.png", "not really a png");
        write(allBroken + "/b/2.jpg", "nor a jpeg");
        const QString m2 = loadError(allBroken);
        QVERIFY2(m2.contains("no image in the class folders could be decoded") && m2.contains("2 files skipped"),
                 qPrintable(m2));
        const QString oneClass = path("one-class");
        writeImage(oneClass + "/only/1.png", 4, 4, Qt::red);
        writeImage(oneClass + "/only/2.png", 4, 4, Qt::green);
        ts::DatasetReport r;
        ts::loadDataset(native(oneClass), ts::LoadOptions(), &r);
        QVERIFY(QString::fromStdString(r.blocker).contains("only one class ('only')"));
    }

    // ---- Paths and unknown inputs ------------------------------------------------------------

    void pathsWithSpacesAndNonAscii() {
        const QString csv = write(path(QStringLiteral("dåta sæt/ünïcode täble.csv")), blobsCsv(40, 2));
        const ts::Dataset t = ts::loadDataset(native(csv), ts::LoadOptions());
        QCOMPARE(t.train.size() + t.val.size() + t.test.size(), 40);
        QCOMPARE(QString::fromUtf8(t.name.c_str()), QStringLiteral("ünïcode täble"));
        const QString missing = path(QStringLiteral("dåta sæt/nïcht da.csv"));
        QVERIFY(loadError(missing).contains(QStringLiteral("nïcht da.csv: does not exist")));

        QByteArray x, y;
        idxPair(10, 2, 2, 2, x, y);
        write(path(QStringLiteral("ïdx pair/train-images-idx3-ubyte")), x);
        write(path(QStringLiteral("ïdx pair/train-labels-idx1-ubyte")), y);
        QCOMPARE(ts::loadDataset(native(path(QStringLiteral("ïdx pair/train-images-idx3-ubyte"))), ts::LoadOptions()).classCount(), 2);
        if (!ts::imageDecodingAvailable()) return;
        const QString images = path(QStringLiteral("Bilder mit Ümlaut"));
        writeImage(images + QStringLiteral("/Katze ö/eins 1.png"), 4, 4, Qt::red);
        writeImage(images + QStringLiteral("/Katze ö/zwei 2.png"), 4, 4, Qt::red);
        writeImage(images + QStringLiteral("/Hund ü/drei.png"), 4, 4, Qt::blue);
        writeImage(images + QStringLiteral("/Hund ü/vier.png"), 4, 4, Qt::blue);
        const ts::Dataset im = ts::loadDataset(native(images), ts::LoadOptions());
        QCOMPARE(im.classNames.size(), size_t(2));
        QCOMPARE(QString::fromStdString(im.classNames[1]), QStringLiteral("Katze ö"));
    }

    void unknownInputs() {
        QVERIFY(loadError(QString()).contains("No data set given"));
        const QString bin = write(path("random.bin"), QByteArray("\x7f" "ELF binary stuff"));
        QVERIFY(loadError(bin).contains("not a format TrainScope recognises"));
        QCOMPARE(ts::detectDatasetFormat(native(bin)), ts::DatasetFormat::Unknown);
        const QString png = writeImage(path("single.png"), 3, 3, Qt::red);
        QVERIFY(loadError(png).contains("is a single image"));
    }

    // ---- Resampling and preview --------------------------------------------------------------

    void resizeAveragesAndInterpolates() {
        const uint8_t twoByTwo[] = {0, 100, 200, 60};  // gray, interleaved = planar for one channel
        QCOMPARE(ts::resizeToPlanar(twoByTwo, 1, 2, 2, 1, 1), std::vector<uint8_t>{90});
        QCOMPARE(ts::resizeToPlanar(twoByTwo, 1, 2, 2, 2, 2), (std::vector<uint8_t>{0, 100, 200, 60}));
        const uint8_t one[] = {7};
        QCOMPARE(ts::resizeToPlanar(one, 1, 1, 1, 2, 3), std::vector<uint8_t>(6, 7));
        const uint8_t rgb[] = {10, 20, 30, 50, 60, 70};  // 1x2 RGB interleaved
        QCOMPARE(ts::resizeToPlanar(rgb, 3, 1, 2, 1, 1), (std::vector<uint8_t>{30, 40, 50}));
    }

    void previewHoldsCountsThumbnailsAndTableHead() {
        const QString p = write(path("preview.csv"), blobsCsv(200, 4));
        ts::DatasetReport r;
        const ts::Dataset ds = ts::loadDataset(native(p), ts::LoadOptions(), &r);
        const ts::DatasetPreview pv = ts::makeDatasetPreview(ds, r, 0.1);
        QVERIFY(pv.tabular);
        QCOMPARE(pv.trainCount + pv.valCount + pv.testCount, 200);
        QVERIFY(!pv.valFromTrainer);
        QCOMPARE(pv.trainHistogram.size(), size_t(4));
        QCOMPARE(pv.tableColumns, (std::vector<std::string>{"x", "y", "label"}));
        QCOMPARE(pv.headRows.size(), size_t(20));
        QCOMPARE(pv.headRows[0], (std::vector<std::string>{"0", "0", "c0"}));
        QCOMPARE(pv.columns.size(), size_t(2));
        QCOMPARE(pv.labelColumn, std::string("label"));

        QByteArray x, y;
        idxPair(100, 4, 4, 10, x, y);
        write(path("thumbs/train-images-idx3-ubyte"), x);
        write(path("thumbs/train-labels-idx1-ubyte"), y);
        write(path("thumbs/t10k-images-idx3-ubyte"), x);
        write(path("thumbs/t10k-labels-idx1-ubyte"), y);
        ts::DatasetReport ir;
        const ts::Dataset images = ts::loadDataset(native(path("thumbs")), ts::LoadOptions(), &ir);
        const ts::DatasetPreview ipv = ts::makeDatasetPreview(images, ir, 0.1);
        QVERIFY(!ipv.tabular);
        QVERIFY(ipv.valFromTrainer);
        QCOMPARE(ipv.valCount, 10);
        QCOMPARE(ipv.trainCount, 90);
        QCOMPARE(ipv.testCount, 100);
        QCOMPARE(ipv.thumbnailsPerClass, 8);
        QCOMPARE(ipv.thumbnails.size(), size_t(80));  // 20 per class in train and test, 8 shown
        for (size_t i = 0; i < ipv.thumbnails.size(); ++i) {
            QCOMPARE(ipv.thumbnails[i].classIndex, int(i / 8));
            QCOMPARE(ipv.thumbnails[i].pixels.size(), size_t(16));
        }
    }
};

QTEST_MAIN(TestDatasetFormats)
#include "test_dataset_formats.moc"
