// Qt meta-type declarations for core's value payloads, so they can cross threads in queued signals.
#pragma once

#include "core/data/DatasetLoader.h"
#include "core/train/TrainConfig.h"
#include "core/common/Types.h"
#include "core/text/TextPreview.h"

#include <QMetaType>
#include <QVector>

Q_DECLARE_METATYPE(ts::BatchMetrics)
Q_DECLARE_METATYPE(ts::EpochMetrics)
Q_DECLARE_METATYPE(ts::RunSummary)
Q_DECLARE_METATYPE(ts::DatasetInfo)
Q_DECLARE_METATYPE(ts::DatasetPreview)
Q_DECLARE_METATYPE(ts::TrainConfig)
Q_DECLARE_METATYPE(ts::EvalMetrics)
Q_DECLARE_METATYPE(QVector<ts::BatchMetrics>)
Q_DECLARE_METATYPE(ts::LoadOptions)
Q_DECLARE_METATYPE(ts::TextPreview)
Q_DECLARE_METATYPE(ts::HealthSample)
Q_DECLARE_METATYPE(ts::Alert)
Q_DECLARE_METATYPE(ts::ProcessFigures)
Q_DECLARE_METATYPE(QVector<ts::ProcessFigures>)

namespace ts {
/// Registers the payload types with Qt's meta-type system; call once before connecting (idempotent).
void registerMetaTypes();
}

// Evaluate mode (issue 7): the request, its result and the data set the main window's gallery reads.
#include "core/eval/Evaluator.h"

#include <memory>

Q_DECLARE_METATYPE(ts::EvaluateRequest)
Q_DECLARE_METATYPE(ts::EvaluationResult)
Q_DECLARE_METATYPE(std::shared_ptr<const ts::Dataset>)

namespace ts {
/// Registers Evaluate mode's payload types (also done automatically at start-up; idempotent).
void registerEvaluateMetaTypes();
}
