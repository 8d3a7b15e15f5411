// Reports (core/Report): the self-contained HTML page, its SVG charts, the CSV and JSON exports, and
// writing them atomically with clear errors. Runs are written by the real RunWriter and read back
// with loadRun, so the exports are checked against the run folder format itself.
#include "core/eval/Evaluation.h"
#include "support/Fixtures.h"
#include "core/eval/EvaluationIO.h"
#include "core/common/Json.h"
#include "core/eval/Metrics.h"
#include "support/FileSnapshot.h"
#include "core/report/Report.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/train/Trainer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace ts;

namespace {

const std::vector<std::string> kClasses = {"T-shirt/top", "Trouser", "A<B&C"};

std::string readText(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

EvalMetrics evaluation(int seed) {
    EvalMetrics m;
    m.confusion.reset(kClasses);
    const int64_t cells[3][3] = {{50 + seed, 3, 0}, {2, 61, 1}, {7, 0, 40 - seed}};
    for (int t = 0; t < 3; ++t)
        for (int p = 0; p < 3; ++p) m.confusion.at(t, p) = cells[t][p];
    m.loss = 0.5 / (1 + seed);
    m.accuracy = 0.8 + 0.01 * seed;
    m.perClass.resize(3);
    for (int c = 0; c < 3; ++c) {
        m.perClass[size_t(c)].precision = 0.81 + 0.03 * c + 0.001 * seed;
        m.perClass[size_t(c)].recall = 0.72 + 0.05 * c;
        m.perClass[size_t(c)].f1 = 0.765 + 0.04 * c + 0.002 * seed;
        m.perClass[size_t(c)].support = 53 + c;
    }
    m.perClass[2].precisionUndefined = seed == 0;
    m.macro = {0.84, 0.77, 0.805, 0, false, false};
    m.weighted = {0.85, 0.78, 0.81, 0, false, false};
    return m;
}

/// Writes a small run folder through RunWriter: `epochs` epochs of `perEpoch` batches, then a test evaluation.
std::string writeRun(const QString& root, int epochs = 3, int perEpoch = 40, const std::string& notes = {}) {
    const std::string dir = QDir(root).filePath(QStringLiteral("run")).toStdString();
    TrainConfig cfg = presetConfig("mlp");
    cfg.epochs = epochs;
    DatasetInfo data = ts::testing::datasetInfo(kClasses);
    data.name = "Tiny";
    data.trainCount = 900;
    data.trainHistogram = {300, 320, 280};
    RunSummary summary;
    {
        RunWriter writer(dir, cfg, data);
        writer.onStart("cpu", 2, perEpoch);
        int64_t step = 0;
        for (int e = 1; e <= epochs; ++e) {
            for (int b = 1; b <= perEpoch; ++b) {
                BatchMetrics m;
                m.step = ++step;
                m.epoch = e;
                m.batch = b;
                m.batchesPerEpoch = perEpoch;
                m.loss = 2.0 / std::sqrt(double(step)) + 0.01 * (step % 7);
                m.lr = 1e-3 * std::cos(double(step) / (epochs * perEpoch) * 1.5);
                m.samplesPerSec = 5000 + step;
                m.elapsedSec = 0.01 * double(step);
                writer.onBatch(m);
            }
            EpochMetrics em;
            em.epoch = e;
            em.epochs = epochs;
            em.step = step;
            em.trainLoss = 0.9 / e;
            em.trainAccuracy = 0.7 + 0.05 * e;
            em.val = evaluation(e);
            em.valSetName = "validation";
            em.lr = 1e-3 / e;
            em.seconds = 1.5;
            em.evalSeconds = 0.25;
            em.elapsedSec = 1.75 * e;
            em.samplesPerSec = 6000;
            writer.onEpoch(em);
            summary.epochs.push_back(em);
        }
        summary.device = "cpu";
        summary.threads = 2;
        summary.hasTest = true;
        summary.test = evaluation(9);
        summary.totalSeconds = 5.5;
        writer.onFinished(summary);
    }
    if (!notes.empty()) saveRunMeta(dir, RunMeta{"My <b>run</b>", {"baseline"}, notes});
    return dir;
}

using ts::testing::snapshot;

std::vector<std::vector<std::string>> csvRows(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells(1);
        bool quoted = false;
        for (size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') { cells.back() += '"'; ++i; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) cells.emplace_back();
            else cells.back() += c;
        }
        rows.push_back(cells);
    }
    return rows;
}

bool isWellFormedXml(const std::string& svg) {
    QXmlStreamReader xml(QByteArray::fromStdString(svg));
    while (!xml.atEnd()) xml.readNext();
    return !xml.hasError();
}

/// An evaluation of a 3-class model, filled by hand: 12 predictions, calibration and confidence from
/// them, a comparison in which "Trouser" lost F1, and drift against a reference with other class shares.
EvaluationResult handMadeEvaluation(bool withReference) {
    EvaluationResult r;
    r.modelPath = "/runs/tiny-run/checkpoint-best.pt";
    r.modelKind = "checkpoint";
    r.modelDescription = "mlp preset, 1,234 parameters";
    r.runDir = "/runs/tiny-run";
    r.dataPath = "/data/new-shirts.csv";
    r.dataName = "new-shirts";
    r.dataFormat = "CSV";
    r.splitName = "all";
    r.device = "cpu";
    r.seconds = 1.25;
    // (true, predicted, confidence): class 1 ("Trouser") is often confused with class 0.
    const int rows[12][2] = {{0, 0}, {0, 0}, {0, 0}, {0, 1}, {1, 1}, {1, 0}, {1, 0}, {1, 1}, {2, 2}, {2, 2}, {2, 2}, {2, 0}};
    const double conf[12] = {0.95, 0.9, 0.85, 0.6, 0.92, 0.7, 0.55, 0.8, 0.99, 0.97, 0.65, 0.4};
    ConfusionMatrix cm;
    cm.reset(kClasses);
    for (int i = 0; i < 12; ++i) {
        Prediction p;
        p.index = i;
        p.trueClass = rows[i][0];
        p.predicted = rows[i][1];
        p.confidence = conf[i];
        r.predictions.push_back(p);
        ++cm.at(p.trueClass, p.predicted);
    }
    r.metrics = metricsFromConfusion(cm, 0.734);
    r.calibration = computeCalibration(r.predictions, 10);
    r.confidence = confidenceHistogram(r.predictions, 10);

    // The run's test metrics: as now, except that "Trouser" was clearly better.
    EvalMetrics baseline = r.metrics;
    baseline.perClass[1].f1 = std::min(1.0, baseline.perClass[1].f1 + 0.3);
    baseline.perClass[1].recall = std::min(1.0, baseline.perClass[1].recall + 0.3);
    baseline.accuracy = r.metrics.accuracy + 0.1;
    baseline.loss = 0.21;
    r.comparison = compareWithBaseline(r.metrics, baseline, 0.05);
    r.comparison.runDir = r.runDir;
    r.comparison.runName = "tiny-run";

    DriftReport& d = r.drift;
    d.classNames = kClasses;
    d.currentCounts = {4, 4, 4};
    if (withReference) {
        d.hasReference = true;
        d.referenceName = "Tiny training split";
        d.referenceCounts = {300, 320, 40};
        d.classChiSquare = chiSquareHomogeneity(d.referenceCounts, d.currentCounts);
        d.classPsi = populationStabilityIndex(d.referenceCounts, d.currentCounts);
        d.featureKind = "columns";
        d.features = {{"width", 0.12, 0.8, 0.02, 1.0, 1.1, 0.5, 0.5},
                      {"length", 0.61, 0.0004, 0.41, 2.0, 3.5, 1.0, 1.2},
                      {"<weight>", 0.3, 0.2, 0.15, 5.0, 5.5, 1.0, 1.0}};
    }
    r.notes = {"The model's classes match the data's."};
    r.warnings = {"2 rows had missing values and were skipped"};
    return r;
}

std::string percentText(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * fraction);
    return buf;
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
    void emptyRunStillReports();
    void csvMatchesRun();
    void jsonMatchesRun();
    void unwritableDestination_data();
    void unwritableDestination();
    void replacesAnExistingReport();
    void environment();
    void psiVerdicts();
    void evaluationHtmlIsSelfContained();
    void evaluationHtmlShowsTheEvaluation();
    void evaluationWithoutReference();
    void evaluationChartsAreWellFormed();
    void evaluationCsvMatches();
    void evaluationJsonMatches();
    void evaluationToUnwritablePlace();
    void evaluationToReadOnlyFolder();
    void evaluationFolderReports();
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

void TestReport::narrowLrRangeHasDistinctTicks() {
    // A cosine schedule early in a run: 2e-3 down to 1.988e-3, ticks a few 1e-6 apart.
    RunRecord run;
    for (int i = 1; i <= 400; ++i) {
        BatchMetrics b;
        b.step = i;
        b.loss = 1.0;
        b.lr = 2e-3 * (1.0 - 6e-3 * double(i) / 400.0);
        run.batches.push_back(b);
    }
    const QString svg = QString::fromStdString(lrChartSvg(run, SvgOptions{700, 280, false}));
    QStringList labels;
    auto it = QRegularExpression(QStringLiteral("text-anchor=\"end\"[^>]*>([^<]+)</text>")).globalMatch(svg);
    while (it.hasNext()) labels.append(it.next().captured(1));
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(QLatin1Char(' '))));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());  // no tick printed twice
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

void TestReport::csvMatchesRun() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path(), 3, 40));
    const QString out = tmp.filePath(QStringLiteral("metrics-export.csv"));
    writeReport(run, ReportFormat::Csv, out.toStdString());
    const auto rows = csvRows(readText(out));
    QVERIFY(!rows.empty());
    const auto& header = rows.front();
    QCOMPARE(header.size(), size_t(28));
    auto col = [&](const char* name) {
        const auto it = std::find(header.begin(), header.end(), name);
        return size_t(it - header.begin());
    };
    size_t batches = 0, epochs = 0, classes = 0, cells = 0, tests = 0;
    for (size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        QCOMPARE(row.size(), header.size());
        const std::string& kind = row[col("kind")];
        if (kind == "batch") {
            const BatchMetrics& b = run.batches[batches++];
            QCOMPARE(std::stoll(row[col("step")]), b.step);
            QCOMPARE(std::stod(row[col("loss")]), b.loss);
            QCOMPARE(std::stod(row[col("lr")]), b.lr);
        } else if (kind == "epoch") {
            const EpochMetrics& e = run.epochs[epochs++];
            QCOMPARE(std::stoi(row[col("epoch")]), e.epoch);
            QCOMPARE(row[col("set")], std::string("validation"));
            QCOMPARE(std::stod(row[col("eval_accuracy")]), e.val.accuracy);
            QCOMPARE(std::stod(row[col("train_loss")]), e.trainLoss);
            QCOMPARE(std::stod(row[col("macro_f1")]), e.val.macro.f1);
        } else if (kind == "class") {
            ++classes;
            if (row[col("set")] == "test") {
                const size_t c = size_t(std::find(kClasses.begin(), kClasses.end(), row[col("class")]) - kClasses.begin());
                QVERIFY(c < kClasses.size());
                QCOMPARE(std::stod(row[col("f1")]), run.test.perClass[c].f1);
            }
        } else if (kind == "confusion") {
            ++cells;
            const int epoch = row[col("epoch")].empty() ? 0 : std::stoi(row[col("epoch")]);
            const EvalMetrics& m = epoch ? run.epochs[size_t(epoch - 1)].val : run.test;
            const int t = int(std::find(kClasses.begin(), kClasses.end(), row[col("true_class")]) - kClasses.begin());
            const int p = int(std::find(kClasses.begin(), kClasses.end(), row[col("predicted_class")]) - kClasses.begin());
            QCOMPARE(std::stoll(row[col("count")]), m.confusion.at(t, p));
        } else if (kind == "test") {
            ++tests;
            QCOMPARE(std::stod(row[col("eval_accuracy")]), run.test.accuracy);
            QCOMPARE(std::stod(row[col("weighted_f1")]), run.test.weighted.f1);
        } else {
            QFAIL(("unexpected kind " + kind).c_str());
        }
    }
    QCOMPARE(batches, size_t(120));
    QCOMPARE(epochs, size_t(3));
    QCOMPARE(classes, size_t(3 * 3 + 3));  // 3 epochs + test, 3 classes each
    QCOMPARE(cells, size_t(4 * 9));
    QCOMPARE(tests, size_t(1));
}

void TestReport::jsonMatchesRun() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path(), 3, 40));
    const QString out = tmp.filePath(QStringLiteral("history.json"));
    writeReport(run, ReportFormat::Json, out.toStdString());
    const Json j = Json::parse(readText(out));
    QCOMPARE(j["format"].string(), std::string("trainscope-report"));
    QCOMPARE(j["run"]["status"].string(), run.status);
    QCOMPARE(j["config"]["optimizer"].string(), std::string("adamw"));
    QCOMPARE(j["dataset"]["name"].string(), std::string("Tiny"));
    QCOMPARE(j["environment"]["libtorch_version"].string(), torchVersion());
    QCOMPARE(j["steps"].size(), run.batches.size());
    for (size_t i = 0; i < run.batches.size(); ++i) {
        QCOMPARE(j["steps"][i]["step"].integer(), run.batches[i].step);
        QCOMPARE(j["steps"][i]["loss"].number(), run.batches[i].loss);
        QCOMPARE(j["steps"][i]["lr"].number(), run.batches[i].lr);
    }
    QCOMPARE(j["epochs"].size(), size_t(3));
    for (size_t e = 0; e < 3; ++e) {
        const Json& val = j["epochs"][e]["val"];
        QCOMPARE(val["accuracy"].number(), run.epochs[e].val.accuracy);
        for (int t = 0; t < 3; ++t)
            for (int p = 0; p < 3; ++p)
                QCOMPARE(val["confusion_matrix"][size_t(t)][size_t(p)].integer(), run.epochs[e].val.confusion.at(t, p));
    }
    QCOMPARE(j["test"]["accuracy"].number(), run.test.accuracy);
    QCOMPARE(j["test"]["class_names"][2].string(), std::string("A<B&C"));
}

void TestReport::unwritableDestination_data() {
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("absolute");
    QTest::addColumn<QString>("mentions");
    // Tests run as root, where chmod does not stop writes: use paths no one can create.
    QTest::newRow("below a file") << QStringLiteral("plain.txt/sub/report.html") << QString()
                                  << QStringLiteral("does not exist");
    QTest::newRow("folder is a file") << QStringLiteral("plain.txt/report.csv") << QString()
                                      << QStringLiteral("is a file, not a folder");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/report.json") << QString()
                                    << QStringLiteral("does not exist");
    QTest::newRow("name is a folder") << QStringLiteral("taken.html") << QString() << QStringLiteral("folder with that name");
    QTest::newRow("proc") << QString() << QStringLiteral("/proc/self/trainscope-report.html") << QString();
}

void TestReport::unwritableDestination() {
    QFETCH(QString, relative);
    QFETCH(QString, absolute);
    QFETCH(QString, mentions);
    QTemporaryDir tmp;
    const std::string runDir = writeRun(tmp.path(), 2, 10);
    QFile plain(tmp.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("keep me");
    plain.close();
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("taken.html")));
    const QMap<QString, QByteArray> before = snapshot(tmp.path());

    const QString path = absolute.isEmpty() ? tmp.filePath(relative) : absolute;
    const RunRecord run = loadRun(runDir);
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
        try {
            writeReport(run, f, path.toStdString());
            QFAIL("expected an error");
        } catch (const std::runtime_error& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(path), e.what());
            if (!mentions.isEmpty()) QVERIFY2(message.contains(mentions), e.what());
        }
    }
    // Nothing was created or changed: no partial report, no temporary file, the run untouched.
    QCOMPARE(snapshot(tmp.path()), before);
}

void TestReport::replacesAnExistingReport() {
    QTemporaryDir tmp;
    const RunRecord run = loadRun(writeRun(tmp.path(), 2, 10));
    const QString out = tmp.filePath(QStringLiteral("r.csv"));
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    writeReport(run, ReportFormat::Csv, out.toStdString());
    QCOMPARE(readText(out), reportCsv(run));
    QVERIFY(!QFile::exists(out + QStringLiteral(".tmp")));
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

void TestReport::evaluationCsvMatches() {
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    const QString out = tmp.filePath(QStringLiteral("evaluation.csv"));
    writeEvaluationReport(r, ReportFormat::Csv, out.toStdString());
    const auto rows = csvRows(readText(out));
    QCOMPARE(rows.size(), size_t(1 + 2 * (3 + 3)));  // header; per set: 3 classes, macro, weighted, overall
    const auto& header = rows.front();
    auto col = [&](const char* name) {
        const auto it = std::find(header.begin(), header.end(), name);
        return size_t(it - header.begin());
    };
    QVERIFY(col("flagged") < header.size() && col("delta_f1") < header.size() && col("ece") < header.size());
    int classes = 0, baselineClasses = 0, overall = 0;
    for (size_t i = 1; i < rows.size(); ++i) {
        const auto& row = rows[i];
        QCOMPARE(row.size(), header.size());
        const std::string& kind = row[col("kind")];
        const bool eval = row[col("set")] == "evaluation";
        QVERIFY(eval || row[col("set")] == "baseline");
        const EvalMetrics& m = eval ? r.metrics : r.comparison.baseline;
        if (kind == "class") {
            ++(eval ? classes : baselineClasses);
            const size_t c = size_t(std::find(kClasses.begin(), kClasses.end(), row[col("class")]) - kClasses.begin());
            QVERIFY(c < kClasses.size());
            QCOMPARE(std::stod(row[col("f1")]), m.perClass[c].f1);
            QCOMPARE(std::stoll(row[col("support")]), m.perClass[c].support);
            if (eval) {
                const ClassDelta& d = r.comparison.classes[c];
                QCOMPARE(row[col("flagged")], std::string(d.flagged ? "1" : "0"));
                QCOMPARE(std::stod(row[col("delta_f1")]), d.currentF1 - d.baselineF1);
            } else {
                QVERIFY(row[col("flagged")].empty());
            }
        } else if (kind == "macro") {
            QCOMPARE(std::stod(row[col("f1")]), m.macro.f1);
        } else if (kind == "weighted") {
            QCOMPARE(std::stod(row[col("precision")]), m.weighted.precision);
        } else if (kind == "overall") {
            ++overall;
            QCOMPARE(std::stod(row[col("accuracy")]), m.accuracy);
            QCOMPARE(std::stod(row[col("loss")]), m.loss);
            QCOMPARE(std::stoll(row[col("support")]), m.confusion.total());
            if (eval) QCOMPARE(std::stod(row[col("ece")]), r.calibration.ece);
            else QVERIFY(row[col("ece")].empty());
        } else {
            QFAIL(("unexpected kind " + kind).c_str());
        }
    }
    QCOMPARE(classes, 3);
    QCOMPARE(baselineClasses, 3);
    QCOMPARE(overall, 2);
    // Without a comparison only the evaluation's rows.
    EvaluationResult alone = r;
    alone.comparison = BaselineComparison();
    QCOMPARE(csvRows(evaluationReportCsv(alone)).size(), size_t(1 + 6));
}

void TestReport::evaluationJsonMatches() {
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    const QString out = tmp.filePath(QStringLiteral("evaluation-report.json"));
    writeEvaluationReport(r, ReportFormat::Json, out.toStdString());
    const Json j = Json::parse(readText(out));
    QCOMPARE(j["metrics"]["accuracy"].number(), r.metrics.accuracy);
    QCOMPARE(j["calibration"]["ece"].number(), r.calibration.ece);
    QCOMPARE(j["drift"]["class_psi"].number(), r.drift.classPsi);
    QCOMPARE(j["model"]["path"].string(), r.modelPath);
    QCOMPARE(j["environment"]["libtorch_version"].string(), torchVersion());
    QVERIFY(!j["report_generated_at"].string().empty());
    // Everything of evaluation.json's document is there.
    const Json plain = toJson(r);
    for (const auto& member : plain.object()) QVERIFY2(j.contains(member.first), member.first.c_str());
}

void TestReport::evaluationToUnwritablePlace() {
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    QFile plain(tmp.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("keep me");
    plain.close();
    const QMap<QString, QByteArray> before = snapshot(tmp.path());
    for (const QString& path : {tmp.filePath(QStringLiteral("plain.txt/report.html")),
                                tmp.filePath(QStringLiteral("missing/report.csv"))}) {
        for (ReportFormat f : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
            try {
                writeEvaluationReport(r, f, path.toStdString());
                QFAIL("expected an error");
            } catch (const std::runtime_error& e) {
                QVERIFY2(QString::fromUtf8(e.what()).contains(path), e.what());
            }
        }
    }
    QCOMPARE(snapshot(tmp.path()), before);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             writeEvaluationReport(r, ReportFormat::Pdf, tmp.filePath(QStringLiteral("r.pdf")).toStdString()));
}

void TestReport::evaluationToReadOnlyFolder() {
    if (::geteuid() == 0) QSKIP("running as root: a read-only folder does not stop root's writes");
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    const QString locked = tmp.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("locked")));
    QVERIFY(::chmod(locked.toLocal8Bit().constData(), 0555) == 0);
    const QString path = QDir(locked).filePath(QStringLiteral("report.html"));
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
        try {
            writeEvaluationReport(r, f, path.toStdString());
            QFAIL("expected an error");
        } catch (const std::runtime_error& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(path), e.what());
            QVERIFY2(message.contains(QStringLiteral("read-only")), e.what());
        }
    }
    QVERIFY(QDir(locked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    ::chmod(locked.toLocal8Bit().constData(), 0755);
}

void TestReport::evaluationFolderReports() {
    // What `report EVAL_DIR` does: an evaluation folder written and read back reports the same content.
    QTemporaryDir tmp;
    const EvaluationResult r = handMadeEvaluation(true);
    const std::string dir = tmp.filePath(QStringLiteral("eval")).toStdString();
    writeEvaluation(dir, r);
    const EvaluationResult loaded = loadEvaluation(dir);
    const ReportContent a = buildEvaluationReportContent(r, currentEnvironment());
    const ReportContent b = buildEvaluationReportContent(loaded, currentEnvironment());
    QCOMPARE(b.title, a.title);
    QCOMPARE(b.perClass.rows, a.perClass.rows);
    QCOMPARE(b.perClass.flaggedRows, a.perClass.flaggedRows);
    QCOMPARE(b.finalMetrics.rows, a.finalMetrics.rows);
    QCOMPARE(b.driftVerdict, a.driftVerdict);
    QCOMPARE(b.driftFeatures.rows, a.driftFeatures.rows);
    QCOMPARE(b.reliabilitySvg, a.reliabilitySvg);
    QCOMPARE(b.confidenceSvg, a.confidenceSvg);
    QCOMPARE(b.confusionSvg, a.confusionSvg);
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
        const QString out = tmp.filePath(QStringLiteral("report.") + QString::fromLatin1(reportFormatName(f)));
        writeEvaluationReport(loaded, f, out.toStdString());
        QVERIFY(QFileInfo(out).size() > 100);
    }
    QCOMPARE(readText(tmp.filePath(QStringLiteral("report.csv"))), evaluationReportCsv(r));
}

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
