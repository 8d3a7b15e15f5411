// The one file of the torch-free core that reads a LibTorch header: torch/version.h, macros only. CMake gives
// this file alone LibTorch's include path, so nothing else in trainscope_core_base can reach torch.
#include "core/common/BuildInfo.h"

#include <torch/version.h>

namespace ts {

std::string torchVersion() {
#ifdef TORCH_VERSION
    return TORCH_VERSION;
#else
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
           std::to_string(TORCH_VERSION_PATCH);
#endif
}

}  // namespace ts
