// One entry point for every data-set format TrainScope reads: IDX folders and pairs, CSV/TSV
// tables, image folders and text corpora. Also the stratified split and a preview for the UI. Torch-free, Qt-free.
#pragma once

#include "core/data/Csv.h"
#include "core/data/Dataset.h"
#include "core/data/LabelledTextPreview.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// How image-folder pictures are converted.
enum class ColorMode { Auto, Grayscale, Rgb };

/// Choices the user can make when loading a data set.
struct LoadOptions {
    std::string labelColumn;        ///< tables: header name or 1-based number; "" = label/class/target, else the last
    std::string textColumn;         ///< text tables: header name or 1-based number; "" = text/sentence/review/... or prose
    int imageWidth = 0;             ///< image folders: common size; 0 = the first image's size
    int imageHeight = 0;
    ColorMode color = ColorMode::Auto;  ///< Auto: RGB when the first image has colour channels
    double valFraction = 0.1;       ///< share of each class moved to validation when the format has no split
    double testFraction = 0.1;      ///< share of each class moved to the test set when the format has no split
    uint64_t seed = 42;             ///< seed of that split
    /// IDX: train even when most label values between 0 and the largest label have no samples (a stray
    /// label 250 among 0-9 makes 251 classes). Refused unless the user confirms with this.
    bool acceptSparseLabels = false;
    /// Tables: standardize with this (shift, scale) instead of the training split's statistics, e.g. the
    /// statistics of the data a model was trained on. Empty = compute them. Not part of loadOptionsToJson.
    std::vector<float> featureShift;
    std::vector<float> featureScale;
};

/// What a path holds, judged from its name, its contents' layout and its first bytes.
enum class DatasetFormat { Unknown, IdxFolder, IdxPair, Table, ImageFolder, Text, TextTable };

/// Detects the format of a file or folder without loading it.
DatasetFormat detectDatasetFormat(const std::string& path);

/// Everything the loader noticed besides the data itself.
struct DatasetReport {
    std::vector<std::string> warnings;        ///< problems worth a look (imbalance, duplicates, skipped files, ...)
    std::vector<std::string> notes;           ///< neutral facts (delimiter, label column, where the split came from)
    std::string blocker;                      ///< non-empty when the data cannot be trained on (e.g. one class)
    int64_t skippedFiles = 0;                 ///< image folders: files that were not images or failed to decode
    std::vector<std::string> skippedExamples; ///< the first few of them, "name (reason)"
    std::string labelColumn;                  ///< tables: the label column's name
    std::vector<std::string> tableColumns;    ///< tables: every column, in file order
    std::vector<std::vector<std::string>> headRows;  ///< tables: first rows as text
    std::vector<ColumnStats> columns;         ///< tables: raw range and moments of each feature
    bool splitMade = false;                   ///< the loader made the stratified train/val/test split
    bool sparseLabels = false;                ///< most label values in the range have no samples (IDX)
    double loadSeconds = 0.0;
};

/// Loads any supported data set. Throws std::runtime_error with a message for the user
/// (which file, which line/column, what to do). Fills `report` when given.
Dataset loadDataset(const std::string& path, const LoadOptions& options, DatasetReport* report = nullptr);

/// Standardizes every split of a table data set as (raw - shift) * scale and records the transform in
/// ds.featureShift/featureScale. The features must be raw. Throws std::invalid_argument on a size mismatch.
void applyStandardization(Dataset& ds, const std::vector<float>& shift, const std::vector<float>& scale);

/// The options as a JSON document (stored with a run so that resuming reloads the data the same way).
std::string loadOptionsToJson(const LoadOptions& options);
/// Options back from loadOptionsToJson's text; missing fields keep their defaults. Throws on invalid JSON.
LoadOptions loadOptionsFromJson(const std::string& json);

/// Checks split fractions; returns "" when valid, else a message.
std::string validateSplitFractions(double valFraction, double testFraction);

/// Per-sample split (0 = train, 1 = validation, 2 = test): each class is shuffled with `seed`
/// and round(n * fraction) of its samples go to validation and test; every class keeps at least
/// one training sample.
std::vector<uint8_t> stratifiedSplit(const std::vector<int64_t>& labels, int classCount, double valFraction,
                                     double testFraction, uint64_t seed);

/// A small sample image for the preview, planar uint8.
struct Thumbnail {
    int classIndex = 0;
    int64_t channels = 1;
    int64_t height = 0;
    int64_t width = 0;
    std::vector<uint8_t> pixels;
};

/// What the preview dialog shows; plain values, safe to pass between threads.
struct DatasetPreview {
    std::string name;
    std::string path;
    std::string format;
    DatasetFormat formatKind = DatasetFormat::Unknown;  ///< which loader read it (decides the load options offered)
    std::string contentHash;
    bool tabular = false;
    std::vector<std::string> classNames;
    int64_t trainCount = 0;
    int64_t valCount = 0;
    int64_t testCount = 0;
    bool valFromTrainer = false;             ///< validation is held out of train when training starts
    bool splitMade = false;                  ///< the loader made the train/val/test split (its fractions apply)
    bool sparseLabels = false;               ///< most label values in the range have no samples (IDX): the
                                             ///< preview offers to accept them
    std::string loadOptions;                 ///< JSON of the LoadOptions it was loaded with ("" = unknown/defaults)
    int64_t channels = 0;
    int64_t height = 0;
    int64_t width = 0;
    std::vector<int64_t> trainHistogram;     ///< per class, the training split as loaded
    std::vector<int64_t> valHistogram;
    std::vector<int64_t> testHistogram;
    std::vector<Thumbnail> thumbnails;       ///< images: up to thumbnailsPerClass per class, by class
    int thumbnailsPerClass = 0;
    std::string labelColumn;
    std::vector<std::string> tableColumns;
    std::vector<std::vector<std::string>> headRows;
    std::vector<ColumnStats> columns;
    bool labelledText = false;               ///< labelled texts (text classification): `texts` is filled
    LabelledTextPreview texts;
    std::vector<std::string> warnings;
    std::vector<std::string> notes;
    std::string blocker;
    double loadSeconds = 0.0;
};

/// Builds the preview of a loaded data set. `trainerValFraction` is what the trainer will hold
/// out when the data set has no validation split.
DatasetPreview makeDatasetPreview(const Dataset& ds, const DatasetReport& report, double trainerValFraction);

}  // namespace ts
