// Plain value types shared by core, the Qt bridge and the widgets.
// This header must stay free of torch and Qt so that every layer can include it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

/// One training batch, reported by the trainer after the optimizer step.
struct BatchMetrics {
    int64_t step = 0;            ///< global batch index, starting at 1
    int epoch = 0;               ///< 1-based epoch the batch belongs to
    int batch = 0;               ///< 1-based batch index inside the epoch
    int batchesPerEpoch = 0;     ///< number of batches in one epoch
    double loss = 0.0;           ///< mean cross-entropy of this batch
    double lr = 0.0;             ///< learning rate used for this batch
    double samplesPerSec = 0.0;  ///< training throughput over the current epoch
    double elapsedSec = 0.0;     ///< wall-clock seconds since training started (pauses excluded)
};

/// Precision, recall and F1 of one class against the rest (or an average of them).
struct ClassMetrics {
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    int64_t support = 0;               ///< number of samples whose true class is this one
    bool precisionUndefined = false;   ///< TP+FP was 0: the class was never predicted, precision reported as 0
    bool recallUndefined = false;      ///< TP+FN was 0: the class never occurs, recall reported as 0
};

/// Square confusion matrix: rows are the true class, columns the predicted class.
struct ConfusionMatrix {
    std::vector<std::string> classNames;
    std::vector<int64_t> counts;  ///< row-major, classCount() * classCount()

    int classCount() const { return static_cast<int>(classNames.size()); }
    int64_t at(int trueClass, int predicted) const {
        return counts[static_cast<size_t>(trueClass) * classNames.size() + static_cast<size_t>(predicted)];
    }
    int64_t& at(int trueClass, int predicted) {
        return counts[static_cast<size_t>(trueClass) * classNames.size() + static_cast<size_t>(predicted)];
    }
    /// Sum of all cells, i.e. the number of evaluated samples.
    int64_t total() const {
        int64_t s = 0;
        for (int64_t c : counts) s += c;
        return s;
    }
    /// Resets to an all-zero matrix for the given classes.
    void reset(const std::vector<std::string>& names) {
        classNames = names;
        counts.assign(names.size() * names.size(), 0);
    }
};

/// Everything one evaluation pass over a labelled set produces.
struct EvalMetrics {
    double loss = 0.0;      ///< true mean cross-entropy over all samples
    double accuracy = 0.0;  ///< (TP+TN)/all in the multi-class sense: correct / all
    std::vector<ClassMetrics> perClass;
    ClassMetrics macro;     ///< unweighted mean over the classes that occur in the true or predicted labels
                            ///< (as scikit-learn averages); a class that neither occurs nor is predicted
                            ///< does not dilute it
    ClassMetrics weighted;  ///< mean weighted by support
    ConfusionMatrix confusion;
    int macroClasses = 0;   ///< how many classes the macro average ran over
    bool empty() const { return confusion.total() == 0; }
};

/// One test-set prediction.
struct Prediction {
    int64_t index = 0;        ///< sample index in the evaluated set
    int trueClass = 0;
    int predicted = 0;
    double confidence = 0.0;  ///< softmax probability of the predicted class
};

/// One finished epoch.
struct EpochMetrics {
    int epoch = 0;                ///< 1-based
    int epochs = 0;               ///< planned number of epochs
    int64_t step = 0;             ///< global step at the end of the epoch
    double trainLoss = 0.0;       ///< mean training loss over the epoch's samples
    double trainAccuracy = 0.0;   ///< training accuracy measured during the epoch
    EvalMetrics val;              ///< evaluation on the validation set (or the test set for the seed preset)
    std::string valSetName;       ///< "validation" or "test"
    std::string valSplit;         ///< split of the data set that valPredictions index: "train" (held out), "val" or "test"
    double lr = 0.0;              ///< learning rate at the end of the epoch
    double seconds = 0.0;         ///< wall-clock seconds of this epoch's training (pauses excluded)
    double evalSeconds = 0.0;     ///< seconds spent evaluating after the epoch
    double elapsedSec = 0.0;      ///< seconds since training started (pauses excluded)
    double samplesPerSec = 0.0;   ///< training throughput of this epoch
    /// One per validation sample (index = row of the evaluated set), for the mistakes gallery.
    /// Kept in memory and in val-predictions.csv, not in epochs.jsonl.
    std::vector<Prediction> valPredictions;
};

/// How a run ended.
enum class RunStatus { Finished, Stopped, Diverged, Failed };

/// Human-readable name of a run status ("finished", "stopped", ...).
inline const char* runStatusName(RunStatus s) {
    switch (s) {
    case RunStatus::Finished: return "finished";
    case RunStatus::Stopped: return "stopped";
    case RunStatus::Diverged: return "diverged";
    case RunStatus::Failed: return "failed";
    }
    return "unknown";
}


/// Final result of Trainer::run.
struct RunSummary {
    RunStatus status = RunStatus::Finished;
    std::string message;              ///< why the run stopped, diverged or failed; empty when finished
    std::string device;               ///< "cpu" or "cuda:0 (NVIDIA ...)"
    int threads = 0;                  ///< intra-op threads used
    std::vector<EpochMetrics> epochs;
    bool hasTest = false;             ///< test-set evaluation ran
    EvalMetrics test;
    std::vector<Prediction> testPredictions;  ///< one per test sample when hasTest
    double totalSeconds = 0.0;        ///< training + evaluation time, pauses excluded
};

}  // namespace ts

namespace ts {

/// What the UI shows about a loaded data set (no pixels).
struct DatasetInfo {
    std::string name;
    std::string path;
    std::string format;
    std::vector<std::string> classNames;
    int64_t trainCount = 0;
    int64_t valCount = 0;
    int64_t testCount = 0;
    int64_t channels = 0;
    int64_t height = 0;
    int64_t width = 0;
    std::vector<int64_t> trainHistogram;  ///< samples per class in the training split
    std::string contentHash;              ///< identity of the data files' contents
    std::string loadOptions;              ///< JSON of the load options (label column, image size, split), "" = defaults
};

}  // namespace ts
