// The HParams plugin's summaries (core/runs/TensorBoardHParams.h).
#include "core/runs/TensorBoardHParams.h"

#include "core/runs/ProtoWire.h"
#include "core/runs/TensorBoardWriter.h"

namespace ts {

namespace {

using namespace proto;

// Summary.Value, SummaryMetadata and TensorProto (tensorflow/core/framework/summary.proto, tensor.proto).
constexpr uint32_t kSummaryValue = 1;
constexpr uint32_t kValueTag = 1;
constexpr uint32_t kValueTensor = 8;
constexpr uint32_t kValueMetadata = 9;
constexpr uint32_t kMetadataPluginData = 1;
constexpr uint32_t kPluginName = 1;
constexpr uint32_t kPluginContent = 2;
constexpr uint32_t kTensorDtype = 1;
constexpr uint32_t kTensorShape = 2;
constexpr uint32_t kTensorFloatVal = 5;
constexpr uint64_t kDtypeFloat = 1;
constexpr const char* kHParamsPlugin = "hparams";
// HParamsPluginData (plugin_data.proto; version 0 is the default, so it is not written).
constexpr uint32_t kDataExperiment = 2;
constexpr uint32_t kDataSessionStart = 3;
constexpr uint32_t kDataSessionEnd = 4;
constexpr uint32_t kStartHParams = 1;      // map<string, google.protobuf.Value>
constexpr uint32_t kStartGroupName = 4;
constexpr uint32_t kStartTime = 5;
constexpr uint32_t kEndStatus = 1;
constexpr uint32_t kEndTime = 2;
constexpr uint32_t kMapKey = 1;
constexpr uint32_t kMapValue = 2;
// api.proto: Experiment, HParamInfo, Interval, MetricInfo, MetricName, DataType.
constexpr uint32_t kExperimentTimeCreated = 3;
constexpr uint32_t kExperimentHParamInfos = 4;
constexpr uint32_t kExperimentMetricInfos = 5;
constexpr uint32_t kInfoName = 1;
constexpr uint32_t kInfoType = 4;
constexpr uint32_t kInfoDiscrete = 5;  // google.protobuf.ListValue
constexpr uint32_t kInfoInterval = 6;
constexpr uint32_t kIntervalMin = 1;
constexpr uint32_t kIntervalMax = 2;
constexpr uint32_t kMetricName = 1;
constexpr uint32_t kMetricNameTag = 2;
constexpr uint64_t kTypeString = 1, kTypeBool = 2, kTypeFloat64 = 3;
// google.protobuf.Value and ListValue (struct.proto).
constexpr uint32_t kValueNumber = 2;
constexpr uint32_t kValueString = 3;
constexpr uint32_t kValueBool = 4;
constexpr uint32_t kListValues = 1;

std::string protoValue(const Json& v) {
    std::string out;
    if (v.isNumber()) putDouble(out, kValueNumber, v.number());
    else if ((v.type() == Json::Type::Bool)) putVarintField(out, kValueBool, v.boolean() ? 1 : 0);
    else putBytes(out, kValueString, v.isString() ? v.string() : v.dump());
    return out;
}

/// Event{summary{value{tag, metadata{plugin_data{"hparams", content}}, tensor: a float scalar 0}}}.
std::string hparamsEvent(double wallTime, const char* tag, const std::string& content) {
    std::string pluginData;
    putBytes(pluginData, kPluginName, kHParamsPlugin);
    putBytes(pluginData, kPluginContent, content);
    std::string metadata;
    putBytes(metadata, kMetadataPluginData, pluginData);
    std::string tensor;  // the plugin reads the metadata only; the tensor is the "null" scalar TensorBoard writes
    putVarintField(tensor, kTensorDtype, kDtypeFloat);
    putBytes(tensor, kTensorShape, std::string());
    std::string floats;  // float_val, packed: one 0
    putLittleEndian(floats, 0.0f);
    putBytes(tensor, kTensorFloatVal, floats);
    std::string value;
    putBytes(value, kValueTag, tag);
    putBytes(value, kValueMetadata, metadata);
    putBytes(value, kValueTensor, tensor);
    std::string summary;
    putBytes(summary, kSummaryValue, value);
    return tbSummaryEvent(wallTime, 0, summary);
}

uint64_t domainType(const TbHParamDomain& d) {
    if (d.interval || d.values.empty() || d.values.front().isNumber()) return kTypeFloat64;
    return d.values.front().type() == Json::Type::Bool ? kTypeBool : kTypeString;
}

}  // namespace

std::string tbHParamsExperimentEvent(double wallTime, const std::vector<TbHParamDomain>& domains,
                                     const std::vector<std::string>& metricTags) {
    std::string experiment;
    putDouble(experiment, kExperimentTimeCreated, wallTime);
    for (const TbHParamDomain& d : domains) {
        std::string info;
        putBytes(info, kInfoName, d.name);
        putVarintField(info, kInfoType, domainType(d));
        if (d.interval) {
            std::string interval;
            putDouble(interval, kIntervalMin, d.low);
            putDouble(interval, kIntervalMax, d.high);
            putBytes(info, kInfoInterval, interval);
        } else {
            std::string list;
            for (const Json& v : d.values) putBytes(list, kListValues, protoValue(v));
            putBytes(info, kInfoDiscrete, list);
        }
        putBytes(experiment, kExperimentHParamInfos, info);
    }
    for (const std::string& tag : metricTags) {
        std::string name;
        putBytes(name, kMetricNameTag, tag);
        std::string metric;
        putBytes(metric, kMetricName, name);
        putBytes(experiment, kExperimentMetricInfos, metric);
    }
    std::string data;
    putBytes(data, kDataExperiment, experiment);
    return hparamsEvent(wallTime, "_hparams_/experiment", data);
}

std::string tbHParamsSessionStartEvent(double wallTime, const std::vector<std::pair<std::string, Json>>& values,
                                       const std::string& group) {
    std::string start;
    for (const auto& [name, value] : values) {
        std::string entry;
        putBytes(entry, kMapKey, name);
        putBytes(entry, kMapValue, protoValue(value));
        putBytes(start, kStartHParams, entry);
    }
    putBytes(start, kStartGroupName, group);
    putDouble(start, kStartTime, wallTime);
    std::string data;
    putBytes(data, kDataSessionStart, start);
    return hparamsEvent(wallTime, "_hparams_/session_start_info", data);
}

std::string tbHParamsSessionEndEvent(double wallTime, TbSessionStatus status) {
    std::string end;
    putVarintField(end, kEndStatus, uint64_t(status));
    putDouble(end, kEndTime, wallTime);
    std::string data;
    putBytes(data, kDataSessionEnd, end);
    return hparamsEvent(wallTime, "_hparams_/session_end_info", data);
}

}  // namespace ts
