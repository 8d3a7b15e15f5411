// Tests for the preview flow: the worker loads a data set aside, the dialog shows it, and the
// user's answer makes it current or drops it; plus the recent-datasets list and the window's wiring.
#include "app/TrainingWorker.h"
#include "ui/DatasetChooser.h"
#include "ui/DatasetPreviewDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
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

    void workerKeepsPreviewAsideUntilAccepted() {
        ts::TrainingWorker worker;
        QSignalSpy preview(&worker, &ts::TrainingWorker::datasetPreviewReady);
        QSignalSpy loaded(&worker, &ts::TrainingWorker::datasetLoaded);
        QSignalSpy failed(&worker, &ts::TrainingWorker::datasetFailed);
        const QString table = writeTable(m_dir.filePath(QStringLiteral("tä ble.csv")), kClasses);
        worker.previewDataset(table, 0.1);
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

        worker.previewDataset(table, 0.1);
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
        QFile bad(m_dir.filePath(QStringLiteral("ragged.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("a,b,label\n1,2,x\n3,4\n");
        bad.close();
        worker.previewDataset(bad.fileName(), 0.1);
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
};

QTEST_MAIN(TestDatasetPreview)
#include "test_dataset_preview.moc"
