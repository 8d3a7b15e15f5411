// Image-folder loading: class sub-folders of PNG/JPEG files, decoded with stb_image (when the
// build has it), resized to one common size, stored as uint8 planar pixels.
#include "core/data/ImageFolder.h"
#include "core/common/Numbers.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <unistd.h>

#ifdef TRAINSCOPE_HAVE_STB
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
#endif

namespace ts {
namespace {

namespace fs = std::filesystem;

constexpr size_t kShownSkipped = 5;                         // skipped files named in the report
constexpr uint64_t kMaxImageFileBytes = uint64_t{256} << 20; // larger files are skipped
constexpr int64_t kMaxSourcePixels = int64_t{1} << 26;      // 64 megapixels: larger images are skipped
constexpr int kMaxTargetSide = 4096;
constexpr int kGrayscale = 1;
constexpr int kRgb = 3;
constexpr double kMaxMemoryShare = 0.5;                     // a data set may use at most this share of RAM
const char* const kImageExtensions[] = {".png", ".jpg", ".jpeg"};
const char* const kTrainFolder = "train";
const char* const kTestFolder = "test";
const char* const kValFolders[] = {"val", "valid", "validation"};
const char* const kNoStb = "image folders need stb_image, which this build of TrainScope lacks "
                           "(apt-get install libstb-dev, then rebuild).";

// Throws std::runtime_error("<path>: <problem>").
[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

// ASCII lower-case copy.
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// True for .png/.jpg/.jpeg names (any case).
bool hasImageExtension(const fs::path& p) {
    const std::string ext = lower(p.extension().string());
    for (const char* e : kImageExtensions)
        if (ext == e) return true;
    return false;
}

// True for names starting with a dot (.DS_Store, .git): ignored silently.
bool isHidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return !name.empty() && name[0] == '.';
}

// Sorted sub-folders of `dir` (hidden ones left out).
std::vector<fs::path> subFolders(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
        std::error_code typeEc;
        if (it->is_directory(typeEc) && !isHidden(it->path())) out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Every regular, non-hidden file under `dir` (recursively), sorted.
std::vector<fs::path> filesUnder(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        if (isHidden(it->path())) {
            std::error_code dirEc;
            if (it->is_directory(dirEc)) it.disable_recursion_pending();
            continue;
        }
        std::error_code typeEc;
        if (it->is_regular_file(typeEc)) out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// True when some file under `dir` has an image extension.
bool hasImageFiles(const fs::path& dir) {
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        std::error_code typeEc;
        if (it->is_regular_file(typeEc) && hasImageExtension(it->path()) && !isHidden(it->path())) return true;
    }
    return false;
}

// Class folders (sub-folders with image files) of `dir`.
std::vector<fs::path> classFolders(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const fs::path& sub : subFolders(dir))
        if (hasImageFiles(sub)) out.push_back(sub);
    return out;
}

// The sub-folder of `root` with one of `names` (any case), or "".
fs::path findSplitFolder(const fs::path& root, std::initializer_list<const char*> names) {
    for (const fs::path& sub : subFolders(root))
        for (const char* n : names)
            if (lower(sub.filename().string()) == n) return sub;
    return {};
}

// Physical memory in bytes (0 when unknown).
uint64_t physicalMemory() {
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGE_SIZE);
    return pages > 0 && pageSize > 0 ? static_cast<uint64_t>(pages) * static_cast<uint64_t>(pageSize) : 0;
}

// "1.5 GB" style text.
std::string gigabytes(double bytes) {
    return formatC("%.1f GB", bytes / 1e9);
}

// Per output coordinate, the source indices and weights that make it.
struct Tap {
    int index;
    float weight;
};
std::vector<std::vector<Tap>> axisTaps(int src, int dst) {
    std::vector<std::vector<Tap>> taps(static_cast<size_t>(dst));
    const double scale = static_cast<double>(src) / dst;
    for (int o = 0; o < dst; ++o) {
        std::vector<Tap>& t = taps[static_cast<size_t>(o)];
        if (scale > 1.0) {  // shrinking: average over the covered source interval
            const double a = o * scale, b = a + scale;
            double total = 0.0;
            for (int i = static_cast<int>(std::floor(a)); i < static_cast<int>(std::ceil(b)) && i < src; ++i) {
                const double w = std::min(b, i + 1.0) - std::max(a, static_cast<double>(i));
                if (w > 0.0) {
                    t.push_back({i, static_cast<float>(w)});
                    total += w;
                }
            }
            for (Tap& tap : t) tap.weight = static_cast<float>(tap.weight / total);
        } else {  // enlarging or same size: linear between the two nearest source centres
            double x = (o + 0.5) * scale - 0.5;
            x = std::clamp(x, 0.0, static_cast<double>(src - 1));
            const int i0 = static_cast<int>(std::floor(x));
            const float f = static_cast<float>(x - i0);
            t.push_back({i0, 1.0f - f});
            if (f > 0.0f) t.push_back({std::min(i0 + 1, src - 1), f});
        }
    }
    return taps;
}

#ifdef TRAINSCOPE_HAVE_STB
// Closes a stdio file when it goes out of scope.
struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

// Reads a whole (small) file; returns false with `why` set on failure.
bool readFile(const fs::path& p, std::vector<uint8_t>& out, std::string& why) {
    std::error_code ec;
    const uint64_t size = fs::file_size(p, ec);
    if (ec) {
        why = "cannot read its size";
        return false;
    }
    if (size > kMaxImageFileBytes) {
        why = "larger than " + std::to_string(kMaxImageFileBytes >> 20) + " MB";
        return false;
    }
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(p.c_str(), "rb"));
    if (!f) {
        why = std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    out.resize(static_cast<size_t>(size));
    if (size > 0 && std::fread(out.data(), 1, out.size(), f.get()) != out.size()) {
        why = "read error";
        return false;
    }
    return true;
}

// Frees stb's pixel buffer.
struct StbFree {
    void operator()(unsigned char* p) const { stbi_image_free(p); }
};
#endif

// One file to decode and the class it belongs to.
struct Item {
    fs::path path;
    int64_t label;
};

// Decodes the items into sets (one per split), fixing size and channels from the first good image.
class Decoder {
public:
    Decoder(const std::string& root, int width, int height, int channels, ImageFolderResult& result)
        : m_root(root), m_width(width), m_height(height), m_channels(channels), m_result(result) {}

    // Decodes `items` into `set`; `totalItems` is how many images all splits hold (memory check).
    void decode(const std::vector<Item>& items, ImageSet& set, size_t totalItems) {
        std::vector<uint8_t> bytes;
        for (const Item& item : items) {
            std::string why;
            if (!hasImageExtension(item.path)) {
                skip(item.path, "not a PNG or JPEG file");
                continue;
            }
#ifdef TRAINSCOPE_HAVE_STB
            if (!readFile(item.path, bytes, why)) {
                skip(item.path, why);
                continue;
            }
            int w = 0, h = 0, comp = 0;
            if (bytes.empty() || !stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &w, &h, &comp)) {
                skip(item.path, bytes.empty() ? "empty file" : "not a readable PNG or JPEG");
                continue;
            }
            if (static_cast<int64_t>(w) * h > kMaxSourcePixels) {
                skip(item.path, std::to_string(w) + "x" + std::to_string(h) + " pixels is too large");
                continue;
            }
            if (!m_configured) configure(w, h, comp, totalItems);
            int dw = 0, dh = 0, dc = 0;
            std::unique_ptr<unsigned char, StbFree> pixels(
                stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &dw, &dh, &dc, m_channels));
            if (!pixels) {
                const char* reason = stbi_failure_reason();
                skip(item.path, std::string("cannot decode") + (reason ? std::string(": ") + reason : std::string()));
                continue;
            }
            const std::vector<uint8_t> planar = resizeToPlanar(pixels.get(), m_channels, dh, dw, m_height, m_width);
            if (set.pixels.empty()) set.pixels.reserve(planar.size() * items.size());
            set.pixels.insert(set.pixels.end(), planar.begin(), planar.end());
            set.labels.push_back(item.label);
#else
            (void)bytes;
            (void)totalItems;
            (void)set;
            fail(m_root, kNoStb);
#endif
        }
        set.channels = m_channels;
        set.height = m_height;
        set.width = m_width;
    }

private:
    // Fixes the common size and channel count from the first decodable image, checking memory.
    void configure(int w, int h, int comp, size_t totalItems) {
        m_configured = true;
        if (m_width <= 0 || m_height <= 0) {
            m_width = std::min(w, kMaxTargetSide);
            m_height = std::min(h, kMaxTargetSide);
        }
        if (m_channels <= 0) m_channels = comp >= kRgb ? kRgb : kGrayscale;
        const double need = static_cast<double>(totalItems) * m_channels * m_width * m_height;
        const double limit = kMaxMemoryShare * static_cast<double>(physicalMemory());
        if (limit > 0.0 && need > limit)
            fail(m_root, std::to_string(totalItems) + " images of " + std::to_string(m_width) + "x" +
                            std::to_string(m_height) + (m_channels == kRgb ? " RGB" : " grayscale") + " would need " +
                            gigabytes(need) + ", more than half of this machine's memory (" +
                            gigabytes(static_cast<double>(physicalMemory())) +
                            "). Choose a smaller image size (--image-size WxH) or grayscale.");
    }
    void skip(const fs::path& p, const std::string& why) {
        ++m_result.skipped;
        if (m_result.skippedExamples.size() < kShownSkipped)
            m_result.skippedExamples.push_back(p.lexically_relative(m_root).string() + " (" + why + ")");
    }

    fs::path m_root;
    int m_width;
    int m_height;
    int m_channels;
    ImageFolderResult& m_result;
    bool m_configured = false;
};

// The images of one split folder, labelled by the position of their class in `classes`.
std::vector<Item> itemsOf(const fs::path& splitRoot, const std::vector<std::string>& classes) {
    std::vector<Item> items;
    for (size_t c = 0; c < classes.size(); ++c) {
        const fs::path dir = splitRoot / classes[c];
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) continue;
        for (const fs::path& f : filesUnder(dir)) items.push_back({f, static_cast<int64_t>(c)});
    }
    return items;
}

}  // namespace

// Whether stb_image was compiled in.
bool imageDecodingAvailable() {
#ifdef TRAINSCOPE_HAVE_STB
    return true;
#else
    return false;
#endif
}

// Class sub-folders with image files, directly or under train/ (the search is recursive).
bool looksLikeImageFolder(const std::string& folder) {
    return !classFolders(fs::path(folder)).empty();
}

// Scans, decodes and resizes every image of the folder.
ImageFolderResult loadImageFolder(const std::string& folder, int width, int height, int channels) {
    const fs::path root(folder);
    std::error_code ec;
    if (!fs::is_directory(root, ec)) fail(folder, "is not a folder.");
    if (width < 0 || height < 0 || width > kMaxTargetSide || height > kMaxTargetSide)
        fail(folder, "the image size must be between 1x1 and " + std::to_string(kMaxTargetSide) + "x" +
                         std::to_string(kMaxTargetSide) + ".");
    if (channels != 0 && channels != kGrayscale && channels != kRgb)
        fail(folder, "images are loaded as grayscale (1 channel) or RGB (3 channels).");

    ImageFolderResult result;
    const fs::path trainDir = findSplitFolder(root, {kTrainFolder});
    const fs::path testDir = findSplitFolder(root, {kTestFolder});
    const fs::path valDir = findSplitFolder(root, {kValFolders[0], kValFolders[1], kValFolders[2]});
    const bool splitLayout = !trainDir.empty() && !classFolders(trainDir).empty();
    result.ownSplit = splitLayout && (!testDir.empty() || !valDir.empty());

    const fs::path classRoot = splitLayout ? trainDir : root;
    for (const fs::path& c : classFolders(classRoot)) result.classNames.push_back(c.filename().string());
    if (result.classNames.empty()) {
        const std::vector<fs::path> subs = subFolders(root);
        fail(folder, subs.empty()
                         ? "holds no class sub-folders. An image data set needs one sub-folder per class with PNG "
                           "or JPEG images inside (e.g. cats/001.png, dogs/002.jpg)."
                         : "none of its " + std::to_string(subs.size()) +
                               " sub-folders holds PNG or JPEG images (.png, .jpg, .jpeg). An image data set needs "
                               "one sub-folder per class with images inside.");
    }
    if (!imageDecodingAvailable()) fail(folder, kNoStb);

    Decoder decoder(folder, width, height, channels, result);
    if (result.ownSplit) {
        const std::vector<Item> train = itemsOf(trainDir, result.classNames);
        const std::vector<Item> val = valDir.empty() ? std::vector<Item>() : itemsOf(valDir, result.classNames);
        const std::vector<Item> test = testDir.empty() ? std::vector<Item>() : itemsOf(testDir, result.classNames);
        const size_t total = train.size() + val.size() + test.size();
        decoder.decode(train, result.train, total);
        decoder.decode(val, result.val, total);
        decoder.decode(test, result.test, total);
        // Shapes of empty splits follow the training set.
        for (ImageSet* s : {&result.val, &result.test}) {
            s->channels = result.train.channels;
            s->height = result.train.height;
            s->width = result.train.width;
        }
        if (result.train.size() == 0)
            fail(trainDir.string(), "no image in the class folders could be decoded (" +
                                        std::to_string(result.skipped) + " files skipped).");
    } else {
        const std::vector<Item> items = itemsOf(classRoot, result.classNames);
        decoder.decode(items, result.all, items.size());
        if (result.all.size() == 0)
            fail(folder, "no image in the class folders could be decoded (" + std::to_string(result.skipped) +
                             " files skipped" +
                             (result.skippedExamples.empty() ? std::string() : ", e.g. " + result.skippedExamples[0]) +
                             ").");
    }
    return result;
}

// Separable resampling: horizontal pass into a float buffer, then vertical pass into planar bytes.
std::vector<uint8_t> resizeToPlanar(const uint8_t* src, int channels, int h, int w, int outH, int outW) {
    std::vector<uint8_t> out(static_cast<size_t>(channels) * outH * outW);
    if (h <= 0 || w <= 0 || outH <= 0 || outW <= 0) return out;
    const std::vector<std::vector<Tap>> xs = axisTaps(w, outW);
    const std::vector<std::vector<Tap>> ys = axisTaps(h, outH);
    std::vector<float> rows(static_cast<size_t>(h) * outW * channels);  // h x outW x channels
    for (int y = 0; y < h; ++y) {
        const uint8_t* line = src + static_cast<size_t>(y) * w * channels;
        float* dst = rows.data() + static_cast<size_t>(y) * outW * channels;
        for (int ox = 0; ox < outW; ++ox)
            for (int c = 0; c < channels; ++c) {
                float v = 0.0f;
                for (const Tap& t : xs[static_cast<size_t>(ox)]) v += t.weight * line[t.index * channels + c];
                dst[ox * channels + c] = v;
            }
    }
    for (int oy = 0; oy < outH; ++oy)
        for (int ox = 0; ox < outW; ++ox)
            for (int c = 0; c < channels; ++c) {
                float v = 0.0f;
                for (const Tap& t : ys[static_cast<size_t>(oy)])
                    v += t.weight * rows[(static_cast<size_t>(t.index) * outW + ox) * channels + c];
                out[(static_cast<size_t>(c) * outH + oy) * outW + ox] =
                    static_cast<uint8_t>(std::clamp(std::lround(v), 0L, 255L));
            }
    return out;
}

}  // namespace ts
