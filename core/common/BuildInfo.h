// What this build of TrainScope runs on, for reports and --version. Torch-free header.
#pragma once

#include <string>

namespace ts {

/// The LibTorch version this build was compiled against, e.g. "1.13.1".
std::string torchVersion();

}  // namespace ts
