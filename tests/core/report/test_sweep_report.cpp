// The sweep report (issue 19): the parallel-coordinates plot (axes, log and word axes, one polyline per trial with an
// objective, the best last and thicker), the report's content from a sweep folder written by saveSweep with a trial's
// run folder, the HTML page, and the CSV and JSON exports.
#include "core/common/Json.h"
#include "core/report/ParallelCoordinatesSvg.h"
#include "core/report/SweepAxes.h"
#include "core/report/SweepReport.h"
#include "core/sweep/Sweep.h"
#include "ReportTestData.h"

#include <QtTest>

#include <limits>
#include <regex>

using namespace ts;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kChartWidth = 1020;
constexpr int kChartHeight = 380;   // the parallel-coordinates plot's height in the report
constexpr int kAxisTop = 64;        // its axes' top and bottom (ParallelCoordinatesSvg.cpp)
constexpr int kAxisBottom = kChartHeight - 40;

SweepTrial trial(int index, double lr, const std::string& optimizer, const std::string& status, int rung, int rounds,
                 double objective, const std::string& runDir) {
    SweepTrial t;
    t.index = index;
    t.values = {{"lr", Json(lr)}, {"optimizer", Json(optimizer)}};
    t.status = status;
    t.rung = rung;
    t.rounds = rounds;
    t.objective = objective;
    t.seconds = 2.5 * index;
    t.runDir = runDir;
    return t;
}

/// A halving sweep of val_loss over a log range and a list of words: trial 1 reached the last rung (the best), two
/// were pruned (one with a lower loss at its rung), one is still pending.
Sweep fakeSweep() {
    Sweep s;
    s.def.base = presetConfig("mlp");
    s.def.base.epochs = 4;
    s.def.dataPath = "/data/tiny.csv";
    s.def.params = {parseSweepParameter("lr=log:1e-4:1e-1"), parseSweepParameter("optimizer=adam,sgd")};
    s.def.strategy = SweepStrategy::Halving;
    s.def.trials = 4;
    s.def.eta = 2;
    s.def.minRounds = 1;
    s.createdAt = "2026-12-02T03:00:00Z";
    s.trials = {trial(1, 1e-3, "adam", "finished", 2, 4, 0.5, "t1/run"), trial(2, 1e-2, "sgd", "pruned", 0, 1, 0.8, "t2"),
                trial(3, 1e-4, "adam", "pruned", 1, 2, 0.45, "t3"), trial(4, 3e-2, "sgd", "pending", 0, 0, kNaN, "t4")};
    return s;
}

/// The `class="trial"` polylines of an SVG, in drawing order.
std::vector<std::string> polylines(const std::string& svg) {
    std::vector<std::string> out;
    const std::regex re("<polyline class=\"trial\"[^>]*>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator(); ++it) out.push_back(it->str());
    return out;
}

/// The y of the first point of a polyline.
double firstY(const std::string& polyline) {
    const std::smatch m = [&] {
        std::smatch r;
        std::regex_search(polyline, r, std::regex("points=\"[0-9.]+,([0-9.]+)"));
        return r;
    }();
    return m.size() > 1 ? std::stod(m[1].str()) : kNaN;
}

}  // namespace

class TestSweepReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scalesMapLogAndWords();
    void parallelCoordinatesDrawsEachScoredTrialBestLast();
    void scatterHasOnePanelPerParameter();
    void contentFromSweepFolder();
    void htmlIsSelfContained();
    void csvAndJsonExports();
    void writeChecksFormatAndFolder();
};

void TestSweepReport::scalesMapLogAndWords() {
    const Sweep s = fakeSweep();
    const report::ParameterScale lr(s.def.params[0], s.trials);
    QCOMPARE(lr.kind(), report::ParameterScale::Kind::Log);
    QVERIFY(std::fabs(lr.position(Json(1e-4))) < 1e-9);
    QVERIFY(std::fabs(lr.position(Json(1e-1)) - 1.0) < 1e-9);
    QVERIFY(std::fabs(lr.position(Json(1e-3)) - 1.0 / 3.0) < 1e-9);  // log10: -3 is a third of the way from -4 to -1
    QCOMPARE(lr.ticks().size(), size_t(4));                         // 1e-4, 1e-3, 1e-2, 1e-1
    QCOMPARE(lr.ticks().front().second, std::string("0.0001"));
    QCOMPARE(lr.title(), std::string("lr (log)"));

    const report::ParameterScale optimizer(s.def.params[1], s.trials);
    QCOMPARE(optimizer.kind(), report::ParameterScale::Kind::Categorical);
    QCOMPARE(optimizer.position(Json("adam")), 0.25);
    QCOMPARE(optimizer.position(Json("sgd")), 0.75);
    QVERIFY(std::isnan(optimizer.position(Json("lion"))));

    // A list of positive numbers over two decades is logarithmic too; a short one stays linear.
    const report::ParameterScale list(parseSweepParameter("lr=0.0001,0.001,0.01"), {});
    QCOMPARE(list.kind(), report::ParameterScale::Kind::Log);
    const report::ParameterScale batch(parseSweepParameter("batch_size=64,128,256"), {});
    QCOMPARE(batch.kind(), report::ParameterScale::Kind::Linear);

    const std::vector<int> ranked = report::rankedTrials(s);  // higher rung first, then the objective, pending last
    QCOMPARE(ranked, (std::vector<int>{0, 2, 1, 3}));
}

void TestSweepReport::parallelCoordinatesDrawsEachScoredTrialBestLast() {
    const Sweep s = fakeSweep();
    const std::string svg = parallelCoordinatesSvg(s, SvgOptions{kChartWidth, kChartHeight, true});
    QVERIFY(svg.rfind("<svg xmlns=", 0) == 0);
    for (const char* label : {"lr (log)", "optimizer", "best val_loss", "0.0001", "0.001", "0.01", "0.1", "adam", "sgd"})
        QVERIFY2(svg.find(std::string(">") + label + "<") != std::string::npos, label);
    const std::vector<std::string> lines = polylines(svg);
    QCOMPARE(lines.size(), size_t(3));  // trial 4 has no objective
    QVERIFY(lines.back().find("data-trial=\"1\"") != std::string::npos);
    QVERIFY(lines.back().find("stroke-width=\"4\"") != std::string::npos);
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        QVERIFY(lines[i].find("stroke-width=\"1.6\"") != std::string::npos);
        QVERIFY(lines[i].find("stroke-dasharray") != std::string::npos);  // both others were pruned
    }
    // The best trial's lr (1e-3) sits a third of the way up the log axis.
    const double expected = kAxisBottom - (kAxisBottom - kAxisTop) / 3.0;
    QVERIFY2(std::fabs(firstY(lines.back()) - expected) < 0.1, qPrintable(QString::number(firstY(lines.back()))));
    QVERIFY(svg.find("<title>trial 1: lr=0.001, optimizer=adam</title>") != std::string::npos);

    Sweep none = s;
    for (SweepTrial& t : none.trials) t.objective = kNaN;
    QVERIFY(parallelCoordinatesSvg(none, {}).empty());
}

void TestSweepReport::scatterHasOnePanelPerParameter() {
    const std::string svg = objectiveScatterSvg(fakeSweep(), SvgOptions{kChartWidth, 0, false});
    QVERIFY(svg.find(">best val_loss vs lr (log)<") != std::string::npos);
    QVERIFY(svg.find(">best val_loss vs optimizer<") != std::string::npos);
    size_t markers = 0;
    for (size_t at = svg.find("<circle class=\"trial\""); at != std::string::npos; at = svg.find("<circle class=\"trial\"", at + 1))
        ++markers;
    QCOMPARE(markers, size_t(6));  // 3 scored trials on 2 panels
}

void TestSweepReport::contentFromSweepFolder() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    saveSweep(dir.path().toStdString(), fakeSweep());
    testing::writeRun(dir.filePath("t1"));  // trial 1's run folder: t1/run
    const Sweep s = loadSweep(dir.path().toStdString());
    const SweepReportContent c = buildSweepReportContent(dir.path().toStdString(), s, currentEnvironment());

    QVERIFY(c.title.find("TrainScope sweep: ") == 0);
    QVERIFY(c.subtitle.find("halving") != std::string::npos);
    const auto figure = [&](const std::string& label) {
        for (const ReportFigure& f : c.figures)
            if (f.label == label) return f.value;
        return std::string("missing");
    };
    QCOMPARE(figure("Trials planned"), std::string("4"));
    QCOMPARE(figure("Finished"), std::string("1"));
    QCOMPARE(figure("Pruned"), std::string("2"));
    QCOMPARE(figure("Best objective"), std::string("0.5000"));

    bool rule = false;
    for (const auto& row : c.definition.rows) rule = rule || row[1].find("Rung budgets: 1, 2, 4 epochs") != std::string::npos;
    QVERIFY(rule);
    QCOMPARE(c.space.rows.size(), size_t(2));
    QCOMPARE(c.space.rows[0], (std::vector<std::string>{"lr", "log-uniform", "0.0001 .. 0.1"}));
    QCOMPARE(c.space.rows[1], (std::vector<std::string>{"optimizer", "list", "adam, sgd"}));

    const std::vector<std::string> header = {"Rank", "Trial", "Status", "Rung", "Epochs", "best val_loss", "lr", "optimizer", "Time"};
    QCOMPARE(c.results.header, header);
    QCOMPARE(c.results.rows.size(), size_t(4));
    QCOMPARE(c.results.rows[0][1], std::string("1"));
    QCOMPARE(c.results.rows[0][0], std::string("1"));
    QCOMPARE(c.results.rows[1][1], std::string("3"));
    QCOMPARE(c.results.rows[3][0], std::string("-"));  // the pending trial has no rank
    QCOMPARE(c.results.emphasizedRows, std::vector<int>{0});
    QCOMPARE(c.results.flaggedRows, (std::vector<int>{1, 2}));

    QVERIFY(!c.parallelSvg.empty());
    QVERIFY(!c.scatterSvg.empty());
    QCOMPARE(c.bestTitle, std::string("Best trial: 1 (lr=0.001, optimizer=adam)"));
    QVERIFY(c.bestLossSvg.find("<polyline") != std::string::npos);
    QVERIFY(c.bestAccuracySvg.find("<polyline") != std::string::npos);
    QVERIFY(c.warnings.empty());

    // Without the best trial's run folder the report says so and still has everything else.
    QVERIFY(QDir(dir.filePath("t1")).removeRecursively());
    const SweepReportContent missing = buildSweepReportContent(dir.path().toStdString(), s, currentEnvironment());
    QVERIFY(missing.bestLossSvg.empty());
    QCOMPARE(missing.warnings.size(), size_t(1));
    QCOMPARE(missing.results.rows.size(), size_t(4));
}

void TestSweepReport::htmlIsSelfContained() {
    QTemporaryDir dir;
    saveSweep(dir.path().toStdString(), fakeSweep());
    const std::string html =
        sweepReportHtml(buildSweepReportContent(dir.path().toStdString(), loadSweep(dir.path().toStdString()), currentEnvironment()));
    QVERIFY(html.rfind("<!DOCTYPE html>", 0) == 0);
    for (const char* id : {"definition", "results", "parallel", "best", "environment"})
        QVERIFY2(html.find(std::string("<section id=\"") + id + "\">") != std::string::npos, id);
    QVERIFY(html.find("<tr class=\"em\">") != std::string::npos);
    QVERIFY(html.find("<tr class=\"flag\">") != std::string::npos);
    QCOMPARE(polylines(html).size(), size_t(3));
    QVERIFY(html.find("<script") == std::string::npos);
    QVERIFY(html.find("http://") == std::string::npos);  // inline SVG without a namespace: nothing is loaded
}

void TestSweepReport::csvAndJsonExports() {
    QTemporaryDir dir;
    const Sweep s = fakeSweep();
    const std::vector<std::vector<std::string>> rows = testing::csvRows(sweepReportCsv(s));
    QCOMPARE(rows.size(), size_t(5));
    QCOMPARE(rows[0], (std::vector<std::string>{"rank", "trial", "status", "rung", "rounds", "objective", "lr", "optimizer",
                                                "seconds", "run_dir", "message"}));
    QCOMPARE(rows[1], (std::vector<std::string>{"1", "1", "finished", "2", "4", "0.5", "0.001", "adam", "2.5", "t1/run", ""}));
    QCOMPARE(rows[4][0], std::string(""));  // pending: no rank, no objective
    QCOMPARE(rows[4][5], std::string(""));

    const Json doc = Json::parse(sweepReportJson(dir.path().toStdString(), s, currentEnvironment()));
    QCOMPARE(doc["definition"]["strategy"].string(), std::string("halving"));
    QCOMPARE(doc["definition"]["parameters"].size(), size_t(2));
    QCOMPARE(doc["definition"]["parameters"][0]["space"].string(), sweepParameterSpec(s.def.params[0]));
    QVERIFY(doc["definition"]["parameters"][0]["log_scale"].boolean());
    QCOMPARE(doc["definition"]["halving"]["rung_budgets"].size(), size_t(3));
    QCOMPARE(doc["definition"]["objective"].string(), std::string("best val_loss"));
    QCOMPARE(doc["definition"]["config"]["preset"].string(), std::string("mlp"));
    QCOMPARE(doc["summary"]["best_trial"].integer(), int64_t(1));
    QCOMPARE(doc["summary"]["trials"]["pruned"].integer(), int64_t(2));
    QCOMPARE(doc["trials"].size(), size_t(4));
    QCOMPARE(doc["trials"][0]["trial"].integer(), int64_t(1));
    QVERIFY(doc["trials"][0]["best"].boolean());
    QCOMPARE(doc["trials"][0]["values"]["optimizer"].string(), std::string("adam"));
    QCOMPARE(doc["trials"][0]["values"]["lr"].number(), 1e-3);
    QVERIFY(doc["trials"][3]["objective"].isNull());
    QVERIFY(doc["environment"].isObject());
}

void TestSweepReport::writeChecksFormatAndFolder() {
    QTemporaryDir dir;
    const std::string sweepDir = dir.filePath("sweep").toStdString();
    QVERIFY(QDir().mkpath(QString::fromStdString(sweepDir)));
    QVERIFY(!isSweepFolder(sweepDir));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeSweepReport(sweepDir, ReportFormat::Html, dir.filePath("r.html").toStdString()));
    saveSweep(sweepDir, fakeSweep());
    QVERIFY(isSweepFolder(sweepDir));
    for (const char* name : {"r.html", "r.csv", "r.json"}) {
        ReportFormat f;
        QVERIFY(reportFormatFromPath(name, &f));
        writeSweepReport(sweepDir, f, dir.filePath(name).toStdString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 0);
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writeSweepReport(sweepDir, ReportFormat::Pdf, dir.filePath("r.pdf").toStdString()));
    QVERIFY(!QFileInfo::exists(dir.filePath("r.pdf")));
}

QTEST_GUILESS_MAIN(TestSweepReport)
#include "test_sweep_report.moc"
