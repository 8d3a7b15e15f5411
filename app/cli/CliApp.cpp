#include "app/cli/CliApp.h"

#include "app/cli/Command.h"
#include "app/cli/EvaluateCommand.h"
#include "app/cli/GenerateCommand.h"
#include "app/cli/HelpCommand.h"
#include "app/cli/HelpFormatter.h"
#include "app/cli/LrFindCommand.h"
#include "app/cli/SweepCommand.h"
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

namespace ts::cli {

int runCli(int argc, char** argv) {
    CLI::App app("The same training as the TrainScope window, headless: train models, list and show runs, export "
                 "reports, evaluate trained models, generate text with language models, find a learning rate, sweep hyperparameters.",
                 "trainscope-cli");
    app.formatter(std::make_shared<HelpFormatter>());  // before the subcommands, which inherit it
    app.set_version_flag("--version", [] {
        return std::string("trainscope-cli ") + TRAINSCOPE_VERSION + " (LibTorch " + ts::torchVersion() + ")";
    });
    app.require_subcommand(0, 1);
    app.allow_extras();  // unknown commands and options are reported by rejectLeftovers
    TrainCommand train(app);
    RunsCommand runs(app);
    ShowCommand show(app);
    ReportCommand report(app);
    EvaluateCommand evaluate(app);
    GenerateCommand generate(app);
    LrFindCommand lrFind(app);
    SweepCommand sweep(app);
    HelpCommand help(app);
    app.footer("Run trainscope-cli COMMAND --help for the options of a command. On processors with AVX-512 the "
               "language models' and the MLP presets' matrix products run in TrainScope's own kernel; set "
               "TRAINSCOPE_PRODUCTS=blas to run them in LibTorch's BLAS instead.");  // after the subcommands: theirs differ
    const std::vector<Command*> commands = {&train, &runs, &show, &report, &evaluate, &generate, &lrFind, &sweep, &help};
    try {
        app.parse(argc, argv);
        rejectLeftovers(app);
        for (Command* command : commands)
            if (command->chosen()) return command->run();
        throw UsageError("missing command");
    } catch (const CLI::ParseError& e) {
        return exitForParseError(app, e);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trainscope-cli: %s\n", e.what());
        return kExitFailure;
    }
}

}  // namespace ts::cli
