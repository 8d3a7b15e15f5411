// Loading the four standard IDX files of an MNIST-style folder, the seeded validation split
// and class histograms. Plain C++17: no torch, no Qt.
#include "core/data/Dataset.h"

#include "core/common/MessageCatalogue.h"
#include "core/data/Idx.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <stdexcept>

namespace ts {
namespace {

namespace fs = std::filesystem;

constexpr const char* kTrainImages = "train-images-idx3-ubyte";
constexpr const char* kTrainLabels = "train-labels-idx1-ubyte";
constexpr const char* kTestImages = "t10k-images-idx3-ubyte";
constexpr const char* kTestLabels = "t10k-labels-idx1-ubyte";
constexpr const char* kFashionMarker = "fashion";   // folder names containing this (any case) are FashionMNIST
constexpr const char* kFashionName = "FashionMNIST";
constexpr const char* kGzipSuffix = ".gz";
constexpr const char* kFashionPackage = "dataset-fashion-mnist";

constexpr size_t kImageDims = 3;                  // count, height, width
constexpr size_t kLabelDims = 1;                  // count
constexpr int64_t kGrayscaleChannels = 1;
constexpr int kMnistClassCount = 10;              // MNIST-family sets use labels 0..9

// Positions of the four standard files in the list loadIdxFolder builds.
enum FileSlot { kTrainImagesSlot, kTrainLabelsSlot, kTestImagesSlot, kTestLabelsSlot, kFileSlots };

const char* const kExpectedFiles =
    "train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz], t10k-images-idx3-ubyte[.gz] and "
    "t10k-labels-idx1-ubyte[.gz]";

// Throws std::runtime_error("<path>: <problem>").
[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

// ASCII lower-case copy of s.
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// True when s ends with suffix.
bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Last component of a folder path, ignoring trailing separators.
std::string baseName(const fs::path& folder) {
    fs::path p = folder.lexically_normal();
    if (p.filename().empty()) p = p.parent_path();
    return p.filename().string();
}

// Hint appended to file errors: how to get a good copy of the data.
std::string remedyFor(bool fashion) {
    if (fashion)
        return std::string(" For Debian's ") + kFashionPackage + ": sudo apt-get install --reinstall " +
               kFashionPackage + ".";
    return "";
}

// readIdx with a data-set specific hint appended to its error message.
IdxArray readWithHint(const std::string& path, const std::string& hint) {
    try {
        return readIdx(path);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(e.what() + hint);
    }
}

// "28x28" style text of an image size.
std::string sizeText(int64_t h, int64_t w) {
    return std::to_string(h) + "x" + std::to_string(w);
}

// One split's images and labels, checked for shape and matching counts.
ImageSet loadSplit(const std::string& imagesPath, const std::string& labelsPath, const std::string& hint) {
    IdxArray images = readWithHint(imagesPath, hint);
    if (images.dims.size() != kImageDims)
        fail(imagesPath, "expected " + std::to_string(kImageDims) + " dimensions (count, height, width) for images, "
                         "found " + std::to_string(images.dims.size()) + "." + hint);
    if (images.dims[1] == 0 || images.dims[2] == 0)
        fail(imagesPath, "images have an empty size " + sizeText(images.dims[1], images.dims[2]) + "." + hint);

    IdxArray labels = readWithHint(labelsPath, hint);
    if (labels.dims.size() != kLabelDims)
        fail(labelsPath, "expected " + std::to_string(kLabelDims) + " dimension for labels, found " +
                             std::to_string(labels.dims.size()) + "." + hint);
    if (labels.count() != images.count())
        fail(labelsPath, "holds " + std::to_string(labels.count()) + " labels but " + imagesPath + " holds " +
                             std::to_string(images.count()) +
                             " images; the two files must describe the same samples." + hint);

    ImageSet set;
    set.channels = kGrayscaleChannels;
    set.height = images.dims[1];
    set.width = images.dims[2];
    set.pixels = std::move(images.data);
    set.labels.assign(labels.data.begin(), labels.data.end());
    return set;
}

// Largest label of a set, or -1 when it is empty.
int64_t maxLabel(const ImageSet& set) {
    return set.labels.empty() ? -1 : *std::max_element(set.labels.begin(), set.labels.end());
}

// Throws when a label of `set` is not below classCount, naming the file and the sample.
void checkLabelRange(const ImageSet& set, int classCount, const std::string& labelsPath, const std::string& why,
                     const std::string& hint) {
    for (size_t i = 0; i < set.labels.size(); ++i) {
        if (set.labels[i] >= classCount)
            fail(labelsPath, "label " + std::to_string(set.labels[i]) + " of sample " + std::to_string(i) +
                                 " is out of range: " + why + "." + hint);
    }
}

// Appends sample i of src (pixels and label) to dst.
void appendSample(ImageSet& dst, const ImageSet& src, size_t i) {
    const size_t bytes = static_cast<size_t>(src.sampleBytes());
    const auto first = src.pixels.begin() + static_cast<std::ptrdiff_t>(i * bytes);
    dst.pixels.insert(dst.pixels.end(), first, first + static_cast<std::ptrdiff_t>(bytes));
    dst.labels.push_back(src.labels[i]);
}

// Unbiased integer in [0, n) from a 64-bit generator (rejection sampling, same on every platform).
uint64_t uniformBelow(std::mt19937_64& rng, uint64_t n) {
    const uint64_t threshold = (0 - n) % n;   // 2^64 mod n: values below it would bias the modulo
    for (;;) {
        const uint64_t x = rng();
        if (x >= threshold) return x % n;
    }
}

}  // namespace

// The ten FashionMNIST class names in label order.
std::vector<std::string> fashionMnistClassNames() {
    return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};
}

// Where Debian's dataset-fashion-mnist package installs the files.
const char* defaultFashionMnistPath() {
    return "/usr/share/datasets/fashion-mnist";
}

// One images/labels pair, with the same checks as a split of an IDX folder.
ImageSet loadIdxPair(const std::string& imagesPath, const std::string& labelsPath) {
    return loadSplit(imagesPath, labelsPath, "");
}

// Loads and validates train/test images and labels from a folder of IDX files.
Dataset loadIdxFolder(const std::string& folder) {
    if (folder.empty()) throw std::runtime_error(std::string("No data folder given; expected a folder with ") +
                                                 kExpectedFiles + ".");
    std::error_code ec;
    fs::path abs = fs::absolute(folder, ec);
    if (ec) abs = folder;
    const std::string absText = abs.string();
    const std::string base = baseName(abs);
    const bool fashion = lower(base).find(kFashionMarker) != std::string::npos;
    const std::string hint = remedyFor(fashion);

    if (!fs::exists(abs, ec)) {
        std::string msg = "data folder does not exist; expected a folder with " + std::string(kExpectedFiles) + ".";
        if (fashion) msg += std::string(" Install it with: sudo apt-get install ") + kFashionPackage + ".";
        fail(absText, msg);
    }
    if (!fs::is_directory(abs, ec))
        fail(absText, "is not a folder; expected a folder with " + std::string(kExpectedFiles) + ".");

    const char* const bases[kFileSlots] = {kTrainImages, kTrainLabels, kTestImages, kTestLabels};
    std::vector<std::string> paths;
    std::string missing;
    for (const char* b : bases) {
        paths.push_back(findIdxFile(absText, b));
        if (paths.back().empty()) {
            const std::string p = (abs / b).string();
            missing += (missing.empty() ? "" : ", ") + p + " (or " + p + kGzipSuffix + ")";
        }
    }
    if (!missing.empty())
        fail(absText, "missing " + missing + "; the folder must contain " + kExpectedFiles + "." + hint);

    Dataset ds;
    ds.train = loadSplit(paths[kTrainImagesSlot], paths[kTrainLabelsSlot], hint);
    ds.test = loadSplit(paths[kTestImagesSlot], paths[kTestLabelsSlot], hint);
    if (ds.train.size() == 0) fail(paths[kTrainImagesSlot], "contains no images." + hint);
    if (ds.test.height != ds.train.height || ds.test.width != ds.train.width)
        fail(paths[kTestImagesSlot], "test images are " + sizeText(ds.test.height, ds.test.width) +
                                         " but training images (" + paths[kTrainImagesSlot] + ") are " +
                                         sizeText(ds.train.height, ds.train.width) + "." + hint);
    ds.val.channels = ds.train.channels;
    ds.val.height = ds.train.height;
    ds.val.width = ds.train.width;

    const int64_t maxSeen = std::max(maxLabel(ds.train), maxLabel(ds.test));
    if (fashion) {
        const std::string why = std::string(kFashionName) + " has " + std::to_string(kMnistClassCount) +
                                " classes (0.." + std::to_string(kMnistClassCount - 1) + ")";
        checkLabelRange(ds.train, kMnistClassCount, paths[kTrainLabelsSlot], why, hint);
        checkLabelRange(ds.test, kMnistClassCount, paths[kTestLabelsSlot], why, hint);
        ds.classNames = fashionMnistClassNames();
        ds.name = kFashionName;
    } else {
        const int classCount = std::max<int>(kMnistClassCount, static_cast<int>(maxSeen) + 1);
        for (int c = 0; c < classCount; ++c) ds.classNames.push_back(std::to_string(c));
        ds.name = base.empty() ? absText : base;
    }

    int gzCount = 0;
    for (const std::string& p : paths) gzCount += endsWith(p, kGzipSuffix) ? 1 : 0;
    ds.format = gzCount == 0                                ? "IDX"
                : gzCount == static_cast<int>(paths.size()) ? "IDX (gzip)"
                                                            : message(Msg::FormatIdxPartlyGzip);
    ds.path = absText;
    hashContent(ds);
    return ds;
}

void ContentHash::update(const void* data, size_t n) {
    constexpr uint64_t kFnvPrime = 0x100000001b3ull;
    const auto* p = static_cast<const uint8_t*>(data);
    uint64_t h = m_h;
    for (size_t i = 0; i < n; ++i) h = (h ^ p[i]) * kFnvPrime;
    m_h = h;
}

std::string ContentHash::hex() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "fnv1a64:%016llx", static_cast<unsigned long long>(m_h));
    return buf;
}

void hashContent(Dataset& ds) {
    ContentHash h;
    for (const ImageSet* set : {&ds.train, &ds.val, &ds.test}) {
        const int64_t shape[4] = {set->size(), set->channels, set->height, set->width};
        h.update(shape, sizeof shape);
        h.update(set->pixels.data(), set->pixels.size());
        h.update(set->features.data(), set->features.size() * sizeof(float));
        h.update(set->labels.data(), set->labels.size() * sizeof(int64_t));
    }
    ds.contentHash = h.hex();
}

// Moves a seeded random subset of the training samples into ds.val, keeping the order of both.
void splitValidation(Dataset& ds, double fraction, uint64_t seed) {
    if (!(fraction >= 0.0 && fraction < 1.0))
        throw std::invalid_argument("validation fraction must be in [0, 1), got " + std::to_string(fraction));
    ImageSet& train = ds.train;
    const size_t n = train.labels.size();
    size_t k = static_cast<size_t>(std::llround(fraction * static_cast<double>(n)));
    if (k >= n && n > 0) k = n - 1;   // rounding up must never empty the training set

    // Partial Fisher-Yates: the first k entries of `order` become a uniform random k-subset.
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = i;
    std::mt19937_64 rng(seed);
    for (size_t i = 0; i < k; ++i) {
        const size_t j = i + static_cast<size_t>(uniformBelow(rng, n - i));
        std::swap(order[i], order[j]);
    }
    std::vector<bool> toVal(n, false);
    for (size_t i = 0; i < k; ++i) toVal[order[i]] = true;

    ImageSet kept;
    ImageSet val;
    for (ImageSet* s : {&kept, &val}) {
        s->channels = train.channels;
        s->height = train.height;
        s->width = train.width;
    }
    const size_t bytes = static_cast<size_t>(train.sampleBytes());
    kept.pixels.reserve((n - k) * bytes);
    kept.labels.reserve(n - k);
    val.pixels.reserve(k * bytes);
    val.labels.reserve(k);
    for (size_t i = 0; i < n; ++i) appendSample(toVal[i] ? val : kept, train, i);
    train = std::move(kept);
    ds.val = std::move(val);
}

// Number of samples per class; throws std::invalid_argument for labels outside [0, classCount).
std::vector<int64_t> classHistogram(const ImageSet& set, int classCount) {
    if (classCount < 0) throw std::invalid_argument("classCount must not be negative");
    std::vector<int64_t> counts(static_cast<size_t>(classCount), 0);
    for (int64_t label : set.labels) {
        if (label < 0 || label >= classCount)
            throw std::invalid_argument("label " + std::to_string(label) + " is outside 0.." +
                                        std::to_string(classCount - 1));
        ++counts[static_cast<size_t>(label)];
    }
    return counts;
}

}  // namespace ts
