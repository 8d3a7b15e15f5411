#include "ui/MetaTypes.h"

namespace ts {

void registerMetaTypes() {
    qRegisterMetaType<ts::BatchMetrics>();
    qRegisterMetaType<ts::EpochMetrics>();
    qRegisterMetaType<ts::RunSummary>();
    qRegisterMetaType<ts::DatasetInfo>();
    qRegisterMetaType<ts::DatasetPreview>();
    qRegisterMetaType<ts::TrainConfig>();
    qRegisterMetaType<ts::EvalMetrics>();
    qRegisterMetaType<QVector<ts::BatchMetrics>>();
}

}  // namespace ts
