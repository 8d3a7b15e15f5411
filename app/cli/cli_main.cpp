// trainscope-cli: the same training as the GUI, headless. Links core only (no Qt). The command line and its
// subcommands are in app/cli/CliApp.
#include "app/cli/CliApp.h"
#include "app/cli/FaultInjection.h"
#include "core/common/MemoryReuse.h"

int main(int argc, char** argv) {
    ts::keepFreedMemoryForReuse();  // before the first tensor: every step reuses the previous one's memory
    ts::cli::installFaultInjectionFromEnvironment();
    return ts::cli::runCli(argc, argv);
}
