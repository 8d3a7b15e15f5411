// The exit statuses of trainscope-cli and trainscope-report (no CLI11 here: the report tool's main includes it).
#pragma once

namespace ts::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  ///< the command ran and failed (a runtime error, a failed run)
constexpr int kExitUsage = 2;    ///< the command line was wrong

}  // namespace ts::cli
