// What the playground asks the generation controller for: a model, a prompt and how to sample.
#pragma once

#include "core/lm/TextGenerator.h"

#include <QMetaType>
#include <QString>

namespace ts {

/// One generation: continue `prompt` with the model at `source` (a run folder or a .pt checkpoint).
struct GenerationRequest {
    QString source;
    QString prompt;
    SampleSettings settings;
};

}  // namespace ts

Q_DECLARE_METATYPE(ts::GenerationRequest)
Q_DECLARE_METATYPE(ts::StreamedToken)
