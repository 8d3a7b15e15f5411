#include "core/train/Models.h"

#include "core/kernels/PixelGather.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace ts {

namespace {
constexpr int64_t kHidden = 512;          // the tutorial's hidden width
constexpr int64_t kConv1Channels = 32;
constexpr int64_t kConv2Channels = 64;
constexpr int64_t kConvKernel = 3;
constexpr int64_t kCnnHidden = 128;
constexpr double kCnnDropout = 0.25;
constexpr int64_t kMinCnnSide = 8;        // two 2x2 poolings need at least 8x8 to stay meaningful

/// Flatten -> Linear(in,512) -> ReLU -> Linear(512,512) -> ReLU -> Linear(512,classes) [-> ReLU].
torch::nn::Sequential mlp(int64_t inFeatures, int64_t classes, bool reluOnLogits) {
    // Layers are appended one statement at a time: constructor arguments are evaluated in an
    // unspecified order (right to left with GCC), and the order of construction decides which random
    // numbers each layer's initialization draws. In order, the same seed gives PyTorch's initial weights.
    torch::nn::Sequential net;
    net->push_back(torch::nn::Flatten());
    net->push_back(torch::nn::Linear(inFeatures, kHidden));
    net->push_back(torch::nn::ReLU());
    net->push_back(torch::nn::Linear(kHidden, kHidden));
    net->push_back(torch::nn::ReLU());
    net->push_back(torch::nn::Linear(kHidden, classes));
    // The tutorial applies a ReLU to the logits; the seed preset keeps that flaw on purpose.
    if (reluOnLogits) net->push_back(torch::nn::ReLU());
    return net;
}

/// Two conv(3x3, same padding) + batch norm + ReLU + 2x2 max-pool blocks, then a small classifier head.
torch::nn::Sequential cnn(const InputShape& in, int64_t classes) {
    using namespace torch::nn;
    const int64_t h = in.height / 4, w = in.width / 4;  // after two 2x2 poolings
    Sequential net;  // appended in order, for a deterministic initialization (see mlp())
    net->push_back(Conv2d(Conv2dOptions(in.channels, kConv1Channels, kConvKernel).padding(1).bias(false)));
    net->push_back(BatchNorm2d(kConv1Channels));
    net->push_back(ReLU());
    net->push_back(MaxPool2d(MaxPool2dOptions(2)));
    net->push_back(Conv2d(Conv2dOptions(kConv1Channels, kConv2Channels, kConvKernel).padding(1).bias(false)));
    net->push_back(BatchNorm2d(kConv2Channels));
    net->push_back(ReLU());
    net->push_back(MaxPool2d(MaxPool2dOptions(2)));
    net->push_back(Flatten());
    net->push_back(Dropout(kCnnDropout));
    net->push_back(Linear(kConv2Channels * h * w, kCnnHidden));
    net->push_back(ReLU());
    net->push_back(Linear(kCnnHidden, classes));
    return net;
}
}  // namespace

torch::nn::Sequential makeModel(const std::string& preset, const InputShape& in, int64_t classes) {
    if (classes < 2) throw std::invalid_argument("the data set has fewer than 2 classes; a classifier needs at least 2");
    if (preset == "seed") return mlp(in.features(), classes, true);
    if (preset == "mlp") return mlp(in.features(), classes, false);
    if (preset == "cnn") {
        if (!in.image)
            throw std::invalid_argument("the cnn preset needs image data, but this data set is a table of " +
                                        std::to_string(in.features()) + " features (use the mlp preset)");
        if (in.height < kMinCnnSide || in.width < kMinCnnSide)
            throw std::invalid_argument("the cnn preset needs images of at least 8x8 pixels; this data set has " +
                                        std::to_string(in.height) + "x" + std::to_string(in.width) +
                                        " (use the mlp preset)");
        return cnn(in, classes);
    }
    throw std::invalid_argument("unknown preset '" + preset + "' (choose seed, mlp or cnn)");
}

torch::Tensor scalePixels(const torch::Tensor& pixels, double scale, double shift) {
    torch::Tensor x = pixels.to(torch::kFloat);
    if (shift == 0.0 && scale == 1.0 / kPixelMax) return x.div_(kPixelMax);
    return x.mul_(scale).add_(shift);
}

torch::Tensor gatherPixels(const torch::Tensor& pixels, const torch::Tensor& idx, double scale, double shift) {
    const bool direct = pixels.device().is_cpu() && idx.device().is_cpu() && pixels.scalar_type() == torch::kUInt8 &&
                        pixels.is_contiguous() && idx.scalar_type() == torch::kInt64 && idx.dim() == 1;
    if (!direct) return scalePixels(pixels.index_select(0, idx), scale, shift);
    std::vector<int64_t> shape = pixels.sizes().vec();
    shape[0] = idx.size(0);
    torch::Tensor out = torch::empty(shape, torch::kFloat);
    const int64_t n = idx.size(0), rows = pixels.size(0), sample = pixels.numel() / std::max<int64_t>(rows, 1);
    const torch::Tensor order = idx.contiguous();
    const int64_t* at = order.data_ptr<int64_t>();
    for (int64_t r = 0; r < n; ++r)
        if (at[r] < 0 || at[r] >= rows) throw std::out_of_range("sample index outside the data set");
    // Unstandardized inputs are divided by kPixelMax, as scalePixels does; standardized ones are multiplied, then
    // shifted, each rounded to float as ATen's mul_ and add_ round (with the coefficients in float, as they take them).
    PixelScaling scaling;
    scaling.divide = shift == 0.0 && scale == 1.0 / kPixelMax;
    scaling.divisor = float(kPixelMax);
    scaling.scale = float(scale);
    scaling.shift = float(shift);
    gatherScaledPixels(pixels.data_ptr<uint8_t>(), sample, at, n, out.data_ptr<float>(), scaling,
                       at::get_num_threads());
    return out;
}

int64_t parameterCount(const torch::nn::Module& m) {
    int64_t n = 0;
    for (const auto& p : m.parameters()) n += p.numel();
    return n;
}

}  // namespace ts
