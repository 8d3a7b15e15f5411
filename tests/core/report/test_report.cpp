// Reports (core/report), their content: the self-contained HTML page of a run and of an evaluation, its SVG
// charts, the curves' decimation and smoothing, and the environment they describe. Runs are written by the real
// RunWriter and read back with loadRun. The CSV and JSON exports and writing files: test_report_exports.cpp.
#include "core/common/Json.h"
#include "core/report/Report.h"
#include "ReportTestData.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace ts;
using namespace ts::testing;

namespace {

bool isWellFormedXml(const std::string& svg) {
    QXmlStreamReader xml(QByteArray::fromStdString(svg));
    while (!xml.atEnd()) xml.readNext();
    return !xml.hasError();
}

std::string percentText(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * fraction);
    return buf;
}

/// The y tick labels of the learning-rate chart of a run of `steps` batches at lr(step).
QStringList lrTickLabels(int steps, const std::function<double(int)>& lr) {
    RunRecord run;
    for (int i = 1; i <= steps; ++i) {
        BatchMetrics b;
        b.step = i;
        b.loss = 1.0;
        b.lr = lr(i);
        run.batches.push_back(b);
    }
    const QString svg = QString::fromStdString(lrChartSvg(run, SvgOptions{700, 280, false}));
    QStringList labels;
    auto it = QRegularExpression(QStringLiteral("text-anchor=\"end\"[^>]*>([^<]+)</text>")).globalMatch(svg);
    while (it.hasNext()) labels.append(it.next().captured(1));
    return labels;
}

}  // namespace

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formats();
    void decimationKeepsExtremes();
    void decimationLeavesShortCurves();
    void emaIsDebiased();
    void htmlIsSelfContained();
    void htmlShowsTheRun();
    void htmlEscapesUserText();
    void svgChartsAreWellFormed();
    void heatmapTextContrast();
    void longRunStaysSmall();
    void narrowLrRangeHasDistinctTicks();
    void constantLrAxisHugsTheValue();
    void emptyRunStillReports();
    void environment();
    void psiVerdicts();
    void evaluationHtmlIsSelfContained();
    void evaluationHtmlShowsTheEvaluation();
    void evaluationWithoutReference();
    void evaluationChartsAreWellFormed();
};

void TestReport::formats() {
    ReportFormat f = ReportFormat::Pdf;
    QVERIFY(parseReportFormat("HTML", &f) && f == ReportFormat::Html);
    QVERIFY(parseReportFormat("pdf", &f) && f == ReportFormat::Pdf);
    QVERIFY(parseReportFormat("csv", &f) && f == ReportFormat::Csv);
    QVERIFY(parseReportFormat("json", &f) && f == ReportFormat::Json);
    QVERIFY(!parseReportFormat("docx", &f));
    QVERIFY(reportFormatFromPath("/tmp/a.report.htm", &f) && f == ReportFormat::Html);
    QVERIFY(reportFormatFromPath("out/REPORT.PDF", &f) && f == ReportFormat::Pdf);
    QVERIFY(!reportFormatFromPath("report", &f));
    QVERIFY(!reportFormatFromPath("report.txt", &f));
    QCOMPARE(std::string(reportFormatName(ReportFormat::Json)), std::string("json"));
}

void TestReport::decimationKeepsExtremes() {
    std::vector<CurvePoint> pts;
    for (int i = 0; i < 100000; ++i) pts.push_back({double(i), std::sin(i * 0.001)});
    pts[51234].y = 25.0;   // a spike
    pts[70001].y = -17.0;  // a dip
    const int columns = 500;
    const auto out = decimateMinMax(pts, 0, 99999, columns);
    // The window's rule (core/plot): per column its first, lowest, highest and last point.
    QVERIFY(out.size() <= size_t(kDecimationPointsPerBucket * columns));
    QVERIFY(out.size() >= size_t(columns));
    bool spike = false, dip = false;
    for (size_t i = 0; i < out.size(); ++i) {
        spike = spike || (out[i].x == 51234 && out[i].y == 25.0);
        dip = dip || (out[i].x == 70001 && out[i].y == -17.0);
        if (i) QVERIFY(out[i].x > out[i - 1].x);  // still in x order
    }
    QVERIFY(spike);
    QVERIFY(dip);
}

void TestReport::decimationLeavesShortCurves() {
    const std::vector<CurvePoint> pts = {{1, 3}, {2, 1}, {3, 2}};
    const auto out = decimateMinMax(pts, 1, 3, 100);
    QCOMPARE(out.size(), size_t(3));
    QCOMPARE(out[1].y, 1.0);
}

void TestReport::emaIsDebiased() {
    const auto flat = smoothEma({1.0, 1.0, 1.0}, 0.6);
    for (double v : flat) QCOMPARE(v, 1.0);  // no bias towards 0 at the start
    const auto two = smoothEma({0.0, 10.0}, 0.6);
    QCOMPARE(two[0], 0.0);
    // ema = 0.6*0 + 0.4*10 = 4, divided by 1 - 0.6^2 = 0.64.
    QCOMPARE(two[1], 6.25);
}

void TestReport::htmlIsSelfContained() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path()));
    const QString out = tmp.filePath(QStringLiteral("report.html"));
    writeReport(run, ReportFormat::Html, out.toStdString());
    const std::string html = readText(out);
    QVERIFY(html.size() > 10000);
    for (const char* bad : {"http:", "https:", "<link", "<script", "src=", "url(", "@import", "<img", "<iframe", "href="})
        QVERIFY2(html.find(bad) == std::string::npos, bad);
    QVERIFY(html.rfind("<!DOCTYPE html>", 0) == 0);
    QVERIFY(html.find("</html>") != std::string::npos);
}

void TestReport::htmlShowsTheRun() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path()));
    const std::string html = reportHtml(buildReportContent(run, currentEnvironment()));
    // Charts: loss, accuracy, learning rate, confusion matrix, class histogram.
    int svgs = 0;
    for (size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) ++svgs;
    QCOMPARE(svgs, 5);
    for (const char* label : {"aria-label=\"Loss\"", "aria-label=\"Accuracy\"", "aria-label=\"Learning rate\"",
                              "aria-label=\"Confusion matrix\"", "train loss (smoothed)", "validation loss (epoch)"})
        QVERIFY2(html.find(label) != std::string::npos, label);
    // The per-class table shows the final (test) evaluation's numbers.
    for (int c = 0; c < 3; ++c) {
        char f1[16];
        std::snprintf(f1, sizeof f1, "%.3f", run.test.perClass[size_t(c)].f1);
        QVERIFY2(html.find(std::string(">") + f1 + "<") != std::string::npos, f1);
    }
    QVERIFY(html.find("Test set (" + std::to_string(run.test.confusion.total()) + " samples)") != std::string::npos);
    // Heatmap numbers: every confusion count appears as a cell text.
    for (int t = 0; t < 3; ++t)
        for (int p = 0; p < 3; ++p)
            QVERIFY(html.find(">" + std::to_string(run.test.confusion.at(t, p)) + "</text>") != std::string::npos);
    // Per-epoch table, config, data set and environment.
    QVERIFY(html.find("Per-epoch history") != std::string::npos);
    QVERIFY(html.find(">adamw<") != std::string::npos);
    QVERIFY(html.find(">Tiny<") != std::string::npos);
    QVERIFY(html.find(torchVersion()) != std::string::npos);
    QVERIFY(html.find(TRAINSCOPE_VERSION) != std::string::npos);
    QVERIFY(html.find("* undefined") == std::string::npos || run.test.perClass[2].precisionUndefined);
}

void TestReport::htmlEscapesUserText() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path(), 2, 10, "<script>alert(1)</script> & more"));
    const std::string html = reportHtml(buildReportContent(run, currentEnvironment()));
    QVERIFY(html.find("<script>") == std::string::npos);
    QVERIFY(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more") != std::string::npos);
    QVERIFY(html.find("A<B&C") == std::string::npos);
    QVERIFY(html.find("A&lt;B&amp;C") != std::string::npos);
    QVERIFY(html.find("My &lt;b&gt;run&lt;/b&gt;") != std::string::npos);
}

void TestReport::svgChartsAreWellFormed() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path()));
    const SvgOptions opt{700, 280, true};
    for (const std::string& svg : {lossChartSvg(run, opt), accuracyChartSvg(run, opt), lrChartSvg(run, opt),
                                   confusionMatrixSvg(run.test.confusion, opt), classHistogramSvg(run.dataset, opt)}) {
        QVERIFY(!svg.empty());
        QVERIFY(svg.find("xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
        QVERIFY2(isWellFormedXml(svg), svg.substr(0, 200).c_str());
    }
    // Axes with tick labels and titles.
    const std::string loss = lossChartSvg(run, opt);
    QVERIFY(loss.find(">step</text>") != std::string::npos);
    QVERIFY(loss.find(">cross-entropy loss</text>") != std::string::npos);
    QVERIFY(loss.find("<polyline") != std::string::npos);
    const std::string acc = accuracyChartSvg(run, opt);
    QVERIFY(acc.find(">accuracy (%)</text>") != std::string::npos);
    QVERIFY(acc.find("<circle") != std::string::npos);
}

void TestReport::heatmapTextContrast() {
    ConfusionMatrix cm;
    cm.reset({"a", "b"});
    cm.at(0, 0) = 900;  // darkest cell: white text
    cm.at(0, 1) = 10;   // pale cell: dark text
    cm.at(1, 1) = 850;
    const std::string svg = confusionMatrixSvg(cm, SvgOptions{});
    QVERIFY(QString::fromStdString(svg).contains(QRegularExpression(QStringLiteral("fill=\"#ffffff\"[^>]*>900</text>"))));
    QVERIFY(QString::fromStdString(svg).contains(QRegularExpression(QStringLiteral("fill=\"#1a1a1a\"[^>]*>10</text>"))));
    QVERIFY(QString::fromStdString(svg).contains(QRegularExpression(QStringLiteral("fill=\"#9e9e9e\"[^>]*>0</text>"))));
}

void TestReport::longRunStaysSmall() {
    RunRecord run;
    for (int i = 1; i <= 100000; ++i) {
        BatchMetrics b;
        b.step = i;
        b.epoch = 1 + i / 1000;
        b.loss = 1.0 + std::sin(i * 0.01) + (i % 97 == 0 ? 3.0 : 0.0);
        b.lr = 1e-3;
        run.batches.push_back(b);
    }
    const std::string svg = lossChartSvg(run, SvgOptions{1000, 300, false});
    // Two curves of a < 1000 px plot: raw (at most four points per pixel column) and smoothed (one).
    QVERIFY2(svg.size() < 120 * 1024, std::to_string(svg.size()).c_str());
    const std::string html = reportHtml(buildReportContent(run, currentEnvironment()));
    QVERIFY2(html.size() < 400 * 1024, std::to_string(html.size()).c_str());
}

void TestReport::narrowLrRangeHasDistinctTicks() {
    // A cosine schedule early in a run: 2e-3 down to 1.988e-3, ticks a few 1e-6 apart.
    const QStringList labels = lrTickLabels(400, [](int i) { return 2e-3 * (1.0 - 6e-3 * double(i) / 400.0); });
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(QLatin1Char(' '))));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());  // no tick printed twice
}

void TestReport::constantLrAxisHugsTheValue() {
    // A constant 1e-3 (the seed preset): the axis is padded by a share of the value, so every y tick lies within 10%
    // of it and the line is not pressed onto an axis reaching 0.05.
    const QStringList labels = lrTickLabels(300, [](int) { return 1e-3; });
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(QLatin1Char(' '))));
    for (const QString& label : labels) {
        bool ok = false;
        const double v = label.toDouble(&ok);
        QVERIFY2(ok && v >= 0.9e-3 && v <= 1.1e-3, qPrintable(labels.join(QLatin1Char(' '))));
    }
}

void TestReport::emptyRunStillReports() {
    RunRecord run;
    run.id = "empty";
    run.status = "interrupted";
    const ReportContent c = buildReportContent(run, currentEnvironment());
    const std::string html = reportHtml(c);
    QVERIFY(html.find("No data recorded") != std::string::npos);
    QVERIFY(html.find("No evaluation was recorded") != std::string::npos);
    QVERIFY(c.confusionSvg.empty());
    const auto rows = csvRows(reportCsv(run));
    QCOMPARE(rows.size(), size_t(1));  // the header only
}

void TestReport::environment() {
    const ReportEnvironment env = currentEnvironment();
    QCOMPARE(env.torchVersion, torchVersion());
    QCOMPARE(env.trainscopeVersion, std::string(TRAINSCOPE_VERSION));
    QVERIFY(env.cpuCores > 0);
    QVERIFY(!env.os.empty());
    if (readText(QStringLiteral("/proc/cpuinfo")).find("model name") != std::string::npos)
        QVERIFY(!env.cpuName.empty());
}

void TestReport::psiVerdicts() {
    QCOMPARE(psiVerdict(0.0), std::string("no significant shift"));
    QCOMPARE(psiVerdict(0.0999), std::string("no significant shift"));
    QCOMPARE(psiVerdict(0.1), std::string("moderate shift"));
    QCOMPARE(psiVerdict(0.25), std::string("moderate shift"));
    QCOMPARE(psiVerdict(0.2501), std::string("large shift"));
    QCOMPARE(psiVerdict(3.0), std::string("large shift"));
}

void TestReport::evaluationHtmlIsSelfContained() {
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("evaluation.html"));
    writeEvaluationReport(handMadeEvaluation(true), ReportFormat::Html, out.toStdString());
    const std::string html = readText(out);
    QVERIFY(html.rfind("<!DOCTYPE html>", 0) == 0);
    QVERIFY(html.find("</html>") != std::string::npos);
    for (const char* bad : {"http:", "https:", "<link", "<script", "src=", "url(", "@import", "<img", "<iframe", "href="})
        QVERIFY2(html.find(bad) == std::string::npos, bad);
    QVERIFY(!QFile::exists(out + QStringLiteral(".tmp")));
}

void TestReport::evaluationHtmlShowsTheEvaluation() {
    const EvaluationResult r = handMadeEvaluation(true);
    const ReportContent c = buildEvaluationReportContent(r, currentEnvironment());
    QCOMPARE(c.title, std::string("TrainScope evaluation: checkpoint-best.pt on new-shirts"));
    const std::string html = reportHtml(c);
    // Confusion matrix, reliability diagram, confidence histogram; none of a run's charts or tables.
    int svgs = 0;
    for (size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) ++svgs;
    QCOMPARE(svgs, 3);
    QVERIFY(html.find("aria-label=\"Confusion matrix\"") != std::string::npos);
    QVERIFY(html.find("Training curves") == std::string::npos);
    QVERIFY(html.find("Per-epoch history") == std::string::npos);
    QVERIFY(html.find("Configuration") == std::string::npos);
    // The ECE, in the key figures and the reliability diagram's title.
    const std::string ece = percentText(r.calibration.ece);
    QVERIFY(r.calibration.ece > 0.0);
    QVERIFY2(html.find(">" + ece + "<") != std::string::npos, ece.c_str());
    QVERIFY(html.find("Reliability diagram \u00b7 ECE " + ece) != std::string::npos);
    // Key figures with the run's test values.
    QVERIFY(html.find("run&#39;s test: " + percentText(r.comparison.baseline.accuracy)) != std::string::npos);
    // Drift: the verdict for the class PSI, and the features sorted by KS.
    QVERIFY(r.drift.classPsi > 0.25);
    QVERIFY(html.find("class=\"verdict large\"") != std::string::npos);
    QVERIFY(html.find("large shift") != std::string::npos);
    const size_t length = html.find(">length<"), weight = html.find(">&lt;weight&gt;<"), width = html.find(">width<");
    QVERIFY(length != std::string::npos && weight != std::string::npos && width != std::string::npos);
    QVERIFY(length < weight && weight < width);
    // The class that lost F1 is flagged in the per-class table, the others are not.
    QCOMPARE(r.comparison.classes.size(), size_t(3));
    for (const ClassDelta& d : r.comparison.classes) QCOMPARE(d.flagged, d.className == "Trouser");
    QVERIFY(html.find("<tr class=\"flag\"><td>Trouser</td>") != std::string::npos);
    for (const ClassDelta& d : r.comparison.classes)
        if (!d.flagged)
            QVERIFY(html.find("<tr class=\"flag\"><td>" + (d.className == "A<B&C" ? std::string("A&lt;B&amp;C") : d.className) +
                              "</td>") == std::string::npos);
    QVERIFY(html.find("Run&#39;s F1") != std::string::npos);
    // Escaped user text, notes and warnings.
    QVERIFY(html.find("A<B&C") == std::string::npos);
    QVERIFY(html.find("The model&#39;s classes match the data&#39;s.") != std::string::npos);
    QVERIFY(html.find("Warning: 2 rows had missing values and were skipped") != std::string::npos);
    QVERIFY(html.find("No reference data") == std::string::npos);
}

void TestReport::evaluationWithoutReference() {
    EvaluationResult r = handMadeEvaluation(false);
    r.comparison = BaselineComparison();
    const ReportContent c = buildEvaluationReportContent(r, currentEnvironment());
    const std::string html = reportHtml(c);
    QVERIFY(html.find("No reference data was known") != std::string::npos);
    QVERIFY(html.find("class=\"verdict") == std::string::npos);
    QVERIFY(html.find("Chi-square") == std::string::npos);
    // Without a comparison: no baseline columns, nothing flagged, no "run's test" lines.
    QVERIFY(html.find("Run&#39;s F1") == std::string::npos);
    QVERIFY(html.find("<tr class=\"flag\">") == std::string::npos);
    QVERIFY(html.find("run&#39;s test") == std::string::npos);
    QCOMPARE(c.perClass.header.size(), size_t(5));
    // An evaluation without predictions still reports, without the calibration charts.
    EvaluationResult empty;
    const std::string bare = reportHtml(buildEvaluationReportContent(empty, currentEnvironment()));
    QVERIFY(bare.find("</html>") != std::string::npos);
    QVERIFY(bare.find("<svg") == std::string::npos);
    QVERIFY(bare.find("No reference data was known") != std::string::npos);
}

void TestReport::evaluationChartsAreWellFormed() {
    const EvaluationResult r = handMadeEvaluation(true);
    const SvgOptions opt{500, 340, true};
    const std::string reliability = reliabilityDiagramSvg(r.calibration, opt);
    const std::string confidence = confidenceHistogramSvg(r.confidence, opt);
    for (const std::string& svg : {reliability, confidence}) {
        QVERIFY(svg.find("xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
        QVERIFY2(isWellFormedXml(svg), svg.substr(0, 200).c_str());
    }
    int bins = 0, bars = 0;
    for (const CalibrationBin& b : r.calibration.bins) bins += b.count > 0;
    for (size_t at = reliability.find("<g><title>Confidence"); at != std::string::npos;
         at = reliability.find("<g><title>Confidence", at + 1))
        ++bars;
    QCOMPARE(bars, bins);
    QVERIFY(reliability.find("stroke-dasharray") != std::string::npos);  // the diagonal
    QVERIFY(confidence.find(">correct</text>") != std::string::npos);
    QVERIFY(confidence.find(">wrong</text>") != std::string::npos);
    QVERIFY(reliabilityDiagramSvg(Calibration(), opt).empty());
    QVERIFY(confidenceHistogramSvg(ConfidenceHistogram(), opt).empty());
}

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
