// Shows the charts and the confusion matrix with synthetic data in one given state, full screen,
// for the acceptance screenshots (docs/charts/). Built, never installed; not part of the product.
// Usage: chart_gallery spike|window|log|confusion|confusion47
//   run under Xvfb with /work/shared/tools/gui-screenshot OUT.png SECONDS build/bench/chart_gallery SCENE
#include "core/eval/Metrics.h"
#include "ui/charts/ChartMath.h"
#include "ui/charts/ChartPanel.h"
#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/confusion/ConfusionPanel.h"
#include "ui/charts/CurveChart.h"
#include "ui/training/MainWindow.h"
#include "app/bridge/MetaTypes.h"

#include <QApplication>
#include <QSize>
#include <QCheckBox>
#include <QComboBox>
#include <QSlider>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>

#include <cmath>
#include <cstdio>
#include <memory>
#include <random>

namespace {

constexpr QSize kScreenSize(1600, 1000);
constexpr int kBatchesPerEpoch = 938;
constexpr double kSecondsPerStep = 0.021;
constexpr int kLongRun = 100000;
constexpr int kSpikeStep = 61234;

const std::vector<std::string> kFashion{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};

/// A plausible validation confusion matrix at `epoch`: errors shrink with training and go
/// mostly to the classes in `pairs`.
ts::ConfusionMatrix synthetic(const std::vector<std::string>& names, const std::vector<std::pair<int, int>>& pairs,
                              int epoch, int perClass, unsigned seed) {
    const int n = static_cast<int>(names.size());
    ts::ConfusionMatrix cm;
    cm.reset(names);
    std::mt19937 rng(seed + static_cast<unsigned>(epoch));
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (int t = 0; t < n; ++t) {
        std::vector<double> w(static_cast<size_t>(n), 0.02);
        w[static_cast<size_t>(t)] = 0.0;
        double hard = 0.03 + 0.05 * u(rng);
        for (auto [a, b] : pairs) {
            if (a == t) w[static_cast<size_t>(b)] += 1.0, hard += 0.06;
            if (b == t) w[static_cast<size_t>(a)] += 0.8, hard += 0.05;
        }
        const double errorRate = std::min(0.8, hard + 0.35 * std::exp(-epoch / 2.5));
        double total = 0.0;
        for (double x : w) total += x;
        int errors = static_cast<int>(std::lround(perClass * errorRate));
        int64_t given = 0;
        for (int p = 0; p < n; ++p) {
            if (p == t) continue;
            const int64_t c = static_cast<int64_t>(std::floor(errors * w[static_cast<size_t>(p)] / total * (0.7 + 0.6 * u(rng))));
            cm.at(t, p) = c;
            given += c;
        }
        cm.at(t, t) = std::max<int64_t>(0, perClass - given);
    }
    return cm;
}

std::vector<std::pair<int, int>> fashionPairs() {
    return {{6, 0}, {6, 4}, {6, 2}, {4, 2}, {0, 3}, {9, 7}, {5, 7}, {2, 0}};
}

double lossAt(int step, std::mt19937& rng) {
    std::normal_distribution<double> noise(0.0, 1.0);
    const double clean = 1.9 * std::exp(-step / 9000.0) + 0.25 + 0.12 * std::exp(-step / 400.0);
    return std::max(0.01, clean * (1.0 + 0.22 * noise(rng)));
}

void addRunEvents(ts::CurveChart* chart, int steps) {
    for (int s = kBatchesPerEpoch; s <= steps; s += kBatchesPerEpoch)
        chart->addEventMarker(s, ts::ChartEventKind::EpochBoundary, QStringLiteral("Epoch %1 ended").arg(s / kBatchesPerEpoch));
    chart->addEventMarker(56280, ts::ChartEventKind::LrChange, QStringLiteral("Learning rate 0.001 → 0.0001"));
    chart->addEventMarker(60976, ts::ChartEventKind::Checkpoint, QStringLiteral("saved checkpoint-epoch65.pt"));
    chart->addEventMarker(61420, ts::ChartEventKind::Pause, QStringLiteral("Paused by the user"));
}

QWidget* spikeScene(ts::RunTimeline* timeline) {
    auto* chart = new ts::CurveChart(QStringLiteral("Loss"));
    chart->setAxisTitles(QStringLiteral("step"), QStringLiteral("loss"));
    chart->setIntegerX(true);
    chart->setTimeline(timeline);
    const int raw = chart->addSeries(QStringLiteral("train loss (batch)"), ts::CurveChart::SeriesStyle::FaintLine);
    const int smooth = chart->addSeries(QStringLiteral("train loss (smoothed)"));
    const int val = chart->addSeries(QStringLiteral("val loss (epoch)"), ts::CurveChart::SeriesStyle::LineWithMarkers);
    chart->setSmoothedSource(smooth, raw);
    chart->setSmoothing(0.9);
    std::mt19937 rng(1);
    QVector<QPointF> pts;
    for (int s = 1; s <= kLongRun; ++s) {
        pts.append(QPointF(s, lossAt(s, rng)));
        if (s % 50 == 0 || s % kBatchesPerEpoch == 0) timeline->add(s, double(s) / kBatchesPerEpoch, s * kSecondsPerStep);
    }
    pts[kSpikeStep - 1].setY(7.8);  // one exploding batch among 100,000
    chart->appendPoints(raw, pts);
    for (int e = 1; e * kBatchesPerEpoch <= kLongRun; ++e)
        chart->appendPoint(val, QPointF(e * kBatchesPerEpoch, 1.9 * std::exp(-e * kBatchesPerEpoch / 9000.0) + 0.31));
    addRunEvents(chart, kLongRun);
    auto* panel = new ts::ChartPanel(chart);
    panel->setSmoothingModeVisible(true);
    panel->resize(kScreenSize);
    panel->show();
    chart->setXZoom(kSpikeStep - 420, kSpikeStep + 380);
    QTimer::singleShot(300, chart, [chart]() {
        chart->refreshNow();
        chart->hoverAt(kSpikeStep);
        chart->setHoverPinned(true);
    });
    return panel;
}

QWidget* logScene(ts::RunTimeline* timeline) {
    auto* chart = new ts::CurveChart(QStringLiteral("Loss (log–log)"));
    chart->setAxisTitles(QStringLiteral("step"), QStringLiteral("loss"));
    chart->setTimeline(timeline);
    const int raw = chart->addSeries(QStringLiteral("train loss (batch)"), ts::CurveChart::SeriesStyle::FaintLine);
    const int smooth = chart->addSeries(QStringLiteral("train loss (smoothed)"));
    chart->setSmoothedSource(smooth, raw);
    chart->setSmoothing(0.9);
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 0.15);
    QVector<QPointF> pts;
    for (int s = 1; s <= kLongRun; ++s) {
        pts.append(QPointF(s, 2.5 * std::pow(double(s), -0.3) * std::exp(noise(rng))));
        if (s % 50 == 0) timeline->add(s, double(s) / kBatchesPerEpoch, s * kSecondsPerStep);
    }
    for (int s : {20000, 45000, 80000}) pts[s].setY(0.0);  // a loss that underflowed to exactly 0
    chart->appendPoints(raw, pts);
    auto* panel = new ts::ChartPanel(chart);
    panel->setSmoothingModeVisible(true);
    panel->resize(kScreenSize);
    panel->show();
    chart->setLogX(true);
    chart->setLogY(true);
    return panel;
}

QWidget* windowScene() {
    auto* w = new ts::MainWindow();
    ts::DatasetInfo info;
    info.name = "Fashion-MNIST";
    info.path = "/usr/share/datasets/fashion-mnist";
    info.format = "IDX";
    info.classNames = kFashion;
    info.trainCount = 54000;
    info.valCount = 6000;
    info.testCount = 10000;
    info.channels = 1;
    info.height = info.width = 28;
    w->onDatasetLoaded(info);
    constexpr int kEpochs = 20;
    w->onTrainingStarted(QStringLiteral("cpu"), 2, kBatchesPerEpoch);
    std::mt19937 rng(5);
    for (int e = 1; e <= kEpochs; ++e) {
        QVector<ts::BatchMetrics> batches;
        for (int b = 1; b <= kBatchesPerEpoch; ++b) {
            ts::BatchMetrics m;
            m.step = int64_t(e - 1) * kBatchesPerEpoch + b;
            m.epoch = e;
            m.batch = b;
            m.batchesPerEpoch = kBatchesPerEpoch;
            m.loss = lossAt(static_cast<int>(m.step) * 5, rng);
            m.lr = e <= 12 ? 1e-3 : 1e-4;
            m.samplesPerSec = 3000.0;
            m.elapsedSec = m.step * kSecondsPerStep;
            batches.append(m);
            if (batches.size() == 64) {
                w->onBatches(batches);
                batches.clear();
            }
        }
        if (!batches.isEmpty()) w->onBatches(batches);
        ts::EpochMetrics em;
        em.epoch = e;
        em.epochs = kEpochs;
        em.step = int64_t(e) * kBatchesPerEpoch;
        em.trainLoss = lossAt(e * kBatchesPerEpoch * 5, rng);
        em.trainAccuracy = 0.80 + 0.1 * (1.0 - std::exp(-e / 4.0));
        em.val = ts::metricsFromConfusion(synthetic(kFashion, fashionPairs(), e, 600, 11), 0.3 + 0.3 * std::exp(-e / 4.0));
        em.valSetName = "validation";
        em.seconds = kBatchesPerEpoch * kSecondsPerStep;
        em.elapsedSec = em.step * kSecondsPerStep;
        w->onEpoch(em);
    }
    w->findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(90);
    w->resize(kScreenSize);
    w->show();
    return w;
}

QWidget* confusionScene(const std::vector<std::string>& names, const std::vector<std::pair<int, int>>& pairs, int epochs,
                        bool normalize) {
    auto* panel = new ts::ConfusionPanel();
    for (int e = 1; e <= epochs; ++e)
        panel->addSnapshot(QStringLiteral("Validation, epoch %1").arg(e),
                           ts::metricsFromConfusion(synthetic(names, pairs, e, 600, 21), 0.4), e);
    panel->normalizeCheckBox()->setChecked(normalize);
    panel->resize(kScreenSize);
    panel->show();
    return panel;
}

std::vector<std::string> emnistBalanced() {
    std::vector<std::string> names;
    for (char c = '0'; c <= '9'; ++c) names.emplace_back(1, c);
    for (char c = 'A'; c <= 'Z'; ++c) names.emplace_back(1, c);
    for (char c : std::string("abdefghnqrt")) names.emplace_back(1, c);
    return names;
}

std::vector<std::pair<int, int>> emnistPairs() {
    // 0-O, 1-I, 2-Z, 5-S, 9-q, F-f, L-1, B-8, g-9, D-0, U-V, C-G
    return {{0, 24}, {1, 18}, {2, 35}, {5, 28}, {9, 44}, {15, 40}, {21, 1}, {11, 8}, {41, 9}, {13, 0}, {30, 31}, {12, 16}};
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // never read or write the user's window layout
    ts::registerMetaTypes();
    const QString scene = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("window");
    ts::RunTimeline timeline;
    std::unique_ptr<QWidget> widget;
    if (scene == QLatin1String("spike")) widget.reset(spikeScene(&timeline));
    else if (scene == QLatin1String("log")) widget.reset(logScene(&timeline));
    else if (scene == QLatin1String("window")) widget.reset(windowScene());
    else if (scene == QLatin1String("confusion")) widget.reset(confusionScene(kFashion, fashionPairs(), 8, true));
    else if (scene == QLatin1String("confusion47")) widget.reset(confusionScene(emnistBalanced(), emnistPairs(), 5, true));
    else {
        std::fprintf(stderr, "usage: chart_gallery spike|window|log|confusion|confusion47\n");
        return 2;
    }
    widget->move(0, 0);
    return app.exec();
}
