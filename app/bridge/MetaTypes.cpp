#include "app/bridge/MetaTypes.h"

namespace ts {

void registerMetaTypes() {
    qRegisterMetaType<ts::BatchMetrics>();
    qRegisterMetaType<ts::EpochMetrics>();
    qRegisterMetaType<ts::HealthSample>();
    qRegisterMetaType<ts::Alert>();
    qRegisterMetaType<ts::RunSummary>();
    qRegisterMetaType<ts::DatasetInfo>();
    qRegisterMetaType<ts::DatasetPreview>();
    qRegisterMetaType<ts::TrainConfig>();
    qRegisterMetaType<ts::EvalMetrics>();
    qRegisterMetaType<QVector<ts::BatchMetrics>>();
    qRegisterMetaType<ts::LoadOptions>();
    qRegisterMetaType<ts::TextPreview>();
    qRegisterMetaType<ts::ProcessFigures>();
    qRegisterMetaType<QVector<ts::ProcessFigures>>();
}

}  // namespace ts

namespace ts {

void registerEvaluateMetaTypes() {
    qRegisterMetaType<ts::EvaluateRequest>();
    qRegisterMetaType<ts::EvaluationResult>();
    qRegisterMetaType<std::shared_ptr<const ts::Dataset>>();
}

}  // namespace ts

namespace {
// Also done when the library loads, so callers of registerMetaTypes() alone get these types too.
[[maybe_unused]] const bool kEvaluateTypesRegistered = (ts::registerEvaluateMetaTypes(), true);
}  // namespace
