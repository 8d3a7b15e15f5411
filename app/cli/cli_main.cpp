// trainscope-cli: the same training as the GUI, headless. Links core only (no Qt). Builds the command line
// (CLI11, one class per subcommand) and runs the subcommand chosen.
#include "app/cli/Command.h"
#include "app/cli/EvaluateCommand.h"
#include "app/cli/HelpCommand.h"
#include "app/cli/HelpFormatter.h"
#include "app/cli/ReportCommand.h"
#include "app/cli/RunsCommand.h"
#include "app/cli/ShowCommand.h"
#include "app/cli/TrainCommand.h"
#include "core/common/BuildInfo.h"

#include <cstdio>
#include <exception>
#include <memory>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    CLI::App app("The same training as the TrainScope window, headless: train models, list and show runs, export "
                 "reports, evaluate trained models.",
                 "trainscope-cli");
    app.formatter(std::make_shared<ts::cli::HelpFormatter>());  // before the subcommands, which inherit it
    app.set_version_flag("--version", [] {
        return std::string("trainscope-cli ") + TRAINSCOPE_VERSION + " (LibTorch " + ts::torchVersion() + ")";
    });
    app.require_subcommand(0, 1);
    app.allow_extras();  // unknown commands and options are reported by rejectLeftovers
    ts::cli::TrainCommand train(app);
    ts::cli::RunsCommand runs(app);
    ts::cli::ShowCommand show(app);
    ts::cli::ReportCommand report(app);
    ts::cli::EvaluateCommand evaluate(app);
    ts::cli::HelpCommand help(app);
    app.footer("Run trainscope-cli COMMAND --help for the options of a command.");  // after the subcommands: theirs differ
    const std::vector<ts::cli::Command*> commands = {&train, &runs, &show, &report, &evaluate, &help};
    try {
        app.parse(argc, argv);
        ts::cli::rejectLeftovers(app);
        for (ts::cli::Command* command : commands)
            if (command->chosen()) return command->run();
        throw ts::cli::UsageError("missing command");
    } catch (const CLI::ParseError& e) {
        return ts::cli::exitForParseError(app, e);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trainscope-cli: %s\n", e.what());
        return ts::cli::kExitFailure;
    }
}
