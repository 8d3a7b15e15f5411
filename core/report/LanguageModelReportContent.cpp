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
void addFigures(ReportContent& c, const RunRecord& run, int best, const ReportPhrases& ph) {
    if (run.hasLmTest) {
        c.figures.push_back({ph("Report", "Test loss"), fixed(run.lmTest.loss, 4)});
        c.figures.push_back({ph("Report", "Test perplexity"), fixed(run.lmTest.perplexity, 2)});
        c.figures.push_back({ph("Report", "Test bits/byte"), fixed(run.lmTest.bitsPerByte, 3)});
        c.figures.push_back({ph("Report", "Token accuracy"), percent(run.lmTest.tokenAccuracy),
                             fillIn(ph("Report", "top-5 %1"), {percent(run.lmTest.top5Accuracy)})});
    } else if (!run.epochs.empty()) {
        const EpochMetrics& e = run.epochs.back();
        c.figures.push_back({ph("Report", "Val. loss"), fixed(e.val.loss, 4)});
        c.figures.push_back({ph("Report", "Val. perplexity"), fixed(e.lm.valPerplexity, 2)});
        c.figures.push_back({ph("Report", "Val. bits/byte"), fixed(e.lm.valBitsPerByte, 3)});
    }
    if (best >= 0)
        c.figures.push_back({fillIn(ph("Report", "Best val. loss (step %1)"), {thousands(run.epochs[size_t(best)].step)}),
                             fixed(run.epochs[size_t(best)].val.loss, 4)});
    const int64_t stepsDone = run.batches.empty() ? (run.epochs.empty() ? 0 : run.epochs.back().step) : run.batches.back().step;
    c.figures.push_back({ph("Report", "Steps"), thousands(stepsDone) + " / " + thousands(run.config.steps)});
    double tokensPerSec = 0.0;
    for (const EpochMetrics& e : run.epochs) tokensPerSec += e.samplesPerSec / double(run.epochs.size());
    if (tokensPerSec > 0) c.figures.push_back({ph("Report", "Tokens/s (mean)"), thousands(std::llround(tokensPerSec))});
    if (run.parameters > 0) c.figures.push_back({ph("Report", "Parameters"), thousands(run.parameters)});
    if (!run.config.watchList.empty()) c.figures.push_back({ph("Report", "Watch-list hits"), thousands(totalWatchHits(run))});
    c.figures.push_back({ph("Report", "Total time"), formatDuration(run.totalSeconds)});
    c.figures.push_back({ph("Report", "Device"), orUnknown(run.device, ph)});
}

/// The final table: the whole test split's figures, else the last evaluation's.
void addFinalMetrics(ReportContent& c, const RunRecord& run, const ReportPhrases& ph) {
    c.finalMetrics.header = {ph("Report", "Metric"), ph("Report", "Value")};
    c.finalMetrics.numeric = {false, true};
    const std::string lossName = ph("Report", "Loss (mean next-token cross-entropy, nats)");
    if (run.hasLmTest) {
        const LanguageModelTest& t = run.lmTest;
        c.evalLabel = fillIn(ph("Report", "Test split (%1 predicted tokens)"), {thousands(t.tokens)});
        c.finalMetrics.rows = {{lossName, fixed(t.loss, 4)},
                               {ph("Report", "Perplexity"), fixed(t.perplexity, 3)},
                               {ph("Report", "Bits per byte"), fixed(t.bitsPerByte, 4)},
                               {ph("Report", "Token accuracy (top-1)"), percent(t.tokenAccuracy)},
                               {ph("Report", "Token accuracy (top-5)"), percent(t.top5Accuracy)},
                               {ph("Report", "Tokens"), thousands(t.tokens)}};
        c.finalMetrics.note = ph("Report", "Bits per byte = total nats / ln 2 / UTF-8 bytes of the predicted text: it "
                                           "compares models with different tokenizers.");
        return;
    }
    if (run.epochs.empty()) {
        c.evalLabel = ph("Report", "No evaluation was recorded for this run.");
        return;
    }
    const EpochMetrics& e = run.epochs.back();
    c.evalLabel = fillIn(ph("Report", "Validation, evaluation %1 at step %2 (the test split was not scored)"),
                         {std::to_string(e.epoch), thousands(e.step)});
    c.finalMetrics.rows = {{lossName, fixed(e.val.loss, 4)},
                           {ph("Report", "Perplexity"), fixed(e.lm.valPerplexity, 3)},
                           {ph("Report", "Bits per byte"), fixed(e.lm.valBitsPerByte, 4)},
                           {ph("Report", "Token accuracy (top-1)"), percent(e.lm.valTokenAccuracy)}};
}

/// One row per evaluation; the lowest validation loss in bold.
void addPerEvaluation(ReportContent& c, const RunRecord& run, int best, const ReportPhrases& ph) {
    c.historyTitle = ph("Report", "Per-evaluation history");
    c.perEpoch.header = {ph("Report", "Eval"), ph("Report", "Step"), ph("Report", "Train loss"), ph("Report", "Val loss"),
                         ph("Report", "Val perplexity"), ph("Report", "Val bits/byte"), ph("Report", "Val token acc."),
                         ph("Report", "Watch hits"), ph("Report", "LR"), ph("Report", "Tokens/s"), ph("Report", "Eval time")};
    c.perEpoch.numeric = std::vector<bool>(c.perEpoch.header.size(), true);
    for (const EpochMetrics& e : run.epochs)
        c.perEpoch.rows.push_back({std::to_string(e.epoch), thousands(e.step), fixed(e.trainLoss, 4), fixed(e.val.loss, 4),
                                   fixed(e.lm.valPerplexity, 3), fixed(e.lm.valBitsPerByte, 4), percent(e.lm.valTokenAccuracy),
                                   thousands(e.lm.watchHits), scientific(e.lr), thousands(std::llround(e.samplesPerSec)),
                                   formatDuration(e.evalSeconds)});
    if (best >= 0) {
        c.perEpoch.emphasizedRows = {best};
        c.perEpoch.note = fillIn(ph("Report", "The lowest validation loss is in bold. Train loss is estimated on %1 batches at "
                                              "each evaluation."),
                                 {std::to_string(run.config.evalBatches)});
    }
}

/// The language model's configuration as set.
ReportTable languageModelConfigTable(const TrainConfig& cfg, const ReportPhrases& ph) {
    ReportTable t = presetSettingsTable(cfg, ph);
    const std::string off = ph("Report", "off");
    t.rows.insert(t.rows.end(), {
        {ph("Report", "Shape"), fillIn(ph("Report", "%1 layers, %2 heads, %3 wide, context %4"),
                                       {std::to_string(cfg.layers), std::to_string(cfg.heads), std::to_string(cfg.embedding),
                                        std::to_string(cfg.contextLength)})},
        {ph("Report", "Dropout / bias"), general(cfg.dropout) + " / " + yesNoPhrase(cfg.bias, ph)},
        {ph("Report", "Optimizer"), fillIn(ph("Report", "%1 (betas %2, %3), weight decay %4"),
                                           {cfg.optimizer, general(cfg.beta1), general(cfg.beta2), general(cfg.weightDecay)})},
        {ph("Report", "Learning rate"), fillIn(ph("Report", "%1, %2 warm-up steps, %3 to %4"),
                                               {general(cfg.lr), std::to_string(cfg.warmupSteps), cfg.schedule, general(cfg.minLr)})},
        {ph("Report", "Gradient clipping"), cfg.gradClip > 0 ? general(cfg.gradClip) : off},
        {ph("Report", "Steps"), fillIn(ph("Report", "%1 of batch %2"), {thousands(cfg.steps), std::to_string(cfg.batchSize)})},
        {ph("Report", "Evaluation"), fillIn(ph("Report", "every %1 steps on %2 batches"),
                                            {std::to_string(cfg.evalEvery), std::to_string(cfg.evalBatches)})},
        {ph("Report", "Tokenizer requested"),
         cfg.vocabSize > 0 ? fillIn(ph("Report", "%1, vocabulary %2"), {cfg.tokenizer, std::to_string(cfg.vocabSize)}) : cfg.tokenizer},
        {ph("Report", "Sampling"), fillIn(ph("Report", "%1 tokens, temperature %2, top-k %3, seed %4"),
                                          {std::to_string(cfg.sampleTokens), general(cfg.sampleTemperature),
                                           cfg.sampleTopK > 0 ? std::to_string(cfg.sampleTopK) : off,
                                           std::to_string(cfg.sampleSeed)})},
        {ph("Report", "Watch list"), cfg.watchList.empty() ? ph("Report", "none") : cfg.watchList},
        {ph("Report", "Seed"), std::to_string(cfg.seed)},
        {ph("Report", "Threads requested"), cfg.threads > 0 ? std::to_string(cfg.threads) : ph("Report", "automatic")},
    });
    return t;
}

/// The text corpus: its bytes per split and documents.
ReportTable corpusTable(const RunRecord& run, const ReportPhrases& ph) {
    const DatasetInfo& d = run.dataset;
    ReportTable t = dataIdentityTable(d, ph);
    t.rows.insert(t.rows.end(), {
        {ph("Report", "Documents"), thousands(d.documents)},
        {ph("Report", "Training bytes"), thousands(d.trainCount)},
        {ph("Report", "Validation bytes"), thousands(d.valCount)},
        {ph("Report", "Test bytes"), thousands(d.testCount)},
    });
    if (!run.datasetHash.empty()) t.rows.push_back({ph("Report", "Content hash"), run.datasetHash});
    return t;
}

/// The tokenizer the run used (empty before the run has finished: it is in summary.json).
ReportTable tokenizerTable(const TokenizerSummary& tok, const ReportPhrases& ph) {
    ReportTable t;
    if (tok.kind.empty()) return t;
    t.header = {ph("Report", "Item"), ph("Report", "Value")};
    t.numeric = {false, false};
    t.rows = {
        {ph("Report", "Kind"), tok.kind},
        {ph("Report", "Vocabulary"), thousands(tok.vocabSize)},
        {ph("Report", "Training tokens"), thousands(tok.trainTokens)},
        {ph("Report", "Validation tokens"), thousands(tok.valTokens)},
        {ph("Report", "Test tokens"), thousands(tok.testTokens)},
        {ph("Report", "Unknown tokens (validation / test)"), percent(tok.valUnknownRate) + " / " + percent(tok.testUnknownRate)},
    };
    return t;
}

/// Each prompt's samples at a few evaluations, first to last, with the watch-list hits.
void addSamples(ReportContent& c, const RunRecord& run, const ReportPhrases& ph) {
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
    c.samplesNote = fillIn(ph("Report", "Each prompt's continuation at %1 of %2 evaluations, first to last (temperature %3, "
                                        "top-k %4, seed %5; the same for every evaluation, so only the model changes). "),
                           {std::to_string(shown), std::to_string(most), general(first.temperature),
                            first.topK > 0 ? std::to_string(first.topK) : ph("Report", "off"), std::to_string(first.seed)}) +
                    (run.config.watchList.empty()
                         ? ph("Report", "No watch list was set.")
                         : fillIn(ph("Report", "Watch-list hits are highlighted; %1 in all the run's samples."),
                                  {thousands(totalWatchHits(run))})) +
                    ph("Report", " Every sample is in samples.jsonl.");
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

ReportContent buildLanguageModelReportContent(const RunRecord& run, const ReportEnvironment& env, const SvgOptions& svg,
                                              const ReportPhrases& ph) {
    ReportContent c;
    fillRunHeader(c, run, ph);

    const int best = bestEvaluation(run);
    addFigures(c, run, best, ph);
    addFinalMetrics(c, run, ph);
    addPerEvaluation(c, run, best, ph);
    addSamples(c, run, ph);
    c.config = languageModelConfigTable(run.config, ph);
    c.dataset = corpusTable(run, ph);
    c.tokenizer = tokenizerTable(run.tokenizer, ph);
    c.environment = environmentTable(env, runMachineRows(run, ph), ph);
    double evalSeconds = 0.0, trainSeconds = 0.0;
    for (const EpochMetrics& e : run.epochs) {
        evalSeconds += e.evalSeconds;
        trainSeconds += e.seconds;
    }
    c.overview = runOverview(c, run, trainSeconds, evalSeconds, ph, ph("Report", "language model"));

    const SvgOptions side = sideBySide(svg, int(svg.height * kSideChartHeightRatio));
    c.lossSvg = lossChartSvg(run, svg, ph);
    c.gradNormSvg = gradNormChartSvg(run, run.config.gradClip, side, ph);
    c.lrSvg = lrChartSvg(run, side, ph);
    c.health = buildHealthSection(run, !c.gradNormSvg.empty(), svg, ph);
    return c;
}

}  // namespace ts
