// Tests for the preview flow: the worker loads a data set aside, the dialog shows it, and the
// user's answer makes it current or drops it; plus the recent-datasets list and the window's wiring.
#include "app/bridge/TrainingController.h"
#include "app/bridge/TrainingWorker.h"
#include "ui/dataset/DatasetChooser.h"
#include "ui/dataset/DatasetPreviewDialog.h"
#include "ui/training/MainWindow.h"

#include "core/data/ImageFolder.h"
#include "support/TestFiles.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kRows = 120;
constexpr int kClasses = 3;
constexpr int kSignalWaitMs = 10000;

// A small separable table; `classes` = 1 makes a single-class table.
QString writeTable(const QString& path, int classes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write("width,height,kind\n");
    for (int i = 0; i < kRows; ++i) {
        const int c = i % classes;
        f.write(QByteArray::number(c * 3 + (i % 5) * 0.1 + i * 0.001) + "," + QByteArray::number(10 - c + (i % 4) * 0.2) + ",k" +
                QByteArray::number(c) + "\n");
    }
    return path;
}

// A table with two possible label columns: "label" (3 classes, the default) and "group" (2 classes).
// Every cell is numeric, so either column can be the label while the other is a feature.
QString writeTwoLabelTable(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write("x,y,group,label\n");
    for (int i = 0; i < kRows; ++i) {
        const int label = i % kClasses, group = (i / kClasses) % 2;
        f.write(QByteArray::number(label * 2 + (i % 7) * 0.05) + "," + QByteArray::number(group * 3 - (i % 5) * 0.1) +
                "," + QByteArray::number(group) + "," + QByteArray::number(label) + "\n");
    }
    return path;
}

constexpr int kImageClasses = 2;
constexpr int kImagesPerClass = 10;  // 8 train (one thumbnail row each), 1 validation, 1 test
constexpr int kImageWidth = 16;
constexpr int kImageHeight = 12;

// An image folder: one sub-folder per class of small colour PNGs (kImageWidth x kImageHeight).
QString writeImageFolder(const QString& dir) {
    for (int c = 0; c < kImageClasses; ++c) {
        const QString sub = dir + QStringLiteral("/class%1").arg(c);
        QDir().mkpath(sub);
        for (int i = 0; i < kImagesPerClass; ++i) {
            QImage img(kImageWidth, kImageHeight, QImage::Format_RGB888);
            img.fill(QColor(200 * c + i * 5, 40 + i * 20, 255 - 200 * c));
            const QString file = sub + QStringLiteral("/img%1.png").arg(i);
            if (!img.save(file)) qFatal("cannot save %s", qPrintable(file));
        }
    }
    return dir;
}

// Big-endian IDX file of unsigned bytes.
void writeIdx(const QString& path, const QList<quint32>& dims, const QByteArray& payload) {
    QByteArray b;
    b.append(char(0)).append(char(0)).append(char(0x08)).append(char(dims.size()));
    for (quint32 d : dims) b.append(char(d >> 24)).append(char(d >> 16)).append(char(d >> 8)).append(char(d));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(b + payload) != b.size() + payload.size())
        qFatal("cannot write %s", qPrintable(path));
}

// An IDX folder with its own train/test split (4x4 images, 3 classes).
QString writeIdxFolder(const QString& dir) {
    QDir().mkpath(dir);
    constexpr int kSide = 4;
    for (const auto& [prefix, n] : {std::pair<const char*, int>{"train", 30}, {"t10k", 12}}) {
        QByteArray pixels(n * kSide * kSide, Qt::Uninitialized), labels(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < kSide * kSide; ++j) pixels[i * kSide * kSide + j] = char((i * 7 + j) & 0xff);
            labels[i] = char(i % kClasses);
        }
        writeIdx(dir + QStringLiteral("/%1-images-idx3-ubyte").arg(QLatin1String(prefix)),
                 {quint32(n), quint32(kSide), quint32(kSide)}, pixels);
        writeIdx(dir + QStringLiteral("/%1-labels-idx1-ubyte").arg(QLatin1String(prefix)), {quint32(n)}, labels);
    }
    return dir;
}

// Loads `path` with `options` the way the worker does and builds its preview.
ts::DatasetPreview previewOf(const QString& path, const ts::LoadOptions& options = ts::LoadOptions()) {
    ts::DatasetReport report;
    const ts::Dataset ds = ts::loadDataset(QFile::encodeName(path).toStdString(), options, &report);
    return ts::makeDatasetPreview(ds, report, 0.1);
}

// Wires a dialog to a worker on the same thread (direct connections: a reload completes inside the click).
void connectDialog(ts::DatasetPreviewDialog& dialog, ts::TrainingWorker& worker, const QString& path) {
    QObject::connect(&dialog, &ts::DatasetPreviewDialog::reloadRequested, &worker,
                     [&worker, path](const ts::LoadOptions& o) { worker.previewDataset(path, o, 0.1); });
    QObject::connect(&worker, &ts::TrainingWorker::datasetPreviewReady, &dialog, &ts::DatasetPreviewDialog::showPreview);
    QObject::connect(&worker, &ts::TrainingWorker::datasetFailed, &dialog, &ts::DatasetPreviewDialog::reloadFailed);
    QObject::connect(&dialog, &QDialog::accepted, &worker, &ts::TrainingWorker::acceptPreviewedDataset);
}

// The dialog's thumbnail cells whose tooltip (their size) is `size`.
int thumbnailsSized(const ts::DatasetPreviewDialog& dialog, const QString& size) {
    int n = 0;
    for (const QLabel* l : dialog.findChildren<QLabel*>())
        if (!l->pixmap().isNull() && l->toolTip() == size) ++n;
    return n;
}

// Forgets the remembered load options so each test starts from the defaults.
void forgetLoadOptions() {
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).remove(QStringLiteral("datasetOptions"));
}

}  // namespace

class TestDatasetPreview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));  // keep the user's settings untouched
        ts::registerMetaTypes();
    }

    void init() { forgetLoadOptions(); }

    void workerKeepsPreviewAsideUntilAccepted() {
        ts::TrainingWorker worker;
        QSignalSpy preview(&worker, &ts::TrainingWorker::datasetPreviewReady);
        QSignalSpy loaded(&worker, &ts::TrainingWorker::datasetLoaded);
        QSignalSpy failed(&worker, &ts::TrainingWorker::datasetFailed);
        const QString table = writeTable(m_dir.filePath(QStringLiteral("tä ble.csv")), kClasses);
        worker.previewDataset(table, ts::LoadOptions(), 0.1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(preview.count(), 1);
        QCOMPARE(loaded.count(), 0);
        const auto pv = preview.at(0).at(0).value<ts::DatasetPreview>();
        QVERIFY(pv.tabular);
        QCOMPARE(pv.trainCount + pv.valCount + pv.testCount, kRows);
        QCOMPARE(pv.classNames, (std::vector<std::string>{"k0", "k1", "k2"}));
        QCOMPARE(pv.labelColumn, std::string("kind"));

        worker.discardPreviewedDataset();
        worker.acceptPreviewedDataset();  // nothing left to accept
        QCOMPARE(loaded.count(), 0);

        worker.previewDataset(table, ts::LoadOptions(), 0.1);
        worker.acceptPreviewedDataset();
        QCOMPARE(loaded.count(), 1);
        const auto info = loaded.at(0).at(0).value<ts::DatasetInfo>();
        QCOMPARE(info.trainCount, pv.trainCount);
        QCOMPARE(info.valCount, pv.valCount);
        QCOMPARE(info.width, 2);
    }

    void workerReportsBadInputs() {
        ts::TrainingWorker worker;
        QSignalSpy failed(&worker, &ts::TrainingWorker::datasetFailed);
        const QString bad = m_dir.filePath(QStringLiteral("ragged.csv"));
        QVERIFY(ts::testing::writeFile(bad, "a,b,label\n1,2,x\n3,4\n"));
        worker.previewDataset(bad, ts::LoadOptions(), 0.1);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("line 3")));
        // A single-class table loads for preview (so the dialog can explain) but not for training.
        const QString one = writeTable(m_dir.filePath(QStringLiteral("one.csv")), 1);
        worker.loadDataset(one, 0.1);
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.at(1).at(0).toString().contains(QStringLiteral("only one class")));
    }

    void dialogShowsTableAndBlocksSingleClass() {
        ts::DatasetReport report;
        const ts::Dataset ds =
            ts::loadDataset(QFile::encodeName(writeTable(m_dir.filePath(QStringLiteral("t.csv")), kClasses)).toStdString(),
                            ts::LoadOptions(), &report);
        ts::DatasetPreviewDialog dialog(ts::makeDatasetPreview(ds, report, 0.1));
        QVERIFY(dialog.useButton()->isEnabled());
        QVERIFY(dialog.rowsTable());
        QCOMPARE(dialog.rowsTable()->rowCount(), 20);
        QCOMPARE(dialog.rowsTable()->columnCount(), 3);
        QCOMPARE(dialog.warningsText(), QStringLiteral("No problems found."));

        ts::DatasetReport oneReport;
        const ts::Dataset one =
            ts::loadDataset(QFile::encodeName(writeTable(m_dir.filePath(QStringLiteral("o.csv")), 1)).toStdString(),
                            ts::LoadOptions(), &oneReport);
        ts::DatasetPreviewDialog blocked(ts::makeDatasetPreview(one, oneReport, 0.1));
        QVERIFY(!blocked.useButton()->isEnabled());
        QVERIFY(blocked.warningsText().contains(QStringLiteral("only one class")));
    }

    void dialogShowsLabelledTexts() {
        QFile csv(m_dir.filePath(QStringLiteral("texts.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("review,label\n");
        for (int i = 0; i < 24; ++i) csv.write(QStringLiteral("\"a fine, long review number %1\",%2\n").arg(i).arg(i % 3).toUtf8());
        csv.close();
        ts::DatasetReport report;
        const ts::Dataset ds = ts::loadDataset(QFile::encodeName(csv.fileName()).toStdString(), ts::LoadOptions(), &report);
        ts::DatasetPreviewDialog dialog(ts::makeDatasetPreview(ds, report, 0.1));
        auto* samples = dialog.findChild<QTableWidget*>(QStringLiteral("previewTextSamples"));
        QVERIFY(samples);
        QCOMPARE(samples->rowCount(), 15);  // five of each of three classes
        QCOMPARE(samples->item(0, 0)->text(), QStringLiteral("0"));
        QVERIFY(samples->item(0, 2)->text().startsWith(QStringLiteral("a fine, long review")));
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("previewTextLengths")));
        QVERIFY(!dialog.rowsTable());
        QCOMPARE(dialog.thumbnailCount(), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("previewSplits"))->text().contains(QStringLiteral("test 3")));
    }

    void dialogShowsThumbnails() {
        ts::Dataset ds;
        ds.name = "synthetic";
        ds.classNames = {"a", "b"};
        ds.train.channels = 3;
        ds.train.height = ds.train.width = 4;
        for (int i = 0; i < 20; ++i) {
            ds.train.labels.push_back(i % 2);
            for (int p = 0; p < 48; ++p) ds.train.pixels.push_back(uint8_t(i * 10 + p));
        }
        ts::DatasetReport report;
        const ts::DatasetPreview pv = ts::makeDatasetPreview(ds, report, 0.1);
        ts::DatasetPreviewDialog dialog(pv);
        QCOMPARE(dialog.thumbnailCount(), 16);  // 8 per class
        QVERIFY(!dialog.rowsTable());
        const QImage img = ts::DatasetPreviewDialog::toImage(pv.thumbnails.front());
        QCOMPARE(img.size(), QSize(4, 4));
        // Planar R, G, B planes of sample 0: pixel (0,0) is (0, 16, 32).
        QCOMPARE(img.pixelColor(0, 0), QColor(0, 16, 32));
    }

    void recentDatasetsAreOrderedAndCapped() {
        ts::clearRecentDatasets();
        QStringList made;
        for (int i = 0; i < ts::kMaxRecentDatasets + 2; ++i) {
            const QString p = m_dir.filePath(QStringLiteral("recent-%1.csv").arg(i));
            writeTable(p, kClasses);
            ts::addRecentDataset(p);
            made.prepend(p);
        }
        ts::addRecentDataset(made.at(3));  // reopening moves it to the top
        const QStringList recent = ts::recentDatasets();
        QCOMPARE(recent.size(), ts::kMaxRecentDatasets);
        QCOMPARE(recent.front(), made.at(3));
        QCOMPARE(recent.at(1), made.at(0));
        QFile::remove(made.at(0));  // vanished files are not offered
        QVERIFY(!ts::recentDatasets().contains(made.at(0)));
        ts::clearRecentDatasets();
        QVERIFY(ts::recentDatasets().isEmpty());
    }

    void windowRoutesChoicesThroughThePreview() {
        ts::MainWindow window;
        QSignalSpy requested(&window, &ts::MainWindow::previewDatasetRequested);
        QSignalSpy accepted(&window, &ts::MainWindow::previewAccepted);
        QSignalSpy rejected(&window, &ts::MainWindow::previewRejected);
        const QString table = writeTable(m_dir.filePath(QStringLiteral("w.csv")), kClasses);
        window.openDatasetPath(table);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QFileInfo(table).absoluteFilePath());

        ts::DatasetReport report;
        const ts::Dataset ds = ts::loadDataset(QFile::encodeName(table).toStdString(), ts::LoadOptions(), &report);
        window.onDatasetPreview(ts::makeDatasetPreview(ds, report, 0.1));
        auto* dialog = window.findChild<ts::DatasetPreviewDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->useButton()->click();
        QCOMPARE(accepted.count(), 1);

        window.onDatasetPreview(ts::makeDatasetPreview(ds, report, 0.1));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChildren<ts::DatasetPreviewDialog*>().size() == 1, kSignalWaitMs);
        window.findChild<ts::DatasetPreviewDialog*>()->reject();
        QCOMPARE(rejected.count(), 1);
    }

    void optionsFitTheFormat() {
        // Table: the label column and the split, nothing about images.
        const QString table = writeTwoLabelTable(m_dir.filePath(QStringLiteral("fit.csv")));
        ts::DatasetPreviewDialog tableDialog(previewOf(table));
        QVERIFY(tableDialog.optionsGroup()->isVisibleTo(&tableDialog));
        QVERIFY(tableDialog.labelColumnCombo());
        QCOMPARE(tableDialog.labelColumnCombo()->count(), 4);
        QCOMPARE(tableDialog.labelColumnCombo()->currentText(), QStringLiteral("label"));
        QVERIFY(!tableDialog.resizeCheck());
        QVERIFY(!tableDialog.colorCombo());
        QVERIFY(tableDialog.validationSpin() && tableDialog.testSpin());
        QCOMPARE(tableDialog.validationSpin()->value(), 10.0);
        QCOMPARE(tableDialog.testSpin()->value(), 10.0);
        QVERIFY(!tableDialog.reloadButton()->isEnabled());  // nothing changed yet
        QVERIFY(tableDialog.useButton()->isEnabled());
        QVERIFY(!tableDialog.labelColumnCombo()->toolTip().isEmpty());
        QVERIFY(!tableDialog.validationSpin()->toolTip().isEmpty());
        QVERIFY(!tableDialog.reloadButton()->toolTip().isEmpty());

        // IDX folder: its own split, so no options at all.
        ts::DatasetPreviewDialog idxDialog(previewOf(writeIdxFolder(m_dir.filePath(QStringLiteral("idx")))));
        QVERIFY(!idxDialog.optionsGroup()->isVisibleTo(&idxDialog));
        QVERIFY(!idxDialog.validationSpin());
        QVERIFY(!idxDialog.testSpin());
        QVERIFY(!idxDialog.labelColumnCombo());
        QVERIFY(!idxDialog.resizeCheck());
        QVERIFY(idxDialog.useButton()->isEnabled());

        // Image folder: size and colour plus the split; no label column.
        if (!ts::imageDecodingAvailable()) QSKIP("built without stb_image");
        ts::DatasetPreviewDialog imageDialog(previewOf(writeImageFolder(m_dir.filePath(QStringLiteral("fit-images")))));
        QVERIFY(imageDialog.optionsGroup()->isVisibleTo(&imageDialog));
        QVERIFY(!imageDialog.labelColumnCombo());
        QVERIFY(imageDialog.resizeCheck() && imageDialog.colorCombo());
        QVERIFY(!imageDialog.resizeCheck()->isChecked());  // the first image's size
        QCOMPARE(imageDialog.imageWidthSpin()->value(), kImageWidth);
        QCOMPARE(imageDialog.imageHeightSpin()->value(), kImageHeight);
        QVERIFY(!imageDialog.imageWidthSpin()->isEnabled());
        QCOMPARE(imageDialog.colorCombo()->currentData().toInt(), int(ts::ColorMode::Auto));
        QVERIFY(imageDialog.validationSpin() && imageDialog.testSpin());
        QVERIFY(!imageDialog.colorCombo()->toolTip().isEmpty());
        QVERIFY(!imageDialog.imageWidthSpin()->toolTip().isEmpty());
        imageDialog.resizeCheck()->setChecked(true);
        QVERIFY(imageDialog.imageWidthSpin()->isEnabled());
        // Checking "resize to" at the current size changes the options (a fixed size instead of "first image's").
        QVERIFY(imageDialog.optionsChanged());
        QVERIFY(imageDialog.reloadButton()->isEnabled());
    }

    void labelColumnReloadsThroughTheWorker() {
        const QString table = writeTwoLabelTable(m_dir.filePath(QStringLiteral("labels.csv")));
        ts::TrainingWorker worker;
        QSignalSpy ready(&worker, &ts::TrainingWorker::datasetPreviewReady);
        QSignalSpy loaded(&worker, &ts::TrainingWorker::datasetLoaded);
        worker.previewDataset(table, ts::LoadOptions(), 0.1);
        QCOMPARE(ready.count(), 1);
        const auto first = ready.at(0).at(0).value<ts::DatasetPreview>();
        QCOMPARE(first.labelColumn, std::string("label"));
        QCOMPARE(first.classNames.size(), size_t(3));
        QVERIFY(first.splitMade);

        ts::DatasetPreviewDialog dialog(first);
        connectDialog(dialog, worker, table);
        QSignalSpy reloads(&dialog, &ts::DatasetPreviewDialog::reloadRequested);
        dialog.labelColumnCombo()->setCurrentIndex(dialog.labelColumnCombo()->findText(QStringLiteral("group")));
        QVERIFY(dialog.optionsChanged());
        QVERIFY(dialog.reloadButton()->isEnabled());
        QVERIFY(!dialog.useButton()->isEnabled());  // the preview does not show these options yet
        QVERIFY(dialog.optionsError().isEmpty());

        dialog.reloadButton()->click();
        QCOMPARE(reloads.count(), 1);
        QCOMPARE(reloads.at(0).at(0).value<ts::LoadOptions>().labelColumn, std::string("group"));
        QCOMPARE(ready.count(), 2);
        QVERIFY(!dialog.isReloading());
        QCOMPARE(dialog.preview().labelColumn, std::string("group"));
        QCOMPARE(dialog.preview().classNames.size(), size_t(2));
        QCOMPARE(dialog.labelColumnCombo()->currentText(), QStringLiteral("group"));  // the choice stays shown
        QVERIFY(!dialog.optionsChanged());
        QVERIFY(!dialog.reloadButton()->isEnabled());
        QVERIFY(dialog.useButton()->isEnabled());
        QVERIFY(dialog.rowsTable());
        QCOMPARE(dialog.rowsTable()->columnCount(), 4);
        QVERIFY(dialog.rowsTable()->item(0, 2)->font().bold());   // "group" is now the label
        QVERIFY(!dialog.rowsTable()->item(0, 3)->font().bold());

        dialog.useButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(loaded.count(), 1);
        const auto info = loaded.at(0).at(0).value<ts::DatasetInfo>();
        QCOMPARE(info.classNames.size(), size_t(2));
        QCOMPARE(info.width, 3);  // x, y and the former label column are the features
        QCOMPARE(info.trainCount + info.valCount + info.testCount, kRows);
        QCOMPARE(ts::loadOptionsFromJson(info.loadOptions).labelColumn, std::string("group"));
    }

    void imageSizeAndColourReload() {
        if (!ts::imageDecodingAvailable()) QSKIP("built without stb_image");
        const QString folder = writeImageFolder(m_dir.filePath(QStringLiteral("images")));
        ts::TrainingWorker worker;
        QSignalSpy ready(&worker, &ts::TrainingWorker::datasetPreviewReady);
        QSignalSpy loaded(&worker, &ts::TrainingWorker::datasetLoaded);
        worker.previewDataset(folder, ts::LoadOptions(), 0.1);
        QCOMPARE(ready.count(), 1);
        ts::DatasetPreviewDialog dialog(ready.at(0).at(0).value<ts::DatasetPreview>());
        const int kShownThumbnails = kImageClasses * dialog.preview().thumbnailsPerClass;  // 8 per class
        QCOMPARE(kShownThumbnails, 16);
        QCOMPARE(dialog.thumbnailCount(), kShownThumbnails);
        QCOMPARE(thumbnailsSized(dialog, QStringLiteral("16×12")), kShownThumbnails);

        // First without a worker: the request puts the dialog in its busy state until an answer arrives.
        QSignalSpy reloads(&dialog, &ts::DatasetPreviewDialog::reloadRequested);
        dialog.resizeCheck()->setChecked(true);
        dialog.imageWidthSpin()->setValue(8);
        dialog.imageHeightSpin()->setValue(8);
        dialog.colorCombo()->setCurrentIndex(dialog.colorCombo()->findData(int(ts::ColorMode::Grayscale)));
        dialog.reloadButton()->click();
        QCOMPARE(reloads.count(), 1);
        const auto options = reloads.at(0).at(0).value<ts::LoadOptions>();
        QCOMPARE(options.imageWidth, 8);
        QCOMPARE(options.imageHeight, 8);
        QCOMPARE(options.color, ts::ColorMode::Grayscale);
        QVERIFY(dialog.isReloading());
        QVERIFY(!dialog.reloadButton()->isEnabled());
        QVERIFY(!dialog.useButton()->isEnabled());
        QVERIFY(!dialog.imageWidthSpin()->isEnabled());
        QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("previewBusy"))->isVisibleTo(&dialog));
        dialog.accept();  // ignored while reloading
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.requestReload();  // a second request while busy is ignored
        QCOMPARE(reloads.count(), 1);

        // The worker answers; the dialog updates in place and keeps the chosen options.
        connectDialog(dialog, worker, folder);
        worker.previewDataset(folder, options, 0.1);
        QVERIFY(!dialog.isReloading());
        QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("previewBusy"))->isVisibleTo(&dialog));
        QCOMPARE(dialog.preview().width, 8);
        QCOMPARE(dialog.preview().height, 8);
        QCOMPARE(dialog.preview().channels, 1);
        QVERIFY(!dialog.preview().thumbnails.empty());
        QCOMPARE(dialog.preview().thumbnails.front().width, 8);
        QCOMPARE(dialog.preview().thumbnails.front().height, 8);
        QCOMPARE(dialog.thumbnailCount(), kShownThumbnails);
        QCOMPARE(thumbnailsSized(dialog, QStringLiteral("8×8")), kShownThumbnails);
        QCOMPARE(thumbnailsSized(dialog, QStringLiteral("16×12")), 0);  // the old body is gone
        QVERIFY(dialog.resizeCheck()->isChecked());
        QCOMPARE(dialog.imageWidthSpin()->value(), 8);
        QCOMPARE(dialog.colorCombo()->currentData().toInt(), int(ts::ColorMode::Grayscale));
        QVERIFY(!dialog.optionsChanged());
        QVERIFY(dialog.useButton()->isEnabled());

        dialog.useButton()->click();
        QCOMPARE(loaded.count(), 1);
        const auto info = loaded.at(0).at(0).value<ts::DatasetInfo>();
        QCOMPARE(info.width, 8);
        QCOMPARE(info.height, 8);
        QCOMPARE(info.channels, 1);
        const ts::LoadOptions stored = ts::loadOptionsFromJson(info.loadOptions);
        QCOMPARE(stored.imageWidth, 8);
        QCOMPARE(stored.color, ts::ColorMode::Grayscale);
        // The choices become the next defaults.
        const ts::LoadOptions next = ts::DatasetPreviewDialog::rememberedLoadOptions();
        QCOMPARE(next.imageWidth, 8);
        QCOMPARE(next.imageHeight, 8);
        QCOMPARE(next.color, ts::ColorMode::Grayscale);
        QVERIFY(next.labelColumn.empty());
    }

    void invalidSplitDisablesReload() {
        const QString table = writeTwoLabelTable(m_dir.filePath(QStringLiteral("split.csv")));
        ts::TrainingWorker worker;
        QSignalSpy loaded(&worker, &ts::TrainingWorker::datasetLoaded);
        worker.previewDataset(table, ts::LoadOptions(), 0.1);
        ts::DatasetPreviewDialog dialog(previewOf(table));
        connectDialog(dialog, worker, table);
        QSignalSpy reloads(&dialog, &ts::DatasetPreviewDialog::reloadRequested);
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("previewOptionsMessage"));
        QVERIFY(message);
        QVERIFY(!message->isVisibleTo(&dialog));

        dialog.validationSpin()->setValue(60.0);
        dialog.testSpin()->setValue(50.0);
        QVERIFY(!dialog.optionsError().isEmpty());
        QVERIFY(dialog.optionsError().contains(QStringLiteral("110")));
        QVERIFY(message->isVisibleTo(&dialog));
        QCOMPARE(message->text(), dialog.optionsError());
        QVERIFY(!dialog.reloadButton()->isEnabled());
        QVERIFY(!dialog.useButton()->isEnabled());
        dialog.requestReload();
        QCOMPARE(reloads.count(), 0);

        // 30 % + 20 %: valid; per class of 40 rows, 12 go to validation and 8 to test.
        dialog.validationSpin()->setValue(30.0);
        dialog.testSpin()->setValue(20.0);
        QVERIFY(dialog.optionsError().isEmpty());
        QVERIFY(dialog.reloadButton()->isEnabled());
        dialog.reloadButton()->click();
        QCOMPARE(reloads.count(), 1);
        QCOMPARE(dialog.preview().valCount, 36);
        QCOMPARE(dialog.preview().testCount, 24);
        QCOMPARE(dialog.validationSpin()->value(), 30.0);
        QVERIFY(!message->isVisibleTo(&dialog));
        dialog.useButton()->click();
        QCOMPARE(loaded.count(), 1);
        const auto info = loaded.at(0).at(0).value<ts::DatasetInfo>();
        QCOMPARE(info.valCount, 36);
        QCOMPARE(info.testCount, 24);
        const ts::LoadOptions stored = ts::loadOptionsFromJson(info.loadOptions);
        QCOMPARE(stored.valFraction, 0.3);
        QCOMPARE(stored.testFraction, 0.2);
        const ts::LoadOptions next = ts::DatasetPreviewDialog::rememberedLoadOptions();
        QCOMPARE(next.valFraction, 0.3);
        QCOMPARE(next.testFraction, 0.2);
        QCOMPARE(next.imageWidth, 0);  // a table says nothing about image size

        // The next preview starts from the remembered split.
        ts::DatasetPreviewDialog again(previewOf(table, next));
        QCOMPARE(again.validationSpin()->value(), 30.0);
        QCOMPARE(again.testSpin()->value(), 20.0);

        // Stored values that make no sense fall back to the defaults.
        QSettings settings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope"));
        settings.setValue(QStringLiteral("datasetOptions/valFraction"), 0.7);
        settings.setValue(QStringLiteral("datasetOptions/testFraction"), 0.5);
        settings.setValue(QStringLiteral("datasetOptions/imageWidth"), -3);
        settings.sync();
        const ts::LoadOptions fallback = ts::DatasetPreviewDialog::rememberedLoadOptions();
        QCOMPARE(fallback.valFraction, 0.1);
        QCOMPARE(fallback.testFraction, 0.1);
        QCOMPARE(fallback.imageWidth, 0);
    }

    void failedReloadKeepsThePreview() {
        const QString table = writeTwoLabelTable(m_dir.filePath(QStringLiteral("vanishing.csv")));
        ts::TrainingWorker worker;
        QSignalSpy loaded(&worker, &ts::TrainingWorker::datasetLoaded);
        worker.previewDataset(table, ts::LoadOptions(), 0.1);
        ts::DatasetPreviewDialog dialog(previewOf(table));
        connectDialog(dialog, worker, table);
        QVERIFY(QFile::remove(table));
        dialog.labelColumnCombo()->setCurrentIndex(dialog.labelColumnCombo()->findText(QStringLiteral("group")));
        dialog.reloadButton()->click();
        QVERIFY(!dialog.isReloading());
        QCOMPARE(dialog.preview().labelColumn, std::string("label"));  // the old preview stays
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("previewOptionsMessage"));
        QVERIFY(message->isVisibleTo(&dialog));
        QVERIFY(message->text().contains(QStringLiteral("does not exist")));
        QVERIFY(dialog.reloadButton()->isEnabled());  // can try again
        QVERIFY(!dialog.useButton()->isEnabled());    // the options differ from what is shown

        // Back to the previewed options: the shown (and kept) data can be used.
        dialog.labelColumnCombo()->setCurrentIndex(dialog.labelColumnCombo()->findText(QStringLiteral("label")));
        QVERIFY(!message->isVisibleTo(&dialog));
        QVERIFY(dialog.useButton()->isEnabled());
        dialog.useButton()->click();
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).value<ts::DatasetInfo>().classNames.size(), size_t(3));
    }

    void windowReloadsTheOpenPreview() {
        ts::MainWindow window;
        ts::TrainingWorker worker;
        QSignalSpy requested(&window, &ts::MainWindow::previewDatasetRequested);
        QSignalSpy accepted(&window, &ts::MainWindow::previewAccepted);
        connect(&window, &ts::MainWindow::previewDatasetRequested, &worker,
                [&worker](const QString& path, const ts::LoadOptions& o) { worker.previewDataset(path, o, 0.1); });
        connect(&worker, &ts::TrainingWorker::datasetPreviewReady, &window, &ts::MainWindow::onDatasetPreview);
        connect(&worker, &ts::TrainingWorker::datasetFailed, &window, &ts::MainWindow::onDatasetFailed);

        QSettings settings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope"));
        settings.setValue(QStringLiteral("datasetOptions/valFraction"), 0.2);
        settings.sync();
        const QString table = writeTwoLabelTable(m_dir.filePath(QStringLiteral("window.csv")));
        window.openDatasetPath(table);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(1).value<ts::LoadOptions>().valFraction, 0.2);  // the remembered split
        auto* dialog = window.findChild<ts::DatasetPreviewDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->validationSpin()->value(), 20.0);

        dialog->labelColumnCombo()->setCurrentIndex(dialog->labelColumnCombo()->findText(QStringLiteral("group")));
        dialog->reloadButton()->click();
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).toString(), QFileInfo(table).absoluteFilePath());
        QCOMPARE(window.findChildren<ts::DatasetPreviewDialog*>().size(), 1);  // updated in place
        QCOMPARE(window.findChild<ts::DatasetPreviewDialog*>(), dialog);
        QCOMPARE(dialog->preview().labelColumn, std::string("group"));
        QVERIFY(dialog->isVisible());
        dialog->useButton()->click();
        QCOMPARE(accepted.count(), 1);

        // Going back while a reload runs: its late answer must not open a new preview.
        disconnect(&window, &ts::MainWindow::previewDatasetRequested, &worker, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChildren<ts::DatasetPreviewDialog*>().isEmpty(), kSignalWaitMs);
        const ts::DatasetPreview pv = previewOf(table);
        window.onDatasetPreview(pv);
        auto* second = window.findChild<ts::DatasetPreviewDialog*>();
        QVERIFY(second);
        second->labelColumnCombo()->setCurrentIndex(second->labelColumnCombo()->findText(QStringLiteral("group")));
        second->reloadButton()->click();
        QVERIFY(second->isReloading());
        second->reject();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChildren<ts::DatasetPreviewDialog*>().isEmpty(), kSignalWaitMs);
        window.onDatasetPreview(pv);  // the stale answer: dropped
        QVERIFY(window.findChildren<ts::DatasetPreviewDialog*>().isEmpty());
        window.onDatasetPreview(pv);  // a new request's answer: shown
        QCOMPARE(window.findChildren<ts::DatasetPreviewDialog*>().size(), 1);
    }

    void controllerReloadsOnTheWorkerThread() {
        // The app's wiring: queued signals to the worker thread and back, LoadOptions as the payload.
        ts::TrainingController controller;
        ts::MainWindow window;
        controller.attach(&window);
        QSignalSpy loaded(controller.worker(), &ts::TrainingWorker::datasetLoaded);
        const QString table = writeTwoLabelTable(m_dir.filePath(QStringLiteral("threaded.csv")));
        window.openDatasetPath(table);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ts::DatasetPreviewDialog*>(), kSignalWaitMs);
        auto* dialog = window.findChild<ts::DatasetPreviewDialog*>();
        dialog->labelColumnCombo()->setCurrentIndex(dialog->labelColumnCombo()->findText(QStringLiteral("group")));
        dialog->testSpin()->setValue(25.0);
        dialog->reloadButton()->click();
        QVERIFY(dialog->isReloading());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReloading(), kSignalWaitMs);
        QCOMPARE(window.findChildren<ts::DatasetPreviewDialog*>().size(), 1);
        QCOMPARE(dialog->preview().labelColumn, std::string("group"));
        QCOMPARE(dialog->testSpin()->value(), 25.0);
        QCOMPARE(dialog->preview().testCount, 30);  // 25 % of each group of 60 rows
        dialog->useButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kSignalWaitMs);
        const auto info = loaded.at(0).at(0).value<ts::DatasetInfo>();
        QCOMPARE(info.classNames.size(), size_t(2));
        QCOMPARE(info.testCount, 30);
        const ts::LoadOptions stored = ts::loadOptionsFromJson(info.loadOptions);
        QCOMPARE(stored.labelColumn, std::string("group"));
        QCOMPARE(stored.testFraction, 0.25);
        controller.shutdown();
    }

    // An IDX folder with labels 0-2 and one stray 200: refused until the user ticks "Accept sparse labels"
    // and reloads; the accepted options then travel with the data set.
    void sparseLabelsCanBeAccepted() {
        const QString dir = writeIdxFolder(m_dir.filePath(QStringLiteral("sparse")));
        QByteArray labels(30, Qt::Uninitialized);
        for (int i = 0; i < labels.size(); ++i) labels[i] = char(i % kClasses);
        labels[5] = char(200);
        writeIdx(dir + QStringLiteral("/train-labels-idx1-ubyte"), {quint32(labels.size())}, labels);

        ts::TrainingWorker worker;
        ts::DatasetPreviewDialog dialog(previewOf(dir));
        connectDialog(dialog, worker, dir);
        QVERIFY(!dialog.preview().blocker.empty());
        QVERIFY(!dialog.useButton()->isEnabled());
        QVERIFY(dialog.warningsText().contains(QStringLiteral("3-199")));
        auto* accept = dialog.findChild<QCheckBox*>(QStringLiteral("previewAcceptSparseLabels"));
        QVERIFY(accept);
        QVERIFY(accept->isVisibleTo(&dialog));
        QVERIFY(!accept->isChecked());
        accept->setChecked(true);
        QVERIFY(dialog.optionsChanged());
        QVERIFY(dialog.chosenOptions().acceptSparseLabels);
        QVERIFY(dialog.reloadButton()->isEnabled());
        dialog.reloadButton()->click();
        QVERIFY(dialog.preview().blocker.empty());
        QVERIFY(dialog.previewedOptions().acceptSparseLabels);
        QVERIFY(dialog.useButton()->isEnabled());
        QCOMPARE(int(dialog.preview().classNames.size()), 201);
    }
};

QTEST_MAIN(TestDatasetPreview)
#include "test_dataset_preview.moc"
