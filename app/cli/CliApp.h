// The whole trainscope-cli command line: builds the parser (CLI11, one class per subcommand), runs the
// subcommand chosen and turns every error into a message and an exit status. The process's main() calls it;
// so does the fault-injection test, in its own process.
#pragma once

namespace ts::cli {

/// Parses `argv` and runs the subcommand; the exit status (0 done, 1 failed, 2 usage error). Never throws.
int runCli(int argc, char** argv);

}  // namespace ts::cli
