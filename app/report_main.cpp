// trainscope-report: exports a run's report in any format, PDF included (Qt, offscreen platform).
// trainscope-cli runs it for `report --format pdf` and `train --report FILE.pdf`.
#include "app/ReportCommand.h"
#include "core/RunStore.h"
#include "ui/ReportPdf.h"

#include <QGuiApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

const char* kToolUsage =
    "Usage: trainscope-report RUN_DIR [--format html|pdf|csv|json] -o FILE\n"
    "Writes a report of a TrainScope run folder: a self-contained HTML page, a paginated PDF, or the\n"
    "full metric history as CSV or JSON. The format defaults to FILE's extension. Needs no display.\n";

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
    try {
        const ts::RunRecord run = ts::loadRun(request.runDir);
        if (request.format == ts::ReportFormat::Pdf) ts::writeReportPdf(run, QString::fromStdString(request.output));
        else ts::writeReport(run, request.format, request.output);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trainscope-report: %s\n", e.what());
        return kExitFailure;
    }
    return 0;
}
