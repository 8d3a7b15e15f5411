// trainscope-report: exports the report of a run or an evaluation in any format, PDF included (Qt,
// offscreen platform).
// trainscope-cli runs it for `report --format pdf` and `train --report FILE.pdf`.
#include "app/cli/ReportCommand.h"
#include "core/eval/EvaluationIO.h"
#include "core/runs/RunStore.h"
#include "ui/report/ReportPdf.h"

#include <QGuiApplication>

#include <clocale>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

const char* kToolUsage =
    "Usage: trainscope-report RUN_DIR|EVAL_DIR [--format html|pdf|csv|json] -o FILE\n"
    "Writes a report of a TrainScope run folder or evaluation folder (made by trainscope-cli evaluate):\n"
    "a self-contained HTML page, a paginated PDF, or the metrics as CSV or JSON. The format defaults to\n"
    "FILE's extension. Needs no display.\n";

}  // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kToolUsage, stdout);
            return 0;
        }
        if (a == "--version") {
            std::printf("trainscope-report %s\n", TRAINSCOPE_VERSION);
            return 0;
        }
    }
    ts::ReportRequest request;
    try {
        request = ts::parseReportRequest(argc, argv, 1);
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "trainscope-report: %s (see trainscope-report --help)\n", e.what());
        return kExitUsage;
    }
    // Reports are drawn, never shown: no display is needed.
    if (!std::getenv("QT_QPA_PLATFORM")) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);
    std::setlocale(LC_NUMERIC, "C");  // a second line of defence: core never reads the locale (Numbers.h)
    try {
        const QString output = QString::fromStdString(request.output);
        if (ts::isEvaluationFolder(request.runDir)) {
            const ts::EvaluationResult result = ts::loadEvaluation(request.runDir);
            if (request.format == ts::ReportFormat::Pdf) ts::writeEvaluationReportPdf(result, output);
            else ts::writeEvaluationReport(result, request.format, request.output);
        } else {
            const ts::RunRecord run = ts::loadRun(request.runDir);
            if (request.format == ts::ReportFormat::Pdf) ts::writeReportPdf(run, output);
            else ts::writeReport(run, request.format, request.output);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trainscope-report: %s\n", e.what());
        return kExitFailure;
    }
    return 0;
}
