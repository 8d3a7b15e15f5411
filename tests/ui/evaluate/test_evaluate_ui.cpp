// Offscreen tests of the Evaluate window: its summary (flagged classes), calibration and drift tabs,
// its inputs and failure handling, the gallery opened by a confusion-cell click, and export. Every
// result is made by hand, no model is run. Widgets are reached by their object names.
//
// With TS_EVAL_SCREENSHOT_DIR set, screenshots() also renders the window at 1280x800 with a
// FashionMNIST-like result (real t10k images when the dataset package is installed) into that folder.
#include "ui/common/Settings.h"
#include "support/WindowTestSetup.h"
#include "core/data/Dataset.h"
#include "core/eval/Evaluation.h"
#include "core/eval/Metrics.h"
#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/evaluate/EvalCharts.h"
#include "ui/evaluate/EvaluateDriftTab.h"
#include "ui/evaluate/EvaluateSummaryTab.h"
#include "ui/evaluate/EvaluateWindow.h"
#include "ui/evaluate/MistakesGallery.h"
#include "app/bridge/MetaTypes.h"
#include "ui/evaluate/EvaluateFixtures.h"
#include "support/TestFiles.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <random>

using namespace ts::testing;

namespace {

const QColor kFlagged(0xfd, 0xe2, 0xe1);  // the window's background for flagged classes

/// The child of `parent` of type T named `name`; stops the test when there is none (a renamed widget).
template <typename T>
T* child(const QObject& parent, const char* name) {
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found) qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

/// Finds the class table's row of a class by name (the table may be sorted).
int rowOf(QTableWidget* table, const QString& name) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == name) return row;
    return -1;
}

// ---------------------------------------------------------------------------------------------
// A FashionMNIST-like result for the screenshots.

constexpr int kFashionClasses = 10;
// Per true class: samples in the evaluated data, and where the misses go (typical of an MLP on FashionMNIST).
const int64_t kFashionRowTotal[kFashionClasses] = {1000, 700, 1000, 900, 1000, 800, 1000, 1000, 550, 1000};
const std::vector<std::vector<std::pair<int, double>>> kFashionMisses{
    {{6, 0.09}, {3, 0.03}, {2, 0.02}}, {{3, 0.03}},           {{4, 0.10}, {6, 0.08}, {0, 0.02}},
    {{4, 0.04}, {0, 0.03}, {6, 0.03}}, {{2, 0.09}, {6, 0.07}, {3, 0.02}}, {{7, 0.03}, {9, 0.01}},
    {{0, 0.13}, {2, 0.10}, {4, 0.09}, {3, 0.03}}, {{9, 0.04}, {5, 0.02}}, {{0, 0.01}, {2, 0.01}, {6, 0.01}},
    {{7, 0.04}, {5, 0.01}}};

/// The evaluated data's confusion matrix: each row's recall, its misses, the rounding remainder next door.
ts::ConfusionMatrix fashionMatrix(const std::vector<std::string>& names) {
    const int n = kFashionClasses;
    const auto& misses = kFashionMisses;
    const auto& rowTotal = kFashionRowTotal;
    const double recall[n] = {0.84, 0.96, 0.79, 0.88, 0.81, 0.95, 0.62, 0.94, 0.96, 0.95};
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
    return cm;
}

/// One prediction per cell count of `cm` with a mildly overconfident confidence, and the images they refer to.
void addFashionSamples(ts::EvaluationResult& r, const ts::ConfusionMatrix& cm) {
    const int n = kFashionClasses;
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
}

/// The run's own test results: a little better everywhere, Shirt and Pullover clearly so.
void addFashionBaseline(ts::EvaluationResult& r, const std::vector<std::string>& names) {
    const int n = kFashionClasses;
    const auto& misses = kFashionMisses;
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
}

/// Drift against the 60,000-image training split (6,000 per class).
void addFashionDrift(ts::EvaluationResult& r, const std::vector<std::string>& names) {
    const int n = kFashionClasses;
    const auto& rowTotal = kFashionRowTotal;
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
    // name, KS, p-value, PSI, reference mean, current mean, reference std, current std
    r.drift.features = {{"mean brightness", 0.212, 1e-40, 0.284, 72.9, 84.1, 22.3, 25.0},
                        {"contrast (std)", 0.143, 3e-19, 0.131, 89.7, 95.2, 19.8, 21.1},
                        {"ink fraction", 0.088, 2.1e-7, 0.061, 0.497, 0.521, 0.18, 0.19},
                        {"edge density", 0.041, 0.012, 0.018, 0.211, 0.216, 0.05, 0.05},
                        {"centre of mass x", 0.022, 0.41, 0.006, 13.6, 13.6, 0.9, 0.9},
                        {"centre of mass y", 0.017, 0.73, 0.004, 13.9, 13.9, 1.1, 1.1}};
}

ts::EvaluationResult fashionResult() {
    const std::vector<std::string> names = ts::fashionMnistClassNames();
    const ts::ConfusionMatrix cm = fashionMatrix(names);
    ts::EvaluationResult r =
        ts::testing::evaluationOf("/home/ana/.local/share/trainscope/runs/2024-05-02_14-03-11_mlp",
                                  "/srv/data/fashion-returns-2024-06", "fashion-returns-2024-06", "image folder");
    r.device = "cpu (16 threads)";
    r.seconds = 2.4;
    r.metrics = ts::metricsFromConfusion(cm, 0.3871);
    addFashionSamples(r, cm);
    fillCalibration(r, 15, 20);
    addFashionBaseline(r, names);
    addFashionDrift(r, names);
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
    void windowOpensGalleryFromConfusionClick();
    void exportWritesReportsAndFolders();
    void screenshots();
};

void TestEvaluateUi::initTestCase() {
    ts::testing::prepareWindowTests();
    ts::registerEvaluateMetaTypes();
    QVERIFY(QMetaType::fromName("ts::EvaluationResult").isValid());
    QVERIFY(QMetaType::fromName("ts::EvaluateRequest").isValid());
}

void TestEvaluateUi::summaryShowsResultAndFlags() {
    ts::EvaluateWindow w;
    QVERIFY(!w.hasResult());
    w.onFinished(threeClassResult());
    QVERIFY(w.hasResult());
    QLabel* headline = child<QLabel>(w, "evaluateHeadline");
    QVERIFY2(headline->text().contains(QStringLiteral("Accuracy 85.0%")), qPrintable(headline->text()));
    // The run's test set: 131 of 140 right.
    QVERIFY2(headline->text().contains(QStringLiteral("run's test 93.6%, −8.6 points")), qPrintable(headline->text()));

    // Overall table: this data, the run's test and the change, both shown because a run is known.
    QTableWidget* overall = child<QTableWidget>(w, "evaluateOverallTable");
    QCOMPARE(overall->item(0, 0)->text(), QStringLiteral("Accuracy"));
    QCOMPARE(overall->item(0, 1)->text(), QStringLiteral("85.0%"));
    QCOMPARE(overall->item(0, 2)->text(), QStringLiteral("93.6%"));
    QVERIFY2(overall->item(0, 3)->text().startsWith(QStringLiteral("−8.6")), qPrintable(overall->item(0, 3)->text()));
    QVERIFY(!overall->isColumnHidden(2));

    // Per class: Shirt is flagged (bold, red background), the others are not.
    QTableWidget* classes = child<QTableWidget>(w, "evaluateClassTable");
    QCOMPARE(classes->rowCount(), 3);
    QVERIFY(!classes->isColumnHidden(ts::EvaluateSummaryTab::DeltaF1Column));
    const int shirt = rowOf(classes, QStringLiteral("Shirt"));
    QVERIFY(shirt >= 0);
    for (int col = 0; col < ts::EvaluateSummaryTab::ClassColumnCount; ++col) {
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
    QCOMPARE(classes->item(shirt, ts::EvaluateSummaryTab::RecallColumn)->text(), QStringLiteral("0.750"));
    QCOMPARE(classes->item(shirt, ts::EvaluateSummaryTab::SupportColumn)->text(), QStringLiteral("40"));
    QVERIFY(classes->item(shirt, ts::EvaluateSummaryTab::DeltaF1Column)->text().startsWith(QStringLiteral("−")));

    QVERIFY(child<QLabel>(w, "evaluateWarnings")->text().contains(QStringLiteral("3 files were skipped")));
    QVERIFY(child<QLabel>(w, "evaluateNotes")->text().contains(QStringLiteral("Compared with the test results")));
    QCOMPARE(child<ts::ConfusionMatrixView>(w, "evaluateConfusionView")->matrix().at(1, 0), int64_t(10));
}

void TestEvaluateUi::calibrationTabShowsNumbers() {
    ts::EvaluateWindow w;
    const ts::EvaluationResult r = threeClassResult();
    w.onFinished(r);
    const QString ece = QString::number(100.0 * r.calibration.ece, 'f', 1) + QLatin1Char('%');
    auto* reliability = child<ts::ReliabilityDiagram>(w, "reliabilityDiagram");
    auto* histogram = child<ts::ConfidenceHistogramChart>(w, "confidenceHistogram");
    QVERIFY2(reliability->title().contains(ece), qPrintable(reliability->title()));
    QVERIFY(child<QLabel>(w, "evaluateCalibrationText")->text().contains(QStringLiteral("ECE ") + ece));
    QCOMPARE(histogram->histogram().correct.size(), size_t(20));
    // The stacked histogram's axis holds the fullest bin.
    int64_t fullest = 0;
    for (size_t i = 0; i < r.confidence.correct.size(); ++i)
        fullest = std::max(fullest, r.confidence.correct[i] + r.confidence.wrong[i]);
    QVERIFY(histogram->axisMaximum() >= double(fullest));
}

void TestEvaluateUi::driftTableIsSortedByKs() {
    ts::EvaluateWindow w;
    w.onFinished(threeClassResult());
    QTableWidget* features = child<QTableWidget>(w, "evaluateDriftFeatureTable");
    QCOMPARE(features->rowCount(), 3);
    QCOMPARE(features->item(0, ts::EvaluateDriftTab::FeatureNameColumn)->text(), QStringLiteral("contrast"));
    QCOMPARE(features->item(1, ts::EvaluateDriftTab::FeatureNameColumn)->text(), QStringLiteral("edge density"));
    QCOMPARE(features->item(2, ts::EvaluateDriftTab::FeatureNameColumn)->text(), QStringLiteral("mean brightness"));
    for (int row = 1; row < features->rowCount(); ++row)
        QVERIFY(features->item(row - 1, ts::EvaluateDriftTab::KsColumn)->data(Qt::UserRole).toDouble() >=
                features->item(row, ts::EvaluateDriftTab::KsColumn)->data(Qt::UserRole).toDouble());
    QCOMPARE(features->item(0, ts::EvaluateDriftTab::PsiVerdictColumn)->text(), QStringLiteral("large shift"));
    QCOMPARE(features->item(1, ts::EvaluateDriftTab::PsiVerdictColumn)->text(), QStringLiteral("moderate shift"));
    QCOMPARE(features->item(2, ts::EvaluateDriftTab::PsiVerdictColumn)->text(), QStringLiteral("stable"));
    QCOMPARE(features->item(0, ts::EvaluateDriftTab::KsPValueColumn)->text(), QStringLiteral("< 1e-16"));

    const QString summary = child<QLabel>(w, "evaluateDriftSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("stable")) && summary.contains(QStringLiteral("p = 0.061")), qPrintable(summary));
    QTableWidget* classes = child<QTableWidget>(w, "evaluateDriftClassTable");
    QCOMPARE(classes->rowCount(), 3);
    QCOMPARE(classes->item(0, 2)->text(), QStringLiteral("33.3%"));   // 600 of 1,800
    QCOMPARE(classes->item(0, 4)->text(), QStringLiteral("42.9%"));   // 60 of 140
    QVERIFY(!classes->isColumnHidden(1));
    auto* distribution = child<ts::ClassDistributionChart>(w, "classDistributionChart");
    QCOMPARE(distribution->classCount(), 3);
    QVERIFY(std::fabs(distribution->share(0, false) - 60.0 / 140.0) < 1e-9);

    QCOMPARE(ts::EvaluateDriftTab::psiVerdict(0.05), QStringLiteral("stable"));
    QCOMPARE(ts::EvaluateDriftTab::psiVerdict(0.2), QStringLiteral("moderate shift"));
    QCOMPARE(ts::EvaluateDriftTab::psiVerdict(0.3), QStringLiteral("large shift"));
}

void TestEvaluateUi::driftWithoutReferenceSaysSo() {
    ts::EvaluationResult r = threeClassResult();
    r.comparison = ts::BaselineComparison();  // a TorchScript model: no run, no reference
    r.drift.hasReference = false;
    r.drift.referenceCounts.clear();
    r.drift.features.clear();
    ts::EvaluateWindow w;
    w.onFinished(r);
    QLabel* summary = child<QLabel>(w, "evaluateDriftSummary");
    QTableWidget* driftClasses = child<QTableWidget>(w, "evaluateDriftClassTable");
    QTableWidget* classes = child<QTableWidget>(w, "evaluateClassTable");
    QVERIFY2(summary->text().contains(QStringLiteral("No reference data")), qPrintable(summary->text()));
    QCOMPARE(child<QTableWidget>(w, "evaluateDriftFeatureTable")->rowCount(), 0);
    QVERIFY(driftClasses->isColumnHidden(1));
    QCOMPARE(driftClasses->item(1, 3)->text(), QStringLiteral("40"));
    // Without a run the baseline columns go away and nothing is flagged.
    QVERIFY(classes->isColumnHidden(ts::EvaluateSummaryTab::BaselineF1Column));
    QVERIFY(child<QTableWidget>(w, "evaluateOverallTable")->isColumnHidden(2));
    QVERIFY(!child<QLabel>(w, "evaluateHeadline")->text().contains(QStringLiteral("run's test")));
    for (int row = 0; row < classes->rowCount(); ++row) QVERIFY(!classes->item(row, 0)->font().bold());
}

void TestEvaluateUi::requestCarriesTypedFields() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("model.pt"));
    QVERIFY(writeFile(model, "not really a model"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("run")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("train")));

    ts::EvaluateWindow w;
    QSignalSpy spy(&w, &ts::EvaluateWindow::evaluateRequested);
    child<QLineEdit>(w, "evaluateModelEdit")->setText(model);
    child<QLineEdit>(w, "evaluateDataEdit")->setText(dir.filePath(QStringLiteral("data")));
    child<QLineEdit>(w, "evaluateRunEdit")->setText(dir.filePath(QStringLiteral("run")));
    child<QLineEdit>(w, "evaluateReferenceEdit")->setText(dir.filePath(QStringLiteral("train")));
    child<QLineEdit>(w, "evaluateInputShapeEdit")->setText(QStringLiteral(" 1, 28,28 "));
    child<QLineEdit>(w, "evaluateClassNamesEdit")->setText(QStringLiteral("cat, dog ,, bird"));
    child<QLineEdit>(w, "evaluateLabelColumnEdit")->setText(QStringLiteral("target"));
    auto* split = child<QComboBox>(w, "evaluateSplitCombo");
    auto* device = child<QComboBox>(w, "evaluateDeviceCombo");
    split->setCurrentIndex(split->findData(QStringLiteral("test")));
    device->setCurrentIndex(device->findData(QStringLiteral("cpu")));
    QVERIFY(w.validateInputs().isEmpty());
    auto* evaluate = child<QPushButton>(w, "evaluateButton");
    QTest::mouseClick(evaluate, Qt::LeftButton);

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
    QVERIFY(!evaluate->isEnabled());
    QVERIFY(child<QPushButton>(w, "evaluateCancelButton")->isEnabled());

    // A second click while running does nothing; progress moves the bar.
    QTest::mouseClick(evaluate, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    w.onProgress(250, 1000, QStringLiteral("Evaluating"));
    auto* progress = child<QProgressBar>(w, "evaluateProgress");
    QCOMPARE(progress->value(), progress->maximum() / 4);
    QVERIFY(progress->format().contains(QStringLiteral("25%")));

    // The paths are remembered for the next window.
    ts::EvaluateWindow next;
    QCOMPARE(child<QLineEdit>(next, "evaluateModelEdit")->text(), model);
    QCOMPARE(child<QLineEdit>(next, "evaluateDataEdit")->text(), dir.filePath(QStringLiteral("data")));
    QCOMPARE(child<QComboBox>(next, "evaluateSplitCombo")->currentData().toString(), QStringLiteral("test"));
    ts::openSettings().clear();
}

void TestEvaluateUi::invalidInputsAreRefusedInline() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ts::EvaluateWindow w;
    QSignalSpy spy(&w, &ts::EvaluateWindow::evaluateRequested);
    auto* model = child<QLineEdit>(w, "evaluateModelEdit");
    auto* inputShape = child<QLineEdit>(w, "evaluateInputShapeEdit");
    QLabel* error = child<QLabel>(w, "evaluateErrorLabel");
    model->setText(dir.filePath(QStringLiteral("missing.pt")));
    child<QLineEdit>(w, "evaluateDataEdit")->setText(dir.path());
    w.startEvaluation();
    QCOMPARE(spy.count(), 0);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("does not exist")), qPrintable(error->text()));

    model->setText(dir.path());  // a folder is accepted as a model (a run folder)
    inputShape->setText(QStringLiteral("1,28"));
    w.startEvaluation();
    QCOMPARE(spy.count(), 0);
    QVERIFY(error->text().contains(QStringLiteral("C,H,W")));
    QVERIFY(!w.isRunning());
    QVERIFY(child<QPushButton>(w, "evaluateButton")->isEnabled());

    inputShape->setText(QStringLiteral("784"));
    w.startEvaluation();
    QCOMPARE(spy.count(), 1);
    QVERIFY(error->isHidden());
    ts::openSettings().clear();
}

void TestEvaluateUi::failureShowsMessageAndReenables() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ts::EvaluateWindow w;
    w.onFinished(threeClassResult());  // an earlier result stays visible after a failure
    auto* model = child<QLineEdit>(w, "evaluateModelEdit");
    QLabel* error = child<QLabel>(w, "evaluateErrorLabel");
    model->setText(dir.path());
    child<QLineEdit>(w, "evaluateDataEdit")->setText(dir.path());
    w.startEvaluation();
    QVERIFY(w.isRunning());
    QVERIFY(!model->isEnabled());

    const QString message = QStringLiteral("The model expects 3x32x32 inputs but the data has 1x28x28 images");
    w.onFailed(message);
    QVERIFY(!w.isRunning());
    QVERIFY(child<QPushButton>(w, "evaluateButton")->isEnabled());
    QVERIFY(!child<QPushButton>(w, "evaluateCancelButton")->isEnabled());
    QVERIFY(model->isEnabled());
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("expects 3x32x32 inputs")), qPrintable(error->text()));
    QVERIFY(w.hasResult());
    QVERIFY(child<QLabel>(w, "evaluateHeadline")->text().contains(QStringLiteral("85.0%")));

    // Evaluating again clears the error; a result replaces it.
    w.startEvaluation();
    QVERIFY(error->isHidden());
    w.onFinished(threeClassResult());
    QVERIFY(!w.isRunning());
    QVERIFY(error->isHidden());
    ts::openSettings().clear();
}

void TestEvaluateUi::cancelEmitsAndEndsQuietly() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ts::EvaluateWindow w;
    QSignalSpy cancel(&w, &ts::EvaluateWindow::cancelRequested);
    w.cancelEvaluation();  // not running: nothing to cancel
    QCOMPARE(cancel.count(), 0);
    child<QLineEdit>(w, "evaluateModelEdit")->setText(dir.path());
    child<QLineEdit>(w, "evaluateDataEdit")->setText(dir.path());
    w.startEvaluation();
    auto* cancelButton = child<QPushButton>(w, "evaluateCancelButton");
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    QVERIFY(!cancelButton->isEnabled());
    w.onFailed(QStringLiteral("evaluation cancelled"));
    QVERIFY(!w.isRunning());
    QVERIFY(child<QLabel>(w, "evaluateErrorLabel")->isHidden());
    QVERIFY(child<QPushButton>(w, "evaluateButton")->isEnabled());
    ts::openSettings().clear();
}

void TestEvaluateUi::windowOpensGalleryFromConfusionClick() {
    ts::EvaluateWindow w;
    w.resize(1280, 800);
    w.onFinished(threeClassResult());
    w.resultTabs()->setCurrentIndex(1);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ts::ConfusionMatrixView* view = child<ts::ConfusionMatrixView>(w, "evaluateConfusionView");
    QVERIFY(view->cellSize() > 0);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(1, 0).center());
    ts::MistakesGallery* g = w.findChild<ts::MistakesGallery*>();
    QVERIFY(g);
    QVERIFY(g->isVisible());
    QCOMPARE(g->trueClass(), 1);
    QCOMPARE(g->predictedClass(), 0);
    QCOMPARE(g->cellCount(), 10);
    QVERIFY(g->noteText().contains(QStringLiteral("new coats, all split")));
    // A click on another cell reuses the same gallery.
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->cellRect(0, 1).center());
    QCOMPARE(w.findChild<ts::MistakesGallery*>(), g);
    QCOMPARE(g->cellCount(), 8);
}

void TestEvaluateUi::exportWritesReportsAndFolders() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ts::EvaluateWindow w;
    auto* exportButton = child<QPushButton>(w, "evaluateExportButton");
    QVERIFY(!exportButton->isEnabled());
    QString error;
    QVERIFY(!w.exportResult(dir.filePath(QStringLiteral("none.html")), false, &error));
    QVERIFY(error.contains(QStringLiteral("no evaluation")));
    w.onFinished(threeClassResult());
    QVERIFY(exportButton->isEnabled());
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
    child<QLineEdit>(w, "evaluateModelEdit")
        ->setText(QStringLiteral("/home/ana/.local/share/trainscope/runs/2024-05-02_14-03-11_mlp/checkpoint-best.pt"));
    child<QLineEdit>(w, "evaluateDataEdit")->setText(QStringLiteral("/srv/data/fashion-returns-2024-06"));
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
    auto* gallery = w.findChild<ts::MistakesGallery*>();
    QVERIFY(gallery);
    gallery->resize(940, 660);
    QCoreApplication::processEvents();
    QVERIFY(gallery->grab().save(out + QStringLiteral("/evaluate-gallery.png")));
    gallery->close();

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
