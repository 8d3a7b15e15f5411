// Token weights for the mistakes galleries from a text classifier's checkpoint: the explain hook the widgets call
// on a background thread, backed by core's TextExplainer.
#pragma once

#include "ui/evaluate/TextExplanationView.h"

#include <string>

namespace ts {

/// An explain hook for the text classifier in `checkpointPath`. The model is loaded on the first call and again
/// when the file changes (a run still training rewrites its checkpoint each epoch); calls are serialized, so one
/// hook may be shared by several windows. A file that is not a text classifier makes every call throw its message.
TextExplainFunction checkpointExplainer(const std::string& checkpointPath);

/// The hook for a run folder: its checkpoint-best.pt when early stopping kept one, else checkpoint-last.pt.
TextExplainFunction runExplainer(const std::string& runDir);

}  // namespace ts
