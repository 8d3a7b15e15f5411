// The Qt side of exporting: the PDF report (paginated, charts kept as vectors), the background exporter,
// File > Export Report… in the main window (dialog remembering folder and format), and chart images
// (PNG, vector SVG, clipboard) of the curve charts and the confusion-matrix view.
#include "support/Fixtures.h"
#include "ui/common/Settings.h"
#include "support/FileSnapshot.h"
#include "support/TestFiles.h"
#include "support/ErrorOf.h"
#include "support/WidgetLookup.h"
#include "app/bridge/TrainingController.h"
#include "core/eval/Evaluation.h"
#include "core/eval/Metrics.h"
#include "core/report/Report.h"
#include "core/health/HealthLog.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/runs/TensorBoardWriter.h"
#include "ui/charts/ChartImage.h"
#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/charts/CurveChart.h"
#include "ui/training/MainWindow.h"
#include "ui/report/ReportExporter.h"
#include "ui/report/ReportPdf.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <cstring>

using namespace ts;

namespace {

constexpr int kWaitMs = 60000;  // generous upper bound for a background export on a loaded machine

/// A small finished run folder written by RunWriter.
QString writeRun(const QString& root, int epochs = 3) {
    const QString dir = QDir(root).filePath(QStringLiteral("run"));
    TrainConfig cfg = presetConfig("mlp");
    cfg.epochs = epochs;
    DatasetInfo data = ts::testing::datasetInfo({"cat", "dog", "bird"});
    data.name = "Tiny";
    RunWriter writer(dir.toStdString(), cfg, data);
    writer.onStart("cpu", 1, 20);
    RunSummary s;
    int64_t step = 0;
    for (int e = 1; e <= epochs; ++e) {
        for (int b = 1; b <= 20; ++b) {
            BatchMetrics m;
            m.step = ++step;
            m.epoch = e;
            m.loss = 1.5 / std::sqrt(double(step));
            m.lr = 1e-3;
            writer.onBatch(m);
        }
        EpochMetrics em = ts::testing::epochMetrics(e, epochs, step, EvalMetrics());
        em.trainLoss = 1.0 / e;
        em.trainAccuracy = 0.5 + 0.1 * e;
        em.val.confusion.reset(data.classNames);
        for (int c = 0; c < 3; ++c) em.val.confusion.at(c, c) = 10 + e;
        em.val.confusion.at(0, 1) = 3;
        em.val.accuracy = 0.6 + 0.1 * e;
        em.val.loss = 0.9 / e;
        em.val.perClass.resize(3);
        writer.onEpoch(em);
        s.epochs.push_back(em);
    }
    s.hasTest = true;
    s.test = s.epochs.back().val;
    writer.onFinished(s);
    return dir;
}

using ts::testing::child;
using ts::testing::snapshot;

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Renders `content` as a PDF and checks it: two pages or more, one page object per page, and charts and
/// heatmaps drawn as vectors (nothing was rasterized into an image). The caller stops when this failed.
void verifyVectorPdf(const ReportContent& content) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const int pages = renderReportPdf(content, &buffer);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    const QByteArray pdf = buffer.data();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(int(pdf.count("/Type /Page") - pdf.count("/Type /Pages")), pages);
    QVERIFY(!pdf.contains("/Subtype /Image"));
}

/// Answers the next modal file dialog: picks `filter`, types `name`, accepts. Records what it was opened with.
struct DialogDriver {
    QString openedFilter;
    QString openedDirectory;
    void answer(const QString& filter, const QString& name) {
        QTimer::singleShot(0, [this, filter, name] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog) return;
            openedFilter = dialog->selectedNameFilter();
            openedDirectory = dialog->directory().absolutePath();
            if (!filter.isEmpty()) dialog->selectNameFilter(filter);
            dialog->selectFile(name);
            QMetaObject::invokeMethod(dialog, "accept");
        });
    }
};

}  // namespace

class TestReportUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfIsPaginatedWithVectorCharts();
    void pdfToUnwritablePlaceLeavesNothing();
    void evaluationPdf();
    void exporterWorksInTheBackground();
    void exporterReportsFailures();
    void mainWindowExportsTheCurrentRun();
    void dialogRemembersFolderAndFormat();
    void trainedRunHasEventsAndCanBeExported();
    void chartSavesAsVectorSvg();
    void confusionViewImages();
};

void TestReportUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("TrainScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_report_ui"));
    ts::openSettings().clear();  // the application's store, in the test location
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);  // drive the Qt file dialog
}

void TestReportUi::pdfIsPaginatedWithVectorCharts() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path()).toStdString());
    verifyVectorPdf(buildReportContent(run, currentEnvironment(), SvgOptions{680, 270, true}));
    if (QTest::currentTestFailed()) return;

    const QString path = tmp.filePath(QStringLiteral("report.pdf"));
    writeReportPdf(run, path);
    QVERIFY(readFile(path).startsWith("%PDF-"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
}

void TestReportUi::pdfToUnwritablePlaceLeavesNothing() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path()).toStdString());
    QVERIFY(testing::writeFile(tmp.filePath(QStringLiteral("plain.txt")), "keep"));
    const QMap<QString, QByteArray> before = snapshot(tmp.path());
    for (const QString& bad : {tmp.filePath(QStringLiteral("plain.txt/report.pdf")),
                               tmp.filePath(QStringLiteral("missing/dir/report.pdf"))}) {
        const QString message = testing::errorOf([&] { writeReportPdf(run, bad); });
        QVERIFY2(message.contains(bad), qPrintable(message));
    }
    QCOMPARE(snapshot(tmp.path()), before);
}

void TestReportUi::evaluationPdf() {
    // An evaluation of a 3-class model with calibration, a comparison and drift.
    EvaluationResult r;
    r.modelPath = "/runs/tiny/checkpoint-best.pt";
    r.dataName = "Tiny";
    r.device = "cpu";
    std::vector<Prediction> predictions;
    for (int i = 0; i < 60; ++i)
        predictions.push_back({i, i % 3, i % 7 == 0 ? (i + 1) % 3 : i % 3, 0.4 + 0.6 * double(i % 10) / 10.0});
    testing::scorePredictions(r, predictions, {"cat", "dog", "bird"}, 0.5);
    EvalMetrics baseline = r.metrics;
    baseline.perClass[1].f1 = 1.0;
    r.comparison = compareWithBaseline(r.metrics, baseline);
    r.drift.hasReference = true;
    r.drift.classNames = r.metrics.confusion.classNames;
    r.drift.referenceCounts = {100, 100, 100};
    r.drift.currentCounts = {20, 20, 20};
    r.drift.features = {{"mean brightness", 0.3, 0.01, 0.2, 80.0, 95.0, 10.0, 12.0}};

    const ReportContent content = buildEvaluationReportContent(r, currentEnvironment(), SvgOptions{680, 270, true});
    QVERIFY(!content.reliabilitySvg.empty() && !content.confidenceSvg.empty() && !content.confusionSvg.empty());
    verifyVectorPdf(content);
    if (QTest::currentTestFailed()) return;

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("evaluation.pdf"));
    writeEvaluationReportPdf(r, path);
    QVERIFY(readFile(path).startsWith("%PDF-"));
    const QString bad = tmp.filePath(QStringLiteral("missing/evaluation.pdf"));
    const QString message = testing::errorOf([&] { writeEvaluationReportPdf(r, bad); });
    QVERIFY2(message.contains(bad), qPrintable(message));
}

void TestReportUi::exporterWorksInTheBackground() {
    QTemporaryDir tmp;
    const QString runDir = writeRun(tmp.path());
    ReportExporter exporter;
    QSignalSpy done(&exporter, &ReportExporter::finished);
    QSignalSpy failed(&exporter, &ReportExporter::failed);
    const QString html = tmp.filePath(QStringLiteral("r.html"));
    QVERIFY(exporter.start(runDir, ReportFormat::Html, html));
    // Until the outcome is delivered on this thread the exporter is busy and refuses a second job.
    QVERIFY(exporter.isBusy());
    QVERIFY(!exporter.start(runDir, ReportFormat::Csv, tmp.filePath(QStringLiteral("r.csv"))));
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(done.takeFirst().at(0).toString(), html);
    QVERIFY(!exporter.isBusy());
    QVERIFY(readFile(html).contains("<svg"));

    const QString pdf = tmp.filePath(QStringLiteral("r.pdf"));
    QVERIFY(exporter.start(runDir, ReportFormat::Pdf, pdf));
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
}

void TestReportUi::exporterReportsFailures() {
    QTemporaryDir tmp;
    const QString runDir = writeRun(tmp.path());
    ReportExporter exporter;
    QSignalSpy failed(&exporter, &ReportExporter::failed);
    const QString bad = tmp.filePath(QStringLiteral("run/metrics.csv/report.json"));
    QVERIFY(exporter.start(runDir, ReportFormat::Json, bad));
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY2(failed.first().at(0).toString().contains(bad), qPrintable(failed.first().at(0).toString()));

    QVERIFY(exporter.start(tmp.filePath(QStringLiteral("not-a-run")), ReportFormat::Html, tmp.filePath(QStringLiteral("x.html"))));
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("not a TrainScope run folder")));
    QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("x.html"))));
}

void TestReportUi::mainWindowExportsTheCurrentRun() {
    QTemporaryDir tmp;
    const QString runDir = writeRun(tmp.path());
    MainWindow w;
    auto* reportExporter = child<ts::ReportExporter>(&w, "reportExporter");
    QAction* action = child<QAction>(&w, "exportReportAction");
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(!action->isEnabled());  // nothing to export yet
    bool inFileMenu = false;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action)) inFileMenu = true;
    QVERIFY(inFileMenu);

    w.setCurrentRunDir(runDir);  // what the Runs panel or a finished training does
    QVERIFY(action->isEnabled());
    QCOMPARE(w.currentRunDir(), runDir);
    QSignalSpy done(reportExporter, &ReportExporter::finished);
    const QString json = tmp.filePath(QStringLiteral("history.json"));
    QVERIFY(w.exportRunTo(runDir, ReportFormat::Json, json));
    QVERIFY(!action->isEnabled());  // one export at a time
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(action->isEnabled());
    QVERIFY(readFile(json).contains("\"trainscope-report\""));

    // A failed export shows a message box naming the file.
    QSignalSpy failed(reportExporter, &ReportExporter::failed);
    const QString bad = tmp.filePath(QStringLiteral("nope/history.json"));
    QVERIFY(w.exportRunTo(runDir, ReportFormat::Json, bad));
    QVERIFY(failed.wait(kWaitMs));
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("messageBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(bad));
}

void TestReportUi::dialogRemembersFolderAndFormat() {
    QTemporaryDir tmp;
    const QString runDir = writeRun(tmp.path());
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("out")));
    const QString folder = QDir(tmp.filePath(QStringLiteral("out"))).absolutePath();

    DialogDriver driver;
    ReportFormat format = ReportFormat::Html;
    // Choose the PDF filter and type a name without extension: the extension comes from the filter.
    driver.answer(reportFilter(ReportFormat::Pdf), QDir(folder).filePath(QStringLiteral("mine")));
    const QString first = promptReportDestination(nullptr, QStringLiteral("run"), &format);
    QCOMPARE(first, QDir(folder).filePath(QStringLiteral("mine.pdf")));
    QVERIFY(format == ReportFormat::Pdf);

    // The next dialog opens in that folder with the PDF filter selected.
    format = ReportFormat::Html;
    driver.answer(QString(), QDir(folder).filePath(QStringLiteral("again.csv")));
    const QString second = promptReportDestination(nullptr, QStringLiteral("run"), &format);
    QCOMPARE(driver.openedFilter, reportFilter(ReportFormat::Pdf));
    QCOMPARE(driver.openedDirectory, folder);
    QCOMPARE(second, QDir(folder).filePath(QStringLiteral("again.csv")));
    QVERIFY(format == ReportFormat::Csv);  // a typed extension wins over the filter
}

void TestReportUi::trainedRunHasEventsAndCanBeExported() {
    QTemporaryDir tmp;
    MainWindow w;
    TrainingController controller;
    controller.worker()->setDataset(std::make_shared<Dataset>(testing::quadrantDataset(600, 80)));
    controller.worker()->setRunsRoot(tmp.path());
    controller.attach(&w);
    TrainConfig cfg = presetConfig("mlp");
    cfg.epochs = 2;
    cfg.batchSize = 64;
    cfg.threads = 1;
    cfg.device = "cpu";
    QSignalSpy finished(controller.worker(), &TrainingWorker::finished);
    controller.startTraining(cfg);
    QVERIFY(finished.wait(kWaitMs));
    // The window now exports the run that just ended.
    const QString runDir = finished.first().at(1).toString();
    QVERIFY(!runDir.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(w.currentRunDir(), runDir, kWaitMs);
    QVERIFY(child<QAction>(&w, "exportReportAction")->isEnabled());

    // The worker wrote a TensorBoard event file next to metrics.csv, every record with valid CRCs.
    const QStringList events = QDir(runDir).entryList({QStringLiteral("events.out.tfevents.*")}, QDir::Files);
    QCOMPARE(events.size(), 1);
    const QByteArray bytes = readFile(QDir(runDir).filePath(events.first()));
    int records = 0;
    for (qsizetype at = 0; at < bytes.size(); ++records) {
        QVERIFY(bytes.size() - at >= 16);
        quint64 length = 0;
        std::memcpy(&length, bytes.constData() + at, 8);
        uint32_t lengthCrc = 0, dataCrc = 0;
        std::memcpy(&lengthCrc, bytes.constData() + at + 8, 4);
        QCOMPARE(lengthCrc, maskedCrc32c(bytes.constData() + at, 8));
        QVERIFY(qsizetype(at + 16 + length) <= bytes.size());
        std::memcpy(&dataCrc, bytes.constData() + at + 12 + length, 4);
        QCOMPARE(dataCrc, maskedCrc32c(bytes.constData() + at + 12, size_t(length)));
        at += qsizetype(16 + length);
    }
    // file_version + one record per logged batch (540 training samples / 64 = 9 per epoch) + 2 epochs + test, and
    // training health: per sample one of scalars and a weight and a gradient histogram per parameter, the system
    // figures per epoch, one text per alert.
    const std::vector<ts::HealthSample> health = ts::readLayersCsv(runDir.toStdString());
    QVERIFY(!health.empty());
    const int perSample = 1 + 2 * int(health.front().parameters.size());
    const int alerts = int(ts::readAlerts(runDir.toStdString()).size());
    QCOMPARE(records, 1 + 2 * 9 + 2 + 1 + int(health.size()) * perSample + 2 + alerts);

    QSignalSpy exported(child<ts::ReportExporter>(&w, "reportExporter"), &ReportExporter::finished);
    const QString html = tmp.filePath(QStringLiteral("quadrants.html"));
    QVERIFY(w.exportRunTo(runDir, ReportFormat::Html, html));
    QVERIFY(exported.wait(kWaitMs));
    QVERIFY(readFile(html).contains("Quadrants"));
    controller.shutdown();
}

void TestReportUi::chartSavesAsVectorSvg() {
    QTemporaryDir tmp;
    CurveChart chart(QStringLiteral("Loss"));
    chart.resize(640, 360);
    const int id = chart.addSeries(QStringLiteral("train loss"), QColor(Qt::blue));
    QVector<QPointF> points;
    for (int i = 1; i <= 500; ++i) points.append(QPointF(i, 1.0 / std::sqrt(double(i))));
    chart.appendPoints(id, points);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refreshNow();

    const QString svgPath = tmp.filePath(QStringLiteral("loss.svg"));
    QString error;
    QVERIFY2(saveWidgetSvg(&chart, svgPath, QStringLiteral("Loss"), &error), qPrintable(error));
    const QByteArray svg = readFile(svgPath);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("<path") || svg.contains("<polyline"));
    QVERIFY(!svg.contains("<image"));  // vectors, not a screenshot
    QVERIFY(svg.contains("<title>Loss</title>"));

    const QString pngPath = tmp.filePath(QStringLiteral("loss.png"));
    QVERIFY2(saveWidgetPng(&chart, pngPath, &error), qPrintable(error));
    QImage png(pngPath);
    QVERIFY(!png.isNull());
    QCOMPARE(png.width(), qRound(chart.width() * chart.devicePixelRatioF()));

    QVERIFY(!saveWidgetSvg(&chart, tmp.filePath(QStringLiteral("loss.svg/x.svg")), QStringLiteral("Loss"), &error));
    QVERIFY(error.contains(QStringLiteral("loss.svg/x.svg")));

    std::unique_ptr<QMimeData> mime(widgetMimeData(&chart, QStringLiteral("Loss")));
    QVERIFY(mime->hasImage());
    QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
}

void TestReportUi::confusionViewImages() {
    ConfusionMatrixView view;
    view.resize(420, 420);
    ConfusionMatrix cm;
    cm.reset({"cat", "dog"});
    cm.at(0, 0) = 731;
    cm.at(0, 1) = 12;
    cm.at(1, 1) = 655;
    view.setMatrix(cm);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The right-click menu is installed with the three image entries.
    QCOMPARE(view.contextMenuPolicy(), Qt::CustomContextMenu);
    QMenu menu;
    addImageActions(&menu, &view, QStringLiteral("Confusion matrix"));
    QStringList texts;
    for (QAction* a : menu.actions()) texts << a->text();
    QCOMPARE(texts, QStringList({QStringLiteral("Save as PNG…"), QStringLiteral("Save as SVG…"),
                                 QStringLiteral("Copy to clipboard")}));

    QTemporaryDir tmp;
    const QString svgPath = tmp.filePath(QStringLiteral("cm.svg"));
    QVERIFY(saveWidgetSvg(&view, svgPath, QStringLiteral("Confusion matrix")));
    const QByteArray svg = readFile(svgPath);
    QVERIFY(svg.contains(">731<") || svg.contains(">731 <"));  // the counts are text in the SVG
    QVERIFY(!svg.contains("<image"));

    copyWidgetToClipboard(&view, QStringLiteral("Confusion matrix"));
    const QMimeData* clip = QApplication::clipboard()->mimeData();
    QVERIFY(clip);
    QVERIFY(clip->hasImage());
}

QTEST_MAIN(TestReportUi)
#include "test_report_ui.moc"
