#include "core/train/ModelInfo.h"

#include "core/common/Json.h"

#include <stdexcept>

namespace ts {

std::string InputShape::describe() const {
    if (!image) return std::to_string(features()) + " features";
    return std::to_string(channels) + "x" + std::to_string(height) + "x" + std::to_string(width);
}

std::string modelInfoToJson(const ModelInfo& info) {
    Json::Object o;
    o["preset"] = info.preset;
    o["channels"] = info.shape.channels;
    o["height"] = info.shape.height;
    o["width"] = info.shape.width;
    o["image"] = Json(info.shape.image);
    o["classes"] = jsonArray(info.classNames);
    o["input_scale"] = info.inputScale;
    o["input_shift"] = info.inputShift;
    o["feature_names"] = jsonArray(info.featureNames);
    o["feature_shift"] = jsonArray(info.featureShift);
    o["feature_scale"] = jsonArray(info.featureScale);
    return Json(std::move(o)).dump();
}

ModelInfo modelInfoFromJson(const std::string& text) {
    const Json j = Json::parse(text);
    if (!j.isObject()) throw std::runtime_error("model info is not a JSON object");
    ModelInfo info;
    info.preset = j["preset"].string();
    info.shape.channels = j["channels"].integer();
    info.shape.height = j["height"].integer();
    info.shape.width = j["width"].integer();
    info.shape.image = j["image"].boolean(true);
    for (const Json& c : j["classes"].array()) info.classNames.push_back(c.string());
    info.inputScale = j["input_scale"].number(1.0 / 255.0);
    info.inputShift = j["input_shift"].number();
    for (const Json& c : j["feature_names"].array()) info.featureNames.push_back(c.string());
    for (const Json& c : j["feature_shift"].array()) info.featureShift.push_back(float(c.number()));
    for (const Json& c : j["feature_scale"].array()) info.featureScale.push_back(float(c.number()));
    if (info.shape.features() <= 0 || info.classNames.empty())
        throw std::runtime_error("model info has no input shape or no classes");
    return info;
}

}  // namespace ts
