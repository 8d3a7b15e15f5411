// Report formats and files: format names, the environment a report was made in, checking the destination
// and writing the finished report atomically.
#include "core/common/AtomicFile.h"
#include "core/common/BuildInfo.h"
#include "core/report/Report.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <sys/utsname.h>
#include <thread>
#include <unistd.h>

namespace ts {

namespace fs = std::filesystem;

namespace {

constexpr int kHtmlChartWidth = 1020;      // the loss chart spans the page's content width
constexpr int kHtmlChartHeight = 320;
constexpr SvgOptions kHtmlCharts{kHtmlChartWidth, kHtmlChartHeight, false};
constexpr int kHostNameBytes = 256;

/// What writeReport and writeEvaluationReport check first: core writes every format but PDF (the Qt
/// layer's), and the destination must be writable before any work.
void checkCoreFormat(ReportFormat format, const std::string& path) {
    if (format == ReportFormat::Pdf)
        throw std::invalid_argument("PDF reports are made by the Qt layer (trainscope-report or the app), not by core");
    checkReportDestination(path);
}

}  // namespace


const char* reportFormatName(ReportFormat f) {
    switch (f) {
    case ReportFormat::Html: return "html";
    case ReportFormat::Pdf: return "pdf";
    case ReportFormat::Csv: return "csv";
    case ReportFormat::Json: return "json";
    }
    return "html";
}

bool parseReportFormat(const std::string& name, ReportFormat* out) {
    std::string n = name;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Csv, ReportFormat::Json}) {
        if (n == reportFormatName(f)) {
            if (out) *out = f;
            return true;
        }
    }
    if (n == "htm") {
        if (out) *out = ReportFormat::Html;
        return true;
    }
    return false;
}

bool reportFormatFromPath(const std::string& path, ReportFormat* out) {
    const std::string ext = fs::path(path).extension().string();
    return ext.size() > 1 && parseReportFormat(ext.substr(1), out);
}

std::string cpuModelName() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) != 0) continue;
        const size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string name = line.substr(colon + 1);
        const size_t first = name.find_first_not_of(" \t");
        return first == std::string::npos ? std::string() : name.substr(first);
    }
    return {};
}

ReportEnvironment currentEnvironment() {
    ReportEnvironment env;
    env.trainscopeVersion = TRAINSCOPE_VERSION;
    env.torchVersion = torchVersion();
    env.cpuName = cpuModelName();
    env.cpuCores = int(std::thread::hardware_concurrency());
    char host[kHostNameBytes] = {};
    if (::gethostname(host, sizeof host - 1) == 0) env.hostName = host;
    struct utsname u {};
    if (::uname(&u) == 0) env.os = std::string(u.sysname) + " " + u.release + " " + u.machine;
    return env;
}


void checkReportDestination(const std::string& path) {
    if (path.empty()) throw std::runtime_error("no file name was given for the report");
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    const fs::file_status st = fs::status(folder, ec);
    if (!fs::exists(st))
        throw std::runtime_error("cannot write the report " + path + ": the folder " + folder.string() +
                                 " does not exist (or a part of it is a file)");
    if (!fs::is_directory(st))
        throw std::runtime_error("cannot write the report " + path + ": " + folder.string() + " is a file, not a folder");
    if (::access(folder.c_str(), W_OK) != 0)
        throw std::runtime_error("cannot write the report " + path + ": the folder " + folder.string() +
                                 " is read-only (" + std::strerror(errno) + "); choose another folder");
    if (fs::is_directory(target, ec))
        throw std::runtime_error("cannot write the report " + path + ": a folder with that name exists");
}

void writeReportFile(const std::string& path, const std::string& bytes) {
    checkReportDestination(path);
    try {
        writeFileAtomically(path, bytes);
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("the report was not saved: ") + e.what());
    }
}

void writeReport(const RunRecord& run, ReportFormat format, const std::string& path, const ReportPhrases& ph) {
    checkCoreFormat(format, path);

    std::string content;
    switch (format) {
    case ReportFormat::Html: content = reportHtml(buildReportContent(run, currentEnvironment(), kHtmlCharts, ph)); break;
    case ReportFormat::Csv: content = reportCsv(run); break;
    case ReportFormat::Json: content = reportJson(run, currentEnvironment()); break;
    case ReportFormat::Pdf: break;
    }
    writeReportFile(path, content);
}

void writeEvaluationReport(const EvaluationResult& result, ReportFormat format, const std::string& path,
                           const ReportPhrases& ph) {
    checkCoreFormat(format, path);

    std::string content;
    switch (format) {
    case ReportFormat::Html:
        content = reportHtml(buildEvaluationReportContent(result, currentEnvironment(), kHtmlCharts, ph));
        break;
    case ReportFormat::Csv: content = evaluationReportCsv(result); break;
    case ReportFormat::Json: content = evaluationReportJson(result, currentEnvironment()); break;
    case ReportFormat::Pdf: break;
    }
    writeReportFile(path, content);
}

}  // namespace ts
