// Must NOT compile: the widget layer sees core only through trainscope_core_base, which carries no LibTorch
// include path. The test "layering_ui_cannot_include_torch" builds this file and expects the compiler to
// say that torch/torch.h does not exist.
#include <torch/torch.h>

int layeringProbe() { return 0; }
