// Tests for labelled text data: the RFC 4180 record reader, CSV/TSV/JSONL text tables, class folders, column
// detection and choice, the stratified split, the report's warnings and the error messages.
#include "core/data/DatasetLoader.h"
#include "core/data/TextTable.h"
#include "support/ErrorOf.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>
#include <string>

using ts::testing::errorOf;

namespace {

// Writes `bytes` to `dir/name`, creating sub-folders; returns the path.
std::string writeFile(const QTemporaryDir& dir, const QString& name, const std::string& bytes) {
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << bytes;
    return path.toStdString();
}

// A CSV with `perClass` rows of each of `classes` ("c0", "c1", ...), texts numbered so none repeats.
std::string manyRows(int classes, int perClass) {
    std::string csv = "text,label\n";
    for (int c = 0; c < classes; ++c)
        for (int i = 0; i < perClass; ++i)
            csv += "sample number " + std::to_string(c * perClass + i) + " of some words,c" + std::to_string(c) + "\n";
    return csv;
}

bool contains(const std::vector<std::string>& items, const std::string& part) {
    for (const std::string& s : items)
        if (s.find(part) != std::string::npos) return true;
    return false;
}

int64_t total(const ts::Dataset& ds) { return ds.textTrain.size() + ds.textVal.size() + ds.textTest.size(); }

}  // namespace

class TestTextTables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotedMultiLineCsv();
    void recordReaderEdges();
    void tsvTable();
    void jsonlTable();
    void classFolderWithoutSplit();
    void classFolderWithOwnSplit();
    void columnsByNameAndChoice();
    void proseColumnDetected();
    void numericTableStaysTable();
    void stratifiedSplitSizesAndDeterminism();
    void missingTextColumn();
    void unterminatedQuoteNamesItsLine();
    void oneClassIsBlocker();
    void emptyTextsWarning();
    void emptyFile();
    void loadOptionsKeepTextColumn();
    void previewShowsSamplesAndLengths();
};

void TestTextTables::quotedMultiLineCsv() {
    QTemporaryDir dir;
    const std::string csv = "id,text,label\n"
                            "1,\"Hello, world\",pos\n"
                            "2,\"She said \"\"no\"\"\r\nand left\",neg\r\n"
                            "3,plain words here,pos\n"
                            "4,\"three\nline\ntext\",neg\n";
    const std::string path = writeFile(dir, "reviews.csv", csv);
    QCOMPARE(ts::detectDatasetFormat(path), ts::DatasetFormat::TextTable);
    const ts::RawTextTable raw = ts::readTextTable(path, "", "");
    QCOMPARE(raw.format, std::string("CSV text table"));
    QCOMPARE(raw.textColumn, std::string("text"));
    QCOMPARE(raw.labelColumn, std::string("label"));
    QCOMPARE(raw.texts.size(), size_t(4));
    QCOMPARE(raw.texts[0], std::string("Hello, world"));
    QCOMPARE(raw.texts[1], std::string("She said \"no\"\r\nand left"));
    QCOMPARE(raw.texts[3], std::string("three\nline\ntext"));
    QCOMPARE(raw.rows, (std::vector<int64_t>{2, 3, 5, 6}));

    ts::LoadOptions opt;
    ts::DatasetReport report;
    const ts::Dataset ds = ts::loadDataset(path, opt, &report);
    QVERIFY(ds.isTextClassification());
    QCOMPARE(ds.classNames, (std::vector<std::string>{"neg", "pos"}));
    QCOMPARE(ds.format, std::string("CSV text table"));
    QCOMPARE(ds.name, std::string("reviews"));
    QCOMPARE(total(ds), int64_t(4));
    QVERIFY(ds.contentHash.rfind("fnv1a64:", 0) == 0);
    QVERIFY(contains(report.notes, "text column: text"));
    QVERIFY(contains(report.notes, "label column: label"));
    QVERIFY(contains(report.notes, "stratified split"));
    QVERIFY(report.blocker.empty());
}

void TestTextTables::recordReaderEdges() {
    const auto recs = ts::readDelimitedRecords("a,b\n\n\"x\",\"\"\n  y  ,\"z,\"\"w\"\"\"\n", ',', "f.csv");
    QCOMPARE(recs.size(), size_t(3));
    QCOMPARE(recs[1].fields, (std::vector<std::string>{"x", ""}));
    QCOMPARE(recs[1].line, int64_t(3));
    QCOMPARE(recs[2].fields, (std::vector<std::string>{"y", "z,\"w\""}));
    // A cut sample drops its unfinished record instead of failing.
    QCOMPARE(ts::readDelimitedRecords("a,b\n1,\"open", ',', "f.csv", true).size(), size_t(1));
    QVERIFY(errorOf([] { ts::readDelimitedRecords("a,b\n\"x\"y,1\n", ',', "f.csv"); }).contains("line 2"));
}

void TestTextTables::tsvTable() {
    QTemporaryDir dir;
    const std::string path =
        writeFile(dir, "s.tsv", "sentence\tcategory\nthe cat sat, on the mat\tanimals\n\"a\ttabbed text\"\tother\n");
    QCOMPARE(ts::detectDatasetFormat(path), ts::DatasetFormat::TextTable);
    const ts::RawTextTable raw = ts::readTextTable(path, "", "");
    QCOMPARE(raw.format, std::string("TSV text table"));
    QCOMPARE(raw.textColumn, std::string("sentence"));
    QCOMPARE(raw.labelColumn, std::string("category"));
    QCOMPARE(raw.texts[0], std::string("the cat sat, on the mat"));
    QCOMPARE(raw.texts[1], std::string("a\ttabbed text"));
}

void TestTextTables::jsonlTable() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "d.jsonl",
                                       "{\"review\": \"good film, \\\"great\\\"\\nreally\", \"label\": 1}\n\n"
                                       "{\"review\": \"bad film\", \"label\": 0, \"id\": 7}\n"
                                       "{\"review\": \"so so film\", \"label\": 10}\n");
    QCOMPARE(ts::detectDatasetFormat(path), ts::DatasetFormat::TextTable);
    ts::DatasetReport report;
    const ts::Dataset ds = ts::loadDataset(path, ts::LoadOptions(), &report);
    QCOMPARE(ds.format, std::string("JSONL text table"));
    QCOMPARE(ds.classNames, (std::vector<std::string>{"0", "1", "10"}));  // numerically sorted
    const ts::RawTextTable raw = ts::readTextTable(path, "", "");
    QCOMPARE(raw.texts[0], std::string("good film, \"great\"\nreally"));
    QCOMPARE(raw.rows, (std::vector<int64_t>{1, 3, 4}));
    // A JSONL with only a "text" field stays a language-model corpus.
    const std::string corpus = writeFile(dir, "c.jsonl", "{\"text\": \"once upon a time\"}\n");
    QCOMPARE(ts::detectDatasetFormat(corpus), ts::DatasetFormat::Text);
    const std::string broken = writeFile(dir, "b.jsonl", "{\"text\": \"a b c\", \"label\": \"x\"}\n{oops\n");
    QVERIFY(errorOf([&] { ts::readTextTable(broken, "", ""); }).contains("b.jsonl: line 2: not valid JSON"));
}

void TestTextTables::classFolderWithoutSplit() {
    QTemporaryDir dir;
    for (int i = 0; i < 10; ++i) {
        writeFile(dir, "news/sport/" + QString::number(i) + ".txt", "the match ended " + std::to_string(i));
        writeFile(dir, "news/politics/" + QString::number(i) + ".txt", "the vote passed " + std::to_string(i));
    }
    const std::string path = dir.filePath("news").toStdString();
    QCOMPARE(ts::detectDatasetFormat(path), ts::DatasetFormat::TextTable);
    ts::DatasetReport report;
    const ts::Dataset ds = ts::loadDataset(path, ts::LoadOptions(), &report);
    QCOMPARE(ds.format, std::string("text folder (one sub-folder per class)"));
    QCOMPARE(ds.name, std::string("news"));
    QCOMPARE(ds.classNames, (std::vector<std::string>{"politics", "sport"}));
    QCOMPARE(total(ds), int64_t(20));
    QCOMPARE(ds.textTest.size(), int64_t(2));
    QVERIFY(report.splitMade);
    // .txt files at the top level: a language-model corpus, as before.
    writeFile(dir, "corpus/a.txt", "some text");
    QCOMPARE(ts::detectDatasetFormat(dir.filePath("corpus").toStdString()), ts::DatasetFormat::Text);
}

void TestTextTables::classFolderWithOwnSplit() {
    QTemporaryDir dir;
    for (const char* part : {"train", "test"})
        for (const char* cls : {"ham", "spam"})
            for (int i = 0; i < 3; ++i)
                writeFile(dir, QString("mail/%1/%2/%3.txt").arg(part, cls).arg(i),
                          std::string(cls) + " message " + part + std::to_string(i));
    writeFile(dir, "mail/train/ham/empty.txt", "  \n");
    ts::DatasetReport report;
    const ts::Dataset ds = ts::loadDataset(dir.filePath("mail").toStdString(), ts::LoadOptions(), &report);
    QCOMPARE(ds.textTrain.size(), int64_t(6));
    QCOMPARE(ds.textVal.size(), int64_t(0));
    QCOMPARE(ds.textTest.size(), int64_t(6));
    QVERIFY(!report.splitMade);
    QVERIFY(contains(report.notes, "split taken from the folder"));
    QVERIFY(contains(report.warnings, "Skipped 1 empty text (or empty labels): train/ham/empty.txt."));
}

void TestTextTables::columnsByNameAndChoice() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "t.csv", "Title,Body,Topic,Stars\nA title,first body text,news,5\n"
                                                     "B title,second body text,sport,3\n");
    // The text column chosen by name (case-insensitive) or number; "Topic" is a label by name.
    ts::RawTextTable raw = ts::readTextTable(path, "body", "");
    QCOMPARE(raw.textColumn, std::string("Body"));
    QCOMPARE(raw.labelColumn, std::string("Topic"));
    raw = ts::readTextTable(path, "2", "4");
    QCOMPARE(raw.labelColumn, std::string("Stars"));
    QCOMPARE(raw.labels, (std::vector<std::string>{"5", "3"}));
    ts::LoadOptions opt;
    opt.textColumn = "Title";
    opt.labelColumn = "Topic";
    const ts::Dataset ds = ts::loadDataset(path, opt, nullptr);
    QCOMPARE(ds.textTrain.texts.front().substr(0, 1), std::string("A"));
    QVERIFY(errorOf([&] { ts::readTextTable(path, "Body", "Missing"); }).contains("no label column 'Missing'"));
}

void TestTextTables::proseColumnDetected() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "p.csv", "id,comment,verdict\n1,this was a fine day,good\n"
                                                     "2,it rained all day long,bad\n");
    QCOMPARE(ts::detectDatasetFormat(path), ts::DatasetFormat::TextTable);
    const ts::RawTextTable raw = ts::readTextTable(path, "", "");
    QCOMPARE(raw.textColumn, std::string("comment"));
    QCOMPARE(raw.labelColumn, std::string("verdict"));  // no label name: the last column that is not the text
}

void TestTextTables::numericTableStaysTable() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "iris.csv", "a,b,class\n1.0,2.0,Iris setosa\n3.0,4.0,Iris virginica\n");
    QCOMPARE(ts::detectDatasetFormat(path), ts::DatasetFormat::Table);
    // A numeric column that happens to be called "content" does not make a text table.
    const std::string fat = writeFile(dir, "fat.csv", "content,sugar,label\n1.5,2,a\n3.25,4,b\n");
    QCOMPARE(ts::detectDatasetFormat(fat), ts::DatasetFormat::Table);
}

void TestTextTables::stratifiedSplitSizesAndDeterminism() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "m.csv", manyRows(3, 50));
    ts::LoadOptions opt;
    const ts::Dataset a = ts::loadDataset(path, opt, nullptr);
    QCOMPARE(a.textTrain.size(), int64_t(120));
    QCOMPARE(a.textVal.size(), int64_t(15));
    QCOMPARE(a.textTest.size(), int64_t(15));
    for (int64_t c = 0; c < 3; ++c)
        QCOMPARE(std::count(a.textTest.labels.begin(), a.textTest.labels.end(), c), std::ptrdiff_t(5));
    const ts::Dataset b = ts::loadDataset(path, opt, nullptr);
    QCOMPARE(a.textTest.texts, b.textTest.texts);
    QCOMPARE(a.contentHash, b.contentHash);
    opt.seed = 7;
    opt.valFraction = 0.2;
    const ts::Dataset c = ts::loadDataset(path, opt, nullptr);
    QCOMPARE(c.textVal.size(), int64_t(30));
    QVERIFY(c.contentHash != a.contentHash);
}

void TestTextTables::missingTextColumn() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "n.jsonl", "{\"body\": 3, \"label\": \"a\"}\n");
    QCOMPARE(ts::detectDatasetFormat(path), ts::DatasetFormat::TextTable);
    const QString e = errorOf([&] { ts::loadDataset(path, ts::LoadOptions(), nullptr); });
    QVERIFY2(e.contains("n.jsonl: line 1: no text column") && e.contains("the columns are: body, label"), qPrintable(e));
    const std::string csv = writeFile(dir, "n.csv", "x,y\n1,2\n");
    ts::LoadOptions opt;
    opt.textColumn = "text";
    const QString e2 = errorOf([&] { ts::loadDataset(csv, opt, nullptr); });
    QVERIFY2(e2.contains("no column 'text'") && e2.contains("x, y"), qPrintable(e2));
}

void TestTextTables::unterminatedQuoteNamesItsLine() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "q.csv", "text,label\nfine text,a\nmore text,b\n\"never closed,a\nx,b\n");
    const QString e = errorOf([&] { ts::readTextTable(path, "", ""); });
    QVERIFY2(e.contains("q.csv: line 4: a quoted field starts here and is never closed"), qPrintable(e));

    // A stray quote inside a quoted field: still detected as a text table (by its header), so loading names the
    // line instead of calling the file a numeric table whose 'text' is not a number.
    const std::string stray = writeFile(dir, "s.csv", "text,label\n\"fine\",x\n\"broken, \"quote\" here,y\n\"ok\",y\n");
    QCOMPARE(ts::detectDatasetFormat(stray), ts::DatasetFormat::TextTable);
    const QString e2 = errorOf([&] { ts::loadDataset(stray, ts::LoadOptions()); });
    QVERIFY2(e2.contains("s.csv: line 3: text after the closing quote"), qPrintable(e2));
}

void TestTextTables::oneClassIsBlocker() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "one.csv", "text,label\nthe first text,same\nthe second text,same\n");
    ts::DatasetReport report;
    ts::loadDataset(path, ts::LoadOptions(), &report);
    QVERIFY2(report.blocker.find("The label column 'label' holds one class ('same') in all 2 texts") == 0,
             report.blocker.c_str());
    QCOMPARE(report.warnings.front(), report.blocker);
}

void TestTextTables::emptyTextsWarning() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "e.csv", "text,label\nhello there friend,a\n\"\",b\n  ,a\nhi,b\nyes it is,b\n");
    ts::DatasetReport report;
    const ts::Dataset ds = ts::loadDataset(path, ts::LoadOptions(), &report);
    QCOMPARE(total(ds), int64_t(3));
    QVERIFY(contains(report.warnings, "Skipped 2 empty texts (or empty labels), at lines 3, 4."));
    QVERIFY(contains(report.warnings, "1 texts (33.3%) have fewer than 3 words"));
    const std::string dup = writeFile(dir, "d.csv", manyRows(2, 20) + manyRows(2, 20).substr(11));
    ts::DatasetReport dupReport;
    ts::loadDataset(dup, ts::LoadOptions(), &dupReport);
    QVERIFY(contains(dupReport.warnings, "in more than one split"));
}

void TestTextTables::emptyFile() {
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "empty.csv", "\n \n");
    ts::LoadOptions opt;
    opt.textColumn = "text";
    QVERIFY(errorOf([&] { ts::loadDataset(path, opt, nullptr); }).contains("empty.csv: is empty"));
}

void TestTextTables::loadOptionsKeepTextColumn() {
    ts::LoadOptions opt;
    opt.textColumn = "Body";
    QCOMPARE(ts::loadOptionsFromJson(ts::loadOptionsToJson(opt)).textColumn, std::string("Body"));
    QVERIFY(ts::loadOptionsToJson(ts::LoadOptions()).find("text_column") == std::string::npos);
}

QTEST_APPLESS_MAIN(TestTextTables)
#include "test_text_tables.moc"

void TestTextTables::previewShowsSamplesAndLengths() {
    QTemporaryDir dir;
    std::string csv = "text,label\n";
    for (int i = 0; i < 30; ++i) csv += "\"short text " + std::to_string(i) + "\",a\n";  // 3 words
    for (int i = 0; i < 10; ++i) {
        std::string longText = "line one of " + std::to_string(i) + "\nline two\nline three\nline four\nline five";
        csv += "\"" + longText + "\",b\n";  // 12 words on five lines
    }
    ts::DatasetReport report;
    const ts::Dataset ds = ts::loadDataset(writeFile(dir, "p.csv", csv), ts::LoadOptions(), &report);
    const ts::DatasetPreview pv = ts::makeDatasetPreview(ds, report, 0.1);
    QVERIFY(pv.labelledText);
    // Class counts come from the texts (they were empty before labelled texts had a preview of their own).
    QCOMPARE(pv.trainHistogram[0] + pv.valHistogram[0] + pv.testHistogram[0], int64_t(30));
    QCOMPARE(pv.trainHistogram[1] + pv.valHistogram[1] + pv.testHistogram[1], int64_t(10));
    QCOMPARE(pv.trainCount + pv.valCount + pv.testCount, int64_t(40));
    QCOMPARE(pv.texts.samples.size(), size_t(10));  // five of each class, class by class
    QCOMPARE(pv.texts.samples.front().classIndex, 0);
    QCOMPARE(pv.texts.samples.back().classIndex, 1);
    const ts::LabelledTextSample& longOne = pv.texts.samples.back();
    QVERIFY(longOne.trimmed);  // four lines at most
    QCOMPARE(std::count(longOne.text.begin(), longOne.text.end(), '\n'), std::ptrdiff_t(3));
    QCOMPARE(longOne.words, int64_t(12));
    QVERIFY(longOne.row >= 32);  // the table's line: header + 30 short ones come first
    QCOMPARE(pv.texts.medianWords, int64_t(3));
    QCOMPARE(pv.texts.maxWords, int64_t(12));
    QCOMPARE(std::accumulate(pv.texts.lengthCounts.begin(), pv.texts.lengthCounts.end(), int64_t(0)), int64_t(40));
    QCOMPARE(pv.texts.lengthEdges.size(), pv.texts.lengthCounts.size() + 1);
}
