// Offscreen tests of Evaluate mode's GUI: the Evaluate window's summary (flagged classes),
// calibration and drift tabs, its inputs and failure handling; the mistakes gallery (cell
// listing, order, cap, CSV and PNG export); confusion-cell clicks in the matrix view, the
// confusion panel and the main window. Every result is made by hand, no model is run.
//
// With TS_EVAL_SCREENSHOT_DIR set, screenshots() also renders the window at 1280x800 with a
// FashionMNIST-like result (real t10k images when the dataset package is installed) into that folder.
#include "core/data/Dataset.h"
#include "core/eval/Evaluation.h"
#include "core/eval/Metrics.h"
#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/confusion/ConfusionPanel.h"
#include "ui/evaluate/EvalCharts.h"
#include "ui/evaluate/EvaluateWindow.h"
#include "ui/training/MainWindow.h"
#include "ui/training/MistakesGalleryOpener.h"
#include "app/bridge/MetaTypes.h"
#include "ui/evaluate/MistakesGallery.h"
#include "support/WidgetLookup.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <random>

using ts::testing::child;

namespace {

const QColor kFlagged(0xfd, 0xe2, 0xe1);  // the window's background for flagged classes

/// A 3-class confusion matrix (rows: true class).
ts::ConfusionMatrix matrix(const std::vector<std::string>& names, const std::vector<std::vector<int64_t>>& counts) {
    ts::ConfusionMatrix cm;
    cm.reset(names);
    for (size_t t = 0; t < counts.size(); ++t)
        for (size_t p = 0; p < counts[t].size(); ++p) cm.at(static_cast<int>(t), static_cast<int>(p)) = counts[t][p];
    return cm;
}

/// One prediction per sample of `cm`, sample indices in row-major cell order, confidences spread
/// deterministically over [0.30, 0.99].
std::vector<ts::Prediction> predictionsFor(const ts::ConfusionMatrix& cm) {
    std::vector<ts::Prediction> out;
    int64_t index = 0;
    for (int t = 0; t < cm.classCount(); ++t)
        for (int p = 0; p < cm.classCount(); ++p)
            for (int64_t k = 0; k < cm.at(t, p); ++k) {
                ts::Prediction pr;
                pr.index = index++;
                pr.trueClass = t;
                pr.predicted = p;
                pr.confidence = 0.30 + 0.69 * double((k * 37 + t * 11 + p * 5) % 100) / 99.0;
                out.push_back(pr);
            }
    return out;
}

/// 4x4 grayscale images whose pixels encode the sample index, labelled with the predictions' true classes.
std::shared_ptr<ts::ImageSet> imagesFor(const std::vector<ts::Prediction>& predictions) {
    auto set = std::make_shared<ts::ImageSet>();
    set->channels = 1;
    set->height = 4;
    set->width = 4;
    set->labels.resize(predictions.size());
    set->pixels.resize(predictions.size() * 16);
    for (const ts::Prediction& p : predictions) {
        set->labels[static_cast<size_t>(p.index)] = p.trueClass;
        for (int i = 0; i < 16; ++i) set->pixels[static_cast<size_t>(p.index) * 16 + i] = static_cast<uint8_t>((p.index * 7 + i * 13) % 256);
    }
    return set;
}

/// Calibration and confidence histogram of `predictions`, computed here (equal-width bins).
void fillCalibration(ts::EvaluationResult& r, int bins, int histogramBins) {
    r.calibration.bins.assign(static_cast<size_t>(bins), ts::CalibrationBin{});
    std::vector<double> confidence(static_cast<size_t>(bins), 0.0), correct(static_cast<size_t>(bins), 0.0);
    r.confidence.edges.clear();
    for (int i = 0; i <= histogramBins; ++i) r.confidence.edges.push_back(double(i) / histogramBins);
    r.confidence.correct.assign(static_cast<size_t>(histogramBins), 0);
    r.confidence.wrong.assign(static_cast<size_t>(histogramBins), 0);
    for (const ts::Prediction& p : r.predictions) {
        const auto b = static_cast<size_t>(std::min(bins - 1, static_cast<int>(p.confidence * bins)));
        r.calibration.bins[b].count++;
        confidence[b] += p.confidence;
        correct[b] += p.trueClass == p.predicted ? 1.0 : 0.0;
        const auto h = static_cast<size_t>(std::min(histogramBins - 1, static_cast<int>(p.confidence * histogramBins)));
        (p.trueClass == p.predicted ? r.confidence.correct : r.confidence.wrong)[h]++;
    }
    const double n = double(r.predictions.size());
    for (size_t b = 0; b < r.calibration.bins.size(); ++b) {
        ts::CalibrationBin& bin = r.calibration.bins[b];
        bin.lower = double(b) / bins;
        bin.upper = double(b + 1) / bins;
        if (bin.count == 0) continue;
        bin.meanConfidence = confidence[b] / double(bin.count);
        bin.accuracy = correct[b] / double(bin.count);
        const double gap = std::fabs(bin.accuracy - bin.meanConfidence);
        r.calibration.ece += double(bin.count) / n * gap;
        r.calibration.mce = std::max(r.calibration.mce, gap);
    }
}

/// Coat / Shirt / Bag: accuracy 85.0% (119 of 140) against a run whose test accuracy was 93.6%;
/// Shirt is flagged, Coat and Bag are not. Drift has a reference and three image statistics in
/// an unsorted order.
ts::EvaluationResult threeClassResult() {
    const std::vector<std::string> names{"Coat", "Shirt", "Bag"};
    ts::EvaluationResult r;
    r.modelPath = "/runs/run-1/checkpoint-best.pt";
    r.modelKind = "checkpoint";
    r.modelDescription = "mlp preset, 669,706 parameters";
    r.runDir = "/runs/run-1";
    r.dataPath = "/data/new-coats";
    r.dataName = "new coats";
    r.dataFormat = "image folder";
    r.splitName = "all";
    r.device = "cpu";
    r.seconds = 1.25;
    const ts::ConfusionMatrix cm = matrix(names, {{50, 8, 2}, {10, 30, 0}, {1, 0, 39}});
    r.metrics = ts::metricsFromConfusion(cm, 0.4321);
    r.predictions = predictionsFor(cm);
    r.samples = imagesFor(r.predictions);
    fillCalibration(r, 10, 20);

    r.comparison.available = true;
    r.comparison.runDir = "/runs/run-1";
    r.comparison.runName = "run one";
    r.comparison.baseline = ts::metricsFromConfusion(matrix(names, {{55, 4, 1}, {3, 37, 0}, {1, 0, 39}}), 0.30);
    r.comparison.threshold = 0.05;
    for (int c = 0; c < 3; ++c) {
        ts::ClassDelta d;
        d.className = names[static_cast<size_t>(c)];
        d.inBaseline = true;
        d.baselineF1 = r.comparison.baseline.perClass[static_cast<size_t>(c)].f1;
        d.currentF1 = r.metrics.perClass[static_cast<size_t>(c)].f1;
        d.baselineRecall = r.comparison.baseline.perClass[static_cast<size_t>(c)].recall;
        d.currentRecall = r.metrics.perClass[static_cast<size_t>(c)].recall;
        d.flagged = c == 1;
        r.comparison.classes.push_back(d);
    }

    r.drift.hasReference = true;
    r.drift.referenceName = "training split of run one";
    r.drift.classNames = names;
    r.drift.referenceCounts = {600, 600, 600};
    r.drift.currentCounts = {60, 40, 40};
    r.drift.classChiSquare = {5.6, 2, 0.061};
    r.drift.classPsi = 0.042;
    r.drift.featureKind = "image statistics";
    const auto feature = [](const char* name, double ks, double psi) {
        ts::FeatureShift f;
        f.name = name;
        f.ks = ks;
        f.pValue = ks > 0.2 ? 1e-20 : 0.2;
        f.psi = psi;
        f.referenceMean = 0.3;
        f.currentMean = 0.3 + ks;
        f.referenceStd = 0.1;
        f.currentStd = 0.12;
        return f;
    };
    r.drift.features = {feature("mean brightness", 0.05, 0.01), feature("contrast", 0.31, 0.40),
                        feature("edge density", 0.12, 0.15)};
    r.notes = {"Compared with the test results of run one"};
    r.warnings = {"3 files were skipped: not images"};
    return r;
}

/// Finds the class table's row of a class by name (the table may be sorted).
int rowOf(QTableWidget* table, const QString& name) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == name) return row;
    return -1;
}

// ---------------------------------------------------------------------------------------------
// A FashionMNIST-like result for the screenshots.

ts::EvaluationResult fashionResult() {
    const std::vector<std::string> names = ts::fashionMnistClassNames();
    const int n = 10;
    // Per true class: recall and where the misses go (typical of an MLP on FashionMNIST).
    const double recall[n] = {0.84, 0.96, 0.79, 0.88, 0.81, 0.95, 0.62, 0.94, 0.96, 0.95};
    const std::vector<std::vector<std::pair<int, double>>> misses{
        {{6, 0.09}, {3, 0.03}, {2, 0.02}}, {{3, 0.03}},           {{4, 0.10}, {6, 0.08}, {0, 0.02}},
        {{4, 0.04}, {0, 0.03}, {6, 0.03}}, {{2, 0.09}, {6, 0.07}, {3, 0.02}}, {{7, 0.03}, {9, 0.01}},
        {{0, 0.13}, {2, 0.10}, {4, 0.09}, {3, 0.03}}, {{9, 0.04}, {5, 0.02}}, {{0, 0.01}, {2, 0.01}, {6, 0.01}},
        {{7, 0.04}, {5, 0.01}}};
    const int64_t rowTotal[n] = {1000, 700, 1000, 900, 1000, 800, 1000, 1000, 550, 1000};
    ts::ConfusionMatrix cm;
    cm.reset(names);
    for (int t = 0; t < n; ++t) {
        int64_t left = rowTotal[t];
        for (const auto& [p, share] : misses[static_cast<size_t>(t)]) {
            const auto c = static_cast<int64_t>(std::llround(share * double(rowTotal[t])));
            cm.at(t, p) += c;
            left -= c;
        }
        const auto correct = static_cast<int64_t>(std::llround(recall[t] * double(rowTotal[t])));
        cm.at(t, t) += std::min(correct, left);
        left -= std::min(correct, left);
        cm.at(t, (t + 1) % n) += left;  // rounding remainder
    }

    ts::EvaluationResult r;
    r.modelPath = "/home/ana/.local/share/trainscope/runs/2024-05-02_14-03-11_mlp/checkpoint-best.pt";
    r.modelKind = "checkpoint";
    r.modelDescription = "mlp preset, 669,706 parameters";
    r.runDir = "/home/ana/.local/share/trainscope/runs/2024-05-02_14-03-11_mlp";
    r.dataPath = "/srv/data/fashion-returns-2024-06";
    r.dataName = "fashion-returns-2024-06";
    r.dataFormat = "image folder";
    r.splitName = "all";
    r.device = "cpu (16 threads)";
    r.seconds = 2.4;
    r.metrics = ts::metricsFromConfusion(cm, 0.3871);

    // Images: FashionMNIST's t10k set when installed (1,000 per class), else drawn shapes.
    std::shared_ptr<ts::ImageSet> images;
    const QString folder = QString::fromLatin1(ts::defaultFashionMnistPath());
    try {
        if (QFileInfo::exists(folder + QStringLiteral("/t10k-images-idx3-ubyte.gz")))
            images = std::make_shared<ts::ImageSet>(
                ts::loadIdxPair((folder + QStringLiteral("/t10k-images-idx3-ubyte.gz")).toStdString(),
                                (folder + QStringLiteral("/t10k-labels-idx1-ubyte.gz")).toStdString()));
    } catch (const std::exception&) {
        images.reset();
    }
    std::vector<std::vector<int64_t>> rowsOfClass(n);
    if (images)
        for (int64_t i = 0; i < images->size(); ++i) rowsOfClass[static_cast<size_t>(images->labels[static_cast<size_t>(i)])].push_back(i);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<size_t> used(n, 0);
    auto synthetic = std::make_shared<ts::ImageSet>();
    synthetic->channels = 1;
    synthetic->height = synthetic->width = 28;
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p)
            for (int64_t k = 0; k < cm.at(t, p); ++k) {
                ts::Prediction pr;
                pr.trueClass = t;
                pr.predicted = p;
                // A mildly overconfident model: a prediction of confidence c is right with probability
                // about c - 0.04 (rejection sampling from confidences piled up near 1).
                for (;;) {
                    const double c = 1.0 - 0.72 * std::pow(u(rng), 2.0);
                    const double right = std::clamp(c - 0.04, 0.0, 1.0);
                    if (u(rng) < (t == p ? right : 1.0 - right)) {
                        pr.confidence = c;
                        break;
                    }
                }
                auto& pool = rowsOfClass[static_cast<size_t>(t)];
                if (images && used[static_cast<size_t>(t)] < pool.size()) {
                    pr.index = pool[used[static_cast<size_t>(t)]++];
                } else {
                    pr.index = synthetic->size();
                    synthetic->labels.push_back(t);
                    for (int y = 0; y < 28; ++y)
                        for (int xx = 0; xx < 28; ++xx) {
                            const bool ink = std::abs(xx - 14) < 4 + t && std::abs(y - 14) < 12 - (t % 4);
                            synthetic->pixels.push_back(static_cast<uint8_t>(ink ? 160 + 9 * t : 0));
                        }
                }
                r.predictions.push_back(pr);
            }
    r.samples = images ? std::shared_ptr<const ts::ImageSet>(images) : std::shared_ptr<const ts::ImageSet>(synthetic);
    fillCalibration(r, 15, 20);

    // The run's own test results: a little better everywhere, Shirt and Pullover clearly so.
    ts::ConfusionMatrix before;
    before.reset(names);
    const double beforeRecall[n] = {0.86, 0.97, 0.84, 0.90, 0.83, 0.96, 0.71, 0.95, 0.97, 0.96};
    for (int t = 0; t < n; ++t) {
        before.at(t, t) = static_cast<int64_t>(std::llround(beforeRecall[t] * 1000));
        int64_t left = 1000 - before.at(t, t);
        for (const auto& [p, share] : misses[static_cast<size_t>(t)]) {
            const int64_t c = std::min(left, static_cast<int64_t>(std::llround(share * 800)));
            before.at(t, p) += c;
            left -= c;
        }
        before.at(t, (t + 1) % n) += left;
    }
    r.comparison.available = true;
    r.comparison.runDir = r.runDir;
    r.comparison.runName = "mlp, 20 epochs";
    r.comparison.baseline = ts::metricsFromConfusion(before, 0.3312);
    r.comparison.threshold = 0.05;
    for (int c = 0; c < n; ++c) {
        const auto uc = static_cast<size_t>(c);
        ts::ClassDelta d;
        d.className = names[uc];
        d.inBaseline = true;
        d.baselineF1 = r.comparison.baseline.perClass[uc].f1;
        d.currentF1 = r.metrics.perClass[uc].f1;
        d.baselineRecall = r.comparison.baseline.perClass[uc].recall;
        d.currentRecall = r.metrics.perClass[uc].recall;
        d.baselinePrecision = r.comparison.baseline.perClass[uc].precision;
        d.currentPrecision = r.metrics.perClass[uc].precision;
        d.flagged = std::fabs(d.currentF1 - d.baselineF1) >= 0.05 || std::fabs(d.currentRecall - d.baselineRecall) >= 0.05;
        r.comparison.classes.push_back(d);
    }

    // Drift against the 60,000-image training split (6,000 per class).
    r.drift.hasReference = true;
    r.drift.referenceName = "FashionMNIST training split";
    r.drift.classNames = names;
    r.drift.referenceCounts.assign(n, 6000);
    r.drift.currentCounts.assign(rowTotal, rowTotal + n);
    const double refAll = 60000.0, curAll = double(std::accumulate(rowTotal, rowTotal + n, int64_t(0)));
    double chi = 0.0, psi = 0.0;
    for (int c = 0; c < n; ++c) {
        const double a = 6000.0, b = double(rowTotal[c]);
        const double col = a + b, all = refAll + curAll;
        const double ea = col * refAll / all, eb = col * curAll / all;
        chi += (a - ea) * (a - ea) / ea + (b - eb) * (b - eb) / eb;
        const double rs = a / refAll, cs = b / curAll;
        psi += (cs - rs) * std::log(cs / rs);
    }
    r.drift.classChiSquare = {chi, n - 1, ts::chiSquareSurvival(chi, n - 1)};
    r.drift.classPsi = psi;
    r.drift.featureKind = "image statistics";
    const auto feature = [](const char* name, double ks, double p, double psiValue, double m0, double m1, double s0, double s1) {
        ts::FeatureShift f;
        f.name = name;
        f.ks = ks;
        f.pValue = p;
        f.psi = psiValue;
        f.referenceMean = m0;
        f.currentMean = m1;
        f.referenceStd = s0;
        f.currentStd = s1;
        return f;
    };
    r.drift.features = {feature("mean brightness", 0.212, 1e-40, 0.284, 72.9, 84.1, 22.3, 25.0),
                        feature("contrast (std)", 0.143, 3e-19, 0.131, 89.7, 95.2, 19.8, 21.1),
                        feature("ink fraction", 0.088, 2.1e-7, 0.061, 0.497, 0.521, 0.18, 0.19),
                        feature("edge density", 0.041, 0.012, 0.018, 0.211, 0.216, 0.05, 0.05),
                        feature("centre of mass x", 0.022, 0.41, 0.006, 13.6, 13.6, 0.9, 0.9),
                        feature("centre of mass y", 0.017, 0.73, 0.004, 13.9, 13.9, 1.1, 1.1)};
    r.notes = {"Compared with the run's test set (10,000 samples, FashionMNIST t10k).",
               "Drift compares 20,000 sampled images of each set."};
    r.warnings = {"Shirt: recall fell from 0.71 to 0.62 — the new photos confuse it with T-shirt/top and Pullover.",
                  "The class mix differs from the training data (PSI 0.06): Bag and Trouser are rarer."};
    return r;
}

}  // namespace

class TestEvaluateUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summaryShowsResultAndFlags();
    void calibrationTabShowsNumbers();
    void driftTableIsSortedByKs();
    void driftWithoutReferenceSaysSo();
    void requestCarriesTypedFields();
    void invalidInputsAreRefusedInline();
    void failureShowsMessageAndReenables();
    void cancelEmitsAndEndsQuietly();
    void galleryListsCellByConfidence();
    void galleryCapsLargeCells();
    void galleryExportsCsvWithRawFeatures();
    void galleryExportsSelectedPng();
    void matrixViewEmitsCellActivated();
    void panelForwardsCellWithEpoch();
    void windowOpensGalleryFromConfusionClick();
    void mainWindowEvaluateActionAndGallery();
    void exportWritesReportsAndFolders();
    void screenshots();
};

void TestEvaluateUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // QSettings go to a throwaway test location
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).clear();
    ts::registerMetaTypes();
    ts::registerEvaluateMetaTypes();
    QVERIFY(QMetaType::fromName("ts::EvaluationResult").isValid());
    QVERIFY(QMetaType::fromName("ts::EvaluateRequest").isValid());
}

void TestEvaluateUi::summaryShowsResultAndFlags() {
    ts::EvaluateWindow w;
    QVERIFY(!w.hasResult());
    w.onFinished(threeClassResult());
    QVERIFY(w.hasResult());
    QVERIFY2(w.headlineLabel()->text().contains(QStringLiteral("Accuracy 85.0%")), qPrintable(w.headlineLabel()->text()));
    // The run's test set: 131 of 140 right.
    QVERIFY2(w.headlineLabel()->text().contains(QStringLiteral("run's test 93.6%, −8.6 points")),
             qPrintable(w.headlineLabel()->text()));

    // Overall table: this data, the run's test and the change, both shown because a run is known.
    QTableWidget* overall = w.overallTable();
    QCOMPARE(overall->item(0, 0)->text(), QStringLiteral("Accuracy"));
    QCOMPARE(overall->item(0, 1)->text(), QStringLiteral("85.0%"));
    QCOMPARE(overall->item(0, 2)->text(), QStringLiteral("93.6%"));
    QVERIFY2(overall->item(0, 3)->text().startsWith(QStringLiteral("−8.6")), qPrintable(overall->item(0, 3)->text()));
    QVERIFY(!overall->isColumnHidden(2));

    // Per class: Shirt is flagged (bold, red background), the others are not.
    QTableWidget* classes = w.classTable();
    QCOMPARE(classes->rowCount(), 3);
    QVERIFY(!classes->isColumnHidden(ts::EvaluateWindow::DeltaF1Column));
    const int shirt = rowOf(classes, QStringLiteral("Shirt"));
    QVERIFY(shirt >= 0);
    for (int col = 0; col < ts::EvaluateWindow::ClassColumnCount; ++col) {
        QCOMPARE(classes->item(shirt, col)->background().color(), kFlagged);
        QVERIFY(classes->item(shirt, col)->font().bold());
    }
    for (const QString& name : {QStringLiteral("Coat"), QStringLiteral("Bag")}) {
        const int row = rowOf(classes, name);
        QVERIFY(row >= 0);
        QVERIFY(classes->item(row, 0)->background().style() == Qt::NoBrush ||
                classes->item(row, 0)->background().color() != kFlagged);
        QVERIFY(!classes->item(row, 0)->font().bold());
    }
    // Shirt's recall: 30 of 40.
    QCOMPARE(classes->item(shirt, ts::EvaluateWindow::RecallColumn)->text(), QStringLiteral("0.750"));
    QCOMPARE(classes->item(shirt, ts::EvaluateWindow::SupportColumn)->text(), QStringLiteral("40"));
    QVERIFY(classes->item(shirt, ts::EvaluateWindow::DeltaF1Column)->text().startsWith(QStringLiteral("−")));

    QVERIFY(w.warningsLabel()->text().contains(QStringLiteral("3 files were skipped")));
    QVERIFY(w.notesLabel()->text().contains(QStringLiteral("Compared with the test results")));
    QCOMPARE(w.confusionView()->matrix().at(1, 0), int64_t(10));
}

void TestEvaluateUi::calibrationTabShowsNumbers() {
    ts::EvaluateWindow w;
    const ts::EvaluationResult r = threeClassResult();
    w.onFinished(r);
    const QString ece = QString::number(100.0 * r.calibration.ece, 'f', 1) + QLatin1Char('%');
    QVERIFY2(w.reliabilityDiagram()->title().contains(ece), qPrintable(w.reliabilityDiagram()->title()));
    QVERIFY(w.calibrationLabel()->text().contains(QStringLiteral("ECE ") + ece));
    QCOMPARE(w.confidenceChart()->histogram().correct.size(), size_t(20));
    // The stacked histogram's axis holds the fullest bin.
    int64_t fullest = 0;
    for (size_t i = 0; i < r.confidence.correct.size(); ++i)
        fullest = std::max(fullest, r.confidence.correct[i] + r.confidence.wrong[i]);
    QVERIFY(w.confidenceChart()->axisMaximum() >= double(fullest));
}

void TestEvaluateUi::driftTableIsSortedByKs() {
    ts::EvaluateWindow w;
    w.onFinished(threeClassResult());
    QTableWidget* features = w.driftFeatureTable();
    QCOMPARE(features->rowCount(), 3);
    QCOMPARE(features->item(0, ts::EvaluateWindow::FeatureNameColumn)->text(), QStringLiteral("contrast"));
    QCOMPARE(features->item(1, ts::EvaluateWindow::FeatureNameColumn)->text(), QStringLiteral("edge density"));
    QCOMPARE(features->item(2, ts::EvaluateWindow::FeatureNameColumn)->text(), QStringLiteral("mean brightness"));
    for (int row = 1; row < features->rowCount(); ++row)
        QVERIFY(features->item(row - 1, ts::EvaluateWindow::KsColumn)->data(Qt::UserRole).toDouble() >=
                features->item(row, ts::EvaluateWindow::KsColumn)->data(Qt::UserRole).toDouble());
    QCOMPARE(features->item(0, ts::EvaluateWindow::PsiVerdictColumn)->text(), QStringLiteral("large shift"));
    QCOMPARE(features->item(1, ts::EvaluateWindow::PsiVerdictColumn)->text(), QStringLiteral("moderate shift"));
    QCOMPARE(features->item(2, ts::EvaluateWindow::PsiVerdictColumn)->text(), QStringLiteral("stable"));
    QCOMPARE(features->item(0, ts::EvaluateWindow::KsPValueColumn)->text(), QStringLiteral("< 1e-16"));

    const QString summary = w.driftSummaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("stable")) && summary.contains(QStringLiteral("p = 0.061")), qPrintable(summary));
    QTableWidget* classes = w.driftClassTable();
    QCOMPARE(classes->rowCount(), 3);
    QCOMPARE(classes->item(0, 2)->text(), QStringLiteral("33.3%"));   // 600 of 1,800
    QCOMPARE(classes->item(0, 4)->text(), QStringLiteral("42.9%"));   // 60 of 140
    QVERIFY(!classes->isColumnHidden(1));
    QCOMPARE(w.classDistributionChart()->classCount(), 3);
    QVERIFY(std::fabs(w.classDistributionChart()->share(0, false) - 60.0 / 140.0) < 1e-9);

    QCOMPARE(ts::EvaluateWindow::psiVerdict(0.05), QStringLiteral("stable"));
    QCOMPARE(ts::EvaluateWindow::psiVerdict(0.2), QStringLiteral("moderate shift"));
    QCOMPARE(ts::EvaluateWindow::psiVerdict(0.3), QStringLiteral("large shift"));
}

void TestEvaluateUi::driftWithoutReferenceSaysSo() {
    ts::EvaluationResult r = threeClassResult();
    r.comparison = ts::BaselineComparison();  // a TorchScript model: no run, no reference
    r.drift.hasReference = false;
    r.drift.referenceCounts.clear();
    r.drift.features.clear();
    ts::EvaluateWindow w;
    w.onFinished(r);
    QVERIFY2(w.driftSummaryLabel()->text().contains(QStringLiteral("No reference data")),
             qPrintable(w.driftSummaryLabel()->text()));
    QCOMPARE(w.driftFeatureTable()->rowCount(), 0);
    QVERIFY(w.driftClassTable()->isColumnHidden(1));
    QCOMPARE(w.driftClassTable()->item(1, 3)->text(), QStringLiteral("40"));
    // Without a run the baseline columns go away and nothing is flagged.
    QVERIFY(w.classTable()->isColumnHidden(ts::EvaluateWindow::BaselineF1Column));
    QVERIFY(w.overallTable()->isColumnHidden(2));
    QVERIFY(!w.headlineLabel()->text().contains(QStringLiteral("run's test")));
    for (int row = 0; row < w.classTable()->rowCount(); ++row) QVERIFY(!w.classTable()->item(row, 0)->font().bold());
}

void TestEvaluateUi::requestCarriesTypedFields() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("model.pt"));
    QFile f(model);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not really a model");
    f.close();
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("run")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("train")));

    ts::EvaluateWindow w;
    QSignalSpy spy(&w, &ts::EvaluateWindow::evaluateRequested);
    w.modelEdit()->setText(model);
    w.dataEdit()->setText(dir.filePath(QStringLiteral("data")));
    w.runEdit()->setText(dir.filePath(QStringLiteral("run")));
    w.referenceEdit()->setText(dir.filePath(QStringLiteral("train")));
    w.inputShapeEdit()->setText(QStringLiteral(" 1, 28,28 "));
    w.classNamesEdit()->setText(QStringLiteral("cat, dog ,, bird"));
    w.labelColumnEdit()->setText(QStringLiteral("target"));
    w.splitCombo()->setCurrentIndex(w.splitCombo()->findData(QStringLiteral("test")));
    w.deviceCombo()->setCurrentIndex(w.deviceCombo()->findData(QStringLiteral("cpu")));
    QVERIFY(w.validateInputs().isEmpty());
    QTest::mouseClick(w.evaluateButton(), Qt::LeftButton);

    QCOMPARE(spy.count(), 1);
    const auto r = spy.at(0).at(0).value<ts::EvaluateRequest>();
    QCOMPARE(QString::fromStdString(r.modelPath), model);
    QCOMPARE(QString::fromStdString(r.dataPath), dir.filePath(QStringLiteral("data")));
    QCOMPARE(QString::fromStdString(r.runDir), dir.filePath(QStringLiteral("run")));
    QCOMPARE(QString::fromStdString(r.referencePath), dir.filePath(QStringLiteral("train")));
    QCOMPARE(r.inputShape, std::string("1,28,28"));
    QCOMPARE(r.classNames, (std::vector<std::string>{"cat", "dog", "bird"}));
    QCOMPARE(r.labelColumn, std::string("target"));
    QCOMPARE(r.split, std::string("test"));
    QCOMPARE(r.device, std::string("cpu"));
    QVERIFY(w.isRunning());
    QVERIFY(!w.evaluateButton()->isEnabled());
    QVERIFY(w.cancelButton()->isEnabled());

    // A second click while running does nothing; progress moves the bar.
    QTest::mouseClick(w.evaluateButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    w.onProgress(250, 1000, QStringLiteral("Evaluating"));
    QCOMPARE(w.progressBar()->value(), w.progressBar()->maximum() / 4);
    QVERIFY(w.progressBar()->format().contains(QStringLiteral("25%")));

    // The paths are remembered for the next window.
    ts::EvaluateWindow next;
    QCOMPARE(next.modelEdit()->text(), model);
    QCOMPARE(next.dataEdit()->text(), dir.filePath(QStringLiteral("data")));
    QCOMPARE(next.splitCombo()->currentData().toString(), QStringLiteral("test"));
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).clear();
}

void TestEvaluateUi::invalidInputsAreRefusedInline() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ts::EvaluateWindow w;
    QSignalSpy spy(&w, &ts::EvaluateWindow::evaluateRequested);
    w.modelEdit()->setText(dir.filePath(QStringLiteral("missing.pt")));
    w.dataEdit()->setText(dir.path());
    w.startEvaluation();
    QCOMPARE(spy.count(), 0);
    QVERIFY(!w.errorLabel()->isHidden());
    QVERIFY2(w.errorLabel()->text().contains(QStringLiteral("does not exist")), qPrintable(w.errorLabel()->text()));

    w.modelEdit()->setText(dir.path());  // a folder is accepted as a model (a run folder)
    w.inputShapeEdit()->setText(QStringLiteral("1,28"));
    w.startEvaluation();
    QCOMPARE(spy.count(), 0);
    QVERIFY(w.errorLabel()->text().contains(QStringLiteral("C,H,W")));
    QVERIFY(!w.isRunning());
    QVERIFY(w.evaluateButton()->isEnabled());

    w.inputShapeEdit()->setText(QStringLiteral("784"));
    w.startEvaluation();
    QCOMPARE(spy.count(), 1);
    QVERIFY(w.errorLabel()->isHidden());
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).clear();
}

void TestEvaluateUi::failureShowsMessageAndReenables() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ts::EvaluateWindow w;
    w.onFinished(threeClassResult());  // an earlier result stays visible after a failure
    w.modelEdit()->setText(dir.path());
    w.dataEdit()->setText(dir.path());
    w.startEvaluation();
    QVERIFY(w.isRunning());
    QVERIFY(!w.modelEdit()->isEnabled());

    const QString message = QStringLiteral("The model expects 3x32x32 inputs but the data has 1x28x28 images");
    w.onFailed(message);
    QVERIFY(!w.isRunning());
    QVERIFY(w.evaluateButton()->isEnabled());
    QVERIFY(!w.cancelButton()->isEnabled());
    QVERIFY(w.modelEdit()->isEnabled());
    QVERIFY(!w.errorLabel()->isHidden());
    QVERIFY2(w.errorLabel()->text().contains(QStringLiteral("expects 3x32x32 inputs")), qPrintable(w.errorLabel()->text()));
    QVERIFY(w.hasResult());
    QVERIFY(w.headlineLabel()->text().contains(QStringLiteral("85.0%")));

    // Evaluating again clears the error; a result replaces it.
    w.startEvaluation();
    QVERIFY(w.errorLabel()->isHidden());
    w.onFinished(threeClassResult());
    QVERIFY(!w.isRunning());
    QVERIFY(w.errorLabel()->isHidden());
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).clear();
}

void TestEvaluateUi::cancelEmitsAndEndsQuietly() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ts::EvaluateWindow w;
    QSignalSpy cancel(&w, &ts::EvaluateWindow::cancelRequested);
    w.cancelEvaluation();  // not running: nothing to cancel
    QCOMPARE(cancel.count(), 0);
    w.modelEdit()->setText(dir.path());
    w.dataEdit()->setText(dir.path());
    w.startEvaluation();
    QTest::mouseClick(w.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    QVERIFY(!w.cancelButton()->isEnabled());
    w.onFailed(QStringLiteral("evaluation cancelled"));
    QVERIFY(!w.isRunning());
    QVERIFY(w.errorLabel()->isHidden());
    QVERIFY(w.evaluateButton()->isEnabled());
    QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope")).clear();
}

void TestEvaluateUi::galleryListsCellByConfidence() {
    const ts::EvaluationResult r = threeClassResult();
    ts::GallerySource source;
    source.samples = r.samples;
    source.classNames = r.metrics.confusion.classNames;
    source.predictions = r.predictions;
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

void TestEvaluateUi::galleryCapsLargeCells() {
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

void TestEvaluateUi::galleryExportsCsvWithRawFeatures() {
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

void TestEvaluateUi::galleryExportsSelectedPng() {
    const ts::EvaluationResult r = threeClassResult();
    ts::GallerySource source;
    source.samples = r.samples;
    source.classNames = r.metrics.confusion.classNames;
    source.predictions = r.predictions;
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

void TestEvaluateUi::matrixViewEmitsCellActivated() {
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

void TestEvaluateUi::panelForwardsCellWithEpoch() {
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

void TestEvaluateUi::windowOpensGalleryFromConfusionClick() {
    ts::EvaluateWindow w;
    w.resize(1280, 800);
    w.onFinished(threeClassResult());
    w.resultTabs()->setCurrentIndex(1);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ts::ConfusionMatrixView* view = w.confusionView();
    QVERIFY(view->cellSize() > 0);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(1, 0).center());
    ts::MistakesGallery* g = w.mistakesGallery();
    QVERIFY(g);
    QVERIFY(g->isVisible());
    QCOMPARE(g->trueClass(), 1);
    QCOMPARE(g->predictedClass(), 0);
    QCOMPARE(g->cellCount(), 10);
    QVERIFY(g->noteText().contains(QStringLiteral("new coats, all split")));
    // A click on another cell reuses the same gallery.
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(0, 1).center());
    QCOMPARE(w.mistakesGallery(), g);
    QCOMPARE(g->cellCount(), 8);
}

void TestEvaluateUi::mainWindowEvaluateActionAndGallery() {
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

void TestEvaluateUi::exportWritesReportsAndFolders() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ts::EvaluateWindow w;
    QVERIFY(!w.exportButton()->isEnabled());
    QString error;
    QVERIFY(!w.exportResult(dir.filePath(QStringLiteral("none.html")), false, &error));
    QVERIFY(error.contains(QStringLiteral("no evaluation")));
    w.onFinished(threeClassResult());
    QVERIFY(w.exportButton()->isEnabled());
    for (const char* name : {"e.html", "e.pdf", "e.csv", "e.json"}) {
        const QString path = dir.filePath(QLatin1String(name));
        QVERIFY2(w.exportResult(path, false, &error), qPrintable(error));
        QVERIFY2(QFileInfo(path).size() > 100, name);
    }
    QFile html(dir.filePath(QStringLiteral("e.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("85.0"));
    QVERIFY(w.exportResult(dir.filePath(QStringLiteral("folder")), true, &error));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("folder/evaluation.json"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("folder/predictions.csv"))));
    QVERIFY(!w.exportResult(dir.filePath(QStringLiteral("e.txt")), false, &error));
    QVERIFY(error.contains(QStringLiteral(".html")));
}

void TestEvaluateUi::screenshots() {
    const QString out = qEnvironmentVariable("TS_EVAL_SCREENSHOT_DIR");
    if (out.isEmpty()) QSKIP("set TS_EVAL_SCREENSHOT_DIR to render the Evaluate window's screenshots");
    QVERIFY(QDir().mkpath(out));
    ts::EvaluateWindow w;
    w.modelEdit()->setText(QStringLiteral("/home/ana/.local/share/trainscope/runs/2024-05-02_14-03-11_mlp/checkpoint-best.pt"));
    w.dataEdit()->setText(QStringLiteral("/srv/data/fashion-returns-2024-06"));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.grab().save(out + QStringLiteral("/evaluate-empty.png")));
    const ts::EvaluationResult r = fashionResult();
    w.onFinished(r);
    const QStringList names{QStringLiteral("summary"), QStringLiteral("confusion"), QStringLiteral("calibration"),
                            QStringLiteral("drift")};
    for (int i = 0; i < names.size(); ++i) {
        w.resultTabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(out + QStringLiteral("/evaluate-%1.png").arg(names[i])));
    }
    w.resultTabs()->setCurrentIndex(1);
    w.openGallery(6, 0);  // Shirt predicted as T-shirt/top
    QVERIFY(w.mistakesGallery());
    w.mistakesGallery()->resize(940, 660);
    QCoreApplication::processEvents();
    QVERIFY(w.mistakesGallery()->grab().save(out + QStringLiteral("/evaluate-gallery.png")));
    w.mistakesGallery()->close();

    // Failure banner over the previous result, and a TorchScript result without reference data.
    w.startEvaluation();
    w.onFailed(QStringLiteral("The model expects input of shape [1, 3, 32, 32] but the data has 1x28x28 images "
                              "(/srv/data/fashion-returns-2024-06): set Input shape, or pick data of that size."));
    w.resultTabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    QVERIFY(w.grab().save(out + QStringLiteral("/evaluate-failed.png")));
    ts::EvaluationResult script = r;
    script.comparison = ts::BaselineComparison();
    script.drift.hasReference = false;
    script.drift.features.clear();
    script.modelKind = "torchscript";
    script.modelDescription = "TorchScript module";
    w.onFinished(script);
    w.resultTabs()->setCurrentIndex(3);
    QCoreApplication::processEvents();
    QVERIFY(w.grab().save(out + QStringLiteral("/evaluate-drift-noref.png")));
    w.resultTabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    QVERIFY(w.grab().save(out + QStringLiteral("/evaluate-summary-noref.png")));

    // A table's gallery: raw feature values next to the classes.
    const std::vector<std::string> wine{"class_0", "class_1", "class_2"};
    const ts::ConfusionMatrix tableCm = matrix(wine, {{57, 2, 0}, {3, 64, 4}, {0, 2, 46}});
    ts::GallerySource table;
    table.predictions = predictionsFor(tableCm);
    auto rows = std::make_shared<ts::ImageSet>();
    rows->channels = rows->height = 1;
    rows->width = 6;
    rows->labels.resize(table.predictions.size());
    std::mt19937 rng(3);
    std::normal_distribution<float> z(0.0f, 1.0f);
    for (const ts::Prediction& p : table.predictions) {
        rows->labels[static_cast<size_t>(p.index)] = p.trueClass;
        for (int f = 0; f < 6; ++f) rows->features.push_back(z(rng));
    }
    table.samples = rows;
    table.classNames = wine;
    table.featureNames = {"alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols"};
    table.featureShift = {13.0f, 2.34f, 2.37f, 19.5f, 99.7f, 2.29f};
    table.featureScale = {1.0f / 0.81f, 1.0f / 1.12f, 1.0f / 0.27f, 1.0f / 3.34f, 1.0f / 14.3f, 1.0f / 0.63f};
    table.setName = QStringLiteral("wine.csv, test split");
    ts::MistakesGallery tableGallery;
    tableGallery.setSource(table);
    tableGallery.showCell(1, 2);
    tableGallery.resize(940, 420);
    tableGallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tableGallery));
    QVERIFY(tableGallery.grab().save(out + QStringLiteral("/evaluate-gallery-table.png")));
}

QTEST_MAIN(TestEvaluateUi)
#include "test_evaluate_ui.moc"
