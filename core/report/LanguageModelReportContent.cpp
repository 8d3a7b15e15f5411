// A language-model run report's content: test figures, loss and gradient-norm curves, the per-evaluation history
// (perplexity, bits per byte), tokenizer, configuration, text corpus, and each prompt's samples at a few evaluations
// with the watch-list hits marked, formatted from a RunRecord.
#include "core/common/Numbers.h"
#include "core/report/Report.h"
#include "core/report/ReportSections.h"
#include "core/report/ReportText.h"
#include "core/train/TrainConfig.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ts {

using namespace report;

namespace {

constexpr double kSideChartHeightRatio = 0.9;
constexpr size_t kShownEvaluations = 4;  // first, about a third, about two thirds, last

/// Index of the evaluation with the lowest validation loss (-1: none).
int bestEvaluation(const RunRecord& run) {
    int best = -1;
    for (size_t i = 0; i < run.epochs.size(); ++i)
        if (std::isfinite(run.epochs[i].val.loss) && (best < 0 || run.epochs[i].val.loss < run.epochs[size_t(best)].val.loss))
            best = int(i);
    return best;
}

/// Total watch-list hits over the run's evaluations.
int64_t totalWatchHits(const RunRecord& run) {
    int64_t hits = 0;
    for (const EpochMetrics& e : run.epochs) hits += e.lm.watchHits;
    return hits;
}

/// The key figures at the top: the test split's (or the last validation's), progress, speed, model size.
void addFigures(ReportContent& c, const RunRecord& run, int best) {
    if (run.hasLmTest) {
        c.figures.push_back({"Test loss", fixed(run.lmTest.loss, 4)});
        c.figures.push_back({"Test perplexity", fixed(run.lmTest.perplexity, 2)});
        c.figures.push_back({"Test bits/byte", fixed(run.lmTest.bitsPerByte, 3)});
        c.figures.push_back({"Token accuracy", percent(run.lmTest.tokenAccuracy), "top-5 " + percent(run.lmTest.top5Accuracy)});
    } else if (!run.epochs.empty()) {
        const EpochMetrics& e = run.epochs.back();
        c.figures.push_back({"Val. loss", fixed(e.val.loss, 4)});
        c.figures.push_back({"Val. perplexity", fixed(e.lm.valPerplexity, 2)});
        c.figures.push_back({"Val. bits/byte", fixed(e.lm.valBitsPerByte, 3)});
    }
    if (best >= 0)
        c.figures.push_back({"Best val. loss (step " + thousands(run.epochs[size_t(best)].step) + ")",
                             fixed(run.epochs[size_t(best)].val.loss, 4)});
    const int64_t stepsDone = run.batches.empty() ? (run.epochs.empty() ? 0 : run.epochs.back().step) : run.batches.back().step;
    c.figures.push_back({"Steps", thousands(stepsDone) + " / " + thousands(run.config.steps)});
    double tokensPerSec = 0.0;
    for (const EpochMetrics& e : run.epochs) tokensPerSec += e.samplesPerSec / double(run.epochs.size());
    if (tokensPerSec > 0) c.figures.push_back({"Tokens/s (mean)", thousands(std::llround(tokensPerSec))});
    if (run.parameters > 0) c.figures.push_back({"Parameters", thousands(run.parameters)});
    if (!run.config.watchList.empty()) c.figures.push_back({"Watch-list hits", thousands(totalWatchHits(run))});
    c.figures.push_back({"Total time", formatDuration(run.totalSeconds)});
    c.figures.push_back({"Device", run.device.empty() ? "unknown" : run.device});
}

/// The final table: the whole test split's figures, else the last evaluation's.
void addFinalMetrics(ReportContent& c, const RunRecord& run) {
    c.finalMetrics.header = {"Metric", "Value"};
    c.finalMetrics.numeric = {false, true};
    if (run.hasLmTest) {
        const LanguageModelTest& t = run.lmTest;
        c.evalLabel = "Test split (" + thousands(t.tokens) + " predicted tokens)";
        c.finalMetrics.rows = {{"Loss (mean next-token cross-entropy, nats)", fixed(t.loss, 4)},
                               {"Perplexity", fixed(t.perplexity, 3)},
                               {"Bits per byte", fixed(t.bitsPerByte, 4)},
                               {"Token accuracy (top-1)", percent(t.tokenAccuracy)},
                               {"Token accuracy (top-5)", percent(t.top5Accuracy)},
                               {"Tokens", thousands(t.tokens)}};
        c.finalMetrics.note = "Bits per byte = total nats / ln 2 / UTF-8 bytes of the predicted text: it compares models "
                              "with different tokenizers.";
        return;
    }
    if (run.epochs.empty()) {
        c.evalLabel = "No evaluation was recorded for this run.";
        return;
    }
    const EpochMetrics& e = run.epochs.back();
    c.evalLabel = "Validation, evaluation " + std::to_string(e.epoch) + " at step " + thousands(e.step) +
                  " (the test split was not scored)";
    c.finalMetrics.rows = {{"Loss (mean next-token cross-entropy, nats)", fixed(e.val.loss, 4)},
                           {"Perplexity", fixed(e.lm.valPerplexity, 3)},
                           {"Bits per byte", fixed(e.lm.valBitsPerByte, 4)},
                           {"Token accuracy (top-1)", percent(e.lm.valTokenAccuracy)}};
}

/// One row per evaluation; the lowest validation loss in bold.
void addPerEvaluation(ReportContent& c, const RunRecord& run, int best) {
    c.historyTitle = "Per-evaluation history";
    c.perEpoch.header = {"Eval", "Step", "Train loss", "Val loss", "Val perplexity", "Val bits/byte", "Val token acc.",
                         "Watch hits", "LR", "Tokens/s", "Eval time"};
    c.perEpoch.numeric = std::vector<bool>(c.perEpoch.header.size(), true);
    for (const EpochMetrics& e : run.epochs)
        c.perEpoch.rows.push_back({std::to_string(e.epoch), thousands(e.step), fixed(e.trainLoss, 4), fixed(e.val.loss, 4),
                                   fixed(e.lm.valPerplexity, 3), fixed(e.lm.valBitsPerByte, 4), percent(e.lm.valTokenAccuracy),
                                   thousands(e.lm.watchHits), scientific(e.lr), thousands(std::llround(e.samplesPerSec)),
                                   formatDuration(e.evalSeconds)});
    if (best >= 0) {
        c.perEpoch.emphasizedRows = {best};
        c.perEpoch.note = "The lowest validation loss is in bold. Train loss is estimated on " +
                          std::to_string(run.config.evalBatches) + " batches at each evaluation.";
    }
}

/// The language model's configuration as set.
ReportTable languageModelConfigTable(const TrainConfig& cfg) {
    ReportTable t = presetSettingsTable(cfg);
    t.rows.insert(t.rows.end(), {
        {"Shape", std::to_string(cfg.layers) + " layers, " + std::to_string(cfg.heads) + " heads, " +
                      std::to_string(cfg.embedding) + " wide, context " + std::to_string(cfg.contextLength)},
        {"Dropout / bias", general(cfg.dropout) + " / " + yesNo(cfg.bias)},
        {"Optimizer", cfg.optimizer + " (betas " + general(cfg.beta1) + ", " + general(cfg.beta2) + "), weight decay " +
                          general(cfg.weightDecay)},
        {"Learning rate", general(cfg.lr) + ", " + std::to_string(cfg.warmupSteps) + " warm-up steps, " + cfg.schedule +
                              " to " + general(cfg.minLr)},
        {"Gradient clipping", cfg.gradClip > 0 ? general(cfg.gradClip) : "off"},
        {"Steps", thousands(cfg.steps) + " of batch " + std::to_string(cfg.batchSize)},
        {"Evaluation", "every " + std::to_string(cfg.evalEvery) + " steps on " + std::to_string(cfg.evalBatches) + " batches"},
        {"Tokenizer requested", cfg.tokenizer + (cfg.vocabSize > 0 ? ", vocabulary " + std::to_string(cfg.vocabSize) : "")},
        {"Sampling", std::to_string(cfg.sampleTokens) + " tokens, temperature " + general(cfg.sampleTemperature) +
                         ", top-k " + (cfg.sampleTopK > 0 ? std::to_string(cfg.sampleTopK) : std::string("off")) +
                         ", seed " + std::to_string(cfg.sampleSeed)},
        {"Watch list", cfg.watchList.empty() ? "none" : cfg.watchList},
        {"Seed", std::to_string(cfg.seed)},
        {"Threads requested", cfg.threads > 0 ? std::to_string(cfg.threads) : "automatic"},
    });
    return t;
}

/// The text corpus: its bytes per split and documents.
ReportTable corpusTable(const RunRecord& run) {
    const DatasetInfo& d = run.dataset;
    ReportTable t = dataIdentityTable(d);
    t.rows.insert(t.rows.end(), {
        {"Documents", thousands(d.documents)},
        {"Training bytes", thousands(d.trainCount)},
        {"Validation bytes", thousands(d.valCount)},
        {"Test bytes", thousands(d.testCount)},
    });
    if (!run.datasetHash.empty()) t.rows.push_back({"Content hash", run.datasetHash});
    return t;
}

/// The tokenizer the run used (empty before the run has finished: it is in summary.json).
ReportTable tokenizerTable(const TokenizerSummary& tok) {
    ReportTable t;
    if (tok.kind.empty()) return t;
    t.header = {"Item", "Value"};
    t.numeric = {false, false};
    t.rows = {
        {"Kind", tok.kind},
        {"Vocabulary", thousands(tok.vocabSize)},
        {"Training tokens", thousands(tok.trainTokens)},
        {"Validation tokens", thousands(tok.valTokens)},
        {"Test tokens", thousands(tok.testTokens)},
        {"Unknown tokens (validation / test)", percent(tok.valUnknownRate) + " / " + percent(tok.testUnknownRate)},
    };
    return t;
}

/// Each prompt's samples at a few evaluations, first to last, with the watch-list hits.
void addSamples(ReportContent& c, const RunRecord& run) {
    std::vector<std::string> order;
    std::map<std::string, std::vector<const TextSample*>> byPrompt;
    for (const TextSample& s : run.samples) {
        auto& list = byPrompt[s.prompt];
        if (list.empty()) order.push_back(s.prompt);
        list.push_back(&s);
    }
    size_t shown = 0, most = 0;
    for (const std::string& prompt : order) {
        const auto& all = byPrompt[prompt];
        ReportPromptSamples group;
        group.prompt = prompt;
        group.evaluations = int(all.size());
        for (const TextSample* s : all) group.hits += int64_t(s->watchHits.size());
        for (size_t i : shownEvaluations(all.size(), kShownEvaluations))
            group.samples.push_back({all[i]->step, sampleSpans(*all[i]), int64_t(all[i]->watchHits.size())});
        shown = std::max(shown, group.samples.size());
        most = std::max(most, all.size());
        c.samples.push_back(std::move(group));
    }
    if (c.samples.empty()) return;
    const TextSample& first = run.samples.front();
    c.samplesNote = "Each prompt's continuation at " + std::to_string(shown) + " of " + std::to_string(most) +
                    " evaluations, first to last (temperature " + general(first.temperature) + ", top-k " +
                    (first.topK > 0 ? std::to_string(first.topK) : std::string("off")) + ", seed " +
                    std::to_string(first.seed) + "; the same for every evaluation, so only the model changes). " +
                    (run.config.watchList.empty() ? std::string("No watch list was set.")
                                                  : "Watch-list hits are highlighted; " + thousands(totalWatchHits(run)) +
                                                        " in all the run's samples.") +
                    " Every sample is in samples.jsonl.";
}

}  // namespace

std::vector<size_t> shownEvaluations(size_t count, size_t shown) {
    std::vector<size_t> out;
    if (count == 0 || shown == 0) return out;
    if (count <= shown) {
        for (size_t i = 0; i < count; ++i) out.push_back(i);
        return out;
    }
    for (size_t k = 0; k < shown; ++k) {
        const size_t i = shown == 1 ? count - 1 : size_t(std::llround(double(k) * double(count - 1) / double(shown - 1)));
        if (out.empty() || out.back() != i) out.push_back(i);
    }
    return out;
}

std::vector<ReportTextSpan> sampleSpans(const TextSample& sample) {
    std::vector<WatchMatch> hits = sample.watchHits;
    std::sort(hits.begin(), hits.end(), [](const WatchMatch& a, const WatchMatch& b) { return a.begin < b.begin; });
    std::vector<ReportTextSpan> spans;
    const int64_t size = int64_t(sample.text.size());
    int64_t at = 0;
    for (const WatchMatch& h : hits) {
        if (h.begin < at || h.end <= h.begin || h.end > size) continue;  // overlapping or outside the text
        if (h.begin > at) spans.push_back({sample.text.substr(size_t(at), size_t(h.begin - at)), false});
        spans.push_back({sample.text.substr(size_t(h.begin), size_t(h.end - h.begin)), true});
        at = h.end;
    }
    if (at < size) spans.push_back({sample.text.substr(size_t(at)), false});
    return spans;
}

ReportContent buildLanguageModelReportContent(const RunRecord& run, const ReportEnvironment& env, const SvgOptions& svg) {
    ReportContent c;
    fillRunHeader(c, run);

    const int best = bestEvaluation(run);
    addFigures(c, run, best);
    addFinalMetrics(c, run);
    addPerEvaluation(c, run, best);
    addSamples(c, run);
    c.config = languageModelConfigTable(run.config);
    c.dataset = corpusTable(run);
    c.tokenizer = tokenizerTable(run.tokenizer);
    c.environment = environmentTable(env, {{"Run device", run.device.empty() ? "unknown" : run.device},
                                           {"Run threads", run.threads > 0 ? std::to_string(run.threads) : "unknown"}});
    double evalSeconds = 0.0, trainSeconds = 0.0;
    for (const EpochMetrics& e : run.epochs) {
        evalSeconds += e.evalSeconds;
        trainSeconds += e.seconds;
    }
    c.overview = {
        {"Run", c.runName},
        {"Folder", run.dir},
        {"Task", "language model"},
        {"Status", c.status + (run.message.empty() ? std::string() : ": " + run.message)},
        {"Started", run.startedAt.empty() ? "unknown" : displayTime(run.startedAt)},
        {"Device", run.device.empty() ? "unknown" : run.device},
        {"Threads", run.threads > 0 ? std::to_string(run.threads) : "unknown"},
        {"Training time", formatDuration(trainSeconds)},
        {"Evaluation time", formatDuration(evalSeconds)},
        {"Total time", formatDuration(run.totalSeconds)},
    };

    const SvgOptions side = sideBySide(svg, int(svg.height * kSideChartHeightRatio));
    c.lossSvg = lossChartSvg(run, svg);
    c.gradNormSvg = gradNormChartSvg(run, run.config.gradClip, side);
    c.lrSvg = lrChartSvg(run, side);
    c.health = buildHealthSection(run, !c.gradNormSvg.empty(), svg);
    return c;
}

}  // namespace ts
