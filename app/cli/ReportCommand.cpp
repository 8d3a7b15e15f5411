#include "app/cli/ReportCommand.h"

#include "core/eval/EvaluationIO.h"
#include "core/report/SweepReport.h"
#include "core/runs/RunStore.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace ts {

namespace fs = std::filesystem;

namespace {

constexpr const char* kToolName = "trainscope-report";
constexpr const char* kOffscreen = "QT_QPA_PLATFORM=offscreen";
constexpr size_t kReadChunk = 4096;

/// The last non-empty line of a tool's stderr, without its "trainscope-report: " prefix.
std::string lastLine(const std::string& text) {
    size_t end = text.find_last_not_of("\r\n");
    if (end == std::string::npos) return {};
    const size_t start = text.rfind('\n', end);
    std::string line = text.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
    const std::string prefix = std::string(kToolName) + ": ";
    if (line.rfind(prefix, 0) == 0) line.erase(0, prefix.size());
    return line;
}

}  // namespace

void addReportArguments(CLI::App& command, ReportArguments& args) {
    command.add_option("RUN_DIR|EVAL_DIR|SWEEP_DIR", args.dir,
                       "a run folder, an evaluation folder made by evaluate --out, or a sweep folder made by sweep --out")
        ->required();
    cli::addOptionWith(command, "--format", "FORMAT", "html | pdf | csv | json (default: FILE's extension)",
                       [&args](const std::string&, const std::string& text) {
                           ReportFormat format;
                           if (!parseReportFormat(text, &format))
                               throw cli::UsageError("unknown report format '" + text + "' (use html, pdf, csv or json)");
                           args.format = text;
                       });
    cli::addOption(command, "-o,--output", "FILE", args.output, "the file to write")->required();
}

ReportRequest reportRequest(const ReportArguments& args) {
    ReportRequest r;
    r.runDir = args.dir;
    r.output = args.output;
    if (!args.format.empty()) parseReportFormat(args.format, &r.format);  // checked when parsed
    else if (!reportFormatFromPath(r.output, &r.format))
        throw cli::UsageError("cannot tell the report format from '" + r.output +
                              "': give --format html|pdf|csv|json or a .html/.pdf/.csv/.json name");
    return r;
}

bool isEvaluationFolder(const std::string& dir) {
    std::error_code ec;
    return fs::is_regular_file(fs::path(dir) / "evaluation.json", ec) && !fs::exists(fs::path(dir) / "run.json", ec);
}

ReportFormat reportFormatForFile(const std::string& file) {
    ReportFormat f;
    if (!reportFormatFromPath(file, &f))
        throw cli::UsageError("--report " + file + ": the file name must end in .html, .pdf, .csv or .json");
    return f;
}

std::string findReportTool() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path beside = self.parent_path() / kToolName;
        if (::access(beside.c_str(), X_OK) == 0) return beside.string();
    }
    if (const char* path = std::getenv("PATH")) {
        std::string dirs = path;
        size_t start = 0;
        while (start <= dirs.size()) {
            const size_t end = std::min(dirs.find(':', start), dirs.size());
            const std::string dir = dirs.substr(start, end - start);
            if (!dir.empty()) {
                const fs::path candidate = fs::path(dir) / kToolName;
                if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
            }
            start = end + 1;
        }
    }
    return {};
}

void exportReportFromCli(const ReportRequest& request) {
    const bool evaluation = isEvaluationFolder(request.runDir);
    const bool sweep = isSweepFolder(request.runDir);
    if (request.format != ReportFormat::Pdf) {
        if (sweep) writeSweepReport(request.runDir, request.format, request.output);
        else if (evaluation) writeEvaluationReport(loadEvaluation(request.runDir), request.format, request.output);
        else writeReport(loadRun(request.runDir), request.format, request.output);
        return;
    }
    const std::string tool = findReportTool();
    if (tool.empty())
        throw std::runtime_error("PDF reports need the trainscope-report tool, which is built with the GUI "
                                 "(TRAINSCOPE_BUILD_GUI=ON); it is neither next to trainscope-cli nor on PATH. "
                                 "HTML, CSV and JSON reports need no Qt.");
    // Fail early, with core's messages, on a missing run or evaluation, or an unwritable destination.
    if (sweep) loadSweep(request.runDir);
    else if (evaluation) loadEvaluation(request.runDir);
    else loadRun(request.runDir, false);
    checkReportDestination(request.output);

    std::vector<std::string> args = {tool, request.runDir, "--format", "pdf", "-o", request.output};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char*> env;
    bool hasPlatform = false;
    for (char** e = environ; e && *e; ++e) {
        hasPlatform = hasPlatform || std::strncmp(*e, "QT_QPA_PLATFORM=", 16) == 0;
        env.push_back(*e);
    }
    std::string offscreen = kOffscreen;
    if (!hasPlatform) env.push_back(offscreen.data());  // never needs a display
    env.push_back(nullptr);

    int pipeFds[2];
    if (::pipe(pipeFds) != 0) throw std::runtime_error(std::string("cannot start trainscope-report: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    pid_t pid = 0;
    const int spawnError = ::posix_spawn(&pid, tool.c_str(), &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawnError != 0) {
        ::close(pipeFds[0]);
        throw std::runtime_error("cannot start " + tool + ": " + std::strerror(spawnError));
    }
    std::string errors;
    char buf[kReadChunk];
    for (ssize_t n; (n = ::read(pipeFds[0], buf, sizeof buf)) != 0;) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        errors.append(buf, size_t(n));
    }
    ::close(pipeFds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return;
    const std::string why = lastLine(errors);
    throw std::runtime_error(why.empty() ? "trainscope-report failed to write " + request.output : why);
}

namespace cli {

ReportCommand::ReportCommand(CLI::App& app)
    : Command(app, "report",
              "Export a run, an evaluation (a folder made by evaluate --out) or a sweep (a folder made by sweep "
              "--out): a self-contained HTML report, a PDF report, or the metrics (a sweep's results table) as CSV or "
              "JSON. PDF uses the trainscope-report tool, built with the GUI.") {
    addReportArguments(*m_command, m_args);
}

int ReportCommand::run() {
    const ReportRequest request = reportRequest(m_args);
    exportReportFromCli(request);
    std::printf("report written to %s\n", request.output.c_str());
    return kExitOk;
}

}  // namespace cli

}  // namespace ts
