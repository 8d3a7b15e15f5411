// Plain value types shared by core, the Qt bridge and the widgets.
// This header must stay free of torch and Qt so that every layer can include it.
#pragma once

#include "core/health/Health.h"

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
    double samplesPerSec = 0.0;  ///< training throughput over the current epoch (language models: tokens/s)
    double elapsedSec = 0.0;     ///< wall-clock seconds since training started (pauses excluded)
    double gradNorm = -1.0;      ///< total gradient norm before clipping; -1 when it was not measured
    int64_t totalSteps = 0;      ///< steps the run will take in all
    SystemMetrics system;        ///< the machine over the steps since the previous report
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

/// A watch-list entry found in a generated sample.
struct WatchMatch {
    int64_t begin = 0;   ///< byte offset in TextSample::text
    int64_t end = 0;     ///< byte offset just past the match
    std::string entry;   ///< the watch-list entry it matched
};

/// A language model's continuation of one prompt at one evaluation (a line of samples.jsonl).
struct TextSample {
    int64_t step = 0;            ///< training step of the model that wrote it
    std::string prompt;
    std::string text;            ///< the continuation, without the prompt
    double temperature = 0.0;
    int topK = 0;                ///< 0 = all tokens
    uint64_t seed = 0;
    double distinct1 = 0.0;      ///< unique word unigrams / word unigrams
    double distinct2 = 0.0;      ///< unique word bigrams / word bigrams
    double repetition = 0.0;     ///< 1 - unique / total word 4-grams
    double memorization = 0.0;   ///< share of word 8-grams found verbatim in the training split
    std::vector<WatchMatch> watchHits;
};

/// What an evaluation of a language model measures besides the losses (EpochMetrics::trainLoss and val.loss).
struct LanguageModelEval {
    double valPerplexity = 0.0;    ///< exp(validation loss)
    double valBitsPerByte = 0.0;   ///< validation nats / ln 2 / UTF-8 bytes of the targets
    double trainBitsPerByte = 0.0;
    double valTokenAccuracy = 0.0; ///< top-1 next-token accuracy on the validation batches
    int64_t watchHits = 0;         ///< watch-list matches in this evaluation's samples
    std::vector<TextSample> samples;
};

/// One finished epoch; for a language model, one evaluation every eval-every steps ("epoch" counts them).
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
    bool languageModel = false;   ///< a language model's evaluation: trainLoss is estimated on eval batches,
                                  ///< val.loss and val.accuracy (next-token) are set, the rest of val is empty
    LanguageModelEval lm;         ///< language models only
    SystemMetrics system;         ///< the machine over this epoch's training
};

/// How a run ended.
/// Interrupted: a peer process of a data-parallel run died or hung; the run kept its last checkpoint and resumes.
enum class RunStatus { Finished, Stopped, Diverged, Failed, Interrupted };

/// Human-readable name of a run status ("finished", "stopped", ...).
inline const char* runStatusName(RunStatus s) {
    switch (s) {
    case RunStatus::Finished: return "finished";
    case RunStatus::Stopped: return "stopped";
    case RunStatus::Diverged: return "diverged";
    case RunStatus::Failed: return "failed";
    case RunStatus::Interrupted: return "interrupted";
    }
    return "unknown";
}


/// A language model on the whole test split (non-overlapping windows of the context length).
struct LanguageModelTest {
    double loss = 0.0;           ///< mean next-token cross-entropy, nats
    double perplexity = 0.0;
    double bitsPerByte = 0.0;
    double tokenAccuracy = 0.0;  ///< top-1
    double top5Accuracy = 0.0;
    int64_t tokens = 0;          ///< predicted tokens
};

/// The tokenizer a language-model run used, and how the splits came out in it.
struct TokenizerSummary {
    std::string kind;            ///< char | bpe | unigram | sentencepiece
    int64_t vocabSize = 0;
    int64_t trainTokens = 0, valTokens = 0, testTokens = 0;
    double valUnknownRate = 0.0;   ///< share of validation tokens that are the unknown token
    double testUnknownRate = 0.0;
};

/// Final result of Trainer::run.
/// One process of a data-parallel run, as rank 0 sees it (every step, through the loop's control all-reduce).
struct ProcessFigures {
    int rank = 0;
    std::string host;             ///< the machine it runs on
    int64_t step = 0;             ///< optimizer steps it has taken
    double samplesPerSec = 0.0;   ///< its own share of the samples (language models: tokens) per second
    double syncShare = -1.0;      ///< share of its step time spent in collectives (waiting for peers, all-reduce)
    std::string state;            ///< training | paused | finished | stopped | failed | lost
};

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
    std::string task = "classification";  ///< classification | language-model
    TokenizerSummary tokenizer;       ///< language models
    bool hasLmTest = false;           ///< language models: the test split was scored
    LanguageModelTest lmTest;
    int64_t parameters = 0;           ///< trainable parameters of the model (0 when unknown)
    int worldSize = 1;                ///< processes that trained it (data-parallel when > 1)
    std::string distBackend;          ///< gloo | nccl when worldSize > 1
    std::vector<ProcessFigures> processes;  ///< each process's figures at the end (worldSize > 1)
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
    bool text = false;                    ///< a text corpus (counts are UTF-8 bytes of each split)
    int64_t documents = 0;                ///< text: files or JSONL records
};

}  // namespace ts
