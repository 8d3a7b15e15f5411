// The "Training health" section of run reports (issue 16): alerts, the gradient norm, the last sample's layers with
// out-of-band figures marked and the machine, in HTML, CSV and JSON; no section for a run without health data.
#include "core/common/Json.h"
#include "core/health/HealthLog.h"
#include "core/report/Report.h"
#include "ReportTestData.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ts;
using namespace ts::testing;

namespace {

/// Two health samples (steps 40 and 80): the second with a healthy layer, an exploding one, an unmeasured bias, a
/// mostly dead ReLU layer and a tanh-like one.
std::string layersCsv() {
    std::string text = layersCsvHeader();
    for (int64_t step : {40, 80}) {
        HealthSample h;
        h.step = step;
        ParameterHealth p;
        p.name = "fc1.weight";
        p.gradNorm = 0.25;
        p.weightNorm = 6.5;
        p.updateRatio = 1e-3;
        ParameterHealth hot = p;
        hot.name = "fc2.weight";
        hot.updateRatio = 0.5;
        ParameterHealth bias = p;
        bias.name = "fc2.bias";
        bias.updateRatio = -1.0;
        h.parameters = {p, hot, bias};
        ActivationHealth relu;
        relu.name = "fc1";
        relu.rectified = true;
        relu.deadFraction = step == 80 ? 0.75 : 0.1;
        ActivationHealth tanhLayer;
        tanhLayer.name = "fc2";
        h.activations = {relu, tanhLayer};
        text += layersCsvRows(h);
    }
    return text;
}

Alert alert(int64_t step, AlertKind kind, const std::string& message) {
    Alert a;
    a.step = step;
    a.epoch = 2;
    a.kind = kind;
    a.message = message;
    a.advice = "Lower the learning rate.";
    a.values = {{"loss", 9.5}};
    return a;
}

/// A written run with layers.csv, alerts.jsonl, grad norms on its batches and system figures on its epochs.
RunRecord healthRun(const QString& root, size_t alerts = 2) {
    const std::string dir = writeRun(root, 3, 40);
    { std::ofstream(dir + "/" + layersCsvName()) << layersCsv(); }
    {
        std::ofstream out(dir + "/" + alertsFileName());
        out << alertJsonLine(alert(57, AlertKind::LossSpike, "Loss 9.5 at step 57 is <far> above the mean."));
        for (size_t i = 1; i < alerts; ++i) out << alertJsonLine(alert(60 + int64_t(i), AlertKind::DeadLayer, "fc1 is dead."));
    }
    RunRecord run = loadRun(dir);
    for (BatchMetrics& b : run.batches) b.gradNorm = 1.0 + 0.001 * double(b.step);
    for (size_t i = 0; i < run.epochs.size(); ++i) {
        SystemMetrics& s = run.epochs[i].system;
        s.samplesPerSec = 1000.0 * double(i + 1);  // mean 2,000
        s.dataShare = 0.1;
        s.cpuPercent = 150.0;
        s.rssMb = 400.0 + 100.0 * double(i);  // peak 600; GPU figures stay -1 (unknown)
    }
    return run;
}

}  // namespace

class TestHealthReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runWithoutHealthDataHasNoSection() {
        QTemporaryDir tmp;
        const RunRecord run = loadRun(writeRun(tmp.path()));
        const ReportContent c = buildReportContent(run, currentEnvironment());
        QVERIFY(c.health.empty());
        QVERIFY(reportHtml(c).find("Training health") == std::string::npos);
        QCOMPARE(csvRows(reportCsv(run)).front().size(), size_t(28));
        QVERIFY(!Json::parse(reportJson(run, currentEnvironment())).contains("alerts"));
    }

    void sectionContent() {
        QTemporaryDir tmp;
        const RunRecord run = healthRun(tmp.path());
        const ReportHealth h = buildReportContent(run, currentEnvironment()).health;
        QCOMPARE(h.summary, std::string("2 alerts were raised; per-layer figures at 2 health samples, every 40 steps."));
        QCOMPARE(h.alerts.rows.size(), size_t(2));
        QCOMPARE(h.alerts.rows[0], (std::vector<std::string>{"57", "Loss spike", "Loss 9.5 at step 57 is <far> above the mean.",
                                                             "Lower the learning rate."}));
        QCOMPARE(h.alerts.rows[1][1], std::string("Dead layer"));
        QCOMPARE(h.layersTitle, std::string("Layers at step 80 (epoch 2)"));
        QCOMPARE(h.layers.rows.size(), size_t(5));
        QCOMPARE(h.layers.rows[0], (std::vector<std::string>{"fc1.weight", "0.25", "6.5", "1.00e-03", ""}));
        QCOMPARE(h.layers.rows[2][3], std::string("-"));  // the bias's ratio was not measured
        QCOMPARE(h.layers.rows[3], (std::vector<std::string>{"fc1 (output)", "", "", "", "75.00%"}));
        QCOMPARE(h.layers.rows[4][4], std::string("-"));  // not a ReLU-like layer
        QCOMPARE(h.layers.flaggedRows, (std::vector<int>{1, 3}));  // ratio 0.5 > 0.1; 75% dead > 50%
        QVERIFY(h.layers.note.find("[1e-05, 0.1]") != std::string::npos);
        const std::vector<std::vector<std::string>> system = {{"Throughput (mean)", "2,000 samples/s"},
                                                              {"Time preparing batches (mean)", "10.00%"},
                                                              {"Process CPU (mean, 100% = one core)", "150%"},
                                                              {"Resident memory (peak)", "600 MiB"}};
        QCOMPARE(h.system.rows, system);  // no GPU rows: not on CUDA
        QVERIFY(h.gradNormSvg.find("<svg") == 0);
        QVERIFY(h.gradNormSvg.find("Gradient norm") != std::string::npos);
        QVERIFY(buildHealthSection(run, true).gradNormSvg.empty());  // a language model's report shows it already
    }

    void htmlSection() {
        QTemporaryDir tmp;
        const std::string html = reportHtml(buildReportContent(healthRun(tmp.path()), currentEnvironment()));
        const size_t section = html.find("<section id=\"health\">");
        QVERIFY(section != std::string::npos);
        QVERIFY(section > html.find("<section id=\"final\">"));
        QVERIFY(html.find("<h2>Training health</h2>") != std::string::npos);
        QVERIFY(html.find("is &lt;far&gt; above") != std::string::npos);
        QVERIFY(html.find("<h3>Layers at step 80 (epoch 2)</h3>") != std::string::npos);
        QVERIFY(html.find("<tr class=\"flag\"><td>fc2.weight</td>") != std::string::npos);
        QVERIFY(html.find("<h3>System</h3>") != std::string::npos);
        QVERIFY(html.find("GPU memory") == std::string::npos);
    }

    void manyAlertsAreCapped() {
        QTemporaryDir tmp;
        const ReportHealth h = buildHealthSection(healthRun(tmp.path(), 150), false);
        QCOMPARE(h.alerts.rows.size(), size_t(100));
        QCOMPARE(h.alerts.note, std::string("The first 100 of 150 alerts; alerts.jsonl in the run folder holds them all."));
    }

    void csvHasHealthRows() {
        QTemporaryDir tmp;
        const RunRecord run = healthRun(tmp.path());
        const auto rows = csvRows(reportCsv(run));
        const auto& header = rows.front();
        QCOMPARE(header.size(), size_t(28 + 8));
        const auto col = [&](const char* name) { return size_t(std::find(header.begin(), header.end(), name) - header.begin()); };
        QCOMPARE(col("grad_norm"), size_t(28));
        size_t layers = 0, alerts = 0, batches = 0;
        for (size_t r = 1; r < rows.size(); ++r) {
            const auto& row = rows[r];
            QCOMPARE(row.size(), header.size());
            if (row[0] == "batch" && batches++ == 0) QCOMPARE(row[col("grad_norm")], std::string("1.001"));
            if (row[0] == "layer" && layers++ == 5) {  // the second sample's fc1.weight
                QCOMPARE(row[col("step")], std::string("80"));
                QCOMPARE(row[col("epoch")], std::string("2"));
                QCOMPARE(row[col("layer")], std::string("fc1.weight"));
                QCOMPARE(row[col("grad_norm")], std::string("0.25"));
                QCOMPARE(row[col("update_ratio")], std::string("0.001"));
            }
            if (row[0] == "alert" && alerts++ == 0) {
                QCOMPARE(row[col("alert")], std::string("loss_spike"));
                QCOMPARE(row[col("message")], std::string("Loss 9.5 at step 57 is <far> above the mean."));
                QCOMPARE(row[col("advice")], std::string("Lower the learning rate."));
            }
        }
        QCOMPARE(batches, run.batches.size());
        QCOMPARE(layers, size_t(10));
        QCOMPARE(alerts, size_t(2));
    }

    void jsonHasAlertsAndSamples() {
        QTemporaryDir tmp;
        const RunRecord run = healthRun(tmp.path());
        const Json j = Json::parse(reportJson(run, currentEnvironment()));
        QCOMPARE(j["alerts"].size(), size_t(2));
        QCOMPARE(j["alerts"][0]["kind"].string(), std::string("loss_spike"));
        QCOMPARE(j["alerts"][0]["values"]["loss"].number(), 9.5);
        QCOMPARE(j["health"].size(), size_t(2));
        QCOMPARE(j["health"][1]["step"].integer(), int64_t(80));
        QCOMPARE(j["health"][1]["epoch"].integer(), int64_t(2));
        QCOMPARE(j["health"][1]["parameters"][1]["update_ratio"].number(), 0.5);
        QVERIFY(j["health"][1]["parameters"][2]["update_ratio"].isNull());
        QCOMPARE(j["health"][1]["activations"][0]["dead_fraction"].number(), 0.75);
        QCOMPARE(j["steps"][0]["grad_norm"].number(), 1.001);
    }
};

QTEST_APPLESS_MAIN(TestHealthReport)
#include "test_health_report.moc"
