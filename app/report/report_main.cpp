// trainscope-report: exports the report of a run, an evaluation or a sweep in any format, PDF included (Qt,
// offscreen platform).
// trainscope-cli runs it for `report --format pdf` and `train --report FILE.pdf`. --lang zh_CN writes the HTML and PDF
// reports in Chinese (the report translations embedded in trainscope_ui).
#include "app/cli/ExitStatus.h"
#include "app/cli/ReportToolCommandLine.h"
#include "app/report/SweepReportPdf.h"
#include "core/eval/EvaluationIO.h"
#include "core/report/SweepReport.h"
#include "core/runs/RunStore.h"
#include "ui/report/ReportPdf.h"
#include "ui/report/ReportTranslator.h"

#include <QGuiApplication>
#include <QLocale>

#include <clocale>
#include <QString>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

namespace {

/// True for --lang values that ask for the English report: en, en_US, en-GB, C.
bool isEnglish(const std::string& language) {
    return language == "C" || language.rfind("en", 0) == 0;
}

/// A --lang value as fontconfig names languages: "zh_CN" -> "zh-cn".
std::string fontconfigLanguage(std::string language) {
    for (char& c : language) c = c == '_' ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
    return language;
}

}  // namespace

int main(int argc, char** argv) {
    ts::ReportRequest request;
    if (const std::optional<int> status = ts::cli::parseReportToolCommandLine(argc, argv, request)) return *status;
    // Reports are drawn, never shown: no display is needed.
    if (!std::getenv("QT_QPA_PLATFORM")) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Fonts for a translated report's script: fontconfig picks them by FC_LANG (else the C locale's, whose Han glyphs
    // come from the Japanese face); read once, so set before Qt starts.
    if (!request.language.empty() && !isEnglish(request.language) && !std::getenv("FC_LANG"))
        ::setenv("FC_LANG", fontconfigLanguage(request.language).c_str(), 1);
    QGuiApplication app(argc, argv);
    std::setlocale(LC_NUMERIC, "C");  // a second line of defence: core never reads the locale (Numbers.h)
    if (!request.language.empty() && !isEnglish(request.language) &&
        !ts::installReportTranslator(QLocale(QString::fromStdString(request.language)))) {
        std::fprintf(stderr, "trainscope-report: --lang %s: no report translation for this language (use en or zh_CN)\n",
                     request.language.c_str());
        return ts::cli::kExitUsage;
    }
    const ts::ReportPhrases ph = ts::reportPhrases();
    try {
        const QString output = QString::fromStdString(request.output);
        if (ts::isSweepFolder(request.runDir)) {
            if (request.format == ts::ReportFormat::Pdf) ts::writeSweepReportPdf(request.runDir, request.output, ph);
            else ts::writeSweepReport(request.runDir, request.format, request.output, ph);
        } else if (ts::isEvaluationFolder(request.runDir)) {
            const ts::EvaluationResult result = ts::loadEvaluation(request.runDir);
            if (request.format == ts::ReportFormat::Pdf) ts::writeEvaluationReportPdf(result, output, ph);
            else ts::writeEvaluationReport(result, request.format, request.output, ph);
        } else {
            const ts::RunRecord run = ts::loadRun(request.runDir);
            if (request.format == ts::ReportFormat::Pdf) ts::writeReportPdf(run, output, ph);
            else ts::writeReport(run, request.format, request.output, ph);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trainscope-report: %s\n", e.what());
        return ts::cli::kExitFailure;
    }
    return ts::cli::kExitOk;
}
