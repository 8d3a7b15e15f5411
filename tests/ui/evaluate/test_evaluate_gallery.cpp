// Offscreen tests of Evaluate mode's mistakes gallery (cell listing, order, cap, CSV and PNG export) and of
// confusion-cell clicks in the matrix view, the confusion panel and the main window. Every result is made
// by hand, no model is run.
#include "ui/common/Settings.h"
#include "support/WindowTestSetup.h"
#include "core/data/Dataset.h"
#include "core/eval/Evaluation.h"
#include "core/eval/Metrics.h"
#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/confusion/ConfusionPanel.h"
#include "ui/evaluate/MistakesGallery.h"
#include "ui/training/MainWindow.h"
#include "ui/training/MistakesGalleryOpener.h"
#include "support/WidgetLookup.h"
#include "app/bridge/MetaTypes.h"
#include "ui/evaluate/EvaluateFixtures.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace ts::testing;

namespace {

/// A gallery source of a result's samples, class names and predictions.
ts::GallerySource sourceOf(const ts::EvaluationResult& r) {
    ts::GallerySource source;
    source.samples = r.samples;
    source.classNames = r.metrics.confusion.classNames;
    source.predictions = r.predictions;
    return source;
}

}  // namespace

class TestEvaluateGallery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void galleryListsCellByConfidence();
    void galleryCapsLargeCells();
    void galleryExportsCsvWithRawFeatures();
    void galleryExportsSelectedPng();
    void matrixViewEmitsCellActivated();
    void panelForwardsCellWithEpoch();
    void mainWindowEvaluateActionAndGallery();
};

void TestEvaluateGallery::initTestCase() {
    ts::testing::prepareWindowTests();
}

void TestEvaluateGallery::galleryListsCellByConfidence() {
    const ts::EvaluationResult r = threeClassResult();
    ts::GallerySource source = sourceOf(r);
    source.setName = QStringLiteral("new coats");
    ts::MistakesGallery g;
    g.setSource(source);
    g.showCell(1, 0);  // Shirt predicted as Coat: 10 samples

    QCOMPARE(g.titleText(), QStringLiteral("Shirt predicted as Coat: 10 samples"));
    QCOMPARE(g.cellCount(), 10);
    QCOMPARE(g.shownCount(), 10);
    QVERIFY(g.showsImages());
    QCOMPARE(g.thumbnailList()->count(), 10);
    const std::vector<size_t> cell = g.cellPredictions();
    for (size_t i = 0; i < cell.size(); ++i) {
        const ts::Prediction& p = r.predictions[cell[i]];
        QCOMPARE(p.trueClass, 1);
        QCOMPARE(p.predicted, 0);
        if (i > 0) QVERIFY(r.predictions[cell[i - 1]].confidence >= p.confidence);
    }
    // Exactly the matching predictions, none missing.
    size_t matching = 0;
    for (const ts::Prediction& p : r.predictions) matching += p.trueClass == 1 && p.predicted == 0;
    QCOMPARE(cell.size(), matching);
    // Captions carry the classes and the confidence of the most confident first.
    const ts::Prediction& first = r.predictions[cell.front()];
    const QString caption = g.thumbnailList()->item(0)->text();
    QVERIFY2(caption.contains(QStringLiteral("Shirt")) && caption.contains(QStringLiteral("Coat")), qPrintable(caption));
    QVERIFY(caption.contains(QString::number(100.0 * first.confidence, 'f', 1) + QLatin1Char('%')));
    // Thumbnails are 4x4 images scaled up with nearest neighbours.
    QCOMPARE(g.thumbnailScale(), 12);  // 84 / 4 = 21, capped at 12
    const QImage big = g.sampleImage(first.index, 3);
    QCOMPARE(big.size(), QSize(12, 12));
    QCOMPARE(big.pixelColor(0, 0), big.pixelColor(2, 2));  // one source pixel = a 3x3 block

    g.setOrder(ts::MistakesGallery::Order::LeastConfidentFirst);
    QCOMPARE(g.cellPredictions().front(), cell.back());

    g.showCell(2, 2);  // the diagonal reads as correct
    QCOMPARE(g.titleText(), QStringLiteral("Bag predicted as Bag (correct): 39 samples"));
    g.showCell(2, 1);
    QCOMPARE(g.cellCount(), 0);
    QCOMPARE(g.thumbnailList()->count(), 0);
    QVERIFY(g.noteText().contains(QStringLiteral("no samples")));
}

void TestEvaluateGallery::galleryCapsLargeCells() {
    const ts::ConfusionMatrix cm = matrix({"A", "B"}, {{1200, 3}, {4, 700}});
    ts::GallerySource source;
    source.predictions = predictionsFor(cm);
    source.samples = imagesFor(source.predictions);
    source.classNames = {"A", "B"};
    ts::MistakesGallery g;
    g.setSource(source);
    g.showCell(0, 0);
    QCOMPARE(g.cellCount(), 1200);
    QCOMPARE(g.shownCount(), ts::MistakesGallery::kDefaultMaxShown);
    QCOMPARE(g.thumbnailList()->count(), ts::MistakesGallery::kDefaultMaxShown);
    QVERIFY2(g.noteText().contains(QStringLiteral("showing the first 500 of 1,200")), qPrintable(g.noteText()));
    g.setMaxShown(7);
    QCOMPARE(g.thumbnailList()->count(), 7);
    // The listed ones are the most confident of the whole cell.
    double lowestShown = 1.0, highestHidden = 0.0;
    for (size_t i = 0; i < g.cellPredictions().size(); ++i) {
        const double c = source.predictions[g.cellPredictions()[i]].confidence;
        if (i < 7) lowestShown = std::min(lowestShown, c);
        else highestHidden = std::max(highestHidden, c);
    }
    QVERIFY(lowestShown >= highestHidden);
}

void TestEvaluateGallery::galleryExportsCsvWithRawFeatures() {
    // Two standardized features: raw = value / scale + shift.
    auto set = std::make_shared<ts::ImageSet>();
    set->channels = set->height = 1;
    set->width = 2;
    set->labels = {0, 1, 1, 0};
    set->features = {0.0f, 1.0f, 2.0f, -1.0f, 1.0f, 0.5f, -2.0f, 0.0f};
    ts::GallerySource source;
    source.samples = set;
    source.classNames = {"small", "large, heavy"};
    source.featureNames = {"height", "weight"};
    source.featureShift = {170.0f, 70.0f};
    source.featureScale = {0.1f, 0.5f};
    source.predictions = {{0, 0, 0, 0.9}, {1, 1, 0, 0.6}, {2, 1, 0, 0.8}, {3, 0, 1, 0.7}};
    ts::MistakesGallery g;
    g.setSource(source);
    g.showCell(1, 0);
    QVERIFY(!g.showsImages());
    QCOMPARE(g.rowsTable()->model()->rowCount(), 2);
    QCOMPARE(g.rowsTable()->model()->columnCount(), 6);
    QCOMPARE(g.rowsTable()->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("height"));
    // Most confident first: sample 2 (0.8), whose height is 1.0 / 0.1 + 170 = 180.
    QCOMPARE(g.rowsTable()->model()->index(0, 0).data().toString(), QStringLiteral("2"));
    QCOMPARE(g.rowsTable()->model()->index(0, 4).data().toString(), QStringLiteral("180"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cell.csv"));
    QString error;
    QVERIFY2(g.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("index,true_class,predicted_class,confidence,height,weight"));
    QCOMPARE(lines[1], QStringLiteral("2,\"large, heavy\",small,0.800000,180,71"));     // 0.5 / 0.5 + 70
    QCOMPARE(lines[2], QStringLiteral("1,\"large, heavy\",small,0.600000,190,68"));     // 2 / 0.1 + 170, -1 / 0.5 + 70

    QVERIFY(!g.exportSelectedPng(dir.filePath(QStringLiteral("x.png")), &error));  // tables have no images
    QVERIFY(!g.exportCsv(dir.filePath(QStringLiteral("no/such/folder/cell.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("cell.csv")));
}

void TestEvaluateGallery::galleryExportsSelectedPng() {
    const ts::EvaluationResult r = threeClassResult();
    ts::GallerySource source = sourceOf(r);
    ts::MistakesGallery g;
    g.setSource(source);
    g.showCell(0, 1);
    QCOMPARE(g.selectedPosition(), 0);  // the most confident one is selected at first
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.png"));
    QString error;
    g.thumbnailList()->clearSelection();
    QCOMPARE(g.selectedPosition(), -1);
    QVERIFY(!g.exportSelectedPng(path, &error));  // nothing selected
    g.selectPosition(2);
    QCOMPARE(g.selectedPosition(), 2);
    QVERIFY2(g.exportSelectedPng(path, &error), qPrintable(error));
    const QImage saved(path);
    QCOMPARE(saved.size(), QSize(4 * g.thumbnailScale(), 4 * g.thumbnailScale()));
    const ts::Prediction& p = r.predictions[g.cellPredictions()[2]];
    QCOMPARE(qGray(saved.pixel(0, 0)), int(r.samples->pixels[static_cast<size_t>(p.index) * 16]));
}

void TestEvaluateGallery::matrixViewEmitsCellActivated() {
    ts::ConfusionMatrixView view;
    view.resize(600, 500);
    view.setMatrix(matrix({"Coat", "Shirt", "Bag"}, {{50, 8, 2}, {10, 30, 0}, {1, 0, 39}}));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ts::ConfusionMatrixView::cellActivated);

    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, view.cellRect(2, 1).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 2);
    QCOMPARE(spy.at(0).at(1).toInt(), 1);
    QCOMPARE(view.currentCell(), QPoint(2, 1));

    // Sorted by recall (Shirt first): positions move, the class ids reported do not.
    view.setSortOrder(ts::ConfusionMatrixView::SortOrder::Recall);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, view.cellRect(0, 1).center());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toInt(), 0);
    QCOMPARE(spy.at(1).at(1).toInt(), 1);

    // Enter activates the current cell; arrows move it in display order.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).toInt(), 0);
    QCOMPARE(spy.at(2).at(1).toInt(), 1);
    const QVector<int> order = view.classOrder();
    QTest::keyClick(&view, Qt::Key_Right);
    const int nextColumn = order[std::min(static_cast<int>(order.indexOf(1)) + 1, 2)];
    QCOMPARE(view.currentCell(), QPoint(0, nextColumn));

    // A drag from one cell to another, a right click and a click outside the grid emit nothing.
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, view.cellRect(0, 0).center());
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, view.cellRect(2, 2).center());
    QTest::mouseClick(&view, Qt::RightButton, Qt::NoModifier, view.cellRect(1, 1).center());
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
    QCOMPARE(spy.count(), 3);

    // A new matrix with other classes forgets the current cell: Enter does nothing.
    view.setMatrix(matrix({"x", "y"}, {{1, 2}, {3, 4}}));
    QCOMPARE(view.currentCell(), QPoint(-1, -1));
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(spy.count(), 3);
}

void TestEvaluateGallery::panelForwardsCellWithEpoch() {
    ts::ConfusionPanel panel;
    panel.resize(700, 600);
    const auto cm = matrix({"Coat", "Shirt", "Bag"}, {{50, 8, 2}, {10, 30, 0}, {1, 0, 39}});
    panel.addSnapshot(QStringLiteral("Validation, epoch 1"), ts::metricsFromConfusion(cm, 0.5), 1);
    panel.addSnapshot(QStringLiteral("Validation, epoch 2"), ts::metricsFromConfusion(cm, 0.4), 2);
    panel.addSnapshot(QStringLiteral("Test set"), ts::metricsFromConfusion(cm, 0.4), -1);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &ts::ConfusionPanel::cellActivated);
    QCOMPARE(panel.snapshotEpoch(1), 2);
    QCOMPARE(panel.snapshotEpoch(2), -1);
    QCOMPARE(panel.snapshotEpoch(9), -1);

    panel.setCurrentSnapshot(0);
    ts::ConfusionMatrixView* view = panel.view();
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(1, 0).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), (QList<QVariant>{1, 0, 1}));
    panel.setCurrentSnapshot(2);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(0, 2).center());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1), (QList<QVariant>{0, 2, -1}));
}

void TestEvaluateGallery::mainWindowEvaluateActionAndGallery() {
    ts::MainWindow w;
    w.resize(1600, 1000);
    QSignalSpy evaluate(&w, &ts::MainWindow::evaluateWindowRequested);
    QAction* action = child<QAction>(&w, "evaluateModelAction");
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(!action->toolTip().isEmpty());
    auto* tools = w.findChild<QMenu*>(QStringLiteral("toolsMenu"));
    QVERIFY(tools);
    QVERIFY(tools->actions().contains(action));
    action->trigger();
    QCOMPARE(evaluate.count(), 1);

    // One epoch with per-sample predictions, one without.
    const auto cm = matrix({"Coat", "Shirt", "Bag"}, {{50, 8, 2}, {10, 30, 0}, {1, 0, 39}});
    ts::EpochMetrics e1;
    e1.epoch = 1;
    e1.epochs = 2;
    e1.step = 10;
    e1.val = ts::metricsFromConfusion(cm, 0.5);
    e1.valSetName = "validation";
    e1.valPredictions = predictionsFor(cm);
    ts::EpochMetrics e2 = e1;
    e2.epoch = 2;
    e2.step = 20;
    e2.valPredictions.clear();
    w.onDatasetLoaded(ts::DatasetInfo{});
    w.onTrainingStarted(QStringLiteral("cpu"), 1, 10);
    w.onEpoch(e1);
    w.onEpoch(e2);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    ts::ConfusionPanel* panel = child<ts::ConfusionPanel>(&w, "confusionPanel");
    ts::ConfusionMatrixView* view = child<ts::ConfusionMatrixView>(&w, "confusionView");
    QVERIFY(view->cellSize() > 0);
    // Epoch 2 kept no predictions.
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(1, 0).center());
    QVERIFY(!w.findChild<ts::MistakesGallery*>(QStringLiteral("mistakesGallery")));
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("No per-sample predictions")),
             qPrintable(w.statusBar()->currentMessage()));
    // Epoch 1 has them, but no samples are loaded yet.
    panel->setCurrentSnapshot(0);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(1, 0).center());
    QVERIFY(!w.findChild<ts::MistakesGallery*>(QStringLiteral("mistakesGallery")));
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("not loaded")),
             qPrintable(w.statusBar()->currentMessage()));
    // A data set whose validation split is too small for these predictions is refused.
    auto small = std::make_shared<ts::Dataset>();
    small->classNames = {"Coat", "Shirt", "Bag"};
    small->val = *imagesFor(std::vector<ts::Prediction>(e1.valPredictions.begin(), e1.valPredictions.begin() + 5));
    w.setDatasetSamples(small);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(1, 0).center());
    QVERIFY(!w.findChild<ts::MistakesGallery*>(QStringLiteral("mistakesGallery")));
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("not the data")));

    auto data = std::make_shared<ts::Dataset>();
    data->classNames = {"Coat", "Shirt", "Bag"};
    data->val = *imagesFor(e1.valPredictions);
    w.setDatasetSamples(data);
    QVERIFY(child<ts::MistakesGalleryOpener>(&w, "mistakesGalleryOpener")->datasetSamples() == data);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(1, 0).center());
    ts::MistakesGallery* g = w.findChild<ts::MistakesGallery*>(QStringLiteral("mistakesGallery"));
    QVERIFY(g);
    QCOMPARE(g->cellCount(), 10);
    QCOMPARE(g->titleText(), QStringLiteral("Shirt predicted as Coat: 10 samples"));
    QVERIFY(g->noteText().startsWith(QStringLiteral("Validation set, epoch 1")));
    QCOMPARE(g->source().samples.get(), &data->val);
    g->close();

    // Validation held out of the training split (IDX folders): the indices are training-split rows.
    ts::EpochMetrics e3 = e1;
    e3.epoch = 3;
    e3.step = 30;
    e3.valSplit = "train";
    auto heldOut = std::make_shared<ts::Dataset>();
    heldOut->classNames = {"Coat", "Shirt", "Bag"};
    heldOut->train = *imagesFor(e1.valPredictions);
    w.setDatasetSamples(heldOut);
    w.onEpoch(e3);
    panel->setCurrentSnapshot(panel->snapshotCount() - 1);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(1, 0).center());
    g = w.findChild<ts::MistakesGallery*>(QStringLiteral("mistakesGallery"));
    QVERIFY(g);
    QCOMPARE(g->source().samples.get(), &heldOut->train);
    QCOMPARE(g->cellCount(), 10);
    g->close();
}

QTEST_MAIN(TestEvaluateGallery)
#include "test_evaluate_gallery.moc"
