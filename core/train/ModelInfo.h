// What a saved model needs besides its weights to be evaluated later: the preset, the input shape,
// the class names and the input scaling the trainer used. Stored in every checkpoint. Torch-free.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// The largest value of a uint8 pixel: models see pixels scaled from [0, kPixelMax].
constexpr double kPixelMax = 255.0;

/// Shape of one input sample.
struct InputShape {
    int64_t channels = 1;
    int64_t height = 28;
    int64_t width = 28;
    bool image = true;  ///< false for tabular features (no spatial layout)
    int64_t features() const { return channels * height * width; }
    /// "1x28x28" for images, "50 features" for tables.
    std::string describe() const;
};

/// A trained model's contract with its inputs.
struct ModelInfo {
    std::string preset;                     ///< model preset ("mlp", "cnn", ...)
    InputShape shape;
    std::vector<std::string> classNames;    ///< output order
    double inputScale = 1.0 / 255.0;        ///< images: float input = pixel * inputScale + inputShift
    double inputShift = 0.0;
    std::vector<std::string> featureNames;  ///< tables: column names
    std::vector<float> featureShift;        ///< tables: standardized = (raw - shift) * scale
    std::vector<float> featureScale;
};

/// One-line JSON of the info (stored in checkpoints as "model_info").
std::string modelInfoToJson(const ModelInfo& info);
/// Back from modelInfoToJson's text. Throws std::runtime_error when it is not valid.
ModelInfo modelInfoFromJson(const std::string& json);

}  // namespace ts
