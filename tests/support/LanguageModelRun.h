// A realistic language-model run folder for run-store, TensorBoard, report and window tests, written by the real
// RunWriter from synthetic metrics (no training): a gpt-tiny configuration on a small text corpus, one step row per
// optimizer step, evaluations with three prompts' samples that improve from noise to Shakespeare, watch-list hits,
// and the test split's figures at the end.
#pragma once

#include "core/runs/RunWriter.h"
#include "core/train/TrainConfig.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace ts::testing {

/// The shape of a synthetic language-model run.
struct LmRunShape {
    int evaluations = 6;    ///< evaluation points written
    int evalEvery = 20;     ///< steps between two of them
    bool finish = true;     ///< call onFinished (a summary.json); false leaves the run as if killed
};

/// The prompts of the synthetic run; the last one needs escaping in HTML and markdown.
inline const std::vector<std::string> kLmPrompts = {"", "ROMEO:", "<b>Tom & \"Jerry\"</b>"};
/// What each prompt's continuation converges to.
inline const std::vector<std::string> kLmTargets = {
    "First Citizen:\nBefore we proceed any further, hear me speak.\n\nAll:\nSpeak, speak.",
    " But soft, what light through yonder window breaks? It is the east, and I love thee.",
    " chase each other <i>round</i> & round; love is a game < war.",
};
/// The watch list's entries (whole words, any case).
inline const std::vector<std::string> kLmWatchList = {"love", "speak"};

/// Whole-word, case-insensitive matches of kLmWatchList in `text`, in byte ranges.
inline std::vector<WatchMatch> lmWatchHits(const std::string& text) {
    auto lower = [](std::string s) {
        for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    auto isWord = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    const std::string low = lower(text);
    std::vector<WatchMatch> hits;
    for (const std::string& entry : kLmWatchList)
        for (size_t at = low.find(entry); at != std::string::npos; at = low.find(entry, at + 1)) {
            const size_t end = at + entry.size();
            if ((at == 0 || !isWord(low[at - 1])) && (end == low.size() || !isWord(low[end])))
                hits.push_back({int64_t(at), int64_t(end), entry});
        }
    std::sort(hits.begin(), hits.end(), [](const WatchMatch& a, const WatchMatch& b) { return a.begin < b.begin; });
    return hits;
}

/// `target` with a share `noise` of its letters replaced by others (deterministic in `seed`).
inline std::string lmNoisy(const std::string& target, double noise, uint32_t seed) {
    std::string out = target;
    uint32_t state = seed * 2654435761u + 1u;
    for (char& c : out) {
        state = state * 1664525u + 1013904223u;
        if (std::isalpha(static_cast<unsigned char>(c)) && double(state >> 8) / double(1u << 24) < noise)
            c = char('a' + (state >> 3) % 26);
    }
    return out;
}

/// The gpt-tiny configuration of the synthetic run.
inline TrainConfig lmRunConfig(const LmRunShape& shape) {
    TrainConfig cfg = presetConfig("gpt-tiny");
    cfg.steps = int64_t(shape.evaluations) * shape.evalEvery;
    cfg.evalEvery = shape.evalEvery;
    cfg.prompts = kLmPrompts;
    cfg.watchList = "/data/watch.txt";
    cfg.threads = 1;
    cfg.device = "cpu";
    return cfg;
}

/// The text corpus of the synthetic run (byte counts of the splits).
inline DatasetInfo lmRunDataset() {
    DatasetInfo d;
    d.name = "tinyshakespeare.txt";
    d.path = "/data/tinyshakespeare.txt";
    d.format = "text";
    d.text = true;
    d.documents = 1;
    d.trainCount = 1003854;
    d.valCount = 55770;
    d.testCount = 55770;
    d.contentHash = "fnv1a64:5ba7e5c0ffee0001";
    return d;
}

/// The step row of optimizer step `step` (1-based) of a run with `shape`.
inline BatchMetrics lmStep(int64_t step, const LmRunShape& shape) {
    BatchMetrics b;
    b.step = step;
    b.epoch = int((step - 1) / shape.evalEvery) + 1;
    b.batch = int((step - 1) % shape.evalEvery) + 1;
    b.batchesPerEpoch = shape.evalEvery;
    b.totalSteps = int64_t(shape.evaluations) * shape.evalEvery;
    b.loss = 1.5 + 2.7 / std::sqrt(double(step)) + 0.02 * double(step % 5);
    b.lr = 1e-3 * std::min(1.0, double(step) / 10.0);
    b.samplesPerSec = 4000.0 + double(step % 7) * 10.0;
    b.elapsedSec = 0.2 * double(step);
    b.gradNorm = 2.0 / std::sqrt(double(step)) + 0.25;
    return b;
}

/// Evaluation `index` (1-based) of a run with `shape`: losses falling, and one sample per prompt.
inline EpochMetrics lmEvaluation(int index, const LmRunShape& shape) {
    EpochMetrics m;
    m.languageModel = true;
    m.epoch = index;
    m.epochs = shape.evaluations;
    m.step = int64_t(index) * shape.evalEvery;
    m.trainLoss = 1.4 + 2.0 / double(index);
    m.val.loss = 1.6 + 2.0 / double(index);
    m.val.accuracy = 0.2 + 0.05 * index;
    m.valSetName = "validation";
    m.lr = 1e-3;
    m.seconds = 4.0;
    m.evalSeconds = 0.5;
    m.elapsedSec = 4.5 * index;
    m.samplesPerSec = 4100.0;
    m.lm.valPerplexity = std::exp(m.val.loss);
    m.lm.valBitsPerByte = m.val.loss / std::log(2.0);
    m.lm.trainBitsPerByte = m.trainLoss / std::log(2.0);
    m.lm.valTokenAccuracy = m.val.accuracy;
    const double noise = shape.evaluations > 1 ? 0.8 * double(shape.evaluations - index) / (shape.evaluations - 1) : 0.0;
    for (size_t p = 0; p < kLmPrompts.size(); ++p) {
        TextSample s;
        s.step = m.step;
        s.prompt = kLmPrompts[p];
        s.text = lmNoisy(kLmTargets[p], noise, uint32_t(index * 31 + int(p)));
        s.temperature = 0.8;
        s.topK = 200;
        s.seed = 1337;
        s.distinct1 = 0.9 - 0.02 * index;
        s.distinct2 = 0.95;
        s.repetition = 0.01 * index;
        s.memorization = 0.02 * index;
        s.watchHits = lmWatchHits(s.text);
        m.lm.watchHits += int64_t(s.watchHits.size());
        m.lm.samples.push_back(s);
    }
    return m;
}

/// The summary of a finished run with `evals`: tokenizer, parameters and the test split's figures.
inline RunSummary lmRunSummary(const std::vector<EpochMetrics>& evals) {
    RunSummary s;
    s.task = "language-model";
    s.device = "cpu";
    s.threads = 1;
    s.epochs = evals;
    s.totalSeconds = evals.empty() ? 0.0 : evals.back().elapsedSec + 1.0;
    s.tokenizer = {"char", 65, 1003854, 55770, 55770, 0.0, 0.00018};
    s.hasLmTest = true;
    s.lmTest = {1.71, std::exp(1.71), 1.71 / std::log(2.0), 0.48, 0.81, 55706};
    s.parameters = 801664;
    return s;
}

/// Writes the synthetic run into `dir` with RunWriter; returns its evaluations.
inline std::vector<EpochMetrics> writeLanguageModelRun(const std::string& dir, const LmRunShape& shape = {}) {
    RunWriter writer(dir, lmRunConfig(shape), lmRunDataset());
    writer.onStart("cpu", 1, shape.evalEvery);
    std::vector<EpochMetrics> evals;
    for (int e = 1; e <= shape.evaluations; ++e) {
        for (int b = 1; b <= shape.evalEvery; ++b) writer.onBatch(lmStep(int64_t(e - 1) * shape.evalEvery + b, shape));
        evals.push_back(lmEvaluation(e, shape));
        writer.onEpoch(evals.back());
    }
    if (shape.finish) writer.onFinished(lmRunSummary(evals));
    return evals;
}

}  // namespace ts::testing
