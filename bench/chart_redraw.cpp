// Benchmark: how long the loss chart takes to refresh (decimate + replace) and to paint with
// 10^4 .. 10^7 raw points. Not a test: it prints medians for the performance issue to cite.
// Usage: QT_QPA_PLATFORM=offscreen chart_redraw [max_exponent (default 7)]
#include "ui/charts/CurveChart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

constexpr int kRepeats = 9;
constexpr int kTickPoints = 50;   // one 50 ms delivery of batches
constexpr int kWidth = 1400;
constexpr int kHeight = 600;

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const int maxExponent = argc > 1 ? std::atoi(argv[1]) : 7;
    std::printf("%-10s %16s %16s %16s %14s\n", "points", "append tick ms", "zoom refresh ms", "paint ms", "displayed");
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.05);
    for (int exponent = 4; exponent <= maxExponent; ++exponent) {
        const int n = static_cast<int>(std::lround(std::pow(10.0, exponent)));
        ts::CurveChart chart(QStringLiteral("Loss"));
        chart.resize(kWidth, kHeight);
        const int raw = chart.addSeries(QStringLiteral("train loss (batch)"), ts::CurveChart::SeriesStyle::FaintLine);
        const int smooth = chart.addSeries(QStringLiteral("train loss (smoothed)"));
        chart.setSmoothedSource(smooth, raw);
        chart.setSmoothing(0.9);
        chart.show();
        QVector<QPointF> pts(n);
        for (int i = 0; i < n; ++i) pts[i] = QPointF(i + 1, 2.0 * std::exp(-double(i) / (n / 5.0)) + 0.3 + noise(rng));
        chart.appendPoints(raw, pts);
        pts = QVector<QPointF>();
        chart.refreshNow();

        // Live training: a tick appends one delivery and re-decimates both series (the range grew).
        std::vector<double> tick, zoom, paint;
        int64_t next = n + 1;
        for (int r = 0; r < kRepeats; ++r) {
            QVector<QPointF> more;
            for (int k = 0; k < kTickPoints; ++k, ++next) more.append(QPointF(double(next), 0.3 + noise(rng)));
            QElapsedTimer t;
            t.start();
            chart.appendPoints(raw, more);
            chart.refreshNow();
            tick.push_back(t.nsecsElapsed() / 1e6);
        }
        // Zooming (or resizing) re-decimates the visible window.
        for (int r = 0; r < kRepeats; ++r) {
            QElapsedTimer t;
            t.start();
            chart.setXZoom(1.0 + r, double(n) - r);
            zoom.push_back(t.nsecsElapsed() / 1e6);
        }
        chart.resetZoom();
        // Painting what Qt Charts holds (at most ~4 points per pixel column per series).
        for (int r = 0; r < kRepeats; ++r) {
            QElapsedTimer t;
            t.start();
            const QPixmap image = chart.grab();
            paint.push_back(t.nsecsElapsed() / 1e6);
        }
        std::printf("%-10d %16.2f %16.2f %16.2f %14d\n", n, median(tick), median(zoom), median(paint),
                    chart.displayedCount(raw) + chart.displayedCount(smooth));
        std::fflush(stdout);
    }
    return 0;
}
