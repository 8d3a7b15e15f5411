#include "app/cli/RunsCommand.h"

#include "core/common/Numbers.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"

#include <cstdio>

namespace ts::cli {

RunsCommand::RunsCommand(CLI::App& app) : Command(app, "runs", "List the runs in a runs folder.") {
    addOption(*m_command, "--runs-dir", "DIR", m_runsDir,
              "the runs folder (default: $XDG_DATA_HOME/trainscope/runs)");
}

int RunsCommand::run() {
    const std::string root = m_runsDir.empty() ? ts::defaultRunsRoot() : m_runsDir;
    const auto runs = ts::listRuns(root);
    if (runs.empty()) {
        std::printf("no runs in %s\n", root.c_str());
        return kExitOk;
    }
    std::printf("%-32s %-25s %-12s %-6s %8s %9s %11s\n", "run", "started", "status", "preset", "epochs", "best val",
                "time");
    for (const auto& r : runs) {
        // Evaluations done of those planned (classifiers: epochs, or their parts); the lowest validation loss for the best accuracy.
        const bool lm = r.isLanguageModel();
        const int planned = r.config.plannedRounds();
        const std::string best = r.epochs.empty() ? "-" : lm ? "loss " + formatFixed(r.bestValLoss(), 3)
                                                             : percent(r.bestValAccuracy());
        std::printf("%-32s %-25s %-12s %-6s %4zu/%-3d %9s %11s\n", r.displayName().c_str(), r.startedAt.c_str(),
                    r.status.c_str(), r.config.preset.c_str(), r.epochs.size(), planned, best.c_str(),
                    ts::formatDuration(r.totalSeconds).c_str());
    }
    std::printf("%zu run%s in %s\n", runs.size(), runs.size() == 1 ? "" : "s", root.c_str());
    return kExitOk;
}

}  // namespace ts::cli
