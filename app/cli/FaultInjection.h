// The test suite's handle on trainscope-cli's file writes (tests/app/cli/test_fault_injection): with
// TRAINSCOPE_FAIL_FILE_OP=N[:ERRNO] in the environment, the Nth file operation of the process (counted from 1,
// through core/common/FileOps) fails with ERRNO (ENOSPC, EIO, EROFS, EDQUOT or EACCES; default ENOSPC), and a
// line on stderr says which one. N = 0 fails none and prints the number of operations at exit. Unset, it
// does nothing.
#pragma once

namespace ts::cli {

/// Reads TRAINSCOPE_FAIL_FILE_OP and installs the fault injector it asks for.
void installFaultInjectionFromEnvironment();

}  // namespace ts::cli
