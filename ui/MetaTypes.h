// Qt meta-type declarations for core's value payloads, so they can cross threads in queued signals.
#pragma once

#include "core/DatasetLoader.h"
#include "core/TrainConfig.h"
#include "core/Types.h"

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

namespace ts {
/// Registers the payload types with Qt's meta-type system; call once before connecting (idempotent).
void registerMetaTypes();
}
