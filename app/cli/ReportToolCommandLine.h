// trainscope-report's command line. Parsed inside trainscope_cli_common, whose one unity unit already compiles
// CLI11's templates (about 10 s), so the tool's main (Qt) does not compile them again.
#pragma once

#include "app/cli/ReportRequest.h"

#include <optional>

namespace ts::cli {

/// Parses trainscope-report's arguments into `request`. Returns the exit status when the tool must stop now
/// (--help and --version printed: 0; a usage error said on stderr: 2), nothing when `request` says what to do.
std::optional<int> parseReportToolCommandLine(int argc, char** argv, ReportRequest& request);

}  // namespace ts::cli
