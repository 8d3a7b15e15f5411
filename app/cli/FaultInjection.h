// The test suite's handle on trainscope-cli's file writes (tests/app/cli/test_fault_injection): with
// TRAINSCOPE_FAIL_FILE_OP=N[:ERRNO] in the environment, the Nth file operation of the process (counted from 1,
// through core/common/FileOps) fails with ERRNO (ENOSPC, EIO, EROFS, EDQUOT or EACCES; default ENOSPC), and a
// line on stderr says which one. N = 0 fails none and prints the number of operations at exit. Unset, it
// does nothing.
//
// Data-parallel runs (tests/app/cli/test_data_parallel): with TRAINSCOPE_DIST_FAULT=RANK:kill@STEP or RANK:stop@STEP,
// the worker of that rank sends itself SIGKILL (a process that dies) or SIGSTOP (one that hangs) when it reports
// step STEP.
#pragma once

#include "core/train/Trainer.h"

#include <memory>

namespace ts::cli {

/// Reads TRAINSCOPE_FAIL_FILE_OP and installs the fault injector it asks for.
void installFaultInjectionFromEnvironment();

/// The observer TRAINSCOPE_DIST_FAULT asks for on worker `rank` (null when it names no fault for that rank).
std::unique_ptr<ts::TrainObserver> distributedFaultFromEnvironment(int rank);

}  // namespace ts::cli
