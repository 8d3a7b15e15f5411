// Format detection, the per-format loaders, the stratified split, table standardization with
// training statistics, data-set checks (warnings) and the UI preview.
#include "core/data/DatasetLoader.h"
#include "core/common/Numbers.h"

#include "core/common/Json.h"
#include "core/common/MessageCatalogue.h"

#include "core/data/Idx.h"
#include "core/data/ImageFolder.h"
#include "core/data/TextDataset.h"
#include "core/data/TextTableDataset.h"
#include "core/data/TextTable.h"
#include "core/train/TrainConfig.h"
#include "core/text/TextDetection.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <stdexcept>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ts {
namespace {

namespace fs = std::filesystem;

constexpr int kSplitCount = 3;                 // train, validation, test
constexpr uint8_t kTrainSplit = 0;
constexpr uint8_t kValSplit = 1;
constexpr uint8_t kTestSplit = 2;
constexpr size_t kShownItems = 5;              // names listed in one warning
constexpr double kImbalanceRatio = 10.0;       // largest / smallest class above this is worth a warning
constexpr double kMinStddev = 1e-12;           // constant columns are centred, not scaled
constexpr int kThumbnailsPerClass = 8;
constexpr int kMaxThumbnailClasses = 40;       // the preview shows thumbnails of at most this many classes
constexpr int64_t kMaxThumbnailSide = 64;      // larger images are shrunk for the preview
constexpr size_t kSniffBytes = 2;
constexpr size_t kTrimEveryBytes = size_t{16} << 20;  // hand freed table blocks back to the OS this often
constexpr int kRgbChannels = 3;
constexpr int kGrayChannels = 1;
const char* const kIdxStandardFiles[] = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                                         "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};
const char* const kFashionMarker = "fashion";
constexpr int kFashionClasses = 10;
constexpr double kPercent = 100.0;  // split shares in the notes are percentages

// Throws std::runtime_error("<path>: <problem>").
[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

// ASCII lower-case copy.
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// "a, b, c and 4 more".
std::string listSome(const std::vector<std::string>& items) {
    std::string s;
    for (size_t i = 0; i < items.size() && i < kShownItems; ++i) s += (i ? ", " : "") + items[i];
    if (items.size() > kShownItems) s = message(Msg::ListAndMore, {s, std::to_string(items.size() - kShownItems)});
    return s;
}

// Unbiased integer in [0, n) from a 64-bit generator (rejection sampling; the same on every platform).
uint64_t uniformBelow(std::mt19937_64& rng, uint64_t n) {
    const uint64_t threshold = (0 - n) % n;
    for (;;) {
        const uint64_t x = rng();
        if (x >= threshold) return x % n;
    }
}

// The file name without .gz.
std::string stripGz(const std::string& name) {
    return name.size() > 3 && lower(name.substr(name.size() - 3)) == ".gz" ? name.substr(0, name.size() - 3) : name;
}

// True when the first bytes of a file are `a`, `b`.
bool startsWith(const fs::path& p, unsigned char a, unsigned char b) {
    std::FILE* f = std::fopen(p.c_str(), "rb");
    if (!f) return false;
    unsigned char buf[kSniffBytes] = {0xff, 0xff};
    const size_t got = std::fread(buf, 1, kSniffBytes, f);
    std::fclose(f);
    return got == kSniffBytes && buf[0] == a && buf[1] == b;
}

// True when the folder holds at least one of the four standard IDX files (raw or .gz).
bool hasStandardIdxFile(const fs::path& dir) {
    for (const char* base : kIdxStandardFiles)
        if (!findIdxFile(dir.string(), base).empty()) return true;
    return false;
}

// True when the folder holds all four standard IDX files.
bool hasAllStandardIdxFiles(const fs::path& dir) {
    for (const char* base : kIdxStandardFiles)
        if (findIdxFile(dir.string(), base).empty()) return false;
    return true;
}

// The partner of an IDX images/labels file: "images" <-> "labels", "idx3" <-> "idx1"; "" if none exists.
std::string idxPartner(const fs::path& file, bool& isImages) {
    const std::string name = stripGz(file.filename().string());
    const std::string low = lower(name);
    std::string from, to, dimFrom, dimTo;
    if (low.find("images") != std::string::npos) {
        isImages = true;
        from = "images", to = "labels", dimFrom = "idx3", dimTo = "idx1";
    } else if (low.find("labels") != std::string::npos) {
        isImages = false;
        from = "labels", to = "images", dimFrom = "idx1", dimTo = "idx3";
    } else {
        return "";
    }
    std::string partner = name;
    const size_t at = low.find(from);
    partner.replace(at, from.size(), to);
    const size_t dimAt = lower(partner).find(dimFrom);
    if (dimAt != std::string::npos) partner.replace(dimAt, dimFrom.size(), dimTo);
    return findIdxFile(file.parent_path().string(), partner);
}

// Copies every sample of `all` into the split `assign` gives it, keeping file order.
void distribute(const ImageSet& all, const std::vector<uint8_t>& assign, ImageSet* out[kSplitCount]) {
    const size_t per = static_cast<size_t>(all.sampleBytes());
    int64_t counts[kSplitCount] = {0, 0, 0};
    for (uint8_t a : assign) ++counts[a];
    for (int s = 0; s < kSplitCount; ++s) {
        out[s]->channels = all.channels;
        out[s]->height = all.height;
        out[s]->width = all.width;
        out[s]->labels.reserve(static_cast<size_t>(counts[s]));
        if (all.isTabular()) out[s]->features.reserve(static_cast<size_t>(counts[s]) * per);
        else out[s]->pixels.reserve(static_cast<size_t>(counts[s]) * per);
    }
    for (size_t i = 0; i < assign.size(); ++i) {
        ImageSet& dst = *out[assign[i]];
        if (all.isTabular()) {
            const float* row = all.features.data() + i * per;
            dst.features.insert(dst.features.end(), row, row + per);
        } else {
            const uint8_t* row = all.pixels.data() + i * per;
            dst.pixels.insert(dst.pixels.end(), row, row + per);
        }
        dst.labels.push_back(all.labels[i]);
    }
}

// Per-class counts, tolerant of out-of-range labels (they are not counted).
std::vector<int64_t> countLabels(const std::vector<int64_t>& labels, int classCount) {
    std::vector<int64_t> counts(static_cast<size_t>(std::max(0, classCount)), 0);
    for (int64_t l : labels)
        if (l >= 0 && l < classCount) ++counts[static_cast<size_t>(l)];
    return counts;
}

std::vector<int64_t> countClasses(const ImageSet& set, int classCount) { return countLabels(set.labels, classCount); }

// FNV-1a over a sample's bytes and its label.
uint64_t sampleHash(const void* data, size_t bytes, int64_t label) {
    ContentHash h;
    h.update(data, bytes);
    h.update(&label, sizeof label);
    return h.value();
}

// Counts samples equal to an earlier one (same hash of values and label); `dup` and `orig` are
// the indices of the first such pair found.
int64_t countDuplicates(const std::vector<uint64_t>& hashes, size_t& dup, size_t& orig) {
    std::vector<std::pair<uint64_t, size_t>> order(hashes.size());
    for (size_t i = 0; i < hashes.size(); ++i) order[i] = {hashes[i], i};
    std::sort(order.begin(), order.end());
    int64_t dups = 0;
    size_t runStart = 0;
    for (size_t i = 1; i < order.size(); ++i) {
        if (order[i].first != order[i - 1].first) {
            runStart = i;
            continue;
        }
        if (dups++ == 0) {
            dup = order[i].second;
            orig = order[runStart].second;
        }
    }
    return dups;
}

// Returns freed heap pages to the OS. The small table blocks come from the heap, where free()
// alone keeps them resident, and the splits fill up while they are released.
void releaseFreedMemory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// Standardizes table features with the training split's mean and standard deviation.
void standardize(Dataset& ds) {
    const size_t f = static_cast<size_t>(ds.train.width);
    const size_t n = static_cast<size_t>(ds.train.size());
    if (f == 0 || n == 0) return;
    std::vector<double> mean(f, 0.0), var(f, 0.0);
    const float* x = ds.train.features.data();
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < f; ++j) mean[j] += x[i * f + j];
    for (double& m : mean) m /= static_cast<double>(n);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < f; ++j) {
            const double d = x[i * f + j] - mean[j];
            var[j] += d * d;
        }
    std::vector<float> shift(f), scale(f);
    for (size_t j = 0; j < f; ++j) {
        const double sd = std::sqrt(var[j] / static_cast<double>(n));
        shift[j] = static_cast<float>(mean[j]);
        scale[j] = static_cast<float>(sd > kMinStddev ? 1.0 / sd : 1.0);
    }
    applyStandardization(ds, shift, scale);
}

}  // namespace

void applyStandardization(Dataset& ds, const std::vector<float>& shift, const std::vector<float>& scale) {
    const size_t f = static_cast<size_t>(ds.train.width);
    if (shift.size() != f || scale.size() != f)
        throw std::invalid_argument("the table has " + std::to_string(f) + " feature columns but the standardization has " +
                                    std::to_string(shift.size()));
    for (ImageSet* set : {&ds.train, &ds.val, &ds.test}) {
        float* v = set->features.data();
        const size_t rows = set->features.size() / f;
        for (size_t i = 0; i < rows; ++i)
            for (size_t j = 0; j < f; ++j) v[i * f + j] = (v[i * f + j] - shift[j]) * scale[j];
    }
    ds.featureShift = shift;
    ds.featureScale = scale;
}

namespace {

// Name of the data set: the file name without extension, or the folder name.
std::string datasetName(const fs::path& p, bool isFile) {
    fs::path q = p.lexically_normal();
    if (q.filename().empty()) q = q.parent_path();
    return isFile ? stripGz(q.filename().string()).substr(0, stripGz(q.filename().string()).rfind('.'))
                  : q.filename().string();
}

// A CSV/TSV table: stream, check duplicates, split per class, standardize with training stats.
Dataset loadTable(const fs::path& path, const LoadOptions& opt, DatasetReport& report) {
    CsvTable t = readCsvFile(path.string(), opt.labelColumn);
    const int64_t f = t.featureCount();
    const int64_t n = t.rows();

    Dataset ds;
    ds.classNames = t.classNames;
    const std::string kind =
        t.delimiter == '\t' ? "TSV" : t.delimiter == ';' ? message(Msg::FormatSemicolonCsv) : "CSV";
    ds.format = message(Msg::FormatNumericTable, {kind, std::to_string(f)});

    report.labelColumn = t.labelName;
    report.tableColumns = t.headColumns;
    report.headRows = t.headRows;
    report.columns = t.columns;
    report.notes.push_back(message(t.integerLabels ? Msg::NoteIntegerLabelColumn : Msg::NoteTextLabelColumn,
                                   {t.labelName, std::to_string(t.classNames.size())}));
    report.notes.push_back(message(t.hasHeader ? Msg::NoteHeaderLine : Msg::NoteNoHeaderLine));

    std::vector<std::string> constant;
    for (const ColumnStats& c : t.columns)
        if (c.min == c.max) constant.push_back(c.name);
    if (!constant.empty())
        report.warnings.push_back(message(constant.size() == 1 ? Msg::ConstantColumn : Msg::ConstantColumns,
                                          {std::to_string(constant.size()), listSome(constant)}));

    {   // duplicate rows (same features and label)
        std::vector<uint64_t> hashes(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i)
            hashes[static_cast<size_t>(i)] = sampleHash(t.row(i), static_cast<size_t>(f) * sizeof(float),
                                                        t.labels[static_cast<size_t>(i)]);
        size_t dup = 0, orig = 0;
        const int64_t dups = countDuplicates(hashes, dup, orig);
        if (dups > 0)
            report.warnings.push_back(message(dups == 1 ? Msg::DuplicateRow : Msg::DuplicateRows,
                                              {std::to_string(dups), std::to_string(t.lines[dup]),
                                               std::to_string(t.lines[orig])}));
    }

    std::vector<int64_t> labels(t.labels.begin(), t.labels.end());
    const std::vector<uint8_t> assign =
        stratifiedSplit(labels, static_cast<int>(t.classNames.size()), opt.valFraction, opt.testFraction, opt.seed);
    labels.clear();
    labels.shrink_to_fit();
    report.splitMade = true;

    ImageSet* out[kSplitCount] = {&ds.train, &ds.val, &ds.test};
    int64_t counts[kSplitCount] = {0, 0, 0};
    for (uint8_t a : assign) ++counts[a];
    for (int s = 0; s < kSplitCount; ++s) {
        out[s]->channels = 1;
        out[s]->height = 1;
        out[s]->width = f;
        out[s]->features.reserve(static_cast<size_t>(counts[s] * f));  // reserved, not touched: no RSS yet
        out[s]->labels.reserve(static_cast<size_t>(counts[s]));
    }
    // Move rows block by block, releasing each block once copied: peak memory stays near one copy.
    size_t freed = 0;
    for (int64_t i = 0; i < n; ++i) {
        ImageSet& dst = *out[assign[static_cast<size_t>(i)]];
        const float* row = t.row(i);
        dst.features.insert(dst.features.end(), row, row + f);
        dst.labels.push_back(t.labels[static_cast<size_t>(i)]);
        if ((i + 1) % t.rowsPerBlock == 0 || i + 1 == n) {
            std::vector<float>& block = t.blocks[static_cast<size_t>(i / t.rowsPerBlock)];
            freed += block.capacity() * sizeof(float);
            std::vector<float>().swap(block);
            if (freed >= kTrimEveryBytes) {
                releaseFreedMemory();
                freed = 0;
            }
        }
    }
    ds.featureNames = t.featureNames;
    if (!opt.featureShift.empty() || !opt.featureScale.empty()) {
        if (static_cast<int64_t>(opt.featureShift.size()) != f || static_cast<int64_t>(opt.featureScale.size()) != f)
            throw std::runtime_error(path.filename().string() + " has " + std::to_string(f) +
                                     " feature columns, but the model was trained on " +
                                     std::to_string(opt.featureShift.size()) + ": use a table with the same columns.");
        applyStandardization(ds, opt.featureShift, opt.featureScale);
    } else {
        standardize(ds);
    }
    return ds;
}

// One IDX images/labels pair; the folder's four files win when they are all there.
Dataset loadIdxPairDataset(const fs::path& file, const LoadOptions& opt, DatasetReport& report) {
    const fs::path folder = file.parent_path();
    if (hasAllStandardIdxFiles(folder)) {
        report.notes.push_back(message(Msg::NoteWholeIdxFolder));
        return loadIdxFolder(folder.string());
    }
    bool isImages = true;
    const std::string partner = idxPartner(file, isImages);
    if (partner.empty()) {
        const std::string name = file.filename().string();
        const std::string low = lower(name);
        if (low.find("images") == std::string::npos && low.find("labels") == std::string::npos)
            fail(file.string(), "cannot tell whether this IDX file holds images or labels. Name the pair like "
                                "train-images-idx3-ubyte and train-labels-idx1-ubyte (raw or .gz), or open the "
                                "folder with the four standard files.");
        fail(file.string(), std::string("found no matching ") + (isImages ? "labels" : "images") +
                                " file next to it (expected a name with '" + (isImages ? "labels" : "images") +
                                "' in place of '" + (isImages ? "images" : "labels") + "', raw or .gz).");
    }
    const std::string imagesPath = isImages ? file.string() : partner;
    const std::string labelsPath = isImages ? partner : file.string();
    ImageSet all = loadIdxPair(imagesPath, labelsPath);
    if (all.size() == 0) fail(imagesPath, "contains no images.");

    Dataset ds;
    int64_t maxLabel = 0;
    for (int64_t l : all.labels) maxLabel = std::max(maxLabel, l);
    const bool fashion = lower(folder.filename().string()).find(kFashionMarker) != std::string::npos &&
                         maxLabel < kFashionClasses;
    if (fashion) ds.classNames = fashionMnistClassNames();
    else
        for (int64_t c = 0; c <= maxLabel; ++c) ds.classNames.push_back(std::to_string(c));
    const std::vector<uint8_t> assign =
        stratifiedSplit(all.labels, ds.classCount(), opt.valFraction, opt.testFraction, opt.seed);
    ImageSet* out[kSplitCount] = {&ds.train, &ds.val, &ds.test};
    distribute(all, assign, out);
    report.splitMade = true;
    ds.format = message(stripGz(imagesPath) != imagesPath ? Msg::FormatIdxPairGzip : Msg::FormatIdxPair);
    report.notes.push_back(message(Msg::NoteIdxPair, {imagesPath, labelsPath}));
    return ds;
}

// An image folder: its own train/val/test sub-folders, or one split made here.
Dataset loadImages(const fs::path& folder, const LoadOptions& opt, DatasetReport& report) {
    const int channels = opt.color == ColorMode::Rgb ? kRgbChannels : opt.color == ColorMode::Grayscale ? kGrayChannels : 0;
    ImageFolderResult r = loadImageFolder(folder.string(), opt.imageWidth, opt.imageHeight, channels);
    Dataset ds;
    ds.classNames = r.classNames;
    report.skippedFiles = r.skipped;
    report.skippedExamples = r.skippedExamples;
    if (r.ownSplit) {
        ds.train = std::move(r.train);
        ds.val = std::move(r.val);
        ds.test = std::move(r.test);
        report.notes.push_back(message(Msg::NoteSplitFromSubfolders));
    } else {
        const std::vector<uint8_t> assign =
            stratifiedSplit(r.all.labels, ds.classCount(), opt.valFraction, opt.testFraction, opt.seed);
        ImageSet* out[kSplitCount] = {&ds.train, &ds.val, &ds.test};
        distribute(r.all, assign, out);
        report.splitMade = true;
    }
    ds.format = message(ds.train.channels == kRgbChannels ? Msg::FormatImageFolderRgb : Msg::FormatImageFolderGray,
                        {std::to_string(ds.train.width), std::to_string(ds.train.height)});
    if (r.skipped > 0)
        report.warnings.push_back(message(r.skipped == 1 ? Msg::SkippedFile : Msg::SkippedFiles,
                                          {std::to_string(r.skipped), listSome(r.skippedExamples)}));
    return ds;
}

// Warnings every format shares: one class, tiny classes, imbalance, duplicate images.
/// "0-9 (59,999 samples)": a run of label values [from, to] and how many samples they hold.
std::string labelRun(int from, int to, int64_t samples) {
    const std::string values = from == to ? std::to_string(from) : std::to_string(from) + "-" + std::to_string(to);
    return values + " (" + std::to_string(samples) + (samples == 1 ? " sample)" : " samples)");
}

/// Label values without samples between 0 and the largest label that occurs: a warning that names the empty ranges and
/// the labels that do occur, with their counts. An IDX data set (numeric labels, no class names) whose range
/// is mostly empty is refused unless the user accepted sparse labels.
void checkLabelGaps(const Dataset& ds, const std::vector<int64_t>& total, int present, const LoadOptions& opt,
                    DatasetReport& report) {
    // The range in use ends at the largest label that occurs (an IDX folder pads its classes to ten).
    int k = int(total.size());
    while (k > 0 && total[size_t(k - 1)] == 0) --k;
    const int empty = k - present;
    if (empty == 0 || present < 2) return;
    std::vector<std::string> occur, gaps;
    for (int i = 0; i < k;) {
        int j = i;
        int64_t samples = 0;
        const bool has = total[size_t(i)] > 0;
        while (j < k && (total[size_t(j)] > 0) == has) samples += total[size_t(j++)];
        if (has) occur.push_back(labelRun(i, j - 1, samples));
        else gaps.push_back(i == j - 1 ? std::to_string(i) : std::to_string(i) + "-" + std::to_string(j - 1));
        i = j;
    }
    const std::string text =
        message(Msg::LabelGaps, {listSome(gaps), std::to_string(empty), std::to_string(k), listSome(occur)});
    const bool idx = ds.format.rfind("IDX", 0) == 0;
    report.sparseLabels = idx && empty > present;
    if (report.sparseLabels && !opt.acceptSparseLabels) {
        report.blocker = message(Msg::SparseLabelsBlocker, {text, std::to_string(k)});
        report.warnings.insert(report.warnings.begin(), report.blocker);
        return;
    }
    report.warnings.push_back(text);
}

void checkDataset(const Dataset& ds, const LoadOptions& opt, DatasetReport& report) {
    const int k = ds.classCount();
    std::vector<int64_t> total(static_cast<size_t>(k), 0);
    for (const ImageSet* s : {&ds.train, &ds.val, &ds.test}) {
        const std::vector<int64_t> c = countClasses(*s, k);
        for (int i = 0; i < k; ++i) total[static_cast<size_t>(i)] += c[static_cast<size_t>(i)];
    }
    int present = 0;
    for (int64_t c : total) present += c > 0 ? 1 : 0;
    if (k < 2 || present < 2) {
        report.blocker = k >= 1 ? message(Msg::OneClassNamed,
                                          {ds.classNames[static_cast<size_t>(
                                              std::max_element(total.begin(), total.end()) - total.begin())]})
                                : message(Msg::OneClass);
        report.warnings.insert(report.warnings.begin(), report.blocker);
    }
    checkLabelGaps(ds, total, present, opt, report);
    // Empty labels below the largest one are named by checkLabelGaps instead.
    int lastPresent = k - 1;
    while (lastPresent >= 0 && total[static_cast<size_t>(lastPresent)] == 0) --lastPresent;
    std::vector<std::string> tiny;
    for (int i = 0; i < k; ++i)
        if (total[static_cast<size_t>(i)] < 2 && !(i < lastPresent && total[static_cast<size_t>(i)] == 0))
            tiny.push_back("'" + ds.classNames[static_cast<size_t>(i)] + "' (" + std::to_string(total[static_cast<size_t>(i)]) + ")");
    if (!tiny.empty() && k >= 2)
        report.warnings.push_back(message(tiny.size() == 1 ? Msg::TinyClass : Msg::TinyClasses,
                                          {std::to_string(tiny.size()), listSome(tiny)}));
    const std::vector<int64_t> trainCounts = countClasses(ds.train, k);
    int64_t most = 0, least = INT64_MAX;
    int mostAt = 0, leastAt = 0;
    for (int i = 0; i < k; ++i) {
        const int64_t c = total[static_cast<size_t>(i)];
        if (c > most) most = c, mostAt = i;
        if (c > 0 && c < least) least = c, leastAt = i;
    }
    if (present >= 2 && least > 0 && static_cast<double>(most) / static_cast<double>(least) > kImbalanceRatio)
        report.warnings.push_back(message(Msg::ImbalancedClasses,
                                          {ds.classNames[static_cast<size_t>(mostAt)], std::to_string(most),
                                           ds.classNames[static_cast<size_t>(leastAt)], std::to_string(least)}));
    if (!ds.train.isTabular() && ds.train.size() > 0) {
        const size_t per = static_cast<size_t>(ds.train.sampleBytes());
        std::vector<uint64_t> hashes;
        for (const ImageSet* s : {&ds.train, &ds.val, &ds.test})
            for (int64_t i = 0; i < s->size(); ++i)
                hashes.push_back(sampleHash(s->pixels.data() + static_cast<size_t>(i) * per, per, s->labels[static_cast<size_t>(i)]));
        size_t dup = 0, orig = 0;
        const int64_t dups = countDuplicates(hashes, dup, orig);
        if (dups > 0)
            report.warnings.push_back(
                message(dups == 1 ? Msg::DuplicateImage : Msg::DuplicateImages, {std::to_string(dups)}));
    }
}

}  // namespace

// Judges a path by what it is: folder layout, file name, first bytes.
DatasetFormat detectDatasetFormat(const std::string& pathText) {
    std::error_code ec;
    const fs::path p(pathText);
    if (fs::is_directory(p, ec)) {
        if (hasStandardIdxFile(p)) return DatasetFormat::IdxFolder;
        if (looksLikeImageFolder(p.string())) return DatasetFormat::ImageFolder;
        if (detectTextFormat(p.string()) != TextFormat::NotText) return DatasetFormat::Text;
        return looksLikeTextTable(p.string()) ? DatasetFormat::TextTable : DatasetFormat::Unknown;
    }
    if (!fs::is_regular_file(p, ec)) return DatasetFormat::Unknown;
    const std::string name = lower(stripGz(p.filename().string()));
    const std::string ext = name.rfind('.') == std::string::npos ? "" : name.substr(name.rfind('.'));
    if (looksLikeTextTable(p.string())) return DatasetFormat::TextTable;  // labelled texts: .csv/.tsv/.jsonl
    if (ext == ".csv" || ext == ".tsv") return DatasetFormat::Table;
    if (name.find("idx") != std::string::npos || name.find("ubyte") != std::string::npos) return DatasetFormat::IdxPair;
    if (detectTextFormat(p.string()) != TextFormat::NotText) return DatasetFormat::Text;  // not a numeric table
    if (ext == ".txt") return DatasetFormat::Table;
    if (startsWith(p, 0x00, 0x00)) return DatasetFormat::IdxPair;
    return DatasetFormat::Unknown;
}

// Checks the split fractions.
std::string validateSplitFractions(double val, double test) {
    if (!(val >= 0.0 && val < 1.0) || !(test >= 0.0 && test < 1.0) || !(val + test < 1.0))
        return "the validation and test fractions must each be in [0, 1) and leave something to train on "
               "(got " + std::to_string(val) + " and " + std::to_string(test) + ")";
    return "";
}

// Per-class seeded shuffle, then the first round(n*test) to test and round(n*val) to validation.
std::vector<uint8_t> stratifiedSplit(const std::vector<int64_t>& labels, int classCount, double val, double test,
                                     uint64_t seed) {
    if (const std::string bad = validateSplitFractions(val, test); !bad.empty()) throw std::invalid_argument(bad);
    std::vector<std::vector<size_t>> byClass(static_cast<size_t>(std::max(0, classCount)));
    for (size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0 && labels[i] < classCount) byClass[static_cast<size_t>(labels[i])].push_back(i);
    std::vector<uint8_t> assign(labels.size(), kTrainSplit);
    std::mt19937_64 rng(seed);
    for (std::vector<size_t>& members : byClass) {
        const size_t n = members.size();
        for (size_t i = n; i > 1; --i) std::swap(members[i - 1], members[static_cast<size_t>(uniformBelow(rng, i))]);
        size_t nTest = static_cast<size_t>(std::llround(test * static_cast<double>(n)));
        size_t nVal = static_cast<size_t>(std::llround(val * static_cast<double>(n)));
        while (n > 0 && nTest + nVal >= n) {  // keep at least one training sample per class
            if (nVal >= nTest && nVal > 0) --nVal;
            else --nTest;
        }
        for (size_t i = 0; i < nTest; ++i) assign[members[i]] = kTestSplit;
        for (size_t i = nTest; i < nTest + nVal; ++i) assign[members[i]] = kValSplit;
    }
    return assign;
}

// Detects the format and dispatches; every error names the path.
static Dataset loadDatasetAs(const std::string& pathText, const LoadOptions& opt, DatasetReport* reportOut) {
    const auto t0 = std::chrono::steady_clock::now();
    if (pathText.empty()) throw std::runtime_error(message(Msg::NoDatasetGiven, {message(Msg::SupportedFormats)}));
    if (const std::string bad = validateSplitFractions(opt.valFraction, opt.testFraction); !bad.empty())
        throw std::runtime_error("Invalid split: " + bad + ".");
    std::error_code ec;
    fs::path p = fs::absolute(fs::path(pathText), ec);
    if (ec) p = pathText;
    const std::string shown = p.string();
    if (!fs::exists(p, ec)) throw std::runtime_error(message(Msg::PathDoesNotExist, {shown}));

    DatasetReport report;
    Dataset ds;
    const bool isDir = fs::is_directory(p, ec);
    DatasetFormat format = detectDatasetFormat(shown);
    if (format == DatasetFormat::Table && !opt.textColumn.empty()) format = DatasetFormat::TextTable;
    switch (format) {
    case DatasetFormat::IdxFolder:
        ds = loadIdxFolder(shown);
        report.notes.push_back(message(Msg::NoteSplitFromIdx));
        break;
    case DatasetFormat::IdxPair: ds = loadIdxPairDataset(p, opt, report); break;
    case DatasetFormat::Table: ds = loadTable(p, opt, report); break;
    case DatasetFormat::ImageFolder: ds = loadImages(p, opt, report); break;
    case DatasetFormat::TextTable: ds = loadTextTableDataset(shown, opt, report); break;
    case DatasetFormat::Text:
        ds = loadTextDataset(shown, report.notes);
        report.loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (reportOut) *reportOut = std::move(report);
        return ds;
    case DatasetFormat::Unknown:
        if (isDir) {
            bool hasFiles = false;
            for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) hasFiles = true;
            throw std::runtime_error(message(hasFiles ? Msg::FolderWithoutData : Msg::EmptyFolder,
                                             {shown, message(Msg::SupportedFormats)}));
        }
        if (startsWith(p, 0x89, 'P') || startsWith(p, 0xff, 0xd8))
            throw std::runtime_error(message(Msg::SingleImage, {shown}));
        throw std::runtime_error(message(Msg::UnknownFormat, {shown, message(Msg::SupportedFormats)}));
    }
    if (ds.name.empty() || ds.name == shown) ds.name = datasetName(p, !isDir);
    ds.path = shown;
    if (report.splitMade) {
        report.notes.push_back(message(Msg::NoteStratifiedSplit,
                                       {formatFixed(kPercent * (1.0 - opt.valFraction - opt.testFraction), 0),
                                        formatFixed(kPercent * opt.valFraction, 0),
                                        formatFixed(kPercent * opt.testFraction, 0), std::to_string(opt.seed)}));
    }
    if (!ds.isTextClassification()) {  // text tables are checked and hashed by their loader
        checkDataset(ds, opt, report);
        hashContent(ds);
    }
    report.loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (reportOut) *reportOut = std::move(report);
    return ds;
}

// Counts, histograms, thumbnails and the table summary; no bulk data.
DatasetPreview makeDatasetPreview(const Dataset& ds, const DatasetReport& report, double trainerValFraction) {
    DatasetPreview pv;
    pv.name = ds.name;
    pv.path = ds.path;
    pv.format = ds.format;
    pv.formatKind = ds.path.empty() ? DatasetFormat::Unknown : detectDatasetFormat(ds.path);
    pv.contentHash = ds.contentHash;
    pv.tabular = ds.train.isTabular();
    pv.classNames = ds.classNames;
    pv.channels = ds.train.channels;
    pv.height = ds.train.height;
    pv.width = ds.train.width;
    pv.trainHistogram = countClasses(ds.train, ds.classCount());
    pv.valHistogram = countClasses(ds.val, ds.classCount());
    pv.testHistogram = countClasses(ds.test, ds.classCount());
    pv.testCount = ds.test.size();
    if (ds.isTextClassification()) {
        pv.labelledText = true;
        pv.trainHistogram = countLabels(ds.textTrain.labels, ds.classCount());
        pv.valHistogram = countLabels(ds.textVal.labels, ds.classCount());
        pv.testHistogram = countLabels(ds.textTest.labels, ds.classCount());
        pv.texts = previewLabelledTexts(ds);
        pv.testCount = ds.textTest.size();
    }
    if (ds.isText()) {  // bytes of the parts the language-model presets make (90/5/5 of the tail)
        const TrainConfig lm = presetConfig("gpt-tiny");
        const DatasetInfo parts = describeTextCorpus(ds, lm.valFraction, lm.testFraction);
        pv.trainCount = parts.trainCount;
        pv.valCount = parts.valCount;
        pv.testCount = parts.testCount;
    } else {
        const int64_t train = pv.labelledText ? ds.textTrain.size() : ds.train.size();
        const int64_t val = pv.labelledText ? ds.textVal.size() : ds.val.size();
        if (val > 0 || trainerValFraction <= 0.0) {
            pv.trainCount = train;
            pv.valCount = val;
        } else {
            pv.valFromTrainer = true;
            pv.valCount = std::llround(trainerValFraction * static_cast<double>(train));
            pv.trainCount = train - pv.valCount;
        }
    }
    pv.splitMade = report.splitMade;
    pv.sparseLabels = report.sparseLabels;
    pv.loadOptions = ds.loadOptions;
    pv.labelColumn = report.labelColumn;
    pv.tableColumns = report.tableColumns;
    pv.headRows = report.headRows;
    pv.columns = report.columns;
    pv.warnings = report.warnings;
    pv.notes = report.notes;
    pv.blocker = report.blocker;
    pv.loadSeconds = report.loadSeconds;

    if (!pv.tabular && ds.train.size() > 0) {
        pv.thumbnailsPerClass = kThumbnailsPerClass;
        const int64_t h = ds.train.height, w = ds.train.width, c = ds.train.channels;
        const double shrink = std::min(1.0, static_cast<double>(kMaxThumbnailSide) / static_cast<double>(std::max(h, w)));
        const int th = std::max<int>(1, static_cast<int>(std::lround(h * shrink)));
        const int tw = std::max<int>(1, static_cast<int>(std::lround(w * shrink)));
        const size_t per = static_cast<size_t>(ds.train.sampleBytes());
        std::vector<int> taken(static_cast<size_t>(ds.classCount()), 0);
        std::vector<uint8_t> interleaved(per);
        for (const ImageSet* s : {&ds.train, &ds.test})
            for (int64_t i = 0; i < s->size(); ++i) {
                const int64_t label = s->labels[static_cast<size_t>(i)];
                if (label < 0 || label >= std::min(ds.classCount(), kMaxThumbnailClasses) ||
                    taken[static_cast<size_t>(label)] >= kThumbnailsPerClass)
                    continue;
                ++taken[static_cast<size_t>(label)];
                Thumbnail t;
                t.classIndex = static_cast<int>(label);
                t.channels = c;
                t.height = th;
                t.width = tw;
                const uint8_t* src = s->pixels.data() + static_cast<size_t>(i) * per;
                for (int64_t y = 0; y < h; ++y)  // planar -> interleaved for the resampler
                    for (int64_t x = 0; x < w; ++x)
                        for (int64_t ch = 0; ch < c; ++ch)
                            interleaved[static_cast<size_t>((y * w + x) * c + ch)] = src[static_cast<size_t>((ch * h + y) * w + x)];
                t.pixels = resizeToPlanar(interleaved.data(), static_cast<int>(c), static_cast<int>(h),
                                          static_cast<int>(w), th, tw);
                pv.thumbnails.push_back(std::move(t));
            }
        std::stable_sort(pv.thumbnails.begin(), pv.thumbnails.end(),
                         [](const Thumbnail& a, const Thumbnail& b) { return a.classIndex < b.classIndex; });
    }
    return pv;
}

}  // namespace ts

namespace ts {

Dataset loadDataset(const std::string& path, const LoadOptions& options, DatasetReport* report) {
    Dataset ds = loadDatasetAs(path, options, report);
    ds.loadOptions = loadOptionsToJson(options);
    return ds;
}

std::string loadOptionsToJson(const LoadOptions& o) {
    Json j;
    j.set("label_column", o.labelColumn);
    if (!o.textColumn.empty()) j.set("text_column", o.textColumn);
    j.set("image_width", o.imageWidth);
    j.set("image_height", o.imageHeight);
    j.set("color", o.color == ColorMode::Grayscale ? "grayscale" : o.color == ColorMode::Rgb ? "rgb" : "auto");
    j.set("val_fraction", o.valFraction);
    j.set("test_fraction", o.testFraction);
    j.set("seed", o.seed);
    if (o.acceptSparseLabels) j.set("accept_sparse_labels", true);
    return j.dump();
}

LoadOptions loadOptionsFromJson(const std::string& json) {
    const Json j = Json::parse(json);
    LoadOptions o;
    o.labelColumn = j["label_column"].string(o.labelColumn);
    o.textColumn = j["text_column"].string(o.textColumn);
    o.imageWidth = int(j["image_width"].integer(o.imageWidth));
    o.imageHeight = int(j["image_height"].integer(o.imageHeight));
    const std::string color = j["color"].string("auto");
    o.color = color == "grayscale" ? ColorMode::Grayscale : color == "rgb" ? ColorMode::Rgb : ColorMode::Auto;
    o.valFraction = j["val_fraction"].number(o.valFraction);
    o.testFraction = j["test_fraction"].number(o.testFraction);
    o.seed = j["seed"].unsignedInteger(o.seed);
    o.acceptSparseLabels = j["accept_sparse_labels"].boolean(false);
    return o;
}

}  // namespace ts
