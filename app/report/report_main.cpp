// trainscope-report: exports the report of a run or an evaluation in any format, PDF included (Qt,
// offscreen platform).
// trainscope-cli runs it for `report --format pdf` and `train --report FILE.pdf`.
#include "app/cli/HelpFormatter.h"
#include "app/cli/ReportCommand.h"
#include "core/eval/EvaluationIO.h"
#include "core/runs/RunStore.h"
#include "ui/report/ReportPdf.h"

#include <QGuiApplication>

#include <clocale>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

int main(int argc, char** argv) {
    CLI::App cli("Writes a report of a TrainScope run folder or evaluation folder (made by trainscope-cli evaluate): "
                 "a self-contained HTML page, a paginated PDF, or the metrics as CSV or JSON. The format defaults to "
                 "FILE's extension. Needs no display.",
                 "trainscope-report");
    cli.formatter(std::make_shared<ts::cli::HelpFormatter>());
    cli.set_version_flag("--version", std::string("trainscope-report ") + TRAINSCOPE_VERSION);
    cli.allow_extras();  // unknown options are reported by rejectLeftovers
    ts::ReportArguments args;
    ts::addReportArguments(cli, args);
    ts::ReportRequest request;
    try {
        cli.parse(argc, argv);
        ts::cli::rejectLeftovers(cli);
        request = ts::reportRequest(args);
    } catch (const CLI::ParseError& e) {
        return ts::cli::exitForParseError(cli, e);
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
        return ts::cli::kExitFailure;
    }
    return ts::cli::kExitOk;
}
